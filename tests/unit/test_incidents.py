"""Repairs, complaints and emergencies: tickets, deadlines, holds, callbacks, closing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest

from domain import FrontDesk, SimulatedClock, errors
from tests.conftest import open_desk
from tests.support import PASSWORD, refused

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)


def events_of(desk: FrontDesk, aggregate_id: str, kind: str | None = None) -> list[Any]:
    rows = [row for row in desk.history() if row.aggregate_id == aggregate_id]
    return [row for row in rows if kind is None or row.type == kind]


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def gas_leak(desk: FrontDesk) -> str:
    return desk.report_incident(
        "emergency", "gas_leak", "emergency", "5号楼1单元", "楼道里煤气味很重", "张伟", "phone"
    )


def broken_light(desk: FrontDesk) -> str:
    return desk.report_incident(
        "repair", "lighting", "general", "3-2-1502 门口", "楼道灯不亮", "张伟", "counter"
    )


def noise_complaint(desk: FrontDesk) -> str:
    return desk.report_incident(
        "complaint", "noise", "minor", "3-2-1601", "楼上晚上装修噪音", "张伟", "app"
    )


# --- reporting --------------------------------------------------------------------------


def test_tickets_count_up_through_the_day_across_kinds(desk: FrontDesk) -> None:
    first = broken_light(desk)
    second = broken_light(desk)
    complaint = noise_complaint(desk)
    leak = gas_leak(desk)

    tickets = [desk.get_incident(i).ticket for i in (first, second, complaint, leak)]
    assert tickets == ["R260302-001", "R260302-002", "C260302-003", "E260302-004"]


def test_the_count_starts_again_at_midnight_beijing_time(
    desk: FrontDesk, clock: SimulatedClock
) -> None:
    clock.set(datetime.fromisoformat("2026-03-02T23:59:00+08:00"))
    late = broken_light(desk)
    clock.advance(2 * MINUTE)  # 00:01 in Shanghai, still 16:01 the day before in UTC
    early = broken_light(desk)

    assert desk.get_incident(late).ticket == "R260302-001"
    assert desk.get_incident(early).ticket == "R260303-001"


@pytest.mark.stores("sqlite", "postgres")
def test_a_second_desk_takes_the_next_number(
    desk: FrontDesk, clock: SimulatedClock, store_url: str
) -> None:
    broken_light(desk)
    other = open_desk(store_url, clock, desk_name="desk-2")
    try:
        other.sign_in("clerk1", PASSWORD)
        leak = gas_leak(other)
        assert other.get_incident(leak).ticket == "E260302-002"
    finally:
        other.close()


@pytest.mark.parametrize(
    ("report", "respond_within", "resolve_within"),
    [
        (gas_leak, timedelta(minutes=30), timedelta(hours=2)),
        (broken_light, timedelta(hours=2), timedelta(hours=24)),
        (noise_complaint, timedelta(hours=24), timedelta(days=3)),
    ],
    ids=["emergency", "general", "minor"],
)
def test_deadlines_are_fixed_in_the_first_event(
    desk: FrontDesk,
    clock: SimulatedClock,
    report: Callable[[FrontDesk], str],
    respond_within: timedelta,
    resolve_within: timedelta,
) -> None:
    reported_at = clock.now()
    incident_id = report(desk)

    [reported] = events_of(desk, incident_id, "Reported")
    assert events_of(desk, incident_id)[0] == reported
    assert moment(reported.data["respond_by"]) == reported_at + respond_within
    assert moment(reported.data["resolve_by"]) == reported_at + resolve_within
    incident = desk.get_incident(incident_id)
    assert incident.respond_by == reported_at + respond_within
    assert incident.resolve_by == reported_at + resolve_within


def test_the_gas_leak_in_building_5_is_recorded_as_told(desk: FrontDesk) -> None:
    leak = desk.get_incident(gas_leak(desk))

    assert (leak.kind, leak.category, leak.severity) == ("emergency", "gas_leak", "emergency")
    assert (leak.location, leak.reporter, leak.channel) == ("5号楼1单元", "张伟", "phone")
    assert leak.state == "reported"
    assert leak.level == 1


def test_an_emergency_must_have_emergency_severity(desk: FrontDesk) -> None:
    refused(
        desk,
        errors.InvalidChoiceError,
        desk.report_incident,
        "emergency",
        "gas_leak",
        "general",
        "5号楼1单元",
        "煤气味",
        "张伟",
        "phone",
    )


@pytest.mark.parametrize(
    ("kind", "category"),
    [("repair", "teleporter"), ("repair", "gas_leak"), ("complaint", "lighting"), ("repair", "")],
)
def test_an_unknown_category_is_refused(desk: FrontDesk, kind: str, category: str) -> None:
    refused(
        desk,
        errors.InvalidChoiceError,
        desk.report_incident,
        kind,
        category,
        "general",
        "3-2-1502",
        "坏了",
        "张伟",
        "counter",
    )


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"kind": "praise"}, errors.InvalidChoiceError),
        ({"severity": "catastrophic"}, errors.InvalidChoiceError),
        ({"channel": "pigeon"}, errors.InvalidChoiceError),
        ({"location": "  "}, errors.MissingValueError),
        ({"description": ""}, errors.MissingValueError),
        ({"reporter": None}, errors.MissingValueError),
        ({"description": "灯坏了\x00"}, errors.InvalidValueError),
    ],
)
def test_a_report_missing_or_garbling_a_field_is_refused(
    desk: FrontDesk, change: dict[str, Any], error: type[Exception]
) -> None:
    report = {
        "kind": "repair",
        "category": "lighting",
        "severity": "general",
        "location": "3-2-1502",
        "description": "灯坏了",
        "reporter": "张伟",
        "channel": "counter",
        **change,
    }
    refused(desk, error, lambda: desk.report_incident(**report))


def test_an_auditor_cannot_report(desk: FrontDesk, sign_in_as) -> None:
    sign_in_as("auditor1")
    refused(desk, errors.RoleForbidsError, broken_light, desk)


# --- following up -------------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_the_gas_leak_is_acknowledged_dispatched_and_logged(
    desk: FrontDesk, clock: SimulatedClock
) -> None:
    leak = gas_leak(desk)
    clock.advance(5 * MINUTE)
    desk.acknowledge(leak)
    desk.dispatch(leak, "工程部 老刘")
    desk.log_action(leak, "已关闭5号楼总阀，疏散1单元住户")

    incident = desk.get_incident(leak)
    assert incident.state == "dispatched"
    assert incident.assignee == "工程部 老刘"
    assert incident.responded_at == clock.now()
    [logged] = events_of(desk, leak, "ActionLogged")
    assert logged.data["note"] == "已关闭5号楼总阀，疏散1单元住户"
    assert logged.operator == "clerk1"


def test_acknowledging_twice_is_refused(desk: FrontDesk) -> None:
    leak = gas_leak(desk)
    desk.acknowledge(leak)
    refused(desk, errors.IncidentStateError, desk.acknowledge, leak)


def test_dispatch_needs_an_assignee_and_a_note_needs_text(desk: FrontDesk) -> None:
    leak = gas_leak(desk)
    refused(desk, errors.MissingValueError, desk.dispatch, leak, " ")
    refused(desk, errors.MissingValueError, desk.log_action, leak, "")


def test_an_unknown_ticket_is_refused(desk: FrontDesk) -> None:
    refused(desk, errors.UnknownRecordError, desk.acknowledge, "R260302-001")
    refused(
        desk, errors.UnknownRecordError, desk.acknowledge, "6f1c2b9e-0000-4000-8000-000000000000"
    )


def test_escalation_only_goes_up(desk: FrontDesk, sign_in_as) -> None:
    leak = gas_leak(desk)
    desk.escalate(leak, 2, "涉及多个部门")
    assert desk.get_incident(leak).level == 2

    refused(desk, errors.EscalationMustRiseError, desk.escalate, leak, 2, "再次升级")
    sign_in_as("supervisor1")
    desk.escalate(leak, 3, "住户聚集，媒体关注")
    assert desk.get_incident(leak).level == 3
    refused(desk, errors.EscalationMustRiseError, desk.escalate, leak, 2, "降级")

    [first, second] = events_of(desk, leak, "Escalated")
    assert (first.data["level"], first.operator) == (2, "clerk1")
    assert (second.data["level"], second.operator) == (3, "supervisor1")


@pytest.mark.parametrize("username", ["clerk1", "manager1", "admin"])
def test_only_a_supervisor_escalates_to_level_3(desk: FrontDesk, sign_in_as, username: str) -> None:
    leak = gas_leak(desk)
    sign_in_as(username)
    refused(desk, errors.RoleForbidsError, desk.escalate, leak, 3, "媒体关注")
    assert desk.get_incident(leak).level == 1


@pytest.mark.parametrize("level", [0, 1, 4, -2, "二", None, "3.5"])
def test_a_level_out_of_range_is_refused(desk: FrontDesk, sign_in_as, level: Any) -> None:
    leak = gas_leak(desk)
    sign_in_as("supervisor1")
    refused(desk, errors.InvalidValueError, desk.escalate, leak, level, "升级")


def test_escalation_needs_a_reason(desk: FrontDesk) -> None:
    leak = gas_leak(desk)
    refused(desk, errors.MissingValueError, desk.escalate, leak, 2, "")


# --- on hold ------------------------------------------------------------------------------


def test_time_on_hold_moves_both_deadlines(desk: FrontDesk, clock: SimulatedClock) -> None:
    light = broken_light(desk)
    before = desk.get_incident(light)
    clock.advance(10 * MINUTE)
    desk.put_on_hold(light, "等住户下班回家开门")
    clock.advance(3 * HOUR)
    desk.resume(light)

    after = desk.get_incident(light)
    assert after.respond_by == before.respond_by + 3 * HOUR
    assert after.resolve_by == before.resolve_by + 3 * HOUR
    assert after.state == "reported"
    [held] = events_of(desk, light, "PutOnHold")
    assert held.data["reason"] == "等住户下班回家开门"
    [resumed] = events_of(desk, light, "Resumed")
    assert resumed.data["held_for_seconds"] == 3 * 3600
    assert moment(resumed.data["resolve_by"]) == before.resolve_by + 3 * HOUR


def test_a_response_already_given_is_not_moved_by_a_hold(
    desk: FrontDesk, clock: SimulatedClock
) -> None:
    light = broken_light(desk)
    desk.dispatch(light, "电工 小王")
    before = desk.get_incident(light)
    desk.put_on_hold(light, "等灯管到货")
    clock.advance(3 * HOUR)
    desk.resume(light)

    after = desk.get_incident(light)
    assert after.respond_by == before.respond_by
    assert after.resolve_by == before.resolve_by + 3 * HOUR
    assert after.state == "dispatched"


def test_holds_add_up(desk: FrontDesk, clock: SimulatedClock) -> None:
    light = broken_light(desk)
    resolve_by = desk.get_incident(light).resolve_by
    for hours in (1, 2):
        desk.put_on_hold(light, "等配件")
        clock.advance(hours * HOUR)
        desk.resume(light)
        clock.advance(HOUR)

    assert desk.get_incident(light).resolve_by == resolve_by + 3 * HOUR


def test_a_hold_needs_a_reason(desk: FrontDesk) -> None:
    light = broken_light(desk)
    refused(desk, errors.MissingValueError, desk.put_on_hold, light, "")


def test_on_hold_it_cannot_be_resolved_or_held_again(desk: FrontDesk) -> None:
    light = broken_light(desk)
    desk.put_on_hold(light, "等配件")

    refused(desk, errors.IncidentOnHoldError, desk.resolve, light, "换了灯管", True)
    refused(desk, errors.IncidentOnHoldError, desk.put_on_hold, light, "还在等")
    refused(desk, errors.IncidentOnHoldError, desk.acknowledge, light)


def test_only_a_ticket_on_hold_resumes(desk: FrontDesk) -> None:
    light = broken_light(desk)
    refused(desk, errors.IncidentNotOnHoldError, desk.resume, light)


# --- resolving and the callback ------------------------------------------------------------


def test_resolved_at_the_first_contact_within_the_deadline(
    desk: FrontDesk, clock: SimulatedClock
) -> None:
    light = broken_light(desk)
    clock.advance(40 * MINUTE)
    desk.resolve(light, "更换了灯泡", True)

    [resolved] = events_of(desk, light, "Resolved")
    assert resolved.data["first_contact"] is True
    assert resolved.data["within_deadline"] is True
    assert moment(resolved.data["callback_due"]) == clock.now() + 24 * HOUR
    assert desk.get_incident(light).state == "resolved"


def test_a_late_resolution_is_recorded_as_late(desk: FrontDesk, clock: SimulatedClock) -> None:
    leak = gas_leak(desk)
    clock.advance(2 * HOUR + MINUTE)
    desk.resolve(leak, "燃气公司更换了阀门", False)

    [resolved] = events_of(desk, leak, "Resolved")
    assert resolved.data["first_contact"] is False
    assert resolved.data["within_deadline"] is False


def test_first_contact_must_be_yes_or_no(desk: FrontDesk) -> None:
    light = broken_light(desk)
    refused(desk, errors.InvalidValueError, desk.resolve, light, "更换了灯泡", "yes")
    refused(desk, errors.MissingValueError, desk.resolve, light, "", True)


def test_resolving_twice_is_refused(desk: FrontDesk) -> None:
    light = broken_light(desk)
    desk.resolve(light, "更换了灯泡", True)
    refused(desk, errors.IncidentStateError, desk.resolve, light, "又换了一次", True)


def test_the_callback_is_recorded_once_and_on_time(desk: FrontDesk, clock: SimulatedClock) -> None:
    light = broken_light(desk)
    desk.resolve(light, "更换了灯泡", True)
    clock.advance(23 * HOUR)
    desk.record_callback(light, 5, "很满意，修得很快")

    [callback] = events_of(desk, light, "CallbackRecorded")
    assert callback.data == {"satisfaction": 5, "comment": "很满意，修得很快", "on_time": True}
    refused(desk, errors.CallbackAlreadyRecordedError, desk.record_callback, light, 4, "")


def test_a_callback_after_24_hours_is_late(desk: FrontDesk, clock: SimulatedClock) -> None:
    light = broken_light(desk)
    desk.resolve(light, "更换了灯泡", True)
    clock.advance(25 * HOUR)
    desk.record_callback(light, 4, "")

    [callback] = events_of(desk, light, "CallbackRecorded")
    assert callback.data["on_time"] is False


@pytest.mark.parametrize("score", [0, 6, "abc", -1, 4.5, None, True, ""])
def test_satisfaction_is_1_to_5(desk: FrontDesk, score: Any) -> None:
    light = broken_light(desk)
    desk.resolve(light, "更换了灯泡", True)
    refused(desk, errors.SatisfactionRangeError, desk.record_callback, light, score, "")


def test_no_callback_before_the_resolution(desk: FrontDesk) -> None:
    light = broken_light(desk)
    refused(desk, errors.IncidentNotResolvedError, desk.record_callback, light, 5, "")


# --- closing and reopening ------------------------------------------------------------------


def test_only_a_resolved_ticket_closes(desk: FrontDesk) -> None:
    light = broken_light(desk)
    refused(desk, errors.IncidentStateError, desk.close_incident, light)
    desk.resolve(light, "更换了灯泡", True)
    desk.close_incident(light)

    assert desk.get_incident(light).state == "closed"
    assert [row.type for row in events_of(desk, light)][-1] == "Closed"


def test_a_closed_ticket_takes_no_further_action(desk: FrontDesk, sign_in_as) -> None:
    leak = gas_leak(desk)
    desk.resolve(leak, "燃气公司更换了阀门", False)
    desk.close_incident(leak)

    refused(desk, errors.IncidentClosedError, desk.acknowledge, leak)
    refused(desk, errors.IncidentClosedError, desk.dispatch, leak, "工程部 老刘")
    refused(desk, errors.IncidentClosedError, desk.log_action, leak, "补充记录")
    refused(desk, errors.IncidentClosedError, desk.escalate, leak, 2, "住户不满")
    refused(desk, errors.IncidentClosedError, desk.put_on_hold, leak, "等待")
    refused(desk, errors.IncidentClosedError, desk.resume, leak)
    refused(desk, errors.IncidentClosedError, desk.resolve, leak, "再处理", True)
    refused(desk, errors.IncidentClosedError, desk.close_incident, leak)
    sign_in_as("supervisor1")
    refused(desk, errors.IncidentClosedError, desk.escalate, leak, 3, "媒体关注")


@pytest.mark.stores("sqlite", "postgres")
def test_a_closed_ticket_reopens_with_a_new_resolution_deadline(
    desk: FrontDesk, clock: SimulatedClock
) -> None:
    light = broken_light(desk)
    desk.dispatch(light, "电工 小王")
    desk.resolve(light, "更换了灯泡", True)
    desk.record_callback(light, 2, "第二天又不亮了")
    desk.close_incident(light)
    clock.advance(2 * 24 * HOUR)
    desk.reopen(light, "住户反映灯又坏了")

    incident = desk.get_incident(light)
    assert incident.state == "dispatched"
    assert incident.resolve_by == clock.now() + 24 * HOUR
    [reopened] = events_of(desk, light, "Reopened")
    assert reopened.data["reason"] == "住户反映灯又坏了"
    assert moment(reopened.data["resolve_by"]) == clock.now() + 24 * HOUR

    desk.log_action(light, "更换了整套灯具")
    desk.resolve(light, "更换了整套灯具", False)
    desk.record_callback(light, 5, "这次好了")
    desk.close_incident(light)
    assert desk.get_incident(light).satisfaction == 5


def test_reopening_needs_a_reason_and_a_resolution(desk: FrontDesk) -> None:
    light = broken_light(desk)
    refused(desk, errors.IncidentNotResolvedError, desk.reopen, light, "还没修好")
    desk.resolve(light, "更换了灯泡", True)
    desk.close_incident(light)
    refused(desk, errors.MissingValueError, desk.reopen, light, " ")
