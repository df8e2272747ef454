"""Households (住户档案): the resident file as recorded at the desk, corrections included."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from eventsourcing.domain import event

from domain import errors
from domain.clock import shifted
from domain.personal_data import ERASED
from domain.recording import DeskAggregate
from domain.values import Member, UnitNumber

CALLBACK_WITHIN = timedelta(days=7)


class Ownership(StrEnum):
    OWNER = "owner"
    TENANT = "tenant"


class Household(DeskAggregate):
    """The people living in one unit between a move-in and a move-out."""

    class MovedIn(DeskAggregate.Created):
        unit: UnitNumber
        members: list[Member]
        ownership: str
        move_in_date: date
        vehicles: list[str]

    @event(MovedIn)
    def __init__(
        self,
        unit: UnitNumber,
        members: list[Member],
        ownership: str,
        move_in_date: date,
        vehicles: list[str],
    ) -> None:
        self.unit = unit
        self.members = list(members)
        self.ownership = ownership
        self.move_in_date = move_in_date
        self.vehicles = list(vehicles)
        self.moved_out_on: date | None = None
        self.callback: dict[str, object] | None = None

    @staticmethod
    def callback_due_for(move_in_date: date) -> date:
        """The first follow-up is due within a week of moving in."""
        return shifted(move_in_date, CALLBACK_WITHIN)

    @property
    def callback_due(self) -> date:
        return self.callback_due_for(self.move_in_date)

    @property
    def living(self) -> bool:
        return self.moved_out_on is None

    def member(self, name: str) -> Member:
        for member in self.members:
            if member.name == name:
                return member
        raise errors.UnknownMemberError(name=name)

    def _require_living(self) -> None:
        if self.moved_out_on is not None:
            raise errors.HouseholdMovedOutError(date=self.moved_out_on.isoformat())

    def add_member(self, member: Member) -> None:
        self._require_living()
        if any(m.name == member.name for m in self.members):
            raise errors.MemberExistsError(name=member.name)
        self._member_added(member=member)

    class MemberAdded(DeskAggregate.Event):
        member: Member

    @event(MemberAdded)
    def _member_added(self, member: Member) -> None:
        self.members.append(member)

    def remove_member(self, name: str, reason: str) -> None:
        self._require_living()
        self.member(name)
        if len(self.members) == 1:
            raise errors.LastMemberError()
        self._member_removed(name=name, reason=reason)

    class MemberRemoved(DeskAggregate.Event):
        name: str
        reason: str

    @event(MemberRemoved)
    def _member_removed(self, name: str, reason: str) -> None:
        self.members = [m for m in self.members if m.name != name]

    def update_contact(self, name: str, phone: str, reason: str) -> None:
        self._require_living()
        old = self.member(name)
        if old.phone == phone:
            raise errors.NothingToChangeError()
        self._contact_updated(name=name, phone=phone, previous_phone=old.phone, reason=reason)

    class ContactUpdated(DeskAggregate.Event):
        name: str
        phone: str
        previous_phone: str
        reason: str

    @event(ContactUpdated)
    def _contact_updated(self, name: str, phone: str, previous_phone: str, reason: str) -> None:
        self.members = [
            Member(m.name, m.relation, m.id_type, m.id_number, phone) if m.name == name else m
            for m in self.members
        ]

    def register_vehicle(self, plate: str) -> None:
        self._require_living()
        if plate in self.vehicles:
            raise errors.VehicleExistsError(plate=plate)
        self._vehicle_registered(plate=plate)

    class VehicleRegistered(DeskAggregate.Event):
        plate: str

    @event(VehicleRegistered)
    def _vehicle_registered(self, plate: str) -> None:
        self.vehicles.append(plate)

    def remove_vehicle(self, plate: str, reason: str) -> None:
        self._require_living()
        if plate not in self.vehicles:
            raise errors.UnknownVehicleError(plate=plate)
        self._vehicle_removed(plate=plate, reason=reason)

    class VehicleRemoved(DeskAggregate.Event):
        plate: str
        reason: str

    @event(VehicleRemoved)
    def _vehicle_removed(self, plate: str, reason: str) -> None:
        self.vehicles.remove(plate)

    def move_out(self, on: date) -> None:
        self._require_living()
        if on < self.move_in_date:
            raise errors.DateBeforeMoveInError(
                date=on.isoformat(), move_in=self.move_in_date.isoformat()
            )
        self._moved_out(on=on)

    class MovedOut(DeskAggregate.Event):
        on: date

    @event(MovedOut)
    def _moved_out(self, on: date) -> None:
        self.moved_out_on = on

    def record_move_in_pack_print(self) -> int:
        """The move-in pack handed over (0) or printed again (1, 2 …)."""
        copy_number = self.next_move_in_pack_copy()
        self._move_in_pack_printed(copy_number=copy_number)
        return copy_number

    def next_move_in_pack_copy(self) -> int:
        """The copy number the next pack carries; refused as the print itself would be."""
        self._require_living()
        return int(getattr(self, "packs_printed", 0))

    class MoveInPackPrinted(DeskAggregate.Event):
        copy_number: int

    @event(MoveInPackPrinted)
    def _move_in_pack_printed(self, copy_number: int) -> None:
        self.packs_printed = copy_number + 1

    def reveal_id_number(self, name: str, reason: str) -> str:
        number = self.member(name).id_number
        self._id_number_viewed(name=name, reason=reason)
        return number

    class IdNumberViewed(DeskAggregate.Event):
        name: str
        reason: str

    @event(IdNumberViewed)
    def _id_number_viewed(self, name: str, reason: str) -> None:
        """Who saw a full ID number, and why, is part of the record."""

    def record_move_in_callback(self, satisfaction: int, notes: str, at: datetime) -> None:
        if self.callback is not None:
            raise errors.CallbackAlreadyRecordedError()
        on_time = at.date() <= self.callback_due
        self._callback_recorded(satisfaction=satisfaction, notes=notes, on_time=on_time)

    class MoveInCallbackRecorded(DeskAggregate.Event):
        satisfaction: int
        notes: str
        on_time: bool

    @event(MoveInCallbackRecorded)
    def _callback_recorded(self, satisfaction: int, notes: str, on_time: bool) -> None:
        self.callback = {"satisfaction": satisfaction, "notes": notes, "on_time": on_time}

    # --- forgetting ---------------------------------------------------------------------

    @property
    def personal_data_erased(self) -> bool:
        return getattr(self, "erased", False)

    def personal_data_due(self, retention_days: int) -> date | None:
        """The day the household's personal data may be forgotten: its move-out plus the
        retention period; None while it still lives here."""
        if self.moved_out_on is None:
            return None
        return shifted(self.moved_out_on, timedelta(days=retention_days))

    def erase_personal_data(self, retention_days: int) -> None:
        self._personal_data_erased(retention_days=retention_days)

    class PersonalDataErased(DeskAggregate.Event):
        retention_days: int

    @event(PersonalDataErased)
    def _personal_data_erased(self, retention_days: int) -> None:
        """Names, ID numbers, phones and plates are gone; the dates and unit remain."""
        self.members = [
            Member(ERASED, m.relation, m.id_type, ERASED, ERASED if m.phone else "")
            for m in self.members
        ]
        self.vehicles = []
        self.erased = True
