"""What the desk keeps for residents: parcels received and handed over, items lent and
returned, keys and cards kept for a flat (released only to the people the flat authorises)."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from domain import errors
from domain.clock import local
from domain.commands.instructions import InstructionCommands
from domain.core import command
from domain.values import (
    as_date,
    as_moment,
    choice,
    optional_text,
    required_text,
)

if TYPE_CHECKING:
    from domain.parcels import (
        Parcel,
    )
    from domain.units import Unit

CODE_TRIES = 20
LOAN_DAYS = 366  # the longest a loan may run
_ZONED = re.compile(r"(Z|[+-][0-9]{2}:?[0-9]{2})$")


class KeepingCommands(InstructionCommands):
    # --- parcels --------------------------------------------------------------------------

    def get_parcel(self, parcel: Any) -> Parcel:
        """A parcel by its id, its pickup code, or its scanned shelf label."""
        from domain.parcels import Parcel, PickupCode, code_in, pickup_code_id

        code = code_in(str(parcel or ""))
        if code is not None:
            try:
                marker = self._load(pickup_code_id(code), PickupCode)
            except errors.NotFoundError:
                raise errors.UnknownPickupCodeError(code=code) from None
            return self._load(marker.parcel_id, Parcel)
        return self._load(parcel, Parcel)

    def _new_pickup_code(self) -> str:
        """A fresh pickup code, drawn from `new_id` (random ids, or the seeded ones the demo
        gives the desk, so that one seed gives the same codes)."""
        from domain.parcels import CODE_DIGITS

        return f"{self.new_id().int % 10**CODE_DIGITS:0{CODE_DIGITS}d}"

    @command()
    def receive_parcel(
        self,
        unit: Any,
        carrier: Any,
        waybill: Any,
        shelf: Any,
        note: Any = "",
        recipient: Any = "",
    ) -> str:
        """A parcel taken in for a flat; the parcel id is the result, its pickup code beside."""
        from domain.parcels import (
            Parcel,
            ParcelState,
            PickupCode,
            parcel_id,
            pickup_code_id,
            waybill_key,
        )

        flat = self.get_unit(unit)
        if flat.household_id is None:
            raise errors.UnitEmptyError(unit=str(flat.unit))
        typed = required_text(waybill, "waybill", 60)
        bill = waybill_key(typed)
        if not bill:
            raise errors.InvalidValueError(field="waybill", value=typed)
        earlier = (
            self._load(parcel_id(bill), Parcel) if self._exists(parcel_id(bill), Parcel) else None
        )
        if earlier is not None and earlier.state != ParcelState.RETURNED:
            raise errors.ParcelAlreadyReceivedError(waybill=bill)
        details = {
            "carrier": required_text(carrier, "carrier", 30),
            "shelf": required_text(shelf, "shelf", 20),
            "note": optional_text(note, "note", 200),
            "recipient": optional_text(recipient, "recipient", 60),
        }
        for _ in range(CODE_TRIES):
            code = self._new_pickup_code()
            if not self._exists(pickup_code_id(code), PickupCode):
                break
        else:
            raise errors.ConflictError(record="parcel")
        if earlier is not None:  # sent back, and delivered again
            earlier.receive_again(
                flat.unit, flat.household_id, details["carrier"], details["shelf"], code
            )
            self._save(earlier, PickupCode(code=code, parcel_id=str(earlier.id)))
            return str(earlier.id)
        parcel = Parcel(
            unit=flat.unit,
            household_id=flat.household_id,
            waybill=bill,
            pickup_code=code,
            **details,
        )
        self._save(parcel, PickupCode(code=code, parcel_id=str(parcel.id)))
        return str(parcel.id)

    @command()
    def pick_up_parcel(self, parcel: Any, picked_up_by: Any, proof: Any = "code") -> None:
        """Hand a parcel over: `parcel` is its id, pickup code or scanned label."""
        from domain.parcels import PickupProof, code_in

        record = self.get_parcel(parcel)
        how = choice(PickupProof, proof, "proof")
        if how is PickupProof.CODE and code_in(str(parcel)) != record.pickup_code:
            raise errors.PickupCodeNeededError()
        record.pick_up(required_text(picked_up_by, "picked_up_by", 60), how)
        self._save(record)

    @command()
    def correct_parcel(self, parcel: Any, unit: Any, shelf: Any, reason: Any) -> None:
        """Put right the flat or the shelf a waiting parcel was received under."""
        record = self.get_parcel(parcel)
        flat = self.get_unit(unit)
        if flat.household_id is None:
            raise errors.UnitEmptyError(unit=str(flat.unit))
        record.correct(
            flat.unit,
            flat.household_id,
            required_text(shelf, "shelf", 20),
            required_text(reason, "reason", 200),
        )
        self._save(record)

    @command()
    def return_parcel(self, parcel: Any, reason: Any) -> None:
        """Give a parcel back to its courier (refused, wrong address, never collected)."""
        record = self.get_parcel(parcel)
        record.send_back(required_text(reason, "reason", 200))
        self._save(record)

    # --- items lent and kept --------------------------------------------------------------

    @command()
    def add_item(self, name: Any, kind: Any, unit: Any = "") -> str:
        """An item the desk lends, or a key or card it keeps for a flat (`unit`)."""
        from domain.lending import KEPT_FOR_A_FLAT, Item, ItemKind

        what = choice(ItemKind, kind, "kind")
        flat = ""
        if what in KEPT_FOR_A_FLAT:
            if not unit:
                raise errors.MissingValueError(field="unit")
            flat = str(self.get_unit(unit).unit)
        item = Item(label=required_text(name, "name", 60), kind=what.value, unit=flat)
        self._save(item)
        return str(item.id)

    @command()
    def lend_item(
        self, item: Any, unit: Any, person: Any, due: Any, override_reason: Any = ""
    ) -> str:
        """Lend an item (or release a kept key or card) until `due`; the loan id is the
        result. A key or card goes only to its flat's members or people it authorised."""
        from domain.lending import KEPT_FOR_A_FLAT, Item, Loan

        record = self._load(item, Item)
        flat = self.get_unit(unit)
        if record.kind in KEPT_FOR_A_FLAT and str(flat.unit) != record.unit:
            raise errors.KeyForAnotherFlatError(item=record.name, unit=record.unit)
        if flat.household_id is None:
            raise errors.UnitEmptyError(unit=str(flat.unit))
        who = required_text(person, "person", 60)
        when = self._due(due)
        if record.kind in KEPT_FOR_A_FLAT:
            self._require_authorised(flat, who)
        self.refuse_if_not_admitted(flat, who, override_reason)
        loan = Loan(
            item_id=str(record.id),
            unit=str(flat.unit),
            household_id=flat.household_id or "",
            person=who,
            due=when,
        )
        record.lend(str(loan.id), str(flat.unit), when)
        self._save(loan, record)
        return str(loan.id)

    def _due(self, value: Any) -> datetime:
        """When a loan is due back: a moment, a local time without its zone, or a day (by
        its end); after now and within LOAN_DAYS."""
        text = str(value).strip() if isinstance(value, str) else value
        if isinstance(text, str) and len(text) == 10:  # a day: back by its end
            day = as_date(text, "due")
            when = datetime.combine(day, time(23, 59), self.timezone)
        elif isinstance(text, str) and "T" in text and not _ZONED.search(text):
            when = as_moment(f"{text}{local(self.now(), self.timezone):%z}", "due")
        else:
            when = as_moment(value, "due")
        if when <= self.now():
            raise errors.DateInPastError(field="due", value=when.isoformat())
        latest = self.now() + timedelta(days=LOAN_DAYS)
        if when > latest:
            raise errors.DateOutOfRangeError(
                field="due",
                value=when.date().isoformat(),
                earliest=self.today(),
                latest=latest.date(),
            )
        return when

    def _require_authorised(self, flat: Unit, person: str) -> None:
        from domain.instructions import InstructionKind, same_person

        members = []
        if flat.household_id:
            members = [m.name for m in self.get_household(flat.household_id).members]
        allowed = members + [
            i.person
            for i in self.instructions_for(flat)
            if i.kind == InstructionKind.PERMISSION_TO_ENTER
        ]
        if not any(same_person(name, person) for name in allowed):
            raise errors.NotAuthorisedForFlatError(unit=str(flat.unit))

    @command()
    def return_item(self, item: Any) -> None:
        from domain.lending import Item, Loan

        record = self._load(item, Item)
        if record.loan_id is None:
            raise errors.ItemNotOutError(item=record.name)
        loan = self._load(record.loan_id, Loan)
        record.take_back()
        loan.end()
        self._save(loan, record)
