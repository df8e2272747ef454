"""The shelf: every parcel waiting, the oldest first, those waiting longer than the center's
limit in red; a unit typed narrows it to that flat. Enter on a parcel shows it for handing
over (by ID or by sight, when the code is lost)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.live import LiveDesk
from desktop.widgets.table_model import Column, RowTableModel
from desktop.widgets.tables import RowTable
from domain.parcels import REMINDER_DAYS
from projections.parcel_shelf import ParcelRow


class ShelfPanel(QFrame):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.setObjectName("Card")
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.count = QLabel()
        self.count.setObjectName("CardCount")
        self.unit = QLineEdit()
        self.unit.setObjectName("ShelfUnit")
        self.unit.setClearButtonEnabled(True)
        self.unit.setFixedWidth(170)
        self.model = RowTableModel(
            [
                Column("", lambda r: r.unit),
                Column("", lambda r: r.shelf),
                Column("", lambda r: r.carrier),
                Column("", lambda r: r.waybill),
                Column("", lambda r: r.received_at),
                Column("", self._waited, alert=self._overdue, align_right=True),
            ],
            live.desk.timezone,
        )
        self.table = RowTable(self.model)
        self.table.fit_to_width(3)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.unit)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.unit.textChanged.connect(self.refresh)

    def _waited(self, row: ParcelRow) -> timedelta:
        return row.waited(self.live.now())

    def _overdue(self, row: ParcelRow) -> bool:
        return row.overdue(self.live.now())

    def retranslate(self) -> None:
        self.heading.setText(self.tr("On the shelf — oldest first"))
        self.unit.setPlaceholderText(self.tr("Unit… (Ctrl+F)"))
        self.model.set_headings(
            [
                self.tr("Unit"),
                self.tr("Shelf"),
                self.tr("Courier"),
                self.tr("Waybill"),
                self.tr("Received"),
                self.tr("Waited"),
            ]
        )
        self.table.setToolTip(
            self.tr("Red: waiting more than {days} days — remind the flat").format(
                days=REMINDER_DAYS
            )
        )
        if not self.live.opening:  # the page reads when it is shown
            self.refresh()

    def refresh(self) -> None:
        shelf, unit = self.live.models.parcel_shelf, self.unit.text().strip()
        rows = [r for r in self.live.read(shelf.waiting) if r.unit.startswith(unit)]
        self.model.update_rows(rows, key=lambda r: r.parcel_id)
        now = self.live.now()
        late = sum(1 for r in rows if r.overdue(now))
        self.count.setText(
            self.tr("{count} waiting · {late} over {days} days").format(
                count=len(rows), late=late, days=REMINDER_DAYS
            )
            if late
            else self.tr("{count} waiting").format(count=len(rows))
        )
        self.count.setProperty("alert", late > 0)
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)
