"""Incident board: every repair, complaint and emergency with its deadlines, time left,
time on hold, breaches and callbacks due; and each incident's timeline."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from eventsourcing.dispatch import singledispatchmethod

from domain.clock import month_of
from domain.households import Household
from domain.incidents import Incident
from domain.personal_data import ERASED
from domain.values import UnitNumber
from projections.base import ReadModel, epoch, from_epoch
from projections.incident_rows import IncidentRow, TimelineEntry, incident_row
from projections.store import Db

# What somebody said or typed, sealed with the incident's key (see domain/personal_data.py).
SEALED_COLUMNS = ("description", "reporter", "reporter_phone")


# Closed, reported by nobody's household, not forgotten yet: the retention rule's search, by a
# partial index (a literal: it is used only for its own terms).
CLOSED_REMEMBERED = (
    f"state = 'closed' AND COALESCE(reporter_household_id, '') = '' "
    f"AND '{ERASED}' NOT IN (reporter, description, reporter_phone)"
)


class IncidentBoard(ReadModel):
    name = "incident_board"
    tables = ("incidents", "incident_timeline")
    schema = (
        """CREATE TABLE IF NOT EXISTS incidents (
            incident_id TEXT PRIMARY KEY, ticket TEXT NOT NULL, kind TEXT NOT NULL,
            category TEXT NOT NULL, severity TEXT NOT NULL, location TEXT NOT NULL,
            unit TEXT NOT NULL, building INTEGER, description TEXT NOT NULL,
            reporter TEXT NOT NULL, channel TEXT NOT NULL, state TEXT NOT NULL,
            level INTEGER NOT NULL, assignee TEXT, reported_at DOUBLE PRECISION NOT NULL,
            reported_by TEXT NOT NULL, month TEXT NOT NULL, respond_by DOUBLE PRECISION NOT NULL,
            resolve_by DOUBLE PRECISION NOT NULL, responded_at DOUBLE PRECISION,
            resolved_at DOUBLE PRECISION, first_contact INTEGER, within_deadline INTEGER,
            held_since DOUBLE PRECISION, state_before_hold TEXT,
            seconds_on_hold DOUBLE PRECISION NOT NULL,
            callback_due DOUBLE PRECISION, callback_at DOUBLE PRECISION, satisfaction INTEGER,
            callback_on_time INTEGER, closed_at DOUBLE PRECISION, reopened INTEGER NOT NULL,
            reporter_phone TEXT, reporter_household_id TEXT)""",
        "CREATE UNIQUE INDEX IF NOT EXISTS incidents_ticket ON incidents (ticket)",
        "CREATE INDEX IF NOT EXISTS incidents_open ON incidents (state, resolve_by)",
        "CREATE INDEX IF NOT EXISTS incidents_kind ON incidents (kind, reported_at)",
        "CREATE INDEX IF NOT EXISTS incidents_unit ON incidents (unit, reported_at)",
        "CREATE INDEX IF NOT EXISTS incidents_month ON incidents (month)",
        "CREATE INDEX IF NOT EXISTS incidents_reporter ON incidents (reporter_household_id)",
        # Today's follow-up calls due: the few not called back, not every closed incident.
        "CREATE INDEX IF NOT EXISTS incidents_callbacks ON incidents (callback_at, callback_due)",
        "CREATE INDEX IF NOT EXISTS incidents_remembered ON incidents (state, closed_at) "
        f"WHERE {CLOSED_REMEMBERED}",
        """CREATE TABLE IF NOT EXISTS incident_timeline (
            incident_id TEXT NOT NULL, step_no INTEGER NOT NULL, at DOUBLE PRECISION NOT NULL,
            operator TEXT NOT NULL, desk TEXT NOT NULL, step TEXT NOT NULL,
            detail TEXT NOT NULL, PRIMARY KEY (incident_id, step_no))""",
    )
    forgets_by = ("incidents_reporter",)

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    def _step(self, db: Db, event: Any, detail: str = "", said: bool = True) -> None:
        """`said`: the detail is what somebody said or typed (sealed with the incident's
        text), not a name of staff or a duration."""
        incident = str(event.originator_id)
        db.execute(
            """INSERT INTO incident_timeline
            VALUES (:id, :no, :at, :operator, :desk, :step, :detail)""",
            id=str(event.originator_id),
            no=event.originator_version,
            at=epoch(event.timestamp),
            operator=event.operator,
            desk=event.desk,
            step=type(event).__name__,
            detail=self.sealed_if_kept(incident, detail) if said else detail,
        )

    def _set(self, db: Db, event: Any, assignments: str, **params: Any) -> None:
        self.update_record(db, "incidents", "incident_id", event, assignments, **params)

    @apply.register
    def _reported(self, event: Incident.Reported, db: Db) -> None:
        building = UnitNumber.parse(event.unit).building if event.unit else None
        incident = str(event.originator_id)
        db.execute(
            """INSERT INTO incidents VALUES (:id, :ticket, :kind, :category, :severity, :location,
            :unit, :building, :description, :reporter, :channel, 'reported', 1, NULL, :at,
            :operator, :month, :respond_by, :resolve_by, NULL, NULL, NULL, NULL, NULL, NULL,
            0, NULL, NULL, NULL, NULL, NULL, 0, :phone, :household)""",
            id=str(event.originator_id),
            ticket=event.ticket,
            kind=event.kind,
            category=event.category,
            severity=event.severity,
            location=event.location,
            unit=event.unit,
            building=building,
            description=self.sealed_if_kept(incident, event.description),
            reporter=self.sealed_if_kept(incident, event.reporter),
            phone=self.sealed_if_kept(incident, event.reporter_phone),
            household=event.reporter_household_id,
            channel=event.channel,
            at=epoch(event.timestamp),
            operator=event.operator,
            month=month_of(event.timestamp, self.zone),
            respond_by=epoch(event.respond_by),
            resolve_by=epoch(event.resolve_by),
        )
        self._step(db, event, event.description)

    @apply.register
    def _acknowledged(self, event: Incident.Acknowledged, db: Db) -> None:
        self._set(
            db,
            event,
            "state = 'acknowledged', responded_at = COALESCE(responded_at, :at)",
            at=epoch(event.at),
        )
        self._step(db, event)

    @apply.register
    def _dispatched(self, event: Incident.Dispatched, db: Db) -> None:
        self._set(
            db,
            event,
            "state = 'dispatched', assignee = :who, responded_at = COALESCE(responded_at, :at)",
            who=event.assignee,
            at=epoch(event.at),
        )
        self._step(db, event, event.assignee, said=False)

    @apply.register
    def _logged(self, event: Incident.ActionLogged, db: Db) -> None:
        self._step(db, event, event.note)

    @apply.register
    def _escalated(self, event: Incident.Escalated, db: Db) -> None:
        self._set(db, event, "level = :level", level=event.level)
        self._step(db, event, f"{event.level}: {event.reason}")

    @apply.register
    def _held(self, event: Incident.PutOnHold, db: Db) -> None:
        self._set(
            db,
            event,
            "state_before_hold = state, state = 'on_hold', held_since = :at",
            at=epoch(event.at),
        )
        self._step(db, event, event.reason)

    @apply.register
    def _resumed(self, event: Incident.Resumed, db: Db) -> None:
        self._set(
            db,
            event,
            """state = state_before_hold, state_before_hold = NULL, held_since = NULL,
            seconds_on_hold = seconds_on_hold + :held, respond_by = :respond_by,
            resolve_by = :resolve_by""",
            held=event.held_for_seconds,
            respond_by=epoch(event.respond_by),
            resolve_by=epoch(event.resolve_by),
        )
        self._step(db, event, str(timedelta(seconds=event.held_for_seconds)), said=False)

    @apply.register
    def _resolved(self, event: Incident.Resolved, db: Db) -> None:
        self._set(
            db,
            event,
            """state = 'resolved', resolved_at = :at, responded_at = COALESCE(responded_at, :at),
            first_contact = :fcr, within_deadline = :ok, callback_due = :due,
            satisfaction = NULL, callback_at = NULL, callback_on_time = NULL""",
            at=epoch(event.at),
            fcr=int(event.first_contact),
            ok=int(event.within_deadline),
            due=epoch(event.callback_due),
        )
        self._step(db, event, event.resolution)

    @apply.register
    def _callback(self, event: Incident.CallbackRecorded, db: Db) -> None:
        self._set(
            db,
            event,
            "satisfaction = :score, callback_at = :at, callback_on_time = :on_time",
            score=event.satisfaction,
            at=epoch(event.timestamp),
            on_time=int(event.on_time),
        )
        self._step(db, event, f"{event.satisfaction}/5 {event.comment}".strip())

    @apply.register
    def _reopened(self, event: Incident.Reopened, db: Db) -> None:
        self._set(
            db,
            event,
            """state = CASE WHEN assignee IS NULL THEN 'acknowledged' ELSE 'dispatched' END,
            resolve_by = :resolve_by, resolved_at = NULL, within_deadline = NULL,
            first_contact = NULL, satisfaction = NULL, callback_due = NULL,
            callback_at = NULL, callback_on_time = NULL, closed_at = NULL,
            reopened = reopened + 1""",
            resolve_by=epoch(event.resolve_by),
        )
        self._step(db, event, event.reason)

    @apply.register
    def _closed(self, event: Incident.Closed, db: Db) -> None:
        self._set(db, event, "state = 'closed', closed_at = :at", at=epoch(event.timestamp))
        self._step(db, event)

    @apply.register
    def _reporter_forgotten(self, event: Household.PersonalDataErased, db: Db) -> None:
        """The household's key wrapped its incidents' keys: what they said cannot be
        opened any more. Their rows say so too (now and in their past), so that a desk
        still holding such a key in memory shows them erased like a rebuild would."""
        self._erase_said(db, "reporter_household_id = :id", str(event.originator_id))

    @apply.register
    def _incident_forgotten(self, event: Incident.PersonalDataErased, db: Db) -> None:
        """A closed ticket's reporter, who was nobody's household, forgotten after the
        retention period: the same as a household's tickets, for this one."""
        self._erase_said(db, "incident_id = :id", str(event.originator_id))

    def _erase_said(self, db: Db, where: str, record: str) -> None:
        self.forget_columns(db, "incidents", SEALED_COLUMNS, where, id=record)
        self.forget_columns(
            db,
            "incident_timeline",
            ("detail",),
            f"""step NOT IN ('Dispatched', 'Resumed') AND incident_id IN
            (SELECT incident_id FROM incidents WHERE {where})""",
            id=record,
        )

    def forgettable(self, db: Db, closed_before: datetime, limit: int = 1000) -> list[str]:
        """Closed tickets whose reporter is nobody's household and not yet forgotten (the
        domain checks each again before forgetting)."""
        rows = db.all(
            f"""SELECT incident_id FROM incidents WHERE {CLOSED_REMEMBERED}
            AND closed_at < :before
            AND (reporter <> '' OR description <> '' OR reporter_phone <> '')
            ORDER BY closed_at LIMIT :limit""",
            before=epoch(closed_before),
            limit=limit,
        )
        return [r["incident_id"] for r in rows]

    # --- queries ------------------------------------------------------------------------

    def _row(self, row: dict[str, Any], now: datetime) -> IncidentRow:
        incident = row["incident_id"]
        said = {c: self.opened(incident, row[c] or "") for c in SEALED_COLUMNS}
        return incident_row({**row, **said}, now)

    def _rows(self, rows: list[dict[str, Any]], now: datetime) -> list[IncidentRow]:
        self.opening(rows, "incident_id")
        return [self._row(r, now) for r in rows]

    def open(self, db: Db, now: datetime) -> list[IncidentRow]:
        """Open incidents: unacknowledged emergencies pinned first (least time to respond
        first), then the one with the least time left."""
        rows = db.all(
            """SELECT * FROM incidents WHERE state IN ('reported', 'acknowledged', 'dispatched',
            'on_hold') ORDER BY resolve_by""",
        )
        return sorted(
            self._rows(rows, now),
            key=lambda r: (not r.urgent, r.countdown or timedelta()),
        )

    def awaiting_response(self, db: Db, now: datetime) -> list[IncidentRow]:
        """Emergencies nobody has acknowledged yet, the first reported first."""
        rows = db.all(
            """SELECT * FROM incidents WHERE kind = 'emergency' AND responded_at IS NULL
            AND state IN ('reported', 'acknowledged', 'dispatched', 'on_hold')
            ORDER BY reported_at""",
        )
        return self._rows(rows, now)

    def breached(self, db: Db, now: datetime) -> list[IncidentRow]:
        rows = db.all(
            """SELECT * FROM incidents WHERE (responded_at IS NULL AND respond_by < :now)
            OR responded_at > respond_by OR within_deadline = 0
            OR (state IN ('reported', 'acknowledged', 'dispatched') AND resolve_by < :now)
            OR (state = 'on_hold' AND resolve_by < held_since)
            ORDER BY reported_at DESC""",
            now=epoch(now),
        )
        return [r for r in self._rows(rows, now) if r.response_breached or r.resolution_breached]

    def callbacks_due(self, db: Db, now: datetime) -> list[IncidentRow]:
        rows = db.all(
            """SELECT * FROM incidents WHERE state IN ('resolved', 'closed')
            AND callback_at IS NULL ORDER BY callback_due""",
        )
        return self._rows(rows, now)

    def all(self, db: Db, now: datetime, limit: int = 1000) -> list[IncidentRow]:
        rows = db.all("SELECT * FROM incidents ORDER BY reported_at DESC LIMIT :n", n=limit)
        return self._rows(rows, now)

    def for_unit(self, db: Db, unit: str, now: datetime) -> list[IncidentRow]:
        rows = db.all(
            "SELECT * FROM incidents WHERE unit = :unit ORDER BY reported_at DESC", unit=unit
        )
        return self._rows(rows, now)

    def get(self, db: Db, ref: str, now: datetime) -> IncidentRow | None:
        row = db.one("SELECT * FROM incidents WHERE incident_id = :ref OR ticket = :ref", ref=ref)
        return None if row is None else self._row(row, now)

    def timeline(self, db: Db, incident_id: str) -> list[TimelineEntry]:
        rows = db.all(
            "SELECT * FROM incident_timeline WHERE incident_id = :id ORDER BY step_no",
            id=incident_id,
        )
        return [
            TimelineEntry(
                from_epoch(r["at"]),
                r["operator"],
                r["desk"],
                r["step"],
                self.opened(incident_id, r["detail"]),
            )
            for r in rows
        ]
