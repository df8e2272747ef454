"""What auditors do that the store must remember: taking a copy of its history away,
printing a report of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from domain import errors
from domain.core import DeskCore, command
from domain.values import required_text, whole_number

if TYPE_CHECKING:
    from domain.audit_trail import AuditTrail

_MOST = 999_999_999


class AuditCommands(DeskCore):
    @command("export_history", catalogue=False)
    def record_export(
        self, folder: str, event_count: int, head_position: int, head_digest: str
    ) -> str:
        """Records an export of the history (auditor or admin); returns the export's id."""
        where = required_text(folder, "folder", 1000)
        count = whole_number(event_count, "event_count", 0, _MOST)
        head = whole_number(head_position, "head_position", 0, _MOST)
        trail = self._audit_trail()
        export_id = str(self.new_id())
        trail.record_export(
            export_id=export_id,
            folder=where,
            event_count=count,
            head_position=head,
            head_digest=str(head_digest or ""),
        )
        self._save(trail)
        return export_id

    @command("any_signed_in", catalogue=False)
    def record_report_print(self, report: str, period: str, head_position: int) -> None:
        """A printed report (the emergency log) is part of who looked at what."""
        trail = self._audit_trail()
        trail.record_report_print(
            report=required_text(report, "report", 100),
            period=required_text(period, "period", 100),
            head_position=whole_number(head_position, "head_position", 0, _MOST),
        )
        self._save(trail)

    def _audit_trail(self) -> AuditTrail:
        from domain.audit_trail import AUDIT_TRAIL_ID, AuditTrail

        try:
            return self._load(AUDIT_TRAIL_ID, AuditTrail)
        except errors.NotFoundError:
            return AuditTrail()
