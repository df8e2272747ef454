"""What every read model shares: its tables, its handlers, and the time columns' encoding."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from projections.store import Db, ReadModelStore


def epoch(moment: datetime | None) -> float | None:
    """Moments are kept as UTC seconds so the databases can compare and subtract them."""
    return None if moment is None else moment.timestamp()


def from_epoch(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)


def iso_day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


class ReadModel(Projection[ReadModelStore]):
    """A read model: SQL tables fed by `apply`, one handler per event type it follows."""

    tables: ClassVar[tuple[str, ...]] = ()
    schema: ClassVar[tuple[str, ...]] = ()
    zone: ZoneInfo = ZoneInfo("Asia/Shanghai")  # the community's local time, set by ReadModels

    # Each read model declares its own `@singledispatchmethod def apply(self, event, db)`,
    # so that handlers registered by one model are not called for another.
    def apply(self, event: Any, db: Db) -> None:
        raise NotImplementedError

    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        with self.view.writing(tracking) as db:
            self.apply(domain_event, db)
