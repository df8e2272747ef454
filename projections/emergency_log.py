"""Emergency log: every emergency with its full timeline, its times against the deadlines,
and the roll call of visitors on site at the moment it was reported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventsourcing.dispatch import singledispatchmethod

from domain.incidents import Incident, IncidentKind
from domain.personal_data import ERASED
from domain.visitors import VisitorPass
from projections.base import ReadModel, epoch, from_epoch
from projections.incident_board import IncidentBoard, IncidentRow, TimelineEntry
from projections.store import Db


@dataclass(frozen=True)
class OnSite:
    name: str
    id_masked: str
    host_unit: str
    kind: str
    checked_in_at: datetime


@dataclass(frozen=True)
class EmergencyRow:
    incident: IncidentRow
    timeline: list[TimelineEntry]
    roll_call: list[OnSite]


class EmergencyLog(ReadModel):
    """Reads the incident board's rows; keeps the roll call frozen at the moment of report."""

    name = "emergency_log"
    tables = ("emergency_roll_call",)
    schema = (
        """CREATE TABLE IF NOT EXISTS emergency_roll_call (
            incident_id TEXT NOT NULL, pass_id TEXT NOT NULL, name TEXT NOT NULL,
            id_masked TEXT NOT NULL, host_unit TEXT NOT NULL, kind TEXT NOT NULL,
            checked_in_at DOUBLE PRECISION NOT NULL, PRIMARY KEY (incident_id, pass_id))""",
    )
    # A visitor forgotten is found in every roll call by the pass.
    lookups = (
        "CREATE INDEX IF NOT EXISTS emergency_roll_call_pass ON emergency_roll_call (pass_id)",
    )
    forgets_by = ("emergency_roll_call_pass",)
    applies_by = ("visitor_passes_state",)  # the visitor log's: who is on site (`_reported`)

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    @apply.register
    def _reported(self, event: Incident.Reported, db: Db) -> None:
        if event.kind != IncidentKind.EMERGENCY:
            return
        # The visitor log has already applied every earlier event: this is who was on site.
        db.execute(
            """INSERT INTO emergency_roll_call
            SELECT :id, pass_id, name, id_masked, host_unit, kind, checked_in_at
            FROM visitor_passes WHERE state = 'on_site'""",
            id=str(event.originator_id),
        )

    @apply.register
    def _visitor_forgotten(self, event: VisitorPass.PersonalDataErased, db: Db) -> None:
        self.forget(
            db,
            "emergency_roll_call",
            "name = :gone, id_masked = :gone",
            "pass_id = :id",
            gone=ERASED,
            id=str(event.originator_id),
        )

    def emergencies(
        self,
        db: Db,
        now: datetime,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> list[EmergencyRow]:
        board = IncidentBoard(self.view)
        board.vault, board.zone = self.vault, self.zone
        rows = db.all(
            """SELECT incident_id FROM incidents WHERE kind = 'emergency'
            AND reported_at >= :start AND reported_at < :end ORDER BY reported_at""",
            start=epoch(start) if start else float("-inf"),
            end=epoch(end) if end else float("inf"),
        )
        found = []
        for row in rows:
            incident = board.get(db, row["incident_id"], now)
            assert incident is not None
            roll = db.all(
                """SELECT * FROM emergency_roll_call WHERE incident_id = :id
                ORDER BY host_unit, checked_in_at""",
                id=row["incident_id"],
            )
            found.append(
                EmergencyRow(
                    incident=incident,
                    timeline=board.timeline(db, row["incident_id"]),
                    roll_call=[
                        OnSite(
                            self.opened(r["pass_id"], r["name"]),
                            self.opened(r["pass_id"], r["id_masked"]),
                            r["host_unit"],
                            r["kind"],
                            from_epoch(r["checked_in_at"]),
                        )
                        for r in roll
                    ],
                )
            )
        return found
