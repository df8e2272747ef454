"""One event of the log in full: where it sits, who recorded it when and at which desk, its
record, its seal and everything it says; from here, its record's timeline or the desk as of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.audit.fields import FieldTable
from desktop.audit.names import event_name, record_name
from desktop.labels import label
from desktop.live import LiveDesk
from domain.errors import DomainError

MOMENT = "%Y-%m-%d %H:%M:%S"


def _two_lines(digest: str) -> str:
    """A 64-hex-digit seal in two lines of 32, as such digests are usually written down."""
    half = len(digest) // 2
    return f"{digest[:half]}\n{digest[half:]}" if len(digest) > 40 else digest


class EventDetail(QWidget):
    """Everything one event says: where it sits in the log, who, when, where, and its data."""

    open_timeline = Signal(str)  # record id
    show_moment = Signal(object)  # datetime

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.row: Any = None
        self.heading = QLabel()
        self.heading.setObjectName("AuditHeading")
        self.heading.setWordWrap(True)
        self.captions = [QLabel() for _ in range(6)]
        self.values = [QLabel() for _ in range(6)]
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        for caption, value in zip(self.captions, self.values, strict=True):
            caption.setObjectName("Caption")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(caption, value)
        self.values[5].setObjectName("Digest")
        self.data = FieldTable()
        self.timeline_button = QPushButton()
        self.timeline_button.clicked.connect(self._on_timeline_button_clicked)
        self.moment_button = QPushButton()
        self.moment_button.clicked.connect(self._on_moment_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.timeline_button)
        buttons.addWidget(self.moment_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.data, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        for caption, text in zip(
            self.captions,
            [
                self.tr("Position"),
                self.tr("Recorded"),
                self.tr("By"),
                self.tr("At desk"),
                self.tr("Record"),
                self.tr("Seal"),
            ],
            strict=True,
        ):
            caption.setText(text)
        self.data.set_headings(self.tr("Field"), self.tr("Value"))
        self.timeline_button.setText(self.tr("Timeline of this record"))
        self.moment_button.setText(self.tr("The desk at this moment"))
        self.moment_button.setToolTip(
            self.tr("Show every workspace as it stood right after this event (read-only)")
        )
        if self.row is not None:
            self.show_row(self.row)

    def show_row(self, row: Any) -> None:
        self.row = row
        zone = self.live.desk.timezone
        local = row.timestamp.astimezone(zone)
        self.heading.setText(
            f"{event_name(row.aggregate, row.type)} · {record_name(row.aggregate)}"
        )
        values = [
            self.tr("#{position} · version {version} of its record").format(
                position=row.position, version=row.version
            ),
            f"{local.strftime(MOMENT)} ({zone})",
            self._who(row.operator),
            row.desk or "—",
            f"{record_name(row.aggregate)}\n{row.aggregate_id}",
            _two_lines(getattr(row, "digest", "")) or self.tr("not sealed"),
        ]
        for value, text in zip(self.values, values, strict=True):
            value.setText(text)
        self.data.show_fields(row.data, zone)

    def _who(self, username: str) -> str:
        if not username:
            return "—"
        try:
            staff = self.live.desk.get_staff(username)
        except DomainError:
            return username
        return f"{staff.name} ({username} · {label(staff.role)})"

    def _on_timeline_button_clicked(self) -> None:
        if self.row is not None:
            self.open_timeline.emit(self.row.aggregate_id)

    def _on_moment_button_clicked(self) -> None:
        if self.row is not None:
            self.show_moment.emit(self.row.timestamp)
