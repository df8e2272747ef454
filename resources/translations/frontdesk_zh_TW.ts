<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>社區活動</translation>
    </message>
    <message>
        <source>Upcoming and under way</source>
        <translation>即將開始及進行中</translation>
    </message>
    <message>
        <source>All activities, latest first</source>
        <translation>全部活動（最新在前）</translation>
    </message>
    <message>
        <source>Plan activity…</source>
        <translation>規劃活動…</translation>
    </message>
    <message>
        <source>Choose an activity on the left, or plan a new one.</source>
        <translation>請在左側選擇活動，或規劃新活動。</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>報名</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到場</translation>
    </message>
    <message>
        <source>Register a household</source>
        <translation>住戶報名</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>報名</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>簽到登記</translation>
    </message>
    <message>
        <source>Cancel a registration</source>
        <translation>取消報名</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>取消報名</translation>
    </message>
    <message>
        <source>Cancel {title}</source>
        <translation>取消「{title}」</translation>
    </message>
    <message>
        <source>Registered households should be told; the activity stays on record.</source>
        <translation>請通知已報名的住戶；活動紀錄仍會保留。</translation>
    </message>
    <message>
        <source>Cancel the activity</source>
        <translation>取消活動</translation>
    </message>
    <message>
        <source>Bad weather</source>
        <translation>天候不佳</translation>
    </message>
    <message>
        <source>Too few registrations</source>
        <translation>報名人數不足</translation>
    </message>
    <message>
        <source>Venue not available</source>
        <translation>場地無法使用</translation>
    </message>
</context>
<context>
    <name>ActivityDetailView</name>
    <message>
        <source>walk-in</source>
        <translation>臨時參加</translation>
    </message>
    <message>
        <source>Register household…</source>
        <translation>住戶報名…</translation>
    </message>
    <message>
        <source>Record attendance…</source>
        <translation>簽到登記…</translation>
    </message>
    <message>
        <source>Cancel registration…</source>
        <translation>取消報名…</translation>
    </message>
    <message>
        <source>Cancel activity…</source>
        <translation>取消活動…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>戶號</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>報名人數</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到場人數</translation>
    </message>
    <message>
        <source>{day} {start}–{end} · {place} · {kind} · planned by {who}</source>
        <translation>{day} {start}–{end} · {place} · {kind} · 規劃人：{who}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即將開始</translation>
    </message>
    <message>
        <source>households registered, {people} people</source>
        <translation>戶已報名，共 {people} 人</translation>
    </message>
    <message>
        <source>places left of {capacity}</source>
        <translation>個名額剩餘，共 {capacity} 個</translation>
    </message>
    <message>
        <source>households came, {people} people, {walk_ins} walk-ins</source>
        <translation>戶到場，共 {people} 人，其中臨時參加 {walk_ins} 戶</translation>
    </message>
    <message>
        <source>of the {households} households living here</source>
        <translation>佔在住 {households} 戶的比例</translation>
    </message>
    <message>
        <source>In {month}, {value:.1f} % of households took part in an activity (target {target}): {verdict}</source>
        <translation>{month}：{value:.1f} % 的住戶參加了社區活動（目標 {target}），{verdict}</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <source>Add an item</source>
        <translation>新增物品</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Kept for unit:</source>
        <translation>代管戶號：</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a household member</source>
        <translation>新增家庭成員</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>新增成員</translation>
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
        <translation>主管准許進入的原因</translation>
    </message>
    <message>
        <source>Admit anyway</source>
        <translation>仍予放行</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the contract</source>
        <translation>變更合約</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>登記變更</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Monthly fee (¥)</source>
        <translation>月費（元）</translation>
    </message>
    <message>
        <source>What both sides agreed, and why</source>
        <translation>雙方約定的內容及原因</translation>
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
        <translation>發布標準答案</translation>
    </message>
    <message>
        <source>Revise the answer</source>
        <translation>修訂答案</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>發布(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save revision</source>
        <translation>儲存修訂(&amp;S)</translation>
    </message>
    <message>
        <source>As residents ask it</source>
        <translation>依住戶的問法填寫</translation>
    </message>
    <message>
        <source>Words residents use, separated by 、 or commas</source>
        <translation>住戶常用的說法，以「、」或逗號分隔</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>關鍵字</translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <source>Knowledge base</source>
        <translation>知識庫</translation>
    </message>
    <message>
        <source>Search: part of a question, a keyword…</source>
        <translation>搜尋：問題的部分內容、關鍵字…</translation>
    </message>
    <message>
        <source>Show retired answers</source>
        <translation>顯示已停用的答案</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用次數</translation>
    </message>
    <message>
        <source>&amp;New answer…</source>
        <translation>新增答案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation>修訂(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>停用(&amp;T)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>{question} (retired)</source>
        <translation>{question}（已停用）</translation>
    </message>
    <message>
        <source>No answer matches.</source>
        <translation>沒有符合的答案。</translation>
    </message>
    <message>
        <source>Retired: {reason}</source>
        <translation>已停用：{reason}</translation>
    </message>
    <message>
        <source>Published by {who}; revised {n} times; used {uses} times.</source>
        <translation>發布人：{who}；已修訂 {n} 次；已使用 {uses} 次。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Front Desk</source>
        <translation>客服櫃檯</translation>
    </message>
    <message>
        <source>The store at {store} is not set up yet.
Run `frontdesk demo` for a demo community, or `frontdesk init --admin USER`.</source>
        <translation>{store} 的資料庫尚未初始化。
請執行 `frontdesk demo` 建立示範社區，或執行 `frontdesk init --admin USER`。</translation>
    </message>
</context>
<context>
    <name>AsOfBanner</name>
    <message>
        <source>Read-only: the desk as it stood at {moment}</source>
        <translation>唯讀：顯示 {moment} 時的情況</translation>
    </message>
    <message>
        <source>Another moment…</source>
        <translation>換個時刻…</translation>
    </message>
    <message>
        <source>Return to live</source>
        <translation>返回即時</translation>
    </message>
</context>
<context>
    <name>AsOfControl</name>
    <message>
        <source>As of {moment}</source>
        <translation>{moment} 時的情況</translation>
    </message>
    <message>
        <source>Reading the desk as of {moment}…</source>
        <translation>正在讀取 {moment} 時的前台…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>As of a moment</source>
        <translation>查看過去某一時刻</translation>
    </message>
    <message>
        <source>The desk could not be shown as of that moment:
{problem}</source>
        <translation>無法顯示該時刻的情況：
{problem}</translation>
    </message>
</context>
<context>
    <name>AsOfDialog</name>
    <message>
        <source>View the desk as of a moment</source>
        <translation>查看某一時刻的情況</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Every workspace will show the desk as it stood at this moment, read-only; events recorded at that very second are included.</source>
        <translation>所有工作區都將以唯讀方式顯示該時刻的情況；恰在該秒記錄的事件也包括在內。</translation>
    </message>
    <message>
        <source>Moment ({zone})</source>
        <translation>時刻（{zone}）</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Active</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>People ahead</source>
        <translation>前面等候人數</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Standard answer</source>
        <translation>標準答案</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>面積（平方公尺）</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>At</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>違約記錄</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>樓棟</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>回訪期限</translation>
    </message>
    <message>
        <source>Reason cancelled</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>名額</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>記錄鏈摘要</translation>
    </message>
    <message>
        <source>Chain position</source>
        <translation>記錄鏈位置</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation>已核對事項</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>入場時間</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>離場時間</translation>
    </message>
    <message>
        <source>Pass code</source>
        <translation>通行碼</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>評價</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社區</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>接待紀錄</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>副本號</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason declined</source>
        <translation>拒絕原因</translation>
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
        <translation>詳情</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>歸還期限</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Personal data forgotten</source>
        <translation>個人資料已刪除</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件數</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出編號</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>匯出次數</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>首次接觸即解決</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Former households</source>
        <translation>曾住住戶</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Seal of the last event</source>
        <translation>末筆事件的封印</translation>
    </message>
    <message>
        <source>Log position</source>
        <translation>日誌位置</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Held for (seconds)</source>
        <translation>暫停時長（秒）</translation>
    </message>
    <message>
        <source>On hold since</source>
        <translation>暫停於</translation>
    </message>
    <message>
        <source>Host&apos;s answer</source>
        <translation>業主答覆</translation>
    </message>
    <message>
        <source>Host household</source>
        <translation>受訪住戶</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>受訪房號</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>證件類型</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事項序號</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>住戶囑託</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開放中</translation>
    </message>
    <message>
        <source>Item lent</source>
        <translation>借用物品</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>代管戶號</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>業務知識</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>物品名稱</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>最後編號</translation>
    </message>
    <message>
        <source>Lent to unit</source>
        <translation>借出戶號</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借用紀錄</translation>
    </message>
    <message>
        <source>Loan unit</source>
        <translation>借用戶號</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月費</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation>遷出日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>新結束日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
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
        <translation>編號</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>準時</translation>
    </message>
    <message>
        <source>Out of turn</source>
        <translation>優先叫號</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>接待結果</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>產權性質</translation>
    </message>
    <message>
        <source>Packs printed</source>
        <translation>入住資料包列印次數</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Pass signing key</source>
        <translation>通行證簽章金鑰</translation>
    </message>
    <message>
        <source>Password (hashed)</source>
        <translation>密碼（雜湊）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>相關人員</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>取件人</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件碼</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>剩餘名額</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>變更前</translation>
    </message>
    <message>
        <source>Previous end</source>
        <translation>原結束日期</translation>
    </message>
    <message>
        <source>Previous phone</source>
        <translation>原電話</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>列印次數</translation>
    </message>
    <message>
        <source>How they were known</source>
        <translation>取件核驗方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Queue day</source>
        <translation>排隊日期</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>排隊號碼</translation>
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
        <translation>關係</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已報名</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>報名</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告人</translation>
    </message>
    <message>
        <source>Reporter&apos;s household</source>
        <translation>報告人住戶</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>報告人電話</translation>
    </message>
    <message>
        <source>Reports printed</source>
        <translation>報表列印次數</translation>
    </message>
    <message>
        <source>Residents kept (days)</source>
        <translation>住戶資料保留（天）</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>解決期限</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>解決時間</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>回應期限</translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation>回應時間</translation>
    </message>
    <message>
        <source>Kept (days)</source>
        <translation>保留天數</translation>
    </message>
    <message>
        <source>Reason retired</source>
        <translation>停用原因</translation>
    </message>
    <message>
        <source>Reason revoked</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>人員名冊</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Seconds on hold</source>
        <translation>暫停秒數</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>貨架</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>State before hold</source>
        <translation>暫停前狀態</translation>
    </message>
    <message>
        <source>Ticket states</source>
        <translation>號碼狀態</translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation>團隊協作</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>終止日期</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Items not checked</source>
        <translation>未核對事項</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房號</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
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
        <translation>車輛</translation>
    </message>
    <message>
        <source>Visitors kept (days)</source>
        <translation>訪客資料保留（天）</translation>
    </message>
    <message>
        <source>State before</source>
        <translation>原狀態</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>託運單號</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation>如期完成</translation>
    </message>
    <message>
        <source>Work ID</source>
        <translation>工號</translation>
    </message>
</context>
<context>
    <name>AuditNames</name>
    <message>
        <source>Staff member</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Visitor pass</source>
        <translation>訪客通行證</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Ticket book</source>
        <translation>工單號簿</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Store setup</source>
        <translation>系統設定</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排隊叫號</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>接待紀錄</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>未接來電</translation>
    </message>
    <message>
        <source>Standard answer</source>
        <translation>標準答案</translation>
    </message>
    <message>
        <source>Staff rating</source>
        <translation>員工評分</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件碼</translation>
    </message>
    <message>
        <source>Item lent or kept</source>
        <translation>借用及代管物品</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借用紀錄</translation>
    </message>
    <message>
        <source>Standing instruction</source>
        <translation>住戶囑託</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>新增員工</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>變更角色</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密碼</translation>
    </message>
    <message>
        <source>Staff member deactivated</source>
        <translation>停用員工</translation>
    </message>
    <message>
        <source>Unit registered</source>
        <translation>登記房屋</translation>
    </message>
    <message>
        <source>Unit occupied</source>
        <translation>房屋入住</translation>
    </message>
    <message>
        <source>Unit vacated</source>
        <translation>房屋騰空</translation>
    </message>
    <message>
        <source>Contract attached to unit</source>
        <translation>合約關聯房屋</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>辦理入住</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>新增成員</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>移除成員</translation>
    </message>
    <message>
        <source>Contact corrected</source>
        <translation>更正聯絡方式</translation>
    </message>
    <message>
        <source>Vehicle registered</source>
        <translation>登記車輛</translation>
    </message>
    <message>
        <source>Vehicle removed</source>
        <translation>移除車輛</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>辦理遷出</translation>
    </message>
    <message>
        <source>Move-in pack printed</source>
        <translation>列印入住資料</translation>
    </message>
    <message>
        <source>ID numbers revealed</source>
        <translation>查看完整證件號</translation>
    </message>
    <message>
        <source>Move-in callback recorded</source>
        <translation>記錄入住回訪</translation>
    </message>
    <message>
        <source>Visitor registered</source>
        <translation>登記訪客</translation>
    </message>
    <message>
        <source>Host confirmed</source>
        <translation>業主已確認</translation>
    </message>
    <message>
        <source>Host declined</source>
        <translation>業主拒絕</translation>
    </message>
    <message>
        <source>Host confirmation waived</source>
        <translation>免除業主確認</translation>
    </message>
    <message>
        <source>Pass issued</source>
        <translation>核發通行證</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>訪客進場</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>訪客離場</translation>
    </message>
    <message>
        <source>Pass revoked</source>
        <translation>註銷通行證</translation>
    </message>
    <message>
        <source>Pass printed</source>
        <translation>列印通行證</translation>
    </message>
    <message>
        <source>ID number revealed</source>
        <translation>查看完整證件號</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>簽訂合約</translation>
    </message>
    <message>
        <source>Contract amended</source>
        <translation>變更合約</translation>
    </message>
    <message>
        <source>Renewal notice sent</source>
        <translation>寄送續約通知</translation>
    </message>
    <message>
        <source>Renewal letter reprinted (a copy)</source>
        <translation>補印續約通知函（副本）</translation>
    </message>
    <message>
        <source>Contract renewed</source>
        <translation>續約</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>終止合約</translation>
    </message>
    <message>
        <source>Breach recorded</source>
        <translation>記錄違約</translation>
    </message>
    <message>
        <source>Deposit recorded</source>
        <translation>收取保證金</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>退還保證金</translation>
    </message>
    <message>
        <source>Ticket book opened</source>
        <translation>啟用當日工單號</translation>
    </message>
    <message>
        <source>Ticket number taken</source>
        <translation>取工單號</translation>
    </message>
    <message>
        <source>Incident reported</source>
        <translation>報修/報事</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Action logged</source>
        <translation>記錄處理</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>升級</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>恢復處理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>處理完成</translation>
    </message>
    <message>
        <source>Callback recorded</source>
        <translation>記錄回訪</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新開啟工單</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>結案</translation>
    </message>
    <message>
        <source>Activity planned</source>
        <translation>規劃活動</translation>
    </message>
    <message>
        <source>Household registered</source>
        <translation>住戶報名</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>取消報名</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>記錄出席</translation>
    </message>
    <message>
        <source>Activity cancelled</source>
        <translation>取消活動</translation>
    </message>
    <message>
        <source>Queue opened for the day</source>
        <translation>開始當日排隊</translation>
    </message>
    <message>
        <source>Queue ticket taken</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>Queue ticket called</source>
        <translation>叫號</translation>
    </message>
    <message>
        <source>Queue ticket skipped</source>
        <translation>過號</translation>
    </message>
    <message>
        <source>Queue ticket served</source>
        <translation>號碼已接待</translation>
    </message>
    <message>
        <source>Contact opened</source>
        <translation>開始接待</translation>
    </message>
    <message>
        <source>Contact closed</source>
        <translation>結束接待</translation>
    </message>
    <message>
        <source>Missed call logged</source>
        <translation>登記未接來電</translation>
    </message>
    <message>
        <source>Standard answer published</source>
        <translation>發布標準答案</translation>
    </message>
    <message>
        <source>Standard answer revised</source>
        <translation>修訂標準答案</translation>
    </message>
    <message>
        <source>Standard answer retired</source>
        <translation>停用標準答案</translation>
    </message>
    <message>
        <source>Staff rated</source>
        <translation>員工評分</translation>
    </message>
    <message>
        <source>Staff rated again</source>
        <translation>員工重新評分</translation>
    </message>
    <message>
        <source>Caller&apos;s personal data forgotten</source>
        <translation>來電者個人資料已刪除</translation>
    </message>
    <message>
        <source>Missed call&apos;s number forgotten</source>
        <translation>未接來電號碼已刪除</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>包裹簽收</translation>
    </message>
    <message>
        <source>Parcel picked up</source>
        <translation>包裹取件</translation>
    </message>
    <message>
        <source>Parcel returned to courier</source>
        <translation>包裹退回物流</translation>
    </message>
    <message>
        <source>Parcel received again</source>
        <translation>包裹重複簽收</translation>
    </message>
    <message>
        <source>Parcel&apos;s flat or shelf corrected</source>
        <translation>更正包裹戶號或貨架</translation>
    </message>
    <message>
        <source>Loan made</source>
        <translation>借出登記</translation>
    </message>
    <message>
        <source>Loan ended</source>
        <translation>借用結束</translation>
    </message>
    <message>
        <source>Pickup code assigned</source>
        <translation>分配取件碼</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>新增物品</translation>
    </message>
    <message>
        <source>Item lent</source>
        <translation>物品借出</translation>
    </message>
    <message>
        <source>Item returned</source>
        <translation>物品歸還</translation>
    </message>
    <message>
        <source>Standing instruction set</source>
        <translation>設定住戶囑託</translation>
    </message>
    <message>
        <source>Standing instruction ended</source>
        <translation>結束住戶囑託</translation>
    </message>
    <message>
        <source>Instruction attached to unit</source>
        <translation>囑託關聯房屋</translation>
    </message>
    <message>
        <source>Admitted despite the flat&apos;s instruction</source>
        <translation>不顧住戶囑託放行</translation>
    </message>
    <message>
        <source>Shift handed over</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Handover item checked</source>
        <translation>核對交班事項</translation>
    </message>
    <message>
        <source>Shift taken over</source>
        <translation>接班</translation>
    </message>
    <message>
        <source>Store set up</source>
        <translation>初始化系統</translation>
    </message>
    <message>
        <source>Retention period set</source>
        <translation>設定個人資料保留期</translation>
    </message>
    <message>
        <source>Residents&apos; personal data forgotten</source>
        <translation>住戶個人資料已刪除</translation>
    </message>
    <message>
        <source>Visitor&apos;s personal data forgotten</source>
        <translation>訪客個人資料已刪除</translation>
    </message>
    <message>
        <source>Reporter&apos;s personal data forgotten</source>
        <translation>報事人個人資料已刪除</translation>
    </message>
    <message>
        <source>Staff roster changed</source>
        <translation>變更員工名冊</translation>
    </message>
    <message>
        <source>Audit trail started</source>
        <translation>啟用稽核紀錄</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>匯出歷史紀錄</translation>
    </message>
    <message>
        <source>Report printed</source>
        <translation>列印報告</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>稽核</translation>
    </message>
    <message>
        <source>History</source>
        <translation>事件紀錄</translation>
    </message>
    <message>
        <source>Record timeline</source>
        <translation>紀錄時間軸</translation>
    </message>
    <message>
        <source>Verify and export</source>
        <translation>驗證與匯出</translation>
    </message>
    <message>
        <source>Log head #{position} · {digest}</source>
        <translation>紀錄末端 #{position} · {digest}</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Record a breach</source>
        <translation>登記違約</translation>
    </message>
    <message>
        <source>Record breach</source>
        <translation>登記違約</translation>
    </message>
    <message>
        <source>What happened, and the evidence kept (photos, records)</source>
        <translation>違約情況及留存的證據（照片、紀錄）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
</context>
<context>
    <name>BuildingDemo</name>
    <message>
        <source>Front Desk</source>
        <translation>客服櫃檯</translation>
    </message>
    <message>
        <source>Building the demo community…</source>
        <translation>正在產生示範社區…</translation>
    </message>
    <message>
        <source>Building the demo community: a year of its life, day by day
{day} · {events} events · {seconds} s</source>
        <translation>正在逐日產生示範社區一年的紀錄
{day} · {events} 個事件 · {seconds} 秒</translation>
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
        <translation>應發通知</translation>
    </message>
    <message>
        <source>Notice overdue</source>
        <translation>通知逾期</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>顯示清單</translation>
    </message>
    <message>
        <source>Choose a contract in the list to act on it.</source>
        <translation>請在清單中選擇要處理的合約。</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>合約期間</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月費</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>保證金</translation>
    </message>
    <message>
        <source>Renewal notice</source>
        <translation>續約通知</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>On record</source>
        <translation>存檔</translation>
    </message>
    <message>
        <source>On {day}: {n} ending or with a notice due</source>
        <translation>{day}：{n} 份合約到期或應發續約通知</translation>
    </message>
    <message>
        <source>breaches: {n}</source>
        <translation>違約：{n} 次</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>(renewed {n}×)</source>
        <translation>（已續約 {n} 次）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>¥{agreed} agreed · ¥{paid} paid · ¥{held} held</source>
        <translation>約定 ¥{agreed} · 已付 ¥{paid} · 保管中 ¥{held}</translation>
    </message>
    <message>
        <source>sent {on} by {channel} (due {due})</source>
        <translation>{on} 已透過{channel}發送（期限 {due}）</translation>
    </message>
    <message>
        <source>due {due}, not sent</source>
        <translation>期限 {due}，尚未發送</translation>
    </message>
    <message>
        <source>signed {at}</source>
        <translation>簽訂於 {at}</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>Satisfaction callback</source>
        <translation>滿意度回訪</translation>
    </message>
    <message>
        <source>Record callback</source>
        <translation>登記回訪</translation>
    </message>
    <message>
        <source>Ask how satisfied the resident is with how it was handled.</source>
        <translation>詢問住戶對本次處理是否滿意。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — 非常滿意</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — 滿意</translation>
    </message>
    <message>
        <source>3 — neither</source>
        <translation>3 — 普通</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2 — 不滿意</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不滿意</translation>
    </message>
    <message>
        <source>In the resident&apos;s words (optional)</source>
        <translation>住戶原話（選填）</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Move-in follow-up call</source>
        <translation>入住回訪電話</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>登記回訪</translation>
    </message>
    <message>
        <source>Ask how the move went and whether anything in the unit needs attention.</source>
        <translation>詢問搬家是否順利，屋內是否有需要處理的問題。</translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation>3 — 普通</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>CallerCardView</name>
    <message>
        <source>Who is it?</source>
        <translation>對方是誰？</translation>
    </message>
    <message>
        <source>Phone, unit (3-2-1502) or name — Ctrl+F</source>
        <translation>電話、戶號（3-2-1502）或姓名 — Ctrl+F</translation>
    </message>
    <message>
        <source>Type or paste who is calling or at the counter.</source>
        <translation>請輸入或貼上來電者或櫃檯來訪者的資料。</translation>
    </message>
    <message>
        <source>No household found for “{text}”.</source>
        <translation>找不到與「{text}」相符的住戶。</translation>
    </message>
    <message>
        <source>Contacts from this number</source>
        <translation>此號碼的接待紀錄</translation>
    </message>
    <message>
        <source>moved in {date}</source>
        <translation>{date} 入住</translation>
    </message>
    <message>
        <source>moved out {date}</source>
        <translation>{date} 遷出</translation>
    </message>
    <message>
        <source>Standing instructions</source>
        <translation>住戶囑託</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>未結工單</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>近期接待</translation>
    </message>
    <message>
        <source>Visitors on site</source>
        <translation>在場訪客</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <source>Parcels waiting</source>
        <translation>待取包裹</translation>
    </message>
    <message>
        <source>shelf {shelf} · {carrier} · waited {waited}</source>
        <translation>貨架 {shelf} · {carrier} · 已等 {waited}</translation>
    </message>
    <message>
        <source>{carrier} on shelf {shelf} since {time}</source>
        <translation>{carrier} · 貨架 {shelf} · 自 {time} 起</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>待續約</translation>
    </message>
    <message>
        <source>{kind} contract ends {end} · {status}</source>
        <translation>{kind}合約 {end} 到期 · {status}</translation>
    </message>
    <message>
        <source>due {moment} ({left} left)</source>
        <translation>期限 {moment}（剩餘 {left}）</translation>
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
        <translation>請先選擇或填寫原因。</translation>
    </message>
</context>
<context>
    <name>CatchUp</name>
    <message>
        <source>Front Desk</source>
        <translation>客服櫃檯</translation>
    </message>
    <message>
        <source>Bringing the desk up to date with {n} new events…</source>
        <translation>正在同步櫃檯資料：{n} 筆新紀錄…</translation>
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
        <translation>{action}：此操作無法復原。確定繼續嗎？</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>&amp;Record the move-in</source>
        <translation>登記入住(&amp;R)</translation>
    </message>
    <message>
        <source>Check and record</source>
        <translation>核對並登記</translation>
    </message>
    <message>
        <source>Read it back to the resident; nothing is recorded before this.</source>
        <translation>請向住戶逐項複述核對；在此之前不會登記任何內容。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>戶號</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation>物業服務合約</translation>
    </message>
    <message>
        <source>{start} to {end}, ¥{fee} a month</source>
        <translation>{start} 至 {end}，每月 ¥{fee}</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>暫不簽訂</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Correct a phone number</source>
        <translation>更正電話號碼</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>登記更正</translation>
    </message>
    <message>
        <source>The old number stays in the file&apos;s correction history.</source>
        <translation>原號碼會保留在檔案的更正紀錄中。</translation>
    </message>
    <message>
        <source>Resident changed number</source>
        <translation>住戶更換了號碼</translation>
    </message>
    <message>
        <source>Typing error at registration</source>
        <translation>登記時輸入錯誤</translation>
    </message>
    <message>
        <source>Resident asked for another contact number</source>
        <translation>住戶要求改用其他聯絡電話</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>New phone</source>
        <translation>新電話</translation>
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
        <translation>來電與接待</translation>
    </message>
    <message>
        <source>Calls received</source>
        <translation>來電數</translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation>已接來電</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>未接來電</translation>
    </message>
    <message>
        <source>Contacts served</source>
        <translation>接待人次</translation>
    </message>
    <message>
        <source>This month could not be read. Show the dashboard again.</source>
        <translation>未能讀取本月數據，請重新開啟數據看板。</translation>
    </message>
    <message>
        <source>Peak hours, {month}: contacts and calls by weekday and hour</source>
        <translation>{month} 尖峰時段：依星期與小時統計的接待與來電</translation>
    </message>
    <message>
        <source>No contacts this month.</source>
        <translation>本月沒有接待紀錄。</translation>
    </message>
    <message>
        <source>Busiest: {day} {hour}:00–{next}:00, {count} contacts</source>
        <translation>最繁忙：{day} {hour}:00–{next}:00，接待 {count} 人次</translation>
    </message>
    <message>
        <source>Queue waits by hour, {month}</source>
        <translation>{month} 各時段排隊等候時間</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位數</translation>
    </message>
    <message>
        <source>Hour the ticket was taken</source>
        <translation>取號時段</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>目標 {target}</translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <source>Property service contract</source>
        <translation>物業服務合約</translation>
    </message>
    <message>
        <source>Usually signed by the owner at move-in; a tenant&apos;s landlord holds it.</source>
        <translation>一般由業主於入住時簽訂；租戶的合約由房東簽訂。</translation>
    </message>
    <message>
        <source>Sign the property service contract now</source>
        <translation>現在簽訂物業服務合約</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>開始日期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>結束日期(&amp;E)</translation>
    </message>
    <message>
        <source>Monthly &amp;fee (¥)</source>
        <translation>月費（元）(&amp;F)</translation>
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
        <translation>合約</translation>
    </message>
    <message>
        <source>Ending within</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>Renewal notices due within</source>
        <translation>應發續約通知</translation>
    </message>
    <message>
        <source>Renewal notices overdue</source>
        <translation>續約通知已逾期</translation>
    </message>
    <message>
        <source>Expired, not renewed</source>
        <translation>已到期未續約</translation>
    </message>
    <message>
        <source>Renovation deposits</source>
        <translation>裝修保證金</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>全部合約</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天內</translation>
    </message>
    <message>
        <source>Filter: unit, name…</source>
        <translation>篩選：戶號、姓名…</translation>
    </message>
    <message>
        <source>Sign contract…</source>
        <translation>簽訂合約…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>戶號</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <source>Fee ¥/month</source>
        <translation>月費（元）</translation>
    </message>
    <message>
        <source>Deposit held ¥</source>
        <translation>保證金餘額（元）</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>變更…</translation>
    </message>
    <message>
        <source>Send notice…</source>
        <translation>發續約通知…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>續約…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>終止合約…</translation>
    </message>
    <message>
        <source>Breach…</source>
        <translation>違約…</translation>
    </message>
    <message>
        <source>Deposit paid…</source>
        <translation>收保證金…</translation>
    </message>
    <message>
        <source>Refund deposit…</source>
        <translation>退保證金…</translation>
    </message>
    <message>
        <source>Only a supervisor terminates a contract.</source>
        <translation>僅客服主管可終止合約。</translation>
    </message>
    <message>
        <source>Contracts: {n}</source>
        <translation>合約：{n} 份</translation>
    </message>
    <message>
        <source>late: {n}</source>
        <translation>逾期：{n}</translation>
    </message>
    <message>
        <source>Contract signed for {unit}.</source>
        <translation>{unit} 的合約已簽訂。</translation>
    </message>
    <message>
        <source>Amendment recorded.</source>
        <translation>變更已登記。</translation>
    </message>
    <message>
        <source>Notice recorded; printing is not available on this desk.</source>
        <translation>通知已登記；本櫃檯無法列印。</translation>
    </message>
    <message>
        <source>Renewal notice recorded.</source>
        <translation>續約通知已登記。</translation>
    </message>
    <message>
        <source>Renewed: a new term is on record.</source>
        <translation>已續約：新的合約期間已登記。</translation>
    </message>
    <message>
        <source>Contract terminated.</source>
        <translation>合約已終止。</translation>
    </message>
    <message>
        <source>Breach recorded.</source>
        <translation>違約已登記。</translation>
    </message>
    <message>
        <source>Deposit payment recorded.</source>
        <translation>保證金收款已登記。</translation>
    </message>
    <message>
        <source>Refund recorded.</source>
        <translation>退款已登記。</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Counter</source>
        <translation>櫃檯接待</translation>
    </message>
    <message>
        <source>Phone call (F4)</source>
        <translation>接聽來電 (F4)</translation>
    </message>
    <message>
        <source>Missed call… (F7)</source>
        <translation>未接來電… (F7)</translation>
    </message>
    <message>
        <source>Queue display (F9)</source>
        <translation>叫號螢幕 (F9)</translation>
    </message>
    <message>
        <source>Answered (Ctrl+Enter)</source>
        <translation>已解答 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ends the contact with the answer chosen</source>
        <translation>以所選答案結束本次接待</translation>
    </message>
    <message>
        <source>Incident… (Alt+I)</source>
        <translation>轉工單… (Alt+I)</translation>
    </message>
    <message>
        <source>Visitor (Alt+V)</source>
        <translation>訪客登記 (Alt+V)</translation>
    </message>
    <message>
        <source>Referred (Alt+R)</source>
        <translation>已轉介 (Alt+R)</translation>
    </message>
    <message>
        <source>Left unserved…</source>
        <translation>未辦結離開…</translation>
    </message>
    <message>
        <source>End the contact being served first (Ctrl+Enter when answered).</source>
        <translation>請先結束目前接待（已解答請按 Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>{ticket} is called; end the contact being served first.</source>
        <translation>已叫 {ticket} 號；請先結束目前接待。</translation>
    </message>
    <message>
        <source>The receipt for {ticket} could not be printed; the number stands.</source>
        <translation>{ticket} 號的取號憑條未能列印；號碼仍然有效。</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>未接來電</translation>
    </message>
    <message>
        <source>The number to call back:</source>
        <translation>需回撥的號碼：</translation>
    </message>
    <message>
        <source>Log the missed call</source>
        <translation>登記未接來電</translation>
    </message>
    <message>
        <source>Missed call from {phone} logged.</source>
        <translation>已登記 {phone} 的未接來電。</translation>
    </message>
    <message>
        <source>No contact is being served.</source>
        <translation>目前沒有正在接待的人。</translation>
    </message>
    <message>
        <source>Left unserved</source>
        <translation>未辦結離開</translation>
    </message>
    <message>
        <source>They left before being served?</source>
        <translation>對方未辦結就已離開？</translation>
    </message>
    <message>
        <source>They left</source>
        <translation>已離開</translation>
    </message>
    <message>
        <source>Ended: {outcome}.</source>
        <translation>已結束：{outcome}。</translation>
    </message>
    <message>
        <source>Nobody is being served — F3 calls the next number, F4 answers the phone</source>
        <translation>目前無人接待 — 按 F3 叫下一號，按 F4 接聽來電</translation>
    </message>
    <message>
        <source>Serving {ticket} at window {window} since {time}</source>
        <translation>{window} 號窗口正在接待 {ticket}，自 {time} 起</translation>
    </message>
    <message>
        <source>On the phone since {time}</source>
        <translation>自 {time} 起通話中</translation>
    </message>
    <message>
        <source>Queue number {ticket}</source>
        <translation>排隊號碼 {ticket}</translation>
    </message>
</context>
<context>
    <name>CourierDialog</name>
    <message>
        <source>Courier or food delivery</source>
        <translation>物流或外送</translation>
    </message>
    <message>
        <source>Courier or food delivery — pass for {minutes} minutes</source>
        <translation>物流或外送 — 通行證有效 {minutes} 分鐘</translation>
    </message>
    <message>
        <source>Host &amp;unit</source>
        <translation>受訪戶號(&amp;U)</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>公司(&amp;Y)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>電話(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Confirmed by</source>
        <translation>確認方式(&amp;C)</translation>
    </message>
    <message>
        <source>Other (type it)</source>
        <translation>其他（請輸入）</translation>
    </message>
    <message>
        <source>Alt+1…7 picks one</source>
        <translation>Alt+1…7 快速選擇</translation>
    </message>
    <message>
        <source>phone, or its last 4 digits</source>
        <translation>電話，或末 4 碼</translation>
    </message>
    <message>
        <source>No ID number: the company and a phone make sure the right flat receives the delivery. </source>
        <translation>無需證件號碼：憑公司與電話確保送達正確的住戶。 </translation>
    </message>
    <message>
        <source>Issue and print  (Enter)</source>
        <translation>核發並列印  (Enter)</translation>
    </message>
    <message>
        <source>Check in, no pass  (Ctrl+Enter)</source>
        <translation>直接入場，不列印  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>no household lives here</source>
        <translation>該戶無人居住</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>數據看板</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Counter and hotline</source>
        <translation>櫃檯與熱線</translation>
    </message>
    <message>
        <source>Staff appraisal</source>
        <translation>績效考核</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在讀取數據…</translation>
    </message>
    <message>
        <source>The figures could not be read. Show the dashboard again.</source>
        <translation>未能讀取數據，請重新開啟數據看板。</translation>
    </message>
    <message>
        <source>Targets from the service center&apos;s procedures. Press a tile to chart it.</source>
        <translation>目標值依據服務中心作業程序。點選指標卡片查看圖表。</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>目標 {target}</translation>
    </message>
    <message>
        <source>n = {count}</source>
        <translation>樣本 {count}</translation>
    </message>
    <message>
        <source>{measure} by building, {month}</source>
        <translation>{month} 各樓棟{measure}</translation>
    </message>
    <message>
        <source>{measure} by category, {month}</source>
        <translation>{month} 各類別{measure}</translation>
    </message>
    <message>
        <source>{measure} by category, {month} (worst {shown})</source>
        <translation>{month} 各類別{measure}（最差 {shown} 項）</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>公共區域</translation>
    </message>
    <message>
        <source>Bldg {number}</source>
        <translation>{number} 號樓</translation>
    </message>
    <message>
        <source>{measure} by month</source>
        <translation>各月{measure}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Deposit paid</source>
        <translation>收取保證金</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>登記收款</translation>
    </message>
    <message>
        <source>{about}
Agreed ¥{agreed}, paid so far ¥{paid}.</source>
        <translation>{about}
約定 ¥{agreed}，已付 ¥{paid}。</translation>
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
        <translation>放棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>繼續填寫(&amp;K)</translation>
    </message>
    <message>
        <source>Discard what was typed in this form?</source>
        <translation>放棄這張表裡已填寫的內容嗎？</translation>
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
        <translation>請將入住資料交給住戶，並逐項說明。</translation>
    </message>
    <message>
        <source>&amp;Print the move-in pack</source>
        <translation type="vanished">列印入住資料(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Print the move-in pack (Ctrl+P)</source>
        <translation>列印入住資料(&amp;P)（Ctrl+P）</translation>
    </message>
    <message>
        <source>The household of {name} is recorded in {unit}.</source>
        <translation>{name} 一戶已登記入住 {unit}。</translation>
    </message>
    <message>
        <source>The follow-up call is due by {date}.</source>
        <translation>請在 {date} 前完成入住回訪。</translation>
    </message>
    <message>
        <source>The property service contract is signed.</source>
        <translation>物業服務合約已簽訂。</translation>
    </message>
    <message>
        <source>The service contract was not signed: {reason}</source>
        <translation>物業服務合約未簽訂：{reason}</translation>
    </message>
</context>
<context>
    <name>EmergencyAlert</name>
    <message>
        <source>EMERGENCY: {what} at {where}, reported {when} by {who}</source>
        <translation>緊急事件：{what}，地點 {where}，{when} 由 {who} 報告</translation>
    </message>
    <message>
        <source>(+{n} more not acknowledged)</source>
        <translation>（另有 {n} 件尚未受理）</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>開啟查看</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Emergency report</source>
        <translation>緊急事件通報</translation>
    </message>
    <message>
        <source>Emergency — report it first, then follow the steps. Tell the duty manager and the emergency team.</source>
        <translation>緊急事件：先通報，再依步驟處置。請通知值班主管及緊急應變小組。</translation>
    </message>
    <message>
        <source>What is happening?</source>
        <translation>發生了什麼狀況？</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>What</source>
        <translation>現場狀況</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>通報人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Building, entrance, floor, lift number…</source>
        <translation>樓棟、單元、樓層、電梯編號…</translation>
    </message>
    <message>
        <source>What the caller sees; anyone hurt or trapped</source>
        <translation>來電者看到的情況；是否有人受傷或受困</translation>
    </message>
    <message>
        <source>Caller&apos;s name and phone</source>
        <translation>來電者姓名及電話</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已通報</translation>
    </message>
    <message>
        <source>Report emergency</source>
        <translation>通報緊急事件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>訪客</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>受訪戶號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>入場時間</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>初步處置</translation>
    </message>
    <message>
        <source>Choose what is happening to see its first steps.</source>
        <translation>選擇事件類型，查看初步處置步驟。</translation>
    </message>
    <message>
        <source>First steps — {what}</source>
        <translation>初步處置 — {what}</translation>
    </message>
    <message>
        <source>Tick each step when it is done; it is logged on the ticket.</source>
        <translation>每完成一步請勾選，系統會記錄到工單中。</translation>
    </message>
    <message>
        <source>Report first; then tick each step as it is done.</source>
        <translation>請先通報，再逐項勾選已完成的步驟。</translation>
    </message>
    <message>
        <source>Choose what is happening first.</source>
        <translation>請先選擇事件類型。</translation>
    </message>
    <message>
        <source>Reported as {ticket}: respond by {respond}, make safe by {resolve}.</source>
        <translation>已通報，工單號 {ticket}：{respond} 前回應，{resolve} 前排除險情。</translation>
    </message>
    <message>
        <source>Visitors on site now: {n}</source>
        <translation>目前在場訪客：{n} 人</translation>
    </message>
</context>
<context>
    <name>EmergencyReportDialog</name>
    <message>
        <source>From</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Emergency log report</source>
        <translation>突發事件紀錄報告</translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>列印(&amp;P)（Ctrl+P）</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="vanished">預覽…</translation>
    </message>
    <message>
        <source>Emergency log {start} – {end}</source>
        <translation>突發事件紀錄 {start} – {end}</translation>
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
        <translation>升級</translation>
    </message>
    <message>
        <source>Now at level {level}.</source>
        <translation>目前為第 {level} 級。</translation>
    </message>
    <message>
        <source>Level 2 — complex, or several departments</source>
        <translation>第 2 級 — 情況複雜或涉及多個部門</translation>
    </message>
    <message>
        <source>Level 3 — company management: collective or media-sensitive</source>
        <translation>第 3 級 — 公司管理層：群體性或媒體敏感事件</translation>
    </message>
    <message>
        <source>(supervisor only)</source>
        <translation>（僅限客服主管）</translation>
    </message>
    <message>
        <source>Why it needs a higher level</source>
        <translation>需要升級的原因</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
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
        <translation>記錄時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>At desk</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>封印摘要</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Timeline of this record</source>
        <translation>該紀錄的時間軸</translation>
    </message>
    <message>
        <source>The desk at this moment</source>
        <translation>查看此刻的情況</translation>
    </message>
    <message>
        <source>Show every workspace as it stood right after this event (read-only)</source>
        <translation>以唯讀方式顯示此事件剛發生後各工作區的情況</translation>
    </message>
    <message>
        <source>#{position} · version {version} of its record</source>
        <translation>#{position} · 該紀錄的第 {version} 版</translation>
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
        <translation>給下一班的交班說明(&amp;N)</translation>
    </message>
    <message>
        <source>What to watch, whom to call back, anything special</source>
        <translation>需留意的事、需回電的人、其他特殊狀況</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print the sheet</source>
        <translation>列印交接單</translation>
    </message>
    <message>
        <source>Hand over  (Ctrl+Enter)</source>
        <translation>交班  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No open matters: nothing waits for the next shift.</source>
        <translation>沒有待辦事項：無需下一班跟進。</translation>
    </message>
    <message>
        <source>{count} open matters at {time}. The next person takes them over at sign-in.</source>
        <translation>{time} 共有 {count} 項待辦事項。下一位登入時接班。</translation>
    </message>
    <message>
        <source>Handed over. Lock the desk (Ctrl+L): the next person takes the shift over when they sign in.</source>
        <translation>已交班。請鎖定櫃檯 (Ctrl+L)：下一位登入時即可接班。</translation>
    </message>
    <message>
        <source>Handover sheet</source>
        <translation>交接班記錄單</translation>
    </message>
    <message>
        <source>The sheet could not be printed: {why}; nothing recorded.</source>
        <translation>交接單列印失敗：{why}；未作登記。</translation>
    </message>
    <message>
        <source>Handed over; the sheet is printed for both to sign.</source>
        <translation>已交班；交接單已列印，請雙方簽名。</translation>
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
        <translation>取件碼(&amp;P)：</translation>
    </message>
    <message>
        <source>The code the resident was sent, or scan the label</source>
        <translation>住戶收到的取件碼，或掃描標籤</translation>
    </message>
    <message>
        <source>Collected b&amp;y:</source>
        <translation>取件人(&amp;Y)：</translation>
    </message>
    <message>
        <source>Name (needed without the code)</source>
        <translation>姓名（無取件碼時必填）</translation>
    </message>
    <message>
        <source>Hand over (Enter)</source>
        <translation>交付 (Enter)</translation>
    </message>
    <message>
        <source>ID checked (Alt+I)</source>
        <translation>已核驗證件 (Alt+I)</translation>
    </message>
    <message>
        <source>Known resident (Alt+K)</source>
        <translation>熟識住戶 (Alt+K)</translation>
    </message>
    <message>
        <source>Return to courier… (Alt+R)</source>
        <translation>退回物流… (Alt+R)</translation>
    </message>
    <message>
        <source>No parcel has this code.</source>
        <translation>沒有此取件碼的包裹。</translation>
    </message>
    <message>
        <source>The parcel shows here as its code is typed.</source>
        <translation>輸入取件碼後，包裹資料會顯示在這裡。</translation>
    </message>
    <message>
        <source>{unit} · shelf {shelf}</source>
        <translation>{unit} · 貨架 {shelf}</translation>
    </message>
    <message>
        <source>{carrier} {waybill} · received {at} · waited {waited}</source>
        <translation>{carrier} {waybill} · {at} 收件 · 已等 {waited}</translation>
    </message>
    <message>
        <source>Not on the shelf: {state}</source>
        <translation>不在貨架上：{state}</translation>
    </message>
    <message>
        <source>Also waiting for this flat ({count}): {parcels}</source>
        <translation>該戶還有待取包裹（{count} 件）：{parcels}</translation>
    </message>
    <message>
        <source>Type the 6-digit pickup code, or scan the shelf label.</source>
        <translation>請輸入 6 位數取件碼，或掃描貨架標籤。</translation>
    </message>
    <message>
        <source>No parcel has the code {code}: nothing was handed over.</source>
        <translation>沒有取件碼為 {code} 的包裹：未交付任何包裹。</translation>
    </message>
    <message>
        <source>Type the code, or choose the parcel on the shelf first.</source>
        <translation>請先輸入取件碼，或在貨架清單中選擇包裹。</translation>
    </message>
    <message>
        <source>Who is collecting? Type the name, then Enter.</source>
        <translation>誰來取件？請輸入姓名後按 Enter。</translation>
    </message>
    <message>
        <source>Handed over: {unit}, shelf {shelf} ({proof}).</source>
        <translation>已取件：{unit}，貨架 {shelf}（{proof}）。</translation>
    </message>
    <message>
        <source>Return to courier</source>
        <translation>退回物流</translation>
    </message>
    <message>
        <source>Why does {unit}&apos;s parcel (shelf {shelf}) go back?</source>
        <translation>為什麼退回 {unit} 的包裹（貨架 {shelf}）？</translation>
    </message>
    <message>
        <source>Refused by the resident</source>
        <translation>住戶拒收</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>地址錯誤</translation>
    </message>
    <message>
        <source>Not collected in time</source>
        <translation>逾期未取</translation>
    </message>
    <message>
        <source>Returned to the courier: {unit}, shelf {shelf}.</source>
        <translation>已退回物流：{unit}，貨架 {shelf}。</translation>
    </message>
    <message>
        <source>{count} more waiting for this flat.</source>
        <translation>該戶還有 {count} 件待取。</translation>
    </message>
</context>
<context>
    <name>HandedOverCard</name>
    <message>
        <source>Handed over</source>
        <translation>交班事項</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>已核對</translation>
    </message>
    <message>
        <source>Handed over to you at {time}</source>
        <translation>{time} 交接給您</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{count} on shelf {shelves}</source>
        <translation>{count} 件，貨架 {shelves}</translation>
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
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation>任意櫃檯</translation>
    </message>
    <message>
        <source>Record id (paste)</source>
        <translation>紀錄編號（貼上）</translation>
    </message>
    <message>
        <source>Unit, e.g. 3-2-1502</source>
        <translation>戶號，如 3-2-1502</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記錄時間</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Choose an event to see all it says.
Double-click (or Enter) opens the timeline of its record.</source>
        <translation>選擇一筆事件即可查看全部內容。
按兩下（或按 Enter）開啟其所屬紀錄的時間軸。</translation>
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
        <translation>正在讀取紀錄…已讀 {n} 筆</translation>
    </message>
    <message>
        <source>{n} events shown · more as you scroll</source>
        <translation>已顯示 {n} 筆 · 向下捲動載入更多</translation>
    </message>
    <message>
        <source>{n} matching events</source>
        <translation>符合條件 {n} 筆</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>共 {n} 筆</translation>
    </message>
    <message>
        <source>up to the moment shown</source>
        <translation>截至所顯示的時刻</translation>
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
        <translation>無法聯絡：該戶沒有登記電話。</translation>
    </message>
    <message>
        <source>Call the host: {people}</source>
        <translation>聯絡業主：{people}</translation>
    </message>
</context>
<context>
    <name>HouseholdPickerDialog</name>
    <message>
        <source>Name, unit, phone or plate</source>
        <translation>姓名、戶號、電話或車牌</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>戶號</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>{count} households found</source>
        <translation>找到 {count} 戶</translation>
    </message>
    <message>
        <source>The first {count} households found; type more to narrow it.</source>
        <translation>僅顯示前 {count} 戶；請繼續輸入以縮小範圍。</translation>
    </message>
    <message>
        <source>Registered households are listed; search for anyone else.</source>
        <translation>已列出已報名的住戶；其他住戶請搜尋。</translation>
    </message>
    <message>
        <source>Search for the household.</source>
        <translation>請搜尋住戶。</translation>
    </message>
</context>
<context>
    <name>IncidentOutcomeDialog</name>
    <message>
        <source>The contact ends in an incident</source>
        <translation>本次接待轉為工單</translation>
    </message>
    <message>
        <source>Their open incident</source>
        <translation>該戶未結工單</translation>
    </message>
    <message>
        <source>Link this one</source>
        <translation>關聯此工單</translation>
    </message>
    <message>
        <source>Or report it now</source>
        <translation>或立即通報</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <source>Choose an incident on the board to see its timeline.</source>
        <translation>在工單清單中選擇一張工單，即可查看處理紀錄。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>問題描述</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>通報人</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>接案</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>回應期限</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>處理紀錄</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派工…</translation>
    </message>
    <message>
        <source>Log action…</source>
        <translation>記錄處理…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>暫停…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢復處理</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>升級…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>處理完成…</translation>
    </message>
    <message>
        <source>Callback…</source>
        <translation>回訪…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新開啟…</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>結案</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>通報</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>處理</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>升級</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>處理完成</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>結案</translation>
    </message>
    <message>
        <source>Level {n}</source>
        <translation>第 {n} 級</translation>
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
        <translation>（{when} 已回應）</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <source>(resolved {when})</source>
        <translation>（{when} 已處理）</translation>
    </message>
    <message>
        <source>· on hold {time} so far</source>
        <translation>· 已暫停 {time}</translation>
    </message>
</context>
<context>
    <name>IncidentSteps</name>
    <message>
        <source>Acknowledged: the response is on record.</source>
        <translation>已受理：回應時間已記錄。</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>指派給</translation>
    </message>
    <message>
        <source>Dispatched.</source>
        <translation>已派工。</translation>
    </message>
    <message>
        <source>Log an action</source>
        <translation>記錄處理情況</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>處理內容</translation>
    </message>
    <message>
        <source>Action logged.</source>
        <translation>處理情況已記錄。</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>暫停工單</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>the resident</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Time on hold does not count against the deadlines.</source>
        <translation>暫停期間不計入處理期限。</translation>
    </message>
    <message>
        <source>On hold: the clock is stopped.</source>
        <translation>已暫停：計時停止。</translation>
    </message>
    <message>
        <source>Resumed: the deadlines moved on by the time on hold.</source>
        <translation>已恢復：處理期限已依暫停時間順延。</translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation>已升級。</translation>
    </message>
    <message>
        <source>Resolved. The satisfaction callback is due within {hours} hours.</source>
        <translation>已處理完成。請於 {hours} 小時內進行滿意度回訪。</translation>
    </message>
    <message>
        <source>Callback recorded.</source>
        <translation>回訪已記錄。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新開啟工單</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reopened with a new deadline.</source>
        <translation>已重新開啟，並設定新的處理期限。</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>已結案。</translation>
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
        <translation>{n} 小時</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分鐘</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Open — least time left first</source>
        <translation>處理中 — 剩餘時間少者在前</translation>
    </message>
    <message>
        <source>Late (deadline missed)</source>
        <translation>已逾時（超過期限）</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>待回訪</translation>
    </message>
    <message>
        <source>All, newest first</source>
        <translation>全部（最新在前）</translation>
    </message>
    <message>
        <source>Filter: ticket, place, person…</source>
        <translation>篩選：工單號、地點、人員…</translation>
    </message>
    <message>
        <source>New report (Ctrl+N)</source>
        <translation>新增工單 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Emergency report (Ctrl+P)…</source>
        <translation>突發事件報告（Ctrl+P）…</translation>
    </message>
    <message>
        <source>Emergency report…</source>
        <translation type="vanished">突發事件報告…</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>緊急程度</translation>
    </message>
    <message>
        <source>What and where</source>
        <translation>事項及地點</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>時限</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation type="vanished">完成期限</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩餘</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>新增工單</translation>
    </message>
    <message>
        <source>Not acknowledged — respond now</source>
        <translation>未受理 — 請立即回應</translation>
    </message>
    <message>
        <source>Shown: {n}</source>
        <translation>顯示：{n} 筆</translation>
    </message>
    <message>
        <source>late: {n}</source>
        <translation>逾時：{n}</translation>
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
        <translation>設定囑託…</translation>
    </message>
    <message>
        <source>End instruction…</source>
        <translation>結束囑託…</translation>
    </message>
    <message>
        <source>Standing instructions ({count})</source>
        <translation>住戶囑託（{count}）</translation>
    </message>
    <message>
        <source>Standing instructions: none</source>
        <translation>住戶囑託：無</translation>
    </message>
    <message>
        <source>End this instruction for {unit}?
{instruction}</source>
        <translation>結束 {unit} 的這則囑託嗎？
{instruction}</translation>
    </message>
    <message>
        <source>End a standing instruction</source>
        <translation>結束住戶囑託</translation>
    </message>
    <message>
        <source>End instruction</source>
        <translation>結束囑託</translation>
    </message>
</context>
<context>
    <name>IntegrityPanel</name>
    <message>
        <source>Integrity of the log</source>
        <translation>紀錄完整性</translation>
    </message>
    <message>
        <source>Every event is sealed with a digest that covers the one before it. Verifying recomputes the whole chain, from the first event to the last, and names the first position that does not match.</source>
        <translation>每筆事件都以涵蓋前一筆的摘要加封。驗證會從第一筆到最後一筆重新計算整條鏈，並指出第一個不符的位置。</translation>
    </message>
    <message>
        <source>Verify the whole log</source>
        <translation>驗證整個紀錄</translation>
    </message>
    <message>
        <source>Head written down earlier (optional):</source>
        <translation>之前記下的末端（選填）：</translation>
    </message>
    <message>
        <source>POSITION:DIGEST, e.g. from an earlier export</source>
        <translation>位置:摘要，例如取自之前的匯出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export for auditors</source>
        <translation>稽核匯出</translation>
    </message>
    <message>
        <source>Writes into an empty folder every event as stored and as decoded, the integrity chain, the desk&apos;s lists (CSV files and one Excel workbook) with a data dictionary, and a manifest sealing each file; frontdesk export --check recomputes the chain from the copy alone. The export itself is recorded in the log.</source>
        <translation>向一個空資料夾寫入：全部事件（依儲存原樣及解碼後各一份）、完整性雜湊鏈、櫃檯的各個清單（CSV 檔和一個 Excel 活頁簿）及資料字典，以及為每個檔案加封的清單；frontdesk export --check 僅憑這份副本即可重算雜湊鏈。匯出本身也會記入紀錄。</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>匯出到資料夾…</translation>
    </message>
    <message>
        <source>Only an auditor or an administrator may export the history.</source>
        <translation>只有稽核員或系統管理員可以匯出歷史紀錄。</translation>
    </message>
    <message>
        <source>Return to live to export: the export is recorded in the log.</source>
        <translation>請返回即時後再匯出：匯出操作會記入紀錄。</translation>
    </message>
    <message>
        <source>Write the head down as POSITION:DIGEST (64 hex digits).</source>
        <translation>末端請按 位置:摘要 填寫（摘要為 64 位十六進位數）。</translation>
    </message>
    <message>
        <source>Verification cancelled; nothing was concluded.</source>
        <translation>驗證已取消，未得出結論。</translation>
    </message>
    <message>
        <source>Verification could not run: {problem}</source>
        <translation>無法執行驗證：{problem}</translation>
    </message>
    <message>
        <source>✓ The log is intact: {n} events checked.
Head: position #{position}
Head digest: {digest}</source>
        <translation>✓ 紀錄完整：已驗證 {n} 筆事件。
末端：位置 #{position}
末端摘要：{digest}</translation>
    </message>
    <message>
        <source>The head written down earlier, #{position}, is unchanged.</source>
        <translation>之前記下的末端 #{position} 未被改動。</translation>
    </message>
    <message>
        <source>Verified at {moment}</source>
        <translation>驗證時間：{moment}</translation>
    </message>
    <message>
        <source>First bad position: #{position} · {moment} · {record} {id}</source>
        <translation>第一個不符的位置：#{position} · {moment} · {record} {id}</translation>
    </message>
    <message>
        <source>An empty folder for the export</source>
        <translation>選擇一個空資料夾用於匯出</translation>
    </message>
    <message>
        <source>Writing the export to {folder}…</source>
        <translation>正在匯出到 {folder}…</translation>
    </message>
    <message>
        <source>✓ Exported {n} events to {folder}
Head: position #{position}
Head digest: {digest}
Manifest: {manifest}</source>
        <translation>✓ 已將 {n} 筆事件匯出到 {folder}
末端：位置 #{position}
末端摘要：{digest}
清單：{manifest}</translation>
    </message>
    <message>
        <source>✗ Nothing was exported: {problem}</source>
        <translation>✗ 未匯出任何內容：{problem}</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>in</source>
        <translation>在櫃檯</translation>
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
        <translation>類型</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>歸還期限</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>新增物品(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Lend…</source>
        <translation>借出(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;turned</source>
        <translation>已歸還(&amp;T)</translation>
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
        <translation>請先選擇已借出的物品。</translation>
    </message>
    <message>
        <source>Choose an item that is in first.</source>
        <translation>請先選擇在櫃檯的物品。</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Standard answers</source>
        <translation>標準答案</translation>
    </message>
    <message>
        <source>Knowledge base…</source>
        <translation>知識庫…</translation>
    </message>
    <message>
        <source>Search the answers as you type — Ctrl+K</source>
        <translation>邊輸入邊搜尋答案 — Ctrl+K</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用次數</translation>
    </message>
    <message>
        <source>The chosen answer is shown here.</source>
        <translation>所選答案會顯示在這裡。</translation>
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
        <translation>戶號：</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>借用人：</translation>
    </message>
    <message>
        <source>Due back:</source>
        <translation>歸還期限：</translation>
    </message>
    <message>
        <source>Only to a member of {unit} or someone it authorised.</source>
        <translation>僅借給 {unit} 的家庭成員或其授權人。</translation>
    </message>
</context>
<context>
    <name>LiveDesk</name>
    <message>
        <source>This is a read-only view of the past. Return to live to change anything.</source>
        <translation>目前為過去時刻的唯讀檢視，請返回即時後再進行修改。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Front Desk</source>
        <translation>客服櫃檯</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page}（Ctrl+{n}）</translation>
    </message>
    <message>
        <source>Emergency (F12)</source>
        <translation>緊急事件 (F12)</translation>
    </message>
    <message>
        <source>Lock / switch user (Ctrl+L)</source>
        <translation>鎖定 / 換人 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hand over (Ctrl+H)</source>
        <translation>交班 (Ctrl+H)</translation>
    </message>
    <message>
        <source>Hand the shift over: the open matters and your notes, for the next person</source>
        <translation>交班：將待辦事項和您的說明交給下一位</translation>
    </message>
    <message>
        <source>Lock the desk: the next person signs in, and is who the records name</source>
        <translation>鎖定櫃檯：下一位登入的人就是記錄上的經辦人</translation>
    </message>
    <message>
        <source>As of…</source>
        <translation>歷史時刻…</translation>
    </message>
    <message>
        <source>Show every workspace as it stood at a past moment (read-only)</source>
        <translation>以唯讀方式顯示各工作區在過去某一時刻的情況</translation>
    </message>
    <message>
        <source>{name} · {role} · desk {desk}</source>
        <translation>{name} · {role} · 櫃檯 {desk}</translation>
    </message>
    <message>
        <source>Read-only: an auditor&apos;s desk changes nothing.</source>
        <translation>唯讀：稽核員帳號不能修改任何資料。</translation>
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
        <translation>與戶長關係(&amp;R)</translation>
    </message>
    <message>
        <source>ID &amp;type</source>
        <translation>證件類型(&amp;T)</translation>
    </message>
    <message>
        <source>ID n&amp;umber</source>
        <translation>證件號碼(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <source>as on the ID document</source>
        <translation>與證件一致</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>手機或市話</translation>
    </message>
    <message>
        <source>{count} of 18 characters</source>
        <translation>已輸入 {count}/18 位</translation>
    </message>
    <message>
        <source>✓ Valid · born {date}</source>
        <translation>✓ 有效 · 出生日期 {date}</translation>
    </message>
    <message>
        <source>{count} of 11 digits</source>
        <translation>已輸入 {count}/11 位</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Household members</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Everyone who will live in the unit, the head of the household first.</source>
        <translation>所有將在此居住的人員，戶長排在第一位。</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>新增成員(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Enter adds the member; Enter on an empty form goes on.</source>
        <translation>按 Enter 新增成員；表單空白時按 Enter 進入下一步。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>證件類型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
</context>
<context>
    <name>MoveInPack</name>
    <message>
        <source>Printing is not available yet: the move-in pack document is not installed.</source>
        <translation type="vanished">暫時無法列印：未安裝入住資料範本。</translation>
    </message>
    <message>
        <source>The pack could not be printed: {problem}</source>
        <translation>入住資料列印失敗：{problem}</translation>
    </message>
    <message>
        <source>Move-in pack</source>
        <translation>入住資料</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>未列印。</translation>
    </message>
    <message>
        <source>Move-in pack printed.</source>
        <translation>入住資料已列印。</translation>
    </message>
    <message>
        <source>Move-in pack printed again (copy {copy}).</source>
        <translation>入住資料已重新列印（第 {copy} 份）。</translation>
    </message>
</context>
<context>
    <name>MoveInWizard</name>
    <message>
        <source>Move in</source>
        <translation>辦理入住</translation>
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
        <translation>辦理遷出：{unit}</translation>
    </message>
    <message>
        <source>Record the move-out</source>
        <translation>登記遷出</translation>
    </message>
    <message>
        <source>The file is kept as a former household of {unit}; the unit becomes vacant.</source>
        <translation>檔案將作為 {unit} 的歷史住戶保留；該戶變為空置。</translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation>遷出日期</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Send the renewal notice</source>
        <translation>發送續約通知</translation>
    </message>
    <message>
        <source>Record notice</source>
        <translation>登記通知</translation>
    </message>
    <message>
        <source>Reprint the letter</source>
        <translation>補印通知函</translation>
    </message>
    <message>
        <source>{about}
The notice was due on {due}.</source>
        <translation>{about}
通知期限為 {due}。</translation>
    </message>
    <message>
        <source>A letter has gone out this term: printing it again makes a numbered copy, not another notice.</source>
        <translation>本期已寄出過通知函：再次列印為編號副本，不算再次通知。</translation>
    </message>
    <message>
        <source>Print the letter now</source>
        <translation>立即列印通知函</translation>
    </message>
    <message>
        <source>Printing is not available on this desk.</source>
        <translation>本櫃檯無法列印。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <source>Shelf label {code}</source>
        <translation>貨架標籤 {code}</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹代收</translation>
    </message>
    <message>
        <source>The shelf label could not be printed; the parcel is on the shelf.</source>
        <translation>貨架標籤未能列印；快遞已上架。</translation>
    </message>
</context>
<context>
    <name>PassPanel</name>
    <message>
        <source>Visiting</source>
        <translation>受訪戶</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>證件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>來訪事由</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>業主確認</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通行證</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>進出時間</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>通行碼</translation>
    </message>
    <message>
        <source>Host answer</source>
        <translation>業主回覆</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>進出</translation>
    </message>
    <message>
        <source>Badge card</source>
        <translation>訪客識別證</translation>
    </message>
    <message>
        <source>62 mm label</source>
        <translation>62 mm 標籤</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4 紙張</translation>
    </message>
    <message>
        <source>How the host confirmed</source>
        <translation>業主確認方式</translation>
    </message>
    <message>
        <source>Host &amp;confirmed</source>
        <translation>業主已確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Declined…</source>
        <translation>業主拒絕(&amp;D)…</translation>
    </message>
    <message>
        <source>Supervisor wai&amp;ver…</source>
        <translation>主管特准(&amp;V)…</translation>
    </message>
    <message>
        <source>Only a supervisor may waive the host&apos;s confirmation</source>
        <translation>僅客服主管可特准免除業主確認</translation>
    </message>
    <message>
        <source> h valid</source>
        <translation> 小時有效</translation>
    </message>
    <message>
        <source>Pass size (remembered for this desk)</source>
        <translation>通行證規格（本櫃檯會記住此設定）</translation>
    </message>
    <message>
        <source>Issue and prin&amp;t</source>
        <translation>核發並列印(&amp;T)</translation>
    </message>
    <message>
        <source>Print &amp;again</source>
        <translation>重新列印(&amp;A)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="vanished">儲存 PDF…</translation>
    </message>
    <message>
        <source>Print the pass again (Ctrl+P)</source>
        <translation>再次列印通行證（Ctrl+P）</translation>
    </message>
    <message>
        <source>Issue the pass and print it on this desk&apos;s printer (Ctrl+P)</source>
        <translation>發證並用本櫃檯的印表機列印（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>Preview, save as PDF, this desk&apos;s printer</source>
        <translation>預覽、另存為 PDF、本櫃檯的印表機</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Printer for this desk…</source>
        <translation>本櫃檯的印表機(&amp;P)…</translation>
    </message>
    <message>
        <source>Ch&amp;eck in</source>
        <translation>入場(&amp;E)</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>離場(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>註銷(&amp;R)…</translation>
    </message>
    <message>
        <source>Register again (F2)</source>
        <translation>再次登記 (F2)</translation>
    </message>
    <message>
        <source>No pass selected</source>
        <translation>未選擇通行證</translation>
    </message>
    <message>
        <source>Select a visitor in the list, or register one.</source>
        <translation>請在清單中選擇訪客，或登記新訪客。</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>未核發</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>尚未詢問</translation>
    </message>
    <message>
        <source>declined: {reason}</source>
        <translation>已拒絕：{reason}</translation>
    </message>
    <message>
        <source>confirmed ({channel})</source>
        <translation>已確認（{channel}）</translation>
    </message>
    <message>
        <source>pass revoked: {reason}</source>
        <translation>通行證已註銷：{reason}</translation>
    </message>
    <message>
        <source>waived: {reason}</source>
        <translation>主管特准：{reason}</translation>
    </message>
    <message>
        <source>Host confirmed by {channel}. Issue the pass next.</source>
        <translation>業主已透過{channel}確認。下一步請核發通行證。</translation>
    </message>
    <message>
        <source>Host declined</source>
        <translation>業主拒絕</translation>
    </message>
    <message>
        <source>Why does the host not want {name} to come in?</source>
        <translation>業主為什麼不同意 {name} 進入？</translation>
    </message>
    <message>
        <source>Host does not know the visitor</source>
        <translation>業主不認識該訪客</translation>
    </message>
    <message>
        <source>Host not at home</source>
        <translation>業主不在家</translation>
    </message>
    <message>
        <source>Host asked to refuse</source>
        <translation>業主要求謝絕來訪</translation>
    </message>
    <message>
        <source>Record decline</source>
        <translation>登記拒絕</translation>
    </message>
    <message>
        <source>Recorded: the host declined. The visitor may not enter.</source>
        <translation>已登記：業主拒絕來訪，訪客不得進入。</translation>
    </message>
    <message>
        <source>Supervisor waiver</source>
        <translation>主管特准</translation>
    </message>
    <message>
        <source>The host cannot be reached. Why may {name} come in without the host&apos;s confirmation?</source>
        <translation>無法聯絡到業主。為什麼可在業主未確認的情況下讓 {name} 進入？</translation>
    </message>
    <message>
        <source>Host unreachable; urgent repair</source>
        <translation>業主聯絡不上；緊急維修</translation>
    </message>
    <message>
        <source>Property staff escort</source>
        <translation>物業人員全程陪同</translation>
    </message>
    <message>
        <source>Waive confirmation</source>
        <translation>特准放行</translation>
    </message>
    <message>
        <source>Confirmation waived. Issue the pass next.</source>
        <translation>已特准放行。下一步請核發通行證。</translation>
    </message>
    <message>
        <source>Revoke pass</source>
        <translation>註銷通行證</translation>
    </message>
    <message>
        <source>Why is the pass of {name} revoked?</source>
        <translation>為什麼註銷 {name} 的通行證？</translation>
    </message>
    <message>
        <source>Host withdrew the invitation</source>
        <translation>業主撤回邀請</translation>
    </message>
    <message>
        <source>Misconduct on site</source>
        <translation>在社區內有不當行為</translation>
    </message>
    <message>
        <source>Registered by mistake</source>
        <translation>誤登記</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>註銷</translation>
    </message>
    <message>
        <source>Pass revoked.</source>
        <translation>通行證已註銷。</translation>
    </message>
    <message>
        <source>Pass {code} issued.</source>
        <translation>已核發通行證 {code}。</translation>
    </message>
    <message>
        <source>Passes now print on this printer.</source>
        <translation>通行證今後用這台印表機列印。</translation>
    </message>
    <message>
        <source>Visitor pass {code} · {name}</source>
        <translation>訪客通行證 {code} · {name}</translation>
    </message>
    <message>
        <source>Pass {code} not printed.</source>
        <translation>通行證 {code} 未列印。</translation>
    </message>
    <message>
        <source>The pass could not be drawn: {problem}</source>
        <translation>無法產生通行證：{problem}</translation>
    </message>
    <message>
        <source>The pass is still being drawn for the printer…</source>
        <translation>通行證仍在產生，馬上列印…</translation>
    </message>
    <message>
        <source>Pass {code} printed. Hand it over with the safety reminders.</source>
        <translation>通行證 {code} 已列印。交給訪客時請一併告知安全須知。</translation>
    </message>
    <message>
        <source>Pass {code} printed: copy {copy}. Hand it over with the safety reminders.</source>
        <translation>通行證 {code} 已列印（副本 {copy}）。交給訪客時請一併告知安全須知。</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已儲存至 {path}</translation>
    </message>
    <message>
        <source>{name} checked in.</source>
        <translation>{name} 已入場。</translation>
    </message>
    <message>
        <source>{name} checked out.</source>
        <translation>{name} 已離場。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Residents</source>
        <translation type="vanished">住戶</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="vanished">訪客</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="vanished">合約</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="vanished">工單</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="vanished">社區活動</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="vanished">數據看板</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="vanished">稽核</translation>
    </message>
    <message>
        <source>This workspace is not available yet.</source>
        <translation type="vanished">此功能尚未開放。</translation>
    </message>
</context>
<context>
    <name>PlanActivityDialog</name>
    <message>
        <source>Plan an activity</source>
        <translation>規劃社區活動</translation>
    </message>
    <message>
        <source>Plan activity</source>
        <translation>儲存活動規劃</translation>
    </message>
    <message>
        <source>Plan staff, venue, supplies and safety; promote it in advance.</source>
        <translation>請安排好人員、場地、物資及安全措施，並提前宣傳。</translation>
    </message>
    <message>
        <source>e.g. 中秋节做月饼</source>
        <translation>例如：中秋節做月餅</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>活動名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Places (people)</source>
        <translation>名額（人）</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>列印(&amp;P)（Ctrl+P）</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>符合視窗(&amp;F)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing is not available: the visitor pass document is not installed.</source>
        <translation type="vanished">無法列印：未安裝訪客通行證範本。</translation>
    </message>
    <message>
        <source>The document could not be read for printing.</source>
        <translation>無法讀取要列印的文件。</translation>
    </message>
    <message>
        <source>The printer {printer} could not be used: check it, or choose another.</source>
        <translation>無法使用印表機 {printer}：請檢查它，或另選一台。</translation>
    </message>
    <message>
        <source>Printer for this desk</source>
        <translation>本櫃檯的印表機</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
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
        <translation>號碼</translation>
    </message>
    <message>
        <source>For</source>
        <translation>辦理事項</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>This desk calls to &amp;window</source>
        <translation>本櫃檯叫號至窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Take a number (F2)</source>
        <translation>取號 (F2)</translation>
    </message>
    <message>
        <source>Call next (F3)</source>
        <translation>叫下一號 (F3)</translation>
    </message>
    <message>
        <source>Left the queue…</source>
        <translation>過號…</translation>
    </message>
    <message>
        <source>The selected number&apos;s holder has gone</source>
        <translation>所選號碼的持號人已離開</translation>
    </message>
    <message>
        <source>Call out of turn…</source>
        <translation>優先叫號…</translation>
    </message>
    <message>
        <source>Call the selected number first (an elderly resident, a pregnant woman)</source>
        <translation>優先叫所選號碼（如長者、孕婦）</translation>
    </message>
    <message>
        <source>{waiting} waiting · the next person waits about {minutes} min</source>
        <translation>{waiting} 人等候 · 下一位約需等 {minutes} 分鐘</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>無人等候。</translation>
    </message>
    <message>
        <source>Select the number whose holder has left.</source>
        <translation>請選擇持號人已離開的號碼。</translation>
    </message>
    <message>
        <source>Left the queue</source>
        <translation>過號</translation>
    </message>
    <message>
        <source>{ticket} has left and will not be called?</source>
        <translation>{ticket} 已離開，不再叫號？</translation>
    </message>
    <message>
        <source>They have left</source>
        <translation>確認過號</translation>
    </message>
    <message>
        <source>Select the number to call first.</source>
        <translation>請選擇要優先叫的號碼。</translation>
    </message>
    <message>
        <source>Call out of turn</source>
        <translation>優先叫號</translation>
    </message>
    <message>
        <source>Why {ticket} goes first (those waiting are told):</source>
        <translation>{ticket} 優先辦理的原因（會告知其他等候的人）：</translation>
    </message>
    <message>
        <source>Elderly resident</source>
        <translation>年長住戶</translation>
    </message>
    <message>
        <source>Pregnant woman</source>
        <translation>孕婦</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>身心障礙者</translation>
    </message>
    <message>
        <source>Call {ticket} now</source>
        <translation>立即叫 {ticket} 號</translation>
    </message>
</context>
<context>
    <name>RateStaffDialog</name>
    <message>
        <source>Rate teamwork and knowledge</source>
        <translation>評定團隊協作與業務知識</translation>
    </message>
    <message>
        <source>Record marks</source>
        <translation>登記評分</translation>
    </message>
    <message>
        <source>Marks from 0 to 100 for {name}, {month}; marking again replaces them.</source>
        <translation>{name} {month} 的評分（0–100）；重新評分將取代原評分。</translation>
    </message>
    <message>
        <source>What the marks rest on (optional)</source>
        <translation>評分依據（選填）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>評語</translation>
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
        <translation>請先選擇或填寫原因。</translation>
    </message>
    <message>
        <source>{action} — reason: {reason}
This cannot be undone. Go ahead?</source>
        <translation>{action} — 原因：{reason}
此操作無法復原。確定繼續嗎？</translation>
    </message>
</context>
<context>
    <name>RecallBar</name>
    <message>
        <source>Came before: {name}, to {unit} on {day}</source>
        <translation>曾來訪：{name}，{day} 到訪 {unit}</translation>
    </message>
    <message>
        <source>Fill in ({key})</source>
        <translation>一鍵填入 ({key})</translation>
    </message>
</context>
<context>
    <name>ReceivePanel</name>
    <message>
        <source>Receive from a courier (F2)</source>
        <translation>包裹簽收 (F2)</translation>
    </message>
    <message>
        <source>&amp;Waybill:</source>
        <translation>託運單號(&amp;W)：</translation>
    </message>
    <message>
        <source>Scan the courier&apos;s barcode, or type it, then Enter</source>
        <translation>掃描物流條碼或手動輸入，然後按 Enter</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>戶號(&amp;U)：</translation>
    </message>
    <message>
        <source>nobody lives here</source>
        <translation>該戶無人居住</translation>
    </message>
    <message>
        <source>&amp;Courier:</source>
        <translation>物流公司(&amp;C)：</translation>
    </message>
    <message>
        <source>from the waybill</source>
        <translation>依託運單號辨識</translation>
    </message>
    <message>
        <source>S&amp;helf:</source>
        <translation>貨架(&amp;H)：</translation>
    </message>
    <message>
        <source>Print shelf label (Ctrl+P)</source>
        <translation>列印貨架標籤 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Scan → unit → Enter, for each parcel.</source>
        <translation>每件包裹：掃描 → 戶號 → Enter。</translation>
    </message>
    <message>
        <source>That is a shelf label: hand the parcel over with F3.</source>
        <translation>這是貨架標籤：請按 F3 辦理取件。</translation>
    </message>
    <message>
        <source>Already received for {unit} (shelf {shelf}, {state}).</source>
        <translation>已為 {unit} 簽收過（貨架 {shelf}，{state}）。</translation>
    </message>
    <message>
        <source>Which courier, and which shelf? Then Enter.</source>
        <translation>請選擇物流公司與貨架，然後按 Enter。</translation>
    </message>
    <message>
        <source>Received for {unit}: {carrier} {waybill}, shelf {shelf}, code {code}</source>
        <translation>已為 {unit} 簽收：{carrier} {waybill}，貨架 {shelf}，取件碼 {code}</translation>
    </message>
    <message>
        <source>Waiting for this flat now: {count}</source>
        <translation>該戶目前待取：{count} 件</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund the deposit</source>
        <translation>退還保證金</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>登記退款</translation>
    </message>
    <message>
        <source>{about}
Held now: ¥{held}.</source>
        <translation>{about}
目前保管：¥{held}。</translation>
    </message>
    <message>
        <source>What the deductions are for (damage, debris…)</source>
        <translation>扣款原因（損壞、廢棄物清運…）</translation>
    </message>
    <message>
        <source>Refund (¥)</source>
        <translation>退還金額（元）</translation>
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
        <translation>訪客登記</translation>
    </message>
    <message>
        <source>Host &amp;unit</source>
        <translation>受訪戶號(&amp;U)</translation>
    </message>
    <message>
        <source>Visit &amp;kind</source>
        <translation>來訪類型(&amp;K)</translation>
    </message>
    <message>
        <source>Visitor &amp;name</source>
        <translation>訪客姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID</source>
        <translation>證件(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>電話(&amp;H)</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>公司(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Work ID</source>
        <translation>工作證號(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>來訪事由(&amp;P)</translation>
    </message>
    <message>
        <source>as on the ID</source>
        <translation>與證件一致</translation>
    </message>
    <message>
        <source>checked as you type</source>
        <translation>輸入時自動檢查</translation>
    </message>
    <message>
        <source>company or shop</source>
        <translation>公司或店家名稱</translation>
    </message>
    <message>
        <source>badge or work card number</source>
        <translation>識別證或工作證編號</translation>
    </message>
    <message>
        <source>Register  (Ctrl+Enter)</source>
        <translation>登記  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Confirmed, print  (F9)</source>
        <translation>已確認並列印 (F9)</translation>
    </message>
    <message>
        <source>The host confirmed by phone while the details were typed: registers the visitor, records the confirmation, issues the pass and prints it</source>
        <translation>輸入資料時業主已電話確認：一鍵登記訪客、記錄業主確認、發證並列印</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Visiting family or friends</source>
        <translation>探親訪友</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送貨</translation>
    </message>
    <message>
        <source>Repair or installation</source>
        <translation>維修或安裝</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>搬家</translation>
    </message>
    <message>
        <source>Renovation work</source>
        <translation>裝修施工</translation>
    </message>
    <message>
        <source>no household lives here</source>
        <translation>該戶無人居住</translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <source>Remove a household member</source>
        <translation>移除家庭成員</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成員</translation>
    </message>
    <message>
        <source>The member stays in the file&apos;s history, marked as no longer living here.</source>
        <translation>該成員仍保留在檔案歷史中，並標示為已不在此居住。</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>已搬離</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation>誤登記</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
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
        <translation>移除車輛</translation>
    </message>
    <message>
        <source>Remove vehicle</source>
        <translation>移除車輛</translation>
    </message>
    <message>
        <source>Car sold</source>
        <translation>車輛已出售</translation>
    </message>
    <message>
        <source>Parking space given up</source>
        <translation>已退租車位</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌</translation>
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
        <translation>續簽合約</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>續約</translation>
    </message>
    <message>
        <source>{about}
Review how both sides kept the contract; the renewal is a complete new term.</source>
        <translation>{about}
請先檢視雙方的履約情況；續約即開始一個完整的新合約期間。</translation>
    </message>
    <message>
        <source>unchanged: {fee}</source>
        <translation>不變：{fee}</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>新到期日</translation>
    </message>
    <message>
        <source>Monthly fee (¥)</source>
        <translation>月費（元）</translation>
    </message>
</context>
<context>
    <name>RenewalLetter</name>
    <message>
        <source>Printing is not available on this desk; nothing recorded.</source>
        <translation type="vanished">本櫃檯無法列印；未作登記。</translation>
    </message>
    <message>
        <source>Renewal notice {unit}</source>
        <translation>續約通知 {unit}</translation>
    </message>
    <message>
        <source>The letter could not be printed: {why}; nothing recorded.</source>
        <translation>通知函列印失敗：{why}；未作登記。</translation>
    </message>
    <message>
        <source>Copy {n} of the letter printed; recorded as a reprint, not a notice.</source>
        <translation>通知函第 {n} 份副本已列印；已登記為補印，不算再次通知。</translation>
    </message>
    <message>
        <source>Notice recorded and the letter printed.</source>
        <translation>通知已登記，通知函已列印。</translation>
    </message>
    <message>
        <source>The letter was not printed; nothing recorded.</source>
        <translation>通知函未列印；未作登記。</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>類別(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>緊急程度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>地點(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>戶號(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>問題描述(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reporter</source>
        <translation>通報人(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>管道(&amp;H)</translation>
    </message>
    <message>
        <source>Building, floor, room or place</source>
        <translation>樓棟、樓層、房間或具體位置</translation>
    </message>
    <message>
        <source>Optional, e.g. 3-2-1502</source>
        <translation>選填，例如 3-2-1502</translation>
    </message>
    <message>
        <source>What the resident says is wrong</source>
        <translation>住戶反映的問題</translation>
    </message>
    <message>
        <source>Name, and a phone number if new</source>
        <translation>姓名；新來電者請留電話</translation>
    </message>
    <message>
        <source>Report and give the ticket number (Ctrl+Enter)</source>
        <translation>送出並告知工單號 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Tell the resident</source>
        <translation>告知住戶</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>開啟工單</translation>
    </message>
    <message>
        <source>Next report</source>
        <translation>下一筆通報</translation>
    </message>
    <message>
        <source>Respond within {respond}, resolve within {resolve}</source>
        <translation>{respond}內回應，{resolve}內完成</translation>
    </message>
    <message>
        <source>Your reference number is {ticket}. We will get back to you by {respond} and have it resolved by {resolve}.</source>
        <translation>您的工單號是 {ticket}。我們會在 {respond} 前回覆您，並在 {resolve} 前處理完畢。</translation>
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
        <translation>臨時參加</translation>
    </message>
    <message>
        <source>Follow-up call…</source>
        <translation>入住回訪…</translation>
    </message>
    <message>
        <source>Move out…</source>
        <translation>辦理遷出…</translation>
    </message>
    <message>
        <source>Print move-in pack</source>
        <translation type="vanished">列印入住資料</translation>
    </message>
    <message>
        <source>Correct phone…</source>
        <translation>更正電話…</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>新增成員…</translation>
    </message>
    <message>
        <source>Remove member…</source>
        <translation>移除成員…</translation>
    </message>
    <message>
        <source>Show full ID…</source>
        <translation>查看完整證件號…</translation>
    </message>
    <message>
        <source>Register vehicle…</source>
        <translation>登記車輛…</translation>
    </message>
    <message>
        <source>Remove vehicle…</source>
        <translation>移除車輛…</translation>
    </message>
    <message>
        <source>Contact corrections, latest first</source>
        <translation>聯絡方式更正紀錄（最新在前）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>訪客</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Former households</source>
        <translation>歷史住戶</translation>
    </message>
    <message>
        <source>moved out {date}</source>
        <translation>{date} 遷出</translation>
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
        <translation>已完成入住回訪：{score}/5{late}</translation>
    </message>
    <message>
        <source> (after the {days} days)</source>
        <translation>（超過 {days} 天）</translation>
    </message>
    <message>
        <source>No follow-up call was recorded.</source>
        <translation>沒有入住回訪紀錄。</translation>
    </message>
    <message>
        <source>Follow-up call OVERDUE since {date}</source>
        <translation>入住回訪已逾期（自 {date} 起）</translation>
    </message>
    <message>
        <source>Follow-up call due by {date}</source>
        <translation>請在 {date} 前完成入住回訪</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>證件類型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Old phone</source>
        <translation>原電話</translation>
    </message>
    <message>
        <source>New phone</source>
        <translation>新電話</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月費</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登記時間</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>訪客</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>來訪事由</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>通報時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>問題描述</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>遷出日期</translation>
    </message>
    <message>
        <source>Print move-in pack (Ctrl+P)</source>
        <translation>列印入住資料（Ctrl+P）</translation>
    </message>
    <message>
        <source>Parcels waiting ({count}): {shelves}</source>
        <translation>待取包裹（{count} 件）：{shelves}</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Residents</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Move in…</source>
        <translation>辦理入住…</translation>
    </message>
    <message>
        <source>Register a new household (Ctrl+N)</source>
        <translation>登記新住戶 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search by name, unit, phone or plate</source>
        <translation>依姓名、戶號、電話或車牌搜尋</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search for a household on the left, or move a new one in.</source>
        <translation>請在左側搜尋住戶，或為新住戶辦理入住。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>戶號</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌</translation>
    </message>
    <message>
        <source>{members} — moved out {date}</source>
        <translation>{members} — {date} 遷出</translation>
    </message>
    <message>
        <source>{name}&apos;s full ID number is shown; the viewing is recorded.</source>
        <translation>已顯示 {name} 的完整證件號碼；本次查看已記錄。</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>找到 {count} 戶</translation>
    </message>
    <message>
        <source>Households living here, by unit (first {count})</source>
        <translation>在住住戶，依戶號排列（前 {count} 戶）</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve</source>
        <translation>處理完成</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>處理內容</translation>
    </message>
    <message>
        <source>Solved at the first contact</source>
        <translation>首次聯繫即解決</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>處理結果</translation>
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
        <translation>櫃檯將不再提供「{question}」，也不能再用它結束接待。它仍保留在歷史紀錄中。</translation>
    </message>
    <message>
        <source>The rule changed</source>
        <translation>規定已變更</translation>
    </message>
    <message>
        <source>Replaced by another answer</source>
        <translation>已被其他答案取代</translation>
    </message>
    <message>
        <source>No longer asked</source>
        <translation>已無人詢問</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose or type the reason first.</source>
        <translation>請先選擇或填寫原因。</translation>
    </message>
</context>
<context>
    <name>RevealIdDialog</name>
    <message>
        <source>Show a full ID number</source>
        <translation>查看完整證件號碼</translation>
    </message>
    <message>
        <source>Show and record</source>
        <translation>查看並記錄</translation>
    </message>
    <message>
        <source>Who saw the number, when and why is recorded in the household&apos;s history.</source>
        <translation>查看人、查看時間及原因都會記錄在該戶的歷史紀錄中。</translation>
    </message>
    <message>
        <source>Identity check for a contract</source>
        <translation>簽約身分核驗</translation>
    </message>
    <message>
        <source>Police enquiry</source>
        <translation>警方查詢</translation>
    </message>
    <message>
        <source>Audit of the resident files</source>
        <translation>住戶檔案稽核</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
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
        <translation>掃描通行證(&amp;S)</translation>
    </message>
    <message>
        <source>Scan the QR code, or type the pass code, then Enter</source>
        <translation>掃描 QR 碼，或輸入通行碼後按 Enter</translation>
    </message>
    <message>
        <source>A valid pass checks in with one key: Space.</source>
        <translation>有效通行證只需按空白鍵即可入場。</translation>
    </message>
    <message>
        <source>No pass has this code</source>
        <translation>查無此通行碼</translation>
    </message>
    <message>
        <source>Check the code, or scan the QR code.</source>
        <translation>請核對通行碼，或掃描 QR 碼。</translation>
    </message>
    <message>
        <source>This pass was not issued by this community.</source>
        <translation>此通行證並非本社區核發。</translation>
    </message>
    <message>
        <source>{name} · visiting {unit} · {kind} · until {until}</source>
        <translation>{name} · 拜訪 {unit} · {kind} · 有效至 {until}</translation>
    </message>
    <message>
        <source>On site since {time}</source>
        <translation>自 {time} 起在場</translation>
    </message>
    <message>
        <source>Check in  [Space]</source>
        <translation>入場  [空白鍵]</translation>
    </message>
    <message>
        <source>Check out  [Space]</source>
        <translation>離場  [空白鍵]</translation>
    </message>
    <message>
        <source>{name} checked in</source>
        <translation>{name} 已入場</translation>
    </message>
    <message>
        <source>{name} checked out</source>
        <translation>{name} 已離場</translation>
    </message>
    <message>
        <source>at {time}. Ready for the next scan.</source>
        <translation>時間 {time}。可掃描下一張。</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>Staff member</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>&amp;Rate teamwork and knowledge…</source>
        <translation>評定團隊協作與業務知識(&amp;R)…</translation>
    </message>
    <message>
        <source>Print &amp;scorecard</source>
        <translation>列印考核表(&amp;S)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>考核項目</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>綜合得分</translation>
    </message>
    <message>
        <source>The scorecards could not be read. Show the dashboard again.</source>
        <translation>未能讀取考核表，請重新開啟數據看板。</translation>
    </message>
    <message>
        <source>All staff, {month}</source>
        <translation>全體員工，{month}</translation>
    </message>
    <message>
        <source>Scorecard of {name} ({username}), {month}</source>
        <translation>{name}（{username}）{month} 考核表</translation>
    </message>
    <message>
        <source>Contacts served {contacts} · tickets called {tickets} · cases taken {cases}</source>
        <translation>接待 {contacts} 人次 · 叫號 {tickets} 次 · 受理工單 {cases} 件</translation>
    </message>
    <message>
        <source>Total {total} of 100</source>
        <translation>綜合得分 {total}/100</translation>
    </message>
    <message>
        <source>Total: nothing to measure this month</source>
        <translation>綜合得分：本月無可考核的資料</translation>
    </message>
    <message>
        <source>A component with nothing to measure is left out; its weight goes to the others in proportion.</source>
        <translation>無可考核資料的項目不計入綜合得分，其權重按比例分配給其餘項目。</translation>
    </message>
    <message>
        <source>Marked by {name}: {comment}</source>
        <translation>評分人 {name}：{comment}</translation>
    </message>
    <message>
        <source>Teamwork and knowledge not marked yet this month.</source>
        <translation>本月尚未評定團隊協作與業務知識。</translation>
    </message>
    <message>
        <source>{n} satisfaction callbacks: share satisfied or better</source>
        <translation>{n} 次滿意度回訪中滿意以上的比例</translation>
    </message>
    <message>
        <source>{n} complaints: share closed on time</source>
        <translation>{n} 件投訴中準時辦結的比例</translation>
    </message>
    <message>
        <source>{n} contacts: share answered within {minutes} min</source>
        <translation>{n} 次接待中 {minutes} 分鐘內回應的比例</translation>
    </message>
    <message>
        <source>a manager&apos;s mark</source>
        <translation>主管評分</translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation>尚未評分</translation>
    </message>
    <message>
        <source>Scorecard {username} {month}</source>
        <translation>考核表 {username} {month}</translation>
    </message>
    <message>
        <source>The scorecard could not be printed: {why}; nothing recorded.</source>
        <translation>考核表列印失敗：{why}；未作登記。</translation>
    </message>
    <message>
        <source>The scorecard was not printed.</source>
        <translation>考核表未列印。</translation>
    </message>
    <message>
        <source>Scorecard printed.</source>
        <translation>考核表已列印。</translation>
    </message>
</context>
<context>
    <name>SetInstructionDialog</name>
    <message>
        <source>Standing instruction for {unit}</source>
        <translation>{unit} 的住戶囑託</translation>
    </message>
    <message>
        <source>Set instruction</source>
        <translation>設定囑託</translation>
    </message>
    <message>
        <source>a name, or a trade (for who may or may not enter)</source>
        <translation>姓名或身分（可進入或不得放行的人）</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>指定結束日期</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>相關人員(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
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
        <translation>貨架上的包裹 — 最早的在前</translation>
    </message>
    <message>
        <source>Unit… (Ctrl+F)</source>
        <translation>戶號… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>戶號</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>貨架</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>託運單號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件時間</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Red: waiting more than {days} days — remind the flat</source>
        <translation>紅色：已等候超過 {days} 天 — 請提醒住戶</translation>
    </message>
    <message>
        <source>{count} waiting · {late} over {days} days</source>
        <translation>待取 {count} 件 · {late} 件超過 {days} 天</translation>
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
        <translation>簽訂合約</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>簽訂</translation>
    </message>
    <message>
        <source>Check the resident&apos;s ID and the unit, and explain the key clauses first.</source>
        <translation>請先核對住戶證件及戶號，並說明主要條款。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>戶號</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Monthly fee (¥)</source>
        <translation>月費（元）</translation>
    </message>
    <message>
        <source>Deposit (¥)</source>
        <translation>保證金（元）</translation>
    </message>
    <message>
        <source>{members} · {ownership} · since {since}</source>
        <translation>{members} · {ownership} · 自 {since} 起</translation>
    </message>
    <message>
        <source>No one lives in {unit} now; a contract is signed with who lives there.</source>
        <translation>{unit} 目前無人居住；合約須與實際居住的住戶簽訂。</translation>
    </message>
    <message>
        <source>Type the unit; its current household comes with it.</source>
        <translation>輸入戶號後會自動帶出目前住戶。</translation>
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
        <translation>客服櫃檯 — 登入</translation>
    </message>
    <message>
        <source>Front Desk</source>
        <translation>客服櫃檯</translation>
    </message>
    <message>
        <source>Desk locked — sign in</source>
        <translation>櫃檯已鎖定 — 請登入</translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>關閉櫃檯</translation>
    </message>
    <message>
        <source>Service center</source>
        <translation>物業客服中心</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Opening the desk…</source>
        <translation>正在開啟櫃檯…</translation>
    </message>
    <message>
        <source>Bringing the desk up to date: {done} of {total} new events…</source>
        <translation>正在同步：{total} 筆新事件已處理 {done} 筆…</translation>
    </message>
    <message>
        <source>The desk could not be opened: {problem}</source>
        <translation>櫃檯無法開啟：{problem}</translation>
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
        <translation>{name} 於 {time} 交班：共 {count} 項待辦事項。請逐項聽取說明後勾選，或全部接班。</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>交班說明：{notes}</translation>
    </message>
    <message>
        <source>Later (Esc)</source>
        <translation>稍後 (Esc)</translation>
    </message>
    <message>
        <source>Leave the handover waiting: it is asked again at the next sign-in</source>
        <translation>暫不接班：下次登入時會再次詢問</translation>
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
        <translation>終止合約</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>確認終止</translation>
    </message>
    <message>
        <source>{about}
Only a supervisor terminates a contract.</source>
        <translation>{about}
僅客服主管可終止合約。</translation>
    </message>
    <message>
        <source>Why it ends early</source>
        <translation>提前終止的原因</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>終止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Type why the contract ends early first.</source>
        <translation>請先填寫提前終止合約的原因。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Record id, unit, ticket number or pass code — or open it from the log</source>
        <translation>紀錄編號、房號、工單號或通行碼：貼上，或從事件紀錄中開啟</translation>
    </message>
    <message>
        <source>Show its life</source>
        <translation>查看全過程</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記錄時間</translation>
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
        <translation>事件內容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The record after this step (changes marked)</source>
        <translation>此步之後的紀錄（已標出變更）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>此步之後</translation>
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
        <translation>查看此步時的情況</translation>
    </message>
    <message>
        <source>Show every workspace as it stood right after this step (read-only)</source>
        <translation>以唯讀方式顯示此步剛完成後各工作區的情況</translation>
    </message>
    <message>
        <source>Choose an event in the log and open its timeline,
or paste a record&apos;s id above.</source>
        <translation>請在事件紀錄中選擇一筆事件並開啟其時間軸，
或在上方貼上紀錄編號。</translation>
    </message>
    <message>
        <source>Reading the record&apos;s life…</source>
        <translation>正在讀取該紀錄的全過程…</translation>
    </message>
    <message>
        <source>Steps after the moment shown, not listed: {n}</source>
        <translation>所顯示時刻之後的步驟（未列出）：{n}</translation>
    </message>
    <message>
        <source>Not yet recorded at the moment shown.</source>
        <translation>在所顯示的時刻尚未記錄。</translation>
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
        <translation>{moment} · 操作人 {operator} · 櫃檯 {desk} · 紀錄位置 #{position}</translation>
    </message>
    <message>
        <source>The record begins here.</source>
        <translation>紀錄從此開始。</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>變更：{fields}</translation>
    </message>
    <message>
        <source>The record&apos;s fields did not change.</source>
        <translation>紀錄的欄位沒有變化。</translation>
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
        <translation>工單 — 期限最近者在前</translation>
    </message>
    <message>
        <source>Visitors on site</source>
        <translation>在場訪客</translation>
    </message>
    <message>
        <source>Awaiting the host&apos;s confirmation</source>
        <translation>等待業主確認</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation type="vanished">待回訪</translation>
    </message>
    <message>
        <source>Renewal notices due this week</source>
        <translation>本週應發續約通知</translation>
    </message>
    <message>
        <source>Today&apos;s activities</source>
        <translation>今日活動</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>What and where</source>
        <translation>事項及地點</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩餘</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>訪客</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>受訪戶號</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登記時間</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="vanished">回訪類型</translation>
    </message>
    <message>
        <source>Callbacks and reminders due</source>
        <translation>待回訪及待提醒</translation>
    </message>
    <message>
        <source>For</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待辦</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>戶號</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>合約到期</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>通知期限</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>⚠ Respond now: {what}</source>
        <translation>⚠ 立即回應：{what}</translation>
    </message>
    <message>
        <source>Parcel waiting: remind</source>
        <translation>包裹待取：提醒住戶</translation>
    </message>
    <message>
        <source>Item not back: ask for it</source>
        <translation>物品未歸還：請催還</translation>
    </message>
    <message>
        <source>Satisfaction call</source>
        <translation>滿意度回訪</translation>
    </message>
    <message>
        <source>Move-in follow-up</source>
        <translation>入住回訪</translation>
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
        <translation>住戶入住的房屋及入住日期。</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>戶號(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>身分(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Move-in date</source>
        <translation>入住日期(&amp;M)</translation>
    </message>
    <message>
        <source>occupied ({names})</source>
        <translation>已有住戶（{names}）</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>building-entrance-room, e.g. 3-2-1502</source>
        <translation>樓棟-單元-房號，例如 3-2-1502</translation>
    </message>
    <message>
        <source>Keep typing, or pick a unit from the list</source>
        <translation>繼續輸入，或從清單中選擇</translation>
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
        <translation>{value} 分鐘</translation>
    </message>
    <message>
        <source>{sign}{days}d</source>
        <translation>{sign}{days}天</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分鐘</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Register a vehicle</source>
        <translation>登記車輛</translation>
    </message>
    <message>
        <source>Register vehicle</source>
        <translation>登記車輛</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌</translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>Vehicles</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Plates of the household&apos;s cars, for the car park. None is fine.</source>
        <translation>該戶車輛的車牌，用於停車場管理。沒有車輛可直接略過。</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>車牌(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add vehicle</source>
        <translation>新增車輛(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Enter adds the plate; Enter on an empty field goes on.</source>
        <translation>按 Enter 新增車牌；欄位空白時按 Enter 進入下一步。</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>Visitors</source>
        <translation>訪客</translation>
    </message>
    <message>
        <source>Filter: name, unit, code…</source>
        <translation>篩選：姓名、戶號、通行碼…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登記時間</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>訪客</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>戶號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通行碼</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>In – out</source>
        <translation>進出時間</translation>
    </message>
    <message>
        <source>Courier  (F6)</source>
        <translation>物流外送  (F6)</translation>
    </message>
    <message>
        <source>A quick pass for a courier or food-delivery rider: no ID number</source>
        <translation>物流或外送人員快速通行證：無需證件號碼</translation>
    </message>
    <message>
        <source>Before handing over the pass</source>
        <translation>核發通行證前</translation>
    </message>
    <message>
        <source>Check the ID against the person; workers also show their work ID.</source>
        <translation>核對證件與本人是否相符；施工人員另須出示工作證。</translation>
    </message>
    <message>
        <source>Tell the time limit: staying longer means registering again.</source>
        <translation>告知停留時限：逾時須重新登記。</translation>
    </message>
    <message>
        <source>Drive slowly, keep quiet, keep valuables with you.</source>
        <translation>社區內慢行、保持安靜，貴重物品隨身攜帶。</translation>
    </message>
    <message>
        <source>Do not lend access cards or let strangers in behind you.</source>
        <translation>勿外借門禁卡，勿讓陌生人尾隨進入。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>在場</translation>
    </message>
    <message>
        <source>Awaiting host</source>
        <translation>待業主確認</translation>
    </message>
    <message>
        <source>All recent</source>
        <translation>近期全部</translation>
    </message>
    <message>
        <source>{name} registered for {unit}. Ask the host to confirm.</source>
        <translation>已登記 {name} 拜訪 {unit}。請聯絡業主確認。</translation>
    </message>
    <message>
        <source>{company} for {unit}: pass {code}, valid until {until}.</source>
        <translation>{company} 送往 {unit}：通行證 {code}，有效至 {until}。</translation>
    </message>
    <message>
        <source>{company} for {unit} checked in, valid until {until}.</source>
        <translation>{company} 送往 {unit} 已入場，有效至 {until}。</translation>
    </message>
</context>
</TS>
