"""The domain's message catalogue: every refusal in Simplified Chinese, Traditional Chinese
and English. The desktop sets the language; the command line follows FRONTDESK_LANG or
the system locale."""

from __future__ import annotations

import locale
import os
from typing import Any

from domain.vocabulary import LANGUAGES, in_sentence

_CATALOGUE: dict[str, tuple[str, str, str]] = {
    # key: (zh_CN, zh_TW, en)
    # Why the desk could not open its window (said before Qt is started)
    "desk_no_display": (
        "前台无法打开窗口：没有显示器（DISPLAY 或 WAYLAND_DISPLAY 未设置）。"
        "请在桌面会话中启动，或设置 DISPLAY。",
        "櫃檯無法開啟視窗：沒有顯示器（DISPLAY 或 WAYLAND_DISPLAY 未設定）。"
        "請在桌面工作階段中啟動，或設定 DISPLAY。",
        "The desk cannot open its window: there is no display (DISPLAY or WAYLAND_DISPLAY "
        "is not set). Start it in a desktop session, or set DISPLAY.",
    ),
    "desk_display_unreachable": (
        "前台无法打开窗口：连接不上显示器 {where}（X 服务器没有运行，或无权访问）。",
        "櫃檯無法開啟視窗：連線不上顯示器 {where}（X 伺服器沒有執行，或無權存取）。",
        "The desk cannot open its window: display {where} cannot be reached (no X server "
        "running there, or no permission to use it).",
    ),
    "desk_missing_libraries": (
        "前台无法打开窗口：缺少 Qt 所需的系统库 {names}。请安装：sudo apt install {names}",
        "櫃檯無法開啟視窗：缺少 Qt 所需的系統程式庫 {names}。請安裝：sudo apt install {names}",
        "The desk cannot open its window: the system libraries Qt needs are missing: "
        "{names}. Install them: sudo apt install {names}",
    ),
    "domain_error": ("操作未能完成", "操作未能完成", "The action could not be completed"),
    "invalid_input": ("输入有误：{detail}", "輸入有誤：{detail}", "Invalid input: {detail}"),
    "not_found": ("找不到记录", "找不到記錄", "Record not found"),
    "permission_denied": ("无权执行此操作", "無權執行此操作", "You are not allowed to do this"),
    "conflict": (
        "另一个前台刚刚修改了{record}，请刷新后重试",
        "另一個櫃檯剛剛修改了{record}，請重新整理後重試",
        "Another desk has just changed {record}; reload it and try again",
    ),
    "rule_violation": (
        "不符合服务中心规定",
        "不符合服務中心規定",
        "Not allowed by the service center's rules",
    ),
    "invalid_unit_number": (
        "房号“{value}”格式不对，应为 楼栋-单元-房号，例如 3-2-1502",
        "房號「{value}」格式不對，應為 樓棟-單元-房號，例如 3-2-1502",
        "Unit number '{value}' is not valid; write building-entrance-room, e.g. 3-2-1502",
    ),
    "invalid_id_number": (
        "证件号码“{value}”格式不对：{reason}",
        "證件號碼「{value}」格式不對：{reason}",
        "ID number '{value}' is not valid: {reason}",
    ),
    "id_checksum": (
        "身份证号码校验位错误：最后一位与前面的数字对不上，请对照证件核对号码",
        "身分證號碼校驗位錯誤：最後一位與前面的數字對不上，請對照證件核對號碼",
        "The ID number's check digit is wrong: its last character does not agree with "
        "the others; check the number against the card",
    ),
    "id_birth_date": (
        "身份证号码中的出生日期 {value} 不可能",
        "身分證號碼中的出生日期 {value} 不可能",
        "The birth date {value} in the ID number is not possible",
    ),
    "invalid_phone": (
        "电话号码“{value}”不对，手机号应为 11 位，以 1 开头",
        "電話號碼「{value}」不對，手機號應為 11 位，以 1 開頭",
        "Phone number '{value}' is not valid; a mobile number has 11 digits starting with 1",
    ),
    "invalid_plate": (
        "车牌“{value}”格式不对，例如 沪A12345 或 粤B D12345",
        "車牌「{value}」格式不對，例如 滬A12345",
        "Plate '{value}' is not valid, e.g. 沪A12345",
    ),
    "invalid_amount": (
        "金额“{value}”不对，应为不小于 0 的数，最多两位小数",
        "金額「{value}」不對，應為不小於 0 的數，最多兩位小數",
        "Amount '{value}' is not valid; use a number of at least 0 with at most two decimals",
    ),
    "invalid_date_range": (
        "结束日期 {end} 必须晚于开始日期 {start}",
        "結束日期 {end} 必須晚於開始日期 {start}",
        "The end {end} must come after the start {start}",
    ),
    "invalid_choice": (
        "“{value}”不是有效的{field}，可选：{choices}",
        "「{value}」不是有效的{field}，可選：{choices}",
        "'{value}' is not a valid {field}; choose one of: {choices}",
    ),
    "missing_value": ("请填写{field}", "請填寫{field}", "Please fill in {field}"),
    "invalid_value": (
        "{field}的值“{value}”不对",
        "{field}的值「{value}」不對",
        "{field} '{value}' is not valid",
    ),
    "unknown_unit": (
        "没有房号为 {unit} 的房屋，请先登记该房屋",
        "沒有房號為 {unit} 的房屋，請先登記該房屋",
        "There is no unit {unit}; register the unit first",
    ),
    "unknown_record": (
        "找不到{kind} {ref}",
        "找不到{kind} {ref}",
        "No {kind} {ref} was found",
    ),
    "unknown_staff": (
        "没有用户名为 {username} 的员工",
        "沒有用戶名為 {username} 的員工",
        "There is no staff member {username}",
    ),
    "sign_in_failed": ("用户名或密码错误", "用戶名或密碼錯誤", "Wrong username or password"),
    "not_signed_in": ("请先登录", "請先登入", "Please sign in first"),
    "role_forbids": (
        "{role}无权{action}",
        "{role}無權{action}",
        "A {role} may not {action}",
    ),
    "staff_exists": (
        "用户名 {username} 已被使用",
        "用戶名 {username} 已被使用",
        "The username {username} is already taken",
    ),
    "staff_inactive": (
        "员工 {username} 已停用",
        "員工 {username} 已停用",
        "Staff member {username} has been deactivated",
    ),
    "weak_password": (
        "密码至少 {minimum} 位",
        "密碼至少 {minimum} 位",
        "The password needs at least {minimum} characters",
    ),
    "last_admin": (
        "不能停用或降级最后一位管理员",
        "不能停用或降級最後一位管理員",
        "The last admin cannot be deactivated or given another role",
    ),
    "store_not_initialised": (
        "数据库尚未初始化，请先运行 frontdesk init --admin 用户名",
        "資料庫尚未初始化，請先執行 frontdesk init --admin 用戶名",
        "The store is not set up yet; run frontdesk init --admin USER first",
    ),
    "store_already_initialised": (
        "数据库已经初始化过",
        "資料庫已經初始化過",
        "The store is already set up",
    ),
    "unit_exists": (
        "房屋 {unit} 已登记",
        "房屋 {unit} 已登記",
        "Unit {unit} is already registered",
    ),
    "unit_occupied": (
        "{unit} 已有住户入住（住户档案 {household}），请先办理迁出",
        "{unit} 已有住戶入住（住戶檔案 {household}），請先辦理遷出",
        "{unit} is already occupied by household {household}; move it out first",
    ),
    "unit_empty": (
        "{unit} 目前无人居住",
        "{unit} 目前無人居住",
        "Nobody lives in {unit} at present",
    ),
    "household_moved_out": (
        "该住户已于 {date} 迁出",
        "該住戶已於 {date} 遷出",
        "This household moved out on {date}",
    ),
    "member_exists": (
        "{name} 已是该户成员",
        "{name} 已是該戶成員",
        "{name} is already a member of this household",
    ),
    "unknown_member": (
        "该户没有成员 {name}",
        "該戶沒有成員 {name}",
        "This household has no member {name}",
    ),
    "last_member": (
        "不能移除最后一位成员，请办理迁出",
        "不能移除最後一位成員，請辦理遷出",
        "The last member cannot be removed; record a move-out instead",
    ),
    "vehicle_exists": (
        "车牌 {plate} 已登记",
        "車牌 {plate} 已登記",
        "Plate {plate} is already registered",
    ),
    "unknown_vehicle": (
        "该户没有车牌 {plate}",
        "該戶沒有車牌 {plate}",
        "This household has no vehicle {plate}",
    ),
    "callback_already_recorded": (
        "回访已记录",
        "回訪已記錄",
        "The callback has already been recorded",
    ),
    "date_before_move_in": (
        "日期 {date} 早于入住日期 {move_in}",
        "日期 {date} 早於入住日期 {move_in}",
        "The date {date} is before the move-in on {move_in}",
    ),
    "host_not_confirmed": (
        "{unit} 的业主尚未确认此访客，不能发放通行证",
        "{unit} 的業主尚未確認此訪客，不能發放通行證",
        "{unit} has not confirmed this visitor; no pass can be issued yet",
    ),
    "host_declined": (
        "{unit} 已拒绝此访客：{reason}",
        "{unit} 已拒絕此訪客：{reason}",
        "{unit} declined this visitor: {reason}",
    ),
    "host_already_answered": (
        "业主已答复过此访客",
        "業主已答覆過此訪客",
        "The host has already answered for this visitor",
    ),
    "renovation_agreement_required": (
        "{unit} 没有有效的装修管理协议，不能登记{kind}访客",
        "{unit} 沒有有效的裝修管理協議，不能登記{kind}訪客",
        "{unit} has no active renovation agreement; a {kind} visitor cannot be registered",
    ),
    "pass_not_issued": ("通行证尚未发放", "通行證尚未發放", "No pass has been issued yet"),
    "pass_already_issued": ("通行证已发放", "通行證已發放", "The pass has already been issued"),
    "pass_not_yet_valid": (
        "通行证从 {valid_from} 起才有效",
        "通行證從 {valid_from} 起才有效",
        "The pass is valid only from {valid_from}",
    ),
    "pass_expired": (
        "通行证已于 {valid_until} 过期，请重新登记",
        "通行證已於 {valid_until} 過期，請重新登記",
        "The pass expired at {valid_until}; register the visitor again",
    ),
    "pass_revoked": (
        "通行证已作废：{reason}",
        "通行證已作廢：{reason}",
        "The pass was revoked: {reason}",
    ),
    "already_checked_in": ("访客已入场", "訪客已入場", "The visitor is already on site"),
    "not_checked_in": ("访客尚未入场", "訪客尚未入場", "The visitor has not checked in"),
    "already_checked_out": ("访客已离场", "訪客已離場", "The visitor has already left"),
    "contract_ended": (
        "合同已于 {date} 终止",
        "合約已於 {date} 終止",
        "The contract ended on {date}",
    ),
    "renewal_must_extend": (
        "续签的结束日期 {new_end} 必须晚于现在的结束日期 {end}",
        "續約的結束日期 {new_end} 必須晚於現在的結束日期 {end}",
        "The new end {new_end} must be later than the current end {end}",
    ),
    "refund_exceeds_deposit": (
        "退还 {amount} 加扣款 {deductions} 超过已收押金 {held}",
        "退還 {amount} 加扣款 {deductions} 超過已收押金 {held}",
        "Refund {amount} plus deductions {deductions} exceed the deposit held, {held}",
    ),
    "household_not_in_unit": (
        "住户档案 {household} 不在 {unit}",
        "住戶檔案 {household} 不在 {unit}",
        "Household {household} does not live in {unit}",
    ),
    "nothing_to_change": ("没有需要修改的内容", "沒有需要修改的內容", "Nothing to change"),
    "incident_closed": (
        "工单 {ticket} 已关闭",
        "工單 {ticket} 已關閉",
        "Ticket {ticket} is closed",
    ),
    "incident_not_closed": (
        "工单 {ticket} 尚未关闭",
        "工單 {ticket} 尚未關閉",
        "Ticket {ticket} is not closed",
    ),
    "incident_state": (
        "工单 {ticket} 当前为“{state}”，不能{action}",
        "工單 {ticket} 目前為「{state}」，不能{action}",
        "Ticket {ticket} is {state}; it cannot be {action}",
    ),
    "escalation_must_rise": (
        "升级只能提高级别：当前为 {current} 级",
        "升級只能提高級別：目前為 {current} 級",
        "Escalation only goes up: the ticket is already at level {current}",
    ),
    "incident_on_hold": (
        "工单 {ticket} 正在挂起",
        "工單 {ticket} 正在暫停",
        "Ticket {ticket} is on hold",
    ),
    "incident_not_on_hold": (
        "工单 {ticket} 未挂起",
        "工單 {ticket} 未暫停",
        "Ticket {ticket} is not on hold",
    ),
    "incident_not_resolved": (
        "工单 {ticket} 尚未处理完成",
        "工單 {ticket} 尚未處理完成",
        "Ticket {ticket} has not been resolved",
    ),
    "satisfaction_range": (
        "满意度应为 1 到 5",
        "滿意度應為 1 到 5",
        "Satisfaction must be from 1 to 5",
    ),
    "activity_cancelled": ("活动已取消", "活動已取消", "The activity has been cancelled"),
    "activity_full": (
        "活动名额已满（还剩 {left} 个名额）",
        "活動名額已滿（還剩 {left} 個名額）",
        "The activity is full ({left} places left)",
    ),
    "already_registered": ("该户已报名", "該戶已報名", "This household is already registered"),
    "activity_not_started": (
        "活动 {starts_at} 才开始，开始后才能登记到场",
        "活動 {starts_at} 才開始，開始後才能登記到場",
        "The activity starts at {starts_at}; attendance can be recorded once it has started",
    ),
    "unknown_queue_ticket": (
        "今天（{day}）没有发出 {ticket} 号",
        "今天（{day}）沒有發出 {ticket} 號",
        "No ticket {ticket} was taken today ({day})",
    ),
    "queue_full": (
        "{letter} 字头的号今天已全部发完（到 999 号）",
        "{letter} 字頭的號今天已全部發完（到 999 號）",
        "Every {letter} ticket has been taken today (up to 999)",
    ),
    "queue_empty": ("现在没有人在等候", "現在沒有人在等候", "Nobody is waiting"),
    "ticket_not_waiting": (
        "{ticket} 号当前为“{state}”，不能再叫号、接待或过号",
        "{ticket} 號目前為「{state}」，不能再叫號、接待或過號",
        "Ticket {ticket} is {state}; it cannot be called, served or skipped now",
    ),
    "ticket_not_next": (
        "{first} 号比 {ticket} 号先到：请按顺序叫号；需要提前办理的，请客服主管叫号并说明原因",
        "{first} 號比 {ticket} 號先到：請按順序叫號；需要提前辦理的，請客服主管叫號並說明原因",
        "{first} came before {ticket}: call the numbers in turn; a supervisor calls one out "
        "of turn, with a reason",
    ),
    "contact_closed": (
        "这次接待已结束（{state}），如有新问题请重新开始接待",
        "這次接待已結束（{state}），如有新問題請重新開始接待",
        "This contact has already ended ({state}); start a new one for a new matter",
    ),
    "outcome_needs_incident": (
        "结果为“已生成工单”时，请指明是哪张工单",
        "結果為「已開立工單」時，請指明是哪張工單",
        "Say which case was opened when the outcome is a case",
    ),
    "answer_retired": (
        "标准答案“{question}”已停用（{reason}），请选用现行的答案",
        "標準答案「{question}」已停用（{reason}），請選用現行的答案",
        'The standard answer "{question}" was retired ({reason}); use a current one',
    ),
    "month_in_future": (
        "{month} 还没有到，不能评分",
        "{month} 還沒有到，不能評分",
        "{month} has not come yet; it cannot be rated",
    ),
    "invalid_month": (
        "月份“{value}”应写作 YYYY-MM，例如 2026-03",
        "月份「{value}」應寫作 YYYY-MM，例如 2026-03",
        "The month '{value}' should be written YYYY-MM, e.g. 2026-03",
    ),
    "date_in_past": (
        "{field} {value} 已经过去，请填写今后的日期",
        "{field} {value} 已經過去，請填寫今後的日期",
        "The {field} {value} has already passed; give a later one",
    ),
    "parcel_not_waiting": (
        "{unit} 的快递（取件码 {code}）当前为“{state}”，不在货架上",
        "{unit} 的包裹（取件碼 {code}）目前為「{state}」，不在貨架上",
        "The parcel for {unit} (pickup code {code}) is {state}; it is not on the shelf",
    ),
    "parcel_already_received": (
        "运单 {waybill} 已经登记过，不能重复收件",
        "運單 {waybill} 已經登記過，不能重複收件",
        "Waybill {waybill} has already been received",
    ),
    "unknown_pickup_code": (
        "取件码 {code} 不存在，请核对后再试",
        "取件碼 {code} 不存在，請核對後再試",
        "There is no parcel with pickup code {code}; check it and try again",
    ),
    "pickup_code_needed": (
        "以取件码取件时，请输入或扫描取件码",
        "以取件碼取件時，請輸入或掃描取件碼",
        "To hand over by pickup code, type or scan the code",
    ),
    "item_out": ("{item} 已借出，尚未归还", "{item} 已借出，尚未歸還", "{item} is out on loan"),
    "item_not_out": ("{item} 没有借出", "{item} 沒有借出", "{item} is not out on loan"),
    "key_for_another_flat": (
        "{item} 是代 {unit} 保管的，不能交给其他房屋",
        "{item} 是代 {unit} 保管的，不能交給其他房屋",
        "{item} is kept for {unit}; it cannot go to another flat",
    ),
    "not_authorised_for_flat": (
        "此人不在 {unit} 的授权名单上（住户成员或准许进入的人），不能领取钥匙或门卡",
        "此人不在 {unit} 的授權名單上（住戶成員或准許進入的人），不能領取鑰匙或門卡",
        "This person is not on {unit}'s list (its members or people it lets in); keys and "
        "cards go only to them",
    ),
    "do_not_admit": (
        "{unit} 要求不得放行此人：{reason}。如确需放行，请客服主管填写放行原因",
        "{unit} 要求不得放行此人：{reason}。如確需放行，請客服主管填寫放行原因",
        "{unit} asked that this person not be admitted: {reason}. A supervisor may admit "
        "them by giving a reason",
    ),
    "instruction_ended": (
        "这条住户嘱托已经结束",
        "這條住戶囑託已經結束",
        "This instruction has ended",
    ),
    "handover_acknowledged": (
        "这次交接已由 {by} 确认",
        "這次交接已由 {by} 確認",
        "This handover has already been acknowledged by {by}",
    ),
    "handover_being_taken_over": (
        "{by} 已开始逐项核对这次交接，须由 {by} 确认接班",
        "{by} 已開始逐項核對這次交接，須由 {by} 確認接班",
        "{by} has begun checking this handover item by item; {by} takes it over",
    ),
    "self_rating": (
        "不能为自己评分，请由另一位楼管或客服主管评分",
        "不能為自己評分，請由另一位樓管或客服主管評分",
        "Nobody rates themselves; another manager or supervisor rates them",
    ),
    "not_rated_role": (
        "{username} 是{role}，不参加前台绩效考核",
        "{username} 是{role}，不參加櫃檯績效考核",
        "{username} is an {role}; the desk's appraisal does not rate that role",
    ),
    "handover_by_same_staff": (
        "交接须由接班人确认，{username} 是交班人",
        "交接須由接班人確認，{username} 是交班人",
        "The incoming staff member acknowledges a handover; {username} handed it over",
    ),
    "handover_needs_read_models": (
        "交接清单需要读取模型，请在前台或命令行中交接",
        "交接清單需要讀取模型，請在櫃檯或命令列中交接",
        "A handover's checklist needs the read models; hand over at the desk or the command line",
    ),
    "not_registered": ("该户未报名", "該戶未報名", "This household is not registered"),
    "amount_not_positive": (
        "{field}必须大于 0",
        "{field}必須大於 0",
        "The {field} must be more than 0",
    ),
    "date_out_of_range": (
        "{field} {value} 不在可接受的范围内（{earliest} 至 {latest}）",
        "{field} {value} 不在可接受的範圍內（{earliest} 至 {latest}）",
        "The {field} {value} is outside the accepted range, {earliest} to {latest}",
    ),
    "unprintable_character": (
        "{field}中含有不可见字符或控制字符（{code}），请删除后重新输入",
        "{field}中含有不可見字元或控制字元（{code}），請刪除後重新輸入",
        "The {field} contains an invisible or control character ({code}); type it again without it",
    ),
    "text_too_long": (
        "{field}太长：{length} 个字符，最多 {limit} 个",
        "{field}太長：{length} 個字元，最多 {limit} 個",
        "The {field} is too long: {length} characters, at most {limit}",
    ),
    "not_a_list": (
        "{field}必须是一个列表，例如 [ … ]",
        "{field}必須是一個列表，例如 [ … ]",
        "The {field} must be a list, e.g. [ … ]",
    ),
    "at_in_the_future": (
        "时间 {at} 比本机时钟（{now}）晚了 {minutes} 分钟以上，不能记录将来的时间",
        "時間 {at} 比本機時鐘（{now}）晚了 {minutes} 分鐘以上，不能記錄將來的時間",
        "The time {at} is more than {minutes} minutes after this desk's clock ({now}); "
        "nothing can be recorded in the future",
    ),
    "at_not_text": (
        '“at”必须是写成文字的 ISO 8601 时间，例如 "2026-03-01T09:30:00+08:00"，而不是 {value}',
        '「at」必須是寫成文字的 ISO 8601 時間，例如 "2026-03-01T09:30:00+08:00"，而不是 {value}',
        '"at" must be an ISO 8601 time written as text, e.g. "2026-03-01T09:30:00+08:00", '
        "not {value}",
    ),
    # batch files (`frontdesk apply`)
    "batch_not_json": (
        "这一行不是有效的 JSON：{reason}",
        "這一行不是有效的 JSON：{reason}",
        "not valid JSON: {reason}",
    ),
    "batch_not_utf8": (
        "这一行不是有效的 UTF-8 文字（第 {offset} 个字节）",
        "這一行不是有效的 UTF-8 文字（第 {offset} 個位元組）",
        "not valid UTF-8 text (byte {offset} of the line)",
    ),
    "batch_too_deep": (
        "这一行的 JSON 嵌套太深（超过 {limit} 层）",
        "這一行的 JSON 巢狀太深（超過 {limit} 層）",
        "the JSON of this line is nested too deeply (more than {limit} levels)",
    ),
    "batch_not_object": (
        "每一行必须是一个 JSON 对象 {{…}}",
        "每一行必須是一個 JSON 物件 {{…}}",
        "each line must be a JSON object {{…}}",
    ),
    "batch_unknown_command": (
        "未知的命令“{command}”",
        "未知的命令「{command}」",
        "unknown command '{command}'",
    ),
    "batch_args_not_object": (
        "“args”必须是一个 JSON 对象 {{…}}",
        "「args」必須是一個 JSON 物件 {{…}}",
        '"args" must be a JSON object {{…}}',
    ),
    "batch_unknown_label": (
        '未知的标签 ${label}：前面没有一行写有 "id": "{label}"',
        '未知的標籤 ${label}：前面沒有一行寫有 "id": "{label}"',
        'unknown label ${label}: no earlier line has "id": "{label}"',
    ),
    "batch_empty_label": (
        "标签 ${label} 所指的那一行没有结果（null），不能在这里使用",
        "標籤 ${label} 所指的那一行沒有結果（null），不能在這裡使用",
        "the label ${label} names a line that gave no result (null); it cannot be used here",
    ),
    "batch_missing_argument": (
        "{command} 缺少参数“{argument}”",
        "{command} 缺少參數「{argument}」",
        "{command}: the argument '{argument}' is missing",
    ),
    "batch_unexpected_argument": (
        "{command} 没有参数“{argument}”，可用的参数：{names}",
        "{command} 沒有參數「{argument}」，可用的參數：{names}",
        "{command}: there is no argument '{argument}'; its arguments are: {names}",
    ),
    "batch_operator_not_text": (
        "“operator”必须是用户名文字，而不是 {value}",
        "「operator」必須是用戶名文字，而不是 {value}",
        '"operator" must be a username written as text, not {value}',
    ),
    "expect_format": (
        "--expect 应写成 位置:摘要（例如 1234: 加 64 位十六进制摘要），而不是“{value}”",
        "--expect 應寫成 位置:摘要（例如 1234: 加 64 位十六進位摘要），而不是「{value}」",
        "--expect wants POSITION:DIGEST (e.g. 1234: and the 64 hex digits), not '{value}'",
    ),
    "store_write_failed": (
        "这一行未能写入数据库，未记录任何内容：{problem}",
        "這一行未能寫入資料庫，未記錄任何內容：{problem}",
        "this line could not be written to the store; nothing of it was recorded: {problem}",
    ),
    "unexpected_failure": (
        "发生了意外错误（{kind}），未记录任何内容；请把这条信息报告给管理员",
        "發生了意外錯誤（{kind}），未記錄任何內容；請把這條訊息報告給管理員",
        "Something unexpected went wrong ({kind}); nothing of it was recorded. "
        "Please report this message to your admin",
    ),
    "key_wrong_env": (
        "环境变量 FRONTDESK_KEY 中的密钥不是该存储的密钥（编号 {key_id}）：请改正或取消该变量",
        "環境變數 FRONTDESK_KEY 中的金鑰不是該儲存的金鑰（編號 {key_id}）：請改正或取消該變數",
        "The key in the environment variable FRONTDESK_KEY is not this store's key "
        "(id {key_id}): correct it or unset it",
    ),
    "key_unreadable": (
        "{where} 中的密钥无法读取（不是有效的密钥文本）：请换回该存储的密钥",
        "{where} 中的金鑰無法讀取（不是有效的金鑰文字）：請換回該儲存的金鑰",
        "The key in {where} cannot be read (it is not a valid key text); put this store's key back",
    ),
    "clock_went_backwards": (
        "时间 {at} 早于最后一条记录的时间 {last}",
        "時間 {at} 早於最後一筆記錄的時間 {last}",
        "The time {at} is before the last recorded event at {last}",
    ),
    # What the command line says when a command has worked
    "cli_store_ready": (
        "数据库已就绪：{where}；管理员：{admin}",
        "資料庫已就緒：{where}；管理員：{admin}",
        "Store ready at {where}; admin: {admin}",
    ),
    "cli_answers_published": (
        "已发布 {count} 条标准答案，经理可在知识库中修改或停用",
        "已發布 {count} 條標準答案，經理可在知識庫中修改或停用",
        "Published {count} standard answers; a manager can revise or retire them in the "
        "knowledge base",
    ),
    "cli_key_where": (
        "个人资料的密钥在 {where}：请复制到其他每一台前台电脑，并在数据库之外另存一份"
        "（没有它，姓名、证件号码和电话都无法读取）。",
        "個人資料的金鑰在 {where}：請複製到其他每一台櫃檯電腦，並在資料庫之外另存一份"
        "（沒有它，姓名、證件號碼和電話都無法讀取）。",
        "Its key for personal data is at {where}: copy it to every other desk and keep a "
        "copy apart from the database (without it, names, ID numbers and phones cannot be "
        "read).",
    ),
    "cli_rebuilt": (
        "已根据 {count} 条事件重建全部读取模型，用时 {seconds} 秒",
        "已根據 {count} 條事件重建全部讀取模型，用時 {seconds} 秒",
        "Rebuilt every read model from {count} events in {seconds} s",
    ),
    "cli_forgotten": (
        "已删除个人资料：{visitors} 位访客，{households} 户住户，{incidents} 张工单的报事人，"
        "{contacts} 次接待和未接来电",
        "已刪除個人資料：{visitors} 位訪客，{households} 戶住戶，{incidents} 張工單的報事人，"
        "{contacts} 次接待和未接來電",
        "forgotten: {visitors} visitors, {households} households, {incidents} tickets' "
        "reporters, {contacts} contacts and missed calls",
    ),
    "contact_still_open": (
        "这次接待还没有结束，结束后才能删除其个人资料",
        "這次接待還沒有結束，結束後才能刪除其個人資料",
        "This contact is still open; its personal data can be forgotten once it has ended",
    ),
    "cli_retention_visitors": (
        "访客：来访后保留 {days} 天",
        "訪客：來訪後保留 {days} 天",
        "visitors: {days} days after the visit",
    ),
    "cli_retention_households": (
        "住户：迁出后保留 {days} 天",
        "住戶：遷出後保留 {days} 天",
        "households: {days} days after moving out",
    ),
    "cli_ics_written": (
        "已将 {count} 份合同写入 {file}",
        "已將 {count} 份合約寫入 {file}",
        "Wrote {count} contracts to {file}",
    ),
    "cli_pass_written": (
        "{name} 的通行证 {code} 已写入 {file}",
        "{name} 的通行證 {code} 已寫入 {file}",
        "Pass {code} for {name} written to {file}",
    ),
    "cli_pass_copy_written": (
        "{name} 的通行证 {code}（第 {copy} 份副本）已写入 {file}",
        "{name} 的通行證 {code}（第 {copy} 份副本）已寫入 {file}",
        "Pass {code} for {name} (copy {copy}) written to {file}",
    ),
    "cli_move_in_pack_written": (
        "{unit} 的入住资料包已写入 {file}",
        "{unit} 的入住資料包已寫入 {file}",
        "Move-in pack for {unit} written to {file}",
    ),
    "cli_emergency_log_written": (
        "{start} 至 {end} 的 {count} 起紧急事件已写入 {file}",
        "{start} 至 {end} 的 {count} 起緊急事件已寫入 {file}",
        "{count} emergencies from {start} to {end} written to {file}",
    ),
    "cli_renewal_notice_written": (
        "{unit} 的续签通知已写入 {file}，通知已记录",
        "{unit} 的續約通知已寫入 {file}，通知已記錄",
        "Renewal notice for {unit} written to {file}; notice recorded",
    ),
    "cli_renewal_letter_copy_written": (
        "{unit} 的续签通知（第 {copy} 份副本）已写入 {file}，已记录为补打，不是再次通知",
        "{unit} 的續約通知（第 {copy} 份副本）已寫入 {file}，已記錄為補印，不是再次通知",
        "Renewal letter for {unit} (copy {copy}) written to {file}; recorded as a reprint, "
        "not another notice",
    ),
    "cli_queue_ticket_written": (
        "排队号 {ticket}（{width} 毫米小票）已写入 {file}",
        "排隊號 {ticket}（{width} 毫米小票）已寫入 {file}",
        "Queue ticket {ticket} ({width} mm receipt) written to {file}",
    ),
    # The counter's reads: today's queue, contacts, the knowledge base, scorecards
    "cli_queue_summary": (
        "{day} {at} 排队：{waiting} 人等候；现在取号约等 {minutes} 分钟"
        "（{windows} 个窗口，每人约 {per_person} 分钟）",
        "{day} {at} 排隊：{waiting} 人等候；現在取號約等 {minutes} 分鐘"
        "（{windows} 個窗口，每人約 {per_person} 分鐘）",
        "Queue on {day} at {at}: {waiting} waiting; a number taken now waits about "
        "{minutes} min (windows calling: {windows}; about {per_person} min a person)",
    ),
    "cli_queue_empty": ("今天还没有人取号", "今天還沒有人取號", "No numbers taken today"),
    "cli_minutes": ("{minutes} 分钟", "{minutes} 分鐘", "{minutes} min"),
    "cli_contacts_summary": (
        "今天：接待完成 {closed} 次；来电 {calls} 个，未接 {missed} 个，接通率 {answer_rate}%；"
        "首次响应平均 {frt} 分钟；一次解决率 {fcr}%",
        "今天：接待完成 {closed} 次；來電 {calls} 通，未接 {missed} 通，接通率 {answer_rate}%；"
        "首次回應平均 {frt} 分鐘；首次解決率 {fcr}%",
        "Today: {closed} contacts closed; {calls} calls, {missed} missed, {answer_rate}% "
        "answered; first response {frt} min on average; {fcr}% resolved at the first contact",
    ),
    "cli_no_answers": (
        "知识库中没有与“{value}”相符的答案",
        "知識庫中沒有與「{value}」相符的答案",
        "No answer in the knowledge base matches '{value}'",
    ),
    "cli_answer_details": (
        "关键词：{keywords} · 已使用 {uses} 次 · {id}",
        "關鍵詞：{keywords} · 已使用 {uses} 次 · {id}",
        "keywords: {keywords} · used {uses} times · {id}",
    ),
    "cli_answer_retired": ("已停用", "已停用", "retired"),
    "cli_scorecards_month": (
        "{month} 绩效考核（0–100 分，按权重计总分）",
        "{month} 績效考核（0–100 分，按權重計總分）",
        "Scorecards for {month} (0–100, the total weighted)",
    ),
    # What the desk keeps and hands over: parcels, items lent, instructions, handovers
    "cli_parcels_summary": (
        "{waiting} 件快递待取，其中 {overdue} 件已超过 {days} 天（请提醒住户）",
        "{waiting} 件包裹待取，其中 {overdue} 件已超過 {days} 天（請提醒住戶）",
        "{waiting} parcels waiting, {overdue} of them longer than {days} days (remind the flat)",
    ),
    "cli_no_parcels": ("没有快递", "沒有包裹", "No parcels"),
    "cli_overdue": ("逾期", "逾期", "overdue"),
    "cli_days_hours": ("{days} 天 {hours} 小时", "{days} 天 {hours} 小時", "{days} d {hours} h"),
    "cli_hours_minutes": (
        "{hours} 小时 {minutes} 分钟",
        "{hours} 小時 {minutes} 分鐘",
        "{hours} h {minutes} min",
    ),
    "cli_no_items": ("没有登记可借出或代管的物品", "沒有登記可借出或代管的物品", "No items"),
    "cli_item_out": ("已借出", "已借出", "out"),
    "cli_item_in": ("在前台", "在櫃檯", "at the desk"),
    "cli_no_instructions": (
        "{unit} 没有生效的住户嘱托",
        "{unit} 沒有生效的住戶囑託",
        "{unit} has no standing instructions in force",
    ),
    "cli_instruction_in_force": ("生效中", "生效中", "in force"),
    "cli_instruction_ended": ("已撤销", "已撤銷", "ended"),
    "cli_instruction_expired": ("已到期", "已到期", "expired"),
    "cli_no_handovers": ("还没有交接班记录", "還沒有交接班記錄", "No shift handed over yet"),
    "cli_parcel_label_written": (
        "{unit} 的快递货架标签（取件码 {code}）已写入 {file}",
        "{unit} 的包裹貨架標籤（取件碼 {code}）已寫入 {file}",
        "Shelf label for {unit} (pickup code {code}) written to {file}",
    ),
    "cli_handover_sheet_written": (
        "{at} 的交接班单（{count} 项）已写入 {file}",
        "{at} 的交接班單（{count} 項）已寫入 {file}",
        "Handover sheet of {at} ({count} items) written to {file}",
    ),
    "cli_store_unusable": (
        "数据库无法使用：{problem}",
        "資料庫無法使用：{problem}",
        "the store cannot be used: {problem}",
    ),
    # What the command line says to an option it cannot use
    "cli_month_format": (
        "月份“{value}”不对，请写成 年-月，例如 2026-03",
        "月份「{value}」不對，請寫成 年-月，例如 2026-03",
        "The month '{value}' is not a month; write it as YYYY-MM, e.g. 2026-03",
    ),
    "cli_not_a_count": (
        "应为 0 到 {most} 之间的整数，而不是“{value}”",
        "應為 0 到 {most} 之間的整數，而不是「{value}」",
        "takes a whole number from 0 to {most}, not '{value}'",
    ),
    # What the command line says when the system refuses a file it was given
    "cli_file_missing": (
        "找不到文件或文件夹：{path}（请检查路径是否写对，以及它所在的文件夹是否存在）",
        "找不到檔案或資料夾：{path}（請檢查路徑是否寫對，以及它所在的資料夾是否存在）",
        "No such file or folder: {path} (check the path, and that its folder exists)",
    ),
    "cli_file_is_folder": (
        "{path} 是一个文件夹，不是文件：请给出一个文件的路径",
        "{path} 是一個資料夾，不是檔案：請給出一個檔案的路徑",
        "{path} is a folder, not a file: give the path of a file",
    ),
    "cli_file_not_in_folder": (
        "{path} 的路径中有一部分是文件，不是文件夹：请检查路径",
        "{path} 的路徑中有一部分是檔案，不是資料夾：請檢查路徑",
        "Part of the path {path} is a file, not a folder: check the path",
    ),
    "cli_file_forbidden": (
        "没有权限读写 {path}：请换一个位置，或请管理员开放权限",
        "沒有權限讀寫 {path}：請換一個位置，或請管理員開放權限",
        "You are not allowed to read or write {path}: choose another place, "
        "or ask your admin for access",
    ),
    "cli_disk_full": (
        "磁盘已满，什么都没有写入：请腾出空间后重试",
        "磁碟已滿，什麼都沒有寫入：請騰出空間後重試",
        "The disk is full and nothing was written: free some space and try again",
    ),
    "cli_file_failed": (
        "无法读写 {path}：{problem}",
        "無法讀寫 {path}：{problem}",
        "{path} could not be read or written: {problem}",
    ),
    "cli_system_refused": (
        "系统拒绝了这项操作：{problem}",
        "系統拒絕了這項操作：{problem}",
        "The system refused: {problem}",
    ),
    # `frontdesk check-pass`: what the gate is told about a scanned pass
    "check_pass_visitor": (
        "访客：{name}（{id}）",
        "訪客：{name}（{id}）",
        "visitor: {name} ({id})",
    ),
    "check_pass_unit": ("房屋：{unit}", "房屋：{unit}", "unit:    {unit}"),
    "check_pass_from": ("生效：{time}", "生效：{time}", "from:    {time}"),
    "check_pass_until": ("失效：{time}", "失效：{time}", "until:   {time}"),
    "check_pass_code": ("通行证：{code}", "通行證：{code}", "pass:    {code}"),
    "check_pass_unknown_code": (
        "没有通行证的号码是 {code}：请核对号码，或扫描二维码",
        "沒有通行證的號碼是 {code}：請核對號碼，或掃描 QR 碼",
        "no pass has the code {code}: check the code, or scan the QR code",
    ),
    "cli_check_code_needs_desk": (
        "只有前台人员可以核验手输的通行证号码 {code}：请扫描二维码（它的文本），或由前台核验",
        "只有櫃檯人員可以核驗手輸的通行證號碼 {code}：請掃描 QR 碼（它的文字），或由櫃檯核驗",
        "A typed pass code ({code}) is checked by desk staff: scan the QR code (its text) "
        "instead, or have the desk check it",
    ),
    # Exporting and checking the history
    "export_folder_not_empty": (
        "文件夹 {folder} 不是空的；请选择一个空文件夹或新文件夹",
        "資料夾 {folder} 不是空的；請選擇一個空資料夾或新資料夾",
        "The folder {folder} is not empty; choose an empty or new folder",
    ),
    "export_written": (
        "已将 {count} 条记录（至第 {head} 条）和 {tables} 张表导出到 {folder}",
        "已將 {count} 筆記錄（至第 {head} 筆）和 {tables} 張表匯出到 {folder}",
        "Exported {count} events (up to position {head}) and {tables} tables to {folder}",
    ),
    "export_checks_out": (
        "{folder}：{files} 个文件均与清单一致",
        "{folder}：{files} 個檔案均與清單一致",
        "{folder}: all {files} files match the manifest",
    ),
    "export_check_failed": (
        "{folder} 与清单不符：",
        "{folder} 與清單不符：",
        "{folder} does not match its manifest:",
    ),
    "export_manifest_unreadable": (
        "无法读取清单 {file}",
        "無法讀取清單 {file}",
        "The manifest {file} cannot be read",
    ),
    "export_file_missing": (
        "文件 {file} 不见了",
        "檔案 {file} 不見了",
        "The file {file} is missing",
    ),
    "export_file_changed": (
        "文件 {file} 在导出后被改动过",
        "檔案 {file} 在匯出後被改動過",
        "The file {file} has been changed since the export",
    ),
    "export_file_unexpected": (
        "文件 {file} 不属于这次导出",
        "檔案 {file} 不屬於這次匯出",
        "The file {file} is not part of the export",
    ),
    "export_events_mismatch": (
        "events.jsonl 与清单不符：{detail}",
        "events.jsonl 與清單不符：{detail}",
        "events.jsonl does not agree with the manifest: {detail}",
    ),
    "export_line_unreadable": (
        "{file} 第 {line} 行无法读取",
        "{file} 第 {line} 行無法讀取",
        "{file} line {line} cannot be read",
    ),
    "export_chain_broken": (
        "从存储的事件重算的哈希链与 chain.jsonl 在第 {position} 条不一致",
        "從儲存的事件重算的雜湊鏈與 chain.jsonl 在第 {position} 筆不一致",
        "The chain recomputed from the stored events does not match chain.jsonl at "
        "position {position}",
    ),
    "export_head_mismatch": (
        "清单中的末位 {head} 不是重算得到的末位 {recomputed}",
        "清單中的末位 {head} 不是重算得到的末位 {recomputed}",
        "The manifest's head {head} is not the recomputed head {recomputed}",
    ),
    "export_expect_mismatch": (
        "重算的哈希链中没有 {expected}（该位置的摘要为 {found}）",
        "重算的雜湊鏈中沒有 {expected}（該位置的摘要為 {found}）",
        "The recomputed chain does not have {expected} (at that position: {found})",
    ),
    "export_decoded_differs": (
        "events.jsonl 第 {position} 条的 {field} 与存储的事件不符",
        "events.jsonl 第 {position} 筆的 {field} 與儲存的事件不符",
        "events.jsonl says another {field} than the stored event at position {position}",
    ),
    "export_chain_checks_out": (
        "已从 {count} 条存储的事件重算哈希链，与 chain.jsonl 及清单一致：末位 {position}:{digest}",
        "已從 {count} 筆儲存的事件重算雜湊鏈，與 chain.jsonl 及清單一致：末位 {position}:{digest}",
        "The chain recomputed from {count} stored events matches chain.jsonl and the "
        "manifest: head {position}:{digest}",
    ),
    # the integrity chain
    "chain_intact": (
        "历史完整：已核对 {count} 条事件，末位 #{position}，摘要 {digest}",
        "歷史完整：已核對 {count} 條事件，末位 #{position}，摘要 {digest}",
        "History intact: {count} events checked, head #{position}, digest {digest}",
    ),
    "chain_edited": (
        "历史被改动：第 #{position} 条事件（{time}，{aggregate} {aggregate_id}）与封存时不一致",
        "歷史被改動：第 #{position} 條事件（{time}，{aggregate} {aggregate_id}）與封存時不一致",
        "History altered: event #{position} ({time}, {aggregate} {aggregate_id}) "
        "is not what was sealed",
    ),
    "chain_missing": (
        "历史被删改：第 #{position} 条事件已不在存储中",
        "歷史被刪改：第 #{position} 條事件已不在儲存中",
        "History altered: event #{position} has been removed from the store",
    ),
    "chain_inserted": (
        "历史被插入：第 #{position} 条事件（{time}，{aggregate} {aggregate_id}）从未被封存",
        "歷史被插入：第 #{position} 條事件（{time}，{aggregate} {aggregate_id}）從未被封存",
        "History altered: event #{position} ({time}, {aggregate} {aggregate_id}) "
        "was never sealed — it was inserted",
    ),
    "chain_head_changed": (
        "记下的第 #{position} 位摘要已对不上：在那之前的历史被改写过",
        "記下的第 #{position} 位摘要已對不上：在那之前的歷史被改寫過",
        "The digest written down for #{position} no longer matches: "
        "history up to it has been rewritten",
    ),
    "chain_key_tampered": (
        "钥匙库被改动：{aggregate} {aggregate_id}（始于第 #{position} 条事件）的钥匙不是它自己的",
        "鑰匙庫被改動：{aggregate} {aggregate_id}（始於第 #{position} 條事件）的鑰匙不是它自己的",
        "Key vault altered: the key of {aggregate} {aggregate_id} (recorded from event "
        "#{position}) is not its own — swapped or edited",
    ),
    "chain_key_destroyed": (
        "钥匙库被改动：{aggregate} {aggregate_id}（始于第 #{position} 条事件）的钥匙被销毁，"
        "历史中却没有删除个人资料的记录",
        "鑰匙庫被改動：{aggregate} {aggregate_id}（始於第 #{position} 條事件）的鑰匙被銷毀，"
        "歷史中卻沒有刪除個人資料的記錄",
        "Key vault altered: the key of {aggregate} {aggregate_id} (recorded from event "
        "#{position}) was destroyed, but the history records no erasure of its personal data",
    ),
    "chain_key_missing": (
        "钥匙库被改动：{aggregate} {aggregate_id}（始于第 #{position} 条事件）的钥匙已不在存储中",
        "鑰匙庫被改動：{aggregate} {aggregate_id}（始於第 #{position} 條事件）的鑰匙已不在儲存中",
        "Key vault altered: the key of {aggregate} {aggregate_id} (recorded from event "
        "#{position}) has been removed from the store",
    ),
    "record_damaged": (
        "{kind} {ref} 无法读取：第 #{position} 条事件不是本系统记录的样子，请审计员运行 verify",
        "{kind} {ref} 無法讀取：第 #{position} 條事件不是本系統記錄的樣子，請稽核員執行 verify",
        "The {kind} {ref} cannot be read: event #{position} is not as the desk recorded it; "
        "an auditor should run verify",
    ),
    "event_damaged": (
        "第 #{position} 条事件无法读取：它不是本系统记录的样子，请审计员运行 verify",
        "第 #{position} 條事件無法讀取：它不是本系統記錄的樣子，請稽核員執行 verify",
        "Event #{position} cannot be read: it is not as the desk recorded it; "
        "an auditor should run verify",
    ),
    "personal_data_unreadable": (
        "{ref} 的个人资料无法解密（钥匙被改动），不能再写入；请审计员运行 verify",
        "{ref} 的個人資料無法解密（鑰匙被改動），不能再寫入；請稽核員執行 verify",
        "The personal data of {ref} cannot be unsealed (its key was tampered with), so it "
        "cannot be changed; an auditor should run verify",
    ),
    # personal data
    "still_living_here": (
        "住户尚未迁出，个人资料须保留",
        "住戶尚未遷出，個人資料須保留",
        "The household still lives here; its personal data must be kept",
    ),
    "retention_not_over": (
        "保留期未满，{date} 起才可删除个人资料",
        "保留期未滿，{date} 起才可刪除個人資料",
        "The retention period is not over; the personal data may be forgotten from {date}",
    ),
    "key_unavailable": (
        "本机没有该存储的密钥（编号 {key_id}）：请把密钥文件复制到 {path}，或设置 FRONTDESK_KEY",
        "本機沒有該儲存的金鑰（編號 {key_id}）：請把金鑰檔案複製到 {path}，或設定 FRONTDESK_KEY",
        "This desk does not have the store's key (id {key_id}): copy the key file to {path} "
        "or set FRONTDESK_KEY",
    ),
    "key_wrong": (
        "{path} 中的密钥不是该存储的密钥（编号 {key_id}）",
        "{path} 中的金鑰不是該儲存的金鑰（編號 {key_id}）",
        "The key in {path} is not this store's key (id {key_id})",
    ),
}

# Names of things that appear inside messages.
_TERMS: dict[str, tuple[str, str, str]] = {
    # what a role may be refused (the roles, like every stored code, are named in
    # domain.vocabulary)
    "desk_work": ("办理前台业务", "辦理前台業務", "do desk work"),
    "manage_staff": ("管理员工账号", "管理員工帳號", "manage staff accounts"),
    "register_unit": ("登记房屋", "登記房屋", "register units"),
    "waive_host_confirmation": ("免除业主确认", "免除業主確認", "waive the host's confirmation"),
    "terminate_contract": ("终止合同", "終止合約", "terminate contracts"),
    "escalate_to_level_3": ("升级到三级", "升級到三級", "escalate to level 3"),
    "act_for_others": ("代他人登记", "代他人登記", "record on behalf of others"),
    "reveal_id_numbers": ("查看完整证件号码", "查看完整證件號碼", "see full ID numbers"),
    "export_history": ("导出历史记录", "匯出歷史記錄", "export the history"),
    "folder": ("文件夹", "資料夾", "folder"),
    "any_signed_in": ("使用本系统", "使用本系統", "use the desk"),
    # what is done to a ticket (its states are named in domain.vocabulary)
    "acknowledge": ("响应", "回應", "acknowledged"),
    "dispatch": ("派工", "派工", "dispatched"),
    "log": ("记录处理过程", "記錄處理過程", "logged"),
    "escalate": ("升级", "升級", "escalated"),
    "hold": ("挂起", "暫停", "put on hold"),
    "resume": ("恢复处理", "恢復處理", "resumed"),
    "resolve": ("处理完成", "處理完成", "resolved"),
    "close": ("关闭", "關閉", "closed"),
    "call_out_of_turn": ("提前叫号", "提前叫號", "call a ticket out of turn"),
    "manage_answers": ("维护标准答案", "維護標準答案", "publish standard answers"),
    "rate_staff": ("考核员工", "考核員工", "rate staff"),
    "read_all_scorecards": ("查看他人的绩效考核", "查看他人的績效考核", "read others' scorecards"),
    # records
    "unit": ("房屋", "房屋", "unit"),
    "unit_number": ("房号", "房號", "unit number"),
    "household": ("住户档案", "住戶檔案", "household"),
    "visitor pass": ("访客通行证", "訪客通行證", "visitor pass"),
    "contract": ("合同", "合約", "contract"),
    "incident": ("工单", "工單", "incident"),
    "activity": ("活动", "活動", "activity"),
    "staff member": ("员工", "員工", "staff member"),
    "store": ("数据库地址", "資料庫位址", "store address"),
    # fields
    "name": ("姓名", "姓名", "name"),
    "relation": ("与户主关系", "與戶主關係", "relation"),
    "id_type": ("证件类型", "證件類型", "ID type"),
    "id_number": ("证件号码", "證件號碼", "ID number"),
    "plate": ("车牌", "車牌", "plate"),
    "visitor_days": ("访客资料保留天数", "訪客資料保留天數", "days a visitor's data is kept"),
    "resident_days": ("住户资料保留天数", "住戶資料保留天數", "days a household's data is kept"),
    "satisfaction": ("满意度", "滿意度", "satisfaction"),
    "vehicles": ("车辆", "車輛", "vehicles"),
    "members": ("家庭成员", "家庭成員", "household members"),
    "member": ("家庭成员", "家庭成員", "household member"),
    "ownership": ("产权性质", "產權性質", "ownership"),
    "move_in_date": ("入住日期", "入住日期", "move-in date"),
    "building": ("楼栋", "樓棟", "building"),
    "area_m2": ("面积（平方米）", "面積（平方米）", "area (m²)"),
    "kind": ("类型", "類型", "kind"),
    "category": ("类别", "類別", "category"),
    "severity": ("紧急程度", "緊急程度", "severity"),
    "channel": ("渠道", "管道", "channel"),
    "location": ("地点", "地點", "location"),
    "description": ("情况描述", "情況描述", "description"),
    "reporter": ("报告人", "報告人", "reporter"),
    "purpose": ("来访事由", "來訪事由", "purpose of the visit"),
    "company": ("单位", "單位", "company"),
    "work_id": ("工牌号", "工牌號", "work ID"),
    "reason": ("原因", "原因", "reason"),
    "date": ("日期", "日期", "date"),
    "start": ("开始日期", "開始日期", "start date"),
    "end": ("结束日期", "結束日期", "end date"),
    "new_end": ("新的结束日期", "新的結束日期", "new end date"),
    "monthly_fee": ("月费", "月費", "monthly fee"),
    "deposit": ("押金", "押金", "deposit"),
    "deductions": ("扣款", "扣款", "deductions"),
    "amount": ("金额", "金額", "amount"),
    "changes": ("修改项", "修改項", "changes"),
    "details": ("详情", "詳情", "details"),
    "assignee": ("处理人", "處理人", "assignee"),
    "note": ("备注", "備註", "note"),
    "notes": ("备注", "備註", "notes"),
    "comment": ("意见", "意見", "comment"),
    "resolution": ("处理结果", "處理結果", "resolution"),
    "first_contact": ("首次解决", "首次解決", "first-contact resolution"),
    "level": ("升级级别", "升級級別", "escalation level"),
    "valid_hours": ("有效小时数", "有效小時數", "hours of validity"),
    "valid_minutes": ("有效分钟数", "有效分鐘數", "minutes of validity"),
    "confirmed_via": ("确认方式", "確認方式", "how the flat confirmed"),
    "check_in": ("直接入场", "直接入場", "check-in"),
    "title": ("活动名称", "活動名稱", "title"),
    "place": ("地点", "地點", "place"),
    "starts_at": ("开始时间", "開始時間", "start time"),
    "ends_at": ("结束时间", "結束時間", "end time"),
    "capacity": ("名额", "名額", "capacity"),
    "headcount": ("人数", "人數", "headcount"),
    "username": ("用户名", "用戶名", "username"),
    "role": ("角色", "角色", "role"),
    "time": ("时间", "時間", "time"),
    "at": ("时间", "時間", "time"),
    "size": ("尺寸", "尺寸", "size"),
    "window": ("窗口号", "窗口號", "window"),
    "outcome": ("接待结果", "接待結果", "outcome"),
    "topic": ("事由", "事由", "topic"),
    "question": ("问题", "問題", "question"),
    "answer": ("答案", "答案", "answer"),
    "keywords": ("关键词", "關鍵詞", "keywords"),
    "month": ("月份", "月份", "month"),
    "contact": ("接待记录", "接待記錄", "contact"),
    "override_do_not_admit": (
        "放行住户拒绝的人",
        "放行住戶拒絕的人",
        "admit someone a flat barred",
    ),
    "override_reason": ("放行原因", "放行原因", "reason for admitting"),
    "waybill": ("运单号", "運單號", "waybill"),
    "carrier": ("快递公司", "快遞公司", "carrier"),
    "shelf": ("货架位", "貨架位", "shelf"),
    "recipient": ("收件人", "收件人", "recipient"),
    "picked_up_by": ("取件人", "取件人", "person collecting"),
    "proof": ("核验方式", "核驗方式", "proof"),
    "person": ("人员", "人員", "person"),
    "until": ("截止日期", "截止日期", "until"),
    "due": ("归还时间", "歸還時間", "due"),
    "item": ("项目", "項目", "item"),
    "parcel": ("快递", "包裹", "parcel"),
    "pickup code": ("取件码", "取件碼", "pickup code"),
    "lent item": ("借用物品", "借用物品", "item"),
    "loan": ("借用记录", "借用記錄", "loan"),
    "instruction": ("住户嘱托", "住戶囑託", "instruction"),
    "handover": ("交接班记录", "交接班記錄", "handover"),
    "queue": ("今日排队", "今日排隊", "today's queue"),
    "missed call": ("未接来电", "未接來電", "missed call"),
    "rating": ("考核评分", "考核評分", "rating"),
    "queue_ticket": ("排队号", "排隊號", "queue ticket"),
    "standard answer": ("标准答案", "標準答案", "standard answer"),
    # what the gate is told about a scanned pass
    # personal data
    "erased": ("已删除", "已刪除", "erased"),
    "unreadable": ("无法解密", "無法解密", "cannot be unsealed"),
    "rebuild_read_models": ("重建读取模型", "重建讀取模型", "rebuild the read models"),
    "event_type": ("事件类型", "事件類型", "event type"),
    "set_retention": (
        "设定个人资料保留期",
        "設定個人資料保留期",
        "set how long personal data is kept",
    ),
    "forget_personal_data": ("删除到期的个人资料", "刪除到期的個人資料", "forget personal data"),
}

# Only these parameters name things in the catalogue; the others are what was typed.
_TERM_PARAMS = frozenset({"field", "action", "role", "state", "record", "kind"})

_language: str | None = None


def set_language(language: str | None) -> None:
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {LANGUAGES}")
    global _language
    _language = language


def current_language() -> str:
    if _language:
        return _language
    wanted = os.environ.get("FRONTDESK_LANG") or locale.getlocale()[0] or ""
    return language_for(wanted)


def language_for(locale_name: str) -> str:
    name = locale_name.replace("-", "_")
    if name in LANGUAGES:
        return name
    if name.startswith(("zh_TW", "zh_HK", "zh_MO", "zh_Hant")):
        return "zh_TW"
    if name.startswith("zh"):
        return "zh_CN"
    return "en"


def term(word: str, language: str | None = None) -> str:
    """A word inside a message: a field, an action, a record, or a stored code's name."""
    language = language or current_language()
    texts = _TERMS.get(word)
    if texts is None:
        return in_sentence(word, language)
    return texts[LANGUAGES.index(language)]


# What was typed is echoed back cut to a few dozen characters (and "…"): a 1 MB value
# pasted into a field must not come back as a 1 MB message. The desk's own values
# (digests, paths, counts, choices) are shown whole.
SHOWN_LENGTH = 40
_TYPED_PARAMS = {
    **dict.fromkeys(
        ("value", "ref", "label", "command", "argument", "at", "code", "id", "plate", "unit"),
        SHOWN_LENGTH,
    ),
    "username": SHOWN_LENGTH,
    "name": 60,
    "reason": 80,
    "problem": 200,
    "detail": 200,
}


def bounded(value: Any, length: int = SHOWN_LENGTH) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = str(value)
    return text if len(text) <= length else text[:length] + "…"


def _with_article(template: str, text: str) -> str:
    """ "A admin may not…" is "An admin may not…"."""
    if template.startswith("A {") and text[2:3].lower() in tuple("aeiou"):
        return "An " + text[2:]
    return text


def render(key: str, language: str | None = None, **params: Any) -> str:
    language = language or current_language()
    texts = _CATALOGUE.get(key, _CATALOGUE["domain_error"])
    text = texts[LANGUAGES.index(language)]
    shown = {
        name: term(str(value), language)
        if name in _TERM_PARAMS
        else bounded(value, _TYPED_PARAMS[name])
        if name in _TYPED_PARAMS
        else value
        for name, value in params.items()
    }
    try:
        return _with_article(text, text.format(**shown))
    except (KeyError, IndexError):
        return text


def catalogue_keys() -> set[str]:
    return set(_CATALOGUE)
