"""Eight desks opening one store at the same moment (the morning, everyone signing in): none
is refused, none deadlocks on the tables' set-up, and their read models are those already
made, not made again."""

from __future__ import annotations

import threading

import pytest

from domain import FrontDesk, SimulatedClock
from projections.catalogue import open_read_models
from projections.past import index_names
from tests.conftest import open_desk

pytestmark = pytest.mark.stores("sqlite", "postgres")


def test_eight_desks_open_the_store_and_its_read_models_at_once(
    desk: FrontDesk, store_url: str, clock: SimulatedClock, zhang_wei: str
) -> None:
    open_read_models(desk)  # the store and its read models exist, as on any morning
    eight_desks_open(desk, store_url, clock)


def test_eight_desks_opening_at_once_after_an_upgrade_create_the_indexes_it_added(
    desk: FrontDesk, store_url: str, clock: SimulatedClock, zhang_wei: str
) -> None:
    models = open_read_models(desk)
    with models.store.writing() as db:  # as the version before made the store
        for index in ("parcels_household", "parcels_household__past", "loans_household"):
            db.execute(f"DROP INDEX {index}")
    eight_desks_open(desk, store_url, clock)
    with models.reading() as db:
        names = index_names(db)
    assert {"parcels_household", "parcels_household__past", "loans_household"} <= names


def eight_desks_open(desk: FrontDesk, store_url: str, clock: SimulatedClock) -> None:
    problems: list[BaseException] = []
    positions: list[int] = []
    start = threading.Barrier(8)

    def open_a_desk(n: int) -> None:
        try:
            start.wait()
            other = open_desk(store_url, clock, desk_name=f"desk-{n}")
            models = open_read_models(other)
            positions.append(models.position())
            other.close()
        except BaseException as problem:
            problems.append(problem)

    threads = [threading.Thread(target=open_a_desk, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert problems == []
    assert positions == [desk.event_count()] * 8  # caught up, nothing rebuilt
