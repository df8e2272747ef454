"""Planning a community activity: what, when, where, and how many places."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QSpinBox, QTimeEdit, QWidget

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets.command_dialog import CommandDialog
from desktop.widgets.dates import to_date
from domain.activities import ActivityKind


class PlanActivityDialog(CommandDialog):
    def __init__(
        self, live: LiveDesk, places: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__("", "", parent)
        self.live = live
        self.activity_id = ""
        self.setWindowTitle(self.tr("Plan an activity"))
        self.ok.setText(self.tr("Plan activity"))
        self.set_intro(self.tr("Plan staff, venue, supplies and safety; promote it in advance."))
        self.title_field = QLineEdit()
        self.title_field.setMaxLength(100)
        self.title_field.setPlaceholderText(self.tr("e.g. 中秋节做月饼"))
        self.kind = QComboBox()
        for kind in ActivityKind:
            self.kind.addItem(label(kind.value), kind.value)
        day = live.today() + timedelta(days=7)
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.starts = QTimeEdit(QTime(14, 0))
        self.ends = QTimeEdit(QTime(16, 0))
        for field in (self.starts, self.ends):
            field.setDisplayFormat("HH:mm")
        self.place = QComboBox()
        self.place.setEditable(True)
        self.place.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.place.addItems(["", *places])
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 10000)
        self.capacity.setValue(50)
        self.form.addRow(self.tr("Title"), self.title_field)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Day"), self.day)
        self.form.addRow(self.tr("Starts"), self.starts)
        self.form.addRow(self.tr("Ends"), self.ends)
        self.form.addRow(self.tr("Place"), self.place)
        self.form.addRow(self.tr("Places (people)"), self.capacity)
        self.title_field.setFocus()

    def moment(self, time: QTime) -> datetime:
        day = to_date(self.day.date())
        return datetime(
            day.year, day.month, day.day, time.hour(), time.minute(), tzinfo=self.live.desk.timezone
        )

    def submit(self) -> None:
        self.activity_id = self.live.run(
            self.live.desk.plan_activity,
            self.title_field.text(),
            self.kind.currentData(),
            self.moment(self.starts.time()).isoformat(),
            self.moment(self.ends.time()).isoformat(),
            self.place.currentText(),
            str(self.capacity.value()),
        )
