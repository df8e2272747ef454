"""Choosing the moment to look at: every workspace then shows the desk as it stood then."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from desktop.widgets import keyboard
from desktop.widgets.command_dialog import CommandDialog

MOMENT_FORMAT = "yyyy-MM-dd HH:mm:ss"


def to_qdatetime(moment: datetime, zone: ZoneInfo) -> QDateTime:
    """The wall-clock time at the service center, as Qt's editors show it."""
    local = moment.astimezone(zone)
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


def from_qdatetime(value: QDateTime, zone: ZoneInfo) -> datetime:
    day, time = value.date(), value.time()
    return datetime(
        day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second(), tzinfo=zone
    )


def moment_edit(moment: datetime, zone: ZoneInfo) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(moment, zone))
    edit.setDisplayFormat(MOMENT_FORMAT)
    edit.setCalendarPopup(True)
    keyboard.select_all_on_focus(edit)  # a typed moment replaces the suggested one exactly
    return edit


class AsOfDialog(CommandDialog):
    """Asks for a date and time (the service center's local time)."""

    def __init__(
        self,
        suggested: datetime,
        zone: ZoneInfo,
        earliest: datetime | None,
        latest: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("View the desk as of a moment"), self.tr("Show"), parent)
        self.zone = zone
        self.set_intro(
            self.tr(
                "Every workspace will show the desk as it stood at this moment, "
                "read-only; events recorded at that very second are included."
            )
        )
        self.moment_edit = moment_edit(suggested, zone)
        if earliest is not None:
            self.moment_edit.setMinimumDateTime(to_qdatetime(earliest, zone))
        self.moment_edit.setMaximumDateTime(to_qdatetime(latest, zone))
        self.form.addRow(self.tr("Moment ({zone})").format(zone=str(zone)), self.moment_edit)
        self.chosen: datetime | None = None

    def moment(self) -> datetime:
        return from_qdatetime(self.moment_edit.dateTime(), self.zone)

    def submit(self) -> None:
        self.chosen = self.moment()
