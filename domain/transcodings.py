"""How the value types events carry are written to and read from the store."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from eventsourcing.persistence import Transcoding

from domain.clock import EARLIEST_MOMENT, LATEST_MOMENT
from domain.values import Member, UnitNumber


class DateAsISO(Transcoding):
    type = date
    name = "date_iso"

    def encode(self, obj: date) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> date:
        return date.fromisoformat(data)


class DatetimeAsISO(Transcoding):
    """Moments read back are held a day in from the ends of the calendar, so that a stored
    9999-12-31T23:59:59Z (once accepted from a batch file) can still be shown in any time
    zone; what is stored is left exactly as it was."""

    type = datetime
    name = "datetime_iso"

    def encode(self, obj: datetime) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> datetime:
        moment = datetime.fromisoformat(data)
        if moment.tzinfo is None or EARLIEST_MOMENT <= moment <= LATEST_MOMENT:
            return moment
        return LATEST_MOMENT if moment > LATEST_MOMENT else EARLIEST_MOMENT


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


ALL = (DateAsISO, DatetimeAsISO, UnitNumberAsStr, MemberAsDict)
