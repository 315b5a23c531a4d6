<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BranchForm</name>
    <message>
        <source>编辑支部</source>
        <translation>Edit branch</translation>
    </message>
    <message>
        <source>新建支部</source>
        <translation>New branch</translation>
    </message>
    <message>
        <source>简称，如：2023级1班团支部</source>
        <translation>Short name, e.g. Class 1 (2023) League branch</translation>
    </message>
    <message>
        <source>已知成立日期</source>
        <translation>Founding date known</translation>
    </message>
    <message>
        <source>审批的上级团委，如：示范大学团委</source>
        <translation>The League committee above that approves it, e.g. Model University League Committee</translation>
    </message>
    <message>
        <source>联系人及电话</source>
        <translation>Contact person and phone number</translation>
    </message>
    <message>
        <source>名称*：</source>
        <translation>Name*:</translation>
    </message>
    <message>
        <source>全称：</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>领域：</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>成立日期：</source>
        <translation>Founded on:</translation>
    </message>
    <message>
        <source>上级团组织：</source>
        <translation>Higher League organisation:</translation>
    </message>
    <message>
        <source>联系方式：</source>
        <translation>Contact:</translation>
    </message>
</context>
<context>
    <name>BranchesDialog</name>
    <message>
        <source>管理支部</source>
        <translation>Manage branches</translation>
    </message>
    <message>
        <source>显示已撤销的支部</source>
        <translation>Show dissolved branches</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>全称</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>上级团组织</source>
        <translation>Higher organisation</translation>
    </message>
    <message>
        <source>在册团员</source>
        <translation>Members on roll</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>新建(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>编辑(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>撤销(&amp;D)</source>
        <translation>&amp;Dissolve</translation>
    </message>
    <message>
        <source>恢复(&amp;R)</source>
        <translation>&amp;Reinstate</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Dissolved</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>撤销支部</source>
        <translation>Dissolve branch</translation>
    </message>
    <message>
        <source>撤销“{name}”？该支部将不再出现在列表中，其团员和记录仍保留在文件里，可随时恢复。</source>
        <translation>Dissolve “{name}”? The branch will no longer appear in lists; its members and records stay in the file and it can be reinstated at any time.</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>这部分功能正在开发中，将在后续版本中提供。</source>
        <translation>This part is still being built and will come in a later version.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>团务文件</source>
        <translation>League file</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>已备份到：
{path}</source>
        <translation>Backed up to:
{path}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>团支部</source>
        <translation>League branch</translation>
    </message>
    <message>
        <source>团总支</source>
        <translation>General branch</translation>
    </message>
    <message>
        <source>团委</source>
        <translation>League committee</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Government body</translation>
    </message>
    <message>
        <source>事业单位</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <source>国有企业</source>
        <translation>State-owned enterprise</translation>
    </message>
    <message>
        <source>非公企业</source>
        <translation>Private enterprise</translation>
    </message>
    <message>
        <source>农村</source>
        <translation>Rural</translation>
    </message>
    <message>
        <source>城市社区</source>
        <translation>Urban community</translation>
    </message>
    <message>
        <source>社会组织</source>
        <translation>Social organisation</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>每日自动</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <source>升级前</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>团务文件 (*.leaguedb);;所有文件 (*)</source>
        <translation>League files (*.leaguedb);;All files (*)</translation>
    </message>
    <message>
        <source>团务通</source>
        <translation>LeagueDesk</translation>
    </message>
    <message>
        <source>切换支部 (Ctrl+B)</source>
        <translation>Switch branch (Ctrl+B)</translation>
    </message>
    <message>
        <source>支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source> 当前支部：</source>
        <translation> Current branch: </translation>
    </message>
    <message>
        <source>名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>团员名册</source>
        <translation>Member roster</translation>
    </message>
    <message>
        <source>团员信息的录入、校验、查询和历史记录。</source>
        <translation>Entering, checking and looking up member records, with their history.</translation>
    </message>
    <message>
        <source>发展团员</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <source>入团申请到接收新团员的 15 个步骤及其公示、表格。</source>
        <translation>The 15 steps from application to admitting a new member, with their public notices and forms.</translation>
    </message>
    <message>
        <source>组织生活</source>
        <translation>Organisational life</translation>
    </message>
    <message>
        <source>三会两制一课与主题团日的记录、考勤、会议记录和年度台账，以及签到表打印。</source>
        <translation>Records, attendance, minutes and the yearly ledger of the “three meetings, two systems and one lecture” and themed League days, plus printed sign-in sheets.</translation>
    </message>
    <message>
        <source>两制</source>
        <translation>Evaluation and registration</translation>
    </message>
    <message>
        <source>团员教育评议与团籍注册</source>
        <translation>Member evaluation and membership registration</translation>
    </message>
    <message>
        <source>年度团员教育评议、团籍注册和推优入党。</source>
        <translation>The yearly member evaluation, membership registration and recommending outstanding members to the Party.</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>签到表、会议记录、花名册、公示、选票等标准表格的离线打印。</source>
        <translation>Offline printing of standard forms: sign-in sheets, minutes, rosters, public notices, ballots and more.</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建团务文件(&amp;N)…</source>
        <translation>&amp;New league file…</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>恢复备份(&amp;E)…</source>
        <translation>R&amp;estore backup…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>组织(&amp;O)</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>管理支部(&amp;M)…</source>
        <translation>&amp;Manage branches…</translation>
    </message>
    <message>
        <source>切换支部(&amp;S)</source>
        <translation>&amp;Switch branch</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于团务通(&amp;A)</source>
        <translation>&amp;About LeagueDesk</translation>
    </message>
    <message>
        <source>新团务文件</source>
        <translation>New league file</translation>
    </message>
    <message>
        <source>新建团务文件</source>
        <translation>New league file</translation>
    </message>
    <message>
        <source>打开团务文件</source>
        <translation>Open league file</translation>
    </message>
    <message>
        <source>-副本</source>
        <translation>-copy</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>关于团务通</source>
        <translation>About LeagueDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;团务通 LeagueDesk {version}&lt;/h3&gt;&lt;p&gt;面向基层团支部书记和团委、团总支的离线团务管理软件：团员名册、发展团员、组织生活、两制和标准表格打印。&lt;/p&gt;&lt;p&gt;数据保存在本机的一个团务文件中，无需联网。&lt;/p&gt;&lt;p&gt;中文字体：{font}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeagueDesk 团务通 {version}&lt;/h3&gt;&lt;p&gt;Offline record keeping for grassroots League branch secretaries, general branches and League committees: member roster, recruitment, organisational life, evaluation &amp;amp; registration, and printing of standard forms.&lt;/p&gt;&lt;p&gt;Your data stays in one league file on this computer; no internet connection is needed.&lt;/p&gt;&lt;p&gt;Chinese font: {font}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>未找到</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>未打开团务文件：请用“文件 → 新建”或“文件 → 打开”。</source>
        <translation>No league file open: use “File → New” or “File → Open”.</translation>
    </message>
    <message>
        <source>{name} — 团务通</source>
        <translation>{name} — LeagueDesk</translation>
    </message>
    <message>
        <source>文件：{path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>全部支部</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>全部支部（{n} 个）</source>
        <translation>All branches ({n})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>找不到团务文件“{path}”。请检查路径，或新建一个团务文件。</source>
        <translation>League file “{path}” was not found. Check the path, or create a new league file.</translation>
    </message>
    <message>
        <source>“{path}”是一个空文件，不是团务文件。文件未作任何改动。请打开其他文件或从备份恢复。</source>
        <translation>“{path}” is an empty file, not a league file. The file has not been changed. Open another file or restore a backup.</translation>
    </message>
    <message>
        <source>“{path}”不是团务文件（可能是文本或其他类型的文件）。文件未作任何改动。</source>
        <translation>“{path}” is not a league file (it may be a text file or another kind of file). The file has not been changed.</translation>
    </message>
    <message>
        <source>“{path}”是其他软件的数据库，不是团务文件。文件未作任何改动。</source>
        <translation>“{path}” is another program&apos;s database, not a league file. The file has not been changed.</translation>
    </message>
    <message>
        <source>“{path}”由更新版本的团务通保存（文件格式 {version}，本程序只认识到 {known}）。请升级团务通后再打开。文件未作任何改动。</source>
        <translation>“{path}” was saved by a newer LeagueDesk (file format {version}; this version knows formats up to {known}). Upgrade LeagueDesk, then open it again. The file has not been changed.</translation>
    </message>
    <message>
        <source>“{path}”已损坏（完整性检查未通过），为防止数据进一步丢失已拒绝打开。文件未作任何改动。请通过“文件 → 恢复备份”恢复最近的备份。</source>
        <translation>“{path}” is damaged (it failed the integrity check) and was not opened, to prevent further data loss. The file has not been changed. Restore the latest backup with “File → Restore backup”.</translation>
    </message>
    <message>
        <source>“{path}”正在被使用（计算机：{host}，用户：{user}，自 {since} 起）。请先在那里关闭团务通，或打开其他文件。</source>
        <translation>“{path}” is in use (computer: {host}, user: {user}, since {since}). Close LeagueDesk there first, or open another file.</translation>
    </message>
    <message>
        <source>“{path}”暂时被其他程序锁定，请稍后再试。</source>
        <translation>“{path}” is locked by another program for the moment. Please try again shortly.</translation>
    </message>
    <message>
        <source>无法写入“{path}”：文件或所在文件夹是只读的（如写保护的U盘）。请复制到可写的位置后再打开。</source>
        <translation>Cannot write to “{path}”: the file or its folder is read-only (a write-protected USB stick, for example). Copy it to a writable place, then open it again.</translation>
    </message>
    <message>
        <source>磁盘已满，无法保存到“{path}”。请清理磁盘空间后重试，已保存的数据未受影响。</source>
        <translation>The disk is full; “{path}” cannot be saved. Free some disk space and try again; data already saved is unaffected.</translation>
    </message>
    <message>
        <source>无法打开“{path}”：{detail}。请检查文件是否存在以及是否有访问权限。</source>
        <translation>Cannot open “{path}”: {detail}. Check that the file exists and that you have permission to open it.</translation>
    </message>
    <message>
        <source>“{path}”已经存在。请换一个文件名，或直接打开它。</source>
        <translation>“{path}” already exists. Choose another file name, or open it instead.</translation>
    </message>
    <message>
        <source>找不到备份文件“{path}”。</source>
        <translation>Backup file “{path}” was not found.</translation>
    </message>
    <message>
        <source>支部名称不能为空。</source>
        <translation>The branch name cannot be empty.</translation>
    </message>
    <message>
        <source>已有名为“{name}”的支部，请换一个名称。</source>
        <translation>There is already a branch named “{name}”. Please choose another name.</translation>
    </message>
    <message>
        <source>找不到支部“{name}”。可用 leaguedesk info 查看本文件中的支部。</source>
        <translation>Branch “{name}” was not found. Run leaguedesk info to list the branches in this file.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>选择一个备份，用它替换“{name}”的当前内容。恢复前会先备份当前内容。
备份文件夹：{folder}</source>
        <translation>Choose a backup to replace the current contents of “{name}”. The current contents are backed up first.
Backup folder: {folder}</translation>
    </message>
    <message>
        <source>备份时间</source>
        <translation>Backed up at</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>恢复所选备份(&amp;R)…</source>
        <translation>&amp;Restore selected backup…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>用 {when} 的备份替换当前内容？
当前内容会先另行备份，可以再恢复回来。</source>
        <translation>Replace the current contents with the backup from {when}?
The current contents are backed up separately first, so you can go back to them.</translation>
    </message>
    <message>
        <source>已恢复。</source>
        <translation>Restored.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>未找到中文字体：中文可能显示为方框，请安装微软雅黑或文泉驿字体</source>
        <translation>No Chinese font found: Chinese text may show as boxes. Please install Microsoft YaHei or WenQuanYi.</translation>
    </message>
    <message>
        <source>中文字体：</source>
        <translation>Chinese font:</translation>
    </message>
    <message>
        <source>本文件的组织</source>
        <translation>Organisation in this file</translation>
    </message>
    <message>
        <source>如：示范大学团委、2023级1班团支部</source>
        <translation>e.g. Model University League Committee, Class 1 (2023) League branch</translation>
    </message>
    <message>
        <source>组织名称：</source>
        <translation>Organisation name:</translation>
    </message>
    <message>
        <source>组织类型：</source>
        <translation>Organisation type:</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>保留每日备份：</source>
        <translation>Keep daily backups for:</translation>
    </message>
    <message>
        <source>保留每月备份：</source>
        <translation>Keep monthly backups for:</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>文件位置</source>
        <translation>File locations</translation>
    </message>
    <message>
        <source>数据文件夹：</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>本文件的备份：</source>
        <translation>Backups of this file:</translation>
    </message>
    <message>
        <source>（未打开团务文件）</source>
        <translation>(no league file open)</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>界面语言将在重新启动团务通后生效。</source>
        <translation>The new interface language takes effect when LeagueDesk is restarted.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>在册团员</source>
        <translation>Members on roll</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>未打开团务文件</source>
        <translation>No league file open</translation>
    </message>
    <message>
        <source>支部 {branches} 个；在册团员 {active} 人；历史记录共 {total} 人</source>
        <translation>{branches} branches; {active} members on roll; {total} people on record in all</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Dissolved</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
</context>
</TS>
