"""What every file and every column of an export means, and in which unit: written into
the export as data_dictionary.csv (and the workbook's last sheet). The sheets' columns are
those of the rows `--json` prints (projections/export_tables.py); each has its entry
here (tests/cli/test_export_audit.py checks it)."""

from __future__ import annotations

TIME = "ISO 8601, the community's local time with its UTC offset"
DAY = "date, YYYY-MM-DD"
YUAN = "yuan (CNY), two decimals"
SECONDS = "seconds"
FLAG = "true / false"
TEXT = "text"
ID = "UUID"
STAFF = "staff username"
MASKED_PHONE = "phone, first 3 and last 4 digits shown"
MASKED_ID = "ID number, masked as on screen"

_HOUSEHOLD = {
    "household_id": ("the household's record id", ID),
    "unit": ("the unit, building-entrance-room", TEXT),
}

DICTIONARY: dict[str, dict[str, tuple[str, str]]] = {
    "households": {
        **_HOUSEHOLD,
        "building": ("building number", "integer"),
        "ownership": ("owner or tenant", "owner | tenant"),
        "move_in_date": ("the day the household moved in", DAY),
        "moved_out_on": ("the day it moved out; empty while living here", DAY),
        "members": ("the members' names, separated by 、 (⊘ once forgotten)", TEXT),
        "phones": ("the members' phones, separated by spaces", MASKED_PHONE),
        "plates": ("the household's current plates, separated by spaces", TEXT),
        "callback_due": ("the day the move-in follow-up call is due", DAY),
        "callback_satisfaction": ("satisfaction given on the follow-up call", "1–5"),
        "callback_on_time": ("the follow-up call was made by its due day", FLAG),
        "callback_expected": ("false when the household was recorded after it was due", FLAG),
    },
    "household_members": {
        **_HOUSEHOLD,
        "name": ("the member's name", TEXT),
        "relation": ("relation to the householder", "self | spouse | child | parent | ..."),
        "id_type": ("kind of ID document", "resident_id | passport | hk_macau_permit | ..."),
        "id_masked": ("the ID number", MASKED_ID),
        "phone": ("the member's phone", MASKED_PHONE),
        "current": ("still a member of the household", FLAG),
    },
    "household_vehicles": {
        **_HOUSEHOLD,
        "plate": ("a licence plate registered to the household", TEXT),
        "current": ("still registered (false: removed)", FLAG),
    },
    "contact_changes": {
        **_HOUSEHOLD,
        "name": ("whose phone was corrected", TEXT),
        "previous_phone": ("the phone before", MASKED_PHONE),
        "phone": ("the phone after", MASKED_PHONE),
        "reason": ("why it was corrected", TEXT),
        "at": ("when", TIME),
        "operator": ("who corrected it", STAFF),
        "desk": ("at which desk", TEXT),
    },
    "visitors": {
        "pass_id": ("the visitor pass's record id", ID),
        "code": ("the pass code printed on the pass", TEXT),
        "name": ("the visitor's name", TEXT),
        "id_type": ("kind of ID document", "resident_id | passport | ..."),
        "id_masked": ("the ID number", MASKED_ID),
        "phone": ("the visitor's phone", MASKED_PHONE),
        "host_unit": ("the unit visited", TEXT),
        "host_household_id": ("the household visited", ID),
        "kind": ("kind of visit", "guest | delivery | contractor | moving | renovation | other"),
        "purpose": ("purpose given", TEXT),
        "company": ("company, for contractors and deliveries", TEXT),
        "state": (
            "the pass's state",
            "awaiting_host | host_confirmed | host_declined | issued | on_site | left | revoked",
        ),
        "overstayed": ("on site after the pass expired (at export time)", FLAG),
        "registered_at": ("when the visitor was registered", TIME),
        "registered_by": ("who registered the visitor", STAFF),
        "valid_from": ("the pass is valid from", TIME),
        "valid_until": ("the pass is valid until", TIME),
        "checked_in_at": ("when the visitor came in", TIME),
        "checked_out_at": ("when the visitor left", TIME),
        "note": ("note", TEXT),
    },
    "incidents": {
        "incident_id": ("the incident's record id", ID),
        "ticket": ("the ticket number every report shows", "R/C/E + YYMMDD-NNN"),
        "kind": ("kind", "repair | complaint | emergency"),
        "category": ("category", TEXT),
        "severity": ("severity", "emergency | general | minor"),
        "location": ("where", TEXT),
        "unit": ("the unit concerned, if any", TEXT),
        "description": ("what was reported", TEXT),
        "reporter": ("who reported it", TEXT),
        "channel": ("how it was reported", "counter | phone | app | patrol | other"),
        "state": (
            "the incident's state",
            "reported | acknowledged | dispatched | on_hold | resolved | closed",
        ),
        "level": ("escalation level", "1–3"),
        "assignee": ("who it is dispatched to", TEXT),
        "reported_at": ("when it was reported", TIME),
        "reported_by": ("who recorded it", STAFF),
        "respond_by": ("the response deadline", TIME),
        "resolve_by": ("the resolution deadline (moved by time on hold)", TIME),
        "responded_at": ("when it was first responded to", TIME),
        "resolved_at": ("when it was resolved", TIME),
        "on_hold_for": ("time spent on hold", SECONDS),
        "first_contact": ("resolved at the first contact", FLAG),
        "satisfaction": ("satisfaction given on the callback", "1–5"),
        "callback_due": ("when the callback is due", TIME),
        "time_left": ("time left to the deadline at export time (negative: late)", SECONDS),
        "response_breached": ("the response came after its deadline", FLAG),
        "resolution_breached": ("the resolution came (or is) after its deadline", FLAG),
        "reporter_phone": ("the reporter's phone, if given", MASKED_PHONE),
        "reporter_household_id": ("the reporter's household, if a resident", ID),
    },
    "incident_timeline": {
        "incident_id": ("the incident's record id", ID),
        "ticket": ("the incident's ticket number", TEXT),
        "at": ("when", TIME),
        "operator": ("who", STAFF),
        "desk": ("at which desk", TEXT),
        "step": ("what happened", TEXT),
        "detail": ("details of the step", TEXT),
    },
    "emergency_roll_call": {
        "incident_id": ("the emergency's record id", ID),
        "ticket": ("the emergency's ticket number", TEXT),
        "name": ("a visitor on site when the emergency was reported", TEXT),
        "id_masked": ("the visitor's ID number", MASKED_ID),
        "host_unit": ("the unit visited", TEXT),
        "kind": ("kind of visit", TEXT),
        "checked_in_at": ("when the visitor came in", TIME),
    },
    "contracts": {
        "contract_id": ("the contract's record id", ID),
        "unit": ("the unit", TEXT),
        "household_id": ("the household that signed", ID),
        "kind": ("kind", "service | renovation | parking"),
        "start": ("first day", DAY),
        "end": ("last day", DAY),
        "monthly_fee": ("fee per month", YUAN),
        "deposit": ("deposit due", YUAN),
        "deposit_paid": ("deposit paid", YUAN),
        "deposit_refunded": ("deposit refunded", YUAN),
        "deposit_deducted": ("deposit deducted", YUAN),
        "deposit_held": ("deposit held: paid − refunded − deducted", YUAN),
        "notice_due": ("the day the renewal notice is due", DAY),
        "notice_sent_at": ("when the last renewal notice was sent", TIME),
        "notice_sent_on": ("the day the last renewal notice was sent", DAY),
        "notice_channel": ("how it was sent", "letter | phone | sms | app | in_person"),
        "notices_sent": ("renewal notices sent", "count"),
        "terminated_on": ("the day it was terminated, if it was", DAY),
        "termination_reason": ("why it was terminated", TEXT),
        "breaches": ("breaches recorded", "count"),
        "renewals": ("times renewed", "count"),
        "signed_at": ("when it was signed", TIME),
        "signed_by": ("who recorded the signing", STAFF),
        "updated_at": ("when it last changed", TIME),
    },
    "activities": {
        "activity_id": ("the activity's record id", ID),
        "title": ("title", TEXT),
        "kind": ("kind", TEXT),
        "starts_at": ("starts", TIME),
        "ends_at": ("ends", TIME),
        "month": ("the month it counts in", "YYYY-MM"),
        "place": ("where", TEXT),
        "capacity": ("places", "people"),
        "registered_households": ("households registered", "count"),
        "registered_headcount": ("people registered", "people"),
        "places_left": ("places left", "people"),
        "attended_households": ("households that came", "count"),
        "attended_headcount": ("people who came", "people"),
        "walk_ins": ("households that came without registering", "count"),
        "cancelled": ("the activity was cancelled", FLAG),
        "cancel_reason": ("why", TEXT),
        "planned_at": ("when it was planned", TIME),
        "planned_by": ("who planned it", STAFF),
    },
    "activity_households": {
        "activity_id": ("the activity", ID),
        "household_id": ("the household", ID),
        "registered": ("registered (and not cancelled)", FLAG),
        "registered_headcount": ("people registered", "people"),
        "registered_at": ("when it registered", TIME),
        "registration_cancelled_at": ("when it cancelled", TIME),
        "cancel_reason": ("why it cancelled", TEXT),
        "attended": ("came", FLAG),
        "attended_headcount": ("people who came", "people"),
        "attended_at": ("when attendance was recorded", TIME),
        "walk_in": ("came without registering", FLAG),
    },
    "kpis": {
        "month": ("the month", "YYYY-MM"),
        "measure": ("the KPI", TEXT),
        "value": (
            "the month's value, one decimal; empty without a sample",
            "minutes for first response time (frt), else percent",
        ),
        "target": ("the target", "as value"),
        "verdict": ("met, missed, or no data", TEXT),
        "sample_size": ("incidents or activities it is computed from", "count"),
    },
}

MONEY = frozenset(
    column for table in DICTIONARY.values() for column, (_, unit) in table.items() if unit == YUAN
)
PHONES = frozenset(
    column
    for table in DICTIONARY.values()
    for column, (_, unit) in table.items()
    if unit == MASKED_PHONE
)

# The files that are not a sheet.
FILES: dict[str, str] = {
    "manifest.json": "every file's name, size, rows and SHA-256; the head (position, digest)",
    "stored_events.jsonl": (
        "every event exactly as stored, one JSON line each: position, record (32 hex digits,"
        " as hashed), version, topic, state (the stored bytes, base64)"
    ),
    "chain.jsonl": "the integrity chain as sealed: position and digest (64 hex digits)",
    "events.jsonl": (
        "every event decoded for reading, as `history --json` shows it (ID numbers masked);"
        " times in UTC"
    ),
    "frontdesk.xlsx": "the same sheets as the CSV files, one workbook",
    "data_dictionary.csv": "this dictionary: file, column, meaning, its name in Chinese, unit",
}


HEADER = ["file", "column", "meaning", "含义", "unit"]


def dictionary_rows(sheets: dict[str, list[str]]) -> list[list[str]]:
    """A row for each file, then for each column of each sheet as written."""
    rows = [[name, "", meaning, "", ""] for name, meaning in FILES.items()]
    for sheet, columns in sheets.items():
        known = DICTIONARY.get(sheet, {})
        for column in columns:
            meaning, unit = known.get(column, ("", ""))
            rows.append([f"{sheet}.csv", column, meaning, CHINESE.get(column, ""), unit])
    return rows


# Each column's name in Chinese (简体), beside the English meaning, for the service
# center's own staff reading the dictionary.
CHINESE: dict[str, str] = {
    "activity_id": "活动编号",
    "assignee": "处理人",
    "at": "时间",
    "attended": "是否到场",
    "attended_at": "签到时间",
    "attended_headcount": "到场人数",
    "attended_households": "到场户数",
    "breaches": "违约次数",
    "building": "楼栋",
    "callback_due": "回访截止",
    "callback_expected": "是否应回访",
    "callback_on_time": "是否按时回访",
    "callback_satisfaction": "回访满意度",
    "cancel_reason": "取消原因",
    "cancelled": "是否已取消",
    "capacity": "名额",
    "category": "类别",
    "channel": "受理渠道",
    "checked_in_at": "入场时间",
    "checked_out_at": "离场时间",
    "code": "通行证码",
    "company": "单位",
    "contract_id": "合同编号",
    "current": "是否当前有效",
    "deposit": "应缴押金（元）",
    "deposit_deducted": "已扣押金（元）",
    "deposit_held": "在押押金（元）",
    "deposit_paid": "已缴押金（元）",
    "deposit_refunded": "已退押金（元）",
    "description": "描述",
    "desk": "前台",
    "detail": "详情",
    "end": "结束日期",
    "ends_at": "结束时间",
    "first_contact": "是否首次解决",
    "host_household_id": "被访住户编号",
    "host_unit": "被访房屋",
    "household_id": "住户编号",
    "id_masked": "证件号码（已遮盖）",
    "id_type": "证件类型",
    "incident_id": "事件编号",
    "kind": "类型",
    "level": "升级级别",
    "location": "地点",
    "measure": "指标",
    "members": "成员姓名",
    "month": "月份",
    "monthly_fee": "月费（元）",
    "move_in_date": "入住日期",
    "moved_out_on": "迁出日期",
    "name": "姓名",
    "note": "备注",
    "notice_channel": "通知方式",
    "notice_due": "续约通知截止日",
    "notice_sent_at": "通知发出时间",
    "notice_sent_on": "通知发出日期",
    "notices_sent": "已发通知数",
    "on_hold_for": "挂起时长（秒）",
    "operator": "操作人",
    "overstayed": "是否超时滞留",
    "ownership": "业主或租户",
    "pass_id": "通行证编号",
    "phone": "电话（已遮盖）",
    "phones": "电话（已遮盖）",
    "place": "地点",
    "places_left": "剩余名额",
    "planned_at": "策划时间",
    "planned_by": "策划人",
    "plate": "车牌",
    "plates": "车牌",
    "previous_phone": "原电话（已遮盖）",
    "purpose": "来访事由",
    "reason": "原因",
    "registered": "是否已报名",
    "registered_at": "登记时间",
    "registered_by": "登记人",
    "registered_headcount": "报名人数",
    "registered_households": "报名户数",
    "registration_cancelled_at": "取消报名时间",
    "relation": "与户主关系",
    "renewals": "续约次数",
    "reported_at": "报告时间",
    "reported_by": "受理人",
    "reporter": "报告人",
    "reporter_household_id": "报告人住户编号",
    "reporter_phone": "报告人电话（已遮盖）",
    "resolution_breached": "是否解决超时",
    "resolve_by": "解决截止",
    "resolved_at": "解决时间",
    "respond_by": "响应截止",
    "responded_at": "响应时间",
    "response_breached": "是否响应超时",
    "sample_size": "样本数",
    "satisfaction": "满意度",
    "severity": "紧急程度",
    "signed_at": "签订时间",
    "signed_by": "签订经办人",
    "start": "开始日期",
    "starts_at": "开始时间",
    "state": "状态",
    "step": "步骤",
    "target": "目标值",
    "terminated_on": "终止日期",
    "termination_reason": "终止原因",
    "ticket": "工单号",
    "time_left": "剩余时间（秒）",
    "title": "标题",
    "unit": "房屋",
    "updated_at": "最后变更时间",
    "valid_from": "生效时间",
    "valid_until": "失效时间",
    "value": "数值",
    "verdict": "结论",
    "walk_in": "是否未报名到场",
    "walk_ins": "未报名到场户数",
}
