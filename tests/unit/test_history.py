"""Reading the log back as an auditor: narrowed by who, where, when, what and which unit;
one record's life step by step; the export recorded like any other action."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from domain import FrontDesk, SimulatedClock, errors
from domain.history import HistoryFilter, HistoryRow
from domain.units import unit_id
from domain.values import UnitNumber, mask_id
from tests.conftest import SHANGHAI, open_desk
from tests.support import PASSWORD, member, resident_id

WANG_FANG_ID = "310104198703150022"
LI_LEI_ID = resident_id(born="19900101", sequence="777")


def rows(app: FrontDesk, **filters: object) -> list[HistoryRow]:
    return list(app.history(filters=HistoryFilter(**filters)))  # type: ignore[arg-type]


@pytest.fixture
def busy_day(
    desk: FrontDesk, units: list[str], zhang_wei: str, clock: SimulatedClock, store_url: str
) -> dict[str, str]:
    """张伟 settles into 3-2-1502; a visitor for him, a leak in his kitchen, his contract,
    the lantern evening; next door 李明 moves in; the north gate registers a visitor."""
    clock.advance(timedelta(hours=1))  # 10:00
    visitor = desk.register_visitor(
        "3-2-1502", "李雷", "resident_id", LI_LEI_ID, "13900139000", "探亲"
    )
    leak = desk.report_incident(
        "repair", "plumbing", "general", "3-2-1502 厨房", "水管漏水", "张伟", unit="3-2-1502"
    )
    contract = desk.sign_contract(
        "3-2-1502", zhang_wei, "service", "2026-03-01", "2027-02-28", "268.50"
    )
    clock.advance(timedelta(hours=2))  # 12:00
    evening = desk.plan_activity(
        "元宵猜灯谜",
        "festival",
        "2026-03-14T19:00:00+08:00",
        "2026-03-14T21:00:00+08:00",
        "会所多功能厅",
        10,
    )
    desk.register_household(evening, zhang_wei, 2)
    li_ming = desk.move_in(
        "3-2-1501", [member("李明", id_number=resident_id(sequence="451"))], "tenant", "2026-03-02"
    )
    desk.register_household(evening, li_ming, 1)
    desk.report_incident("repair", "lighting", "minor", "5号楼大堂", "灯不亮", "保安")
    clock.advance(timedelta(days=1))  # the next morning, at another desk
    gate = open_desk(store_url, clock, desk_name="north-gate")
    gate.sign_in("clerk1", PASSWORD)
    gate.register_visitor("3-2-1501", "韩梅梅", "passport", "E12345678", "13700137000", "送货")
    gate.close()
    desk.sign_in("auditor1", PASSWORD)  # the whole log in clear (a clerk's: test_history_privacy)
    return {
        "household": zhang_wei,
        "visitor": visitor,
        "leak": leak,
        "contract": contract,
        "evening": evening,
        "li_ming": li_ming,
    }


# --- filters -----------------------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_without_filters_history_is_the_whole_log_in_order(desk, busy_day) -> None:
    everything = list(desk.history())
    assert [r.position for r in everything] == sorted(r.position for r in everything)
    assert len(everything) == desk.event_count()
    assert rows(desk) == everything


def test_by_operator_only_what_that_person_recorded(desk, busy_day) -> None:
    by_manager = rows(desk, operator="manager1")
    assert {r.full_type for r in by_manager} == {"Unit.Registered"}
    assert len(by_manager) == 4
    assert {r.operator for r in rows(desk, operator="CLERK1")} == {"clerk1"}


@pytest.mark.stores("sqlite", "postgres")
def test_by_desk_only_what_was_recorded_there(desk, busy_day) -> None:
    [at_gate] = rows(desk, desk="north-gate")
    assert at_gate.full_type == "VisitorPass.Registered" and at_gate.data["name"] == "韩梅梅"
    assert "north-gate" not in {r.desk for r in rows(desk, desk="desk-1")}


def test_by_type_either_with_or_without_the_record_kind(desk, busy_day) -> None:
    moved_in = rows(desk, event_type="MovedIn")
    assert [r.data["unit"] for r in moved_in] == ["3-2-1502", "3-2-1501"]
    assert rows(desk, event_type="Household.MovedIn") == moved_in
    registered = rows(desk, event_type="Registered")
    assert {r.aggregate for r in registered} == {"Unit", "VisitorPass"}
    assert {r.aggregate for r in rows(desk, event_type="Unit.Registered")} == {"Unit"}
    assert rows(desk, event_type="Contract.Renewed") == []  # known, none recorded yet


@pytest.mark.stores("sqlite", "postgres")
def test_by_time_both_bounds_inclusive(desk, busy_day) -> None:
    ten = datetime(2026, 3, 2, 10, 0, tzinfo=SHANGHAI)
    at_ten = rows(desk, since=ten, until=ten)
    assert {r.timestamp for r in at_ten} == {ten}
    assert {"VisitorPass.Registered", "Incident.Reported", "Contract.Signed"} <= {
        r.full_type for r in at_ten
    }
    from_noon = rows(desk, since=datetime(2026, 3, 2, 12, 0, tzinfo=SHANGHAI))
    assert from_noon[0].full_type == "Activity.Planned"
    assert from_noon[-1].desk == "north-gate"
    # Without a zone, a moment is the store's local time (Asia/Shanghai).
    assert rows(desk, since=datetime(2026, 3, 2, 12, 0)) == from_noon
    assert rows(desk, until=datetime(2026, 3, 2, 8, 59, tzinfo=SHANGHAI)) == []
    whole = list(desk.history())
    assert rows(desk, until=ten) + rows(desk, since=ten + timedelta(microseconds=1)) == whole


def test_an_end_before_the_start_is_refused(desk, busy_day) -> None:
    with pytest.raises(errors.InvalidDateRangeError):
        rows(
            desk,
            since=datetime(2026, 3, 3, tzinfo=SHANGHAI),
            until=datetime(2026, 3, 2, tzinfo=SHANGHAI),
        )


@pytest.mark.stores("sqlite", "postgres")
def test_by_record_only_its_events_at_their_log_positions(desk, busy_day) -> None:
    household = busy_day["household"]
    own = rows(desk, aggregate_id=household)
    assert [r.type for r in own] == ["MovedIn"]
    expected = [r for r in desk.history() if r.aggregate_id == household]
    assert own == expected
    assert rows(desk, aggregate_id=str(unit_id(UnitNumber.parse("9-9-909")))) == []
    with pytest.raises(errors.UnknownRecordError):
        rows(desk, aggregate_id="not-an-id")


def test_by_unit_everything_about_the_flat(desk, busy_day) -> None:
    about = rows(desk, unit="3-2-1502")
    ids = {r.aggregate_id for r in about}
    assert str(unit_id(UnitNumber.parse("3-2-1502"))) in ids
    for key in ("household", "visitor", "leak", "contract"):
        assert busy_day[key] in ids, key
    # The lantern evening only where 张伟's household signed up, not 李明's.
    activity = [r for r in about if r.aggregate == "Activity"]
    assert [(r.type, r.data["household_id"]) for r in activity] == [
        ("HouseholdRegistered", busy_day["household"])
    ]
    assert busy_day["li_ming"] not in ids
    assert "韩梅梅" not in json.dumps([r.data for r in about], ensure_ascii=False)
    assert all(r.data.get("unit", "3-2-1502") == "3-2-1502" for r in about)
    assert [r.position for r in about] == sorted(r.position for r in about)


def test_a_unit_read_from_a_later_position_still_knows_its_households(desk, busy_day) -> None:
    about = rows(desk, unit="3-2-1502")
    later = next(r for r in about if r.aggregate == "Activity").position
    resumed = list(desk.history(start=later, filters=HistoryFilter(unit="3-2-1502")))
    assert resumed == [r for r in about if r.position >= later]
    assert resumed[0].data["household_id"] == busy_day["household"]


def test_filters_combine(desk, busy_day) -> None:
    found = rows(
        desk,
        unit="3-2-1502",
        operator="clerk1",
        event_type="Registered",
        since=datetime(2026, 3, 2, 10, 0, tzinfo=SHANGHAI),
    )
    assert [(r.full_type, r.data["name"]) for r in found] == [("VisitorPass.Registered", "李雷")]
    assert rows(desk, unit="3-2-1502", operator="manager1", event_type="MovedIn") == []


@pytest.mark.stores("sqlite", "postgres")
def test_a_limit_counts_what_the_filters_let_through(desk, busy_day) -> None:
    first = list(desk.history(limit=1, filters=HistoryFilter(event_type="MovedIn")))
    assert [r.data["unit"] for r in first] == ["3-2-1502"]
    later = list(desk.history(start=first[0].position + 1, filters=HistoryFilter(unit="3-2-1501")))
    assert "MovedIn" in {r.type for r in later}


@pytest.mark.stores("sqlite", "postgres")
def test_each_row_carries_the_chain_digest_when_the_store_has_one(desk, busy_day) -> None:
    everything = list(desk.history())
    select = getattr(desk.recorder, "select_digests", None)
    if select is None:
        assert {r.digest for r in everything} == {""}
    else:
        digests = select(1, everything[-1].position)
        assert [r.digest for r in everything] == [digests[r.position] for r in everything]


def test_id_numbers_are_masked_in_the_history(desk, busy_day) -> None:
    text = json.dumps([r.data for r in desk.history()], ensure_ascii=False)
    assert LI_LEI_ID not in text and WANG_FANG_ID not in text
    assert mask_id(LI_LEI_ID) in text and mask_id(WANG_FANG_ID) in text
    assert "password_hash" not in text and "pass_signing_key" not in text


# --- timeline ----------------------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_a_households_members_after_each_step(desk, zhang_wei, clock, sign_in_as) -> None:
    clock.advance(timedelta(days=3))
    desk.add_member(zhang_wei, member("张小明", "child", id_number=resident_id(born="20150101")))
    desk.remove_member(zhang_wei, "王芳", "离婚后搬走")
    sign_in_as("supervisor1")
    steps = desk.timeline(zhang_wei)
    assert [s.row.type for s in steps] == ["MovedIn", "MemberAdded", "MemberRemoved"]
    assert [[m["name"] for m in s.state["members"]] for s in steps] == [
        ["张伟", "王芳"],
        ["张伟", "王芳", "张小明"],
        ["张伟", "张小明"],
    ]
    assert [s.row.version for s in steps] == [1, 2, 3]
    assert steps[0].state["unit"] == "3-2-1502" and steps[0].state["vehicles"] == ["沪A12345"]
    assert steps[1].row.timestamp - steps[0].row.timestamp == timedelta(days=3)
    text = json.dumps([s.state for s in steps], ensure_ascii=False)
    assert WANG_FANG_ID not in text and mask_id(WANG_FANG_ID) in text
    assert not any(key.startswith("_") for s in steps for key in s.state)
    positions = [r.position for r in desk.history() if r.aggregate_id == zhang_wei]
    assert [s.row.position for s in steps] == positions


def test_a_visitors_id_number_is_masked_in_its_timeline(desk, busy_day) -> None:
    [registered] = desk.timeline(busy_day["visitor"])
    assert registered.state["id_number"] == mask_id(LI_LEI_ID)
    assert registered.state["host_unit"] == "3-2-1502"


def test_a_staff_members_timeline_keeps_the_password_hash_out(desk, sign_in_as) -> None:
    sign_in_as("auditor1")
    admin = next(r.aggregate_id for r in desk.history() if r.full_type == "Staff.Added")
    for step in desk.timeline(admin):
        assert "password_hash" not in step.state


def test_an_unknown_record_has_no_timeline(desk) -> None:
    with pytest.raises(errors.UnknownRecordError):
        desk.timeline(str(unit_id(UnitNumber.parse("9-9-909"))))


def test_reading_history_needs_someone_signed_in(desk) -> None:
    desk.sign_out()
    with pytest.raises(errors.NotSignedInError):
        rows(desk, operator="clerk1")
    with pytest.raises(errors.NotSignedInError):
        desk.timeline(str(unit_id(UnitNumber.parse("3-2-1502"))))


# --- recording an export -----------------------------------------------------------------------


def test_a_clerk_may_not_record_an_export(desk) -> None:
    before = desk.event_count()
    with pytest.raises(errors.RoleForbidsError) as refusal:
        desk.record_export("/tmp/audit", 10, 10, "ab" * 32)
    assert "may not export the history" in str(refusal.value)
    assert desk.event_count() == before


def test_exports_are_recorded_on_the_audit_trail(desk, sign_in_as) -> None:
    sign_in_as("auditor1")
    head = desk.event_count()
    first = desk.record_export("/srv/audit/2026-03", head, head, "ab" * 32)
    sign_in_as("admin")
    second = desk.record_export("/srv/audit/2026-04", head + 2, head + 2, "")
    exported = rows(desk, event_type="AuditTrail.HistoryExported")
    assert [(r.operator, r.data["export_id"], r.data["folder"]) for r in exported] == [
        ("auditor1", first, "/srv/audit/2026-03"),
        ("admin", second, "/srv/audit/2026-04"),
    ]
    assert exported[0].data["head_position"] == head and exported[0].data["event_count"] == head
    trail = desk.timeline(exported[0].aggregate_id)
    assert [s.row.type for s in trail] == ["Started", "HistoryExported", "HistoryExported"]
    assert trail[-1].state["exports"] == 2


def test_an_event_type_the_desk_never_records_is_refused(desk, busy_day) -> None:
    from domain import errors
    from domain.history import HistoryFilter

    for unknown in ("ContractAmended", "Contract.MovedIn"):
        with pytest.raises(errors.InvalidChoiceError, match=r"Contract\.Amended"):
            list(desk.history(filters=HistoryFilter(event_type=unknown)))
    assert list(desk.history(filters=HistoryFilter(event_type="contract.amended"))) == list(
        desk.history(filters=HistoryFilter(event_type="Contract.Amended"))
    )
