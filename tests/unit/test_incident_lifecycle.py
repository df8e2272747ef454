"""The incident lifecycle exactly as the README states it: which action each state allows,
the state it leads to, what a reopened or resumed ticket returns to, and which states count
as open (the board's `incidents --open`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from domain import FrontDesk, SimulatedClock, errors
from projections.catalogue import open_read_models

OPEN = {"reported", "acknowledged", "dispatched", "on_hold"}


def light(desk: FrontDesk) -> str:
    return desk.report_incident(
        "repair", "lighting", "general", "3-2-1502 门口", "楼道灯不亮", "张伟", "counter"
    )


# How to bring a new ticket into each state.
REACH: dict[str, Callable[[FrontDesk, str], None]] = {
    "reported": lambda d, i: None,
    "acknowledged": lambda d, i: d.acknowledge(i),
    "dispatched": lambda d, i: d.dispatch(i, "电工 小王"),
    "on_hold": lambda d, i: d.put_on_hold(i, "等配件"),
    "resolved": lambda d, i: d.resolve(i, "换了灯泡", True),
    "closed": lambda d, i: (d.resolve(i, "换了灯泡", True), d.close_incident(i)),
}
ACTIONS: dict[str, Callable[[FrontDesk, str], None]] = {
    "acknowledge": lambda d, i: d.acknowledge(i),
    "dispatch": lambda d, i: d.dispatch(i, "电工 小李"),
    "put_on_hold": lambda d, i: d.put_on_hold(i, "等业主在家"),
    "resume": lambda d, i: d.resume(i),
    "resolve": lambda d, i: d.resolve(i, "修好了", False),
    "close": lambda d, i: d.close_incident(i),
    "reopen": lambda d, i: d.reopen(i, "又坏了"),
    "log_action": lambda d, i: d.log_action(i, "到场查看"),
    "escalate": lambda d, i: d.escalate(i, 2, "住户投诉升级"),
}
# The README's table: from each state, what each allowed action leads to.
ALLOWED: dict[str, dict[str, str]] = {
    "reported": {
        "acknowledge": "acknowledged",
        "dispatch": "dispatched",
        "put_on_hold": "on_hold",
        "resolve": "resolved",
        "log_action": "reported",
        "escalate": "reported",
    },
    "acknowledged": {
        "dispatch": "dispatched",
        "put_on_hold": "on_hold",
        "resolve": "resolved",
        "log_action": "acknowledged",
        "escalate": "acknowledged",
    },
    "dispatched": {
        "dispatch": "dispatched",
        "put_on_hold": "on_hold",
        "resolve": "resolved",
        "log_action": "dispatched",
        "escalate": "dispatched",
    },
    "on_hold": {"resume": "reported", "log_action": "on_hold", "escalate": "on_hold"},
    "resolved": {"close": "closed", "reopen": "acknowledged", "log_action": "resolved"},
    "closed": {"reopen": "acknowledged"},
}


@pytest.mark.parametrize("state", list(REACH))
@pytest.mark.parametrize("action", list(ACTIONS))
def test_each_state_allows_what_the_readme_says(desk: FrontDesk, state: str, action: str) -> None:
    incident = light(desk)
    REACH[state](desk, incident)
    assert desk.get_incident(incident).state == state
    expected = ALLOWED[state].get(action)
    before = desk.event_count()
    if expected is None:
        with pytest.raises(errors.DomainError):
            ACTIONS[action](desk, incident)
        assert desk.event_count() == before
    else:
        ACTIONS[action](desk, incident)
        assert desk.get_incident(incident).state == expected


@pytest.mark.parametrize("held_from", ["reported", "acknowledged", "dispatched"])
def test_a_ticket_resumes_in_the_state_it_was_held_from(desk: FrontDesk, held_from: str) -> None:
    incident = light(desk)
    REACH[held_from](desk, incident)
    desk.put_on_hold(incident, "等配件")
    desk.resume(incident)
    assert desk.get_incident(incident).state == held_from


@pytest.mark.parametrize("from_state", ["resolved", "closed"])
def test_a_reopened_ticket_returns_to_dispatched_if_it_had_an_assignee_else_acknowledged(
    desk: FrontDesk, clock: SimulatedClock, from_state: str
) -> None:
    unassigned, assigned = light(desk), light(desk)
    desk.dispatch(assigned, "电工 小王")
    for incident in (unassigned, assigned):
        REACH[from_state](desk, incident)
    clock.advance(timedelta(days=1))
    for incident in (unassigned, assigned):
        desk.reopen(incident, "又坏了")
    assert desk.get_incident(unassigned).state == "acknowledged"
    assert desk.get_incident(assigned).state == "dispatched"
    # A new resolution deadline from the moment it was reopened (general: 24 hours).
    assert desk.get_incident(assigned).resolve_by == clock.now() + timedelta(hours=24)


def test_open_means_reported_acknowledged_dispatched_or_on_hold(desk: FrontDesk) -> None:
    tickets = {}
    for state in REACH:
        tickets[state] = light(desk)
        REACH[state](desk, tickets[state])
    assert {s for s, i in tickets.items() if desk.get_incident(i).is_open} == OPEN
    models = open_read_models(desk)
    with models.reading() as db:
        board = models.incident_board.open(db, desk.now())  # type: ignore[attr-defined]
    assert {row.incident_id for row in board} == {tickets[s] for s in OPEN}
