"""Activity roll: the community calendar, who registered, who came (walk-ins too), and the
places left."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from eventsourcing.dispatch import singledispatchmethod

from domain.activities import Activity
from domain.clock import DEFAULT_TIMEZONE, month_of
from projections.base import ReadModel, epoch, from_epoch
from projections.store import Db


@dataclass(frozen=True)
class ActivityRow:
    activity_id: str
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    month: str
    place: str
    capacity: int
    registered_households: int
    registered_headcount: int
    places_left: int
    attended_households: int
    attended_headcount: int
    walk_ins: int
    cancelled: bool
    cancel_reason: str
    planned_at: datetime
    planned_by: str


@dataclass(frozen=True)
class ActivityHousehold:
    """One household's registration and attendance for one activity."""

    activity_id: str
    household_id: str
    registered: bool
    registered_headcount: int | None
    registered_at: datetime | None
    registration_cancelled_at: datetime | None
    cancel_reason: str
    attended: bool
    attended_headcount: int | None
    attended_at: datetime | None
    walk_in: bool


@dataclass(frozen=True)
class ActivityDetail:
    activity: ActivityRow
    registrations: list[ActivityHousehold]
    attendance: list[ActivityHousehold]


@dataclass(frozen=True)
class AttendedActivity:
    """An activity a household came to, for its resident file."""

    activity_id: str
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    place: str
    headcount: int
    walk_in: bool


def _row(row: dict[str, Any]) -> ActivityRow:
    return ActivityRow(
        activity_id=row["activity_id"],
        title=row["title"],
        kind=row["kind"],
        starts_at=from_epoch(row["starts_at"]),
        ends_at=from_epoch(row["ends_at"]),
        month=row["month"],
        place=row["place"],
        capacity=row["capacity"],
        registered_households=row["registered_households"],
        registered_headcount=row["registered_headcount"],
        places_left=row["capacity"] - row["registered_headcount"],
        attended_households=row["attended_households"],
        attended_headcount=row["attended_headcount"],
        walk_ins=row["walk_ins"],
        cancelled=row["cancelled_at"] is not None,
        cancel_reason=row["cancel_reason"] or "",
        planned_at=from_epoch(row["planned_at"]),
        planned_by=row["planned_by"],
    )


def _household(row: dict[str, Any]) -> ActivityHousehold:
    return ActivityHousehold(
        activity_id=row["activity_id"],
        household_id=row["household_id"],
        registered=row["registered_headcount"] is not None,
        registered_headcount=row["registered_headcount"],
        registered_at=from_epoch(row["registered_at"]),
        registration_cancelled_at=from_epoch(row["cancelled_at"]),
        cancel_reason=row["cancel_reason"] or "",
        attended=row["attended_headcount"] is not None,
        attended_headcount=row["attended_headcount"],
        attended_at=from_epoch(row["attended_at"]),
        walk_in=bool(row["walk_in"]),
    )


class ActivityRoll(ReadModel):
    name = "activity_roll"
    zone = DEFAULT_TIMEZONE
    tables = ("activities", "activity_households")
    schema = (
        """CREATE TABLE IF NOT EXISTS activities (
            activity_id TEXT PRIMARY KEY, title TEXT NOT NULL, kind TEXT NOT NULL,
            starts_at DOUBLE PRECISION NOT NULL, ends_at DOUBLE PRECISION NOT NULL,
            month TEXT NOT NULL, place TEXT NOT NULL, capacity INTEGER NOT NULL,
            registered_households INTEGER NOT NULL, registered_headcount INTEGER NOT NULL,
            attended_households INTEGER NOT NULL, attended_headcount INTEGER NOT NULL,
            walk_ins INTEGER NOT NULL, cancel_reason TEXT, cancelled_at DOUBLE PRECISION,
            planned_at DOUBLE PRECISION NOT NULL, planned_by TEXT NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS activities_starts ON activities (starts_at)",
        "CREATE INDEX IF NOT EXISTS activities_ends ON activities (ends_at)",
        "CREATE INDEX IF NOT EXISTS activities_month ON activities (month)",
        """CREATE TABLE IF NOT EXISTS activity_households (
            activity_id TEXT NOT NULL, household_id TEXT NOT NULL,
            registered_headcount INTEGER, registered_at DOUBLE PRECISION,
            cancelled_at DOUBLE PRECISION, cancel_reason TEXT, attended_headcount INTEGER,
            attended_at DOUBLE PRECISION, walk_in INTEGER NOT NULL,
            PRIMARY KEY (activity_id, household_id))""",
        """CREATE INDEX IF NOT EXISTS activity_households_household
            ON activity_households (household_id)""",
    )

    # --- handlers -----------------------------------------------------------------------

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    @apply.register
    def _planned(self, event: Activity.Planned, db: Db) -> None:
        db.execute(
            """INSERT INTO activities VALUES (:id, :title, :kind, :starts, :ends, :month, :place,
            :capacity, 0, 0, 0, 0, 0, NULL, NULL, :at, :operator)""",
            id=str(event.originator_id),
            title=event.title,
            kind=event.kind,
            starts=epoch(event.starts_at),
            ends=epoch(event.ends_at),
            month=month_of(event.starts_at, self.zone),
            place=event.place,
            capacity=event.capacity,
            at=epoch(event.timestamp),
            operator=event.operator,
        )

    def _recount(self, db: Db, activity_id: str) -> None:
        """The activity's totals, counted again from its households' rows."""
        # One pass over its households (five, one a total, took 0.5 ms a registration).
        db.execute(
            """UPDATE activities SET (registered_households, registered_headcount,
            attended_households, attended_headcount, walk_ins) = (
                SELECT COUNT(registered_headcount), COALESCE(SUM(registered_headcount), 0),
                COUNT(attended_headcount), COALESCE(SUM(attended_headcount), 0),
                COUNT(CASE WHEN walk_in = 1 THEN attended_headcount END)
                FROM activity_households WHERE activity_id = :id)
            WHERE activity_id = :id""",
            id=activity_id,
        )

    @apply.register
    def _registered(self, event: Activity.HouseholdRegistered, db: Db) -> None:
        activity_id = str(event.originator_id)
        db.execute(
            """INSERT INTO activity_households VALUES (:id, :household, :headcount, :at, NULL,
            NULL, NULL, NULL, 0)
            ON CONFLICT (activity_id, household_id) DO UPDATE SET
            registered_headcount = excluded.registered_headcount,
            registered_at = excluded.registered_at, cancelled_at = NULL, cancel_reason = NULL""",
            id=activity_id,
            household=event.household_id,
            headcount=event.headcount,
            at=epoch(event.timestamp),
        )
        self._recount(db, activity_id)

    @apply.register
    def _registration_cancelled(self, event: Activity.RegistrationCancelled, db: Db) -> None:
        activity_id = str(event.originator_id)
        db.execute(
            """UPDATE activity_households SET registered_headcount = NULL, cancelled_at = :at,
            cancel_reason = :reason WHERE activity_id = :id AND household_id = :household""",
            id=activity_id,
            household=event.household_id,
            at=epoch(event.timestamp),
            reason=event.reason,
        )
        self._recount(db, activity_id)

    @apply.register
    def _attended(self, event: Activity.AttendanceRecorded, db: Db) -> None:
        activity_id = str(event.originator_id)
        db.execute(
            """INSERT INTO activity_households VALUES (:id, :household, NULL, NULL, NULL, NULL,
            :headcount, :at, :walk_in)
            ON CONFLICT (activity_id, household_id) DO UPDATE SET
            attended_headcount = excluded.attended_headcount,
            attended_at = excluded.attended_at, walk_in = excluded.walk_in""",
            id=activity_id,
            household=event.household_id,
            headcount=event.headcount,
            at=epoch(event.timestamp),
            walk_in=0 if event.registered else 1,
        )
        self._recount(db, activity_id)

    @apply.register
    def _cancelled(self, event: Activity.Cancelled, db: Db) -> None:
        db.execute(
            """UPDATE activities SET cancel_reason = :reason, cancelled_at = :at
            WHERE activity_id = :id""",
            id=str(event.originator_id),
            reason=event.reason,
            at=epoch(event.timestamp),
        )

    # --- queries ------------------------------------------------------------------------

    def upcoming(self, db: Db, now: datetime) -> list[ActivityRow]:
        """Activities not cancelled and not over yet (under way or still to come)."""
        rows = db.all(
            """SELECT * FROM activities WHERE ends_at > :now AND cancelled_at IS NULL
            ORDER BY starts_at""",
            now=epoch(now),
        )
        return [_row(r) for r in rows]

    def on_day(self, db: Db, day: date, zone: ZoneInfo) -> list[ActivityRow]:
        """Activities taking place on a local day, cancelled ones included."""
        start = datetime.combine(day, datetime.min.time(), zone)
        end = datetime.combine(day + timedelta(days=1), datetime.min.time(), zone)
        rows = db.all(
            """SELECT * FROM activities WHERE starts_at < :end AND ends_at > :start
            ORDER BY starts_at""",
            start=epoch(start),
            end=epoch(end),
        )
        return [_row(r) for r in rows]

    def all(self, db: Db) -> list[ActivityRow]:
        return [_row(r) for r in db.all("SELECT * FROM activities ORDER BY starts_at")]

    def get(self, db: Db, activity_id: str) -> ActivityDetail | None:
        row = db.one("SELECT * FROM activities WHERE activity_id = :id", id=activity_id)
        if row is None:
            return None
        households = [
            _household(r)
            for r in db.all(
                """SELECT * FROM activity_households WHERE activity_id = :id
                ORDER BY COALESCE(registered_at, attended_at), household_id""",
                id=activity_id,
            )
        ]
        return ActivityDetail(
            activity=_row(row),
            registrations=[h for h in households if h.registered],
            attendance=sorted(
                (h for h in households if h.attended),
                key=lambda h: (h.attended_at, h.household_id),
            ),
        )

    def for_household(self, db: Db, household_id: str) -> list[AttendedActivity]:
        """The activities a household came to, the latest first."""
        rows = db.all(
            """SELECT a.activity_id, a.title, a.kind, a.starts_at, a.ends_at, a.place,
            h.attended_headcount, h.walk_in
            FROM activity_households h JOIN activities a ON a.activity_id = h.activity_id
            WHERE h.household_id = :household AND h.attended_headcount IS NOT NULL
            ORDER BY a.starts_at DESC""",
            household=household_id,
        )
        return [
            AttendedActivity(
                activity_id=r["activity_id"],
                title=r["title"],
                kind=r["kind"],
                starts_at=from_epoch(r["starts_at"]),
                ends_at=from_epoch(r["ends_at"]),
                place=r["place"],
                headcount=r["attended_headcount"],
                walk_in=bool(r["walk_in"]),
            )
            for r in rows
        ]

    def places_left(self, db: Db, activity_id: str) -> int | None:
        return db.value(
            """SELECT capacity - registered_headcount FROM activities
            WHERE activity_id = :id""",
            id=activity_id,
        )
