"""The store's own record of what auditors took away: every export of its history."""

from __future__ import annotations

from uuid import UUID, uuid5

from eventsourcing.domain import event

from domain.recording import DeskAggregate
from domain.staff import NAMESPACE

AUDIT_TRAIL_ID = uuid5(NAMESPACE, "audit-trail")


class AuditTrail(DeskAggregate):
    """One per store: each export says who took the history, where to, and up to which event;
    each printed report, which report of which period, read up to which event."""

    @staticmethod
    def create_id() -> UUID:
        return AUDIT_TRAIL_ID

    class Started(DeskAggregate.Created):
        pass

    @event(Started)
    def __init__(self) -> None:
        self.exports = 0

    class HistoryExported(DeskAggregate.Event):
        export_id: str
        folder: str
        event_count: int
        head_position: int
        head_digest: str

    @event(HistoryExported)
    def record_export(
        self, export_id: str, folder: str, event_count: int, head_position: int, head_digest: str
    ) -> None:
        self.exports += 1

    class ReportPrinted(DeskAggregate.Event):
        report: str
        period: str
        head_position: int

    @event(ReportPrinted)
    def record_report_print(self, report: str, period: str, head_position: int) -> None:
        self.reports_printed = getattr(self, "reports_printed", 0) + 1
