"""Print the emergency log report of a period, from the Incidents workspace: straight to the
desk's printer (Ctrl+P), or its preview on request; rendered and recorded (once it went to
the printer) by desktop/usecases/printing.py, as `frontdesk print emergency-log` is."""

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

from desktop import printer as printing_qt
from desktop.live import LiveDesk
from desktop.usecases import printing
from desktop.usecases.front import Front
from desktop.widgets import keyboard
from desktop.widgets.dates import to_date
from desktop.widgets.print_key import print_key
from domain import errors
from domain.messages import current_language


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EmergencyReportDialog(QDialog):
    """Choose the period; Print sends the report to the desk's printer, Preview… shows it."""

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
        self.print_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.preview_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        print_key(self.print_button)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Emergency log report"))
        self.print_button.setText(self.tr("&Print (Ctrl+P)"))
        self.preview_button.setText(self.tr("Pre&view…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        keyboard.install(self, self.print_button, self.start)

    def period(self) -> tuple[date, date]:
        return to_date(self.start.date()), to_date(self.end.date())

    def _on_buttons_accepted(self) -> None:
        self._print(preview=False)

    def _on_preview_button_clicked(self) -> None:
        self._print(preview=True)

    def _print(self, preview: bool) -> None:
        start, end = self.period()
        front = Front.live(self.live)
        try:
            document = printing.emergency_report(front, start, end, current_language())
        except errors.DomainError as refusal:  # a period that ends before it starts
            self.error.setText(str(refusal))
            return
        title = self.tr("Emergency log {start} – {end}").format(start=start, end=end)
        send = self.output.preview if preview else self.output.send
        try:
            printed = printing.send_and_record(front, document, lambda pdf: send(pdf, title, self))
        except printing_qt.PrintingUnavailableError as problem:
            self.error.setText(str(problem))
            return
        except errors.DomainError as refusal:
            self.error.setText(str(refusal))
            return
        if printed is None:
            return  # still open: print it, choose another period, or close
        self.accept()
