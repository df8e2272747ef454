"""The queue board: today's tickets at the counter, who is waiting and for how long, the
numbers being called, and a fair estimate of the wait for the next person."""

from __future__ import annotations

import itertools
import math
import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from eventsourcing.dispatch import singledispatchmethod

from domain.clock import local, month_of
from domain.queue import QueueDay, TicketState
from projections.base import ReadModel, epoch, from_epoch, iso_day
from projections.store import Db

# Before the day has shown how long a person takes at a window, each is reckoned this long.
DEFAULT_SERVICE_MINUTES = 5.0
ACTIVE_WINDOW = timedelta(hours=1)  # a window that called within the hour is open


@dataclass(frozen=True)
class TicketRow:
    day: date
    ticket: str
    purpose: str
    state: str
    taken_at: datetime
    ahead_when_taken: int
    window: int | None
    called_at: datetime | None
    called_by: str
    out_of_turn: bool
    reason: str
    served_at: datetime | None
    contact_id: str
    skipped_at: datetime | None

    def waited(self, now: datetime) -> timedelta:
        """From taking the number to being called (or until now, while waiting)."""
        return (self.called_at or self.served_at or now) - self.taken_at


@dataclass(frozen=True)
class WaitEstimate:
    ahead: int
    minutes: int
    windows: int
    minutes_per_person: float


def _row(r: dict[str, Any]) -> TicketRow:
    return TicketRow(
        day=date.fromisoformat(r["day"]),
        ticket=r["ticket"],
        purpose=r["purpose"],
        state=r["state"],
        taken_at=from_epoch(r["taken_at"]),
        ahead_when_taken=r["ahead"],
        window=r["window_no"],
        called_at=from_epoch(r["called_at"]),
        called_by=r["called_by"] or "",
        out_of_turn=bool(r["out_of_turn"]),
        reason=r["reason"] or "",
        served_at=from_epoch(r["served_at"]),
        contact_id=r["contact_id"] or "",
        skipped_at=from_epoch(r["skipped_at"]),
    )


class QueueBoard(ReadModel):
    name = "queue_board"
    tables = ("queue_days", "queue_tickets")
    schema = (
        """CREATE TABLE IF NOT EXISTS queue_days (
            queue_id TEXT PRIMARY KEY, day TEXT NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS queue_tickets (
            day TEXT NOT NULL, ticket TEXT NOT NULL, purpose TEXT NOT NULL, state TEXT NOT NULL,
            taken_at DOUBLE PRECISION NOT NULL, taken_by TEXT NOT NULL, ahead INTEGER NOT NULL,
            seq INTEGER NOT NULL, window_no INTEGER, called_at DOUBLE PRECISION,
            called_by TEXT, out_of_turn INTEGER NOT NULL, reason TEXT,
            served_at DOUBLE PRECISION, contact_id TEXT, skipped_at DOUBLE PRECISION,
            month TEXT NOT NULL, hour INTEGER NOT NULL, PRIMARY KEY (day, ticket))""",
        "CREATE INDEX IF NOT EXISTS queue_tickets_month ON queue_tickets (month, hour)",
        "CREATE INDEX IF NOT EXISTS queue_tickets_taken ON queue_tickets (taken_at)",
        "CREATE INDEX IF NOT EXISTS queue_tickets_state ON queue_tickets (day, state, seq)",
        "CREATE INDEX IF NOT EXISTS queue_tickets_contact ON queue_tickets (contact_id)",
    )

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    @apply.register
    def _opened(self, event: QueueDay.Opened, db: Db) -> None:
        db.execute(
            "INSERT INTO queue_days VALUES (:id, :day)",
            id=str(event.originator_id),
            day=iso_day(event.day),
        )

    def _update(self, db: Db, event: Any, assignments: str, **params: Any) -> None:
        db.execute(
            f"""UPDATE queue_tickets SET {assignments} WHERE ticket = :ticket
            AND day = (SELECT day FROM queue_days WHERE queue_id = :queue)""",
            ticket=event.ticket,
            queue=str(event.originator_id),
            **params,
        )

    @apply.register
    def _taken(self, event: QueueDay.TicketTaken, db: Db) -> None:
        db.execute(
            """INSERT INTO queue_tickets (day, ticket, purpose, state, taken_at, taken_by, ahead,
            seq, out_of_turn, month, hour) SELECT day, :ticket, :purpose, :state, :at, :operator,
            :ahead, :seq, 0, :month, :hour FROM queue_days WHERE queue_id = :queue""",
            queue=str(event.originator_id),
            ticket=event.ticket,
            purpose=event.purpose,
            state=TicketState.WAITING.value,
            at=epoch(event.timestamp),
            operator=event.operator,
            ahead=event.ahead,
            seq=event.originator_version,
            month=month_of(event.timestamp, self.zone),
            hour=local(event.timestamp, self.zone).hour,
        )

    @apply.register
    def _called(self, event: QueueDay.TicketCalled, db: Db) -> None:
        self._update(
            db,
            event,
            """state = :state, window_no = :window, called_at = :at, called_by = :operator,
            out_of_turn = :out_of_turn, reason = :reason""",
            state=TicketState.CALLED.value,
            window=event.window,
            at=epoch(event.timestamp),
            operator=event.operator,
            out_of_turn=1 if event.out_of_turn else 0,
            reason=event.reason,
        )

    @apply.register
    def _skipped(self, event: QueueDay.TicketSkipped, db: Db) -> None:
        self._update(
            db,
            event,
            "state = :state, skipped_at = :at",
            state=TicketState.SKIPPED.value,
            at=epoch(event.timestamp),
        )

    @apply.register
    def _served(self, event: QueueDay.TicketServed, db: Db) -> None:
        self._update(
            db,
            event,
            """state = :state, served_at = :at, contact_id = :contact,
            called_at = COALESCE(called_at, :at), called_by = COALESCE(called_by, :operator)""",
            state=TicketState.SERVED.value,
            at=epoch(event.timestamp),
            contact=event.contact_id,
            operator=event.operator,
        )

    # --- queries ------------------------------------------------------------------------

    def of_day(self, db: Db, day: date) -> list[TicketRow]:
        """Every ticket of a day, in the order they were taken."""
        rows = db.all(
            "SELECT * FROM queue_tickets WHERE day = :day ORDER BY seq", day=day.isoformat()
        )
        return [_row(r) for r in rows]

    def waiting(self, db: Db, day: date) -> list[TicketRow]:
        """Those still waiting, first come first."""
        rows = db.all(
            "SELECT * FROM queue_tickets WHERE day = :day AND state = :state ORDER BY seq",
            day=day.isoformat(),
            state=TicketState.WAITING.value,
        )
        return [_row(r) for r in rows]

    def get(self, db: Db, day: date, ticket: str) -> TicketRow | None:
        row = db.one(
            "SELECT * FROM queue_tickets WHERE day = :day AND ticket = :ticket",
            day=day.isoformat(),
            ticket=ticket,
        )
        return None if row is None else _row(row)

    def called(self, db: Db, day: date, limit: int = 6) -> list[TicketRow]:
        """The latest numbers called, the latest first (what the display shows)."""
        rows = db.all(
            """SELECT * FROM queue_tickets WHERE day = :day AND called_at IS NOT NULL
            ORDER BY called_at DESC, seq DESC LIMIT :limit""",
            day=day.isoformat(),
            limit=limit,
        )
        return [_row(r) for r in rows]

    def estimate(self, db: Db, day: date, now: datetime, ahead: int | None = None) -> WaitEstimate:
        """How long the next person (or one with `ahead` people before them) will wait: the
        people ahead times the day's typical time between calls at a window, shared by the
        windows calling within the hour."""
        if ahead is None:
            ahead = int(
                db.value(
                    "SELECT COUNT(*) FROM queue_tickets WHERE day = :day AND state = :state",
                    day=day.isoformat(),
                    state=TicketState.WAITING.value,
                )
                or 0
            )
        calls = db.all(
            """SELECT window_no, called_at FROM queue_tickets WHERE day = :day
            AND called_at IS NOT NULL AND window_no IS NOT NULL ORDER BY window_no, called_at""",
            day=day.isoformat(),
        )
        gaps: list[float] = []
        for previous, current in itertools.pairwise(calls):
            if previous["window_no"] == current["window_no"]:
                gap = (current["called_at"] - previous["called_at"]) / 60
                if 0 < gap < 60:  # a gap over an hour is a break, not a person served
                    gaps.append(gap)
        per_person = statistics.median(gaps) if gaps else DEFAULT_SERVICE_MINUTES
        since = epoch(now - ACTIVE_WINDOW)
        windows = len({c["window_no"] for c in calls if c["called_at"] >= (since or 0)}) or 1
        minutes = math.ceil(ahead * per_person / windows) if ahead else 0
        return WaitEstimate(ahead, minutes, windows, round(per_person, 1))
