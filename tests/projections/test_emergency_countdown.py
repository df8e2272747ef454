"""The incident board counts an emergency down to its 30-minute response deadline until
somebody acknowledges it, pinned above every other incident; then to its resolve deadline.
On hold, its clocks stop and it counts as handled."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from domain import FrontDesk, SimulatedClock
from projections.incident_board import IncidentBoard
from projections.runner import ReadModels

pytestmark = pytest.mark.stores("sqlite", "postgres")


@pytest.fixture
def models(desk: FrontDesk) -> Iterator[ReadModels]:
    yield ReadModels(desk, [IncidentBoard])


def board(models: ReadModels, desk: FrontDesk):
    models.catch_up()
    with models.reading() as db:
        return models.incident_board.open(db, desk.now())  # type: ignore[attr-defined]


def test_an_unacknowledged_emergency_counts_to_its_response_and_is_pinned_first(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock
) -> None:
    leak = desk.report_incident(
        "repair", "plumbing", "general", "3号楼厨房", "漏水", "张伟", "phone"
    )
    clock.advance(timedelta(days=2))  # the leak is late now: less time left than anything
    lift = desk.report_incident(
        "emergency", "elevator_entrapment", "emergency", "3号楼2号电梯", "两人被困", "张伟", "phone"
    )
    clock.advance(timedelta(minutes=10))
    first, second = board(models, desk)
    assert (first.incident_id, second.incident_id) == (lift, leak)
    assert first.urgent and not second.urgent
    assert first.countdown == timedelta(minutes=20)  # 30 minutes to respond, 10 gone
    assert first.time_left == timedelta(hours=1, minutes=50)  # the resolve clock, meanwhile

    desk.acknowledge(lift)
    clock.advance(timedelta(minutes=5))
    row = next(r for r in board(models, desk) if r.incident_id == lift)
    assert not row.urgent
    assert row.countdown == row.time_left == timedelta(hours=1, minutes=45)


def test_a_missed_response_shows_as_time_past_due(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock
) -> None:
    desk.report_incident("emergency", "fire", "emergency", "5号楼", "冒烟", "张伟", "phone")
    clock.advance(timedelta(minutes=45))
    [row] = board(models, desk)
    assert row.urgent and row.response_breached
    assert row.countdown == timedelta(minutes=-15)
