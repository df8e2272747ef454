"""What can be done now: the domain answers who may do what, and which steps a ticket or a
visitor's pass allows in each state; the desk offers exactly that."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from domain import FrontDesk, errors
from domain.incidents import (
    MAX_LEVEL,
    STEPS,
    IncidentState,
    IncidentStep,
    highest_level,
    next_steps,
)
from domain.staff import PERMISSIONS, Role, may
from domain.visitors import PASS_STEPS, WORKERS, PassState, PassStep, VisitKind, pass_steps
from tests.support import resident_id

# --- who may do what ----------------------------------------------------------------------


def test_a_supervisor_may_terminate_a_contract_and_a_clerk_may_not() -> None:
    assert may(Role.SUPERVISOR, "terminate_contract")
    assert not may(Role.CLERK, "terminate_contract")
    assert may("supervisor", "waive_host_confirmation")  # a role as stored in events


@pytest.mark.parametrize("permission", sorted(PERMISSIONS))
def test_may_answers_as_the_permissions_table_says(permission: str) -> None:
    assert {role for role in Role if may(role, permission)} == PERMISSIONS[permission]


def test_nobody_signed_in_or_an_unknown_role_may_do_nothing() -> None:
    assert not may(None, "any_signed_in")
    assert not may("janitor", "any_signed_in")


def test_an_unknown_permission_is_a_mistake_not_a_refusal() -> None:
    with pytest.raises(KeyError):
        may(Role.ADMIN, "fly")


# --- a ticket's next steps ------------------------------------------------------------------

WORKING = {"dispatch", "log", "hold", "escalate", "resolve"}
# The README's lifecycle, plus the satisfaction callback once a ticket is resolved.
OFFERED = {
    "reported": WORKING | {"acknowledge"},
    "acknowledged": WORKING,
    "dispatched": WORKING,
    "on_hold": {"log", "resume", "escalate"},
    "resolved": {"log", "callback", "reopen", "close"},
    "closed": {"callback", "reopen"},
}


@pytest.mark.parametrize("state", list(IncidentState))
def test_each_state_of_a_ticket_offers_its_next_steps(state: IncidentState) -> None:
    assert next_steps(state.value, 1, None, Role.SUPERVISOR) == OFFERED[state.value]
    assert set(STEPS[state]) == OFFERED[state.value]


def test_every_step_of_a_ticket_is_offered_in_some_state() -> None:
    assert set().union(*STEPS.values()) == set(IncidentStep)


def test_level_3_is_offered_only_to_those_who_may_escalate_to_it() -> None:
    assert highest_level(Role.SUPERVISOR) == MAX_LEVEL
    assert highest_level(Role.CLERK) == MAX_LEVEL - 1
    assert "escalate" in next_steps("dispatched", 1, None, Role.CLERK)
    assert "escalate" not in next_steps("dispatched", 2, None, Role.CLERK)
    assert "escalate" in next_steps("dispatched", 2, None, Role.SUPERVISOR)
    assert "escalate" not in next_steps("dispatched", 3, None, Role.SUPERVISOR)


def test_the_callback_is_recorded_once() -> None:
    assert "callback" in next_steps("resolved", 1, None, Role.CLERK)
    assert "callback" not in next_steps("resolved", 1, 5, Role.CLERK)
    assert "callback" not in next_steps("closed", 1, 4, Role.CLERK)


def test_a_state_the_domain_does_not_know_offers_nothing() -> None:
    assert next_steps("", 1, None, Role.SUPERVISOR) == frozenset()


# --- a visitor pass's next steps ------------------------------------------------------------


def test_each_state_of_a_pass_offers_its_next_steps() -> None:
    supervisor = {state.value: set(pass_steps(state, Role.SUPERVISOR)) for state in PassState}
    assert supervisor == {
        "awaiting_host": {"confirm_host", "decline_host", "waive_host_confirmation", "revoke"},
        "host_confirmed": {"issue", "revoke"},
        "host_declined": set(),
        "issued": {"print", "check_in", "revoke"},
        "on_site": {"print", "check_out", "revoke"},
        "left": set(),
        "revoked": set(),
    }
    assert set(PASS_STEPS) == set(PassState)


def test_only_those_who_may_waive_the_host_are_offered_it() -> None:
    assert "waive_host_confirmation" not in pass_steps("awaiting_host", Role.CLERK)
    assert pass_steps("awaiting_host", Role.CLERK) == {"confirm_host", "decline_host", "revoke"}
    assert pass_steps("", Role.SUPERVISOR) == frozenset()


def test_the_workers_are_the_kinds_that_come_to_work() -> None:
    assert {VisitKind.DELIVERY, VisitKind.CONTRACTOR, VisitKind.MOVING} < WORKERS
    assert VisitKind.GUEST not in WORKERS and VisitKind.OTHER not in WORKERS


REACH_PASS: dict[str, Callable[[FrontDesk, str], object]] = {
    "awaiting_host": lambda d, p: None,
    "host_confirmed": lambda d, p: d.confirm_host(p, "intercom"),
    "host_declined": lambda d, p: d.decline_host(p, "不认识"),
    "issued": lambda d, p: (d.confirm_host(p, "intercom"), d.issue_pass(p, 2)),
    "on_site": lambda d, p: (d.confirm_host(p, "intercom"), d.issue_pass(p, 2), d.check_in(p)),
    "left": lambda d, p: (
        d.confirm_host(p, "intercom"),
        d.issue_pass(p, 2),
        d.check_in(p),
        d.check_out(p),
    ),
    "revoked": lambda d, p: d.revoke_pass(p, "业主取消"),
}
TAKE_STEP: dict[PassStep, Callable[[FrontDesk, str], object]] = {
    PassStep.CONFIRM_HOST: lambda d, p: d.confirm_host(p, "phone"),
    PassStep.DECLINE_HOST: lambda d, p: d.decline_host(p, "不在家"),
    PassStep.WAIVE_HOST_CONFIRMATION: lambda d, p: d.waive_host_confirmation(p, "联系不上"),
    PassStep.ISSUE: lambda d, p: d.issue_pass(p, 2),
    PassStep.PRINT: lambda d, p: d.record_pass_printed(p),
    PassStep.CHECK_IN: lambda d, p: d.check_in(p),
    PassStep.CHECK_OUT: lambda d, p: d.check_out(p),
    PassStep.REVOKE: lambda d, p: d.revoke_pass(p, "作废"),
}


@pytest.mark.parametrize("state", list(REACH_PASS))
@pytest.mark.parametrize("step", list(PassStep))
def test_a_pass_accepts_what_its_state_offers_and_refuses_the_rest(
    desk: FrontDesk, zhang_wei: str, sign_in_as, state: str, step: PassStep
) -> None:
    sign_in_as("supervisor1")
    visit = desk.register_visitor(
        "3-2-1502", "李雷", "resident_id", resident_id("320102", "19860304", "517"),
        "13700001111", "探亲", "guest",
    )  # fmt: skip
    REACH_PASS[state](desk, visit)
    assert desk.get_pass(visit).state == state
    if step in pass_steps(state, Role.SUPERVISOR):
        TAKE_STEP[step](desk, visit)
    else:
        before = desk.event_count()
        with pytest.raises(errors.DomainError):
            TAKE_STEP[step](desk, visit)
        assert desk.event_count() == before
