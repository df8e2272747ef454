"""Standing instructions per flat, as the desk shows them wherever the flat is typed: those in
force today, and the ones that ended. The person and the note are kept sealed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from eventsourcing.dispatch import singledispatchmethod

from domain.households import Household
from domain.instructions import Instruction
from projections.base import ReadModel, epoch, from_epoch, iso_day
from projections.store import Db


@dataclass(frozen=True)
class InstructionRow:
    instruction_id: str
    unit: str
    kind: str
    person: str
    note: str
    until: date | None
    set_at: datetime
    set_by: str
    ended_at: datetime | None


class InstructionBook(ReadModel):
    name = "instruction_book"
    tables = ("instructions",)
    schema = (
        """CREATE TABLE IF NOT EXISTS instructions (
            instruction_id TEXT PRIMARY KEY, unit TEXT NOT NULL, household_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            person TEXT NOT NULL, note TEXT NOT NULL, until TEXT,
            set_at DOUBLE PRECISION NOT NULL, set_by TEXT NOT NULL,
            ended_at DOUBLE PRECISION)""",
        "CREATE INDEX IF NOT EXISTS instructions_unit ON instructions (unit, ended_at)",
        "CREATE INDEX IF NOT EXISTS instructions_household ON instructions (household_id)",
    )
    forgets_by = ("instructions_household",)

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    @apply.register
    def _set(self, event: Instruction.Set, db: Db) -> None:
        subject = str(event.originator_id)
        db.execute(
            """INSERT INTO instructions VALUES (:id, :unit, :household, :kind, :person, :note,
            :until, :at, :operator, NULL)""",
            id=subject,
            unit=str(event.unit),
            household=event.household_id,
            kind=event.kind,
            person=self.sealed(subject, event.person),
            note=self.sealed(subject, event.note),
            until=iso_day(event.until),
            at=epoch(event.timestamp),
            operator=event.operator,
        )

    @apply.register
    def _ended(self, event: Instruction.Ended, db: Db) -> None:
        self.update_record(
            db,
            "instructions",
            "instruction_id",
            event,
            "ended_at = :at",
            at=epoch(event.timestamp),
        )

    @apply.register
    def _moved_out(self, event: Household.MovedOut, db: Db) -> None:
        """A household's instructions end with its stay: the next one starts with none."""
        db.execute(
            """UPDATE instructions SET ended_at = :at WHERE household_id = :id
            AND ended_at IS NULL""",
            id=str(event.originator_id),
            at=epoch(event.timestamp),
        )

    @apply.register
    def _household_forgotten(self, event: Household.PersonalDataErased, db: Db) -> None:
        """The household's key wrapped its instructions' keys: who and why cannot be read."""
        self.forget_columns(
            db,
            "instructions",
            ("person", "note"),
            "household_id = :id",
            id=str(event.originator_id),
        )

    # --- queries ------------------------------------------------------------------------

    def _rows(self, rows: list[dict[str, Any]]) -> list[InstructionRow]:
        self.opening(rows, "instruction_id")
        return [
            InstructionRow(
                instruction_id=r["instruction_id"],
                unit=r["unit"],
                kind=r["kind"],
                person=self.opened(r["instruction_id"], r["person"]),
                note=self.opened(r["instruction_id"], r["note"]),
                until=date.fromisoformat(r["until"]) if r["until"] else None,
                set_at=from_epoch(r["set_at"]),
                set_by=r["set_by"],
                ended_at=from_epoch(r["ended_at"]),
            )
            for r in rows
        ]

    def in_force(self, db: Db, today: date, unit: str = "") -> list[InstructionRow]:
        """Instructions in force today (for one flat when `unit` is given)."""
        rows = db.all(
            f"""SELECT * FROM instructions WHERE ended_at IS NULL
            AND (until IS NULL OR until >= :today) {"AND unit = :unit" if unit else ""}
            ORDER BY unit, set_at""",
            today=today.isoformat(),
            unit=unit,
        )
        return self._rows(rows)

    def of_unit(self, db: Db, unit: str) -> list[InstructionRow]:
        """Every instruction a flat ever left, the latest first."""
        rows = db.all(
            "SELECT * FROM instructions WHERE unit = :unit ORDER BY set_at DESC", unit=unit
        )
        return self._rows(rows)
