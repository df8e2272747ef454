"""Units (房屋): who lives there now, and the contracts signed for them."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from uuid import UUID, uuid5

from eventsourcing.domain import event

from domain import errors
from domain.recording import DeskAggregate
from domain.staff import NAMESPACE
from domain.values import UnitNumber


class UnitKind(StrEnum):
    RESIDENTIAL = "residential"
    COMMERCIAL = "commercial"


def unit_id(unit: UnitNumber) -> UUID:
    return uuid5(NAMESPACE, f"unit/{unit}")


class Unit(DeskAggregate):
    """One flat or shop; holds at most one household at a time."""

    @staticmethod
    def create_id(unit: UnitNumber) -> UUID:
        return unit_id(unit)

    class Registered(DeskAggregate.Created):
        unit: UnitNumber
        building: str
        area_m2: Decimal
        kind: str

    @event(Registered)
    def __init__(self, unit: UnitNumber, building: str, area_m2: Decimal, kind: str) -> None:
        self.unit = unit
        self.building = building
        self.area_m2 = area_m2
        self.kind = kind
        self.household_id: str | None = None
        self.former_households: list[str] = []
        self.contracts: dict[str, str] = {}
        self.instructions: list[str] = []

    def occupy(self, household_id: UUID) -> None:
        if self.household_id is not None:
            raise errors.UnitOccupiedError(unit=str(self.unit), household=self.household_id)
        self._occupied(household_id=str(household_id))

    class Occupied(DeskAggregate.Event):
        household_id: str

    @event(Occupied)
    def _occupied(self, household_id: str) -> None:
        self.household_id = household_id

    def vacate(self, household_id: UUID) -> None:
        if self.household_id != str(household_id):
            raise errors.HouseholdNotInUnitError(household=str(household_id), unit=str(self.unit))
        self._vacated(household_id=str(household_id))

    class Vacated(DeskAggregate.Event):
        household_id: str

    @event(Vacated)
    def _vacated(self, household_id: str) -> None:
        self.household_id = None
        self.former_households.append(household_id)

    class ContractAttached(DeskAggregate.Event):
        contract_id: str
        kind: str

    @event(ContractAttached)
    def attach_contract(self, contract_id: str, kind: str) -> None:
        self.contracts[contract_id] = kind

    class InstructionAttached(DeskAggregate.Event):
        instruction_id: str

    @event(InstructionAttached)
    def attach_instruction(self, instruction_id: str) -> None:
        self.instructions.append(instruction_id)

    def contracts_of_kind(self, kind: str) -> list[UUID]:
        return [UUID(cid) for cid, k in self.contracts.items() if k == kind]
