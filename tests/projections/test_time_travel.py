"""The past is a query: the read models keep every version of their rows, so the desk as of
a moment reads them there instead of replaying the log; forgetting reaches the past too."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.usecases.retention import forget_expired
from domain import FrontDesk, SimulatedClock
from domain.personal_data import ERASED
from projections.catalogue import open_read_models
from projections.past import index_name, index_names, past_indexes, position_at
from projections.runner import ReadModels
from projections.time_travel import read_models_as_of
from tests.support import resident_id

pytestmark = pytest.mark.stores("sqlite", "postgres")


def register_liu_yang(desk: FrontDesk) -> str:
    """刘洋 comes to see 张伟's household."""
    return desk.register_visitor(
        "3-2-1502", "刘洋", "resident_id", resident_id("440305", "19900101", "456"),
        "13900139000", "探亲",
    )  # fmt: skip


def test_the_past_is_read_without_replaying_the_log(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    live = open_read_models(desk)
    for hour in range(30):
        clock.advance(timedelta(hours=1))
        desk.update_contact(zhang_wei, "张伟", f"1380013{hour:04d}", "换号")
        if hour == 4:
            moment = desk.now()
    live.catch_up()
    read: list[int] = []
    select = desk.recorder.select_notifications

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        page = select(*args, **kwargs)
        read.extend(n.id for n in page)
        return page

    desk.recorder.select_notifications = counted  # type: ignore[method-assign]
    with read_models_as_of(desk, moment, live) as past, past.reading() as db:
        changes = past.resident_files.file(db, zhang_wei).contact_changes  # type: ignore[attr-defined]

    assert [c.phone for c in changes][-1] == "13800130004" and len(changes) == 5
    assert len(read) <= 2 * desk.event_count().bit_length()  # a binary search, no replay
    with live.reading() as db:  # the present is as it was: the views went with the reading
        now = live.resident_files.file(db, zhang_wei).contact_changes  # type: ignore[attr-defined]
    assert len(now) == 30 and now[-1].phone == "13800130029"


def test_a_pass_reads_as_it_stood_at_each_moment(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    live = open_read_models(desk)
    pass_id = register_liu_yang(desk)
    moments = {"awaiting_host": desk.now()}
    for state, step in (
        ("host_confirmed", desk.confirm_host),
        ("issued", desk.issue_pass),
        ("on_site", desk.check_in),
        ("left", desk.check_out),
    ):
        clock.advance(timedelta(minutes=20))
        step(pass_id)
        moments[state] = desk.now()
    live.catch_up()

    for state, moment in moments.items():
        with read_models_as_of(desk, moment, live) as past, past.reading() as db:
            [row] = past.visitor_log.recent(db, moment)  # type: ignore[attr-defined]
            on_site = past.visitor_log.on_site(db, moment)  # type: ignore[attr-defined]
        assert row.state == state and row.phone == "13900139000"
        assert [r.pass_id for r in on_site] == ([pass_id] if state == "on_site" else [])
    before = moments["awaiting_host"] - timedelta(seconds=1)
    with read_models_as_of(desk, before, live) as past, past.reading() as db:
        assert past.visitor_log.recent(db, before) == []  # type: ignore[attr-defined]


def test_the_position_at_a_moment_is_the_last_event_recorded_by_then(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    first = desk.event_count()
    start = desk.now()
    clock.advance(timedelta(hours=1))
    desk.update_contact(zhang_wei, "张伟", "13800138001", "换号")
    assert position_at(desk, start) == first
    assert position_at(desk, desk.now()) == first + 1
    assert position_at(desk, start - timedelta(days=365)) == 0


def test_forgetting_reaches_the_past(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str, sign_in_as
) -> None:
    live = open_read_models(desk)
    pass_id = register_liu_yang(desk)
    desk.confirm_host(pass_id)
    desk.issue_pass(pass_id)
    desk.check_in(pass_id)
    then = desk.now()
    clock.advance(timedelta(hours=1))
    desk.check_out(pass_id)
    clock.advance(timedelta(days=181))
    sign_in_as("supervisor1")
    assert forget_expired(desk, live).visitors == 1

    with read_models_as_of(desk, then, live) as past, past.reading() as db:
        [row] = past.visitor_log.on_site(db, then)  # type: ignore[attr-defined]
        kept = db.all("SELECT name FROM visitor_passes__past WHERE pass_id = :id", id=pass_id)
    assert (row.name, row.id_masked, row.phone, row.state) == (ERASED, ERASED, "", "on_site")
    assert len(kept) >= 5 and {r["name"] for r in kept} == {ERASED}


def test_a_forgotten_household_is_forgotten_in_the_past_too(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    live = open_read_models(desk)
    then = desk.now()
    with read_models_as_of(desk, then, live) as past, past.reading() as db:
        [found] = past.resident_files.search(db, "张伟")  # type: ignore[attr-defined]
    assert found.household_id == zhang_wei and "张伟" in found.members
    desk.move_out(zhang_wei, desk.now().date().isoformat())
    clock.advance(timedelta(days=181))
    assert forget_expired(desk, live).households == 1

    with read_models_as_of(desk, then, live) as past, past.reading() as db:
        files = past.resident_files  # type: ignore[attr-defined]
        assert files.search(db, "张伟") == [] and files.search(db, "沪A12345") == []
        [former] = files.search(db, "3-2-1502")  # still found by its unit
        members = files.file(db, zhang_wei).members
        kept = db.all(
            "SELECT members, plates FROM households__past WHERE household_id = :id", id=zhang_wei
        )
    assert former.members == f"{ERASED}、{ERASED}" and {m.name for m in members} == {ERASED}
    assert all("张伟" not in r["members"] and r["plates"] == "" for r in kept)


@pytest.mark.stores("sqlite")
def test_the_past_is_told_apart_by_its_indexes_not_by_reading_every_version(
    desk: FrontDesk,
) -> None:
    live = open_read_models(desk)
    with live.reading() as db:
        columns = [r["name"] for r in db.all("PRAGMA index_info(visitor_passes_state__past)")]
        present = [r["name"] for r in db.all("PRAGMA index_info(visitor_passes_state)")]
    # the versions current at a moment are found in the index, not by reading each row
    assert columns == [*present, "_since", "_until"]


def past_indexes_missing(models: ReadModels) -> set[str]:
    """The past's twins of the read models' indexes that the store does not hold."""
    with models.reading() as db:
        present = index_names(db)
    return set(past_indexes(models.tables, models.store.schema_statements)) - present


def own_indexes_missing(models: ReadModels) -> set[str]:
    """The read models' own indexes (of the present) that the store does not hold."""
    statements = [*models.store.schema_statements, *models.store.lookups]
    named = {name for s in statements if (name := index_name(s))}
    with models.reading() as db:
        return named - index_names(db)


@pytest.mark.stores("sqlite", "postgres")
def test_a_rebuild_writes_the_past_then_indexes_it(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    pass_id = register_liu_yang(desk)
    desk.confirm_host(pass_id, "phone")
    moment = desk.now()
    clock.advance(timedelta(minutes=5))
    desk.issue_pass(pass_id)
    live = open_read_models(desk)
    assert past_indexes_missing(live) == set()
    assert own_indexes_missing(live) == set()
    missing_while_applied: list[set[str]] = []
    own_missing_while_applied: list[set[str]] = []
    apply = live._apply

    def watched(batch, bulk=False):  # type: ignore[no-untyped-def]
        missing_while_applied.append(past_indexes_missing(live))
        own_missing_while_applied.append(own_indexes_missing(live))
        return apply(batch, bulk)

    live._apply = watched  # type: ignore[method-assign]
    live.rebuild()

    # every version was written with the past's indexes left out, and they are back
    assert missing_while_applied and all(missing_while_applied)
    assert past_indexes_missing(live) == set()
    # so were the present's that no handler reads by: the visitors' by code, say; the one
    # the roll call of an emergency reads (who is on site) and the UNIQUE ones were there
    assert all("visitor_passes_code" in missing for missing in own_missing_while_applied)
    assert not any(
        {"visitor_passes_state", "incidents_ticket"} & missing
        for missing in own_missing_while_applied
    )
    assert own_indexes_missing(live) == set()
    with read_models_as_of(desk, moment, live) as past, past.reading() as db:
        then = past.visitor_log.by_state(db, "host_confirmed", moment)  # type: ignore[attr-defined]
    assert [v.pass_id for v in then] == [pass_id]


@pytest.mark.stores("sqlite", "postgres")
def test_a_rebuild_stopped_half_way_gets_its_indexes_back_at_the_next_opening(
    desk: FrontDesk, zhang_wei: str
) -> None:
    pass_id = register_liu_yang(desk)
    live = open_read_models(desk)

    def power_cut(batch, bulk=False):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    live._apply = power_cut  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        live.rebuild()
    assert past_indexes_missing(live)  # the build never reached its end
    assert own_indexes_missing(live)

    reopened = open_read_models(desk)
    assert past_indexes_missing(reopened) == set()
    assert own_indexes_missing(reopened) == set()
    with reopened.reading() as db:
        assert reopened.visitor_log.get(db, pass_id, desk.now()) is not None  # type: ignore[attr-defined]
