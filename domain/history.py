"""Reading the log back: every recorded event in order, with who, where and when."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, is_dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from domain.core import DeskCore
from domain.values import Member, UnitNumber, mask_id

SECRET_FIELDS = frozenset({"password_hash", "pass_signing_key"})
ENVELOPE = frozenset(
    {"originator_id", "originator_version", "timestamp", "originator_topic", "operator", "desk"}
)
PAGE = 500


@dataclass(frozen=True)
class HistoryRow:
    position: int
    timestamp: datetime
    operator: str
    desk: str
    type: str
    aggregate: str
    aggregate_id: str
    version: int
    data: dict[str, Any]


def plain(value: Any, reveal_ids: bool = False) -> Any:
    """A JSON-ready copy of an event value; ID numbers masked unless revealed."""
    if isinstance(value, Member):
        data = asdict(value)
        if not reveal_ids:
            data["id_number"] = mask_id(value.id_number)
        return data
    if isinstance(value, UnitNumber):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, dict):
        return {str(k): plain(v, reveal_ids) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v, reveal_ids) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        return plain(asdict(value), reveal_ids)
    return value


def event_data(event: Any, reveal_ids: bool = False) -> dict[str, Any]:
    data = {}
    for key, value in vars(event).items():
        if key in ENVELOPE or key in SECRET_FIELDS:
            continue
        if key == "id_number" and not reveal_ids:
            data[key] = mask_id(str(value))
        else:
            data[key] = plain(value, reveal_ids)
    return data


class HistoryReader(DeskCore):
    def history(self, start: int = 1, limit: int | None = None) -> Iterator[HistoryRow]:
        """Every event from position `start`, in the order the store recorded them."""
        self._current_staff()
        served = 0
        position = start
        while limit is None or served < limit:
            page = PAGE if limit is None else min(PAGE, limit - served)
            notifications = self.recorder.select_notifications(start=position, limit=page)
            if not notifications:
                return
            for notification in notifications:
                event = self.mapper.to_domain_event(notification)
                aggregate, _, kind = type(event).__qualname__.rpartition(".")
                yield HistoryRow(
                    position=notification.id,
                    timestamp=event.timestamp,
                    operator=getattr(event, "operator", ""),
                    desk=getattr(event, "desk", ""),
                    type=kind,
                    aggregate=aggregate,
                    aggregate_id=str(event.originator_id),
                    version=event.originator_version,
                    data=event_data(event),
                )
                served += 1
            position = notifications[-1].id + 1

    def event_count(self) -> int:
        return self.recorder.max_notification_id() or 0
