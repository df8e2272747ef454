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
    "data_dictionary.csv": "this dictionary: file, column, meaning, unit",
}


def dictionary_rows(sheets: dict[str, list[str]]) -> list[list[str]]:
    """A row for each file, then for each column of each sheet as written."""
    rows = [[name, "", meaning, ""] for name, meaning in FILES.items()]
    for sheet, columns in sheets.items():
        known = DICTIONARY.get(sheet, {})
        rows += [[f"{sheet}.csv", c, *known.get(c, ("", ""))] for c in columns]
    return rows
