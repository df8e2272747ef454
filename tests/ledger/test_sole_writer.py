"""The store's sole writer (the demo generator) holds a day's commands in one SQLite
transaction: each command is still all or nothing, nothing is seen before the day is
committed, a failure loses the day and nothing else; an ordinary desk waits for the disk at
every commit. What the desk forgot reads as forgotten, even right after it recorded it."""

from __future__ import annotations

import sqlite3
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse

import pytest

from desktop.cli.session import open_window_desk
from desktop.demo import SOLE_WRITER
from desktop.usecases.retention import forget_expired
from domain import FrontDesk, SimulatedClock, errors
from domain.personal_data import ERASED
from domain.store import store_env
from ledger.sqlite_store import held
from projections.catalogue import open_read_models
from tests.conftest import TEST_SCRYPT_COST
from tests.support import PASSWORD, refused, resident_id


def sole_writer(url: str, clock: SimulatedClock) -> FrontDesk:
    desk = FrontDesk({**store_env(url), **SOLE_WRITER}, clock=clock, password_cost=TEST_SCRYPT_COST)
    desk.initialise("admin", "系统管理员", PASSWORD, community="阳光花园")
    desk.sign_in("admin", PASSWORD)
    desk.add_staff("manager1", "赵磊", "manager", PASSWORD)
    desk.sign_in("manager1", PASSWORD)
    return desk


def events_seen_by_another_desk(url: str) -> int:
    with sqlite3.connect(urlparse(url).path[1:]) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM stored_events").fetchone()[0])


def test_a_held_day_keeps_each_command_all_or_nothing_and_shows_it_when_committed(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    desk = sole_writer(url, clock)
    before = desk.event_count()
    with desk.factory.datastore.holding():
        desk.register_unit("3-2-1501", "3", "89.50", "residential")
        refused(
            desk,
            errors.DomainError,
            lambda: desk.register_unit("3-2-1501", "3", "89.50", "residential"),
        )
        desk.register_unit("3-2-1502", "3", "89.50", "residential")
        assert desk.event_count() == before + 2  # the holder reads its own writes
        assert events_seen_by_another_desk(url) == before
    assert events_seen_by_another_desk(url) == before + 2
    assert desk.verify().ok
    desk.close()


def test_a_failure_inside_a_held_day_records_nothing_of_that_day(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    desk = sole_writer(url, clock)
    before = desk.event_count()
    with pytest.raises(KeyboardInterrupt), desk.factory.datastore.holding():
        desk.register_unit("3-2-1501", "3", "89.50", "residential")
        raise KeyboardInterrupt  # the build is stopped half way through a day
    assert events_seen_by_another_desk(url) == before
    desk.drop_cached_records()  # as the demo does after a refusal
    desk.register_unit("3-2-1501", "3", "89.50", "residential")  # the day can be done again
    assert desk.verify().ok
    desk.close()


def test_only_the_sole_writer_commits_without_waiting_for_the_disk(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    def synchronous(desk: FrontDesk) -> int:
        with desk.factory.datastore.transaction(commit=False) as cursor:
            cursor.execute("PRAGMA synchronous")
            return int(cursor.fetchone()[0])

    demo = sole_writer(f"sqlite:///{tmp_path / 'demo.sqlite'}", clock)
    desk = FrontDesk(store_env(f"sqlite:///{tmp_path / 'demo.sqlite'}"), clock=clock)
    assert (synchronous(demo), synchronous(desk)) == (1, 2)  # NORMAL, FULL
    demo.close()
    desk.close()


def test_the_desk_s_window_leaves_copying_the_log_to_a_thread_of_its_own(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    """A commit that filled the write-ahead log copied it into the database file itself and
    waited for the disk: 0.7-1.1 s on the large store, the window frozen meanwhile. The
    window's commits only append to the log; a thread copies it every second."""
    path = tmp_path / "desk.sqlite"
    url = f"sqlite:///{path}"
    setup = sole_writer(url, clock)
    setup.close()

    def autocheckpoint(desk: FrontDesk) -> int:
        with desk.factory.datastore.transaction(commit=False) as cursor:
            cursor.execute("PRAGMA wal_autocheckpoint")
            return int(cursor.fetchone()[0])

    window = open_window_desk(url, clock=clock, password_cost=TEST_SCRYPT_COST)
    one_off = FrontDesk(store_env(url), clock=clock, password_cost=TEST_SCRYPT_COST)
    assert (autocheckpoint(window), autocheckpoint(one_off)) == (0, 1000)
    one_off.close()
    checkpointer = window.factory.datastore.checkpointer
    assert checkpointer is not None
    window.sign_in("manager1", PASSWORD)
    size = path.stat().st_size
    for n in range(300):  # pages the database file has not got yet: only in the log
        window.register_unit(f"7-1-{n // 10 + 1:02d}{n % 10 + 1:02d}", "7", "89.50", "residential")
    deadline = time.monotonic() + 10
    while path.stat().st_size == size and time.monotonic() < deadline:
        time.sleep(0.1)
    assert path.stat().st_size > size  # copied in, by no commit of the window's
    window.close()
    assert not checkpointer._thread.is_alive()
    reopened = FrontDesk(store_env(url), clock=clock, password_cost=TEST_SCRYPT_COST)
    reopened.sign_in("manager1", PASSWORD)
    assert reopened.verify().ok and reopened.event_count() >= 300
    reopened.close()


def test_an_unknown_synchronous_setting_is_refused(tmp_path: Path) -> None:
    env = {**store_env(f"sqlite:///{tmp_path / 'x.sqlite'}"), "SQLITE_SYNCHRONOUS": "OFF"}
    with pytest.raises(ValueError, match="FULL or NORMAL"):
        FrontDesk(env)


def test_the_desks_own_events_read_back_plain_until_they_are_forgotten(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    visit = desk.register_visitor(
        "3-2-1502",
        "刘洋",
        "resident_id",
        resident_id("440305", "19900101", "456"),
        "13900139000",
        "探亲",
        "guest",
    )
    models = open_read_models(desk)  # reads the registration back as the desk recorded it
    with models.reading() as db:
        assert models.visitor_log.recent(db, desk.now())[0].name == "刘洋"
    registered = desk.recorder.select_notifications(start=1, limit=10_000)[-1]
    assert desk.decoded(registered).name == "刘洋"

    clock.advance(timedelta(days=181))
    desk.sign_in("supervisor1", PASSWORD)
    assert forget_expired(desk, models).visitors == 1
    assert str(registered.originator_id) == visit
    assert desk.decoded(registered).name == ERASED
    models.rebuild()
    with models.reading() as db:
        assert models.visitor_log.recent(db, desk.now())[0].name == ERASED


def test_the_retention_rule_inside_a_held_transaction_is_part_of_it(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str, tmp_path: Path
) -> None:
    """As at the end of the demo, which holds the store while the rule commits its
    forgettings together: the rule's own holding joins the one already held."""
    desk.register_visitor(
        "3-2-1502", "刘洋", "resident_id", resident_id("440305", "19900101", "456"),
        "13900139000", "探亲", "guest",
    )  # fmt: skip
    models = open_read_models(desk)
    clock.advance(timedelta(days=181))
    desk.sign_in("supervisor1", PASSWORD)
    with held(desk):
        assert forget_expired(desk, models).visitors == 1
    assert desk.verify().ok
    with models.reading() as db:
        assert models.visitor_log.recent(db, desk.now())[0].name == ERASED
