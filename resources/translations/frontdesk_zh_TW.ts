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
        <source>Amount</source>
        <translation>金額</translation>
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
        <source>Category</source>
        <translation>類別</translation>
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
        <source>End</source>
        <translation>結束日期</translation>
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
        <source>Open</source>
        <translation>開放中</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>最後編號</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
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
        <source>Ownership</source>
        <translation>產權性質</translation>
    </message>
    <message>
        <source>Packs printed</source>
        <translation>入住資料包列印次數</translation>
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
        <source>Phone</source>
        <translation>電話</translation>
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
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
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
        <source>Unit</source>
        <translation>房號</translation>
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
        <translation>暫時無法列印：未安裝入住資料範本。</translation>
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
        <translation>住戶</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>訪客</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>社區活動</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>數據看板</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>稽核</translation>
    </message>
    <message>
        <source>This workspace is not available yet.</source>
        <translation>此功能尚未開放。</translation>
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
        <translation>無法列印：未安裝訪客通行證範本。</translation>
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
        <translation>本櫃檯無法列印；未作登記。</translation>
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
        <translation>待回訪</translation>
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
        <translation>回訪類型</translation>
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
</context>
</TS>
