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
    <name>DisciplineDialog</name>
    <message>
        <source>登记团内处分</source>
        <translation>Record a League discipline</translation>
    </message>
    <message>
        <source>{name}：处分须经支部大会讨论决定，报上级团委批准；开除团籍同时终止团籍。</source>
        <translation>{name}: a discipline is decided by the branch general meeting and approved by the League committee above; expulsion also ends membership.</translation>
    </message>
    <message>
        <source>如：2026年3月支部大会决定，示范区团委批准</source>
        <translation>e.g. decided by the branch general meeting in March 2026, approved by the district League committee</translation>
    </message>
    <message>
        <source>处分：</source>
        <translation>Discipline:</translation>
    </message>
    <message>
        <source>处分日期：</source>
        <translation>Date of decision:</translation>
    </message>
    <message>
        <source>原因*：</source>
        <translation>Reason*:</translation>
    </message>
    <message>
        <source>决定会议或批准机关：</source>
        <translation>Deciding meeting or approving body:</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.et *.ods *.csv *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.et *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>导入名册(&amp;I)…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <source>导出(&amp;X)</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>完整名册(&amp;F)…</source>
        <translation>&amp;Full roster…</translation>
    </message>
    <message>
        <source>智慧团建导入格式(&amp;Z)…</source>
        <translation>&amp;Zhihui Tuanjian import format…</translation>
    </message>
    <message>
        <source>导入名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>请先打开或新建团务文件，再导入名册。</source>
        <translation>Open or create a league file first, then import the roster.</translation>
    </message>
    <message>
        <source>团务文件中还没有支部。请先在“组织 → 管理支部”中新建支部，再导入名册。</source>
        <translation>The league file has no branch yet. Create one under Organisation → Manage branches, then import the roster.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>正在导出到 {name}…</source>
        <translation>Exporting to {name}…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>导出时出现意外错误：{detail}</source>
        <translation>The export failed unexpectedly: {detail}</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出智慧团建导入格式</source>
        <translation>Export for Zhihui Tuanjian import</translation>
    </message>
    <message>
        <source>智慧团建团员信息</source>
        <translation>Zhihui Tuanjian member list</translation>
    </message>
    <message>
        <source>导出完整名册</source>
        <translation>Export full roster</translation>
    </message>
    <message>
        <source>团员花名册</source>
        <translation>Member roster</translation>
    </message>
    <message>
        <source>已导出 {n} 名团员到 {path}</source>
        <translation>Exported {n} members to {path}</translation>
    </message>
    <message>
        <source>导出当前视图</source>
        <translation>Export current view</translation>
    </message>
    <message>
        <source>名册视图</source>
        <translation>Roster view</translation>
    </message>
    <message>
        <source>团员名册</source>
        <translation>Member roster</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
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
    <name>ImportPreviewModel</name>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>导入为：{field}</source>
        <translation>Imported as: {field}</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>有错误</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{field}：{old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入名册 — {file}</source>
        <translation>Import roster — {file}</translation>
    </message>
    <message>
        <source>导出问题报告…</source>
        <translation>Export problem report…</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>检查并预览</source>
        <translation>Check and preview</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>表头所在行：</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <source>导入到支部：</source>
        <translation>Import into branch:</translation>
    </message>
    <message>
        <source>跳过，保留名册中的信息</source>
        <translation>Skip, keep what the roster has</translation>
    </message>
    <message>
        <source>用表格中的信息更新</source>
        <translation>Update with the spreadsheet&apos;s values</translation>
    </message>
    <message>
        <source>停止，作为错误列出</source>
        <translation>Stop, list them as errors</translation>
    </message>
    <message>
        <source>已在名册中的人：</source>
        <translation>People already on the roster:</translation>
    </message>
    <message>
        <source>各列对应的信息（未识别的列请选择对应项，或选“不导入”）：</source>
        <translation>What each column holds (choose a field for unrecognised columns, or “Do not import”):</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>第一行数据</source>
        <translation>First data row</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>记住这种表格的列对应关系，下次自动使用</source>
        <translation>Remember this layout&apos;s columns and use them next time</translation>
    </message>
    <message>
        <source>只看有问题的行</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:{error}&apos;&gt;&#x3000;红色&#x3000;&lt;/span&gt; 错误，须改正&#x3000;&lt;span style=&apos;background:{warning}&apos;&gt;&#x3000;黄色&#x3000;&lt;/span&gt; 提醒，可导入；鼠标停在格子上可看说明</source>
        <translation>&lt;span style=&apos;background:{error}&apos;&gt;  red  &lt;/span&gt; error, must be fixed  &lt;span style=&apos;background:{warning}&apos;&gt;  amber  &lt;/span&gt; warning, can be imported; hover a cell for the reason</translation>
    </message>
    <message>
        <source>— 请选择支部 —</source>
        <translation>— choose a branch —</translation>
    </message>
    <message>
        <source>导入名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>已取消。团务文件未作任何改动。</source>
        <translation>Cancelled. The league file was not changed.</translation>
    </message>
    <message>
        <source>出现意外错误，团务文件未作任何改动：{detail}</source>
        <translation>Unexpected error; the league file was not changed: {detail}</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>正在读取表格…</source>
        <translation>Reading the spreadsheet…</translation>
    </message>
    <message>
        <source>在工作表“{sheet}”的前 {n} 行中没有找到表头（如“姓名”“身份证号码”）。请选择表头所在的行，或换一个工作表。</source>
        <translation>No header (such as 姓名, 身份证号码) in the first {n} rows of sheet “{sheet}”. Choose the header row, or another sheet.</translation>
    </message>
    <message>
        <source>已按上次保存的对应关系识别各列。</source>
        <translation>Columns mapped as remembered for this layout.</translation>
    </message>
    <message>
        <source>已自动识别表头和各列，请核对。</source>
        <translation>Header and columns recognised automatically; please check them.</translation>
    </message>
    <message>
        <source>— 未识别，请选择 —</source>
        <translation>— not recognised, choose —</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#842029&apos;&gt;缺少必需的列：{columns}。&lt;/b&gt;请在上表中为相应的列选择“{columns}”。</source>
        <translation>&lt;b style=&apos;color:#842029&apos;&gt;Required columns missing: {columns}.&lt;/b&gt; Choose “{columns}” for the matching column above.</translation>
    </message>
    <message>
        <source>有 {n} 列未识别（黄色），它们不会被导入；如需导入请选择对应的项。</source>
        <translation>{n} columns not recognised (amber) will not be imported; choose a field to import them.</translation>
    </message>
    <message>
        <source>所有列都已对应。</source>
        <translation>Every column is mapped.</translation>
    </message>
    <message>
        <source>正在检查每一行…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>读取 {rows} 行：新增 {create} 人，更新 {update} 人，跳过 {skip} 人</source>
        <translation>{rows} rows read: {create} new, {update} to update, {skip} skipped</translation>
    </message>
    <message>
        <source>，不导入 {n} 行</source>
        <translation>, {n} rows left out</translation>
    </message>
    <message>
        <source>；&lt;b style=&apos;color:#842029&apos;&gt;{rows} 行有错误（{errors} 处）&lt;/b&gt;</source>
        <translation>; &lt;b style=&apos;color:#842029&apos;&gt;{rows} rows with errors ({errors} in all)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>；{n} 处提醒</source>
        <translation>; {n} warnings</translation>
    </message>
    <message>
        <source>（已略过空行 {blank} 行、表尾 {footer} 行）</source>
        <translation> (skipped {blank} blank rows and {footer} footer rows)</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>有错误的 {n} 行不导入，先导入其余各行</source>
        <translation>Leave out the {n} rows with errors and import the rest</translation>
    </message>
    <message>
        <source>请先改正标为红色的错误（可导出问题报告，在原表格中改好后重新导入），或选择不导入有错误的行。</source>
        <translation>Fix the errors marked red first (export the problem report, correct the spreadsheet and import again), or leave the rows with errors out.</translation>
    </message>
    <message>
        <source>检查通过，可以导入。导入的全部内容作为一次修改保存，中途取消则不作任何改动。</source>
        <translation>Check passed, ready to import. The import is saved as one change; cancelling part-way changes nothing.</translation>
    </message>
    <message>
        <source>可修改列的对应关系或导入方式，然后重新检查。</source>
        <translation>Change the column mapping or the options, then check again.</translation>
    </message>
    <message>
        <source>-问题报告</source>
        <translation>-problems</translation>
    </message>
    <message>
        <source>导出问题报告</source>
        <translation>Export problem report</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出 {n} 行问题到 {path}</source>
        <translation>Exported {n} rows with problems to {path}</translation>
    </message>
    <message>
        <source>正在导出问题报告…</source>
        <translation>Exporting the problem report…</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>已导入到“{branch}”：新增 {created} 人，更新 {updated} 人，跳过 {skipped} 人。</source>
        <translation>Imported into “{branch}”: {created} new, {updated} updated, {skipped} skipped.</translation>
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
        <source>未找到中文字体，中文可能显示为方框：请安装微软雅黑或文泉驿微米黑字体。</source>
        <translation>No Chinese font found; Chinese text may show as boxes. Please install Microsoft YaHei or WenQuanYi Micro Hei.</translation>
    </message>
    <message>
        <source>名册</source>
        <translation>Roster</translation>
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
    <name>MemberForm</name>
    <message>
        <source>团员信息 — {name}</source>
        <translation>Member — {name}</translation>
    </message>
    <message>
        <source>新增团员</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>变更记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>团籍与处分</source>
        <translation>Membership and discipline</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>个人信息</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>团籍信息</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>学习工作与联系方式</source>
        <translation>Study, work and contact</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>所在支部*：</source>
        <translation>Branch*:</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>如 2005-09-01</source>
        <translation>e.g. 2005-09-01</translation>
    </message>
    <message>
        <source>如 2019-05</source>
        <translation>e.g. 2019-05</translation>
    </message>
    <message>
        <source>18位，末位可为X</source>
        <translation>18 characters, the last may be X</translation>
    </message>
    <message>
        <source>11位手机号码</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <source>12位数字，前4位为入团年份</source>
        <translation>12 digits, the first 4 the year of joining</translation>
    </message>
    <message>
        <source>办理离团/转出…</source>
        <translation>Leave or transfer out…</translation>
    </message>
    <message>
        <source>团籍变动</source>
        <translation>Membership changes</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>决定会议或批准机关</source>
        <translation>Deciding meeting or approving body</translation>
    </message>
    <message>
        <source>转往/转自</source>
        <translation>To / from</translation>
    </message>
    <message>
        <source>团内处分</source>
        <translation>League discipline</translation>
    </message>
    <message>
        <source>登记处分…</source>
        <translation>Record discipline…</translation>
    </message>
    <message>
        <source>处分日期</source>
        <translation>Date of decision</translation>
    </message>
    <message>
        <source>处分</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>决定机关</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>解除日期</source>
        <translation>Lifted on</translation>
    </message>
    <message>
        <source>{name}&#x3000;{branch}</source>
        <translation>{name}  {branch}</translation>
    </message>
    <message>
        <source>（自 {day}）</source>
        <translation> (since {day})</translation>
    </message>
    <message>
        <source>当前团籍状态：{status}{since}</source>
        <translation>Membership status: {status}{since}</translation>
    </message>
    <message>
        <source>办理转入…</source>
        <translation>Transfer in…</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{n} 处需改正后才能保存</source>
        <translation>{n} problems must be fixed before saving</translation>
    </message>
    <message>
        <source>{n} 条提示（可保存，保存后标记待核实）</source>
        <translation>{n} warnings (can be saved; the record is marked for checking)</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>有尚未保存的修改，确定放弃吗？</source>
        <translation>There are unsaved changes. Discard them?</translation>
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
    <message>
        <source>找不到文件“{file}”。</source>
        <translation>File “{file}” not found.</translation>
    </message>
    <message>
        <source>无法读取“{file}”：{detail}。请检查文件是否被其他程序占用，或是否有访问权限。</source>
        <translation>Cannot read “{file}”: {detail}. Check whether another program is using it and whether you may read it.</translation>
    </message>
    <message>
        <source>不支持“{file}”这种文件。请使用 Excel/WPS 表格（.xlsx、.xls）或 CSV 文件。</source>
        <translation>“{file}” is not a supported kind of file. Use an Excel/WPS spreadsheet (.xlsx, .xls) or a CSV file.</translation>
    </message>
    <message>
        <source>“{file}”其实是网页格式，只是扩展名为表格。请用 Excel 或 WPS 打开它，另存为“Excel 工作簿（.xlsx）”后再导入。</source>
        <translation>“{file}” is really a web page with a spreadsheet extension. Open it in Excel or WPS, save it as an Excel workbook (.xlsx), then import that.</translation>
    </message>
    <message>
        <source>“{file}”已损坏或不是有效的表格文件，无法读取。请用 Excel 或 WPS 打开检查，另存为 .xlsx 后再导入。</source>
        <translation>“{file}” is damaged or not a valid spreadsheet and cannot be read. Check it in Excel or WPS, save it as .xlsx, then import that.</translation>
    </message>
    <message>
        <source>“{file}”设置了打开密码。请在 Excel 或 WPS 中取消密码并保存后再导入。</source>
        <translation>“{file}” is protected by a password. Remove the password in Excel or WPS, save, then import.</translation>
    </message>
    <message>
        <source>“{file}”是空的，没有可导入的内容。</source>
        <translation>“{file}” is empty: there is nothing to import.</translation>
    </message>
    <message>
        <source>“{file}”中没有名为“{sheet}”的工作表。现有工作表：{sheets}。</source>
        <translation>“{file}” has no sheet named “{sheet}”. Its sheets: {sheets}.</translation>
    </message>
    <message>
        <source>无法识别“{file}”的文字编码（不是 UTF-8，也不是 GBK/GB18030），为避免导入乱码已停止。请用 Excel 或 WPS 打开它，另存为 .xlsx 后再导入。</source>
        <translation>The text encoding of “{file}” is neither UTF-8 nor GBK/GB18030; stopped to avoid importing garbled text. Open it in Excel or WPS, save it as .xlsx, then import that.</translation>
    </message>
    <message>
        <source>在“{file}”的工作表“{sheet}”前 15 行中没有找到表头（如“姓名”“身份证号码”）。请确认选择了正确的工作表，或在导入时手动指定各列。</source>
        <translation>No header (such as 姓名, 身份证号码) in the first 15 rows of sheet “{sheet}” of “{file}”. Check that this is the right sheet, or map the columns by hand.</translation>
    </message>
    <message>
        <source>“{file}”的工作表“{sheet}”缺少必需的列：{missing}。请在表格中补上这些列，或在导入时手动指定对应的列。</source>
        <translation>Sheet “{sheet}” of “{file}” lacks required columns: {missing}. Add them to the spreadsheet, or map the matching columns by hand.</translation>
    </message>
    <message>
        <source>列的对应关系无效：{detail}</source>
        <translation>Invalid column mapping: {detail}</translation>
    </message>
    <message>
        <source>“{file}”中有 {rows} 行存在错误，未导入任何数据。请修改后重新导入。</source>
        <translation>{rows} rows of “{file}” have errors; nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
        <source>导入期间团务文件已被修改（例如已有相同身份证号码的团员），为安全起见未导入任何数据。请重新检查后再导入。</source>
        <translation>The league file changed during the import (for example, a member with the same ID was added); to be safe nothing was imported. Check again, then import.</translation>
    </message>
    <message>
        <source>已取消导入，团务文件未作任何改动。</source>
        <translation>Import cancelled; the league file was not changed.</translation>
    </message>
    <message>
        <source>无法保存“{file}”：{detail}。请换一个位置或文件名。</source>
        <translation>Cannot save “{file}”: {detail}. Choose another folder or name.</translation>
    </message>
    <message>
        <source>“{file}”正在被其他程序（如 Excel、WPS）打开，无法覆盖。请先关闭它再导出。</source>
        <translation>“{file}” is open in another program (such as Excel or WPS) and cannot be replaced. Close it, then export again.</translation>
    </message>
    <message>
        <source>身份证号码被 Excel 存成了数字，后几位已经丢失，无法恢复。请把该列设为“文本”格式后重新输入。</source>
        <translation>Excel stored this ID as a number and its last digits are lost for good. Format the column as Text and type the ID again.</translation>
    </message>
    <message>
        <source>身份证号码以 000 结尾，请核对是否被 Excel 截断。</source>
        <translation>The ID ends in 000; check that Excel did not cut it off.</translation>
    </message>
    <message>
        <source>这个长数字被 Excel 存成了数字，后几位已经丢失。请把该列设为“文本”格式后重新输入。</source>
        <translation>Excel stored this long number as a number and its last digits are lost. Format the column as Text and type it again.</translation>
    </message>
    <message>
        <source>内容过长（{length} 个字）。</source>
        <translation>Too long ({length} characters).</translation>
    </message>
    <message>
        <source>与第 {first_row} 行的身份证号码重复。</source>
        <translation>Same ID as row {first_row}.</translation>
    </message>
    <message>
        <source>与第 {first_row} 行的发展团员编号重复。</source>
        <translation>Same development number as row {first_row}.</translation>
    </message>
    <message>
        <source>团务文件中已有此人（{name}，{branch}）。如需用表格内容更新，请选择“更新”；或选择“跳过”。</source>
        <translation>This person is already in the league file ({name}, {branch}). Choose “Update” to take the spreadsheet&apos;s values, or “Skip”.</translation>
    </message>
    <message>
        <source>团务文件中已有此人（{name}，{branch}），将跳过。</source>
        <translation>Already in the league file ({name}, {branch}); will be skipped.</translation>
    </message>
    <message>
        <source>团务文件中已有此人（{name}），将更新 {count} 项信息。</source>
        <translation>Already in the league file ({name}); {count} fields will be updated.</translation>
    </message>
    <message>
        <source>表格中团籍状态为“{given}”，名册中为“{current}”。导入不改变团籍状态，如需办理请在名册中进行。</source>
        <translation>The spreadsheet says “{given}”, the roster “{current}”. An import does not change membership status; record the change in the roster.</translation>
    </message>
    <message>
        <source>表格中没有“{label}”这一列，导入后请在名册中补填。</source>
        <translation>The spreadsheet has no “{label}” column; fill it in on the roster after the import.</translation>
    </message>
    <message>
        <source>表格中没有“{label}”这一列；{since}年起入团的团员须有发展团员编号，导入后请在名册中补填。</source>
        <translation>The spreadsheet has no “{label}” column; members who joined from {since} need a development number: fill it in on the roster after the import.</translation>
    </message>
    <message>
        <source>表格中没有“{label}”列：其中 {n} 人为2017年起入团，须有发展团员编号，将带提醒标记导入，导入后请在名册中补填。</source>
        <translation>The spreadsheet has no “{label}” column: {n} of the members joined from 2017 and need a development number. They are imported with a warning mark; fill it in on the roster afterwards.</translation>
    </message>
    <message>
        <source>表格中没有“{label}”列：{n} 人将带提醒标记导入，导入后请在名册中补填。</source>
        <translation>The spreadsheet has no “{label}” column: {n} members are imported with a warning mark; fill it in on the roster afterwards.</translation>
    </message>
    <message>
        <source>请填写{label}。</source>
        <translation>Please fill in {label}.</translation>
    </message>
    <message>
        <source>请填写{label}（{hint}）。</source>
        <translation>Please fill in {label} ({hint}).</translation>
    </message>
    <message>
        <source>{label}“{value}”不在可选范围内，请从列表中选择。</source>
        <translation>{label} “{value}” is not one of the choices; pick one from the list.</translation>
    </message>
    <message>
        <source>{label}“{value}”不是有效的日期，请按{pattern}填写。</source>
        <translation>{label} “{value}” is not a valid date; write it as {pattern}.</translation>
    </message>
    <message>
        <source>{label}“{value}”晚于今天（{today}），请核对。</source>
        <translation>{label} “{value}” is after today ({today}); please check.</translation>
    </message>
    <message>
        <source>{label}应为18位，现为{length}位，请核对证件。</source>
        <translation>{label} must have 18 characters, not {length}; please check the document.</translation>
    </message>
    <message>
        <source>{label}只能是17位数字加1位数字或X，请核对证件。</source>
        <translation>{label} must be 17 digits followed by a digit or X; please check the document.</translation>
    </message>
    <message>
        <source>{label}中的出生日期（第7–14位）不是有效日期，请核对证件。</source>
        <translation>The birth date in {label} (characters 7–14) is not a valid date; please check the document.</translation>
    </message>
    <message>
        <source>{label}校验位错误：按前17位计算应为 {expected}，请核对证件。</source>
        <translation>{label} has a wrong check character: from the first 17 it should be {expected}. Please check the document.</translation>
    </message>
    <message>
        <source>{label}与公民身份号码不符：证件显示为 {expected}，请改正其中之一。</source>
        <translation>{label} does not match the citizen ID, which says {expected}; correct one of them.</translation>
    </message>
    <message>
        <source>{label}与公民身份号码不符：证件显示为“{expected}”，请改正其中之一。</source>
        <translation>{label} does not match the citizen ID, which says “{expected}”; correct one of them.</translation>
    </message>
    <message>
        <source>{label}早于出生日期（{birth}），请核对。</source>
        <translation>{label} is before the birth date ({birth}); please check.</translation>
    </message>
    <message>
        <source>入团时年龄为{age}周岁，不在{min}–{max}周岁之间。请核对{label}和出生日期。</source>
        <translation>Age at joining was {age}, outside {min}–{max}. Please check {label} and the birth date.</translation>
    </message>
    <message>
        <source>入团时年龄为{age}周岁，不在{min}–{max}周岁之间（{strict_from}年前入团，仅作提示）。请核对{label}和出生日期。</source>
        <translation>Age at joining was {age}, outside {min}–{max} (joined before {strict_from}, a warning only). Please check {label} and the birth date.</translation>
    </message>
    <message>
        <source>{since}年起入团的团员必须填写{label}（{length}位数字，前4位为入团年份）。</source>
        <translation>Members who joined from {since} must have {label} ({length} digits, the first 4 the year of joining).</translation>
    </message>
    <message>
        <source>{label}应为{length}位数字，现为{given_length}位或含有非数字字符，请核对。</source>
        <translation>{label} must be {length} digits; it has {given_length} characters or contains non-digits. Please check.</translation>
    </message>
    <message>
        <source>{label}应为{length}位数字，现为{given_length}位或含有非数字字符（仅作提示）。</source>
        <translation>{label} should be {length} digits; it has {given_length} characters or contains non-digits (a warning only).</translation>
    </message>
    <message>
        <source>{label}前4位应为入团年份 {expected}，现为 {given}。请核对编号或入团年月。</source>
        <translation>The first 4 digits of {label} should be the year of joining {expected}, not {given}. Check the number or the joining date.</translation>
    </message>
    <message>
        <source>{label}前4位应为入团年份 {expected}，现为 {given}（仅作提示）。</source>
        <translation>The first 4 digits of {label} should be the year of joining {expected}, not {given} (a warning only).</translation>
    </message>
    <message>
        <source>{label}已被“{branch}”的 {name} 使用，编号不能重复，请核对。</source>
        <translation>{label} is already used by {name} of “{branch}”; numbers must be unique. Please check.</translation>
    </message>
    <message>
        <source>{label}应为{expected}位数字，现为{length}位，请核对。</source>
        <translation>{label} must be {expected} digits, not {length}; please check.</translation>
    </message>
    <message>
        <source>{label}“{value}”不像大陆手机号码（应以13–19开头），请核对。</source>
        <translation>{label} “{value}” does not look like a mainland mobile number (starting 13–19); please check.</translation>
    </message>
    <message>
        <source>{label}“{value}”格式不对，应类似 name@example.com。</source>
        <translation>{label} “{value}” is not well formed; it should look like name@example.com.</translation>
    </message>
    <message>
        <source>政治面貌为{status}，请填写{label}。</source>
        <translation>Political status is {status}: please fill in {label}.</translation>
    </message>
    <message>
        <source>填写了{label}，但政治面貌为共青团员。请核对政治面貌。</source>
        <translation>{label} is filled in but the political status is League member. Please check the political status.</translation>
    </message>
    <message>
        <source>填写了{label}，但没有团内职务。请补填团内职务或清空此项。</source>
        <translation>{label} is filled in but there is no League post. Fill in the post or clear this field.</translation>
    </message>
    <message>
        <source>{label}早于入团年月（{joined_on}），请核对。</source>
        <translation>{label} is before the joining date ({joined_on}); please check.</translation>
    </message>
    <message>
        <source>{label}与“{branch}”的 {name}（{status}）相同。同一人只需录入一次，请核对证件。</source>
        <translation>{label} is the same as {name} of “{branch}” ({status}). Enter each person once; please check the document.</translation>
    </message>
    <message>
        <source>此人已在“{branch}”登记（{name}，{status}）。同一人只能在一个支部在册：如是组织关系转接，请在原记录上办理转出和转入，不要重复录入。</source>
        <translation>This person is already registered in “{branch}” ({name}, {status}). A person belongs to one branch: for a transfer, record the transfer out and in on that record instead of entering them again.</translation>
    </message>
    <message>
        <source>所选{label}不属于该支部，请重新选择。</source>
        <translation>The chosen {label} does not belong to this branch; choose again.</translation>
    </message>
    <message>
        <source>本支部已有名为“{name}”的团小组，请换一个名称。</source>
        <translation>This branch already has a League group named “{name}”; choose another name.</translation>
    </message>
    <message>
        <source>团籍状态为“{current}”的团员不能办理“{event}”。</source>
        <translation>A member whose status is “{current}” cannot go through “{event}”.</translation>
    </message>
    <message>
        <source>开除团籍是团内处分，请通过“处分”登记，并写明决定会议和批准机关。</source>
        <translation>Expulsion is a League discipline: record it under Discipline with the deciding meeting and approving body.</translation>
    </message>
    <message>
        <source>该团员 {birthday} 才年满{age}周岁，{label}不能早于这一天。</source>
        <translation>This member turns {age} on {birthday}; {label} cannot be earlier.</translation>
    </message>
    <message>
        <source>团籍状态为“{status}”，已不在册，不能再给予处分。</source>
        <translation>The member&apos;s status is “{status}”: no longer on the roster, no discipline can be given.</translation>
    </message>
    <message>
        <source>该团员没有团内职务，不能给予“撤销团内职务”处分。</source>
        <translation>This member holds no League post, so “removal from post” cannot be given.</translation>
    </message>
    <message>
        <source>开除团籍不能解除；如需恢复团籍，须重新履行入团手续。</source>
        <translation>An expulsion cannot be lifted; to return, the person must go through admission again.</translation>
    </message>
    <message>
        <source>该处分已于 {lifted_on} 解除。</source>
        <translation>This discipline was lifted on {lifted_on}.</translation>
    </message>
    <message>
        <source>{label}不能早于处分日期（{decided_on}）。</source>
        <translation>{label} cannot be before the date of decision ({decided_on}).</translation>
    </message>
    <message>
        <source>请输入该团员的姓名“{name}”以确认删除。删除后无法恢复；团员离团请改用“离团/转出”。</source>
        <translation>Type the member&apos;s name “{name}” to confirm the deletion. It cannot be undone; for a member who leaves, use Leave/transfer out instead.</translation>
    </message>
    <message>
        <source>“年-月”（如 2019-09）</source>
        <translation>year-month (e.g. 2019-09)</translation>
    </message>
    <message>
        <source>“年-月-日”（如 2005-09-01）</source>
        <translation>year-month-day (e.g. 2005-09-01)</translation>
    </message>
    <message>
        <source>找不到可用于打印的中文字体。请重新安装团务通，或安装微软雅黑、宋体或文泉驿字体后重试。</source>
        <translation>No Chinese font for printing was found. Reinstall LeagueDesk, or install Microsoft YaHei, SimSun or WenQuanYi and try again.</translation>
    </message>
    <message>
        <source>无法保存到“{path}”：{reason}。</source>
        <translation>Cannot save to “{path}”: {reason}.</translation>
    </message>
    <message>
        <source>请至少指定一个日期。</source>
        <translation>Give at least one date.</translation>
    </message>
    <message>
        <source>无法识别日期或时间“{value}”。日期请写成 2026-12-01，时间请写成 19:00。</source>
        <translation>Cannot read the date or time “{value}”. Write dates as 2026-12-01 and times as 19:00.</translation>
    </message>
    <message>
        <source>所在文件夹不存在</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>没有写入权限，或文件正被其他程序（如PDF阅读器）打开，请关闭后重试</source>
        <translation>no permission to write, or the file is open in another program (such as a PDF reader); close it and try again</translation>
    </message>
    <message>
        <source>该位置是只读的（如写保护的U盘）</source>
        <translation>the location is read-only (such as a write-protected USB stick)</translation>
    </message>
    <message>
        <source>磁盘已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>这是一个文件夹，请指定文件名（如 签到表.pdf）</source>
        <translation>this is a folder; give a file name (such as signin.pdf)</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>没有“{value}”这种会议类型。可选：{known}。</source>
        <translation>There is no meeting kind “{value}”. Choose from: {known}.</translation>
    </message>
    <message>
        <source>排列顺序“{value}”无效：可选 pinyin（按姓名拼音）或 group（按团小组）。</source>
        <translation>Invalid order “{value}”: choose pinyin (by name) or group (by League group).</translation>
    </message>
    <message>
        <source>{kind}需要指定团小组（命令行用 --group 团小组名称）。</source>
        <translation>{kind} needs a League group (on the command line: --group NAME).</translation>
    </message>
    <message>
        <source>本支部没有名为“{value}”的团小组。</source>
        <translation>This branch has no League group named “{value}”.</translation>
    </message>
    <message>
        <source>请填写{field}。</source>
        <translation>Please fill in {field}.</translation>
    </message>
    <message>
        <source>上一步“{step}”尚未完成，不能跳过。</source>
        <translation>The previous step “{step}” is not done yet and cannot be skipped.</translation>
    </message>
    <message>
        <source>日期早于上一步“{step}”（{previous_date}），请按顺序填写日期。</source>
        <translation>The date is before the previous step “{step}” ({previous_date}); dates must run in order.</translation>
    </message>
    <message>
        <source>日期晚于已记录的下一步“{step}”（{next_date}），请先核对下一步的日期。</source>
        <translation>The date is after the recorded next step “{step}” ({next_date}); check that step&apos;s date first.</translation>
    </message>
    <message>
        <source>“{step}”的公示期为{start}至{end}，公示期满后（最早{earliest}）才能进行这一步。</source>
        <translation>The public notice of “{step}” runs from {start} to {end}; this step can only follow it (at the earliest {earliest}).</translation>
    </message>
    <message>
        <source>按此日期公示期到{end}才结束，而下一步“{step}”已记录在{next_date}。</source>
        <translation>With this date the notice period ends on {end}, but the next step “{step}” is recorded on {next_date}.</translation>
    </message>
    <message>
        <source>公示开始日期（{notice_start}）不能早于支委会决定日期（{date}）。</source>
        <translation>The notice start ({notice_start}) cannot be before the branch committee&apos;s decision ({date}).</translation>
    </message>
    <message>
        <source>没有{year}年的法定节假日安排，无法按工作日计算公示期。请在“设置 → 节假日”中录入{year}年的放假和调休上班日期，或选择只按周末计算。</source>
        <translation>There is no public holiday schedule for {year}, so the notice period cannot be counted in working days. Enter {year}&apos;s holidays and make-up working days under Settings → Holidays, or count weekends only.</translation>
    </message>
    <message>
        <source>没有{year}年的法定节假日安排，公示期暂按周末计算，可能与实际放假安排不符。</source>
        <translation>There is no public holiday schedule for {year}; the notice period is counted with weekends only for now and may differ from the actual holidays.</translation>
    </message>
    <message>
        <source>申请日（{date}）申请人{age}周岁，未满{min_age}周岁，不能申请入团。</source>
        <translation>On the application date ({date}) the applicant was {age}, under {min_age}, and cannot apply.</translation>
    </message>
    <message>
        <source>申请日（{date}）申请人已满{age}周岁，超过{max_age}周岁，不能申请入团。</source>
        <translation>On the application date ({date}) the applicant was {age}, over {max_age}, and cannot apply.</translation>
    </message>
    <message>
        <source>谈话应在{due}前进行，已晚{days_late}天。请注明原因。</source>
        <translation>The talk was due by {due} and is {days_late} days late. Please give the reason.</translation>
    </message>
    <message>
        <source>找不到所选会议的记录，请先记录这次会议。</source>
        <translation>The chosen meeting has no record; record the meeting first.</translation>
    </message>
    <message>
        <source>这一步应由{allowed}决定，所选会议是{kind}。</source>
        <translation>This step is decided by {allowed}; the chosen meeting is a {kind}.</translation>
    </message>
    <message>
        <source>所选会议的日期是{meeting_date}，与这一步的日期（{date}）不一致。</source>
        <translation>The chosen meeting was on {meeting_date}, not on this step&apos;s date ({date}).</translation>
    </message>
    <message>
        <source>培养联系人应为{min}至{max}名，现为{count}名。</source>
        <translation>There should be {min} to {max} contact persons, not {count}.</translation>
    </message>
    <message>
        <source>入团介绍人应为{required}名，现为{count}名。</source>
        <translation>There should be {required} introducers, not {count}.</translation>
    </message>
    <message>
        <source>{name}被重复选择。</source>
        <translation>{name} is chosen twice.</translation>
    </message>
    <message>
        <source>“{step}”中有一名人员不在团员名册中。</source>
        <translation>Someone in “{step}” is not on the member roster.</translation>
    </message>
    <message>
        <source>{name}不是本支部团员，不能担任{step}。</source>
        <translation>{name} is not a member of this branch and cannot act as {step}.</translation>
    </message>
    <message>
        <source>{name}的团籍状态为“{status}”，不能担任{step}。</source>
        <translation>{name}&apos;s status is “{status}”; they cannot act as {step}.</translation>
    </message>
    <message>
        <source>{name}正受留团察看处分，不能担任{step}。</source>
        <translation>{name} is on probation and cannot act as {step}.</translation>
    </message>
    <message>
        <source>{name}被暂缓注册，不能担任{step}。</source>
        <translation>{name}&apos;s registration is deferred; they cannot act as {step}.</translation>
    </message>
    <message>
        <source>本批{count}名发展对象的入团介绍人是同样的两人，应尽量避免。请注明原因。</source>
        <translation>All {count} candidates of this batch have the same two introducers, which should be avoided. Please give the reason.</translation>
    </message>
    <message>
        <source>团课学习共{hours}学时，不足{required}学时。</source>
        <translation>{hours} hours of League lectures, fewer than the {required} required.</translation>
    </message>
    <message>
        <source>自确定为入团积极分子（{start}）起培养考察不足{months}个月，最早{earliest}可确定为发展对象。</source>
        <translation>Less than {months} months of training since becoming an activist ({start}); can become a candidate from {earliest}.</translation>
    </message>
    <message>
        <source>介绍人意见日期（{opinion_date}）不能早于填写志愿书的日期（{date}）。</source>
        <translation>The introducers&apos; opinion ({opinion_date}) cannot be before the application form was filled in ({date}).</translation>
    </message>
    <message>
        <source>应到有表决权的团员{expected}人，实到{present}人，未超过半数（至少需{needed}人），支部大会不能讨论发展团员。</source>
        <translation>{present} of {expected} voting members present, not more than half (at least {needed} needed): the branch general meeting cannot discuss admissions.</translation>
    </message>
    <message>
        <source>发展对象须逐个讨论、逐个表决，不能合并表决。</source>
        <translation>Candidates must be discussed and voted on one at a time, not together.</translation>
    </message>
    <message>
        <source>赞成、反对、弃权共{cast}票，多于实到人数{present}人。</source>
        <translation>{cast} votes for, against and abstaining, more than the {present} present.</translation>
    </message>
    <message>
        <source>赞成{yes}票，未超过实到{present}人的半数（至少需{needed}票），未获通过。</source>
        <translation>{yes} votes for, not more than half of the {present} present (at least {needed} needed): not passed.</translation>
    </message>
    <message>
        <source>上级团委审批应在{due}前完成，已晚{days_late}天。请注明原因。</source>
        <translation>Approval by the League committee above was due by {due} and is {days_late} days late. Please give the reason.</translation>
    </message>
    <message>
        <source>入团志愿书应在{due}前录入智慧团建，已晚{days_late}天。请注明原因。</source>
        <translation>The application form was due in Zhihui Tuanjian by {due} and is {days_late} days late. Please give the reason.</translation>
    </message>
    <message>
        <source>本支部{year}年发展名额为{quota}名，已发展{admitted}名，名额已用完。</source>
        <translation>This branch&apos;s quota for {year} is {quota} and {admitted} have been admitted: the quota is used up.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>相关人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>决定这一步的会议</source>
        <translation>Meeting that decided this step</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>公示开始日期</source>
        <translation>Notice start</translation>
    </message>
    <message>
        <source>介绍人意见日期</source>
        <translation>Introducers&apos; opinion date</translation>
    </message>
    <message>
        <source>表决结果</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>当年的节假日安排</source>
        <translation>The year&apos;s holiday schedule</translation>
    </message>
    <message>
        <source>发展团员编号应为12位数字。</source>
        <translation>The development number must be 12 digits.</translation>
    </message>
    <message>
        <source>发展团员编号的前4位应为入团年份{year}。</source>
        <translation>The first 4 digits of the development number must be the year of joining, {year}.</translation>
    </message>
    <message>
        <source>发展团员编号{number}已被使用。</source>
        <translation>Development number {number} is already used.</translation>
    </message>
    <message>
        <source>{year}年以{prefix}开头的发展团员编号已全部用完。</source>
        <translation>All development numbers of {year} starting with {prefix} are used up.</translation>
    </message>
    <message>
        <source>谈话人</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>培养联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>入团介绍人</source>
        <translation>Introducer</translation>
    </message>
    <message>
        <source>所选人员</source>
        <translation>Chosen person</translation>
    </message>
    <message>
        <source>节假日设置无法读取（{detail}），已按未设置处理。</source>
        <translation>The holiday settings could not be read ({detail}); treated as not set.</translation>
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
    <name>RosterModel</name>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>所在支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>团籍状态</source>
        <translation>Membership status</translation>
    </message>
    <message>
        <source>状态变更日期</source>
        <translation>Status since</translation>
    </message>
    <message>
        <source>保存时有 {n} 条提示待核实，打开记录可查看</source>
        <translation>Saved with {n} warnings to check; open the record to see them</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>修改{name}的{fields}</source>
        <translation>Edit {fields} of {name}</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>团员名册</source>
        <translation>Member roster</translation>
    </message>
    <message>
        <source>新增团员</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>离团/转出…</source>
        <translation>Leave/transfer out…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <source>搜索姓名、拼音、首字母（如 zs）、身份证尾号或手机号&#x3000;Ctrl+F</source>
        <translation>Search name, pinyin, initials (e.g. zs), ID ending or phone  Ctrl+F</translation>
    </message>
    <message>
        <source>在册团员</source>
        <translation>Current members</translation>
    </message>
    <message>
        <source>已离团（历史）</source>
        <translation>Left (history)</translation>
    </message>
    <message>
        <source>全部记录</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>全部团小组</source>
        <translation>All League groups</translation>
    </message>
    <message>
        <source>全部政治面貌</source>
        <translation>Any political status</translation>
    </message>
    <message>
        <source>团干部：不限</source>
        <translation>League cadre: any</translation>
    </message>
    <message>
        <source>团干部</source>
        <translation>League cadres</translation>
    </message>
    <message>
        <source>非团干部</source>
        <translation>Not cadres</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>点击表头排序（姓名按拼音）；右键选择显示的列</source>
        <translation>Click a header to sort (names by pinyin); right-click to choose the columns</translation>
    </message>
    <message>
        <source>Enter 打开&#x3000;Del 离团/转出&#x3000;Ctrl+N 新增&#x3000;Ctrl+Z 撤销</source>
        <translation>Enter open  Del leave/transfer out  Ctrl+N new  Ctrl+Z undo</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source> 岁</source>
        <translation> years</translation>
    </message>
    <message>
        <source>提前</source>
        <translation>Warn</translation>
    </message>
    <message>
        <source> 个月提醒</source>
        <translation> months ahead</translation>
    </message>
    <message>
        <source>查看名单</source>
        <translation>Show list</translation>
    </message>
    <message>
        <source>显示完整身份证号</source>
        <translation>Show full ID numbers</translation>
    </message>
    <message>
        <source>删除误录的记录…</source>
        <translation>Delete a record entered by mistake…</translation>
    </message>
    <message>
        <source>导出当前视图…</source>
        <translation>Export current view…</translation>
    </message>
    <message>
        <source>未打开团务文件</source>
        <translation>No league file open</translation>
    </message>
    <message>
        <source>全部支部</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>显示的列</source>
        <translation>Columns shown</translation>
    </message>
    <message>
        <source>恢复默认列</source>
        <translation>Default columns</translation>
    </message>
    <message>
        <source>共 {n} 人（在册团员共 {total} 人）</source>
        <translation>{n} people (of {total} current members)</translation>
    </message>
    <message>
        <source>共 {n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>无法撤销</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>离团/转出</source>
        <translation>Leave/transfer out</translation>
    </message>
    <message>
        <source>{name}的团籍状态为“{status}”，无需再办理离团。如是误录的记录，可用“更多 → 删除误录的记录”。</source>
        <translation>{name}&apos;s status is “{status}”; there is nothing left to record. For a record entered by mistake use More → Delete a record entered by mistake.</translation>
    </message>
    <message>
        <source>删除误录的记录</source>
        <translation>Delete a record entered by mistake</translation>
    </message>
    <message>
        <source>只有录入错误的记录才应删除；团员离团请用“离团/转出”。
删除后无法恢复。请输入姓名“{name}”确认删除：</source>
        <translation>Only delete records entered by mistake; for a member who leaves, use Leave/transfer out.
This cannot be undone. Type the name “{name}” to confirm:</translation>
    </message>
    <message>
        <source>未删除</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>完整的公民身份号码属于个人敏感信息。确定要在名册中显示吗？
（关闭文件或再次点击此项即恢复遮盖）</source>
        <translation>Full citizen ID numbers are sensitive personal data. Show them on the roster?
(Closing the file or choosing this again masks them.)</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>{n} 名团员将在 {m} 个月内年满28周岁（无团内职务）</source>
        <translation>{n} members turn 28 within {m} months (no League post)</translation>
    </message>
    <message>
        <source>，其中 {k} 名已超龄</source>
        <translation>, {k} of them already over age</translation>
    </message>
    <message>
        <source>{n} 名超过15个月未团籍注册</source>
        <translation>{n} not registered for over 15 months</translation>
    </message>
    <message>
        <source>{n} 名连续6个月未交团费或未参加组织生活</source>
        <translation>{n} without dues or organisational life for 6 months</translation>
    </message>
    <message>
        <source>另有 {n} 条提醒</source>
        <translation>{n} other alerts</translation>
    </message>
    <message>
        <source>{name}&#x3000;已于 {day} 年满28周岁，无团内职务，请办理超龄离团</source>
        <translation>{name}  turned 28 on {day} with no League post: record leaving over age</translation>
    </message>
    <message>
        <source>{name}&#x3000;将于 {day} 年满28周岁（还有 {days} 天）</source>
        <translation>{name}  turns 28 on {day} (in {days} days)</translation>
    </message>
    <message>
        <source>{name}&#x3000;超过15个月未团籍注册</source>
        <translation>{name}  not registered for over 15 months</translation>
    </message>
    <message>
        <source>{name}&#x3000;连续6个月未交团费或未参加组织生活</source>
        <translation>{name}  no dues or organisational life for 6 months</translation>
    </message>
    <message>
        <source>收起</source>
        <translation>Hide</translation>
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
<context>
    <name>StatusDialog</name>
    <message>
        <source>办理转入</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <source>离团或转出</source>
        <translation>Leave or transfer out</translation>
    </message>
    <message>
        <source>{name}（现为“{status}”）。记录保存后不会删除，可在名册的“历史”中查看。</source>
        <translation>{name} (now “{status}”). The record is kept and stays visible under the roster&apos;s history.</translation>
    </message>
    <message>
        <source>如：毕业离校、年满28周岁、本人申请</source>
        <translation>e.g. graduated, turned 28, own request</translation>
    </message>
    <message>
        <source>如：2026年3月支部大会；上级团委批复</source>
        <translation>e.g. branch general meeting, March 2026; approval of the League committee above</translation>
    </message>
    <message>
        <source>事项：</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>生效日期：</source>
        <translation>Effective date:</translation>
    </message>
    <message>
        <source>原因*：</source>
        <translation>Reason*:</translation>
    </message>
    <message>
        <source>决定会议或批准机关：</source>
        <translation>Deciding meeting or approving body:</translation>
    </message>
    <message>
        <source>确定办理</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>转自组织*：</source>
        <translation>From organisation*:</translation>
    </message>
    <message>
        <source>转往组织*：</source>
        <translation>To organisation*:</translation>
    </message>
</context>
</TS>
