"""`--as-of` includes what was recorded at exactly that moment (the README says so): the log's
position at a moment is its last event recorded then or before, every event of one command
(recorded together, at one time) included; a microsecond earlier, none of them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from desktop.cli import main
from domain import FrontDesk, SimulatedClock
from projections.catalogue import open_read_models
from projections.past import position_at
from projections.time_travel import read_models_as_of
from tests.conftest import SHANGHAI
from tests.support import PASSWORD, resident_id

pytestmark = pytest.mark.stores("sqlite", "postgres")

TEN = datetime(2026, 3, 2, 10, 0, tzinfo=SHANGHAI)


@pytest.fixture
def at_ten(desk: FrontDesk, clock: SimulatedClock, zhang_wei: str) -> str:
    """刘洋 is registered at 10:00:00.000000 exactly; the next event comes a minute later."""
    clock.set(TEN)
    pass_id = desk.register_visitor(
        "3-2-1502", "刘洋", "resident_id", resident_id(sequence="456"), "13900139000", "探亲"
    )
    clock.advance(timedelta(minutes=1))
    desk.confirm_host(pass_id)
    return pass_id


def visitors_as_of(desk: FrontDesk, moment: datetime) -> list[str]:
    live = open_read_models(desk)
    with read_models_as_of(desk, moment, live) as past, past.reading() as db:
        return [row.pass_id for row in past.visitor_log.recent(db, moment)]  # type: ignore[attr-defined]


def test_an_event_recorded_at_exactly_the_moment_is_included(desk: FrontDesk, at_ten) -> None:
    assert visitors_as_of(desk, TEN) == [at_ten]
    assert visitors_as_of(desk, TEN - timedelta(microseconds=1)) == []


def test_every_event_of_one_command_at_that_moment_is_included(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    clock.set(TEN)
    desk.move_out(zhang_wei, "2026-03-02")  # the household moves out and the unit is vacated
    desk.sign_in("auditor1", PASSWORD)
    at_ten = [r.position for r in desk.history() if r.timestamp == TEN]
    assert len(at_ten) >= 2
    assert position_at(desk, TEN) == max(at_ten) == desk.event_count()
    assert position_at(desk, TEN - timedelta(microseconds=1)) == min(at_ten) - 1


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_the_command_line_as_of_includes_it_too(
    desk: FrontDesk, at_ten: str, store_url: str, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("FRONTDESK_STORE", store_url)
    monkeypatch.setenv("FRONTDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("FRONTDESK_OPERATOR", "clerk1")

    def listed(moment: str) -> list[str]:
        assert main(["visitors", "--json", "--as-of", moment]) == 0
        return [json.loads(line)["pass_id"] for line in capsys.readouterr().out.splitlines()]

    assert listed("2026-03-02T10:00:00+08:00") == [at_ten]
    assert listed("2026-03-02 10:00") == [at_ten]  # local time without a zone
    assert listed("2026-03-02T09:59:59.999999+08:00") == []
    assert listed("2026-03-02") == [at_ten]  # a bare date: the end of that day
