"""Parcels kept for residents (快递代收): received from a courier onto a shelf, with a pickup
code the flat is told, and handed over only to the right household, or returned."""

from __future__ import annotations

import re
from enum import StrEnum
from uuid import UUID, uuid5

from eventsourcing.domain import event

from domain import errors
from domain.recording import DeskAggregate
from domain.staff import NAMESPACE
from domain.values import UnitNumber

REMINDER_DAYS = 3  # a parcel waiting longer is shown on Today for a reminder
CODE_DIGITS = 6
LABEL_PREFIX = "FDPARCEL:"  # what the shelf label's QR code holds before the pickup code


class ParcelState(StrEnum):
    WAITING = "waiting"
    PICKED_UP = "picked_up"
    RETURNED = "returned"


class PickupProof(StrEnum):
    """How the person collecting was known: the code they were sent, an ID seen, or a
    resident the desk knows by sight."""

    CODE = "code"
    ID_CHECK = "id_check"
    KNOWN_RESIDENT = "known_resident"


def waybill_key(waybill: str) -> str:
    """A waybill as the desk keeps it: letters and digits only, in capitals (SF 1234-5678
    and sf12345678 are the same parcel); "" when it holds anything else."""
    key = re.sub(r"[\s\-_/.]", "", waybill).upper()
    return key if re.fullmatch(r"[A-Z0-9]{4,40}", key) else ""


def parcel_id(waybill: str) -> UUID:
    """A parcel's id follows from its waybill: the same parcel scanned twice is one record."""
    return uuid5(NAMESPACE, f"parcel/{waybill_key(waybill)}")


def pickup_code_id(code: str) -> UUID:
    return uuid5(NAMESPACE, f"parcel-code/{code}")


def code_in(text: str) -> str | None:
    """The pickup code in what was typed or scanned (the label's QR holds FDPARCEL:code)."""
    text = text.strip().upper().removeprefix(LABEL_PREFIX)
    text = re.sub(r"[\s-]", "", text)
    return text if re.fullmatch(rf"[0-9]{{{CODE_DIGITS}}}", text) else None


class PickupCode(DeskAggregate):
    """A pickup code, taken once for one parcel: the code names the parcel it opens."""

    @staticmethod
    def create_id(code: str, **_: object) -> UUID:
        return pickup_code_id(code)

    class Assigned(DeskAggregate.Created):
        code: str
        parcel_id: str

    @event(Assigned)
    def __init__(self, code: str, parcel_id: str) -> None:
        self.code = code
        self.parcel_id = parcel_id


class Parcel(DeskAggregate):
    """One parcel on the shelf. The recipient's name, when kept, is sealed with its key."""

    @staticmethod
    def create_id(waybill: str, **_: object) -> UUID:
        return parcel_id(waybill)

    class Received(DeskAggregate.Created):
        unit: UnitNumber
        household_id: str
        carrier: str
        waybill: str
        shelf: str
        note: str
        recipient: str
        pickup_code: str

    @event(Received)
    def __init__(
        self,
        unit: UnitNumber,
        household_id: str,
        carrier: str,
        waybill: str,
        shelf: str,
        note: str,
        recipient: str,
        pickup_code: str,
    ) -> None:
        self.unit = unit
        self.household_id = household_id
        self.carrier = carrier
        self.waybill = waybill
        self.shelf = shelf
        self.pickup_code = pickup_code
        self.state = ParcelState.WAITING

    def receive_again(
        self, unit: UnitNumber, household_id: str, carrier: str, shelf: str, pickup_code: str
    ) -> None:
        """A parcel sent back to its courier and delivered again: on the shelf once more,
        under a new pickup code."""
        if self.state is not ParcelState.RETURNED:
            raise errors.ParcelAlreadyReceivedError(waybill=self.waybill)
        self._received_again(
            unit=unit,
            household_id=household_id,
            carrier=carrier,
            shelf=shelf,
            pickup_code=pickup_code,
        )

    class ReceivedAgain(DeskAggregate.Event):
        unit: UnitNumber
        household_id: str
        carrier: str
        shelf: str
        pickup_code: str

    @event(ReceivedAgain)
    def _received_again(
        self, unit: UnitNumber, household_id: str, carrier: str, shelf: str, pickup_code: str
    ) -> None:
        self.unit = unit
        self.household_id = household_id
        self.carrier = carrier
        self.shelf = shelf
        self.pickup_code = pickup_code
        self.state = ParcelState.WAITING

    def correct(self, unit: UnitNumber, household_id: str, shelf: str, reason: str) -> None:
        """A parcel put under the wrong flat or shelf, put right while it waits."""
        self._require_waiting()
        if (unit, shelf) == (self.unit, self.shelf):
            raise errors.NothingToChangeError()
        self._corrected(unit=unit, household_id=household_id, shelf=shelf, reason=reason)

    class Corrected(DeskAggregate.Event):
        unit: UnitNumber
        household_id: str
        shelf: str
        reason: str

    @event(Corrected)
    def _corrected(self, unit: UnitNumber, household_id: str, shelf: str, reason: str) -> None:
        self.unit = unit
        self.household_id = household_id
        self.shelf = shelf

    def _require_waiting(self) -> None:
        if self.state is not ParcelState.WAITING:
            raise errors.ParcelNotWaitingError(
                unit=str(self.unit), code=self.pickup_code, state=self.state.value
            )

    def pick_up(self, picked_up_by: str, proof: PickupProof) -> None:
        self._require_waiting()
        self._picked_up(picked_up_by=picked_up_by, proof=proof.value)

    class PickedUp(DeskAggregate.Event):
        picked_up_by: str
        proof: str

    @event(PickedUp)
    def _picked_up(self, picked_up_by: str, proof: str) -> None:
        self.state = ParcelState.PICKED_UP

    def send_back(self, reason: str) -> None:
        self._require_waiting()
        self._returned(reason=reason)

    class Returned(DeskAggregate.Event):
        reason: str

    @event(Returned)
    def _returned(self, reason: str) -> None:
        self.state = ParcelState.RETURNED
