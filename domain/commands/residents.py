"""Units and households: move-in, corrections, vehicles, move-out, the follow-up call."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from domain import errors
from domain.clock import local
from domain.core import DeskCore, command
from domain.values import (
    CONTRACT_YEARS,
    MOVE_IN_YEARS,
    Member,
    UnitNumber,
    choice,
    money,
    optional_text,
    plausible_date,
    required_text,
    validate_phone,
    validate_plate,
    whole_number,
)

if TYPE_CHECKING:
    pass


def satisfaction_score(value: Any) -> int:
    return whole_number(value, "satisfaction", 1, 5, errors.SatisfactionRangeError)


class ResidentCommands(DeskCore):
    @command("register_unit")
    def register_unit(
        self, unit: Any, building: Any = None, area_m2: Any = None, kind: Any = "residential"
    ) -> str:
        from domain.units import Unit, UnitKind, unit_id

        number = UnitNumber.parse(unit)
        name = optional_text(building, "building", 40) or f"{number.building}"
        digits = re.sub(r"\D", "", name)
        if digits and int(digits) != number.building:
            raise errors.InvalidValueError(field="building", value=name)
        area = money(area_m2, "area_m2")
        if area <= 0 or area > Decimal("5000"):
            raise errors.InvalidValueError(field="area_m2", value=area_m2)
        unit_kind = choice(UnitKind, kind, "kind")
        if self._exists(unit_id(number), Unit):
            raise errors.UnitExistsError(unit=str(number))
        record = Unit(unit=number, building=name, area_m2=area, kind=unit_kind.value)
        self._save(record)
        return str(record.id)

    @command()
    def move_in(
        self,
        unit: Any,
        members: Any,
        ownership: Any,
        move_in_date: Any,
        vehicles: Any = (),
    ) -> str:
        from domain.households import Household, Ownership

        place = self.get_unit(unit)
        if members is not None and not isinstance(members, list | tuple):
            raise errors.NotAListError(field="members")
        if not members:
            raise errors.MissingValueError(field="members")
        people = [Member.from_input(m, self.today()) for m in members]
        names = [p.name for p in people]
        duplicate = next((n for n in names if names.count(n) > 1), None)
        if duplicate:
            raise errors.MemberExistsError(name=duplicate)
        if not isinstance(vehicles or (), list | tuple):
            raise errors.NotAListError(field="vehicles")
        plates = [validate_plate(p) for p in (vehicles or ())]
        if len(set(plates)) != len(plates):
            raise errors.VehicleExistsError(plate=plates[0])
        tenure = choice(Ownership, ownership, "ownership")
        day = plausible_date(move_in_date, "move_in_date", self.today(), MOVE_IN_YEARS)
        household = Household(
            unit=place.unit,
            members=people,
            ownership=tenure.value,
            move_in_date=day,
            vehicles=plates,
        )
        place.occupy(household.id)
        self._save(place, household)
        return str(household.id)

    @command()
    def add_member(self, household_id: Any, member: Any) -> None:
        household = self.get_household(household_id)
        household.add_member(Member.from_input(member, self.today()))
        self._save(household)

    @command()
    def remove_member(self, household_id: Any, name: Any, reason: Any) -> None:
        household = self.get_household(household_id)
        household.remove_member(required_text(name, "name"), required_text(reason, "reason"))
        self._save(household)

    @command()
    def update_contact(self, household_id: Any, name: Any, phone: Any, reason: Any) -> None:
        """Correct or change a member's phone; the old number stays in the history."""
        household = self.get_household(household_id)
        household.update_contact(
            required_text(name, "name"), validate_phone(phone), required_text(reason, "reason")
        )
        self._save(household)

    @command()
    def register_vehicle(self, household_id: Any, plate: Any) -> None:
        household = self.get_household(household_id)
        household.register_vehicle(validate_plate(plate))
        self._save(household)

    @command()
    def remove_vehicle(self, household_id: Any, plate: Any, reason: Any = "") -> None:
        household = self.get_household(household_id)
        household.remove_vehicle(validate_plate(plate), optional_text(reason, "reason"))
        self._save(household)

    @command()
    def move_out(self, household_id: Any, date: Any) -> None:
        household = self.get_household(household_id)
        household.move_out(plausible_date(date, "date", self.today(), CONTRACT_YEARS))
        place = self.get_unit(household.unit)
        place.vacate(household.id)
        self._save(household, place)

    @command("reveal_id_numbers", catalogue=False)
    def reveal_id_number(self, household_id: Any, name: Any, reason: Any) -> str:
        """The full ID number, for a supervisor or auditor; the viewing is recorded."""
        household = self.get_household(household_id)
        number = household.reveal_id_number(
            required_text(name, "name"), required_text(reason, "reason")
        )
        self._save(household)
        return number

    @command()
    def record_move_in_callback(
        self, household_id: Any, satisfaction: Any, notes: Any = ""
    ) -> None:
        household = self.get_household(household_id)
        household.record_move_in_callback(
            satisfaction_score(satisfaction),
            optional_text(notes, "notes"),
            local(self.now(), self.timezone),  # "within 7 days" counts the desk's local days
        )
        self._save(household)
