"""The names of the codes the desk stores (states, kinds, categories, channels, roles…) and
of those its read models add (contract status, KPIs), in each language: the one place a
code is named. The desk's screens show these names; the refusals and the printed documents
use them too, except for the few words listed where they still say it their own way
(domain.messages' in-sentence words, the documents' formal names in resources/documents).
"""

from __future__ import annotations

from enum import StrEnum

LANGUAGES = ("zh_CN", "zh_TW", "en")

# code: (简体中文, 繁體中文, English)
NAMES: dict[str, tuple[str, str, str]] = {
    # visitor pass states and kinds
    "awaiting_host": ("待业主确认", "待業主確認", "Awaiting host"),
    "host_confirmed": ("业主已确认", "業主已確認", "Host confirmed"),
    "host_declined": ("业主已拒绝", "業主已拒絕", "Host declined"),
    "issued": ("已发证", "已核發", "Pass issued"),
    "on_site": ("在场", "在場", "On site"),
    "left": ("已离场", "已離場", "Left"),
    "revoked": ("已作废", "已註銷", "Revoked"),
    "overstayed": ("超时滞留", "逾時未離", "Overstayed"),
    "guest": ("亲友", "親友", "Guest"),
    "delivery": ("送货", "送貨", "Delivery"),
    "contractor": ("维修施工", "維修施工", "Contractor"),
    "moving": ("搬家", "搬家", "Moving"),
    "renovation": ("装修", "裝修", "Renovation"),
    "other": ("其他", "其他", "Other"),
    # incidents
    "repair": ("报修", "報修", "Repair"),
    "complaint": ("投诉", "投訴", "Complaint"),
    "emergency": ("紧急", "緊急", "Emergency"),
    "general": ("一般", "一般", "General"),
    "minor": ("轻微", "輕微", "Minor"),
    "reported": ("待受理", "待受理", "Reported"),
    "acknowledged": ("已受理", "已受理", "Acknowledged"),
    "dispatched": ("已派单", "已派工", "Dispatched"),
    "on_hold": ("已挂起", "暫停中", "On hold"),
    "resolved": ("已处理", "已處理", "Resolved"),
    "closed": ("已关闭", "已結案", "Closed"),
    "fire": ("火灾", "火災", "Fire"),
    "elevator_entrapment": ("电梯困人", "電梯困人", "Elevator entrapment"),
    "gas_leak": ("燃气泄漏", "瓦斯外洩", "Gas leak"),
    "flooding": ("水浸", "淹水", "Flooding"),
    "typhoon": ("台风 / 暴雨", "颱風／豪雨", "Typhoon / rainstorm"),
    "earthquake": ("地震", "地震", "Earthquake"),
    "power_outage": ("停电", "停電", "Power outage"),
    "water_outage": ("停水", "停水", "No water"),
    "burglary": ("盗窃", "竊盜", "Burglary"),
    "violent_conflict": ("暴力冲突", "暴力衝突", "Violent conflict"),
    "suspicious_person": ("可疑人员", "可疑人士", "Suspicious person"),
    "plumbing": ("给排水", "給排水", "Plumbing"),
    "electrical": ("电路", "電路", "Electrical"),
    "lighting": ("照明", "照明", "Lighting"),
    "door_lock": ("门锁", "門鎖", "Door lock"),
    "elevator": ("电梯", "電梯", "Elevator"),
    "intercom": ("楼宇对讲", "對講機", "Intercom"),
    "common_area": ("公共区域", "公共區域", "Common area"),
    "drainage": ("排水", "排水", "Drainage"),
    "facilities": ("公共设施", "公共設施", "Facilities"),
    "cleaning": ("保洁", "清潔", "Cleaning"),
    "fees": ("收费", "收費", "Fees"),
    "noise": ("噪音", "噪音", "Noise"),
    "safety": ("安全", "安全", "Safety"),
    "service": ("服务", "服務", "Service"),
    "counter": ("前台", "櫃檯", "Counter"),
    "phone": ("电话", "電話", "Phone"),
    "app": ("App", "App", "App"),
    "patrol": ("巡查", "巡邏", "Patrol"),
    "in_person": ("当面", "親自", "In person"),
    "order_shown": ("出示订单", "出示訂單", "Order shown"),
    "letter": ("信函", "信函", "Letter"),
    "sms": ("短信", "簡訊", "SMS"),
    # households and contracts
    "owner": ("业主", "業主", "Owner"),
    "tenant": ("租户", "租戶", "Tenant"),
    "self": ("本人", "本人", "Self"),
    "spouse": ("配偶", "配偶", "Spouse"),
    "child": ("子女", "子女", "Child"),
    "parent": ("父母", "父母", "Parent"),
    "relative": ("亲属", "親屬", "Relative"),
    "resident_id": ("居民身份证", "居民身分證", "Resident ID"),
    "passport": ("护照", "護照", "Passport"),
    "hk_macau_permit": ("港澳通行证", "港澳通行證", "HK/Macau permit"),
    "taiwan_permit": ("台胞证", "台胞證", "Taiwan permit"),
    "parking": ("车位", "車位", "Parking"),
    # contract status, breaches, deposits
    "running": ("履行中", "履約中", "Running"),
    "notice_due": ("待发通知", "待發通知", "Notice due"),
    "notice_overdue": ("通知逾期", "通知逾期", "Notice overdue"),
    "notice_sent": ("已发通知", "已發通知", "Notice sent"),
    "expired": ("已到期", "已到期", "Expired"),
    "terminated": ("已解除", "已終止", "Terminated"),
    "arrears": ("欠费", "欠費", "Arrears"),
    "illegal_renovation": ("违规装修", "違規裝修", "Illegal renovation"),
    "change_of_use": ("擅自改变用途", "擅自變更用途", "Change of use"),
    "company_failure": ("物业公司自身过失", "物業公司自身疏失", "Company's own failure"),
    "unpaid": ("未缴", "未繳", "Not paid"),
    "held": ("在押", "保管中", "Held"),
    "settled": ("已结清", "已結清", "Settled"),
    "residential": ("住宅", "住宅", "Residential"),
    "commercial": ("商业", "商業", "Commercial"),
    # activities
    "festival": ("节庆", "節慶", "Festival"),
    "health": ("健康讲座", "健康講座", "Health talk"),
    "exercise": ("运动健身", "運動健身", "Exercise"),
    "parent_child": ("亲子", "親子", "Parent and child"),
    "elderly": ("长者", "長者", "For elders"),
    "social": ("联谊", "聯誼", "Social"),
    # the walk-in queue: purposes, ticket states
    "enquiry": ("咨询", "諮詢", "Enquiry"),
    "move_in": ("入住办理", "入住辦理", "Move-in"),
    "visitor": ("访客登记", "訪客登記", "Visitor"),
    "parcel": ("快递", "包裹", "Parcel"),
    "payment_question": ("缴费咨询", "繳費諮詢", "Payment question"),
    "waiting": ("等候中", "等候中", "Waiting"),
    "called": ("已叫号", "已叫號", "Called"),
    "served": ("已接待", "已接待", "Served"),
    "skipped": ("已过号", "已過號", "Skipped"),
    # contacts: outcomes
    "answered": ("已解答", "已解答", "Answered"),
    "incident": ("工单", "工單", "Incident"),
    "referred": ("已转介", "已轉介", "Referred"),
    "abandoned": ("未办结离开", "未辦結離開", "Left unserved"),
    "open": ("接待中", "接待中", "Open"),
    "missed_call": ("未接来电", "未接來電", "Missed call"),
    # knowledge base: categories (fees, renovation, parking, safety, facilities, other above)
    "maintenance_fund": ("维修资金", "維修基金", "Maintenance fund"),
    "pets": ("宠物", "寵物", "Pets"),
    "visitors": ("访客规定", "訪客規定", "Visitors"),
    "hotline": ("热线服务", "熱線服務", "Hotline"),
    "repairs": ("报修服务", "報修服務", "Repairs"),
    # staff appraisal: components
    "satisfaction": ("满意度", "滿意度", "Satisfaction"),
    "complaint_handling": ("投诉处理", "投訴處理", "Complaint handling"),
    "efficiency": ("工作效率", "工作效率", "Efficiency"),
    "teamwork": ("团队协作", "團隊協作", "Teamwork"),
    "knowledge": ("业务知识", "業務知識", "Knowledge"),
    # parcels, items, standing instructions
    "picked_up": ("已取件", "已取件", "Picked up"),
    "returned": ("已退回", "已退回", "Returned"),
    "code": ("取件码", "取件碼", "Pickup code"),
    "id_check": ("核验证件", "核驗證件", "ID checked"),
    "known_resident": ("熟识住户", "熟識住戶", "Known resident"),
    "wheelchair": ("轮椅", "輪椅", "Wheelchair"),
    "umbrella": ("雨伞", "雨傘", "Umbrella"),
    "tools": ("工具", "工具", "Tools"),
    "trolley": ("手推车", "手推車", "Trolley"),
    "key": ("钥匙", "鑰匙", "Key"),
    "card": ("门卡", "門卡", "Card"),
    "permission_to_enter": ("准许进入", "准許進入", "Permission to enter"),
    "do_not_admit": ("不得放行", "不得放行", "Do not admit"),
    "away": ("外出", "外出", "Away"),
    "note": ("备注", "備註", "Note"),
    # the shift handover's checklist (domain.handover.CHECKLIST_KINDS; emergency and
    # missed_call are named above)
    "incident_overdue": ("工单已超时", "工單已逾時", "Case past its deadline"),
    "incident_due": ("工单即将到期", "工單即將到期", "Case due soon"),
    "visitor_on_site": ("访客在场", "訪客在場", "Visitor on site"),
    "parcel_waiting": ("快递待取", "包裹待取", "Parcels waiting"),
    "item_out": ("物品借出未还", "物品借出未還", "Item out on loan"),
    "callback_due": ("待回访", "待回訪", "Callback due"),
    "queue_waiting": ("排队等候", "排隊等候", "Waiting in the queue"),
    "instruction": ("住户嘱托", "住戶囑託", "Instruction"),
    # KPIs and their verdicts
    "first_response_minutes": ("首次响应时间", "首次回應時間", "First response time"),
    "first_contact_resolution": ("一次解决率", "首次解決率", "First-contact resolution"),
    "csat": ("满意度 (CSAT)", "滿意度 (CSAT)", "Satisfaction (CSAT)"),
    "complaint_rate": ("投诉率", "投訴率", "Complaint rate"),
    "resolved_within_deadline": ("按时完成率", "準時完成率", "Resolved within deadline"),
    "activity_participation": ("活动参与率", "活動參與率", "Activity participation"),
    "contact_first_response_minutes": (
        "接待首次响应时间",
        "接待首次回應時間",
        "Contacts: first response time",
    ),
    "contact_first_contact_resolution": (
        "接待一次解决率",
        "接待首次解決率",
        "Contacts: first-contact resolution",
    ),
    "queue_wait_median": ("排队等候（中位数）", "排隊等候（中位數）", "Queue wait (median)"),
    "queue_wait_p90": ("排队等候（90%）", "排隊等候（90%）", "Queue wait (90th percentile)"),
    "answer_rate": ("来电接通率", "來電接通率", "Calls answered"),
    "met": ("达标", "達標", "Met"),
    "missed": ("未达标", "未達標", "Missed"),
    "no data": ("无数据", "無資料", "No data"),
    # roles
    "clerk": ("前台客服", "櫃檯人員", "Front desk"),
    "manager": ("楼管", "樓管", "Building manager"),
    "supervisor": ("客服主管", "客服主管", "Supervisor"),
    "auditor": ("审计员", "稽核員", "Auditor"),
    "admin": ("系统管理员", "系統管理員", "Administrator"),
    # what the gate says of a scanned pass (expired and revoked are above)
    "valid": ("有效", "有效", "Valid"),
    "not_yet_valid": ("尚未生效", "尚未生效", "Not yet valid"),
    "checked_out": ("访客已离场", "訪客已離場", "Checked out"),
    "forged": ("无效：伪造或无法识别", "無效：偽造或無法辨識", "Forged or unreadable"),
}


# English names a sentence says otherwise ("A clerk may not…", not "A front desk may not…").
_IN_SENTENCE_EN = {"clerk": "clerk", "admin": "admin"}


def name(code: str, language: str) -> str:
    """The name of a stored code in a language (zh_CN, zh_TW or en); the code itself when
    it has none."""
    names = NAMES.get(code)
    return code if names is None else names[LANGUAGES.index(language)]


def in_sentence(code: str, language: str) -> str:
    """The name as it reads inside a sentence: in English without its capital ("on hold",
    but "SMS" and "HK/Macau permit" as they are)."""
    if code not in NAMES:
        return code
    text = name(code, language)
    if language == "en" and code in _IN_SENTENCE_EN:
        return _IN_SENTENCE_EN[code]
    if language == "en" and text[1:2].islower():
        return text[:1].lower() + text[1:]
    return text


def domain_codes() -> dict[str, frozenset[str]]:
    """Every set of codes the domain stores in its events, by what they are."""
    from domain.activities import ActivityKind
    from domain.contacts import ContactChannel, ContactOutcome
    from domain.contracts import BreachKind, ContractKind, NoticeChannel
    from domain.handover import CHECKLIST_KINDS
    from domain.households import Ownership
    from domain.incidents import CATEGORIES, Channel, IncidentKind, IncidentState, Severity
    from domain.instructions import InstructionKind
    from domain.knowledge import AnswerCategory
    from domain.lending import ItemKind
    from domain.parcels import ParcelState, PickupProof
    from domain.pass_signing import PassVerdict
    from domain.queue import QueuePurpose, TicketState
    from domain.staff import Role
    from domain.units import UnitKind
    from domain.values import IdType, Relation
    from domain.visitors import HostChannel, PassState, VisitKind

    enums: tuple[type[StrEnum], ...] = (
        IncidentKind,
        Severity,
        Channel,
        IncidentState,
        VisitKind,
        PassState,
        HostChannel,
        PassVerdict,
        IdType,
        Relation,
        Ownership,
        UnitKind,
        ContractKind,
        BreachKind,
        NoticeChannel,
        ActivityKind,
        Role,
        QueuePurpose,
        TicketState,
        ContactChannel,
        ContactOutcome,
        AnswerCategory,
        ParcelState,
        PickupProof,
        ItemKind,
        InstructionKind,
    )
    codes = {enum.__name__: frozenset(member.value for member in enum) for enum in enums}
    for kind, categories in CATEGORIES.items():
        codes[f"{kind.value} categories"] = frozenset(categories)
    codes["handover checklist kinds"] = frozenset(CHECKLIST_KINDS)
    return codes
