"""The read models follow the log while the program runs: another desk's events appear
without anyone asking (SQLite by polling, PostgreSQL by LISTEN/NOTIFY)."""

from __future__ import annotations

import time

import pytest

from domain import FrontDesk, SimulatedClock
from projections.catalogue import open_read_models
from tests.conftest import open_desk
from tests.support import PASSWORD

pytestmark = pytest.mark.stores("sqlite", "postgres")


def wait_for(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_a_visitor_registered_at_another_desk_appears_live(
    desk: FrontDesk, store_url: str, clock: SimulatedClock, zhang_wei: str
) -> None:
    models = open_read_models(desk)
    seen: list[int] = []
    models.changed.append(seen.append)
    models.follow()
    try:
        gate = open_desk(store_url, clock, desk_name="north-gate")
        gate.sign_in("clerk1", PASSWORD)
        gate.register_visitor("3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲")

        def awaiting() -> list[str]:
            with models.reading() as db:
                rows = models.visitor_log.by_state(db, "awaiting_host", clock.now())  # type: ignore[attr-defined]
            return [r.name for r in rows]

        assert wait_for(lambda: awaiting() == ["刘洋"])
        # The desk is told once the rows are written: a moment after they can be read.
        assert wait_for(lambda: bool(seen) and seen[-1] == gate.event_count())
        gate.close()
    finally:
        models.stop()
    assert models._following is None  # stopped cleanly


def test_read_models_made_by_another_version_are_rebuilt_on_opening(
    desk: FrontDesk, zhang_wei: str
) -> None:
    models = open_read_models(desk)
    with models.store.writing() as db:
        db.execute("UPDATE read_model_schema SET fingerprint = 'an older release'")
        db.execute("DELETE FROM households")
    with models.reading() as db:
        assert models.resident_files.current(db) == []  # type: ignore[attr-defined]
    reopened = open_read_models(desk)
    with reopened.reading() as db:
        assert [h.unit for h in reopened.resident_files.current(db)] == ["3-2-1502"]  # type: ignore[attr-defined]
        assert db.value("SELECT fingerprint FROM read_model_schema") == reopened.store.fingerprint()


def test_two_desks_catching_up_the_same_read_models_apply_each_event_once(
    desk: FrontDesk, store_url: str, clock: SimulatedClock, zhang_wei: str
) -> None:
    import threading

    from projections.catalogue import ALL_MODELS
    from projections.runner import ReadModels
    from tests.projections.test_consistency import dump

    for n in range(60):
        desk.update_contact(zhang_wei, "张伟", f"138001{n:05d}", "换号")
    other = open_desk(store_url, clock, desk_name="north-gate")
    runners = [ReadModels(desk, ALL_MODELS), ReadModels(other, ALL_MODELS)]
    problems: list[BaseException] = []

    def catch_up(models: ReadModels) -> None:
        try:
            models.catch_up(batch=7)
        except BaseException as problem:
            problems.append(problem)

    threads = [threading.Thread(target=catch_up, args=(m,)) for m in runners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert problems == []
    assert [m.position() for m in runners] == [desk.event_count()] * 2
    together = dump(runners[0])
    runners[0].rebuild()
    assert dump(runners[0]) == together  # the same as one desk applying the log alone
    other.close()


def test_a_desk_hears_of_events_another_desk_s_read_models_applied_first(
    desk: FrontDesk, store_url: str, clock: SimulatedClock, zhang_wei: str
) -> None:
    from projections.catalogue import ALL_MODELS
    from projections.runner import ReadModels

    other = open_desk(store_url, clock, desk_name="north-gate")
    here, there = ReadModels(desk, ALL_MODELS), ReadModels(other, ALL_MODELS)
    here.catch_up()
    there.catch_up()
    heard: list[int] = []
    here.changed.append(heard.append)
    other.sign_in("clerk1", PASSWORD)
    other.take_queue_ticket("enquiry")
    assert there.catch_up() > 0  # the other desk applied its own event at once
    assert here.catch_up() == 0  # nothing left for this desk to apply …
    assert heard == [desk.event_count()]  # … and yet it hears the read models moved on
    here.catch_up()
    assert heard == [desk.event_count()]  # once
    other.close()
