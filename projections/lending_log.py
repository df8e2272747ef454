"""Items lent and kept: what the desk has, what is out, with whom and until when, and every
loan before. The borrower's name is kept sealed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventsourcing.dispatch import singledispatchmethod

from domain.lending import Item
from projections.base import ReadModel, epoch, from_epoch
from projections.store import Db


@dataclass(frozen=True)
class ItemRow:
    item_id: str
    name: str
    kind: str
    kept_for: str  # the flat a key or card is kept for; "" for what the desk lends anyone
    loan_id: str
    lent_to_unit: str
    person: str
    lent_at: datetime | None
    due: datetime | None
    lent_by: str

    @property
    def out(self) -> bool:
        return bool(self.loan_id)

    def overdue(self, now: datetime) -> bool:
        return self.due is not None and self.due < now


class LendingLog(ReadModel):
    name = "lending_log"
    tables = ("items", "loans")
    schema = (
        """CREATE TABLE IF NOT EXISTS items (
            item_id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
            kept_for TEXT NOT NULL, loan_id TEXT NOT NULL, lent_to_unit TEXT NOT NULL,
            person TEXT NOT NULL, lent_at DOUBLE PRECISION, due DOUBLE PRECISION,
            lent_by TEXT NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS loans (
            loan_id TEXT PRIMARY KEY, item_id TEXT NOT NULL, unit TEXT NOT NULL,
            household_id TEXT NOT NULL, person TEXT NOT NULL,
            lent_at DOUBLE PRECISION NOT NULL, due DOUBLE PRECISION NOT NULL,
            lent_by TEXT NOT NULL, returned_at DOUBLE PRECISION)""",
        "CREATE INDEX IF NOT EXISTS loans_item ON loans (item_id, lent_at)",
        "CREATE INDEX IF NOT EXISTS items_due ON items (due)",
    )

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    @apply.register
    def _added(self, event: Item.Added, db: Db) -> None:
        db.execute(
            """INSERT INTO items VALUES (:id, :name, :kind, :unit, '', '', '', NULL, NULL, '')""",
            id=str(event.originator_id),
            name=event.name,
            kind=event.kind,
            unit=event.unit,
        )

    @apply.register
    def _lent(self, event: Item.Lent, db: Db) -> None:
        subject = str(event.originator_id)
        person = self.sealed(subject, event.person)
        self.update_record(
            db,
            "items",
            "item_id",
            event,
            """loan_id = :loan, lent_to_unit = :unit, person = :person, lent_at = :at,
            due = :due, lent_by = :operator""",
            loan=event.loan_id,
            unit=event.unit,
            person=person,
            at=epoch(event.timestamp),
            due=epoch(event.due),
            operator=event.operator,
        )
        db.execute(
            """INSERT INTO loans VALUES (:loan, :item, :unit, :household, :person, :at, :due,
            :operator, NULL)""",
            loan=event.loan_id,
            item=subject,
            unit=event.unit,
            household=event.household_id,
            person=person,
            at=epoch(event.timestamp),
            due=epoch(event.due),
            operator=event.operator,
        )

    @apply.register
    def _returned(self, event: Item.Returned, db: Db) -> None:
        self.update_record(
            db,
            "items",
            "item_id",
            event,
            """loan_id = '', lent_to_unit = '', person = '', lent_at = NULL, due = NULL,
            lent_by = ''""",
        )
        db.execute(
            "UPDATE loans SET returned_at = :at WHERE loan_id = :loan",
            at=epoch(event.timestamp),
            loan=event.loan_id,
        )

    # --- queries ------------------------------------------------------------------------

    def _row(self, r: dict[str, Any]) -> ItemRow:
        return ItemRow(
            item_id=r["item_id"],
            name=r["name"],
            kind=r["kind"],
            kept_for=r["kept_for"],
            loan_id=r["loan_id"],
            lent_to_unit=r["lent_to_unit"],
            person=self.opened(r["item_id"], r["person"]),
            lent_at=from_epoch(r["lent_at"]),
            due=from_epoch(r["due"]),
            lent_by=r["lent_by"],
        )

    def all(self, db: Db) -> list[ItemRow]:
        rows = db.all("SELECT * FROM items ORDER BY kind, name, item_id")
        self.opening(rows, "item_id")
        return [self._row(r) for r in rows]

    def out(self, db: Db) -> list[ItemRow]:
        """Items out on loan, the soonest due first."""
        rows = db.all("SELECT * FROM items WHERE loan_id <> '' ORDER BY due, item_id")
        self.opening(rows, "item_id")
        return [self._row(r) for r in rows]

    def overdue(self, db: Db, now: datetime) -> list[ItemRow]:
        return [i for i in self.out(db) if i.overdue(now)]

    def get(self, db: Db, item_id: str) -> ItemRow | None:
        row = db.one("SELECT * FROM items WHERE item_id = :id", id=item_id)
        return None if row is None else self._row(row)
