"""The incident board's rows as the desk and the documents get them: an incident with its
deadlines moved on by the time it was on hold, the time left and the breaches, as of a moment;
and a step of its timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from projections.base import from_epoch

OPEN_STATES = ("reported", "acknowledged", "dispatched", "on_hold")


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    operator: str
    desk: str
    step: str
    detail: str


@dataclass(frozen=True)
class IncidentRow:
    incident_id: str
    ticket: str
    kind: str
    category: str
    severity: str
    location: str
    unit: str
    description: str
    reporter: str
    channel: str
    state: str
    level: int
    assignee: str
    reported_at: datetime
    reported_by: str
    respond_by: datetime
    resolve_by: datetime
    responded_at: datetime | None
    resolved_at: datetime | None
    on_hold_for: timedelta
    first_contact: bool | None
    satisfaction: int | None
    callback_due: datetime | None
    time_left: timedelta | None
    response_breached: bool
    resolution_breached: bool
    reporter_phone: str = ""
    reporter_household_id: str = ""  # the reporter's household, "" for anyone else

    @property
    def awaiting_response(self) -> bool:
        """Open and nobody has acknowledged it yet."""
        return self.state in OPEN_STATES and self.responded_at is None

    @property
    def urgent(self) -> bool:
        """An emergency nobody has acknowledged (nor put on hold, which stops its clocks):
        it counts down to its response deadline."""
        return self.kind == "emergency" and self.state == "reported"

    @property
    def response_left(self) -> timedelta | None:
        """Time left to respond while nobody has (the clock stopped while on hold, as for
        `time_left`, which runs to the resolve deadline: the two deadlines are a fixed span
        apart)."""
        if not self.awaiting_response or self.time_left is None:
            return None
        return self.time_left - (self.resolve_by - self.respond_by)

    @property
    def countdown(self) -> timedelta | None:
        """What the board counts down: an unacknowledged emergency's 30 minutes to respond,
        otherwise the time left to resolve."""
        return self.response_left if self.urgent else self.time_left

    @property
    def deadline(self) -> datetime:
        return self.respond_by if self.urgent else self.resolve_by


def incident_row(row: dict[str, Any], now: datetime) -> IncidentRow:
    """The row as of `now`: while on hold the clocks are stopped."""
    respond_by = from_epoch(row["respond_by"])
    resolve_by = from_epoch(row["resolve_by"])
    responded = from_epoch(row["responded_at"])
    resolved = from_epoch(row["resolved_at"])
    held_since = from_epoch(row["held_since"])
    assert respond_by and resolve_by
    # While on hold the clock is stopped: deadlines move on by the time held so far.
    held_now = (now - held_since) if held_since else timedelta()
    open_ = row["state"] in OPEN_STATES
    clock = now - held_now
    on_hold = timedelta(seconds=row["seconds_on_hold"]) + held_now
    first_contact = row["first_contact"]
    return IncidentRow(
        incident_id=row["incident_id"],
        ticket=row["ticket"],
        kind=row["kind"],
        category=row["category"],
        severity=row["severity"],
        location=row["location"],
        unit=row["unit"],
        description=row["description"],
        reporter=row["reporter"],
        channel=row["channel"],
        state=row["state"],
        level=row["level"],
        assignee=row["assignee"] or "",
        reported_at=from_epoch(row["reported_at"]),
        reported_by=row["reported_by"],
        respond_by=respond_by + held_now if responded is None else respond_by,
        resolve_by=resolve_by + held_now,
        responded_at=responded,
        resolved_at=resolved,
        on_hold_for=on_hold,
        first_contact=None if first_contact is None else bool(first_contact),
        satisfaction=row["satisfaction"],
        callback_due=from_epoch(row["callback_due"]),
        time_left=(resolve_by - clock) if open_ else None,
        response_breached=(responded or clock) > respond_by,
        resolution_breached=(resolved or clock) > resolve_by if (open_ or resolved) else False,
        reporter_phone=row["reporter_phone"] or "",
        reporter_household_id=row["reporter_household_id"] or "",
    )
