<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Upcoming and under way</source>
        <translation>即将开始及进行中</translation>
    </message>
    <message>
        <source>All activities, latest first</source>
        <translation>全部活动（最新在前）</translation>
    </message>
    <message>
        <source>Plan activity…</source>
        <translation>策划活动…</translation>
    </message>
    <message>
        <source>Choose an activity on the left, or plan a new one.</source>
        <translation>请在左侧选择活动，或策划新活动。</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Register a household</source>
        <translation>住户报名</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>签到登记</translation>
    </message>
    <message>
        <source>Cancel a registration</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Cancel {title}</source>
        <translation>取消“{title}”</translation>
    </message>
    <message>
        <source>Registered households should be told; the activity stays on record.</source>
        <translation>请通知已报名的住户；活动记录仍会保留。</translation>
    </message>
    <message>
        <source>Cancel the activity</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Bad weather</source>
        <translation>天气恶劣</translation>
    </message>
    <message>
        <source>Too few registrations</source>
        <translation>报名人数不足</translation>
    </message>
    <message>
        <source>Venue not available</source>
        <translation>场地无法使用</translation>
    </message>
</context>
<context>
    <name>ActivityDetailView</name>
    <message>
        <source>walk-in</source>
        <translation>临时参加</translation>
    </message>
    <message>
        <source>Register household…</source>
        <translation>住户报名…</translation>
    </message>
    <message>
        <source>Record attendance…</source>
        <translation>签到登记…</translation>
    </message>
    <message>
        <source>Cancel registration…</source>
        <translation>取消报名…</translation>
    </message>
    <message>
        <source>Cancel activity…</source>
        <translation>取消活动…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报名人数</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到场人数</translation>
    </message>
    <message>
        <source>{day} {start}–{end} · {place} · {kind} · planned by {who}</source>
        <translation>{day} {start}–{end} · {place} · {kind} · 策划人：{who}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <source>households registered, {people} people</source>
        <translation>户已报名，共 {people} 人</translation>
    </message>
    <message>
        <source>places left of {capacity}</source>
        <translation>个名额剩余，共 {capacity} 个</translation>
    </message>
    <message>
        <source>households came, {people} people, {walk_ins} walk-ins</source>
        <translation>户到场，共 {people} 人，其中临时参加 {walk_ins} 户</translation>
    </message>
    <message>
        <source>of the {households} households living here</source>
        <translation>占在住 {households} 户的比例</translation>
    </message>
    <message>
        <source>In {month}, {value:.1f} % of households took part in an activity (target {target}): {verdict}</source>
        <translation>{month}：{value:.1f} % 的住户参加了社区活动（目标 {target}），{verdict}</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <source>Add an item</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Kept for unit:</source>
        <translation>代管房号：</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a household member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
</context>
<context>
    <name>AdmitAnyway</name>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>why the supervisor admits them</source>
        <translation>主管准许进入的原因</translation>
    </message>
    <message>
        <source>Admit anyway</source>
        <translation>仍然放行</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the contract</source>
        <translation>变更合同</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>登记变更</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Monthly fee (¥)</source>
        <translation>月费（元）</translation>
    </message>
    <message>
        <source>What both sides agreed, and why</source>
        <translation>双方约定的内容及原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Publish a standard answer</source>
        <translation>发布标准答案</translation>
    </message>
    <message>
        <source>Revise the answer</source>
        <translation>修订答案</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save revision</source>
        <translation>保存修订(&amp;S)</translation>
    </message>
    <message>
        <source>As residents ask it</source>
        <translation>按住户的问法填写</translation>
    </message>
    <message>
        <source>Words residents use, separated by 、 or commas</source>
        <translation>住户常用的说法，用“、”或逗号分隔</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Search: part of a question, a keyword…</source>
        <translation>搜索：问题的部分内容、关键词…</translation>
    </message>
    <message>
        <source>Show retired answers</source>
        <translation>显示已停用的答案</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>&amp;New answer…</source>
        <translation>新建答案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation>修订(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>停用(&amp;T)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{question} (retired)</source>
        <translation>{question}（已停用）</translation>
    </message>
    <message>
        <source>No answer matches.</source>
        <translation>没有匹配的答案。</translation>
    </message>
    <message>
        <source>Retired: {reason}</source>
        <translation>已停用：{reason}</translation>
    </message>
    <message>
        <source>Published by {who}; revised {n} times; used {uses} times.</source>
        <translation>发布人：{who}；已修订 {n} 次；已使用 {uses} 次。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Front Desk</source>
        <translation>客服前台</translation>
    </message>
    <message>
        <source>The store at {store} is not set up yet.
Run `frontdesk demo` for a demo community, or `frontdesk init --admin USER`.</source>
        <translation>{store} 的数据库尚未初始化。
请运行 `frontdesk demo` 创建演示小区，或运行 `frontdesk init --admin USER`。</translation>
    </message>
</context>
<context>
    <name>AsOfBanner</name>
    <message>
        <source>Read-only: the desk as it stood at {moment}</source>
        <translation>只读：显示 {moment} 时的情况</translation>
    </message>
    <message>
        <source>Another moment…</source>
        <translation>换个时刻…</translation>
    </message>
    <message>
        <source>Return to live</source>
        <translation>返回实时</translation>
    </message>
</context>
<context>
    <name>AsOfControl</name>
    <message>
        <source>As of {moment}</source>
        <translation>{moment} 时的情况</translation>
    </message>
    <message>
        <source>Reading the desk as of {moment}…</source>
        <translation>正在读取 {moment} 时的前台…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>As of a moment</source>
        <translation>查看过去某一时刻</translation>
    </message>
    <message>
        <source>The desk could not be shown as of that moment:
{problem}</source>
        <translation>无法显示该时刻的情况：
{problem}</translation>
    </message>
</context>
<context>
    <name>AsOfDialog</name>
    <message>
        <source>View the desk as of a moment</source>
        <translation>查看某一时刻的情况</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Every workspace will show the desk as it stood at this moment, read-only; events recorded at that very second are included.</source>
        <translation>所有工作区都将以只读方式显示该时刻的情况；恰在该秒记录的事件也包括在内。</translation>
    </message>
    <message>
        <source>Moment ({zone})</source>
        <translation>时刻（{zone}）</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>People ahead</source>
        <translation>前面等候人数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Standard answer</source>
        <translation>标准答案</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>违约记录</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Reason cancelled</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>记录链摘要</translation>
    </message>
    <message>
        <source>Chain position</source>
        <translation>记录链位置</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation>已核对事项</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>入场时间</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>离场时间</translation>
    </message>
    <message>
        <source>Pass code</source>
        <translation>通行码</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>接待记录</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>副本号</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason declined</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Deposit deducted</source>
        <translation>押金扣款</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>押金持有中</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>押金已付</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>押金已退</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>归还期限</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Personal data forgotten</source>
        <translation>个人资料已删除</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出编号</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出次数</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>首次接触即解决</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Former households</source>
        <translation>曾住住户</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Seal of the last event</source>
        <translation>末条事件的封印</translation>
    </message>
    <message>
        <source>Log position</source>
        <translation>日志位置</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Held for (seconds)</source>
        <translation>挂起时长（秒）</translation>
    </message>
    <message>
        <source>On hold since</source>
        <translation>挂起于</translation>
    </message>
    <message>
        <source>Host&apos;s answer</source>
        <translation>业主答复</translation>
    </message>
    <message>
        <source>Host household</source>
        <translation>受访住户</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>受访房号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项序号</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>住户嘱托</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放中</translation>
    </message>
    <message>
        <source>Item lent</source>
        <translation>借用物品</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>代管房号</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>业务知识</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>物品名称</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>最后编号</translation>
    </message>
    <message>
        <source>Lent to unit</source>
        <translation>借出房号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借用记录</translation>
    </message>
    <message>
        <source>Loan unit</source>
        <translation>借用房号</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月费</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>新结束日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>通知期限</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Out of turn</source>
        <translation>优先叫号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>接待结果</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>产权性质</translation>
    </message>
    <message>
        <source>Packs printed</source>
        <translation>入住资料包打印次数</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Pass signing key</source>
        <translation>通行证签名密钥</translation>
    </message>
    <message>
        <source>Password (hashed)</source>
        <translation>密码（散列）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>取件人</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>剩余名额</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>Previous end</source>
        <translation>原结束日期</translation>
    </message>
    <message>
        <source>Previous phone</source>
        <translation>原电话</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <source>How they were known</source>
        <translation>取件核验方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Queue day</source>
        <translation>排队日期</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>排队号码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Reporter&apos;s household</source>
        <translation>报告人住户</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>报告人电话</translation>
    </message>
    <message>
        <source>Reports printed</source>
        <translation>报表打印次数</translation>
    </message>
    <message>
        <source>Residents kept (days)</source>
        <translation>住户资料保留（天）</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>响应期限</translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Kept (days)</source>
        <translation>保留天数</translation>
    </message>
    <message>
        <source>Reason retired</source>
        <translation>停用原因</translation>
    </message>
    <message>
        <source>Reason revoked</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Seconds on hold</source>
        <translation>挂起秒数</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>State before hold</source>
        <translation>挂起前状态</translation>
    </message>
    <message>
        <source>Ticket states</source>
        <translation>号码状态</translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation>团队协作</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Items not checked</source>
        <translation>未核对事项</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Visitors kept (days)</source>
        <translation>访客资料保留（天）</translation>
    </message>
    <message>
        <source>State before</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation>按期完成</translation>
    </message>
    <message>
        <source>Work ID</source>
        <translation>工号</translation>
    </message>
</context>
<context>
    <name>AuditNames</name>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation>访客通行证</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Ticket book</source>
        <translation>工单号簿</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Store setup</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>接待记录</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <source>Standard answer</source>
        <translation>标准答案</translation>
    </message>
    <message>
        <source>Staff rating</source>
        <translation>员工评分</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Item lent or kept</source>
        <translation>借用及代管物品</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借用记录</translation>
    </message>
    <message>
        <source>Standing instruction</source>
        <translation>住户嘱托</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Staff member deactivated</source>
        <translation>停用员工</translation>
    </message>
    <message>
        <source>Unit registered</source>
        <translation>登记房屋</translation>
    </message>
    <message>
        <source>Unit occupied</source>
        <translation>房屋入住</translation>
    </message>
    <message>
        <source>Unit vacated</source>
        <translation>房屋腾空</translation>
    </message>
    <message>
        <source>Contract attached to unit</source>
        <translation>合同关联房屋</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>办理入住</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>新增成员</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Contact corrected</source>
        <translation>更正联系方式</translation>
    </message>
    <message>
        <source>Vehicle registered</source>
        <translation>登记车辆</translation>
    </message>
    <message>
        <source>Vehicle removed</source>
        <translation>移除车辆</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>办理迁出</translation>
    </message>
    <message>
        <source>Move-in pack printed</source>
        <translation>打印入住资料</translation>
    </message>
    <message>
        <source>ID numbers revealed</source>
        <translation>查看完整证件号</translation>
    </message>
    <message>
        <source>Move-in callback recorded</source>
        <translation>记录入住回访</translation>
    </message>
    <message>
        <source>Visitor registered</source>
        <translation>登记访客</translation>
    </message>
    <message>
        <source>Host confirmed</source>
        <translation>业主已确认</translation>
    </message>
    <message>
        <source>Host declined</source>
        <translation>业主拒绝</translation>
    </message>
    <message>
        <source>Host confirmation waived</source>
        <translation>免除业主确认</translation>
    </message>
    <message>
        <source>Pass issued</source>
        <translation>发放通行证</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>访客进场</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>访客离场</translation>
    </message>
    <message>
        <source>Pass revoked</source>
        <translation>作废通行证</translation>
    </message>
    <message>
        <source>Pass printed</source>
        <translation>打印通行证</translation>
    </message>
    <message>
        <source>ID number revealed</source>
        <translation>查看完整证件号</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>Contract amended</source>
        <translation>变更合同</translation>
    </message>
    <message>
        <source>Renewal notice sent</source>
        <translation>发送续约通知</translation>
    </message>
    <message>
        <source>Renewal letter reprinted (a copy)</source>
        <translation>补打续约通知函（副本）</translation>
    </message>
    <message>
        <source>Contract renewed</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>解除合同</translation>
    </message>
    <message>
        <source>Breach recorded</source>
        <translation>记录违约</translation>
    </message>
    <message>
        <source>Deposit recorded</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <source>Ticket book opened</source>
        <translation>启用当日工单号</translation>
    </message>
    <message>
        <source>Ticket number taken</source>
        <translation>取工单号</translation>
    </message>
    <message>
        <source>Incident reported</source>
        <translation>报修/报事</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Action logged</source>
        <translation>记录处理</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>处理完成</translation>
    </message>
    <message>
        <source>Callback recorded</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重开工单</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>Activity planned</source>
        <translation>策划活动</translation>
    </message>
    <message>
        <source>Household registered</source>
        <translation>住户报名</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>记录到场</translation>
    </message>
    <message>
        <source>Activity cancelled</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Queue opened for the day</source>
        <translation>开始当日排队</translation>
    </message>
    <message>
        <source>Queue ticket taken</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Queue ticket called</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Queue ticket skipped</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Queue ticket served</source>
        <translation>号码已接待</translation>
    </message>
    <message>
        <source>Contact opened</source>
        <translation>开始接待</translation>
    </message>
    <message>
        <source>Contact closed</source>
        <translation>结束接待</translation>
    </message>
    <message>
        <source>Missed call logged</source>
        <translation>登记未接来电</translation>
    </message>
    <message>
        <source>Standard answer published</source>
        <translation>发布标准答案</translation>
    </message>
    <message>
        <source>Standard answer revised</source>
        <translation>修订标准答案</translation>
    </message>
    <message>
        <source>Standard answer retired</source>
        <translation>停用标准答案</translation>
    </message>
    <message>
        <source>Staff rated</source>
        <translation>员工评分</translation>
    </message>
    <message>
        <source>Staff rated again</source>
        <translation>员工重新评分</translation>
    </message>
    <message>
        <source>Caller&apos;s personal data forgotten</source>
        <translation>来电人个人资料已删除</translation>
    </message>
    <message>
        <source>Missed call&apos;s number forgotten</source>
        <translation>未接来电号码已删除</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>快递签收</translation>
    </message>
    <message>
        <source>Parcel picked up</source>
        <translation>快递取件</translation>
    </message>
    <message>
        <source>Parcel returned to courier</source>
        <translation>快递退回</translation>
    </message>
    <message>
        <source>Parcel received again</source>
        <translation>快递重复签收</translation>
    </message>
    <message>
        <source>Parcel&apos;s flat or shelf corrected</source>
        <translation>更正快递房号或货架</translation>
    </message>
    <message>
        <source>Loan made</source>
        <translation>借出登记</translation>
    </message>
    <message>
        <source>Loan ended</source>
        <translation>借用结束</translation>
    </message>
    <message>
        <source>Pickup code assigned</source>
        <translation>分配取件码</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <source>Item lent</source>
        <translation>物品借出</translation>
    </message>
    <message>
        <source>Item returned</source>
        <translation>物品归还</translation>
    </message>
    <message>
        <source>Standing instruction set</source>
        <translation>设置住户嘱托</translation>
    </message>
    <message>
        <source>Standing instruction ended</source>
        <translation>结束住户嘱托</translation>
    </message>
    <message>
        <source>Instruction attached to unit</source>
        <translation>嘱托关联房屋</translation>
    </message>
    <message>
        <source>Admitted despite the flat&apos;s instruction</source>
        <translation>不顾住户嘱托放行</translation>
    </message>
    <message>
        <source>Shift handed over</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Handover item checked</source>
        <translation>核对交班事项</translation>
    </message>
    <message>
        <source>Shift taken over</source>
        <translation>接班</translation>
    </message>
    <message>
        <source>Store set up</source>
        <translation>初始化系统</translation>
    </message>
    <message>
        <source>Retention period set</source>
        <translation>设定个人资料保留期</translation>
    </message>
    <message>
        <source>Residents&apos; personal data forgotten</source>
        <translation>住户个人资料已删除</translation>
    </message>
    <message>
        <source>Visitor&apos;s personal data forgotten</source>
        <translation>访客个人资料已删除</translation>
    </message>
    <message>
        <source>Reporter&apos;s personal data forgotten</source>
        <translation>报事人个人资料已删除</translation>
    </message>
    <message>
        <source>Staff roster changed</source>
        <translation>变更员工名册</translation>
    </message>
    <message>
        <source>Audit trail started</source>
        <translation>启用审计记录</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>Report printed</source>
        <translation>打印报告</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>History</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Record timeline</source>
        <translation>记录时间线</translation>
    </message>
    <message>
        <source>Verify and export</source>
        <translation>校验与导出</translation>
    </message>
    <message>
        <source>Log head #{position} · {digest}</source>
        <translation>日志末端 #{position} · {digest}</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Record a breach</source>
        <translation>登记违约</translation>
    </message>
    <message>
        <source>Record breach</source>
        <translation>登记违约</translation>
    </message>
    <message>
        <source>What happened, and the evidence kept (photos, records)</source>
        <translation>违约情况及留存的证据（照片、记录）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>BuildingDemo</name>
    <message>
        <source>Front Desk</source>
        <translation>客服前台</translation>
    </message>
    <message>
        <source>Building the demo community…</source>
        <translation>正在生成演示小区…</translation>
    </message>
    <message>
        <source>Building the demo community: a year of its life, day by day
{day} · {events} events · {seconds} s</source>
        <translation>正在逐日生成演示小区一年的记录
{day} · {events} 个事件 · {seconds} 秒</translation>
    </message>
</context>
<context>
    <name>CalendarCard</name>
    <message>
        <source>Ends</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>应发通知</translation>
    </message>
    <message>
        <source>Notice overdue</source>
        <translation>通知逾期</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>显示列表</translation>
    </message>
    <message>
        <source>Choose a contract in the list to act on it.</source>
        <translation>请在列表中选择要处理的合同。</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>合同期</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月费</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Renewal notice</source>
        <translation>续约通知</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On record</source>
        <translation>存档</translation>
    </message>
    <message>
        <source>On {day}: {n} ending or with a notice due</source>
        <translation>{day}：{n} 份合同到期或应发续约通知</translation>
    </message>
    <message>
        <source>breaches: {n}</source>
        <translation>违约：{n} 次</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>(renewed {n}×)</source>
        <translation>（已续约 {n} 次）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>¥{agreed} agreed · ¥{paid} paid · ¥{held} held</source>
        <translation>约定 ¥{agreed} · 已付 ¥{paid} · 在押 ¥{held}</translation>
    </message>
    <message>
        <source>sent {on} by {channel} (due {due})</source>
        <translation>{on} 已通过{channel}发送（期限 {due}）</translation>
    </message>
    <message>
        <source>due {due}, not sent</source>
        <translation>期限 {due}，尚未发送</translation>
    </message>
    <message>
        <source>signed {at}</source>
        <translation>签订于 {at}</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>Satisfaction callback</source>
        <translation>满意度回访</translation>
    </message>
    <message>
        <source>Record callback</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Ask how satisfied the resident is with how it was handled.</source>
        <translation>询问住户对本次处理是否满意。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <source>3 — neither</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <source>In the resident&apos;s words (optional)</source>
        <translation>住户原话（选填）</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Move-in follow-up call</source>
        <translation>入住回访电话</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Ask how the move went and whether anything in the unit needs attention.</source>
        <translation>询问搬家是否顺利，房屋内是否有需要处理的问题。</translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CallerCardView</name>
    <message>
        <source>Who is it?</source>
        <translation>对方是谁？</translation>
    </message>
    <message>
        <source>Phone, unit (3-2-1502) or name — Ctrl+F</source>
        <translation>电话、房号（3-2-1502）或姓名 — Ctrl+F</translation>
    </message>
    <message>
        <source>Type or paste who is calling or at the counter.</source>
        <translation>请输入或粘贴来电人或前台来访人的信息。</translation>
    </message>
    <message>
        <source>No household found for “{text}”.</source>
        <translation>未找到与“{text}”相符的住户。</translation>
    </message>
    <message>
        <source>Contacts from this number</source>
        <translation>此号码的接待记录</translation>
    </message>
    <message>
        <source>moved in {date}</source>
        <translation>{date} 入住</translation>
    </message>
    <message>
        <source>moved out {date}</source>
        <translation>{date} 迁出</translation>
    </message>
    <message>
        <source>Standing instructions</source>
        <translation>住户嘱托</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>近期接待</translation>
    </message>
    <message>
        <source>Visitors on site</source>
        <translation>在场访客</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <source>Parcels waiting</source>
        <translation>待取快递</translation>
    </message>
    <message>
        <source>shelf {shelf} · {carrier} · waited {waited}</source>
        <translation>货架 {shelf} · {carrier} · 已等 {waited}</translation>
    </message>
    <message>
        <source>{carrier} on shelf {shelf} since {time}</source>
        <translation>{carrier} · 货架 {shelf} · 自 {time} 起</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>待续约</translation>
    </message>
    <message>
        <source>{kind} contract ends {end} · {status}</source>
        <translation>{kind}合同 {end} 到期 · {status}</translation>
    </message>
    <message>
        <source>due {moment} ({left} left)</source>
        <translation>期限 {moment}（剩余 {left}）</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose or type the reason first.</source>
        <translation>请先选择或填写原因。</translation>
    </message>
</context>
<context>
    <name>CatchUp</name>
    <message>
        <source>Front Desk</source>
        <translation>客服前台</translation>
    </message>
    <message>
        <source>Bringing the desk up to date with {n} new events…</source>
        <translation>正在同步前台数据：{n} 条新记录…</translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{action}: this cannot be undone. Go ahead?</source>
        <translation>{action}：此操作无法撤销。确定继续吗？</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>&amp;Record the move-in</source>
        <translation>登记入住(&amp;R)</translation>
    </message>
    <message>
        <source>Check and record</source>
        <translation>核对并登记</translation>
    </message>
    <message>
        <source>Read it back to the resident; nothing is recorded before this.</source>
        <translation>请向住户逐项复述核对；在此之前不会登记任何内容。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation>物业服务合同</translation>
    </message>
    <message>
        <source>{start} to {end}, ¥{fee} a month</source>
        <translation>{start} 至 {end}，每月 ¥{fee}</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>暂不签订</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Correct a phone number</source>
        <translation>更正电话号码</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>登记更正</translation>
    </message>
    <message>
        <source>The old number stays in the file&apos;s correction history.</source>
        <translation>原号码会保留在档案的更正记录中。</translation>
    </message>
    <message>
        <source>Resident changed number</source>
        <translation>住户更换了号码</translation>
    </message>
    <message>
        <source>Typing error at registration</source>
        <translation>登记时录入错误</translation>
    </message>
    <message>
        <source>Resident asked for another contact number</source>
        <translation>住户要求改用其他联系电话</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>New phone</source>
        <translation>新电话</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Calls and contacts</source>
        <translation>来电与接待</translation>
    </message>
    <message>
        <source>Calls received</source>
        <translation>来电数</translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation>已接来电</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <source>Contacts served</source>
        <translation>接待人次</translation>
    </message>
    <message>
        <source>This month could not be read. Show the dashboard again.</source>
        <translation>未能读取本月数据，请重新打开数据看板。</translation>
    </message>
    <message>
        <source>Peak hours, {month}: contacts and calls by weekday and hour</source>
        <translation>{month} 高峰时段：按星期和小时统计的接待与来电</translation>
    </message>
    <message>
        <source>No contacts this month.</source>
        <translation>本月没有接待记录。</translation>
    </message>
    <message>
        <source>Busiest: {day} {hour}:00–{next}:00, {count} contacts</source>
        <translation>最繁忙：{day} {hour}:00–{next}:00，接待 {count} 人次</translation>
    </message>
    <message>
        <source>Queue waits by hour, {month}</source>
        <translation>{month} 各时段排队等候时间</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90% 分位数</translation>
    </message>
    <message>
        <source>Hour the ticket was taken</source>
        <translation>取号时段</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>目标 {target}</translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <source>Property service contract</source>
        <translation>物业服务合同</translation>
    </message>
    <message>
        <source>Usually signed by the owner at move-in; a tenant&apos;s landlord holds it.</source>
        <translation>一般由业主在入住时签订；租户的合同由其房东签订。</translation>
    </message>
    <message>
        <source>Sign the property service contract now</source>
        <translation>现在签订物业服务合同</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <source>Monthly &amp;fee (¥)</source>
        <translation>月费（元）(&amp;F)</translation>
    </message>
    <message>
        <source>{area} m² × ¥{rate} per m² a month</source>
        <translation>{area} m² × ¥{rate}/m²/月</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Ending within</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Renewal notices due within</source>
        <translation>应发续约通知</translation>
    </message>
    <message>
        <source>Renewal notices overdue</source>
        <translation>续约通知已逾期</translation>
    </message>
    <message>
        <source>Expired, not renewed</source>
        <translation>已到期未续约</translation>
    </message>
    <message>
        <source>Renovation deposits</source>
        <translation>装修押金</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>全部合同</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天内</translation>
    </message>
    <message>
        <source>Filter: unit, name…</source>
        <translation>筛选：房号、姓名…</translation>
    </message>
    <message>
        <source>Sign contract…</source>
        <translation>签订合同…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>通知期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fee ¥/month</source>
        <translation>月费（元）</translation>
    </message>
    <message>
        <source>Deposit held ¥</source>
        <translation>押金余额（元）</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>变更…</translation>
    </message>
    <message>
        <source>Send notice…</source>
        <translation>发续约通知…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>续约…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>解除合同…</translation>
    </message>
    <message>
        <source>Breach…</source>
        <translation>违约…</translation>
    </message>
    <message>
        <source>Deposit paid…</source>
        <translation>收押金…</translation>
    </message>
    <message>
        <source>Refund deposit…</source>
        <translation>退押金…</translation>
    </message>
    <message>
        <source>Only a supervisor terminates a contract.</source>
        <translation>只有客服主管可以解除合同。</translation>
    </message>
    <message>
        <source>Contracts: {n}</source>
        <translation>合同：{n} 份</translation>
    </message>
    <message>
        <source>late: {n}</source>
        <translation>逾期：{n}</translation>
    </message>
    <message>
        <source>Contract signed for {unit}.</source>
        <translation>{unit} 的合同已签订。</translation>
    </message>
    <message>
        <source>Amendment recorded.</source>
        <translation>变更已登记。</translation>
    </message>
    <message>
        <source>Notice recorded; printing is not available on this desk.</source>
        <translation>通知已登记；本工位无法打印。</translation>
    </message>
    <message>
        <source>Renewal notice recorded.</source>
        <translation>续约通知已登记。</translation>
    </message>
    <message>
        <source>Renewed: a new term is on record.</source>
        <translation>已续约：新的合同期已登记。</translation>
    </message>
    <message>
        <source>Contract terminated.</source>
        <translation>合同已解除。</translation>
    </message>
    <message>
        <source>Breach recorded.</source>
        <translation>违约已登记。</translation>
    </message>
    <message>
        <source>Deposit payment recorded.</source>
        <translation>押金收款已登记。</translation>
    </message>
    <message>
        <source>Refund recorded.</source>
        <translation>退款已登记。</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Counter</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Phone call (F4)</source>
        <translation>接听来电 (F4)</translation>
    </message>
    <message>
        <source>Missed call… (F7)</source>
        <translation>未接来电… (F7)</translation>
    </message>
    <message>
        <source>Queue display (F9)</source>
        <translation>叫号屏 (F9)</translation>
    </message>
    <message>
        <source>Answered (Ctrl+Enter)</source>
        <translation>已解答 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ends the contact with the answer chosen</source>
        <translation>以所选答案结束本次接待</translation>
    </message>
    <message>
        <source>Incident… (Alt+I)</source>
        <translation>转工单… (Alt+I)</translation>
    </message>
    <message>
        <source>Visitor (Alt+V)</source>
        <translation>访客登记 (Alt+V)</translation>
    </message>
    <message>
        <source>Referred (Alt+R)</source>
        <translation>已转介 (Alt+R)</translation>
    </message>
    <message>
        <source>Left unserved…</source>
        <translation>未办结离开…</translation>
    </message>
    <message>
        <source>End the contact being served first (Ctrl+Enter when answered).</source>
        <translation>请先结束当前接待（已解答请按 Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>{ticket} is called; end the contact being served first.</source>
        <translation>已叫 {ticket} 号；请先结束当前接待。</translation>
    </message>
    <message>
        <source>The receipt for {ticket} could not be printed; the number stands.</source>
        <translation>{ticket} 号的取号凭条未能打印；号码仍然有效。</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <source>The number to call back:</source>
        <translation>需回拨的号码：</translation>
    </message>
    <message>
        <source>Log the missed call</source>
        <translation>登记未接来电</translation>
    </message>
    <message>
        <source>Missed call from {phone} logged.</source>
        <translation>已登记 {phone} 的未接来电。</translation>
    </message>
    <message>
        <source>No contact is being served.</source>
        <translation>当前没有正在接待的人。</translation>
    </message>
    <message>
        <source>Left unserved</source>
        <translation>未办结离开</translation>
    </message>
    <message>
        <source>They left before being served?</source>
        <translation>对方未办结就已离开？</translation>
    </message>
    <message>
        <source>They left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Ended: {outcome}.</source>
        <translation>已结束：{outcome}。</translation>
    </message>
    <message>
        <source>Nobody is being served — F3 calls the next number, F4 answers the phone</source>
        <translation>当前无人接待 — 按 F3 叫下一号，按 F4 接听来电</translation>
    </message>
    <message>
        <source>Serving {ticket} at window {window} since {time}</source>
        <translation>{window} 号窗口正在接待 {ticket}，自 {time} 起</translation>
    </message>
    <message>
        <source>On the phone since {time}</source>
        <translation>自 {time} 起通话中</translation>
    </message>
    <message>
        <source>Queue number {ticket}</source>
        <translation>排队号码 {ticket}</translation>
    </message>
</context>
<context>
    <name>CourierDialog</name>
    <message>
        <source>Courier or food delivery</source>
        <translation>快递或外卖</translation>
    </message>
    <message>
        <source>Courier or food delivery — pass for {minutes} minutes</source>
        <translation>快递或外卖 — 通行证有效 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Host &amp;unit</source>
        <translation>被访房号(&amp;U)</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>公司(&amp;Y)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Confirmed by</source>
        <translation>确认方式(&amp;C)</translation>
    </message>
    <message>
        <source>Other (type it)</source>
        <translation>其他（请输入）</translation>
    </message>
    <message>
        <source>Alt+1…7 picks one</source>
        <translation>Alt+1…7 快速选择</translation>
    </message>
    <message>
        <source>phone, or its last 4 digits</source>
        <translation>电话，或后 4 位</translation>
    </message>
    <message>
        <source>No ID number: the company and a phone make sure the right flat receives the delivery. </source>
        <translation>无需证件号码：凭公司和电话确保送到正确的住户。 </translation>
    </message>
    <message>
        <source>Issue and print  (Enter)</source>
        <translation>发证并打印  (Enter)</translation>
    </message>
    <message>
        <source>Check in, no pass  (Ctrl+Enter)</source>
        <translation>直接入场，不打证  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>no household lives here</source>
        <translation>该房屋无人居住</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Counter and hotline</source>
        <translation>前台与热线</translation>
    </message>
    <message>
        <source>Staff appraisal</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>The figures could not be read. Show the dashboard again.</source>
        <translation>未能读取数据，请重新打开数据看板。</translation>
    </message>
    <message>
        <source>Targets from the service center&apos;s procedures. Press a tile to chart it.</source>
        <translation>目标值依据服务中心作业规程。点击指标卡片查看图表。</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>目标 {target}</translation>
    </message>
    <message>
        <source>n = {count}</source>
        <translation>样本 {count}</translation>
    </message>
    <message>
        <source>{measure} by building, {month}</source>
        <translation>{month} 各楼栋{measure}</translation>
    </message>
    <message>
        <source>{measure} by category, {month}</source>
        <translation>{month} 各类别{measure}</translation>
    </message>
    <message>
        <source>{measure} by category, {month} (worst {shown})</source>
        <translation>{month} 各类别{measure}（最差 {shown} 项）</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>Bldg {number}</source>
        <translation>{number} 号楼</translation>
    </message>
    <message>
        <source>{measure} by month</source>
        <translation>各月{measure}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Deposit paid</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <source>{about}
Agreed ¥{agreed}, paid so far ¥{paid}.</source>
        <translation>{about}
约定 ¥{agreed}，已付 ¥{paid}。</translation>
    </message>
    <message>
        <source>Amount paid (¥)</source>
        <translation>本次收款（元）</translation>
    </message>
</context>
<context>
    <name>DialogKeys</name>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续填写(&amp;K)</translation>
    </message>
    <message>
        <source>Discard what was typed in this form?</source>
        <translation>放弃这张表里已填写的内容吗？</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Moved in</source>
        <translation>入住完成</translation>
    </message>
    <message>
        <source>Hand over the move-in pack and walk the resident through it.</source>
        <translation>请将入住资料交给住户，并逐项讲解。</translation>
    </message>
    <message>
        <source>&amp;Print the move-in pack</source>
        <translation type="vanished">打印入住资料(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Print the move-in pack (Ctrl+P)</source>
        <translation>打印入住资料(&amp;P)（Ctrl+P）</translation>
    </message>
    <message>
        <source>The household of {name} is recorded in {unit}.</source>
        <translation>{name} 一户已登记入住 {unit}。</translation>
    </message>
    <message>
        <source>The follow-up call is due by {date}.</source>
        <translation>请在 {date} 前完成入住回访。</translation>
    </message>
    <message>
        <source>The property service contract is signed.</source>
        <translation>物业服务合同已签订。</translation>
    </message>
    <message>
        <source>The service contract was not signed: {reason}</source>
        <translation>物业服务合同未签订：{reason}</translation>
    </message>
</context>
<context>
    <name>EmergencyAlert</name>
    <message>
        <source>EMERGENCY: {what} at {where}, reported {when} by {who}</source>
        <translation>紧急事件：{what}，地点 {where}，{when} 由 {who} 报告</translation>
    </message>
    <message>
        <source>(+{n} more not acknowledged)</source>
        <translation>（另有 {n} 件尚未受理）</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开查看</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Emergency report</source>
        <translation>紧急事件上报</translation>
    </message>
    <message>
        <source>Emergency — report it first, then follow the steps. Tell the duty manager and the emergency team.</source>
        <translation>紧急事件：先上报，再按步骤处置。请通知值班经理和应急小组。</translation>
    </message>
    <message>
        <source>What is happening?</source>
        <translation>发生了什么情况？</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>What</source>
        <translation>现场情况</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Building, entrance, floor, lift number…</source>
        <translation>楼栋、单元、楼层、电梯编号…</translation>
    </message>
    <message>
        <source>What the caller sees; anyone hurt or trapped</source>
        <translation>来电人看到的情况；有无人员受伤或被困</translation>
    </message>
    <message>
        <source>Caller&apos;s name and phone</source>
        <translation>来电人姓名及电话</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Report emergency</source>
        <translation>上报紧急事件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访房号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>入场时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>初步处置</translation>
    </message>
    <message>
        <source>Choose what is happening to see its first steps.</source>
        <translation>选择事件类型，查看初步处置步骤。</translation>
    </message>
    <message>
        <source>First steps — {what}</source>
        <translation>初步处置 — {what}</translation>
    </message>
    <message>
        <source>Tick each step when it is done; it is logged on the ticket.</source>
        <translation>每完成一步请勾选，系统会记录到工单中。</translation>
    </message>
    <message>
        <source>Report first; then tick each step as it is done.</source>
        <translation>请先上报，再逐项勾选已完成的步骤。</translation>
    </message>
    <message>
        <source>Choose what is happening first.</source>
        <translation>请先选择事件类型。</translation>
    </message>
    <message>
        <source>Reported as {ticket}: respond by {respond}, make safe by {resolve}.</source>
        <translation>已上报，工单号 {ticket}：{respond} 前响应，{resolve} 前排除险情。</translation>
    </message>
    <message>
        <source>Visitors on site now: {n}</source>
        <translation>当前在场访客：{n} 人</translation>
    </message>
</context>
<context>
    <name>EmergencyReportDialog</name>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Emergency log report</source>
        <translation>突发事件记录报告</translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>打印(&amp;P)（Ctrl+P）</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="vanished">预览…</translation>
    </message>
    <message>
        <source>Emergency log {start} – {end}</source>
        <translation>突发事件记录 {start} – {end}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Now at level {level}.</source>
        <translation>当前为第 {level} 级。</translation>
    </message>
    <message>
        <source>Level 2 — complex, or several departments</source>
        <translation>第 2 级 — 情况复杂或涉及多个部门</translation>
    </message>
    <message>
        <source>Level 3 — company management: collective or media-sensitive</source>
        <translation>第 3 级 — 公司管理层：群体性或涉及媒体的事件</translation>
    </message>
    <message>
        <source>(supervisor only)</source>
        <translation>（仅限客服主管）</translation>
    </message>
    <message>
        <source>Why it needs a higher level</source>
        <translation>需要升级的原因</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>At desk</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>封印摘要</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Timeline of this record</source>
        <translation>该记录的时间线</translation>
    </message>
    <message>
        <source>The desk at this moment</source>
        <translation>查看此刻的情况</translation>
    </message>
    <message>
        <source>Show every workspace as it stood right after this event (read-only)</source>
        <translation>以只读方式显示此事件刚发生后各工作区的情况</translation>
    </message>
    <message>
        <source>#{position} · version {version} of its record</source>
        <translation>#{position} · 该记录的第 {version} 版</translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation>未加封</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over the shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>&amp;Notes for the next shift</source>
        <translation>给下一班的交班说明(&amp;N)</translation>
    </message>
    <message>
        <source>What to watch, whom to call back, anything special</source>
        <translation>需留意的事、需回电的人、其他特殊情况</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print the sheet</source>
        <translation>打印交接单</translation>
    </message>
    <message>
        <source>Hand over  (Ctrl+Enter)</source>
        <translation>交班  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No open matters: nothing waits for the next shift.</source>
        <translation>没有待办事项：无需下一班跟进。</translation>
    </message>
    <message>
        <source>{count} open matters at {time}. The next person takes them over at sign-in.</source>
        <translation>{time} 共有 {count} 项待办事项。下一位登录时接班。</translation>
    </message>
    <message>
        <source>Handed over. Lock the desk (Ctrl+L): the next person takes the shift over when they sign in.</source>
        <translation>已交班。请锁定前台 (Ctrl+L)：下一位登录时即可接班。</translation>
    </message>
    <message>
        <source>Handover sheet</source>
        <translation>交接班记录单</translation>
    </message>
    <message>
        <source>The sheet could not be printed: {why}; nothing recorded.</source>
        <translation>交接单打印失败：{why}；未作登记。</translation>
    </message>
    <message>
        <source>Handed over; the sheet is printed for both to sign.</source>
        <translation>已交班；交接单已打印，请双方签字。</translation>
    </message>
</context>
<context>
    <name>HandOverPanel</name>
    <message>
        <source>Hand over (F3)</source>
        <translation>取件 (F3)</translation>
    </message>
    <message>
        <source>&amp;Pickup code:</source>
        <translation>取件码(&amp;P)：</translation>
    </message>
    <message>
        <source>The code the resident was sent, or scan the label</source>
        <translation>住户收到的取件码，或扫描标签</translation>
    </message>
    <message>
        <source>Collected b&amp;y:</source>
        <translation>取件人(&amp;Y)：</translation>
    </message>
    <message>
        <source>Name (needed without the code)</source>
        <translation>姓名（无取件码时必填）</translation>
    </message>
    <message>
        <source>Hand over (Enter)</source>
        <translation>交付 (Enter)</translation>
    </message>
    <message>
        <source>ID checked (Alt+I)</source>
        <translation>已核验证件 (Alt+I)</translation>
    </message>
    <message>
        <source>Known resident (Alt+K)</source>
        <translation>熟识住户 (Alt+K)</translation>
    </message>
    <message>
        <source>Return to courier… (Alt+R)</source>
        <translation>退回快递… (Alt+R)</translation>
    </message>
    <message>
        <source>No parcel has this code.</source>
        <translation>没有此取件码的快递。</translation>
    </message>
    <message>
        <source>The parcel shows here as its code is typed.</source>
        <translation>输入取件码后，快递信息会显示在这里。</translation>
    </message>
    <message>
        <source>{unit} · shelf {shelf}</source>
        <translation>{unit} · 货架 {shelf}</translation>
    </message>
    <message>
        <source>{carrier} {waybill} · received {at} · waited {waited}</source>
        <translation>{carrier} {waybill} · {at} 收件 · 已等 {waited}</translation>
    </message>
    <message>
        <source>Not on the shelf: {state}</source>
        <translation>不在货架上：{state}</translation>
    </message>
    <message>
        <source>Also waiting for this flat ({count}): {parcels}</source>
        <translation>该户还有待取快递（{count} 件）：{parcels}</translation>
    </message>
    <message>
        <source>Type the 6-digit pickup code, or scan the shelf label.</source>
        <translation>请输入 6 位取件码，或扫描货架标签。</translation>
    </message>
    <message>
        <source>No parcel has the code {code}: nothing was handed over.</source>
        <translation>没有取件码为 {code} 的快递：未交付任何快递。</translation>
    </message>
    <message>
        <source>Type the code, or choose the parcel on the shelf first.</source>
        <translation>请先输入取件码，或在货架列表中选择快递。</translation>
    </message>
    <message>
        <source>Who is collecting? Type the name, then Enter.</source>
        <translation>谁来取件？请输入姓名后按 Enter。</translation>
    </message>
    <message>
        <source>Handed over: {unit}, shelf {shelf} ({proof}).</source>
        <translation>已取件：{unit}，货架 {shelf}（{proof}）。</translation>
    </message>
    <message>
        <source>Return to courier</source>
        <translation>退回快递</translation>
    </message>
    <message>
        <source>Why does {unit}&apos;s parcel (shelf {shelf}) go back?</source>
        <translation>为什么退回 {unit} 的快递（货架 {shelf}）？</translation>
    </message>
    <message>
        <source>Refused by the resident</source>
        <translation>住户拒收</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>地址错误</translation>
    </message>
    <message>
        <source>Not collected in time</source>
        <translation>逾期未取</translation>
    </message>
    <message>
        <source>Returned to the courier: {unit}, shelf {shelf}.</source>
        <translation>已退回快递：{unit}，货架 {shelf}。</translation>
    </message>
    <message>
        <source>{count} more waiting for this flat.</source>
        <translation>该户还有 {count} 件待取。</translation>
    </message>
</context>
<context>
    <name>HandedOverCard</name>
    <message>
        <source>Handed over</source>
        <translation>交班事项</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>已核对</translation>
    </message>
    <message>
        <source>Handed over to you at {time}</source>
        <translation>{time} 交接给您</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{count} on shelf {shelves}</source>
        <translation>{count} 件，货架 {shelves}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>自 {time}</translation>
    </message>
    <message>
        <source>by {time}</source>
        <translation>限 {time} 前</translation>
    </message>
</context>
<context>
    <name>HistoryBrowser</name>
    <message>
        <source>Earlier events…</source>
        <translation>更早的事件…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation>任意工位</translation>
    </message>
    <message>
        <source>Record id (paste)</source>
        <translation>记录编号（粘贴）</translation>
    </message>
    <message>
        <source>Unit, e.g. 3-2-1502</source>
        <translation>房号，如 3-2-1502</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Choose an event to see all it says.
Double-click (or Enter) opens the timeline of its record.</source>
        <translation>选择一条事件即可查看全部内容。
双击（或按回车）打开其所属记录的时间线。</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>任意操作人</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>任意事件</translation>
    </message>
    <message>
        <source>Reading the log… {n} events so far</source>
        <translation>正在读取日志…已读 {n} 条</translation>
    </message>
    <message>
        <source>{n} events shown · more as you scroll</source>
        <translation>已显示 {n} 条 · 向下滚动加载更多</translation>
    </message>
    <message>
        <source>{n} matching events</source>
        <translation>符合条件 {n} 条</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <source>up to the moment shown</source>
        <translation>截至所显示的时刻</translation>
    </message>
</context>
<context>
    <name>HostContact</name>
    <message>
        <source>{name} ({relation}) {phone}</source>
        <translation>{name}（{relation}）{phone}</translation>
    </message>
    <message>
        <source>No one to call: the host household has no phone on file.</source>
        <translation>无法联系：该户没有登记电话。</translation>
    </message>
    <message>
        <source>Call the host: {people}</source>
        <translation>联系业主：{people}</translation>
    </message>
</context>
<context>
    <name>HouseholdPickerDialog</name>
    <message>
        <source>Name, unit, phone or plate</source>
        <translation>姓名、房号、电话或车牌</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>{count} households found</source>
        <translation>找到 {count} 户</translation>
    </message>
    <message>
        <source>The first {count} households found; type more to narrow it.</source>
        <translation>仅显示前 {count} 户；请继续输入以缩小范围。</translation>
    </message>
    <message>
        <source>Registered households are listed; search for anyone else.</source>
        <translation>已列出已报名的住户；其他住户请搜索。</translation>
    </message>
    <message>
        <source>Search for the household.</source>
        <translation>请搜索住户。</translation>
    </message>
</context>
<context>
    <name>IncidentOutcomeDialog</name>
    <message>
        <source>The contact ends in an incident</source>
        <translation>本次接待转为工单</translation>
    </message>
    <message>
        <source>Their open incident</source>
        <translation>该户未结工单</translation>
    </message>
    <message>
        <source>Link this one</source>
        <translation>关联此工单</translation>
    </message>
    <message>
        <source>Or report it now</source>
        <translation>或立即报事</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <source>Choose an incident on the board to see its timeline.</source>
        <translation>在工单列表中选择一张工单，即可查看处理记录。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>接报</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派单…</translation>
    </message>
    <message>
        <source>Log action…</source>
        <translation>记录处理…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>挂起…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>完成处理…</translation>
    </message>
    <message>
        <source>Callback…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重开工单…</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报事</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>处理完成</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重开</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Level {n}</source>
        <translation>第 {n} 级</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}（{who}）</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未指派</translation>
    </message>
    <message>
        <source>(responded {when})</source>
        <translation>（{when} 已响应）</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>(resolved {when})</source>
        <translation>（{when} 已处理）</translation>
    </message>
    <message>
        <source>· on hold {time} so far</source>
        <translation>· 已挂起 {time}</translation>
    </message>
</context>
<context>
    <name>IncidentSteps</name>
    <message>
        <source>Acknowledged: the response is on record.</source>
        <translation>已受理：响应时间已记录。</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>派给</translation>
    </message>
    <message>
        <source>Dispatched.</source>
        <translation>已派单。</translation>
    </message>
    <message>
        <source>Log an action</source>
        <translation>记录处理情况</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <source>Action logged.</source>
        <translation>处理情况已记录。</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>挂起工单</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>the resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Time on hold does not count against the deadlines.</source>
        <translation>挂起期间不计入处理时限。</translation>
    </message>
    <message>
        <source>On hold: the clock is stopped.</source>
        <translation>已挂起：计时暂停。</translation>
    </message>
    <message>
        <source>Resumed: the deadlines moved on by the time on hold.</source>
        <translation>已恢复：处理时限已按挂起时长顺延。</translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation>已升级。</translation>
    </message>
    <message>
        <source>Resolved. The satisfaction callback is due within {hours} hours.</source>
        <translation>已处理完成。请在 {hours} 小时内进行满意度回访。</translation>
    </message>
    <message>
        <source>Callback recorded.</source>
        <translation>回访已记录。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重开工单</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reopened with a new deadline.</source>
        <translation>已重开，并设定新的处理时限。</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>已关闭。</translation>
    </message>
</context>
<context>
    <name>IncidentTimes</name>
    <message>
        <source>{time} today</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation>明天 {time}</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Open — least time left first</source>
        <translation>处理中 — 剩余时间少的在前</translation>
    </message>
    <message>
        <source>Late (deadline missed)</source>
        <translation>已超时（错过时限）</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>All, newest first</source>
        <translation>全部（最新在前）</translation>
    </message>
    <message>
        <source>Filter: ticket, place, person…</source>
        <translation>筛选：工单号、地点、人员…</translation>
    </message>
    <message>
        <source>New report (Ctrl+N)</source>
        <translation>新建工单 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Emergency report (Ctrl+P)…</source>
        <translation>突发事件报告（Ctrl+P）…</translation>
    </message>
    <message>
        <source>Emergency report…</source>
        <translation type="vanished">突发事件报告…</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>What and where</source>
        <translation>事项及地点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation type="vanished">完成时限</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Not acknowledged — respond now</source>
        <translation>未受理 — 请立即响应</translation>
    </message>
    <message>
        <source>Shown: {n}</source>
        <translation>显示：{n} 条</translation>
    </message>
    <message>
        <source>late: {n}</source>
        <translation>超时：{n}</translation>
    </message>
</context>
<context>
    <name>InstructionsNote</name>
    <message>
        <source>until {day}</source>
        <translation>至 {day}</translation>
    </message>
</context>
<context>
    <name>InstructionsSection</name>
    <message>
        <source>Set instruction…</source>
        <translation>设置嘱托…</translation>
    </message>
    <message>
        <source>End instruction…</source>
        <translation>结束嘱托…</translation>
    </message>
    <message>
        <source>Standing instructions ({count})</source>
        <translation>住户嘱托（{count}）</translation>
    </message>
    <message>
        <source>Standing instructions: none</source>
        <translation>住户嘱托：无</translation>
    </message>
    <message>
        <source>End this instruction for {unit}?
{instruction}</source>
        <translation>结束 {unit} 的这条嘱托吗？
{instruction}</translation>
    </message>
    <message>
        <source>End a standing instruction</source>
        <translation>结束住户嘱托</translation>
    </message>
    <message>
        <source>End instruction</source>
        <translation>结束嘱托</translation>
    </message>
</context>
<context>
    <name>IntegrityPanel</name>
    <message>
        <source>Integrity of the log</source>
        <translation>日志完整性</translation>
    </message>
    <message>
        <source>Every event is sealed with a digest that covers the one before it. Verifying recomputes the whole chain, from the first event to the last, and names the first position that does not match.</source>
        <translation>每条事件都以涵盖前一条的摘要加封。校验会从第一条到最后一条重新计算整条链，并指出第一个不符的位置。</translation>
    </message>
    <message>
        <source>Verify the whole log</source>
        <translation>校验整个日志</translation>
    </message>
    <message>
        <source>Head written down earlier (optional):</source>
        <translation>之前记下的末端（可选）：</translation>
    </message>
    <message>
        <source>POSITION:DIGEST, e.g. from an earlier export</source>
        <translation>位置:摘要，例如取自之前的导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export for auditors</source>
        <translation>审计导出</translation>
    </message>
    <message>
        <source>Writes into an empty folder every event as stored and as decoded, the integrity chain, the desk&apos;s lists (CSV files and one Excel workbook) with a data dictionary, and a manifest sealing each file; frontdesk export --check recomputes the chain from the copy alone. The export itself is recorded in the log.</source>
        <translation>向一个空文件夹写入：全部事件（按存储原样及解码后各一份）、完整性哈希链、前台的各个列表（CSV 文件和一个 Excel 工作簿）及数据字典，以及为每个文件加封的清单；frontdesk export --check 仅凭这份副本即可重算哈希链。导出本身也会记入日志。</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>导出到文件夹…</translation>
    </message>
    <message>
        <source>Only an auditor or an administrator may export the history.</source>
        <translation>只有审计员或系统管理员可以导出历史记录。</translation>
    </message>
    <message>
        <source>Return to live to export: the export is recorded in the log.</source>
        <translation>请返回实时后再导出：导出操作会记入日志。</translation>
    </message>
    <message>
        <source>Write the head down as POSITION:DIGEST (64 hex digits).</source>
        <translation>末端请按 位置:摘要 填写（摘要为 64 位十六进制数）。</translation>
    </message>
    <message>
        <source>Verification cancelled; nothing was concluded.</source>
        <translation>校验已取消，未得出结论。</translation>
    </message>
    <message>
        <source>Verification could not run: {problem}</source>
        <translation>无法执行校验：{problem}</translation>
    </message>
    <message>
        <source>✓ The log is intact: {n} events checked.
Head: position #{position}
Head digest: {digest}</source>
        <translation>✓ 日志完整：已校验 {n} 条事件。
末端：位置 #{position}
末端摘要：{digest}</translation>
    </message>
    <message>
        <source>The head written down earlier, #{position}, is unchanged.</source>
        <translation>之前记下的末端 #{position} 未被改动。</translation>
    </message>
    <message>
        <source>Verified at {moment}</source>
        <translation>校验时间：{moment}</translation>
    </message>
    <message>
        <source>First bad position: #{position} · {moment} · {record} {id}</source>
        <translation>第一个不符的位置：#{position} · {moment} · {record} {id}</translation>
    </message>
    <message>
        <source>An empty folder for the export</source>
        <translation>选择一个空文件夹用于导出</translation>
    </message>
    <message>
        <source>Writing the export to {folder}…</source>
        <translation>正在导出到 {folder}…</translation>
    </message>
    <message>
        <source>✓ Exported {n} events to {folder}
Head: position #{position}
Head digest: {digest}
Manifest: {manifest}</source>
        <translation>✓ 已将 {n} 条事件导出到 {folder}
末端：位置 #{position}
末端摘要：{digest}
清单：{manifest}</translation>
    </message>
    <message>
        <source>✗ Nothing was exported: {problem}</source>
        <translation>✗ 未导出任何内容：{problem}</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>in</source>
        <translation>在前台</translation>
    </message>
    <message>
        <source>out: {unit} {person}</source>
        <translation>借出：{unit} {person}</translation>
    </message>
    <message>
        <source>Items lent and kept</source>
        <translation>借用及代管物品</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>归还期限</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>添加物品(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Lend…</source>
        <translation>借出(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;turned</source>
        <translation>已归还(&amp;T)</translation>
    </message>
    <message>
        <source>{out} out · {late} late</source>
        <translation>借出 {out} 件 · 逾期 {late} 件</translation>
    </message>
    <message>
        <source>{out} out</source>
        <translation>借出 {out} 件</translation>
    </message>
    <message>
        <source>Choose an item that is out first.</source>
        <translation>请先选择已借出的物品。</translation>
    </message>
    <message>
        <source>Choose an item that is in first.</source>
        <translation>请先选择在前台的物品。</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Standard answers</source>
        <translation>标准答案</translation>
    </message>
    <message>
        <source>Knowledge base…</source>
        <translation>知识库…</translation>
    </message>
    <message>
        <source>Search the answers as you type — Ctrl+K</source>
        <translation>边输入边搜索答案 — Ctrl+K</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>The chosen answer is shown here.</source>
        <translation>所选答案会显示在这里。</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <source>Lend {item}</source>
        <translation>借出：{item}</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>房号：</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>借用人：</translation>
    </message>
    <message>
        <source>Due back:</source>
        <translation>归还期限：</translation>
    </message>
    <message>
        <source>Only to a member of {unit} or someone it authorised.</source>
        <translation>仅借给 {unit} 的家庭成员或其授权人。</translation>
    </message>
</context>
<context>
    <name>LiveDesk</name>
    <message>
        <source>This is a read-only view of the past. Return to live to change anything.</source>
        <translation>当前为过去时刻的只读视图，请返回实时后再进行修改。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Front Desk</source>
        <translation>客服前台</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page}（Ctrl+{n}）</translation>
    </message>
    <message>
        <source>Emergency (F12)</source>
        <translation>紧急事件 (F12)</translation>
    </message>
    <message>
        <source>Lock / switch user (Ctrl+L)</source>
        <translation>锁定 / 换人 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hand over (Ctrl+H)</source>
        <translation>交班 (Ctrl+H)</translation>
    </message>
    <message>
        <source>Hand the shift over: the open matters and your notes, for the next person</source>
        <translation>交班：把待办事项和您的说明交给下一位</translation>
    </message>
    <message>
        <source>Lock the desk: the next person signs in, and is who the records name</source>
        <translation>锁定前台：下一位登录的人就是记录上的经办人</translation>
    </message>
    <message>
        <source>As of…</source>
        <translation>历史时刻…</translation>
    </message>
    <message>
        <source>Show every workspace as it stood at a past moment (read-only)</source>
        <translation>以只读方式显示各工作区在过去某一时刻的情况</translation>
    </message>
    <message>
        <source>{name} · {role} · desk {desk}</source>
        <translation>{name} · {role} · 工位 {desk}</translation>
    </message>
    <message>
        <source>Read-only: an auditor&apos;s desk changes nothing.</source>
        <translation>只读：审计员账号不能修改任何数据。</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>与户主关系(&amp;R)</translation>
    </message>
    <message>
        <source>ID &amp;type</source>
        <translation>证件类型(&amp;T)</translation>
    </message>
    <message>
        <source>ID n&amp;umber</source>
        <translation>证件号码(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>as on the ID document</source>
        <translation>与证件一致</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>手机或座机</translation>
    </message>
    <message>
        <source>{count} of 18 characters</source>
        <translation>已输入 {count}/18 位</translation>
    </message>
    <message>
        <source>✓ Valid · born {date}</source>
        <translation>✓ 有效 · 出生日期 {date}</translation>
    </message>
    <message>
        <source>{count} of 11 digits</source>
        <translation>已输入 {count}/11 位</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Everyone who will live in the unit, the head of the household first.</source>
        <translation>所有将在此居住的人员，户主排在第一位。</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Enter adds the member; Enter on an empty form goes on.</source>
        <translation>按 Enter 添加成员；表单为空时按 Enter 进入下一步。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>MoveInPack</name>
    <message>
        <source>Printing is not available yet: the move-in pack document is not installed.</source>
        <translation type="vanished">暂时无法打印：未安装入住资料模板。</translation>
    </message>
    <message>
        <source>The pack could not be printed: {problem}</source>
        <translation>入住资料打印失败：{problem}</translation>
    </message>
    <message>
        <source>Move-in pack</source>
        <translation>入住资料</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>未打印。</translation>
    </message>
    <message>
        <source>Move-in pack printed.</source>
        <translation>入住资料已打印。</translation>
    </message>
    <message>
        <source>Move-in pack printed again (copy {copy}).</source>
        <translation>入住资料已重新打印（第 {copy} 份）。</translation>
    </message>
</context>
<context>
    <name>MoveInWizard</name>
    <message>
        <source>Move in</source>
        <translation>办理入住</translation>
    </message>
    <message>
        <source>Step {number} of {count} · {title}</source>
        <translation>第 {number} 步，共 {count} 步 · {title}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>Move out of {unit}</source>
        <translation>办理迁出：{unit}</translation>
    </message>
    <message>
        <source>Record the move-out</source>
        <translation>登记迁出</translation>
    </message>
    <message>
        <source>The file is kept as a former household of {unit}; the unit becomes vacant.</source>
        <translation>档案将作为 {unit} 的历史住户保留；该房屋变为空置。</translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation>迁出日期</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Send the renewal notice</source>
        <translation>发送续约通知</translation>
    </message>
    <message>
        <source>Record notice</source>
        <translation>登记通知</translation>
    </message>
    <message>
        <source>Reprint the letter</source>
        <translation>补打通知函</translation>
    </message>
    <message>
        <source>{about}
The notice was due on {due}.</source>
        <translation>{about}
通知期限为 {due}。</translation>
    </message>
    <message>
        <source>A letter has gone out this term: printing it again makes a numbered copy, not another notice.</source>
        <translation>本期已寄出过通知函：再次打印为编号副本，不算再次通知。</translation>
    </message>
    <message>
        <source>Print the letter now</source>
        <translation>立即打印通知函</translation>
    </message>
    <message>
        <source>Printing is not available on this desk.</source>
        <translation>本工位无法打印。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <source>Shelf label {code}</source>
        <translation>货架标签 {code}</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>快递代收</translation>
    </message>
    <message>
        <source>The shelf label could not be printed; the parcel is on the shelf.</source>
        <translation>货架标签未能打印；快递已上架。</translation>
    </message>
</context>
<context>
    <name>PassPanel</name>
    <message>
        <source>Visiting</source>
        <translation>被访户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>业主确认</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>进出时间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>通行码</translation>
    </message>
    <message>
        <source>Host answer</source>
        <translation>业主答复</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>进出</translation>
    </message>
    <message>
        <source>Badge card</source>
        <translation>访客胸卡</translation>
    </message>
    <message>
        <source>62 mm label</source>
        <translation>62 mm 标签</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <source>How the host confirmed</source>
        <translation>业主确认方式</translation>
    </message>
    <message>
        <source>Host &amp;confirmed</source>
        <translation>业主已确认(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Declined…</source>
        <translation>业主拒绝(&amp;D)…</translation>
    </message>
    <message>
        <source>Supervisor wai&amp;ver…</source>
        <translation>主管特批(&amp;V)…</translation>
    </message>
    <message>
        <source>Only a supervisor may waive the host&apos;s confirmation</source>
        <translation>只有客服主管可以特批免除业主确认</translation>
    </message>
    <message>
        <source> h valid</source>
        <translation> 小时有效</translation>
    </message>
    <message>
        <source>Pass size (remembered for this desk)</source>
        <translation>通行证规格（本工位会记住此设置）</translation>
    </message>
    <message>
        <source>Issue and prin&amp;t</source>
        <translation>发证并打印(&amp;T)</translation>
    </message>
    <message>
        <source>Print &amp;again</source>
        <translation>重新打印(&amp;A)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="vanished">保存 PDF…</translation>
    </message>
    <message>
        <source>Print the pass again (Ctrl+P)</source>
        <translation>再次打印通行证（Ctrl+P）</translation>
    </message>
    <message>
        <source>Issue the pass and print it on this desk&apos;s printer (Ctrl+P)</source>
        <translation>发证并用本前台的打印机打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>Preview, save as PDF, this desk&apos;s printer</source>
        <translation>预览、另存为 PDF、本前台的打印机</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Printer for this desk…</source>
        <translation>本前台的打印机(&amp;P)…</translation>
    </message>
    <message>
        <source>Ch&amp;eck in</source>
        <translation>入场(&amp;E)</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>离场(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>作废(&amp;R)…</translation>
    </message>
    <message>
        <source>Register again (F2)</source>
        <translation>再次登记 (F2)</translation>
    </message>
    <message>
        <source>No pass selected</source>
        <translation>未选择通行证</translation>
    </message>
    <message>
        <source>Select a visitor in the list, or register one.</source>
        <translation>请在列表中选择访客，或登记新访客。</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>未发证</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>declined: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <source>confirmed ({channel})</source>
        <translation>已确认（{channel}）</translation>
    </message>
    <message>
        <source>pass revoked: {reason}</source>
        <translation>通行证已作废：{reason}</translation>
    </message>
    <message>
        <source>waived: {reason}</source>
        <translation>主管特批：{reason}</translation>
    </message>
    <message>
        <source>Host confirmed by {channel}. Issue the pass next.</source>
        <translation>业主已通过{channel}确认。下一步请发放通行证。</translation>
    </message>
    <message>
        <source>Host declined</source>
        <translation>业主拒绝</translation>
    </message>
    <message>
        <source>Why does the host not want {name} to come in?</source>
        <translation>业主为什么不同意 {name} 进入？</translation>
    </message>
    <message>
        <source>Host does not know the visitor</source>
        <translation>业主不认识该访客</translation>
    </message>
    <message>
        <source>Host not at home</source>
        <translation>业主不在家</translation>
    </message>
    <message>
        <source>Host asked to refuse</source>
        <translation>业主要求谢绝来访</translation>
    </message>
    <message>
        <source>Record decline</source>
        <translation>登记拒绝</translation>
    </message>
    <message>
        <source>Recorded: the host declined. The visitor may not enter.</source>
        <translation>已登记：业主拒绝来访，访客不得进入。</translation>
    </message>
    <message>
        <source>Supervisor waiver</source>
        <translation>主管特批</translation>
    </message>
    <message>
        <source>The host cannot be reached. Why may {name} come in without the host&apos;s confirmation?</source>
        <translation>无法联系到业主。为什么可以在业主未确认的情况下让 {name} 进入？</translation>
    </message>
    <message>
        <source>Host unreachable; urgent repair</source>
        <translation>业主联系不上；紧急维修</translation>
    </message>
    <message>
        <source>Property staff escort</source>
        <translation>物业人员全程陪同</translation>
    </message>
    <message>
        <source>Waive confirmation</source>
        <translation>特批放行</translation>
    </message>
    <message>
        <source>Confirmation waived. Issue the pass next.</source>
        <translation>已特批放行。下一步请发放通行证。</translation>
    </message>
    <message>
        <source>Revoke pass</source>
        <translation>作废通行证</translation>
    </message>
    <message>
        <source>Why is the pass of {name} revoked?</source>
        <translation>为什么作废 {name} 的通行证？</translation>
    </message>
    <message>
        <source>Host withdrew the invitation</source>
        <translation>业主撤回邀请</translation>
    </message>
    <message>
        <source>Misconduct on site</source>
        <translation>在小区内有不当行为</translation>
    </message>
    <message>
        <source>Registered by mistake</source>
        <translation>误登记</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Pass revoked.</source>
        <translation>通行证已作废。</translation>
    </message>
    <message>
        <source>Pass {code} issued.</source>
        <translation>已发放通行证 {code}。</translation>
    </message>
    <message>
        <source>Passes now print on this printer.</source>
        <translation>通行证今后用这台打印机打印。</translation>
    </message>
    <message>
        <source>Visitor pass {code} · {name}</source>
        <translation>访客通行证 {code} · {name}</translation>
    </message>
    <message>
        <source>Pass {code} not printed.</source>
        <translation>通行证 {code} 未打印。</translation>
    </message>
    <message>
        <source>The pass could not be drawn: {problem}</source>
        <translation>无法生成通行证：{problem}</translation>
    </message>
    <message>
        <source>The pass is still being drawn for the printer…</source>
        <translation>通行证仍在生成，马上打印…</translation>
    </message>
    <message>
        <source>Pass {code} printed. Hand it over with the safety reminders.</source>
        <translation>通行证 {code} 已打印。交给访客时请一并告知安全须知。</translation>
    </message>
    <message>
        <source>Pass {code} printed: copy {copy}. Hand it over with the safety reminders.</source>
        <translation>通行证 {code} 已打印（副本 {copy}）。交给访客时请一并告知安全须知。</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>{name} checked in.</source>
        <translation>{name} 已入场。</translation>
    </message>
    <message>
        <source>{name} checked out.</source>
        <translation>{name} 已离场。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Residents</source>
        <translation type="vanished">住户</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="vanished">访客</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="vanished">合同</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="vanished">工单</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="vanished">社区活动</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="vanished">数据看板</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="vanished">审计</translation>
    </message>
    <message>
        <source>This workspace is not available yet.</source>
        <translation type="vanished">此功能尚未开放。</translation>
    </message>
</context>
<context>
    <name>PlanActivityDialog</name>
    <message>
        <source>Plan an activity</source>
        <translation>策划社区活动</translation>
    </message>
    <message>
        <source>Plan activity</source>
        <translation>保存活动计划</translation>
    </message>
    <message>
        <source>Plan staff, venue, supplies and safety; promote it in advance.</source>
        <translation>请安排好人员、场地、物资和安全措施，并提前宣传。</translation>
    </message>
    <message>
        <source>e.g. 中秋节做月饼</source>
        <translation>例如：中秋节做月饼</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Places (people)</source>
        <translation>名额（人）</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>打印(&amp;P)（Ctrl+P）</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing is not available: the visitor pass document is not installed.</source>
        <translation type="vanished">无法打印：未安装访客通行证模板。</translation>
    </message>
    <message>
        <source>The document could not be read for printing.</source>
        <translation>无法读取要打印的文档。</translation>
    </message>
    <message>
        <source>The printer {printer} could not be used: check it, or choose another.</source>
        <translation>无法使用打印机 {printer}：请检查它，或另选一台。</translation>
    </message>
    <message>
        <source>Printer for this desk</source>
        <translation>本前台的打印机</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>For</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>This desk calls to &amp;window</source>
        <translation>本工位叫号至窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Take a number (F2)</source>
        <translation>取号 (F2)</translation>
    </message>
    <message>
        <source>Call next (F3)</source>
        <translation>叫下一号 (F3)</translation>
    </message>
    <message>
        <source>Left the queue…</source>
        <translation>过号…</translation>
    </message>
    <message>
        <source>The selected number&apos;s holder has gone</source>
        <translation>所选号码的持号人已离开</translation>
    </message>
    <message>
        <source>Call out of turn…</source>
        <translation>优先叫号…</translation>
    </message>
    <message>
        <source>Call the selected number first (an elderly resident, a pregnant woman)</source>
        <translation>优先叫所选号码（如老人、孕妇）</translation>
    </message>
    <message>
        <source>{waiting} waiting · the next person waits about {minutes} min</source>
        <translation>{waiting} 人等候 · 下一位约需等 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>无人等候。</translation>
    </message>
    <message>
        <source>Select the number whose holder has left.</source>
        <translation>请选择持号人已离开的号码。</translation>
    </message>
    <message>
        <source>Left the queue</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>{ticket} has left and will not be called?</source>
        <translation>{ticket} 已离开，不再叫号？</translation>
    </message>
    <message>
        <source>They have left</source>
        <translation>确认过号</translation>
    </message>
    <message>
        <source>Select the number to call first.</source>
        <translation>请选择要优先叫的号码。</translation>
    </message>
    <message>
        <source>Call out of turn</source>
        <translation>优先叫号</translation>
    </message>
    <message>
        <source>Why {ticket} goes first (those waiting are told):</source>
        <translation>{ticket} 优先办理的原因（会告知其他等候的人）：</translation>
    </message>
    <message>
        <source>Elderly resident</source>
        <translation>老年住户</translation>
    </message>
    <message>
        <source>Pregnant woman</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾人士</translation>
    </message>
    <message>
        <source>Call {ticket} now</source>
        <translation>立即叫 {ticket} 号</translation>
    </message>
</context>
<context>
    <name>RateStaffDialog</name>
    <message>
        <source>Rate teamwork and knowledge</source>
        <translation>评定团队协作与业务知识</translation>
    </message>
    <message>
        <source>Record marks</source>
        <translation>登记评分</translation>
    </message>
    <message>
        <source>Marks from 0 to 100 for {name}, {month}; marking again replaces them.</source>
        <translation>{name} {month} 的评分（0–100）；重新评分将覆盖原评分。</translation>
    </message>
    <message>
        <source>What the marks rest on (optional)</source>
        <translation>评分依据（选填）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose or type the reason first.</source>
        <translation>请先选择或填写原因。</translation>
    </message>
    <message>
        <source>{action} — reason: {reason}
This cannot be undone. Go ahead?</source>
        <translation>{action} — 原因：{reason}
此操作无法撤销。确定继续吗？</translation>
    </message>
</context>
<context>
    <name>RecallBar</name>
    <message>
        <source>Came before: {name}, to {unit} on {day}</source>
        <translation>曾来访：{name}，{day} 到访 {unit}</translation>
    </message>
    <message>
        <source>Fill in ({key})</source>
        <translation>一键填入 ({key})</translation>
    </message>
</context>
<context>
    <name>ReceivePanel</name>
    <message>
        <source>Receive from a courier (F2)</source>
        <translation>快递签收 (F2)</translation>
    </message>
    <message>
        <source>&amp;Waybill:</source>
        <translation>运单号(&amp;W)：</translation>
    </message>
    <message>
        <source>Scan the courier&apos;s barcode, or type it, then Enter</source>
        <translation>扫描快递条码或手动输入，然后按 Enter</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>房号(&amp;U)：</translation>
    </message>
    <message>
        <source>nobody lives here</source>
        <translation>该房屋无人居住</translation>
    </message>
    <message>
        <source>&amp;Courier:</source>
        <translation>快递公司(&amp;C)：</translation>
    </message>
    <message>
        <source>from the waybill</source>
        <translation>根据运单号识别</translation>
    </message>
    <message>
        <source>S&amp;helf:</source>
        <translation>货架(&amp;H)：</translation>
    </message>
    <message>
        <source>Print shelf label (Ctrl+P)</source>
        <translation>打印货架标签 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Scan → unit → Enter, for each parcel.</source>
        <translation>每件快递：扫描 → 房号 → Enter。</translation>
    </message>
    <message>
        <source>That is a shelf label: hand the parcel over with F3.</source>
        <translation>这是货架标签：请按 F3 办理取件。</translation>
    </message>
    <message>
        <source>Already received for {unit} (shelf {shelf}, {state}).</source>
        <translation>已为 {unit} 签收过（货架 {shelf}，{state}）。</translation>
    </message>
    <message>
        <source>Which courier, and which shelf? Then Enter.</source>
        <translation>请选择快递公司和货架，然后按 Enter。</translation>
    </message>
    <message>
        <source>Received for {unit}: {carrier} {waybill}, shelf {shelf}, code {code}</source>
        <translation>已为 {unit} 签收：{carrier} {waybill}，货架 {shelf}，取件码 {code}</translation>
    </message>
    <message>
        <source>Waiting for this flat now: {count}</source>
        <translation>该户当前待取：{count} 件</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund the deposit</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>登记退款</translation>
    </message>
    <message>
        <source>{about}
Held now: ¥{held}.</source>
        <translation>{about}
当前在押：¥{held}。</translation>
    </message>
    <message>
        <source>What the deductions are for (damage, debris…)</source>
        <translation>扣款原因（损坏、垃圾清运…）</translation>
    </message>
    <message>
        <source>Refund (¥)</source>
        <translation>退还金额（元）</translation>
    </message>
    <message>
        <source>Deductions (¥)</source>
        <translation>扣款（元）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Register a visitor</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>Host &amp;unit</source>
        <translation>被访房号(&amp;U)</translation>
    </message>
    <message>
        <source>Visit &amp;kind</source>
        <translation>来访类型(&amp;K)</translation>
    </message>
    <message>
        <source>Visitor &amp;name</source>
        <translation>访客姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID</source>
        <translation>证件(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>公司(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Work ID</source>
        <translation>工作证号(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>来访事由(&amp;P)</translation>
    </message>
    <message>
        <source>as on the ID</source>
        <translation>与证件一致</translation>
    </message>
    <message>
        <source>checked as you type</source>
        <translation>输入时自动校验</translation>
    </message>
    <message>
        <source>company or shop</source>
        <translation>公司或店铺名称</translation>
    </message>
    <message>
        <source>badge or work card number</source>
        <translation>工牌或工作证编号</translation>
    </message>
    <message>
        <source>Register  (Ctrl+Enter)</source>
        <translation>登记  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Confirmed, print  (F9)</source>
        <translation>已确认并打印 (F9)</translation>
    </message>
    <message>
        <source>The host confirmed by phone while the details were typed: registers the visitor, records the confirmation, issues the pass and prints it</source>
        <translation>录入信息时业主已电话确认：一键登记访客、记录业主确认、发证并打印</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Visiting family or friends</source>
        <translation>探亲访友</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <source>Repair or installation</source>
        <translation>维修或安装</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>搬家</translation>
    </message>
    <message>
        <source>Renovation work</source>
        <translation>装修施工</translation>
    </message>
    <message>
        <source>no household lives here</source>
        <translation>该房屋无人居住</translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <source>Remove a household member</source>
        <translation>移除家庭成员</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>The member stays in the file&apos;s history, marked as no longer living here.</source>
        <translation>该成员仍保留在档案历史中，并标记为已不在此居住。</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>已搬离</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation>误登记</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RemoveVehicleDialog</name>
    <message>
        <source>Remove a vehicle</source>
        <translation>移除车辆</translation>
    </message>
    <message>
        <source>Remove vehicle</source>
        <translation>移除车辆</translation>
    </message>
    <message>
        <source>Car sold</source>
        <translation>车辆已出售</translation>
    </message>
    <message>
        <source>Parking space given up</source>
        <translation>已退租车位</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Renew the contract</source>
        <translation>续签合同</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>{about}
Review how both sides kept the contract; the renewal is a complete new term.</source>
        <translation>{about}
请先回顾双方的履约情况；续约即开始一个完整的新合同期。</translation>
    </message>
    <message>
        <source>unchanged: {fee}</source>
        <translation>不变：{fee}</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>新到期日</translation>
    </message>
    <message>
        <source>Monthly fee (¥)</source>
        <translation>月费（元）</translation>
    </message>
</context>
<context>
    <name>RenewalLetter</name>
    <message>
        <source>Printing is not available on this desk; nothing recorded.</source>
        <translation type="vanished">本工位无法打印；未作登记。</translation>
    </message>
    <message>
        <source>Renewal notice {unit}</source>
        <translation>续约通知 {unit}</translation>
    </message>
    <message>
        <source>The letter could not be printed: {why}; nothing recorded.</source>
        <translation>通知函打印失败：{why}；未作登记。</translation>
    </message>
    <message>
        <source>Copy {n} of the letter printed; recorded as a reprint, not a notice.</source>
        <translation>通知函第 {n} 份副本已打印；已登记为补打，不算再次通知。</translation>
    </message>
    <message>
        <source>Notice recorded and the letter printed.</source>
        <translation>通知已登记，通知函已打印。</translation>
    </message>
    <message>
        <source>The letter was not printed; nothing recorded.</source>
        <translation>通知函未打印；未作登记。</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>紧急程度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>地点(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>问题描述(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reporter</source>
        <translation>报事人(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>Building, floor, room or place</source>
        <translation>楼栋、楼层、房间或具体位置</translation>
    </message>
    <message>
        <source>Optional, e.g. 3-2-1502</source>
        <translation>选填，例如 3-2-1502</translation>
    </message>
    <message>
        <source>What the resident says is wrong</source>
        <translation>住户反映的问题</translation>
    </message>
    <message>
        <source>Name, and a phone number if new</source>
        <translation>姓名；新来电人请留电话</translation>
    </message>
    <message>
        <source>Report and give the ticket number (Ctrl+Enter)</source>
        <translation>提交并告知工单号 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Tell the resident</source>
        <translation>告知住户</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <source>Next report</source>
        <translation>继续报事</translation>
    </message>
    <message>
        <source>Respond within {respond}, resolve within {resolve}</source>
        <translation>{respond}内响应，{resolve}内完成</translation>
    </message>
    <message>
        <source>Your reference number is {ticket}. We will get back to you by {respond} and have it resolved by {resolve}.</source>
        <translation>您的工单号是 {ticket}。我们会在 {respond} 前回复您，并在 {resolve} 前处理完毕。</translation>
    </message>
</context>
<context>
    <name>ResidentFileView</name>
    <message>
        <source>no longer here</source>
        <translation>已不在此居住</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>临时参加</translation>
    </message>
    <message>
        <source>Follow-up call…</source>
        <translation>入住回访…</translation>
    </message>
    <message>
        <source>Move out…</source>
        <translation>办理迁出…</translation>
    </message>
    <message>
        <source>Print move-in pack</source>
        <translation type="vanished">打印入住资料</translation>
    </message>
    <message>
        <source>Correct phone…</source>
        <translation>更正电话…</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Remove member…</source>
        <translation>移除成员…</translation>
    </message>
    <message>
        <source>Show full ID…</source>
        <translation>查看完整证件号…</translation>
    </message>
    <message>
        <source>Register vehicle…</source>
        <translation>登记车辆…</translation>
    </message>
    <message>
        <source>Remove vehicle…</source>
        <translation>移除车辆…</translation>
    </message>
    <message>
        <source>Contact corrections, latest first</source>
        <translation>联系方式更正记录（最新在前）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Former households</source>
        <translation>历史住户</translation>
    </message>
    <message>
        <source>moved out {date}</source>
        <translation>{date} 迁出</translation>
    </message>
    <message>
        <source>living here</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>{ownership} · moved in {date} · {status}</source>
        <translation>{ownership} · {date} 入住 · {status}</translation>
    </message>
    <message>
        <source>Follow-up call done: {score}/5{late}</source>
        <translation>已完成入住回访：{score}/5{late}</translation>
    </message>
    <message>
        <source> (after the {days} days)</source>
        <translation>（超过 {days} 天）</translation>
    </message>
    <message>
        <source>No follow-up call was recorded.</source>
        <translation>没有入住回访记录。</translation>
    </message>
    <message>
        <source>Follow-up call OVERDUE since {date}</source>
        <translation>入住回访已逾期（自 {date} 起）</translation>
    </message>
    <message>
        <source>Follow-up call due by {date}</source>
        <translation>请在 {date} 前完成入住回访</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Old phone</source>
        <translation>原电话</translation>
    </message>
    <message>
        <source>New phone</source>
        <translation>新电话</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月费</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报事时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Print move-in pack (Ctrl+P)</source>
        <translation>打印入住资料（Ctrl+P）</translation>
    </message>
    <message>
        <source>Parcels waiting ({count}): {shelves}</source>
        <translation>待取快递（{count} 件）：{shelves}</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Move in…</source>
        <translation>办理入住…</translation>
    </message>
    <message>
        <source>Register a new household (Ctrl+N)</source>
        <translation>登记新住户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search by name, unit, phone or plate</source>
        <translation>按姓名、房号、电话或车牌搜索</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search for a household on the left, or move a new one in.</source>
        <translation>请在左侧搜索住户，或为新住户办理入住。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>{members} — moved out {date}</source>
        <translation>{members} — {date} 迁出</translation>
    </message>
    <message>
        <source>{name}&apos;s full ID number is shown; the viewing is recorded.</source>
        <translation>已显示 {name} 的完整证件号码；本次查看已记录。</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>找到 {count} 户</translation>
    </message>
    <message>
        <source>Households living here, by unit (first {count})</source>
        <translation>在住住户，按房号排列（前 {count} 户）</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve</source>
        <translation>完成处理</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <source>Solved at the first contact</source>
        <translation>首次联系即解决</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire the answer</source>
        <translation>停用答案</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>“{question}” will no longer be offered at the counter, nor close a contact. It stays in the history.</source>
        <translation>前台将不再提供“{question}”，也不能再用它结束接待。它仍保留在历史记录中。</translation>
    </message>
    <message>
        <source>The rule changed</source>
        <translation>规定已变更</translation>
    </message>
    <message>
        <source>Replaced by another answer</source>
        <translation>已被其他答案取代</translation>
    </message>
    <message>
        <source>No longer asked</source>
        <translation>已无人询问</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose or type the reason first.</source>
        <translation>请先选择或填写原因。</translation>
    </message>
</context>
<context>
    <name>RevealIdDialog</name>
    <message>
        <source>Show a full ID number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <source>Show and record</source>
        <translation>查看并记录</translation>
    </message>
    <message>
        <source>Who saw the number, when and why is recorded in the household&apos;s history.</source>
        <translation>查看人、查看时间及原因都会记录在该户的历史中。</translation>
    </message>
    <message>
        <source>Identity check for a contract</source>
        <translation>签约身份核验</translation>
    </message>
    <message>
        <source>Police enquiry</source>
        <translation>公安机关查询</translation>
    </message>
    <message>
        <source>Audit of the resident files</source>
        <translation>住户档案审计</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ScanCard</name>
    <message>
        <source>&amp;Scan a pass</source>
        <translation>扫描通行证(&amp;S)</translation>
    </message>
    <message>
        <source>Scan the QR code, or type the pass code, then Enter</source>
        <translation>扫描二维码，或输入通行码后按 Enter</translation>
    </message>
    <message>
        <source>A valid pass checks in with one key: Space.</source>
        <translation>有效通行证只需按空格键即可入场。</translation>
    </message>
    <message>
        <source>No pass has this code</source>
        <translation>查无此通行码</translation>
    </message>
    <message>
        <source>Check the code, or scan the QR code.</source>
        <translation>请核对通行码，或扫描二维码。</translation>
    </message>
    <message>
        <source>This pass was not issued by this community.</source>
        <translation>此通行证并非本小区签发。</translation>
    </message>
    <message>
        <source>{name} · visiting {unit} · {kind} · until {until}</source>
        <translation>{name} · 拜访 {unit} · {kind} · 有效至 {until}</translation>
    </message>
    <message>
        <source>On site since {time}</source>
        <translation>自 {time} 起在场</translation>
    </message>
    <message>
        <source>Check in  [Space]</source>
        <translation>入场  [空格]</translation>
    </message>
    <message>
        <source>Check out  [Space]</source>
        <translation>离场  [空格]</translation>
    </message>
    <message>
        <source>{name} checked in</source>
        <translation>{name} 已入场</translation>
    </message>
    <message>
        <source>{name} checked out</source>
        <translation>{name} 已离场</translation>
    </message>
    <message>
        <source>at {time}. Ready for the next scan.</source>
        <translation>时间 {time}。可以扫描下一张。</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>&amp;Rate teamwork and knowledge…</source>
        <translation>评定团队协作与业务知识(&amp;R)…</translation>
    </message>
    <message>
        <source>Print &amp;scorecard</source>
        <translation>打印考核表(&amp;S)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>The scorecards could not be read. Show the dashboard again.</source>
        <translation>未能读取考核表，请重新打开数据看板。</translation>
    </message>
    <message>
        <source>All staff, {month}</source>
        <translation>全体员工，{month}</translation>
    </message>
    <message>
        <source>Scorecard of {name} ({username}), {month}</source>
        <translation>{name}（{username}）{month} 考核表</translation>
    </message>
    <message>
        <source>Contacts served {contacts} · tickets called {tickets} · cases taken {cases}</source>
        <translation>接待 {contacts} 人次 · 叫号 {tickets} 次 · 受理工单 {cases} 件</translation>
    </message>
    <message>
        <source>Total {total} of 100</source>
        <translation>综合得分 {total}/100</translation>
    </message>
    <message>
        <source>Total: nothing to measure this month</source>
        <translation>综合得分：本月无可考核的数据</translation>
    </message>
    <message>
        <source>A component with nothing to measure is left out; its weight goes to the others in proportion.</source>
        <translation>无可考核数据的项目不计入综合得分，其权重按比例分配给其余项目。</translation>
    </message>
    <message>
        <source>Marked by {name}: {comment}</source>
        <translation>评分人 {name}：{comment}</translation>
    </message>
    <message>
        <source>Teamwork and knowledge not marked yet this month.</source>
        <translation>本月尚未评定团队协作与业务知识。</translation>
    </message>
    <message>
        <source>{n} satisfaction callbacks: share satisfied or better</source>
        <translation>{n} 次满意度回访中满意及以上的比例</translation>
    </message>
    <message>
        <source>{n} complaints: share closed on time</source>
        <translation>{n} 件投诉中按时办结的比例</translation>
    </message>
    <message>
        <source>{n} contacts: share answered within {minutes} min</source>
        <translation>{n} 次接待中 {minutes} 分钟内响应的比例</translation>
    </message>
    <message>
        <source>a manager&apos;s mark</source>
        <translation>主管评分</translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>Scorecard {username} {month}</source>
        <translation>考核表 {username} {month}</translation>
    </message>
    <message>
        <source>The scorecard could not be printed: {why}; nothing recorded.</source>
        <translation>考核表打印失败：{why}；未作登记。</translation>
    </message>
    <message>
        <source>The scorecard was not printed.</source>
        <translation>考核表未打印。</translation>
    </message>
    <message>
        <source>Scorecard printed.</source>
        <translation>考核表已打印。</translation>
    </message>
</context>
<context>
    <name>SetInstructionDialog</name>
    <message>
        <source>Standing instruction for {unit}</source>
        <translation>{unit} 的住户嘱托</translation>
    </message>
    <message>
        <source>Set instruction</source>
        <translation>设置嘱托</translation>
    </message>
    <message>
        <source>a name, or a trade (for who may or may not enter)</source>
        <translation>姓名或身份（可进入或不得放行的人）</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>指定结束日期</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>相关人员(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>有效期至(&amp;U)</translation>
    </message>
</context>
<context>
    <name>ShelfPanel</name>
    <message>
        <source>On the shelf — oldest first</source>
        <translation>货架上的快递 — 最早的在前</translation>
    </message>
    <message>
        <source>Unit… (Ctrl+F)</source>
        <translation>房号… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Red: waiting more than {days} days — remind the flat</source>
        <translation>红色：已等候超过 {days} 天 — 请提醒住户</translation>
    </message>
    <message>
        <source>{count} waiting · {late} over {days} days</source>
        <translation>待取 {count} 件 · {late} 件超过 {days} 天</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>待取 {count} 件</translation>
    </message>
</context>
<context>
    <name>SignContractDialog</name>
    <message>
        <source>Sign a contract</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签订</translation>
    </message>
    <message>
        <source>Check the resident&apos;s ID and the unit, and explain the key clauses first.</source>
        <translation>请先核对住户证件和房号，并讲解主要条款。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Monthly fee (¥)</source>
        <translation>月费（元）</translation>
    </message>
    <message>
        <source>Deposit (¥)</source>
        <translation>押金（元）</translation>
    </message>
    <message>
        <source>{members} · {ownership} · since {since}</source>
        <translation>{members} · {ownership} · 自 {since} 起</translation>
    </message>
    <message>
        <source>No one lives in {unit} now; a contract is signed with who lives there.</source>
        <translation>{unit} 目前无人居住；合同须与实际居住的住户签订。</translation>
    </message>
    <message>
        <source>Type the unit; its current household comes with it.</source>
        <translation>输入房号后会自动带出当前住户。</translation>
    </message>
    <message>
        <source>{area} m² × ¥{rate} = ¥{fee} a month</source>
        <translation>{area} m² × ¥{rate} = 每月 ¥{fee}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Front Desk — sign in</source>
        <translation>客服前台 — 登录</translation>
    </message>
    <message>
        <source>Front Desk</source>
        <translation>客服前台</translation>
    </message>
    <message>
        <source>Desk locked — sign in</source>
        <translation>前台已锁定 — 请登录</translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>关闭前台</translation>
    </message>
    <message>
        <source>Service center</source>
        <translation>物业客服中心</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Opening the desk…</source>
        <translation>正在打开前台…</translation>
    </message>
    <message>
        <source>Bringing the desk up to date: {done} of {total} new events…</source>
        <translation>正在同步：{total} 条新事件已处理 {done} 条…</translation>
    </message>
    <message>
        <source>The desk could not be opened: {problem}</source>
        <translation>前台无法打开：{problem}</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <source>Take over the shift</source>
        <translation>接班</translation>
    </message>
    <message>
        <source>{name} handed over at {time}: {count} open matters. Tick each as it is explained, or take over all.</source>
        <translation>{name} 于 {time} 交班：共 {count} 项待办事项。请逐项听取说明后勾选，或全部接班。</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>交班说明：{notes}</translation>
    </message>
    <message>
        <source>Later (Esc)</source>
        <translation>稍后 (Esc)</translation>
    </message>
    <message>
        <source>Leave the handover waiting: it is asked again at the next sign-in</source>
        <translation>暂不接班：下次登录时会再次询问</translation>
    </message>
    <message>
        <source>Take over all  (Enter)</source>
        <translation>全部接班  (Enter)</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Terminate the contract</source>
        <translation>解除合同</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>确认解除</translation>
    </message>
    <message>
        <source>{about}
Only a supervisor terminates a contract.</source>
        <translation>{about}
只有客服主管可以解除合同。</translation>
    </message>
    <message>
        <source>Why it ends early</source>
        <translation>提前终止的原因</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Type why the contract ends early first.</source>
        <translation>请先填写提前终止合同的原因。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Record id, unit, ticket number or pass code — or open it from the log</source>
        <translation>记录编号、房号、工单号或通行码：粘贴，或从事件日志中打开</translation>
    </message>
    <message>
        <source>Show its life</source>
        <translation>查看全过程</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>What the event said</source>
        <translation>事件内容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The record after this step (changes marked)</source>
        <translation>此步之后的记录（已标出变更）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>此步之后</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>此步之前</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Previous step (← or Page Up)</source>
        <translation>上一步（← 或 Page Up）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Next step (→ or Page Down)</source>
        <translation>下一步（→ 或 Page Down）</translation>
    </message>
    <message>
        <source>The desk at this step</source>
        <translation>查看此步时的情况</translation>
    </message>
    <message>
        <source>Show every workspace as it stood right after this step (read-only)</source>
        <translation>以只读方式显示此步刚完成后各工作区的情况</translation>
    </message>
    <message>
        <source>Choose an event in the log and open its timeline,
or paste a record&apos;s id above.</source>
        <translation>请在事件日志中选择一条事件并打开其时间线，
或在上方粘贴记录编号。</translation>
    </message>
    <message>
        <source>Reading the record&apos;s life…</source>
        <translation>正在读取该记录的全过程…</translation>
    </message>
    <message>
        <source>Steps after the moment shown, not listed: {n}</source>
        <translation>所显示时刻之后的步骤（未列出）：{n}</translation>
    </message>
    <message>
        <source>Not yet recorded at the moment shown.</source>
        <translation>在所显示的时刻尚未记录。</translation>
    </message>
    <message>
        <source>{record} {id} · {n} steps</source>
        <translation>{record} {id} · 共 {n} 步</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <source>{moment} · by {operator} at desk {desk} · log position #{position}</source>
        <translation>{moment} · 操作人 {operator} · 工位 {desk} · 日志位置 #{position}</translation>
    </message>
    <message>
        <source>The record begins here.</source>
        <translation>记录从此开始。</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>变更：{fields}</translation>
    </message>
    <message>
        <source>The record&apos;s fields did not change.</source>
        <translation>记录的字段没有变化。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Incidents — nearest deadline first</source>
        <translation>工单 — 时限最近的在前</translation>
    </message>
    <message>
        <source>Visitors on site</source>
        <translation>在场访客</translation>
    </message>
    <message>
        <source>Awaiting the host&apos;s confirmation</source>
        <translation>等待业主确认</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation type="vanished">待回访</translation>
    </message>
    <message>
        <source>Renewal notices due this week</source>
        <translation>本周应发续约通知</translation>
    </message>
    <message>
        <source>Today&apos;s activities</source>
        <translation>今日活动</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>What and where</source>
        <translation>事项及地点</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访房号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="vanished">回访类型</translation>
    </message>
    <message>
        <source>Callbacks and reminders due</source>
        <translation>待回访及待提醒</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>通知期限</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>⚠ Respond now: {what}</source>
        <translation>⚠ 立即响应：{what}</translation>
    </message>
    <message>
        <source>Parcel waiting: remind</source>
        <translation>快递待取：提醒住户</translation>
    </message>
    <message>
        <source>Item not back: ask for it</source>
        <translation>物品未归还：请催还</translation>
    </message>
    <message>
        <source>Satisfaction call</source>
        <translation>满意度回访</translation>
    </message>
    <message>
        <source>Move-in follow-up</source>
        <translation>入住回访</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>The unit the household moves into, and on which day.</source>
        <translation>住户入住的房屋及入住日期。</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>身份(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Move-in date</source>
        <translation>入住日期(&amp;M)</translation>
    </message>
    <message>
        <source>occupied ({names})</source>
        <translation>已有住户（{names}）</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>building-entrance-room, e.g. 3-2-1502</source>
        <translation>楼栋-单元-房号，例如 3-2-1502</translation>
    </message>
    <message>
        <source>Keep typing, or pick a unit from the list</source>
        <translation>继续输入，或从列表中选择房屋</translation>
    </message>
    <message>
        <source>✓ Vacant · {area} m² · {kind}</source>
        <translation>✓ 空置 · {area} m² · {kind}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{value} min</source>
        <translation>{value} 分钟</translation>
    </message>
    <message>
        <source>{sign}{days}d</source>
        <translation>{sign}{days}天</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Register a vehicle</source>
        <translation>登记车辆</translation>
    </message>
    <message>
        <source>Register vehicle</source>
        <translation>登记车辆</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Plates of the household&apos;s cars, for the car park. None is fine.</source>
        <translation>该户车辆的车牌，用于停车场管理。没有车辆可直接跳过。</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>车牌(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add vehicle</source>
        <translation>添加车辆(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Enter adds the plate; Enter on an empty field goes on.</source>
        <translation>按 Enter 添加车牌；输入框为空时按 Enter 进入下一步。</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Filter: name, unit, code…</source>
        <translation>筛选：姓名、房号、通行码…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通行码</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>In – out</source>
        <translation>进出时间</translation>
    </message>
    <message>
        <source>Courier  (F6)</source>
        <translation>快递外卖  (F6)</translation>
    </message>
    <message>
        <source>A quick pass for a courier or food-delivery rider: no ID number</source>
        <translation>快递员或外卖骑手快速通行证：无需证件号码</translation>
    </message>
    <message>
        <source>Before handing over the pass</source>
        <translation>发放通行证前</translation>
    </message>
    <message>
        <source>Check the ID against the person; workers also show their work ID.</source>
        <translation>核对证件与本人是否一致；施工人员还须出示工作证。</translation>
    </message>
    <message>
        <source>Tell the time limit: staying longer means registering again.</source>
        <translation>告知停留时限：超时须重新登记。</translation>
    </message>
    <message>
        <source>Drive slowly, keep quiet, keep valuables with you.</source>
        <translation>小区内慢行、保持安静，贵重物品随身携带。</translation>
    </message>
    <message>
        <source>Do not lend access cards or let strangers in behind you.</source>
        <translation>不外借门禁卡，不让陌生人尾随进入。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>在场</translation>
    </message>
    <message>
        <source>Awaiting host</source>
        <translation>待业主确认</translation>
    </message>
    <message>
        <source>All recent</source>
        <translation>近期全部</translation>
    </message>
    <message>
        <source>{name} registered for {unit}. Ask the host to confirm.</source>
        <translation>已登记 {name} 拜访 {unit}。请联系业主确认。</translation>
    </message>
    <message>
        <source>{company} for {unit}: pass {code}, valid until {until}.</source>
        <translation>{company} 送往 {unit}：通行证 {code}，有效至 {until}。</translation>
    </message>
    <message>
        <source>{company} for {unit} checked in, valid until {until}.</source>
        <translation>{company} 送往 {unit} 已入场，有效至 {until}。</translation>
    </message>
</context>
</TS>
