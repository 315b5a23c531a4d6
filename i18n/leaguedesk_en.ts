<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ApplicantCard</name>
    <message>
        <source>{n}岁</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <source>下一步：{step}</source>
        <translation>Next: {step}</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>待填：{fields}</source>
        <translation>Still to fill in: {fields}</translation>
    </message>
    <message>
        <source>另有 {n} 项问题，见时间线</source>
        <translation>{n} more problems, see the timeline</translation>
    </message>
    <message>
        <source>下一步…</source>
        <translation>Next step…</translation>
    </message>
    <message>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>截止 {day}</source>
        <translation>Due {day}</translation>
    </message>
    <message>
        <source>最早 {day}</source>
        <translation>Earliest {day}</translation>
    </message>
    <message>
        <source>（已逾期）</source>
        <translation> (overdue)</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <source>入团申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>新增入团申请人</source>
        <translation>New applicant</translation>
    </message>
    <message>
        <source>所在支部*：</source>
        <translation>Branch*:</translation>
    </message>
    <message>
        <source>18位，末位可为X</source>
        <translation>18 characters, the last may be X</translation>
    </message>
    <message>
        <source>如 2009-09-01</source>
        <translation>e.g. 2009-09-01</translation>
    </message>
    <message>
        <source>11位手机号码</source>
        <translation>11-digit mobile number</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>添加照片或文件…</source>
        <translation>Add photos or files…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>全部会议</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>出勤统计</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>团小组</source>
        <translation>League group</translation>
    </message>
    <message>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <source>无故缺席</source>
        <translation>Absent without reason</translation>
    </message>
    <message>
        <source>出勤率</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>最近连续缺席</source>
        <translation>Members absent from each of their last</translation>
    </message>
    <message>
        <source>次的团员</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>只算无故缺席</source>
        <translation>Count unexcused absences only</translation>
    </message>
    <message>
        <source>缺席记录</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>自</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>缺席的会议日期</source>
        <translation>Dates of the meetings missed</translation>
    </message>
    <message>
        <source>导出出勤统计</source>
        <translation>Export attendance</translation>
    </message>
    <message>
        <source>出勤统计.xlsx</source>
        <translation>attendance.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>到会</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>团小组</source>
        <translation>League group</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>空格：到会/未到；数字键 1 出席、2 迟到、3 事假、4 病假、5 公假、6 无故缺席；双击“情况”可选择，双击“备注”可填写事由</source>
        <translation>Space: came / did not come; keys 1 present, 2 late, 3 personal leave, 4 sick leave, 5 official leave, 6 absent without reason; double-click &quot;Attendance&quot; to choose, &quot;Note&quot; to give a reason</translation>
    </message>
</context>
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
        <source>支部</source>
        <translation>Branches</translation>
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
    <name>CalendarGrid</name>
    <message>
        <source>{n}月</source>
        <translation>Month {n}</translation>
    </message>
    <message>
        <source>点击格子查看该期的会议。</source>
        <translation>Click a cell to see the meetings of that period.</translation>
    </message>
    <message>
        <source>绿色：已完成&#x3000;黄色：本期待召开&#x3000;红色：逾期未完成&#x3000;灰色：未到期</source>
        <translation>Green: done&#x3000;Yellow: due this period&#x3000;Red: overdue&#x3000;Grey: not yet due</translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation>{n} held</translation>
    </message>
    <message>
        <source>{state}（{done}/{required}）</source>
        <translation>{state} ({done}/{required})</translation>
    </message>
    <message>
        <source>
{n} 次不足法定人数</source>
        <translation>
{n} below quorum</translation>
    </message>
    <message>
        <source>{kind}，{start} 至 {end}：{state}</source>
        <translation>{kind}, {start} to {end}: {state}</translation>
    </message>
    <message>
        <source>（不足法定人数，不计入）</source>
        <translation> (below quorum, not counted)</translation>
    </message>
    <message>
        <source>（本期尚无会议）</source>
        <translation>(no meeting in this period yet)</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>不予接收</source>
        <translation>Not admitted</translation>
    </message>
    <message>
        <source>撤回申请</source>
        <translation>Withdraw application</translation>
    </message>
    <message>
        <source>如：支部大会表决未通过；本人书面申请撤回</source>
        <translation>e.g. not passed by the branch general meeting; withdrawn in writing by the applicant</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>原因*：</source>
        <translation>Reason*:</translation>
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
        <translation>Date of discipline:</translation>
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
    <name>EvaluationTab</name>
    <message>
        <source>保留团籍的党员也参加评议</source>
        <translation>Also evaluate Party members keeping League membership</translation>
    </message>
    <message>
        <source>开启评议</source>
        <translation>Open evaluation</translation>
    </message>
    <message>
        <source>选择已登记的支部大会或组织生活会，会议日期和应到、实到人数按会议记录（不含列席人员）填入</source>
        <translation>Choose a recorded branch general meeting or organisational life meeting: the date and the numbers expected and present are taken from its record (observers not counted)</translation>
    </message>
    <message>
        <source>已登记的会议：</source>
        <translation>Recorded meeting:</translation>
    </message>
    <message>
        <source>会议：</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>应到：</source>
        <translation>Expected:</translation>
    </message>
    <message>
        <source>实到：</source>
        <translation>Present:</translation>
    </message>
    <message>
        <source>收回测评票：</source>
        <translation>Ballots collected:</translation>
    </message>
    <message>
        <source>直接输入票数，Tab 或回车到下一格；支委会意见栏按 1–4 选择等次</source>
        <translation>Type the votes; Tab or Enter moves to the next cell; in the committee column press 1–4 to choose a grade</translation>
    </message>
    <message>
        <source>团员教育评议</source>
        <translation>Member evaluation</translation>
    </message>
    <message>
        <source>评议后跟进</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>采用建议等次</source>
        <translation>Adopt suggested grades</translation>
    </message>
    <message>
        <source>未选择等次的团员按得票建议等次填入支委会意见</source>
        <translation>Fill in the suggested grade as the committee&apos;s grade where none is chosen yet</translation>
    </message>
    <message>
        <source>自我评价…</source>
        <translation>Self-assessment…</translation>
    </message>
    <message>
        <source>打印/导出</source>
        <translation>Print/Export</translation>
    </message>
    <message>
        <source>测评票…</source>
        <translation>Ballot (测评票)…</translation>
    </message>
    <message>
        <source>测评票</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <source>团员教育评议表…</source>
        <translation>Evaluation form per member…</translation>
    </message>
    <message>
        <source>团员教育评议表</source>
        <translation>Evaluation forms</translation>
    </message>
    <message>
        <source>支部汇总表…</source>
        <translation>Branch summary…</translation>
    </message>
    <message>
        <source>支部汇总表</source>
        <translation>Branch summary</translation>
    </message>
    <message>
        <source>汇总表（Excel）…</source>
        <translation>Summary (Excel)…</translation>
    </message>
    <message>
        <source>团员教育评议汇总</source>
        <translation>Evaluation summary</translation>
    </message>
    <message>
        <source>上级批准日期：</source>
        <translation>Approved by the League committee on:</translation>
    </message>
    <message>
        <source>批准的上级团委</source>
        <translation>Approving League committee</translation>
    </message>
    <message>
        <source>关闭评议</source>
        <translation>Close evaluation</translation>
    </message>
    <message>
        <source>请先在上方选择一个团支部。</source>
        <translation>Please choose a League branch above first.</translation>
    </message>
    <message>
        <source>{year}年度团员教育评议尚未开启。开启后按名单打印测评票，会后录入票数。</source>
        <translation>The {year} evaluation has not been opened. Open it to print the ballots for the members listed, then type in the votes after the meeting.</translation>
    </message>
    <message>
        <source>取自会议记录</source>
        <translation>Taken from the meeting record</translation>
    </message>
    <message>
        <source>{year}年度团员教育评议已于 {day} 经上级批准，结果已记入团员档案。</source>
        <translation>The {year} evaluation was approved on {day}; the results are in the members&apos; records.</translation>
    </message>
    <message>
        <source>{year}年度团员教育评议进行中：参评 {n} 人。</source>
        <translation>{year} evaluation in progress: {n} members evaluated.</translation>
    </message>
    <message>
        <source>（未登记，手动填写）</source>
        <translation>(not recorded, type the facts in)</translation>
    </message>
    <message>
        <source>关闭评议后，基本合格的谈心谈话和不合格的再次评议列在这里。</source>
        <translation>After closing, talks with members graded Basic pass and re-evaluations of members graded Fail are listed here.</translation>
    </message>
    <message>
        <source>{name}&#x3000;基本合格：待谈心谈话</source>
        <translation>{name}  Basic pass: talk still to be held</translation>
    </message>
    <message>
        <source>{name}&#x3000;不合格：{day} 前再次评议</source>
        <translation>{name}  Fail: re-evaluate by {day}</translation>
    </message>
    <message>
        <source>没有待跟进的事项。</source>
        <translation>Nothing to follow up.</translation>
    </message>
    <message>
        <source>不能开启评议</source>
        <translation>Cannot open the evaluation</translation>
    </message>
    <message>
        <source>不能关联这次会议</source>
        <translation>Cannot use this meeting</translation>
    </message>
    <message>
        <source>自我评价</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>{name}的书面自我评价（摘要）：</source>
        <translation>{name}&apos;s written self-assessment (summary):</translation>
    </message>
    <message>
        <source>评议还不能关闭：</source>
        <translation>The evaluation cannot be closed yet:</translation>
    </message>
    <message>
        <source>优秀 {n} / {total} 人（{percent}），上限 {limit}% 即 {cap} 人</source>
        <translation>Excellent {n} / {total} ({percent}), limit {limit}% = {cap}</translation>
    </message>
    <message>
        <source>{n} 行合计与测评票张数不符</source>
        <translation>{n} rows do not add up to the ballots</translation>
    </message>
    <message>
        <source>{n} 人未录入票数</source>
        <translation>{n} members without votes entered</translation>
    </message>
    <message>
        <source>{n} 人未定等次</source>
        <translation>{n} members without a grade</translation>
    </message>
    <message>
        <source>需到会 {n} 人</source>
        <translation>{n} must be present</translation>
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
    <name>FormButtons</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GridOptions</name>
    <message>
        <source>如：2026年秋季学期团课签到表</source>
        <translation>e.g. Autumn term 2026 League lecture sign-in</translation>
    </message>
    <message>
        <source>会议类型决定名单：支部委员会只列支委，团小组会只列该团小组</source>
        <translation>The meeting kind decides who is listed: a branch committee meeting lists the committee, a League group meeting that group only</translation>
    </message>
    <message>
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>会议类型：</source>
        <translation>Meeting kind:</translation>
    </message>
    <message>
        <source>团小组：</source>
        <translation>League group:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>排列顺序：</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>空白行：</source>
        <translation>Blank rows:</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>再加一周</source>
        <translation>Add a week later</translation>
    </message>
    <message>
        <source>添加最后一个日期的七天之后</source>
        <translation>Add the date seven days after the last one</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>本支部还没有团小组，无法按团小组打印。请先在名册中为团员设置团小组。</source>
        <translation>This branch has no League groups yet, so nothing can be printed for a group. Assign members to groups in the roster first.</translation>
    </message>
    <message>
        <source>{n} 人 × {dates} 次</source>
        <translation>{n} people × {dates} dates</translation>
    </message>
</context>
<context>
    <name>GuestList</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位、职务或身份</source>
        <translation>Unit, post or role</translation>
    </message>
    <message>
        <source>添加列席人员</source>
        <translation>Add a non-voting attendee</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
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
        <source>其他支部</source>
        <translation>Other branch</translation>
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
        <source>按表中“所在支部”分别导入各支部</source>
        <translation>Each row into the branch its 所在支部 (branch) column names</translation>
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
        <source>，其他支部 {n} 人本次不导入</source>
        <translation>, {n} of other branches left for their own import</translation>
    </message>
    <message>
        <source>，分属 {n} 个支部</source>
        <translation>, in {n} branches</translation>
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
        <source>已按所在支部导入到 {n} 个支部</source>
        <translation>Imported into {n} branches by the branch column</translation>
    </message>
    <message>
        <source>已导入到“{branch}”</source>
        <translation>Imported into “{branch}”</translation>
    </message>
    <message>
        <source>：新增 {created} 人，更新 {updated} 人，跳过 {skipped} 人。</source>
        <translation>: {created} added, {updated} updated, {skipped} skipped.</translation>
    </message>
    <message>
        <source>导入前的团务文件已自动备份。如需撤销本次导入，请用“文件 → 恢复备份…”选择“导入前”的备份。</source>
        <translation>The league file was backed up before the import. To undo this import, use File → Restore backup… and choose the backup marked “Before import”.</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
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
    <message>
        <source>导入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>基本合格</source>
        <translation>Basic pass</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>正常注册</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>暂缓注册</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>不予注册</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>支部大会</source>
        <translation>Branch general meeting</translation>
    </message>
    <message>
        <source>支部委员会</source>
        <translation>Branch committee meeting</translation>
    </message>
    <message>
        <source>团小组会</source>
        <translation>League group meeting</translation>
    </message>
    <message>
        <source>团课</source>
        <translation>League lecture</translation>
    </message>
    <message>
        <source>主题团日</source>
        <translation>Theme day</translation>
    </message>
    <message>
        <source>组织生活会</source>
        <translation>Organisational life meeting</translation>
    </message>
    <message>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>事假</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <source>病假</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>公假</source>
        <translation>Official leave</translation>
    </message>
    <message>
        <source>无故缺席</source>
        <translation>Absent without reason</translation>
    </message>
    <message>
        <source>一般决议</source>
        <translation>General resolution</translation>
    </message>
    <message>
        <source>发展团员</source>
        <translation>Admission of members</translation>
    </message>
    <message>
        <source>推优入党</source>
        <translation>Recommendation to the Party</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>每季度</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>每半年</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <source>每年</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>按需召开</source>
        <translation>As needed</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>待召开</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>按需</source>
        <translation>As needed</translation>
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
        <source>组织生活</source>
        <translation>Organisational life</translation>
    </message>
    <message>
        <source>两制</source>
        <translation>Evaluation and registration</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printing</translation>
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
        <source>打印花名册…</source>
        <translation>Print roster…</translation>
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
    <name>MeetingForm</name>
    <message>
        <source>会议记录 — {kind} {date}</source>
        <translation>Meeting record — {kind} {date}</translation>
    </message>
    <message>
        <source>登记会议</source>
        <translation>Record a meeting</translation>
    </message>
    <message>
        <source>会议信息</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>出席情况</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>列席与决议</source>
        <translation>Guests and resolutions</translation>
    </message>
    <message>
        <source>议程与发言</source>
        <translation>Agenda and speakers</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>（不限团小组）</source>
        <translation>(all groups)</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>本次会议开展团员教育评议（须{rule}团员到会）</source>
        <translation>This meeting holds the annual member evaluation ({rule} of the members must attend)</translation>
    </message>
    <message>
        <source> 学时</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>会议类型：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>团小组：</source>
        <translation>League group:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>时间：</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>地点：</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>议题：</source>
        <translation>Topics:</translation>
    </message>
    <message>
        <source>主持人：</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <source>记录人：</source>
        <translation>Recorder:</translation>
    </message>
    <message>
        <source>团课学时：</source>
        <translation>Lecture hours:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>全部出席</source>
        <translation>All present</translation>
    </message>
    <message>
        <source>清除登记</source>
        <translation>Clear attendance</translation>
    </message>
    <message>
        <source>空格键勾选到会；数字键 1–6 依次为出席、迟到、事假、病假、公假、无故缺席。开始登记后，未勾选的人员记为无故缺席。</source>
        <translation>Space ticks who came; keys 1–6 set present, late, personal leave, sick leave, official leave, absent without reason. Once recording starts, anyone not ticked counts as absent without reason.</translation>
    </message>
    <message>
        <source>列席人员（不计入应到、实到人数，不参加表决）：</source>
        <translation>Non-voting attendees (not counted as expected or present, no vote):</translation>
    </message>
    <message>
        <source>决议及表决情况：</source>
        <translation>Resolutions and votes:</translation>
    </message>
    <message>
        <source>每行一项议程</source>
        <translation>One agenda item per line</translation>
    </message>
    <message>
        <source>张三（书记）：……
李四：……</source>
        <translation>Zhang San (secretary): …
Li Si: …</translation>
    </message>
    <message>
        <source>会议议程：</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>发言要点：</source>
        <translation>Speakers&apos; points:</translation>
    </message>
    <message>
        <source>打印签到表</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <source>打印会议记录</source>
        <translation>Print minutes</translation>
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
        <source>应到 {expected} 人，已登记到会 {present} 人</source>
        <translation>{expected} expected, {present} recorded as present</translation>
    </message>
    <message>
        <source>出席情况（{present}/{expected}）</source>
        <translation>Attendance ({present}/{expected})</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>添加照片或文件</source>
        <translation>Add photos or files</translation>
    </message>
    <message>
        <source>照片和文件 (*.jpg *.jpeg *.png *.gif *.pdf *.doc *.docx *.xls *.xlsx);;所有文件 (*)</source>
        <translation>Photos and files (*.jpg *.jpeg *.png *.gif *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>{name}（{size} KB，保存后存入团务文件）</source>
        <translation>{name} ({size} KB, kept in the league file when saved)</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>签到表</source>
        <translation>sign-in sheet</translation>
    </message>
    <message>
        <source>会议记录</source>
        <translation>minutes</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>组织生活</source>
        <translation>Organisational life</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>登记会议…</source>
        <translation>Record a meeting…</translation>
    </message>
    <message>
        <source>打印台账</source>
        <translation>Print ledger</translation>
    </message>
    <message>
        <source>导出台账…</source>
        <translation>Export ledger…</translation>
    </message>
    <message>
        <source>规则设置…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <source>会议记录</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>组织生活年度完成情况</source>
        <translation>Organisational life this year</translation>
    </message>
    <message>
        <source>年度完成情况</source>
        <translation>Year at a glance</translation>
    </message>
    <message>
        <source>出勤统计</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>组织生活记录</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>实到</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>法定人数</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>决议</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>未打开团务文件。</source>
        <translation>No league file is open.</translation>
    </message>
    <message>
        <source>组织生活按支部记录：请在上方工具栏选择一个支部。</source>
        <translation>Meetings are kept per branch: please choose a branch in the toolbar above.</translation>
    </message>
    <message>
        <source>双击会议打开；“年度完成情况”显示各类会议的完成、待开和逾期。</source>
        <translation>Double-click a meeting to open it; &quot;Year at a glance&quot; shows what is done, due and overdue.</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>不设</source>
        <translation>None</translation>
    </message>
    <message>
        <source>✗ 不足</source>
        <translation>✗ Below</translation>
    </message>
    <message>
        <source>✓ 达到</source>
        <translation>✓ Reached</translation>
    </message>
    <message>
        <source>共 {n} 次会议</source>
        <translation>{n} meetings</translation>
    </message>
    <message>
        <source>，其中 {n} 次不足法定人数（决议无效）</source>
        <translation>, {n} below quorum (resolutions void)</translation>
    </message>
    <message>
        <source>删除会议记录</source>
        <translation>Delete meeting record</translation>
    </message>
    <message>
        <source>删除 {date} 的{kind}记录（含出席情况、决议和附件）？此操作不能撤销。</source>
        <translation>Delete the {kind} of {date} (with attendance, resolutions and attachments)? This cannot be undone.</translation>
    </message>
    <message>
        <source>{branch}{year}年组织生活台账.xlsx</source>
        <translation>{branch} ledger {year}.xlsx</translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not done</translation>
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
        <translation>Details</translation>
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
        <source>个人信息</source>
        <translation>Personal</translation>
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
        <translation>Note</translation>
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
        <source>{name}的{what}</source>
        <translation>{what} of {name}</translation>
    </message>
    <message>
        <source>办理离团/转出…</source>
        <translation>Leave / transfer out…</translation>
    </message>
    <message>
        <source>团籍变动</source>
        <translation>Membership changes</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Change</translation>
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
        <translation>Record a discipline…</translation>
    </message>
    <message>
        <source>处分日期</source>
        <translation>Date</translation>
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
        <translation>{name}&#x3000;{branch}</translation>
    </message>
    <message>
        <source>（自 {day}）</source>
        <translation> (since {day})</translation>
    </message>
    <message>
        <source>当前团籍状态：{status}{since}</source>
        <translation>Current membership status: {status}{since}</translation>
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
        <translation>{n} to correct before saving</translation>
    </message>
    <message>
        <source>{n} 条提示（可保存，保存后标记待核实）</source>
        <translation>{n} warnings (can be saved, marked for checking)</translation>
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
        <source>本轮评议没有参评团员。</source>
        <translation>No members are evaluated in this round.</translation>
    </message>
    <message>
        <source>会议人数有误：应到{expected}人，实到{present}人。实到不能多于应到。</source>
        <translation>The meeting counts are wrong: {expected} expected, {present} present. No more can be present than expected.</translation>
    </message>
    <message>
        <source>应到{expected}人，实到{present}人，不足评议所需的{required}人（须{rule_text}团员到会），评议无效。请另行召开会议。</source>
        <translation>{expected} expected, {present} present: the evaluation needs {required} ({rule_text} of the members must attend), so it is not valid. Hold another meeting.</translation>
    </message>
    <message>
        <source>请填写收回的测评票张数。</source>
        <translation>Please enter the number of ballots collected.</translation>
    </message>
    <message>
        <source>收回测评票{ballots}张，多于实到人数{present}人，请核对。</source>
        <translation>{ballots} ballots collected but only {present} present; please check.</translation>
    </message>
    <message>
        <source>{name}的得票合计{total}票，与测评票张数{ballots}张不符，请核对。</source>
        <translation>{name}&apos;s votes add up to {total}, not to the {ballots} ballots; please check.</translation>
    </message>
    <message>
        <source>还有{count}名团员没有评定等次：{names}{more_text}。</source>
        <translation>{count} members have no grade yet: {names}{more_text}.</translation>
    </message>
    <message>
        <source>评为优秀{excellent}人，超过参评{evaluated}人的{percent}%（最多{cap}人），请减少{over}名优秀。</source>
        <translation>{excellent} graded Excellent, more than {percent}% of the {evaluated} evaluated (at most {cap}); please grade {over} fewer as Excellent.</translation>
    </message>
    <message>
        <source>请填写上级团委批准评议结果的日期。</source>
        <translation>Please enter the date the League committee approved the results.</translation>
    </message>
    <message>
        <source>上级批准日期（{approved_on}）早于评议会议日期（{meeting_date}），请核对。</source>
        <translation>The approval date ({approved_on}) is before the meeting ({meeting_date}); please check.</translation>
    </message>
    <message>
        <source>再次评议日期应在{earliest}至{latest}之间（评定后3至6个月），现为{date}。</source>
        <translation>The re-evaluation must fall between {earliest} and {latest} (3 to 6 months after the grade); it is {date}.</translation>
    </message>
    <message>
        <source>等</source>
        <translation> and others</translation>
    </message>
    <message>
        <source>评议为{grade}</source>
        <translation>Graded {grade}</translation>
    </message>
    <message>
        <source>未参加评议（保留团籍的党员等）</source>
        <translation>Not evaluated (e.g. a Party member keeping League membership)</translation>
    </message>
    <message>
        <source>评议为不合格，限期改正后再次评议</source>
        <translation>Graded Fail: to improve and be evaluated again</translation>
    </message>
    <message>
        <source>暂缓注册后再次评议仍不合格</source>
        <translation>Failed the re-evaluation after a deferral</translation>
    </message>
    <message>
        <source>正受留团察看处分，恢复团员权利后再注册</source>
        <translation>On probation (留团察看): registered once their rights are restored</translation>
    </message>
    <message>
        <source>没有评议等次</source>
        <translation>No grade</translation>
    </message>
    <message>
        <source>注册结果由“{derived}”改为“{outcome}”，请写明原因。</source>
        <translation>The outcome changed from &quot;{derived}&quot; to &quot;{outcome}&quot;: please give the reason.</translation>
    </message>
    <message>
        <source>暂缓注册请填写暂缓期限。</source>
        <translation>Please enter how long registration is deferred.</translation>
    </message>
    <message>
        <source>暂缓期限应在{earliest}至{latest}之间（3至6个月），现为{date}。</source>
        <translation>The deferral must end between {earliest} and {latest} (3 to 6 months); it is {date}.</translation>
    </message>
    <message>
        <source>团籍状态为“{status}”。</source>
        <translation>Membership status is &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>已是{status}。</source>
        <translation>Already {status}.</translation>
    </message>
    <message>
        <source>缺少出生日期，无法核对年龄。</source>
        <translation>No birth date: the age cannot be checked.</translation>
    </message>
    <message>
        <source>{date}时已{age}周岁，超过{max_age}周岁。</source>
        <translation>Aged {age} on {date}, over {max_age}.</translation>
    </message>
    <message>
        <source>请填写递交入党申请书的日期。</source>
        <translation>Please enter the date of the Party application.</translation>
    </message>
    <message>
        <source>入党申请（{applied_on}）不满{months}个月，{earliest}起可推荐。</source>
        <translation>The Party application ({applied_on}) is less than {months} months old; may be recommended from {earliest}.</translation>
    </message>
    <message>
        <source>缺少入团年月，无法核对团龄。</source>
        <translation>No date of joining the League: membership length cannot be checked.</translation>
    </message>
    <message>
        <source>入团（{joined_on}）不满{months}个月，{earliest}起可推荐。</source>
        <translation>A member since {joined_on}, less than {months} months; may be recommended from {earliest}.</translation>
    </message>
    <message>
        <source>正受团内处分（{level}）。</source>
        <translation>Under League discipline ({level}).</translation>
    </message>
    <message>
        <source>到会人数未超过应到人数的半数，表决无效</source>
        <translation>Not more than half of those expected were present: the vote is not valid</translation>
    </message>
    <message>
        <source>票数或人数有误（票数多于实到人数，或实到多于应到）</source>
        <translation>Wrong counts (more votes than members present, or more present than expected)</translation>
    </message>
    <message>
        <source>赞成票未超过应到会有表决权团员的半数</source>
        <translation>Yes votes were not more than half of the voting members expected</translation>
    </message>
    <message>
        <source>找不到这一轮评议或注册记录。</source>
        <translation>This evaluation or registration round cannot be found.</translation>
    </message>
    <message>
        <source>本支部{year}年度已有这一项工作的记录，不能重复开启。</source>
        <translation>The branch already has this for {year}; it cannot be opened twice.</translation>
    </message>
    <message>
        <source>{year}年度的这一项工作已经完成，不能再修改。</source>
        <translation>This was completed for {year} and can no longer be changed.</translation>
    </message>
    <message>
        <source>找不到这名团员的记录。</source>
        <translation>This member&apos;s entry cannot be found.</translation>
    </message>
    <message>
        <source>本支部没有需要参加评议的团员。</source>
        <translation>The branch has no members to evaluate.</translation>
    </message>
    <message>
        <source>人数和票数应为不小于0的整数。</source>
        <translation>Counts and votes must be whole numbers of 0 or more.</translation>
    </message>
    <message>
        <source>“{value}”不是有效的日期，请按 2025-12-20 的格式填写。</source>
        <translation>&quot;{value}&quot; is not a valid date; please write it like 2025-12-20.</translation>
    </message>
    <message>
        <source>团员教育评议应在支部大会或组织生活会上进行，不能用“{value}”。</source>
        <translation>The evaluation is held at a branch general meeting or an organisational life meeting, not at &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>{year}年度团员教育评议尚未完成（关闭），团籍注册要依据评议结果。</source>
        <translation>The {year} evaluation has not been closed yet; registration follows from its results.</translation>
    </message>
    <message>
        <source>{name}不是待处理的暂缓注册，无需再办理。</source>
        <translation>{name} has no open deferral; nothing to do.</translation>
    </message>
    <message>
        <source>找不到这次会议的记录，可能已经删除。</source>
        <translation>The record of this meeting cannot be found; it may have been deleted.</translation>
    </message>
    <message>
        <source>{date}的{kind}是{branch}的会议，不能作为本支部评议的会议。</source>
        <translation>The {kind} of {date} belongs to {branch} and cannot hold this branch&apos;s evaluation.</translation>
    </message>
    <message>
        <source>{date}的会议是{kind}。团员教育评议应在支部大会或组织生活会上进行。</source>
        <translation>The meeting of {date} is a {kind}. The evaluation must be held at a branch general meeting or an organisational life meeting.</translation>
    </message>
    <message>
        <source>本轮评议在{date}的{kind}上进行，会议日期和应到、实到人数以会议记录为准；要手工填写，请先选择“未登记，手动填写”。</source>
        <translation>This evaluation is held at the {kind} of {date}: the date and the numbers expected and present come from its record. To type them in, first choose “not recorded, type the facts in”.</translation>
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
        <translation>{label} &quot;{value}&quot; is not one of the choices; please pick from the list.</translation>
    </message>
    <message>
        <source>{label}“{value}”不是有效的日期，请按{pattern}填写。</source>
        <translation>{label} &quot;{value}&quot; is not a valid date; please write it as {pattern}.</translation>
    </message>
    <message>
        <source>{label}“{value}”晚于今天（{today}），请核对。</source>
        <translation>{label} &quot;{value}&quot; is after today ({today}); please check.</translation>
    </message>
    <message>
        <source>{label}应为18位，现为{length}位，请核对证件。</source>
        <translation>{label} should have 18 characters but has {length}; please check the ID card.</translation>
    </message>
    <message>
        <source>{label}只能是17位数字加1位数字或X，请核对证件。</source>
        <translation>{label} must be 17 digits followed by a digit or X; please check the ID card.</translation>
    </message>
    <message>
        <source>{label}中的出生日期（第7–14位）不是有效日期，请核对证件。</source>
        <translation>The birth date in {label} (characters 7–14) is not a valid date; please check the ID card.</translation>
    </message>
    <message>
        <source>{label}校验位错误：按前17位计算应为 {expected}，请核对证件。</source>
        <translation>The check character of {label} is wrong: the first 17 give {expected}; please check the ID card.</translation>
    </message>
    <message>
        <source>{label}与公民身份号码不符：证件显示为 {expected}，请改正其中之一。</source>
        <translation>{label} does not match the ID number, which says {expected}; please correct one of them.</translation>
    </message>
    <message>
        <source>{label}与公民身份号码不符：证件显示为“{expected}”，请改正其中之一。</source>
        <translation>{label} does not match the ID number, which says &quot;{expected}&quot;; please correct one of them.</translation>
    </message>
    <message>
        <source>{label}早于出生日期（{birth}），请核对。</source>
        <translation>{label} is before the birth date ({birth}); please check.</translation>
    </message>
    <message>
        <source>入团时年龄为{age}周岁，不在{min}–{max}周岁之间。请核对{label}和出生日期。</source>
        <translation>Age at joining was {age}, not between {min} and {max}. Please check {label} and the birth date.</translation>
    </message>
    <message>
        <source>入团时年龄为{age}周岁，不在{min}–{max}周岁之间（{strict_from}年前入团，仅作提示）。请核对{label}和出生日期。</source>
        <translation>Age at joining was {age}, not between {min} and {max} (joined before {strict_from}: a warning only). Please check {label} and the birth date.</translation>
    </message>
    <message>
        <source>{since}年起入团的团员必须填写{label}（{length}位数字，前4位为入团年份）。</source>
        <translation>Members who joined in {since} or later must have {label} ({length} digits, the first 4 the year of joining).</translation>
    </message>
    <message>
        <source>{label}应为{length}位数字，现为{given_length}位或含有非数字字符，请核对。</source>
        <translation>{label} should be {length} digits; it has {given_length} characters or non-digits. Please check.</translation>
    </message>
    <message>
        <source>{label}应为{length}位数字，现为{given_length}位或含有非数字字符（仅作提示）。</source>
        <translation>{label} should be {length} digits; it has {given_length} characters or non-digits (a warning only).</translation>
    </message>
    <message>
        <source>{label}前4位应为入团年份 {expected}，现为 {given}。请核对编号或入团年月。</source>
        <translation>The first 4 digits of {label} should be the year of joining {expected}, not {given}. Please check the number or the joining date.</translation>
    </message>
    <message>
        <source>{label}前4位应为入团年份 {expected}，现为 {given}（仅作提示）。</source>
        <translation>The first 4 digits of {label} should be the year of joining {expected}, not {given} (a warning only).</translation>
    </message>
    <message>
        <source>{label}已被“{branch}”的 {name} 使用，编号不能重复，请核对。</source>
        <translation>{label} is already used by {name} of &quot;{branch}&quot;; numbers cannot repeat. Please check.</translation>
    </message>
    <message>
        <source>{label}应为{expected}位数字，现为{length}位，请核对。</source>
        <translation>{label} should be {expected} digits but has {length}; please check.</translation>
    </message>
    <message>
        <source>{label}“{value}”不像大陆手机号码（应以13–19开头），请核对。</source>
        <translation>{label} &quot;{value}&quot; does not look like a mainland mobile number (13–19 at the start); please check.</translation>
    </message>
    <message>
        <source>{label}“{value}”格式不对，应类似 name@example.com。</source>
        <translation>{label} &quot;{value}&quot; is not well formed; it should look like name@example.com.</translation>
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
        <translation>{label} is filled in but there is no League post. Please add the post or clear this field.</translation>
    </message>
    <message>
        <source>{label}早于入团年月（{joined_on}），请核对。</source>
        <translation>{label} is before the joining date ({joined_on}); please check.</translation>
    </message>
    <message>
        <source>{label}与“{branch}”的 {name}（{status}）相同。同一人只需录入一次，请核对证件。</source>
        <translation>{label} is the same as {name} ({status}) of &quot;{branch}&quot;. Enter a person only once; please check the ID card.</translation>
    </message>
    <message>
        <source>此人已在“{branch}”登记（{name}，{status}）。同一人只能在一个支部在册：如是组织关系转接，请在原记录上办理转出和转入，不要重复录入。</source>
        <translation>This person is already registered in &quot;{branch}&quot; ({name}, {status}). A person belongs to one branch only: for a transfer, record the transfer out and in on the existing record instead of entering them again.</translation>
    </message>
    <message>
        <source>所选{label}不属于该支部，请重新选择。</source>
        <translation>The chosen {label} is not in this branch; please choose again.</translation>
    </message>
    <message>
        <source>本支部已有名为“{name}”的团小组，请换一个名称。</source>
        <translation>This branch already has a League group called &quot;{name}&quot;; please choose another name.</translation>
    </message>
    <message>
        <source>团籍状态为“{current}”的团员不能办理“{event}”。</source>
        <translation>A member whose status is &quot;{current}&quot; cannot have &quot;{event}&quot;.</translation>
    </message>
    <message>
        <source>开除团籍是团内处分，请通过“处分”登记，并写明决定会议和批准机关。</source>
        <translation>Expulsion is a League discipline: record it under &quot;Discipline&quot; with the deciding meeting and the approving body.</translation>
    </message>
    <message>
        <source>该团员 {birthday} 才年满{age}周岁，{label}不能早于这一天。</source>
        <translation>This member turns {age} on {birthday}; {label} cannot be earlier.</translation>
    </message>
    <message>
        <source>团籍状态为“{status}”，已不在册，不能再给予处分。</source>
        <translation>The membership status is &quot;{status}&quot;: no longer on the roster, so no discipline can be given.</translation>
    </message>
    <message>
        <source>该团员没有团内职务，不能给予“撤销团内职务”处分。</source>
        <translation>This member holds no League post, so &quot;removal from post&quot; cannot be given.</translation>
    </message>
    <message>
        <source>开除团籍不能解除；如需恢复团籍，须重新履行入团手续。</source>
        <translation>An expulsion cannot be lifted; to return, the person must apply to join again.</translation>
    </message>
    <message>
        <source>该处分已于 {lifted_on} 解除。</source>
        <translation>This discipline was lifted on {lifted_on}.</translation>
    </message>
    <message>
        <source>{label}不能早于处分日期（{decided_on}）。</source>
        <translation>{label} cannot be before the date of the discipline ({decided_on}).</translation>
    </message>
    <message>
        <source>请输入该团员的姓名“{name}”以确认删除。删除后无法恢复；团员离团请改用“离团/转出”。</source>
        <translation>Type the member&apos;s name &quot;{name}&quot; to confirm the deletion. It cannot be undone; for a member who leaves, use &quot;Leave / transfer out&quot;.</translation>
    </message>
    <message>
        <source>“年-月”（如 2019-09）</source>
        <translation>&quot;year-month&quot; (e.g. 2019-09)</translation>
    </message>
    <message>
        <source>“年-月-日”（如 2005-09-01）</source>
        <translation>&quot;year-month-day&quot; (e.g. 2005-09-01)</translation>
    </message>
    <message>
        <source>将于{birthday}年满28周岁（还有{days_left}天）</source>
        <translation>turns 28 on {birthday} ({days_left} days left)</translation>
    </message>
    <message>
        <source>已于{birthday}年满28周岁，未担任团内职务，应办理超龄离团</source>
        <translation>turned 28 on {birthday} and holds no League post: should leave the League by age</translation>
    </message>
    <message>
        <source>超过15个月未团籍注册（最近：{last}）</source>
        <translation>not registered for over 15 months (last: {last})</translation>
    </message>
    <message>
        <source>近6个月未参加组织生活（缺席{missed}次）</source>
        <translation>absent from organisational life for 6 months ({missed} meetings missed)</translation>
    </message>
    <message>
        <source>从未注册</source>
        <translation>never</translation>
    </message>
    <message>
        <source>找不到可用于打印的中文字体。请重新安装团务通，或安装微软雅黑、宋体或文泉驿字体后重试。</source>
        <translation>No Chinese font for printing was found. Please reinstall LeagueDesk, or install Microsoft YaHei, SimSun or WenQuanYi and try again.</translation>
    </message>
    <message>
        <source>无法保存到“{path}”：{reason}。</source>
        <translation>Cannot save to &quot;{path}&quot;: {reason}.</translation>
    </message>
    <message>
        <source>请至少指定一个日期。</source>
        <translation>Please give at least one date.</translation>
    </message>
    <message>
        <source>无法识别日期或时间“{value}”。日期请写成 2026-12-01，时间请写成 19:00。</source>
        <translation>Cannot read the date or time &quot;{value}&quot;. Write dates as 2026-12-01 and times as 19:00.</translation>
    </message>
    <message>
        <source>所在文件夹不存在</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>没有写入权限，或文件正被其他程序（如PDF阅读器、Excel、WPS）打开，请关闭后重试</source>
        <translation>no permission to write, or the file is open in another program (such as a PDF viewer, Excel or WPS); close it and try again</translation>
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
        <source>生成PDF时出现意外错误（{detail}）。请重试；如果问题仍然存在，请联系技术支持。</source>
        <translation>An unexpected error occurred while making the PDF ({detail}). Please try again; if it keeps happening, contact support.</translation>
    </message>
    <message>
        <source>找不到文件“{file}”。</source>
        <translation>File “{file}” was not found.</translation>
    </message>
    <message>
        <source>无法读取“{file}”：{detail}。请检查文件是否被其他程序占用，或是否有访问权限。</source>
        <translation>Cannot read “{file}”: {detail}. Check that no other program holds the file and that you may open it.</translation>
    </message>
    <message>
        <source>不支持“{file}”这种文件。请使用 Excel/WPS 表格（.xlsx、.xls）或 CSV 文件。</source>
        <translation>“{file}” is not a supported file type. Use an Excel/WPS spreadsheet (.xlsx, .xls) or a CSV file.</translation>
    </message>
    <message>
        <source>“{file}”其实是网页或 XML 格式，其中没有可读取的表格。请用 Excel 或 WPS 打开它，另存为“Excel 工作簿（.xlsx）”后再导入。</source>
        <translation>“{file}” is really a web page or XML file with no table LeagueDesk can read. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import that.</translation>
    </message>
    <message>
        <source>“{file}”已损坏或不是有效的表格文件，无法读取。请用 Excel 或 WPS 打开检查，另存为 .xlsx 后再导入。</source>
        <translation>“{file}” is damaged or not a valid spreadsheet. Open it in Excel or WPS to check it, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>“{file}”设置了打开密码。请在 Excel 或 WPS 中取消密码并保存后再导入。</source>
        <translation>“{file}” is protected by a password. Remove the password in Excel or WPS, save, and import again.</translation>
    </message>
    <message>
        <source>“{file}”是空的，没有可导入的内容。</source>
        <translation>“{file}” is empty: there is nothing to import.</translation>
    </message>
    <message>
        <source>“{file}”中没有名为“{sheet}”的工作表。现有工作表：{sheets}。</source>
        <translation>“{file}” has no sheet named “{sheet}”. Its sheets are: {sheets}.</translation>
    </message>
    <message>
        <source>无法识别“{file}”的文字编码（不是 UTF-8，也不是 GBK/GB18030），为避免导入乱码已停止。请用 Excel 或 WPS 打开它，另存为 .xlsx 后再导入。</source>
        <translation>The text encoding of “{file}” is neither UTF-8 nor GBK/GB18030, so the import stopped rather than bring in garbled text. Open it in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>在“{file}”的工作表“{sheet}”前 15 行中没有找到表头（如“姓名”“身份证号码”）。请确认选择了正确的工作表，或在导入时手动指定各列。</source>
        <translation>No header row (such as 姓名, 身份证号码) was found in the first 15 rows of sheet “{sheet}” in “{file}”. Check that the right sheet is chosen, or map the columns by hand.</translation>
    </message>
    <message>
        <source>“{file}”的工作表“{sheet}”缺少必需的列：{missing}。请在表格中补上这些列，或在导入时手动指定对应的列。</source>
        <translation>Sheet “{sheet}” in “{file}” lacks required columns: {missing}. Add them to the spreadsheet, or map the matching columns by hand.</translation>
    </message>
    <message>
        <source>列的对应关系无效：{detail}</source>
        <translation>The column mapping is not valid: {detail}</translation>
    </message>
    <message>
        <source>“{file}”中有 {rows} 行存在错误，未导入任何数据。请修改后重新导入。</source>
        <translation>{rows} rows in “{file}” have errors, so nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
        <source>导入期间团务文件已被修改（例如已有相同身份证号码的团员），为安全起见未导入任何数据。请重新检查后再导入。</source>
        <translation>The league file changed during the import (for example a member with the same ID number was added), so nothing was imported to be safe. Check the spreadsheet again and re-import.</translation>
    </message>
    <message>
        <source>已取消导入，团务文件未作任何改动。</source>
        <translation>Import cancelled; the league file is unchanged.</translation>
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
        <source>表格中有多个支部，这一行属于“{given}”，不是正在导入的“{branch}”，本次不导入。请再把这个表格导入到“{given}”，或选择按表中“所在支部”导入。</source>
        <translation>The sheet holds several branches; this row belongs to “{given}”, not “{branch}” being imported, and is left out. Import the sheet into “{given}” as well, or choose to import by the sheet&apos;s branch column.</translation>
    </message>
    <message>
        <source>团务文件中没有名为“{given}”的支部。请先在“管理支部”中新建，或把这一格改成已有支部的名称。</source>
        <translation>The league file has no branch named “{given}”. Create it first under Manage Branches, or change this cell to the name of an existing branch.</translation>
    </message>
    <message>
        <source>支部“{given}”已撤销，不能再导入团员。请改成团员现在所在的支部。</source>
        <translation>Branch “{given}” has been dissolved and cannot take new members. Change this cell to the member&apos;s current branch.</translation>
    </message>
    <message>
        <source>没有填写所在支部。按表中“所在支部”导入时，每一行都要有支部（合并的单元格算作其下各行）。</source>
        <translation>No branch given. When importing by the branch column, every row needs a branch (a merged cell counts for the rows under it).</translation>
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
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>没有“{value}”这种会议类型。可选：{known}。</source>
        <translation>There is no meeting kind &quot;{value}&quot;. Choose from: {known}.</translation>
    </message>
    <message>
        <source>排列顺序“{value}”无效：可选 pinyin（按姓名拼音）或 group（按团小组）。</source>
        <translation>The order &quot;{value}&quot; is not valid: use pinyin (by name) or group (by League group).</translation>
    </message>
    <message>
        <source>{kind}需要指定团小组（命令行用 --group 团小组名称）。</source>
        <translation>A {kind} needs a League group (on the command line: --group NAME).</translation>
    </message>
    <message>
        <source>本支部没有名为“{value}”的团小组。</source>
        <translation>This branch has no League group called &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>请填写{field}。</source>
        <translation>Please fill in {field}.</translation>
    </message>
    <message>
        <source>上一步“{step}”尚未完成，不能跳过。</source>
        <translation>The previous step &quot;{step}&quot; is not done yet and cannot be skipped.</translation>
    </message>
    <message>
        <source>日期早于上一步“{step}”（{previous_date}），请按顺序填写日期。</source>
        <translation>The date is before the previous step &quot;{step}&quot; ({previous_date}); please keep the dates in order.</translation>
    </message>
    <message>
        <source>日期晚于已记录的下一步“{step}”（{next_date}），请先核对下一步的日期。</source>
        <translation>The date is after the recorded next step &quot;{step}&quot; ({next_date}); please check that date first.</translation>
    </message>
    <message>
        <source>“{step}”的公示期为{start}至{end}，公示期满后（最早{earliest}）才能进行这一步。</source>
        <translation>The public notice of &quot;{step}&quot; runs from {start} to {end}; this step can only follow once it has ended (at the earliest {earliest}).</translation>
    </message>
    <message>
        <source>按此日期公示期到{end}才结束，而下一步“{step}”已记录在{next_date}。</source>
        <translation>With this date the public notice ends on {end}, but the next step &quot;{step}&quot; is recorded on {next_date}.</translation>
    </message>
    <message>
        <source>公示开始日期（{notice_start}）不能早于支委会决定日期（{date}）。</source>
        <translation>The notice cannot start ({notice_start}) before the committee decided ({date}).</translation>
    </message>
    <message>
        <source>没有{year}年的法定节假日安排，无法按工作日计算公示期。请在“设置 → 节假日”中录入{year}年的放假和调休上班日期，或选择只按周末计算。</source>
        <translation>There is no public holiday calendar for {year}, so the notice period cannot be counted in working days. Enter the {year} holidays and make-up working days under &quot;Settings → Holidays&quot;, or count weekends only.</translation>
    </message>
    <message>
        <source>没有{year}年的法定节假日安排，公示期暂按周末计算，可能与实际放假安排不符。</source>
        <translation>There is no public holiday calendar for {year}; the notice period counts weekends only for now and may differ from the real holidays.</translation>
    </message>
    <message>
        <source>申请日（{date}）申请人{age}周岁，未满{min_age}周岁，不能申请入团。</source>
        <translation>On the application date ({date}) the applicant was {age}, younger than {min_age}, and cannot apply.</translation>
    </message>
    <message>
        <source>申请日（{date}）申请人已满{age}周岁，超过{max_age}周岁，不能申请入团。</source>
        <translation>On the application date ({date}) the applicant was {age}, older than {max_age}, and cannot apply.</translation>
    </message>
    <message>
        <source>谈话应在{due}前进行，已晚{days_late}天。请注明原因。</source>
        <translation>The talk was due by {due}; it is {days_late} days late. Please give the reason.</translation>
    </message>
    <message>
        <source>找不到所选会议的记录，请先记录这次会议。</source>
        <translation>The chosen meeting has no record; please record the meeting first.</translation>
    </message>
    <message>
        <source>这一步应由{allowed}决定，所选会议是{kind}。</source>
        <translation>This step is decided by {allowed}; the chosen meeting is a {kind}.</translation>
    </message>
    <message>
        <source>所选会议的日期是{meeting_date}，与这一步的日期（{date}）不一致。</source>
        <translation>The chosen meeting is dated {meeting_date}, not the date of this step ({date}).</translation>
    </message>
    <message>
        <source>所选会议（{date}{kind}）是{branch}的会议，不是申请人所在团支部的会议。</source>
        <translation>The chosen meeting ({date}, {kind}) was held by {branch}, not by the applicant&apos;s League branch.</translation>
    </message>
    <message>
        <source>培养联系人应为{min}至{max}名，现为{count}名。</source>
        <translation>There should be {min} to {max} mentors, not {count}.</translation>
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
        <translation>Someone in &quot;{step}&quot; is not on the roster.</translation>
    </message>
    <message>
        <source>{name}不是本支部团员，不能担任{step}。</source>
        <translation>{name} is not a member of this branch and cannot be {step}.</translation>
    </message>
    <message>
        <source>{name}的团籍状态为“{status}”，不能担任{step}。</source>
        <translation>The membership status of {name} is &quot;{status}&quot;; they cannot be {step}.</translation>
    </message>
    <message>
        <source>{name}正受留团察看处分，不能担任{step}。</source>
        <translation>{name} is on probation within the League and cannot be {step}.</translation>
    </message>
    <message>
        <source>{name}被暂缓注册，不能担任{step}。</source>
        <translation>The registration of {name} is deferred; they cannot be {step}.</translation>
    </message>
    <message>
        <source>本批{count}名发展对象的入团介绍人是同样的两人，应尽量避免。请注明原因。</source>
        <translation>All {count} candidates of this batch have the same two introducers, which should be avoided. Please give the reason.</translation>
    </message>
    <message>
        <source>团课学习共{hours}学时，不足{required}学时。</source>
        <translation>League lectures total {hours} hours, fewer than {required}.</translation>
    </message>
    <message>
        <source>自确定为入团积极分子（{start}）起培养考察不足{months}个月，最早{earliest}可确定为发展对象。</source>
        <translation>Less than {months} months of training since becoming an activist ({start}); the earliest date to become a candidate is {earliest}.</translation>
    </message>
    <message>
        <source>介绍人意见日期（{opinion_date}）不能早于填写志愿书的日期（{date}）。</source>
        <translation>The introducers&apos; opinion ({opinion_date}) cannot be before the application form was filled in ({date}).</translation>
    </message>
    <message>
        <source>应到有表决权的团员{expected}人，实到{present}人，未超过半数（至少需{needed}人），支部大会不能讨论发展团员。</source>
        <translation>{expected} voting members expected, {present} present: not more than half (at least {needed} needed), so the branch general meeting cannot decide on admissions.</translation>
    </message>
    <message>
        <source>发展对象须逐个讨论、逐个表决，不能合并表决。</source>
        <translation>Each candidate must be discussed and voted on separately, not together.</translation>
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
        <translation>Approval by the League committee above was due by {due}; it is {days_late} days late. Please give the reason.</translation>
    </message>
    <message>
        <source>入团志愿书应在{due}前录入智慧团建，已晚{days_late}天。请注明原因。</source>
        <translation>The application form was due in the online system by {due}; it is {days_late} days late. Please give the reason.</translation>
    </message>
    <message>
        <source>本支部{year}年发展名额为{quota}名，已发展{admitted}名，名额已用完。</source>
        <translation>The branch quota for {year} is {quota} and {admitted} have been admitted: the quota is used up.</translation>
    </message>
    <message>
        <source>日期{date}晚于今天（{today}）：只能记录已经完成的步骤。</source>
        <translation>The date {date} is after today ({today}): only steps already done can be recorded.</translation>
    </message>
    <message>
        <source>该申请人的状态为“{status}”，不能再记录发展步骤。</source>
        <translation>The applicant&apos;s state is &quot;{status}&quot;; no further steps can be recorded.</translation>
    </message>
    <message>
        <source>已接收为团员，“{step}”已归入档案，不能再修改。</source>
        <translation>Already admitted: &quot;{step}&quot; is part of the file and can no longer be changed.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>相关人员</source>
        <translation>People involved</translation>
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
        <translation>Notice start date</translation>
    </message>
    <message>
        <source>介绍人意见日期</source>
        <translation>Introducers&apos; opinion date</translation>
    </message>
    <message>
        <source>表决结果</source>
        <translation>Vote result</translation>
    </message>
    <message>
        <source>当年的节假日安排</source>
        <translation>The year&apos;s holidays</translation>
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
        <translation>The development number {number} is already in use.</translation>
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
        <translation>Mentor</translation>
    </message>
    <message>
        <source>入团介绍人</source>
        <translation>Introducer</translation>
    </message>
    <message>
        <source>提交入团申请书</source>
        <translation>Written application</translation>
    </message>
    <message>
        <source>谈话</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>确定入团积极分子</source>
        <translation>Activist decided</translation>
    </message>
    <message>
        <source>教育培养考察</source>
        <translation>Education and cultivation</translation>
    </message>
    <message>
        <source>确定发展对象</source>
        <translation>Candidate decided</translation>
    </message>
    <message>
        <source>上级预审</source>
        <translation>Preliminary review</translation>
    </message>
    <message>
        <source>公示发展对象</source>
        <translation>Candidate notice</translation>
    </message>
    <message>
        <source>填写入团志愿书</source>
        <translation>Application form filled in</translation>
    </message>
    <message>
        <source>支部大会讨论</source>
        <translation>Branch general meeting</translation>
    </message>
    <message>
        <source>上级团委审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>公示新团员</source>
        <translation>New member notice</translation>
    </message>
    <message>
        <source>入团仪式</source>
        <translation>Oath ceremony</translation>
    </message>
    <message>
        <source>档案</source>
        <translation>Records filed</translation>
    </message>
    <message>
        <source>申请入团</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>入团积极分子的确定和培养</source>
        <translation>Activists: choosing and cultivating</translation>
    </message>
    <message>
        <source>发展对象的确定和考察</source>
        <translation>Candidates: choosing and reviewing</translation>
    </message>
    <message>
        <source>接收新团员</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>入团仪式和档案</source>
        <translation>Ceremony and records</translation>
    </message>
    <message>
        <source>发展中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已接收为团员</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>不予接收</source>
        <translation>Not admitted</translation>
    </message>
    <message>
        <source>本人撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>入团积极分子公示</source>
        <translation>Activists notice</translation>
    </message>
    <message>
        <source>发展对象公示</source>
        <translation>Candidates notice</translation>
    </message>
    <message>
        <source>新团员公示</source>
        <translation>New members notice</translation>
    </message>
    <message>
        <source>{name}（{branch}）已用此证件号码提出入团申请，同一人只需录入一次。</source>
        <translation>{name} ({branch}) has already applied with this ID number; a person is entered only once.</translation>
    </message>
    <message>
        <source>此人已在团员名册中（{branch}，{name}，{status}），不能再作为入团申请人录入。</source>
        <translation>This person is already on a roster ({branch}, {name}, {status}) and cannot be entered as an applicant.</translation>
    </message>
    <message>
        <source>已接收为团员的申请人记录是入团档案，不能删除。</source>
        <translation>The record of an admitted applicant is part of their file and cannot be deleted.</translation>
    </message>
    <message>
        <source>该申请人的状态为“{status}”，不能再办理。</source>
        <translation>The applicant&apos;s state is &quot;{status}&quot;; this can no longer be done.</translation>
    </message>
    <message>
        <source>团课学时应大于0，且每次不超过100学时。</source>
        <translation>League lecture hours must be more than 0 and at most 100 per session.</translation>
    </message>
    <message>
        <source>找不到所选的团课记录，可能已被删除。</source>
        <translation>The selected League lecture record cannot be found; it may have been deleted.</translation>
    </message>
    <message>
        <source>所选的团课（{date}）是{branch}的团课，不是申请人所在团支部的团课。</source>
        <translation>The selected League lecture ({date}) belongs to {branch}, not to the applicant&apos;s League branch.</translation>
    </message>
    <message>
        <source>所选会议（{date}）是{kind}，不是团课，不能计入团课学时。</source>
        <translation>The selected meeting ({date}) is a {kind}, not a League lecture; it cannot count towards lecture hours.</translation>
    </message>
    <message>
        <source>{date}的团课没有登记学时，请先在会议记录中填写本次团课的学时。</source>
        <translation>The League lecture of {date} has no hours recorded. Enter its hours in the meeting record first.</translation>
    </message>
    <message>
        <source>{date}的团课已计入该申请人的团课学习，同一次团课只能计算一次。</source>
        <translation>The League lecture of {date} is already counted for this applicant; a lecture counts only once.</translation>
    </message>
    <message>
        <source>没有可公示的人员：请先记录“{step}”这一步。</source>
        <translation>Nobody to put on the notice: record the step &quot;{step}&quot; first.</translation>
    </message>
    <message>
        <source>没有符合条件的人员，无需打印。</source>
        <translation>Nobody qualifies: nothing to print.</translation>
    </message>
    <message>
        <source>不认识的阶段“{value}”：请写1–5或阶段名称（如“申请入团”）。</source>
        <translation>Unknown stage &quot;{value}&quot;: write 1–5 or the stage&apos;s name (such as 申请入团).</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>the applicant</translation>
    </message>
    <message>
        <source>团支部</source>
        <translation>the League branch</translation>
    </message>
    <message>
        <source>上级团委</source>
        <translation>the League committee above</translation>
    </message>
    <message>
        <source>支部大会</source>
        <translation>the branch general meeting</translation>
    </message>
    <message>
        <source>支部委员会</source>
        <translation>the branch committee</translation>
    </message>
    <message>
        <source>支部委员会（未设支委会的由支部大会）</source>
        <translation>the branch committee (the general meeting where there is none)</translation>
    </message>
    <message>
        <source>或</source>
        <translation> or </translation>
    </message>
    <message>
        <source>所选人员</source>
        <translation>Chosen person</translation>
    </message>
    <message>
        <source>节假日设置无法读取（{detail}），已按未设置处理。</source>
        <translation>The holiday settings cannot be read ({detail}) and are treated as not set.</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的会议记录（可能已被删除）。</source>
        <translation>There is no meeting record number {id} (it may have been deleted).</translation>
    </message>
    <message>
        <source>请填写会议日期。</source>
        <translation>Please enter the meeting date.</translation>
    </message>
    <message>
        <source>无法识别日期“{value}”，请写成 2026-12-01。</source>
        <translation>Cannot read the date &quot;{value}&quot;; write it as 2026-12-01.</translation>
    </message>
    <message>
        <source>无法识别时间“{value}”，请写成 19:00。</source>
        <translation>Cannot read the time &quot;{value}&quot;; write it as 19:00.</translation>
    </message>
    <message>
        <source>结束时间 {end} 早于开始时间 {start}，请检查。</source>
        <translation>The end time {end} is before the start time {start}; please check.</translation>
    </message>
    <message>
        <source>团课学时“{value}”无效：应为 0 到 24 之间的数字（可以是 0.5 的倍数）。</source>
        <translation>Lecture hours &quot;{value}&quot; are not valid: give a number from 0 to 24 (halves allowed).</translation>
    </message>
    <message>
        <source>“{name}”不是本支部的团员，不能登记为出席人员；非团员请登记为列席人员。</source>
        <translation>&quot;{name}&quot; is not a member of this branch and cannot be recorded as attending; record non-members as non-voting attendees.</translation>
    </message>
    <message>
        <source>第 {number} 项决议没有填写内容。</source>
        <translation>Resolution {number} has no text.</translation>
    </message>
    <message>
        <source>第 {number} 项决议的票数不能为负数。</source>
        <translation>The votes of resolution {number} cannot be negative.</translation>
    </message>
    <message>
        <source>第 {number} 项决议的赞成、反对、弃权合计 {votes} 票，超过了实到的 {present} 名团员（列席人员没有表决权）。请核对票数或出席情况。</source>
        <translation>Resolution {number} has {votes} votes for, against and abstaining in all, more than the {present} members present (non-voting attendees have no vote). Please check the votes or the attendance.</translation>
    </message>
    <message>
        <source>第 {number} 位列席人员没有填写姓名。</source>
        <translation>Non-voting attendee {number} has no name.</translation>
    </message>
    <message>
        <source>附件“{name}”有 {size_mb} MB，超过了每个附件 {limit_mb} MB 的上限。请压缩照片或视频后再添加。</source>
        <translation>The attachment &quot;{name}&quot; is {size_mb} MB, over the limit of {limit_mb} MB per attachment. Please make the photo or video smaller and add it again.</translation>
    </message>
    <message>
        <source>附件“{name}”是空文件，未添加。</source>
        <translation>The attachment &quot;{name}&quot; is empty and was not added.</translation>
    </message>
    <message>
        <source>找不到这个附件（可能已被删除）。</source>
        <translation>This attachment cannot be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>无法读取附件“{name}”：{detail}。</source>
        <translation>Cannot read the attachment &quot;{name}&quot;: {detail}.</translation>
    </message>
    <message>
        <source>半数</source>
        <translation>half</translation>
    </message>
    <message>
        <source>三分之二</source>
        <translation>two thirds</translation>
    </message>
    <message>
        <source>超过{share}</source>
        <translation>more than {share}</translation>
    </message>
    <message>
        <source>不少于{share}</source>
        <translation>at least {share}</translation>
    </message>
    <message>
        <source>应到 {expected} 人，实到 {present} 人</source>
        <translation>{expected} expected, {present} present</translation>
    </message>
    <message>
        <source>应到 {expected} 人；尚未登记出席情况。</source>
        <translation>{expected} expected; attendance not recorded yet.</translation>
    </message>
    <message>
        <source>：实到人数多于应到人数，请核对。</source>
        <translation>: more present than expected, please check.</translation>
    </message>
    <message>
        <source>（{kind}不设法定人数）。</source>
        <translation> ({kind} has no quorum).</translation>
    </message>
    <message>
        <source>，{rule}（至少 {required} 人），符合法定人数。</source>
        <translation>, {rule} (at least {required}): the quorum is reached.</translation>
    </message>
    <message>
        <source>，须{rule}到会（至少 {required} 人）：不足法定人数，会议可以记录，但所作决议无效。</source>
        <translation>, {rule} must attend (at least {required}): below quorum; the meeting can be recorded but its resolutions are void.</translation>
    </message>
    <message>
        <source>赞成 {yes}，反对 {no}，弃权 {abstain}</source>
        <translation>For {yes}, against {no}, abstaining {abstain}</translation>
    </message>
    <message>
        <source>：票数合计超过实到人数，请核对。</source>
        <translation>: more votes than members present, please check.</translation>
    </message>
    <message>
        <source>实到团员</source>
        <translation>members present</translation>
    </message>
    <message>
        <source>应到团员</source>
        <translation>members expected</translation>
    </message>
    <message>
        <source>超过</source>
        <translation>more than</translation>
    </message>
    <message>
        <source>不少于</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>赞成票须{comparison}{base}的{share}（至少 {required} 票）</source>
        <translation>needs votes for from {comparison} {share} of the {base} (at least {required})</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>票数已过，待登记出席情况后确认</source>
        <translation>enough votes; confirmed once attendance is recorded</translation>
    </message>
    <message>
        <source>票数已过，但会议不足法定人数，决议无效</source>
        <translation>enough votes, but the meeting is below quorum: void</translation>
    </message>
    <message>
        <source>出现意外错误（{detail}）。请重试；如果问题仍然存在，请联系技术支持。</source>
        <translation>An unexpected error occurred ({detail}). Please try again; if it keeps happening, contact support.</translation>
    </message>
</context>
<context>
    <name>OutputMenu</name>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>已保存 {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>无法保存文件：{detail}</source>
        <translation>Cannot save the file: {detail}</translation>
    </message>
    <message>
        <source>打印/导出</source>
        <translation>Print/Export</translation>
    </message>
</context>
<context>
    <name>PdfOpen</name>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>没有找到可以打开此文件的程序。文件已保存在：
{path}</source>
        <translation>No program was found to open this file. It is saved at:
{path}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>找不到要预览的PDF文件。</source>
        <translation>The PDF file to preview cannot be found.</translation>
    </message>
    <message>
        <source>这个PDF文件有密码保护，无法预览。</source>
        <translation>This PDF file is password-protected and cannot be previewed.</translation>
    </message>
    <message>
        <source>无法显示这个PDF文件：文件已损坏，或不是PDF文件。</source>
        <translation>This PDF file cannot be shown: it is damaged or not a PDF file.</translation>
    </message>
    <message>
        <source>没有可预览的文档。</source>
        <translation>Nothing to preview.</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印 (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>另存为 PDF (Ctrl+S)</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>上一页 (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>下一页 (PgDn)</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>缩小 (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>放大 (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>页面宽度适合窗口</source>
        <translation>Fit the page width to the window</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>整页显示</source>
        <translation>Show whole pages</translation>
    </message>
    <message>
        <source>输入页码后按回车跳转</source>
        <translation>Type a page number and press Enter</translation>
    </message>
    <message>
        <source>显示比例</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>可以“另存为 PDF”后用其他阅读器打开。</source>
        <translation>You can use “Save as PDF” and open it in another reader.</translation>
    </message>
    <message>
        <source>显示比例：{percent}%</source>
        <translation>Zoom: {percent}%</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>正在发送到打印机…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法开始打印：请检查打印机是否已连接并处于就绪状态。</source>
        <translation>Printing could not start: check that the printer is connected and ready.</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>PrintForms</name>
    <message>
        <source>会议签到表</source>
        <translation>Meeting sign-in sheet</translation>
    </message>
    <message>
        <source>一次会议的签到表：按会议类型预填应到人员，留有列席和补签的空行，表尾填写应到、实到、请假人数。</source>
        <translation>The sign-in sheet for one meeting: pre-filled with the people expected for its kind, with blank rows for guests and late sign-ins, and expected / present / on leave counts at the end.</translation>
    </message>
    <message>
        <source>多次签到表（系列活动）</source>
        <translation>Series sign-in grid</translation>
    </message>
    <message>
        <source>一学期的团课、每月的主题团日等系列活动共用一张表：每人一行，每次活动一列。</source>
        <translation>One sheet for a series such as a term&apos;s League lectures or the monthly theme days: a row per person, a column per date.</translation>
    </message>
    <message>
        <source>团员花名册</source>
        <translation>Member roster</translation>
    </message>
    <message>
        <source>本支部团籍正常的团员名单，供存档和报送上级团委。</source>
        <translation>The branch&apos;s members in good standing, for the files and for the League committee above.</translation>
    </message>
    <message>
        <source>支部大会</source>
        <translation>Branch general meeting</translation>
    </message>
    <message>
        <source>支部委员会</source>
        <translation>Branch committee meeting</translation>
    </message>
    <message>
        <source>团小组会</source>
        <translation>League group meeting</translation>
    </message>
    <message>
        <source>团课</source>
        <translation>League lecture</translation>
    </message>
    <message>
        <source>主题团日</source>
        <translation>Theme day</translation>
    </message>
    <message>
        <source>组织生活会</source>
        <translation>Organisational life meeting</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>（本支部没有团小组）</source>
        <translation>(this branch has no League groups)</translation>
    </message>
    <message>
        <source>按姓名拼音</source>
        <translation>By name (pinyin)</translation>
    </message>
    <message>
        <source>按团小组</source>
        <translation>By League group</translation>
    </message>
    <message>
        <source> 行</source>
        <translation> rows</translation>
    </message>
    <message>
        <source>选择或输入姓名；留空则打印横线</source>
        <translation>Choose or type a name; blank prints a line</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>支部：</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>在“全部支部”视图下，选择要为哪个支部打印</source>
        <translation>In the “All branches” view, choose the branch to print for</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>生成PDF并预览 (F5)</source>
        <translation>Make the PDF and preview it (F5)</translation>
    </message>
    <message>
        <source>在左侧选择表格、设置选项，然后按“预览”（F5）。预览后可直接打印（Ctrl+P）或另存为PDF（Ctrl+S）。</source>
        <translation>Choose a form on the left, set its options, then press “Preview” (F5). From the preview you can print (Ctrl+P) or save as PDF (Ctrl+S).</translation>
    </message>
    <message>
        <source>此安装缺少PDF预览组件（QtPdf），无法在窗口中预览。按“预览”生成的表格可另存为PDF后用其他程序打开和打印。</source>
        <translation>This installation lacks the PDF preview component (QtPdf), so forms cannot be previewed in the window. Forms made with “Preview” can be saved as PDF and opened and printed with another program.</translation>
    </message>
    <message>
        <source>预览中是之前的表格，按“预览”生成“{form}”。</source>
        <translation>The preview shows the previous form: press “Preview” to make “{form}”.</translation>
    </message>
    <message>
        <source>选项已更改，按“预览”更新。</source>
        <translation>Options changed: press “Preview” to update.</translation>
    </message>
    <message>
        <source>请选择支部…</source>
        <translation>Choose a branch…</translation>
    </message>
    <message>
        <source>未打开团务文件</source>
        <translation>No league file open</translation>
    </message>
    <message>
        <source>本文件还没有支部</source>
        <translation>This file has no branches yet</translation>
    </message>
    <message>
        <source>按“预览”生成表格。</source>
        <translation>Press “Preview” to make the form.</translation>
    </message>
    <message>
        <source>请先打开或新建团务文件。</source>
        <translation>Open or create a league file first.</translation>
    </message>
    <message>
        <source>本文件还没有支部。请先在“组织 → 管理支部”中新建支部。</source>
        <translation>This file has no branches yet. Create one under “Organisation → Manage branches” first.</translation>
    </message>
    <message>
        <source>这个文件有多个支部：请先在上方选择要为哪个支部打印。</source>
        <translation>This file has several branches: first choose above which branch to print for.</translation>
    </message>
    <message>
        <source>正在生成…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>正在生成“{form}”…</source>
        <translation>Making “{form}”…</translation>
    </message>
    <message>
        <source>{summary}，共 {n} 页</source>
        <translation>{summary}, {n} page(s)</translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <source>已另存为 {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecommendationTab</name>
    <message>
        <source>填写入党申请日期后自动核对推优条件；支部大会无记名投票后录入各人票数并保存。</source>
        <translation>Enter the Party application dates to check the conditions; after the branch general meeting&apos;s secret ballot, enter each candidate&apos;s votes and save.</translation>
    </message>
    <message>
        <source>支部大会日期：</source>
        <translation>Branch general meeting on:</translation>
    </message>
    <message>
        <source>应到：</source>
        <translation>Expected:</translation>
    </message>
    <message>
        <source>实到：</source>
        <translation>Present:</translation>
    </message>
    <message>
        <source>保存表决结果</source>
        <translation>Save the vote</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>推优表…</source>
        <translation>Recommendation form (推优表)…</translation>
    </message>
    <message>
        <source>推优表</source>
        <translation>Recommendation form</translation>
    </message>
    <message>
        <source>推优入党</source>
        <translation>Recommendation to the Party</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>入团年月</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>入党申请日期</source>
        <translation>Party application</translation>
    </message>
    <message>
        <source>推优条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>赞成</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>反对</source>
        <translation>No</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>表决结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>通过（第 {n} 名）</source>
        <translation>Passed (no. {n})</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>符合条件</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>请先录入候选人的赞成、反对、弃权票数。</source>
        <translation>Please enter the candidates&apos; yes, no and abstain votes first.</translation>
    </message>
    <message>
        <source>以下人选不符合推优条件，未保存：</source>
        <translation>These candidates do not meet the conditions; nothing was saved:</translation>
    </message>
</context>
<context>
    <name>RecruitRulesDialog</name>
    <message>
        <source>发展团员规则设置</source>
        <translation>Recruitment rules</translation>
    </message>
    <message>
        <source>规则（可按本地规定调整）</source>
        <translation>Rules (adjust to local regulations)</translation>
    </message>
    <message>
        <source> 周岁</source>
        <translation> years</translation>
    </message>
    <message>
        <source>申请年龄：</source>
        <translation>Age at application:</translation>
    </message>
    <message>
        <source> 个月内</source>
        <translation> months</translation>
    </message>
    <message>
        <source>谈话期限：</source>
        <translation>Talk within:</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>培养考察至少：</source>
        <translation>Cultivation at least:</translation>
    </message>
    <message>
        <source> 学时</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>团课至少：</source>
        <translation>League lectures at least:</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>积极分子公示：</source>
        <translation>Activists notice:</translation>
    </message>
    <message>
        <source>发展对象公示：</source>
        <translation>Candidates notice:</translation>
    </message>
    <message>
        <source>新团员公示：</source>
        <translation>New members notice:</translation>
    </message>
    <message>
        <source> 天内</source>
        <translation> days</translation>
    </message>
    <message>
        <source>上级审批期限：</source>
        <translation>Approval within:</translation>
    </message>
    <message>
        <source>档案录入期限：</source>
        <translation>Records filed within:</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>本支部{year}年发展名额：</source>
        <translation>Branch quota for {year}:</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>已内置{first}–{last}年的法定节假日和调休安排。其他年份请录入，每行一个日期（如 2027-10-01）。</source>
        <translation>The official holidays and make-up working days of {first}–{last} are built in. For other years enter them here, one date a line (e.g. 2027-10-01).</translation>
    </message>
    <message>
        <source>放假日期：</source>
        <translation>Days off:</translation>
    </message>
    <message>
        <source>调休上班日期：</source>
        <translation>Make-up working days:</translation>
    </message>
    <message>
        <source>没有节假日安排的年份暂按周末计算（会提示）</source>
        <translation>Count weekends only in years without a schedule (with a warning)</translation>
    </message>
    <message>
        <source>最小年龄不能大于最大年龄。</source>
        <translation>The minimum age cannot be above the maximum age.</translation>
    </message>
</context>
<context>
    <name>RecruitStepDialog</name>
    <message>
        <source>{number}. {step} — {name}</source>
        <translation>{number}. {step} — {name}</translation>
    </message>
    <message>
        <source>第{number}步&#x3000;{step}</source>
        <translation>Step {number}: {step}</translation>
    </message>
    <message>
        <source>原因（有提示时必填）：</source>
        <translation>Reason (required with warnings):</translation>
    </message>
    <message>
        <source>说明为什么在有提示的情况下仍按此记录</source>
        <translation>Explain why it is recorded like this despite the warnings</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>公示开始日期：</source>
        <translation>Notice starts:</translation>
    </message>
    <message>
        <source>（未登记，手动填写）</source>
        <translation>(not recorded, enter by hand)</translation>
    </message>
    <message>
        <source>已登记的会议：</source>
        <translation>Recorded meeting:</translation>
    </message>
    <message>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>实到</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>决定会议：</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <source>赞成</source>
        <translation>For</translation>
    </message>
    <message>
        <source>反对</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>逐个讨论、无记名投票逐个表决</source>
        <translation>Discussed and voted on separately by secret ballot</translation>
    </message>
    <message>
        <source>表决结果：</source>
        <translation>Vote:</translation>
    </message>
    <message>
        <source>介绍人意见日期：</source>
        <translation>Introducers&apos; opinions on:</translation>
    </message>
    <message>
        <source>每行一项，如：培养考察记录、入团志愿书编号</source>
        <translation>One per line, e.g. cultivation record, application form number</translation>
    </message>
    <message>
        <source>附加文件…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>材料：</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>批准机关及文号</source>
        <translation>Approving body and reference</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>谈话人：</source>
        <translation>Talked with by:</translation>
    </message>
    <message>
        <source>培养联系人（1–2名）：</source>
        <translation>Contacts (1–2):</translation>
    </message>
    <message>
        <source>入团介绍人（2名）：</source>
        <translation>Introducers (2):</translation>
    </message>
    <message>
        <source>人员：</source>
        <translation>People:</translation>
    </message>
    <message>
        <source>团课内容</source>
        <translation>Lecture topic</translation>
    </message>
    <message>
        <source>添加团课</source>
        <translation>Add lecture</translation>
    </message>
    <message>
        <source>从已登记的团课添加：</source>
        <translation>Add from recorded League lectures:</translation>
    </message>
    <message>
        <source>添加所选团课</source>
        <translation>Add selected lecture</translation>
    </message>
    <message>
        <source>团课学习：</source>
        <translation>League lectures:</translation>
    </message>
    <message>
        <source>其他团课学时：</source>
        <translation>Other lecture hours:</translation>
    </message>
    <message>
        <source>团课合计：</source>
        <translation>League lecture total:</translation>
    </message>
    <message>
        <source>{day}&#x3000;{topic}&#x3000;{hours}学时</source>
        <translation>{day}  {topic}  {hours} h</translation>
    </message>
    <message>
        <source>{total}学时（至少{required}学时）</source>
        <translation>{total} hours (at least {required} hours)</translation>
    </message>
    <message>
        <source>{hours}学时</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <source>未登记学时</source>
        <translation>no hours recorded</translation>
    </message>
    <message>
        <source>（本团支部没有未计入的团课记录）</source>
        <translation>(No recorded League lectures of this branch left to add)</translation>
    </message>
    <message>
        <source>由{who}决定。</source>
        <translation>Decided by {who}.</translation>
    </message>
    <message>
        <source>最早可在 {day} 进行。</source>
        <translation>Possible from {day}.</translation>
    </message>
    <message>
        <source>应在 {day} 前完成。</source>
        <translation>Due by {day}.</translation>
    </message>
    <message>
        <source>符合规定，可以保存。</source>
        <translation>All rules met: can be saved.</translation>
    </message>
    <message>
        <source>附加文件</source>
        <translation>Attach file</translation>
    </message>
</context>
<context>
    <name>RecruitmentPage</name>
    <message>
        <source>发展团员</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <source>新增申请人</source>
        <translation>New applicant</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>规则设置…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <source>入团积极分子公示</source>
        <translation>Activists notice</translation>
    </message>
    <message>
        <source>发展对象公示</source>
        <translation>Candidates notice</translation>
    </message>
    <message>
        <source>新团员公示</source>
        <translation>New members notice</translation>
    </message>
    <message>
        <source>入团积极分子培养考察登记表</source>
        <translation>Activist cultivation record</translation>
    </message>
    <message>
        <source>支部大会表决票</source>
        <translation>Ballots for the general meeting</translation>
    </message>
    <message>
        <source>支部大会决议</source>
        <translation>General meeting resolutions</translation>
    </message>
    <message>
        <source>拟发展团员名单（PDF）</source>
        <translation>Proposed recruits list (PDF)</translation>
    </message>
    <message>
        <source>拟发展团员名单（Excel）</source>
        <translation>Proposed recruits list (Excel)</translation>
    </message>
    <message>
        <source>（未打开团务文件）</source>
        <translation>(no league file open)</translation>
    </message>
    <message>
        <source>全部支部</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>正在发展 {n} 人</source>
        <translation>{n} in progress</translation>
    </message>
    <message>
        <source>；&lt;span style=&apos;color:{c}&apos;&gt;逾期 {n} 人&lt;/span&gt;</source>
        <translation>; &lt;span style=&apos;color:{c}&apos;&gt;{n} overdue&lt;/span&gt;</translation>
    </message>
    <message>
        <source>；&lt;span style=&apos;color:{c}&apos;&gt;记录有问题 {n} 人&lt;/span&gt;</source>
        <translation>; &lt;span style=&apos;color:{c}&apos;&gt;{n} with problems in their records&lt;/span&gt;</translation>
    </message>
    <message>
        <source>请先在工具栏选择一个支部，再打印该支部的表格。</source>
        <translation>Choose a branch in the toolbar first, then print its forms.</translation>
    </message>
    <message>
        <source>公示</source>
        <translation>notice</translation>
    </message>
    <message>
        <source>培养考察登记表</source>
        <translation>cultivation-record</translation>
    </message>
    <message>
        <source>本支部还没有入团积极分子。</source>
        <translation>This branch has no activists yet.</translation>
    </message>
    <message>
        <source>表决票</source>
        <translation>ballots</translation>
    </message>
    <message>
        <source>拟发展团员名单</source>
        <translation>proposed-recruits</translation>
    </message>
</context>
<context>
    <name>RegistrationOutcomeDialog</name>
    <message>
        <source>修改注册结果</source>
        <translation>Change registration outcome</translation>
    </message>
    <message>
        <source>{name}：按评议结果应为“{derived}”。</source>
        <translation>{name}: the evaluation result gives &quot;{derived}&quot;.</translation>
    </message>
    <message>
        <source>如：留团察看期满已恢复团员权利</source>
        <translation>e.g. probation over, rights restored</translation>
    </message>
    <message>
        <source>注册结果：</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>暂缓期限：</source>
        <translation>Deferred until:</translation>
    </message>
</context>
<context>
    <name>RegistrationTab</name>
    <message>
        <source>注册日期：</source>
        <translation>Registration date:</translation>
    </message>
    <message>
        <source>按评议结果生成注册名单</source>
        <translation>Create the list from the evaluation</translation>
    </message>
    <message>
        <source>修改注册结果…</source>
        <translation>Change outcome…</translation>
    </message>
    <message>
        <source>完成注册</source>
        <translation>Complete registration</translation>
    </message>
    <message>
        <source>打印/导出</source>
        <translation>Print/Export</translation>
    </message>
    <message>
        <source>团籍注册登记表…</source>
        <translation>Registration form…</translation>
    </message>
    <message>
        <source>团籍注册登记表</source>
        <translation>Registration form</translation>
    </message>
    <message>
        <source>团籍注册</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>评议等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>注册结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>暂缓期限</source>
        <translation>Deferred until</translation>
    </message>
    <message>
        <source>提醒：暂缓注册到期、超过15个月未注册</source>
        <translation>Reminders: deferrals due, over 15 months without registration</translation>
    </message>
    <message>
        <source>请先在上方选择一个团支部。</source>
        <translation>Please choose a League branch above first.</translation>
    </message>
    <message>
        <source>{year}年度团籍注册已于 {day} 完成。</source>
        <translation>The {year} registration was completed on {day}.</translation>
    </message>
    <message>
        <source>{year}年度团籍注册名单：核对后点“完成注册”。</source>
        <translation>The {year} registration list: check it, then click &quot;Complete registration&quot;.</translation>
    </message>
    <message>
        <source>团籍注册依据评议结果：请先完成{year}年度团员教育评议。</source>
        <translation>Registration follows from the evaluation: please complete the {year} evaluation first.</translation>
    </message>
    <message>
        <source>{year}年度团员教育评议已完成，可以生成注册名单。</source>
        <translation>The {year} evaluation is complete: the registration list can be created.</translation>
    </message>
    <message>
        <source>未评议</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <source>已由“{derived}”改为此结果</source>
        <translation>Changed from &quot;{derived}&quot;</translation>
    </message>
    <message>
        <source>正常注册 {a} 人，暂缓注册 {b} 人，不予注册 {c} 人</source>
        <translation>Registered {a}, deferred {b}, not registered {c}</translation>
    </message>
    <message>
        <source>{name}&#x3000;暂缓注册已于 {day} 到期，请再次评议后办理注册或不予注册</source>
        <translation>{name}  deferral ended on {day}: evaluate again, then register or refuse</translation>
    </message>
    <message>
        <source>{name}&#x3000;暂缓注册将于 {day} 到期（还有 {n} 天）</source>
        <translation>{name}  deferral ends on {day} ({n} days left)</translation>
    </message>
    <message>
        <source>{name}&#x3000;超过15个月未团籍注册</source>
        <translation>{name}  not registered for over 15 months</translation>
    </message>
    <message>
        <source>没有需要跟进的注册事项。</source>
        <translation>No registration matters to follow up.</translation>
    </message>
    <message>
        <source>不能生成注册名单</source>
        <translation>Cannot create the registration list</translation>
    </message>
    <message>
        <source>注册还不能完成：</source>
        <translation>Registration cannot be completed yet:</translation>
    </message>
</context>
<context>
    <name>ResolutionList</name>
    <message>
        <source>决议内容</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>赞成</source>
        <translation>For</translation>
    </message>
    <message>
        <source>反对</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>表决结果</source>
        <translation>Vote result</translation>
    </message>
    <message>
        <source>添加决议</source>
        <translation>Add a resolution</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
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
    <name>RosterAlerts</name>
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
        <source>{n} 名团员将在 {m} 个月内年满28周岁（无团内职务）</source>
        <translation>{n} members turn 28 within {m} months (no League post)</translation>
    </message>
    <message>
        <source>，其中 {k} 名已超龄</source>
        <translation>, {k} already over age</translation>
    </message>
    <message>
        <source>{n} 名超过15个月未团籍注册</source>
        <translation>{n} not registered for over 15 months</translation>
    </message>
    <message>
        <source>{n} 名近6个月未参加组织生活</source>
        <translation>{n} absent from all organisational life in the last 6 months</translation>
    </message>
    <message>
        <source>另有 {n} 条提醒</source>
        <translation>{n} more alerts</translation>
    </message>
    <message>
        <source>收起</source>
        <translation>Hide</translation>
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
        <translation>Status changed on</translation>
    </message>
    <message>
        <source>最近注册年度</source>
        <translation>Last registered</translation>
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
    <name>RosterOptions</name>
    <message>
        <source>排列顺序：</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>列出团籍正常的团员，横向A4纸。花名册含手机号码（供报送上级团委），不含身份证号码。</source>
        <translation>Lists members in good standing on landscape A4. The roster carries mobile numbers (for the League committee above) but no ID numbers.</translation>
    </message>
    <message>
        <source>在册团员 {n} 人</source>
        <translation>{n} members on the roll</translation>
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
        <translation>Leave / transfer out…</translation>
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
        <translation>Search name, pinyin, initials (e.g. zs), end of ID or phone&#x3000;Ctrl+F</translation>
    </message>
    <message>
        <source>在册团员</source>
        <translation>Active members</translation>
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
        <translation>All political statuses</translation>
    </message>
    <message>
        <source>团干部：不限</source>
        <translation>League cadre: any</translation>
    </message>
    <message>
        <source>团干部</source>
        <translation>League cadre</translation>
    </message>
    <message>
        <source>非团干部</source>
        <translation>Not a cadre</translation>
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
        <translation>Click a header to sort (names by pinyin); right-click to choose columns</translation>
    </message>
    <message>
        <source>Enter 打开&#x3000;Del 离团/转出&#x3000;Ctrl+N 新增&#x3000;Ctrl+Z 撤销</source>
        <translation>Enter open&#x3000;Del leave / transfer out&#x3000;Ctrl+N new&#x3000;Ctrl+Z undo</translation>
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
        <translation>{n} people ({total} active members in all)</translation>
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
        <translation>Leave / transfer out</translation>
    </message>
    <message>
        <source>{name}的团籍状态为“{status}”，无需再办理离团。如是误录的记录，可用“更多 → 删除误录的记录”。</source>
        <translation>The membership status of {name} is &quot;{status}&quot;: nothing to leave. For a record entered by mistake, use &quot;More → Delete a record entered by mistake&quot;.</translation>
    </message>
    <message>
        <source>删除误录的记录</source>
        <translation>Delete a record entered by mistake</translation>
    </message>
    <message>
        <source>只有录入错误的记录才应删除；团员离团请用“离团/转出”。
删除后无法恢复。请输入姓名“{name}”确认删除：</source>
        <translation>Only records entered by mistake should be deleted; for a member who leaves use &quot;Leave / transfer out&quot;.
This cannot be undone. Type the name &quot;{name}&quot; to confirm:</translation>
    </message>
    <message>
        <source>未删除</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>完整的公民身份号码属于个人敏感信息。确定要在名册中显示吗？
（关闭文件或再次点击此项即恢复遮盖）</source>
        <translation>Full ID numbers are sensitive personal data. Show them in the roster?
(Closing the file or clicking this again masks them.)</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>组织生活规则设置</source>
        <translation>Organisational life rules</translation>
    </message>
    <message>
        <source>默认值依据“三会两制一课”实施细则等全国性规定；如本地另有规定，可在此修改。</source>
        <translation>The defaults follow the national rules (the &quot;three meetings, two systems, one lecture&quot; regulations); change them here if local rules differ.</translation>
    </message>
    <message>
        <source>法定人数（到会团员占应到团员的比例）</source>
        <translation>Quorum (share of expected members present)</translation>
    </message>
    <message>
        <source>团员教育评议</source>
        <translation>Annual member evaluation</translation>
    </message>
    <message>
        <source>决议通过（赞成票占比）</source>
        <translation>Passing a resolution (share of votes for)</translation>
    </message>
    <message>
        <source>实到团员</source>
        <translation>members present</translation>
    </message>
    <message>
        <source>应到团员</source>
        <translation>members expected</translation>
    </message>
    <message>
        <source>召开频次（年度台账）</source>
        <translation>How often (yearly ledger)</translation>
    </message>
    <message>
        <source> 次</source>
        <translation> times</translation>
    </message>
    <message>
        <source>须达到法定人数才计入</source>
        <translation>Counts only when quorate</translation>
    </message>
    <message>
        <source>恢复全国默认值</source>
        <translation>Reset to national defaults</translation>
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
        <source>注意：有 {n} 项已保存的规则无法读取，已按默认值显示。</source>
        <translation>Note: {n} saved rules could not be read and show their defaults.</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>Not saved</translation>
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
    <name>SigninOptions</name>
    <message>
        <source>留空（手写）</source>
        <translation>Leave blank</translation>
    </message>
    <message>
        <source>如 19:00；可留空</source>
        <translation>e.g. 19:00; may be left blank</translation>
    </message>
    <message>
        <source>如：学习贯彻团的二十大精神</source>
        <translation>e.g. Studying the spirit of the 20th League Congress</translation>
    </message>
    <message>
        <source>如：教学楼A301</source>
        <translation>e.g. Teaching building A301</translation>
    </message>
    <message>
        <source>表末留给列席和补签人员的空白行</source>
        <translation>Blank rows at the end for guests and late sign-ins</translation>
    </message>
    <message>
        <source>会议类型：</source>
        <translation>Meeting kind:</translation>
    </message>
    <message>
        <source>团小组：</source>
        <translation>League group:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>时间：</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>议题：</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>地点：</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>主持人：</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <source>记录人：</source>
        <translation>Recorder:</translation>
    </message>
    <message>
        <source>排列顺序：</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>空白行：</source>
        <translation>Blank rows:</translation>
    </message>
    <message>
        <source>本支部还没有团小组，无法打印团小组会签到表。请先在名册中为团员设置团小组。</source>
        <translation>This branch has no League groups yet, so a League group meeting sheet cannot be printed. Assign members to groups in the roster first.</translation>
    </message>
    <message>
        <source>应到 {n} 人</source>
        <translation>{n} expected</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>，逾期 {n}</source>
        <translation>, {n} overdue</translation>
    </message>
    <message>
        <source>&lt;b&gt;第{n}阶段&lt;/b&gt;&#x3000;{count} 人{overdue}&lt;br&gt;{name}</source>
        <translation>&lt;b&gt;Stage {n}&lt;/b&gt;  {count}{overdue}&lt;br&gt;{name}</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
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
        <translation>{name} (now &quot;{status}&quot;). The record is kept and can be found under &quot;history&quot; in the roster.</translation>
    </message>
    <message>
        <source>如：毕业离校、年满28周岁、本人申请</source>
        <translation>e.g. graduated, turned 28, at own request</translation>
    </message>
    <message>
        <source>如：2026年3月支部大会；上级团委批复</source>
        <translation>e.g. branch general meeting of March 2026; reply of the League committee above</translation>
    </message>
    <message>
        <source>事项：</source>
        <translation>Change:</translation>
    </message>
    <message>
        <source>生效日期：</source>
        <translation>Effective:</translation>
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
        <translation>Confirm</translation>
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
<context>
    <name>TallyModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>基本合格</source>
        <translation>Basic pass</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>建议等次</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>支委会意见</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>出勤率</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>（并列）</source>
        <translation> (tie)</translation>
    </message>
    <message>
        <source>合计{total}票，与测评票张数{ballots}张不符</source>
        <translation>{total} votes in total, but {ballots} ballots were collected</translation>
    </message>
    <message>
        <source>平均分 {score:.2f}（优秀{a}分、合格{b}分、基本合格{c}分、不合格{d}分）</source>
        <translation>Average score {score:.2f} (Excellent {a}, Pass {b}, Basic pass {c}, Fail {d} points)</translation>
    </message>
    <message>
        <source>得票并列，建议取较低等次，请支委会研究确定</source>
        <translation>Tied votes: the lower grade is suggested; the branch committee decides</translation>
    </message>
    <message>
        <source>与建议等次不同</source>
        <translation>Differs from the suggested grade</translation>
    </message>
    <message>
        <source>记录会议考勤后显示本年度出勤率</source>
        <translation>The year&apos;s attendance rate shows once meeting attendance is recorded</translation>
    </message>
</context>
<context>
    <name>ThresholdEditor</name>
    <message>
        <source>不设法定人数</source>
        <translation>No quorum</translation>
    </message>
    <message>
        <source>超过</source>
        <translation>more than</translation>
    </message>
    <message>
        <source>不少于</source>
        <translation>at least</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>{kind} 应到{expected} 实到{present}</source>
        <translation>{kind} expected {expected} present {present}</translation>
    </message>
    <message>
        <source>赞成{yes} 反对{no} 弃权{abstain}</source>
        <translation>for {yes} against {no} abstain {abstain}</translation>
    </message>
    <message>
        <source>公示{start}至{end}（{days}个工作日）</source>
        <translation>public notice {start} to {end} ({days} working days)</translation>
    </message>
    <message>
        <source>公示自{day}</source>
        <translation>notice from {day}</translation>
    </message>
    <message>
        <source>介绍人意见{day}</source>
        <translation>introducers&apos; opinions {day}</translation>
    </message>
    <message>
        <source>团课{hours}学时</source>
        <translation>{hours} h of lectures</translation>
    </message>
    <message>
        <source>下一步…</source>
        <translation>Next step…</translation>
    </message>
    <message>
        <source>记录或修改所选步骤…</source>
        <translation>Record or correct the selected step…</translation>
    </message>
    <message>
        <source>修改个人信息…</source>
        <translation>Edit personal data…</translation>
    </message>
    <message>
        <source>打印培养考察登记表</source>
        <translation>Print cultivation record</translation>
    </message>
    <message>
        <source>不予接收…</source>
        <translation>Not admitted…</translation>
    </message>
    <message>
        <source>撤回申请…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
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
        <source>会议、表决与公示</source>
        <translation>Meeting, vote and notice</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>原因与备注</source>
        <translation>Reason and notes</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>{name}的发展过程</source>
        <translation>Recruitment steps of {name}</translation>
    </message>
    <message>
        <source>{name}&#x3000;{branch}&#x3000;{status}</source>
        <translation>{name}  {branch}  {status}</translation>
    </message>
    <message>
        <source>15个步骤均已完成。</source>
        <translation>All 15 steps are done.</translation>
    </message>
    <message>
        <source>当前阶段：{stage}；下一步：{step}</source>
        <translation>Stage: {stage}; next step: {step}</translation>
    </message>
    <message>
        <source>，最早 {day}</source>
        <translation>, from {day}</translation>
    </message>
    <message>
        <source>，截止 {day}</source>
        <translation>, due {day}</translation>
    </message>
    <message>
        <source>（已逾期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>。已接收为团员，发展团员编号 {number}</source>
        <translation>. Admitted, development number {number}</translation>
    </message>
    <message>
        <source>。{day}：{reason}</source>
        <translation>. {day}: {reason}</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>发展团员</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <source>请按顺序进行：下一步是“{step}”。</source>
        <translation>Please go in order: the next step is &quot;{step}&quot;.</translation>
    </message>
</context>
<context>
    <name>TwoSystemsPage</name>
    <message>
        <source>团员教育评议与团籍注册</source>
        <translation>Evaluation and registration</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>规则设置…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <source>团员教育评议</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>团籍注册</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>推优入党</source>
        <translation>Recommend to the Party</translation>
    </message>
</context>
<context>
    <name>TwoSystemsRulesDialog</name>
    <message>
        <source>两制与推优规则设置</source>
        <translation>Evaluation, registration and recommendation rules</translation>
    </message>
    <message>
        <source>团员教育评议</source>
        <translation>Member evaluation</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>优秀比例不超过：</source>
        <translation>Excellent at most:</translation>
    </message>
    <message>
        <source>建议等次计算方法：</source>
        <translation>Suggested grade:</translation>
    </message>
    <message>
        <source>保留团籍的党员不参加评议</source>
        <translation>Party members keeping League membership are not evaluated</translation>
    </message>
    <message>
        <source>团籍注册</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>按平均得分</source>
        <translation>by average score</translation>
    </message>
    <message>
        <source>按多数票（票数相同取较低等次）</source>
        <translation>by most votes (a tie gives the lower grade)</translation>
    </message>
    <message>
        <source> 分</source>
        <translation> points</translation>
    </message>
    <message>
        <source>每张票计分：</source>
        <translation>Points per vote:</translation>
    </message>
    <message>
        <source>平均分不低于：</source>
        <translation>Average score at least:</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>后</source>
        <translation>later</translation>
    </message>
    <message>
        <source>不合格者再次评议：</source>
        <translation>Re-evaluate members graded Fail after:</translation>
    </message>
    <message>
        <source>暂缓注册期限（默认）：</source>
        <translation>Deferral period (default):</translation>
    </message>
    <message>
        <source>超过多久未注册提示：</source>
        <translation>Flag members unregistered for more than:</translation>
    </message>
    <message>
        <source>推优入党</source>
        <translation>Recommendation to the Party</translation>
    </message>
    <message>
        <source> 周岁</source>
        <translation> years old</translation>
    </message>
    <message>
        <source>年龄不超过：</source>
        <translation>Age at most:</translation>
    </message>
    <message>
        <source>递交入党申请书满：</source>
        <translation>Party application at least:</translation>
    </message>
    <message>
        <source>团龄满：</source>
        <translation>League membership at least:</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <source>推优结果有效期：</source>
        <translation>Recommendation valid for:</translation>
    </message>
    <message>
        <source>恢复全国统一规定</source>
        <translation>Restore national rules</translation>
    </message>
    <message>
        <source>填入默认规则，保存后生效</source>
        <translation>Fills in the default rules; they apply once saved</translation>
    </message>
    <message>
        <source>每张票计分须按优秀、合格、基本合格、不合格从高到低（可以相同）。</source>
        <translation>Points per vote must go down from Excellent to Pass, Basic pass and Fail (equal values are allowed).</translation>
    </message>
    <message>
        <source>平均分标准须按优秀、合格、基本合格从高到低（可以相同）。</source>
        <translation>The average scores must go down from Excellent to Pass and Basic pass (equal values are allowed).</translation>
    </message>
    <message>
        <source>再次评议的最短期限不能长于最长期限。</source>
        <translation>The shortest time before re-evaluation cannot be longer than the longest.</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>导出当前视图…</source>
        <translation>Export current view…</translation>
    </message>
</context>
</TS>
