"""Who is due to be forgotten under the retention rule: visitors, moved-out households and
closed incidents reported by someone who is nobody's household, whose retention period is
over. A rough cut from the read models; the domain checks each one again before it destroys
anything (desktop/usecases/retention.py forgets them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from projections.runner import ReadModels


@dataclass(frozen=True)
class Due:
    passes: list[str]
    households: list[str]
    incidents: list[str]  # tickets whose reporter was nobody's household
    contacts: list[str]  # contacts of nobody's household, and missed calls

    @property
    def records(self) -> list[str]:
        return [*self.passes, *self.households, *self.incidents, *self.contacts]

    @property
    def most(self) -> int:
        """The longest of the lists: a batch this long may have left some behind."""
        return max(len(self.passes), len(self.households), len(self.incidents), len(self.contacts))


def due(
    models: ReadModels,
    today: date,
    zone: ZoneInfo,
    visitor_days: int,
    resident_days: int,
    batch: int = 1000,
) -> Due:
    """At most `batch` of each kind whose retention period is over by `today`."""
    start_of_today = datetime.combine(today, time(), zone)
    with models.reading() as db:
        return Due(
            passes=models.visitor_log.forgettable(
                db, start_of_today - timedelta(days=visitor_days - 1), batch
            ),
            households=models.resident_files.forgettable(
                db, today - timedelta(days=resident_days - 1), batch
            ),
            incidents=models.incident_board.forgettable(
                db, start_of_today - timedelta(days=visitor_days - 1), batch
            ),
            contacts=models.contact_log.forgettable(
                db, start_of_today - timedelta(days=visitor_days - 1), batch
            ),
        )
