"""Items lent and kept: what the desk has, what is out, with whom and until when, and every
loan before. The borrower's name is kept sealed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventsourcing.dispatch import singledispatchmethod

from domain.households import Household
from domain.lending import Item, Loan
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
            lent_at DOUBLE PRECISION, due DOUBLE PRECISION, lent_by TEXT NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS loans (
            loan_id TEXT PRIMARY KEY, item_id TEXT NOT NULL, unit TEXT NOT NULL,
            household_id TEXT NOT NULL, person TEXT NOT NULL,
            lent_at DOUBLE PRECISION NOT NULL, due DOUBLE PRECISION NOT NULL,
            lent_by TEXT NOT NULL, returned_at DOUBLE PRECISION)""",
        "CREATE INDEX IF NOT EXISTS loans_item ON loans (item_id, lent_at)",
        "CREATE INDEX IF NOT EXISTS items_due ON items (due)",
    )
    # A household forgotten is found in every loan it took.
    lookups = ("CREATE INDEX IF NOT EXISTS loans_household ON loans (household_id)",)
    forgets_by = ("loans_household",)

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    @apply.register
    def _added(self, event: Item.Added, db: Db) -> None:
        db.execute(
            """INSERT INTO items VALUES (:id, :name, :kind, :unit, '', '', NULL, NULL, '')""",
            id=str(event.originator_id),
            name=event.label,
            kind=event.kind,
            unit=event.unit,
        )

    @apply.register
    def _loan_made(self, event: Loan.Made, db: Db) -> None:
        db.execute(
            """INSERT INTO loans VALUES (:loan, :item, :unit, :household, :person, :at, :due,
            :operator, NULL)""",
            loan=str(event.originator_id),
            item=event.item_id,
            unit=event.unit,
            household=event.household_id,
            person=self.sealed(str(event.originator_id), event.person),
            at=epoch(event.timestamp),
            due=epoch(event.due),
            operator=event.operator,
        )

    @apply.register
    def _lent(self, event: Item.Lent, db: Db) -> None:
        self.update_record(
            db,
            "items",
            "item_id",
            event,
            """loan_id = :loan, lent_to_unit = :unit, lent_at = :at, due = :due,
            lent_by = :operator""",
            loan=event.loan_id,
            unit=event.unit,
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
            "loan_id = '', lent_to_unit = '', lent_at = NULL, due = NULL, lent_by = ''",
        )

    @apply.register
    def _loan_ended(self, event: Loan.Ended, db: Db) -> None:
        db.execute(
            "UPDATE loans SET returned_at = :at WHERE loan_id = :loan",
            at=epoch(event.timestamp),
            loan=str(event.originator_id),
        )

    @apply.register
    def _household_forgotten(self, event: Household.PersonalDataErased, db: Db) -> None:
        """The household's key wrapped its loans' keys: who borrowed cannot be read now."""
        self.forget_columns(
            db, "loans", ("person",), "household_id = :id", id=str(event.originator_id)
        )

    # --- queries ------------------------------------------------------------------------

    _SELECT = """SELECT i.*, COALESCE(l.person, '') AS borrower FROM items i
        LEFT JOIN loans l ON l.loan_id = i.loan_id"""

    def _row(self, r: dict[str, Any]) -> ItemRow:
        return ItemRow(
            item_id=r["item_id"],
            name=r["name"],
            kind=r["kind"],
            kept_for=r["kept_for"],
            loan_id=r["loan_id"],
            lent_to_unit=r["lent_to_unit"],
            person=self.opened(r["loan_id"], r["borrower"]) if r["loan_id"] else "",
            lent_at=from_epoch(r["lent_at"]),
            due=from_epoch(r["due"]),
            lent_by=r["lent_by"],
        )

    def all(self, db: Db) -> list[ItemRow]:
        rows = db.all(f"{self._SELECT} ORDER BY i.kind, i.name, i.item_id")
        self.opening(rows, "loan_id")
        return [self._row(r) for r in rows]

    def out(self, db: Db) -> list[ItemRow]:
        """Items out on loan, the soonest due first."""
        rows = db.all(f"{self._SELECT} WHERE i.loan_id <> '' ORDER BY i.due, i.item_id")
        self.opening(rows, "loan_id")
        return [self._row(r) for r in rows]

    def overdue(self, db: Db, now: datetime) -> list[ItemRow]:
        return [i for i in self.out(db) if i.overdue(now)]

    def get(self, db: Db, item_id: str) -> ItemRow | None:
        row = db.one(f"{self._SELECT} WHERE i.item_id = :id", id=item_id)
        return None if row is None else self._row(row)
