"""The rows of the resident files as the desk and the documents get them: a household, its
members (ID numbers masked), the corrections of their contacts, the whole file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class MemberRow:
    name: str
    relation: str
    id_type: str
    id_masked: str
    phone: str
    current: bool


@dataclass(frozen=True)
class ContactChange:
    name: str
    previous_phone: str
    phone: str
    reason: str
    at: datetime
    operator: str
    desk: str


@dataclass(frozen=True)
class HouseholdRow:
    household_id: str
    unit: str
    building: int
    ownership: str
    move_in_date: date
    moved_out_on: date | None
    members: str
    phones: str
    plates: str
    callback_due: date
    callback_satisfaction: int | None
    callback_on_time: bool | None
    callback_expected: bool = True  # False when recorded after the follow-up was due

    @property
    def living(self) -> bool:
        return self.moved_out_on is None

    def callback_overdue(self, today: date) -> bool:
        return (
            self.callback_expected
            and self.callback_satisfaction is None
            and self.living
            and today > self.callback_due
        )


@dataclass(frozen=True)
class ResidentFile:
    household: HouseholdRow
    members: list[MemberRow]
    vehicles: list[str]
    former_vehicles: list[str]
    contact_changes: list[ContactChange]
    callback_notes: str


def normalise_query(text: str) -> str:
    query = re.sub(r"\s+", "", text).lower()
    return query.replace("－", "-")


def household_row(row: dict[str, Any]) -> HouseholdRow:
    satisfaction = row["callback_satisfaction"]
    on_time = row["callback_on_time"]
    return HouseholdRow(
        household_id=row["household_id"],
        unit=row["unit"],
        building=row["building"],
        ownership=row["ownership"],
        move_in_date=date.fromisoformat(row["move_in_date"]),
        moved_out_on=date.fromisoformat(row["moved_out_on"]) if row["moved_out_on"] else None,
        members=row["members"],
        phones=row["phones"],
        plates=row["plates"],
        callback_due=date.fromisoformat(row["callback_due"]),
        callback_satisfaction=satisfaction,
        callback_on_time=None if on_time is None else bool(on_time),
        callback_expected=bool(row["callback_expected"]),
    )
