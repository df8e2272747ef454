"""How the value types events carry are written to and read from the store."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventsourcing.persistence import Transcoding

from domain.values import Member, UnitNumber


class DateAsISO(Transcoding):
    type = date
    name = "date_iso"

    def encode(self, obj: date) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> date:
        return date.fromisoformat(data)


class UnitNumberAsStr(Transcoding):
    type = UnitNumber
    name = "unit"

    def encode(self, obj: UnitNumber) -> str:
        return str(obj)

    def decode(self, data: str) -> UnitNumber:
        return UnitNumber.parse(data)


class MemberAsDict(Transcoding):
    type = Member
    name = "member"

    def encode(self, obj: Member) -> dict[str, str]:
        return {
            "name": obj.name,
            "relation": obj.relation,
            "id_type": obj.id_type,
            "id_number": obj.id_number,
            "phone": obj.phone,
        }

    def decode(self, data: dict[str, Any]) -> Member:
        return Member(**data)


ALL = (DateAsISO, UnitNumberAsStr, MemberAsDict)
