"""The store: who/where/when on every event, time that never runs back, two desks at once,
old events read through upcasting, snapshots, and where the store lives."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest
from eventsourcing.persistence import StoredEvent

from domain import FrontDesk, SimulatedClock, SystemClock, errors
from domain.households import Household
from domain.store import default_store_url, store_env, store_url
from tests.conftest import open_desk
from tests.support import PASSWORD, member, resident_id

pytestmark = pytest.mark.stores("sqlite", "postgres")


def test_every_event_says_who_where_and_when_in_utc(desk: FrontDesk, zhang_wei: str) -> None:
    rows = list(desk.history())
    moved_in = next(r for r in rows if r.type == "MovedIn")
    assert moved_in.operator == "clerk1"
    assert moved_in.desk == "desk-1"
    assert moved_in.timestamp == datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
    assert moved_in.timestamp.utcoffset() == timedelta(0)
    assert {r.operator for r in rows} <= {"admin", "manager1", "clerk1"}


def test_desk_name_comes_from_the_environment(
    store_url: str, clock: SimulatedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRONTDESK_DESK", "north-gate")
    app = FrontDesk(store_env(store_url), clock=clock, password_cost=16)
    app.initialise("admin", "系统管理员", PASSWORD)
    assert app.desk_name == "north-gate"
    app.sign_in("admin", PASSWORD)
    assert {row.desk for row in app.history()} == {"north-gate"}
    app.close()


def test_a_clock_set_back_is_refused_and_nothing_is_stored(
    desk: FrontDesk, clock: SimulatedClock, units: list[str]
) -> None:
    clock.advance(timedelta(hours=2))
    desk.report_incident("repair", "lighting", "general", "3号楼大堂", "灯不亮", "张伟")
    before = desk.event_count()
    clock.set(clock.now() - timedelta(minutes=1))
    with pytest.raises(errors.ClockWentBackwardsError):
        desk.report_incident("repair", "lighting", "general", "3号楼大堂", "灯不亮", "张伟")
    assert desk.event_count() == before


def test_the_wall_clock_stepping_back_never_makes_history_run_backwards(
    store_url: str, clock: SimulatedClock
) -> None:
    future = SimulatedClock(datetime.now(UTC) + timedelta(days=1))
    first = open_desk(store_url, future)
    first.initialise("admin", "系统管理员", PASSWORD)
    first.close()
    wall = FrontDesk(store_env(store_url), clock=SystemClock(), desk_name="desk-2")
    wall.sign_in("admin", PASSWORD)
    wall.add_staff("clerk9", "周敏", "clerk", PASSWORD)
    times = [row.timestamp for row in wall.history()]
    assert times == sorted(times)
    assert times[-1] == future.now()
    wall.close()


def test_a_batch_moment_before_the_last_event_is_refused(desk: FrontDesk, units: list[str]) -> None:
    with (
        pytest.raises(errors.ClockWentBackwardsError),
        desk.recorded_at(datetime(2026, 1, 1, tzinfo=UTC)),
    ):
        pass


def interleave(second: FrontDesk, record_id: str, other_desk_acts) -> None:
    """The next time `second` reads `record_id`, another desk acts before `second` saves."""
    reads = second.repository.get

    def read_then_other_desk_acts(aggregate_id, *args, **kwargs):
        aggregate = reads(aggregate_id, *args, **kwargs)
        if str(aggregate_id) == record_id:
            second.repository.get = reads  # once
            other_desk_acts()
        return aggregate

    second.repository.get = read_then_other_desk_acts


def test_two_desks_moving_households_into_one_flat_at_once(
    store_url: str, clock: SimulatedClock, desk: FrontDesk, units: list[str]
) -> None:
    """Desk 2 reads 3-2-1601 as empty; desk 1 moves 张伟 in before desk 2 saves."""
    second = open_desk(store_url, clock, desk_name="desk-2")
    second.sign_in("clerk1", PASSWORD)
    flat = str(desk.get_unit("3-2-1601").id)
    interleave(
        second, flat, lambda: desk.move_in("3-2-1601", [member("张伟")], "owner", "2026-03-02")
    )
    before = desk.event_count()
    li_qiang = member("李强", id_number=resident_id(born="19700101"))
    with pytest.raises(errors.ConflictError) as refused:
        second.move_in("3-2-1601", [li_qiang], "tenant", "2026-03-02")
    assert "another desk" in str(refused.value).lower()
    # Desk 1's move-in (unit + household) is all that was stored; nothing of desk 2's.
    assert desk.event_count() == before + 2
    occupant = desk.get_household(desk.get_unit("3-2-1601").household_id)
    assert [m.name for m in occupant.members] == ["张伟"]
    # Retried on fresh state, desk 2 is told the flat is taken.
    with pytest.raises(errors.UnitOccupiedError):
        second.move_in("3-2-1601", [li_qiang], "tenant", "2026-03-02")
    second.close()


def test_a_retried_command_succeeds_on_fresh_state(
    store_url: str, clock: SimulatedClock, desk: FrontDesk, zhang_wei: str
) -> None:
    second = open_desk(store_url, clock, desk_name="desk-2")
    second.sign_in("clerk1", PASSWORD)
    interleave(second, zhang_wei, lambda: desk.register_vehicle(zhang_wei, "沪B54321"))
    with pytest.raises(errors.ConflictError):
        second.register_vehicle(zhang_wei, "沪C11111")
    second.register_vehicle(zhang_wei, "沪C11111")
    assert desk.get_household(zhang_wei).vehicles == ["沪A12345", "沪B54321", "沪C11111"]
    desk.sign_in("supervisor1", PASSWORD)  # plates in clear
    plates = [r.data for r in desk.history() if r.type == "VehicleRegistered"]
    assert plates == [{"plate": "沪B54321"}, {"plate": "沪C11111"}]
    second.close()


def test_an_event_written_before_visitors_gave_their_company_is_read_as_version_2(
    desk: FrontDesk, zhang_wei: str
) -> None:
    """Version 1 of VisitorPass.Registered had no company or work ID."""
    current = desk.register_visitor(
        "3-2-1502", "刘洋", "resident_id", resident_id(), "13900139000", "探亲", "guest"
    )
    stored = desk.mapper.to_stored_event(next(iter(desk.events.get(UUID(current)))))
    state = json.loads(stored.state)
    assert state.pop("class_version") == 2
    del state["company"], state["work_id"]
    # Written before personal data was sealed: plain text, as old stores hold it.
    state.update(name="刘洋", id_number=resident_id(), phone="13900139000")
    old_id = desk.new_id()
    old = StoredEvent(
        originator_id=old_id,
        originator_version=1,
        topic=stored.topic,
        state=json.dumps(state).encode(),
    )
    desk.recorder.insert_events([old])
    visitor = desk.get_pass(old_id)
    assert (visitor.name, visitor.company, visitor.work_id) == ("刘洋", "", "")
    assert visitor.host_unit == desk.get_pass(current).host_unit


def test_long_lived_households_are_read_from_their_sealed_events(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    """Snapshots are neither chained nor keyed, so none is taken or read: a long-lived
    record is its events, every one of them sealed (see tests/ledger/test_tamper.py)."""
    for n in range(30):
        clock.advance(timedelta(minutes=1))
        desk.update_contact(zhang_wei, "张伟", f"1391234{n:04d}", "住户更换号码")
        desk.update_contact(zhang_wei, "张伟", f"1381234{n:04d}", "住户更换号码")
    household = desk.get_household(zhang_wei)
    assert desk.snapshots is not None and list(desk.snapshots.get(household.id)) == []
    rebuilt: Household | None = None
    for event in desk.events.get(household.id):
        rebuilt = event.mutate(rebuilt)
    assert rebuilt == household and household.version == 61
    assert household.members[0].phone == "13812340029"


def test_store_urls_choose_the_library_settings(tmp_path: Path) -> None:
    sqlite = store_env(f"sqlite:///{tmp_path}/a/desk.sqlite")
    # the library's SQLite store, with connections that keep their prepared statements
    assert sqlite["PERSISTENCE_MODULE"] == "ledger.sqlite_store:FrontDeskSQLiteFactory"
    assert sqlite["SQLITE_DBNAME"] == f"{tmp_path}/a/desk.sqlite"
    assert (tmp_path / "a").is_dir()
    pg = store_env("postgresql://desk:s3cret@db.example:6543/community?schema=east")
    assert pg["PERSISTENCE_MODULE"] == "eventsourcing.postgres"
    assert (pg["POSTGRES_HOST"], pg["POSTGRES_PORT"], pg["POSTGRES_DBNAME"]) == (
        "db.example",
        "6543",
        "community",
    )
    assert (pg["POSTGRES_USER"], pg["POSTGRES_PASSWORD"], pg["POSTGRES_SCHEMA"]) == (
        "desk",
        "s3cret",
        "east",
    )
    with pytest.raises(errors.InvalidValueError):
        store_env("mysql://nowhere/db")


def test_the_default_store_is_a_file_in_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv("FRONTDESK_STORE", raising=False)
    assert default_store_url() == f"sqlite:///{tmp_path}/frontdesk/frontdesk.sqlite"
    assert store_url() == default_store_url()
    monkeypatch.setenv("FRONTDESK_STORE", "sqlite:////srv/desk.sqlite")
    assert store_url() == "sqlite:////srv/desk.sqlite"
    assert store_url("postgresql://h/db") == "postgresql://h/db"


def test_a_store_reopened_carries_on_where_it_stopped(
    store_url: str, clock: SimulatedClock, desk: FrontDesk, zhang_wei: str
) -> None:
    count = desk.event_count()
    desk.close()
    reopened = open_desk(store_url, later := SimulatedClock(clock.now()))
    assert reopened.event_count() == count
    assert reopened.last_recorded == clock.now()
    reopened.sign_in("clerk1", PASSWORD)
    later.advance(timedelta(minutes=5))
    reopened.add_member(
        zhang_wei, member("张小明", "child", "13700001111", id_number=resident_id(born="20150101"))
    )
    assert [m.name for m in reopened.get_household(zhang_wei).members][-1] == "张小明"
