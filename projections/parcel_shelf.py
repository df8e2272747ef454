"""The parcel shelf: every parcel taken in for a flat, where it sits, its pickup code, and who
collected it, how they were known, or why it went back. The recipient's name, who collected
it and the notes are kept sealed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from eventsourcing.dispatch import singledispatchmethod

from domain.households import Household
from domain.parcels import REMINDER_DAYS, Parcel, ParcelState
from projections.base import ReadModel, epoch, from_epoch
from projections.store import Db


@dataclass(frozen=True)
class ParcelRow:
    parcel_id: str
    unit: str
    household_id: str
    carrier: str
    waybill: str
    shelf: str
    pickup_code: str
    recipient: str
    note: str
    state: str
    received_at: datetime
    received_by: str
    picked_up_at: datetime | None
    picked_up_by: str
    proof: str
    handed_over_by: str
    returned_at: datetime | None
    return_reason: str

    def waited(self, now: datetime) -> timedelta:
        return (self.picked_up_at or self.returned_at or now) - self.received_at

    def overdue(self, now: datetime) -> bool:
        """Waiting longer than the center's limit: time to remind the flat."""
        return self.state == ParcelState.WAITING and self.waited(now) > timedelta(
            days=REMINDER_DAYS
        )


class ParcelShelf(ReadModel):
    name = "parcel_shelf"
    tables = ("parcels",)
    schema = (
        """CREATE TABLE IF NOT EXISTS parcels (
            parcel_id TEXT PRIMARY KEY, unit TEXT NOT NULL, household_id TEXT NOT NULL,
            carrier TEXT NOT NULL, waybill TEXT NOT NULL, shelf TEXT NOT NULL,
            pickup_code TEXT NOT NULL, recipient TEXT NOT NULL, note TEXT NOT NULL,
            state TEXT NOT NULL, received_at DOUBLE PRECISION NOT NULL, received_by TEXT NOT NULL,
            picked_up_at DOUBLE PRECISION, picked_up_by TEXT NOT NULL, proof TEXT NOT NULL,
            handed_over_by TEXT NOT NULL, returned_at DOUBLE PRECISION,
            return_reason TEXT NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS parcels_state ON parcels (state, received_at)",
        "CREATE INDEX IF NOT EXISTS parcels_unit ON parcels (unit, state)",
        "CREATE INDEX IF NOT EXISTS parcels_code ON parcels (pickup_code)",
    )
    # A household forgotten is found in every parcel it was sent.
    lookups = ("CREATE INDEX IF NOT EXISTS parcels_household ON parcels (household_id)",)
    forgets_by = ("parcels_household",)

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    @apply.register
    def _received(self, event: Parcel.Received, db: Db) -> None:
        subject = str(event.originator_id)
        db.execute(
            """INSERT INTO parcels VALUES (:id, :unit, :household, :carrier, :waybill, :shelf,
            :code, :recipient, :note, :state, :at, :operator, NULL, '', '', '', NULL, '')""",
            id=subject,
            unit=str(event.unit),
            household=event.household_id,
            carrier=event.carrier,
            waybill=event.waybill,
            shelf=event.shelf,
            code=event.pickup_code,
            recipient=self.sealed(subject, event.recipient),
            note=self.sealed(subject, event.note),
            state=ParcelState.WAITING.value,
            at=epoch(event.timestamp),
            operator=event.operator,
        )

    @apply.register
    def _picked_up(self, event: Parcel.PickedUp, db: Db) -> None:
        self.update_record(
            db,
            "parcels",
            "parcel_id",
            event,
            """state = :state, picked_up_at = :at, picked_up_by = :who, proof = :proof,
            handed_over_by = :operator""",
            state=ParcelState.PICKED_UP.value,
            at=epoch(event.timestamp),
            who=self.sealed(str(event.originator_id), event.picked_up_by),
            proof=event.proof,
            operator=event.operator,
        )

    @apply.register
    def _returned(self, event: Parcel.Returned, db: Db) -> None:
        self.update_record(
            db,
            "parcels",
            "parcel_id",
            event,
            "state = :state, returned_at = :at, return_reason = :reason, handed_over_by = :op",
            state=ParcelState.RETURNED.value,
            at=epoch(event.timestamp),
            reason=self.sealed(str(event.originator_id), event.reason),
            op=event.operator,
        )

    @apply.register
    def _received_again(self, event: Parcel.ReceivedAgain, db: Db) -> None:
        self.update_record(
            db,
            "parcels",
            "parcel_id",
            event,
            """unit = :unit, household_id = :household, carrier = :carrier, shelf = :shelf,
            pickup_code = :code, state = :state, received_at = :at, received_by = :operator,
            picked_up_at = NULL, picked_up_by = '', proof = '', handed_over_by = '',
            returned_at = NULL, return_reason = ''""",
            unit=str(event.unit),
            household=event.household_id,
            carrier=event.carrier,
            shelf=event.shelf,
            code=event.pickup_code,
            state=ParcelState.WAITING.value,
            at=epoch(event.timestamp),
            operator=event.operator,
        )

    @apply.register
    def _corrected(self, event: Parcel.Corrected, db: Db) -> None:
        self.update_record(
            db,
            "parcels",
            "parcel_id",
            event,
            "unit = :unit, household_id = :household, shelf = :shelf",
            unit=str(event.unit),
            household=event.household_id,
            shelf=event.shelf,
        )

    @apply.register
    def _household_forgotten(self, event: Household.PersonalDataErased, db: Db) -> None:
        """The household's key wrapped its parcels' keys: who received and collected them
        cannot be read any more, and the rows say so."""
        columns = ("recipient", "note", "picked_up_by", "return_reason")
        self.forget_columns(
            db, "parcels", columns, "household_id = :id", id=str(event.originator_id)
        )

    # --- queries ------------------------------------------------------------------------

    def _row(self, r: dict[str, Any]) -> ParcelRow:
        subject = r["parcel_id"]
        return ParcelRow(
            parcel_id=subject,
            unit=r["unit"],
            household_id=r["household_id"],
            carrier=r["carrier"],
            waybill=r["waybill"],
            shelf=r["shelf"],
            pickup_code=r["pickup_code"],
            recipient=self.opened(subject, r["recipient"]),
            note=self.opened(subject, r["note"]),
            state=r["state"],
            received_at=from_epoch(r["received_at"]),
            received_by=r["received_by"],
            picked_up_at=from_epoch(r["picked_up_at"]),
            picked_up_by=self.opened(subject, r["picked_up_by"]),
            proof=r["proof"],
            handed_over_by=r["handed_over_by"],
            returned_at=from_epoch(r["returned_at"]),
            return_reason=self.opened(subject, r["return_reason"]),
        )

    def _rows(self, rows: list[dict[str, Any]]) -> list[ParcelRow]:
        self.opening(rows, "parcel_id")
        return [self._row(r) for r in rows]

    def waiting(self, db: Db, unit: str = "") -> list[ParcelRow]:
        """Parcels on the shelf (for one flat when `unit` is given), the oldest first."""
        rows = db.all(
            f"""SELECT * FROM parcels WHERE state = 'waiting'
            {"AND unit = :unit" if unit else ""} ORDER BY received_at, parcel_id""",
            unit=unit,
        )
        return self._rows(rows)

    def overdue(self, db: Db, now: datetime) -> list[ParcelRow]:
        """Parcels waiting longer than the center's limit, the oldest first."""
        rows = db.all(
            """SELECT * FROM parcels WHERE state = 'waiting' AND received_at < :before
            ORDER BY received_at, parcel_id""",
            before=epoch(now - timedelta(days=REMINDER_DAYS)),
        )
        return self._rows(rows)

    def recent(self, db: Db, unit: str = "", limit: int = 200) -> list[ParcelRow]:
        rows = db.all(
            f"""SELECT * FROM parcels {"WHERE unit = :unit" if unit else ""}
            ORDER BY received_at DESC, parcel_id LIMIT :limit""",
            unit=unit,
            limit=limit,
        )
        return self._rows(rows)

    def get(self, db: Db, parcel_id: str) -> ParcelRow | None:
        row = db.one("SELECT * FROM parcels WHERE parcel_id = :id", id=parcel_id)
        return None if row is None else self._row(row)

    def by_code(self, db: Db, code: str) -> ParcelRow | None:
        row = db.one(
            """SELECT * FROM parcels WHERE pickup_code = :code
            ORDER BY received_at DESC LIMIT 1""",
            code=code,
        )
        return None if row is None else self._row(row)

    def waiting_counts(self, db: Db) -> dict[str, int]:
        """Waiting parcels per flat."""
        return {
            r["unit"]: int(r["n"])
            for r in db.all(
                "SELECT unit, COUNT(*) AS n FROM parcels WHERE state = 'waiting' GROUP BY unit"
            )
        }
