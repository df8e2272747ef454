"""Print the emergency log report of a period, from the Incidents workspace."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop import printing_qt
from desktop.live import LiveDesk
from desktop.printing import emergency_report_pdf
from desktop.widgets import keyboard
from domain import errors
from domain.messages import current_language


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EmergencyReportDialog(QDialog):
    """Choose the period; the report opens in the print preview."""

    def __init__(
        self,
        live: LiveDesk,
        output: printing_qt.PdfOutput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.output = output or printing_qt.PdfOutput()
        today = live.today()
        self.start = QDateEdit(_qdate(today.replace(day=1)))
        self.end = QDateEdit(_qdate(today))
        for field in (self.start, self.end):
            field.setCalendarPopup(True)
            field.setDisplayFormat("yyyy-MM-dd")
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Emergency log report"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Preview…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        keyboard.install(self, ok, self.start)

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def _on_buttons_accepted(self) -> None:
        start, end = self.period()
        if end < start:
            self.error.setText(
                str(errors.InvalidDateRangeError(start=start.isoformat(), end=end.isoformat()))
            )
            return
        pdf, _ = self.live.read(
            lambda db: emergency_report_pdf(
                self.live.desk,
                self.live.models,
                db,
                self.live.now(),
                start,
                end,
                current_language(),
            )
        )
        title = self.tr("Emergency log {start} – {end}").format(start=start, end=end)
        self.output.preview(pdf, title, self)
        self.accept()
