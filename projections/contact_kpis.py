"""The counter's KPIs, measured on contacts: first response from a contact's opening (or its
queue ticket's issue), first-contact resolution, queue waits, calls received and the share
answered, and the hours the counter and the phone are busiest.

Reads the contact log's `contacts`, the queue board's `queue_tickets` and the incident
board's `incidents` tables at query time."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from domain.contacts import FCR_DAYS, RESOLVING
from projections.store import Db

FCR_SECONDS = FCR_DAYS * 24 * 3600
_RESOLVING = ", ".join(f"'{o.value}'" for o in sorted(RESOLVING))

# A contact resolved at its first contact: settled there (answered, visitor registered), and
# neither the same flat nor the same phone came back, nor was a case reported for the flat,
# within FCR_DAYS of it.
_CAME_BACK = f"""r.contact_id <> c.contact_id AND r.outcome <> 'missed_call'
        AND r.started_at > c.started_at AND r.started_at <= c.started_at + {FCR_SECONDS}"""
# Three lookups, each by its own index (by flat or phone, then time): one search with OR
# between them read every contact the flat ever had, for every contact measured.
_REPEATED = f"""(EXISTS (SELECT 1 FROM contacts r WHERE c.unit <> '' AND r.unit = c.unit
        AND {_CAME_BACK})
    OR EXISTS (SELECT 1 FROM contacts r WHERE c.phone_key <> '' AND r.phone_key = c.phone_key
        AND {_CAME_BACK})
    OR EXISTS (SELECT 1 FROM incidents i WHERE c.unit <> '' AND i.unit = c.unit
        AND i.reported_at > c.started_at AND i.reported_at <= c.started_at + {FCR_SECONDS}))"""

CONTACT_TOTALS = f"""
    SUM(CASE WHEN outcome NOT IN ('missed_call', 'open') THEN 1 ELSE 0 END) AS closed,
    SUM(CASE WHEN outcome IN ({_RESOLVING}) AND NOT {_REPEATED} THEN 1 ELSE 0 END)
        AS first_contact,
    COUNT(first_response_at) AS responded,
    SUM(CASE WHEN first_response_at IS NOT NULL THEN first_response_at - started_at ELSE 0 END)
        AS response_seconds,
    SUM(CASE WHEN channel = 'phone' THEN 1 ELSE 0 END) AS calls,
    SUM(CASE WHEN outcome = 'missed_call' THEN 1 ELSE 0 END) AS missed"""


@dataclass(frozen=True)
class ContactTotals:
    closed: int
    first_contact: int
    responded: int
    response_seconds: float
    calls: int
    missed: int
    waits: list[float] = field(default_factory=list)  # minutes from ticket to call

    @property
    def frt_minutes(self) -> float | None:
        return self.response_seconds / self.responded / 60 if self.responded else None

    @property
    def fcr_percent(self) -> float | None:
        return 100.0 * self.first_contact / self.closed if self.closed else None

    @property
    def answered(self) -> int:
        return self.calls - self.missed

    @property
    def answer_rate(self) -> float | None:
        return 100.0 * self.answered / self.calls if self.calls else None

    @property
    def wait_median(self) -> float | None:
        return statistics.median(self.waits) if self.waits else None

    @property
    def wait_p90(self) -> float | None:
        return percentile(self.waits, 90)


def percentile(values: list[float], p: int) -> float | None:
    """The p-th percentile (nearest rank) of the values, or None when there are none."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-p * len(ordered) // 100))
    return ordered[rank - 1]


def _totals(row: dict[str, Any] | None, waits: list[float]) -> ContactTotals:
    r = row or {}
    return ContactTotals(
        closed=int(r.get("closed") or 0),
        first_contact=int(r.get("first_contact") or 0),
        responded=int(r.get("responded") or 0),
        response_seconds=float(r.get("response_seconds") or 0),
        calls=int(r.get("calls") or 0),
        missed=int(r.get("missed") or 0),
        waits=waits,
    )


# A ticket waited until it was called, or until the desk recorded that its holder had left:
# those who gave up waiting count, and they are often the ones who waited longest.
WAITED = "COALESCE(called_at, skipped_at) - taken_at"


def months_within(
    month: str | None, since: str | None, column: str = "month"
) -> tuple[str, dict[str, str]]:
    """The SQL condition on a month column for one month, the months from `since` through
    `month`, or every month (no condition), and its parameters."""
    if month is None:
        return "", {}
    if since is None:
        return f"{column} = :month", {"month": month}
    return f"{column} BETWEEN :since AND :month", {"month": month, "since": since}


def month_totals(
    db: Db, month: str | None = None, since: str | None = None
) -> dict[str, ContactTotals]:
    """The contact totals of one month, of each month from `since` through `month`, or of
    every month with contacts."""
    within, params = months_within(month, since)
    where = f"WHERE c.{within}" if within else ""
    rows = db.all(
        f"SELECT c.month, {CONTACT_TOTALS} FROM contacts c {where} GROUP BY c.month", **params
    )
    waits: dict[str, list[float]] = defaultdict(list)
    for w in db.all(
        f"""SELECT month, {WAITED} AS waited FROM queue_tickets
        WHERE COALESCE(called_at, skipped_at) IS NOT NULL {"AND " + within if within else ""}""",
        **params,
    ):
        waits[w["month"]].append(float(w["waited"]) / 60)
    by_month = {r["month"]: r for r in rows}
    return {m: _totals(by_month.get(m), waits[m]) for m in sorted(set(by_month) | set(waits))}


def between(db: Db, start: float, end: float) -> ContactTotals:
    """The contact totals of a period (UTC seconds), e.g. one day."""
    row = db.one(
        f"""SELECT {CONTACT_TOTALS} FROM contacts c
        WHERE c.started_at >= :start AND c.started_at < :end""",
        start=start,
        end=end,
    )
    waits = [
        float(w["waited"]) / 60
        for w in db.all(
            f"""SELECT {WAITED} AS waited FROM queue_tickets
            WHERE taken_at >= :start AND taken_at < :end
            AND COALESCE(called_at, skipped_at) IS NOT NULL""",
            start=start,
            end=end,
        )
    ]
    return _totals(row, waits)


@dataclass(frozen=True)
class HourWaits:
    hour: int
    tickets: int
    median: float
    p90: float


def waits_by_hour(db: Db, month: str) -> list[HourWaits]:
    """Queue waits (minutes) of a month, by the local hour the ticket was taken; a holder who
    left counts with the time they waited."""
    by_hour: dict[int, list[float]] = defaultdict(list)
    for w in db.all(
        f"""SELECT hour, {WAITED} AS waited FROM queue_tickets WHERE month = :month
        AND COALESCE(called_at, skipped_at) IS NOT NULL""",
        month=month,
    ):
        by_hour[int(w["hour"])].append(float(w["waited"]) / 60)
    return [
        HourWaits(hour, len(v), statistics.median(v), percentile(v, 90) or 0.0)
        for hour, v in sorted(by_hour.items())
    ]


def peak_hours(db: Db, month: str) -> dict[tuple[int, int], int]:
    """Contacts and calls (missed ones too) of a month by (weekday 0=Monday, local hour)."""
    return {
        (int(r["weekday"]), int(r["hour"])): int(r["n"])
        for r in db.all(
            """SELECT weekday, hour, COUNT(*) AS n FROM contacts WHERE month = :month
            GROUP BY weekday, hour""",
            month=month,
        )
    }
