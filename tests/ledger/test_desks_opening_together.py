"""Eight desks opening one store at the same moment (the morning, everyone signing in): none
is refused, none deadlocks on the tables' set-up, and their read models are those already
made, not made again."""

from __future__ import annotations

import threading

import pytest

from domain import FrontDesk, SimulatedClock
from projections.catalogue import open_read_models
from tests.conftest import open_desk

pytestmark = pytest.mark.stores("sqlite", "postgres")


def test_eight_desks_open_the_store_and_its_read_models_at_once(
    desk: FrontDesk, store_url: str, clock: SimulatedClock, zhang_wei: str
) -> None:
    open_read_models(desk)  # the store and its read models exist, as on any morning
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
