"""Incidents: repairs (报修), complaints (投诉) and emergencies (突发事件), against deadlines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any
from uuid import UUID, uuid5

from eventsourcing.domain import event

from domain import errors
from domain.clock import shifted
from domain.personal_data import ERASED
from domain.recording import DeskAggregate
from domain.staff import NAMESPACE, Role, may

CALLBACK_WITHIN = timedelta(hours=24)
MAX_LEVEL = 3


class IncidentKind(StrEnum):
    REPAIR = "repair"
    COMPLAINT = "complaint"
    EMERGENCY = "emergency"


class Severity(StrEnum):
    EMERGENCY = "emergency"
    GENERAL = "general"
    MINOR = "minor"


class Channel(StrEnum):
    COUNTER = "counter"
    PHONE = "phone"
    APP = "app"
    PATROL = "patrol"
    OTHER = "other"


class IncidentState(StrEnum):
    REPORTED = "reported"
    ACKNOWLEDGED = "acknowledged"
    DISPATCHED = "dispatched"
    ON_HOLD = "on_hold"
    RESOLVED = "resolved"
    CLOSED = "closed"


class IncidentStep(StrEnum):
    """What can be done to a ticket (each one a command of its own)."""

    ACKNOWLEDGE = "acknowledge"
    DISPATCH = "dispatch"
    LOG = "log"
    HOLD = "hold"
    RESUME = "resume"
    ESCALATE = "escalate"
    RESOLVE = "resolve"
    CALLBACK = "callback"
    REOPEN = "reopen"
    CLOSE = "close"


_WORKING = frozenset(
    {
        IncidentStep.DISPATCH,
        IncidentStep.LOG,
        IncidentStep.HOLD,
        IncidentStep.ESCALATE,
        IncidentStep.RESOLVE,
    }
)
# The ticket's life: what each state lets be done next. The aggregate checks its steps
# against this table, and the desk offers what it answers (see next_steps).
STEPS: dict[IncidentState, frozenset[IncidentStep]] = {
    IncidentState.REPORTED: _WORKING | {IncidentStep.ACKNOWLEDGE},
    IncidentState.ACKNOWLEDGED: _WORKING,
    IncidentState.DISPATCHED: _WORKING,
    IncidentState.ON_HOLD: frozenset(
        {IncidentStep.LOG, IncidentStep.RESUME, IncidentStep.ESCALATE}
    ),
    IncidentState.RESOLVED: frozenset(
        {IncidentStep.LOG, IncidentStep.CALLBACK, IncidentStep.REOPEN, IncidentStep.CLOSE}
    ),
    IncidentState.CLOSED: frozenset({IncidentStep.CALLBACK, IncidentStep.REOPEN}),
}


def allowed_in(state: str, step: IncidentStep) -> bool:
    try:
        return step in STEPS[IncidentState(state)]
    except ValueError:
        return False


def highest_level(role: Role | str | None) -> int:
    """The highest escalation level someone in `role` may raise a ticket to."""
    return MAX_LEVEL if may(role, "escalate_to_level_3") else MAX_LEVEL - 1


def next_steps(
    state: str, level: int, satisfaction: int | None, role: Role | str | None
) -> frozenset[IncidentStep]:
    """What someone in `role` can do now to a ticket in `state` at escalation `level`:
    escalate only while a higher level is left to them, record the callback only once."""
    try:
        steps = set(STEPS[IncidentState(state)])
    except ValueError:
        return frozenset()
    if level >= highest_level(role):
        steps.discard(IncidentStep.ESCALATE)
    if satisfaction is not None:
        steps.discard(IncidentStep.CALLBACK)
    return frozenset(steps)


@dataclass(frozen=True)
class Deadlines:
    respond_within: timedelta
    resolve_within: timedelta


# The service center's time standards (DESIGN.md, PROCEDURES.md).
POLICY: dict[Severity, Deadlines] = {
    Severity.EMERGENCY: Deadlines(timedelta(minutes=30), timedelta(hours=2)),
    Severity.GENERAL: Deadlines(timedelta(hours=2), timedelta(hours=24)),
    Severity.MINOR: Deadlines(timedelta(hours=24), timedelta(days=3)),
}

EMERGENCY_CATEGORIES = (
    "fire",
    "elevator_entrapment",
    "gas_leak",
    "flooding",
    "typhoon",
    "earthquake",
    "power_outage",
    "water_outage",
    "burglary",
    "violent_conflict",
    "suspicious_person",
)
REPAIR_CATEGORIES = (
    "plumbing",
    "electrical",
    "lighting",
    "door_lock",
    "elevator",
    "intercom",
    "common_area",
    "drainage",
    "other",
)
COMPLAINT_CATEGORIES = ("facilities", "cleaning", "fees", "noise", "safety", "service", "other")
CATEGORIES: dict[IncidentKind, tuple[str, ...]] = {
    IncidentKind.EMERGENCY: EMERGENCY_CATEGORIES,
    IncidentKind.REPAIR: REPAIR_CATEGORIES,
    IncidentKind.COMPLAINT: COMPLAINT_CATEGORIES,
}

# What the desk suggests when a category is picked; the receptionist may change it.
SUGGESTED_SEVERITY: dict[str, Severity] = {
    **{c: Severity.EMERGENCY for c in EMERGENCY_CATEGORIES},
    "plumbing": Severity.GENERAL,
    "electrical": Severity.GENERAL,
    "lighting": Severity.GENERAL,
    "door_lock": Severity.GENERAL,
    "elevator": Severity.GENERAL,
    "intercom": Severity.GENERAL,
    "drainage": Severity.GENERAL,
    "common_area": Severity.MINOR,
    "safety": Severity.GENERAL,
}

TICKET_PREFIX = {IncidentKind.REPAIR: "R", IncidentKind.COMPLAINT: "C", IncidentKind.EMERGENCY: "E"}


def suggested_severity(category: str) -> Severity:
    return SUGGESTED_SEVERITY.get(category, Severity.MINOR)


def ticket_book_id(day: date) -> UUID:
    return uuid5(NAMESPACE, f"tickets/{day.isoformat()}")


class TicketBook(DeskAggregate):
    """The day's run of ticket numbers, so two desks never hand out the same one."""

    @staticmethod
    def create_id(day: date) -> UUID:
        return ticket_book_id(day)

    class Opened(DeskAggregate.Created):
        day: date

    @event(Opened)
    def __init__(self, day: date) -> None:
        self.day = day
        self.last = 0

    def take(self, kind: IncidentKind) -> str:
        self._taken(number=self.last + 1)
        return f"{TICKET_PREFIX[kind]}{self.day:%y%m%d}-{self.last:03d}"

    class NumberTaken(DeskAggregate.Event):
        number: int

    @event(NumberTaken)
    def _taken(self, number: int) -> None:
        self.last = number


class Incident(DeskAggregate):
    """One reported problem, followed until the resident is called back and it is closed."""

    class Reported(DeskAggregate.Created):
        """Version 2 added the unit the incident concerns ("" for common areas); version 3
        the household the reporter belongs to ("" for anyone else) and the reporter's phone,
        both sealed with the incident's text (see domain/personal_data.py). Earlier
        versions read with neither."""

        class_version = 3
        ticket: str
        kind: str
        category: str
        severity: str
        location: str
        description: str
        reporter: str
        channel: str
        respond_by: datetime
        resolve_by: datetime
        unit: str
        reporter_household_id: str
        reporter_phone: str

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            state["unit"] = ""

        @staticmethod
        def upcast_v2_v3(state: dict[str, Any]) -> None:
            state["reporter_household_id"] = ""
            state["reporter_phone"] = ""

    @event(Reported)
    def __init__(
        self,
        ticket: str,
        kind: str,
        category: str,
        severity: str,
        location: str,
        description: str,
        reporter: str,
        channel: str,
        respond_by: datetime,
        resolve_by: datetime,
        unit: str,
        reporter_household_id: str = "",
        reporter_phone: str = "",
    ) -> None:
        self.ticket = ticket
        self.reporter_household_id = reporter_household_id
        self.reporter_phone = reporter_phone
        self.unit = unit
        self.kind = kind
        self.category = category
        self.severity = severity
        self.location = location
        self.description = description
        self.reporter = reporter
        self.channel = channel
        self.respond_by = respond_by
        self.resolve_by = resolve_by
        self.state = IncidentState.REPORTED.value
        self.state_before_hold: str | None = None
        self.held_since: datetime | None = None
        self.seconds_on_hold = 0
        self.responded_at: datetime | None = None
        self.resolved_at: datetime | None = None
        self.level = 1
        self.assignee: str | None = None
        self.satisfaction: int | None = None

    @property
    def is_open(self) -> bool:
        return self.state not in (IncidentState.RESOLVED, IncidentState.CLOSED)

    def _refuse(self, step: IncidentStep) -> errors.DomainError:
        if self.state == IncidentState.CLOSED:
            return errors.IncidentClosedError(ticket=self.ticket)
        if self.state == IncidentState.ON_HOLD:
            return errors.IncidentOnHoldError(ticket=self.ticket)
        return errors.IncidentStateError(ticket=self.ticket, state=self.state, action=step.value)

    def _require(self, step: IncidentStep) -> None:
        if not allowed_in(self.state, step):
            raise self._refuse(step)

    def acknowledge(self, now: datetime) -> None:
        self._require(IncidentStep.ACKNOWLEDGE)
        self._acknowledged(at=now)

    class Acknowledged(DeskAggregate.Event):
        at: datetime

    @event(Acknowledged)
    def _acknowledged(self, at: datetime) -> None:
        self.state = IncidentState.ACKNOWLEDGED.value
        self.responded_at = self.responded_at or at

    def dispatch(self, assignee: str, now: datetime) -> None:
        self._require(IncidentStep.DISPATCH)
        self._dispatched(assignee=assignee, at=now)

    class Dispatched(DeskAggregate.Event):
        assignee: str
        at: datetime

    @event(Dispatched)
    def _dispatched(self, assignee: str, at: datetime) -> None:
        self.state = IncidentState.DISPATCHED.value
        self.assignee = assignee
        self.responded_at = self.responded_at or at

    def log_action(self, note: str) -> None:
        self._require(IncidentStep.LOG)
        self._action_logged(note=note)

    class ActionLogged(DeskAggregate.Event):
        note: str

    @event(ActionLogged)
    def _action_logged(self, note: str) -> None:
        pass

    def escalate(self, level: int, reason: str) -> None:
        self._require(IncidentStep.ESCALATE)
        if level <= self.level:
            raise errors.EscalationMustRiseError(current=self.level)
        self._escalated(level=level, reason=reason)

    class Escalated(DeskAggregate.Event):
        level: int
        reason: str

    @event(Escalated)
    def _escalated(self, level: int, reason: str) -> None:
        self.level = level

    def put_on_hold(self, reason: str, now: datetime) -> None:
        self._require(IncidentStep.HOLD)
        self._put_on_hold(reason=reason, at=now)

    class PutOnHold(DeskAggregate.Event):
        reason: str
        at: datetime

    @event(PutOnHold)
    def _put_on_hold(self, reason: str, at: datetime) -> None:
        self.state_before_hold = self.state
        self.state = IncidentState.ON_HOLD.value
        self.held_since = at

    def resume(self, now: datetime) -> None:
        if self.state == IncidentState.CLOSED:
            raise self._refuse(IncidentStep.RESUME)
        if not allowed_in(self.state, IncidentStep.RESUME) or self.held_since is None:
            raise errors.IncidentNotOnHoldError(ticket=self.ticket)
        held_for = now - self.held_since
        self._resumed(
            held_for_seconds=int(held_for.total_seconds()),
            respond_by=self.respond_by if self.responded_at else self.respond_by + held_for,
            resolve_by=self.resolve_by + held_for,
        )

    class Resumed(DeskAggregate.Event):
        held_for_seconds: int
        respond_by: datetime
        resolve_by: datetime

    @event(Resumed)
    def _resumed(self, held_for_seconds: int, respond_by: datetime, resolve_by: datetime) -> None:
        self.state = self.state_before_hold or IncidentState.REPORTED.value
        self.state_before_hold = None
        self.held_since = None
        self.seconds_on_hold += held_for_seconds
        self.respond_by = respond_by
        self.resolve_by = resolve_by

    def resolve(self, resolution: str, first_contact: bool, now: datetime) -> None:
        self._require(IncidentStep.RESOLVE)
        self._resolved(
            resolution=resolution,
            first_contact=first_contact,
            at=now,
            within_deadline=now <= self.resolve_by,
            callback_due=shifted(now, CALLBACK_WITHIN),
        )

    class Resolved(DeskAggregate.Event):
        resolution: str
        first_contact: bool
        at: datetime
        within_deadline: bool
        callback_due: datetime

    @event(Resolved)
    def _resolved(
        self,
        resolution: str,
        first_contact: bool,
        at: datetime,
        within_deadline: bool,
        callback_due: datetime,
    ) -> None:
        self.state = IncidentState.RESOLVED.value
        self.resolved_at = at
        self.responded_at = self.responded_at or at
        self.satisfaction = None

    def record_callback(self, satisfaction: int, comment: str, now: datetime) -> None:
        if not allowed_in(self.state, IncidentStep.CALLBACK):
            raise errors.IncidentNotResolvedError(ticket=self.ticket)
        if self.satisfaction is not None:
            raise errors.CallbackAlreadyRecordedError()
        assert self.resolved_at is not None
        self._callback_recorded(
            satisfaction=satisfaction,
            comment=comment,
            on_time=now <= shifted(self.resolved_at, CALLBACK_WITHIN),
        )

    class CallbackRecorded(DeskAggregate.Event):
        satisfaction: int
        comment: str
        on_time: bool

    @event(CallbackRecorded)
    def _callback_recorded(self, satisfaction: int, comment: str, on_time: bool) -> None:
        self.satisfaction = satisfaction

    def reopen(self, reason: str, now: datetime) -> None:
        if not allowed_in(self.state, IncidentStep.REOPEN):
            raise errors.IncidentNotResolvedError(ticket=self.ticket)
        resolve_within = POLICY[Severity(self.severity)].resolve_within
        self._reopened(reason=reason, resolve_by=shifted(now, resolve_within))

    class Reopened(DeskAggregate.Event):
        reason: str
        resolve_by: datetime

    @event(Reopened)
    def _reopened(self, reason: str, resolve_by: datetime) -> None:
        reopened_as = IncidentState.DISPATCHED if self.assignee else IncidentState.ACKNOWLEDGED
        self.state = reopened_as.value
        self.resolve_by = resolve_by
        self.resolved_at = None
        self.satisfaction = None

    def close(self) -> None:
        self._require(IncidentStep.CLOSE)
        self._closed()

    class Closed(DeskAggregate.Event):
        pass

    @event(Closed)
    def _closed(self) -> None:
        self.state = IncidentState.CLOSED.value

    # --- forgetting a reporter who is nobody's household ------------------------------------

    @property
    def personal_data_erased(self) -> bool:
        return getattr(self, "erased", False)

    def personal_data_due(self, retention_days: int) -> date | None:
        """The day what the reporter said may be forgotten: the closing (the ticket's last
        change) plus the retention period; None while the ticket is not closed. A reporter
        linked to a household is forgotten with that household instead."""
        if self.state != IncidentState.CLOSED:
            return None
        return shifted(self.modified_on.date(), timedelta(days=retention_days))

    def erase_personal_data(self, retention_days: int) -> None:
        if self.state != IncidentState.CLOSED:
            raise errors.IncidentNotClosedError(ticket=self.ticket)
        self._personal_data_erased(retention_days=retention_days)

    class PersonalDataErased(DeskAggregate.Event):
        retention_days: int

    @event(PersonalDataErased)
    def _personal_data_erased(self, retention_days: int) -> None:
        """The reporter, their phone and what was said are gone; the ticket's times,
        place and deadlines remain for the KPIs."""
        self.reporter = self.description = ERASED
        self.reporter_phone = ERASED if self.reporter_phone else ""
        self.erased = True
