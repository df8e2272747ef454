"""Handing the shift over (Ctrl+H): the checklist of open matters as it stands now, read from
the log, notes for the next shift, and one key to record the handover. The next person
takes it over when they sign in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.handover.items import item_text
from desktop.live import LiveDesk
from desktop.usecases import printing
from desktop.usecases.front import Front
from desktop.usecases.keeping_prints import handover_sheet
from desktop.widgets import keyboard
from desktop.widgets.forms import error_label
from domain import errors
from domain.messages import current_language
from projections.handover_checklist import checklist

HAND_OVER_KEY = "Ctrl+H"


class HandOverDialog(QDialog):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.handover_id = ""
        self.items: list[dict[str, Any]] = []
        self.setModal(True)
        self.setMinimumSize(560, 480)
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.checklist = QListWidget()
        self.checklist.setObjectName("Checklist")
        self.checklist.setWordWrap(True)
        self.notes_caption = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(110)
        self.notes_caption.setBuddy(self.notes)
        self.error = error_label()
        self.done_note = QLabel()
        self.done_note.setWordWrap(True)
        self.done_note.setObjectName("Done")
        self.done_note.hide()
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.print_button = QPushButton()
        self.print_button.setAutoDefault(False)
        self.print_button.setEnabled(False)  # once handed over: the sheet both sign
        self.output: Any = None  # the desk's printer (tests put a fake here)
        self.hand_over_button = QPushButton()
        self.hand_over_button.setProperty("primary", True)
        self.hand_over_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.hand_over_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.checklist, 1)
        layout.addWidget(self.notes_caption)
        layout.addWidget(self.notes)
        layout.addWidget(self.error)
        layout.addWidget(self.done_note)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.reject)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.print_button.clicked.connect(self.print_sheet)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.hand_over)
        self.retranslate()
        self.load()
        keyboard.install(self, self.hand_over_button, self.notes)
        self.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand over the shift"))
        self.heading.setText(self.tr("Hand over the shift"))
        self.notes_caption.setText(self.tr("&Notes for the next shift"))
        self.notes.setPlaceholderText(self.tr("What to watch, whom to call back, anything special"))
        self.close_button.setText(self.tr("Close") if self.handover_id else self.tr("Cancel"))
        self.print_button.setText(self.tr("Print the sheet"))
        self.hand_over_button.setText(self.tr("Hand over  (Ctrl+Enter)"))

    def load(self) -> None:
        """The checklist as it stands now (the handover records it again at its moment)."""
        live = self.live
        models, now, zone = live.models, live.now(), live.desk.timezone
        self.items = live.read(lambda db: checklist(models, db, now))
        self.checklist.clear()
        for item in self.items:
            self.checklist.addItem(item_text(item, zone))
        if not self.items:
            self.checklist.addItem(self.tr("No open matters: nothing waits for the next shift."))
        self.summary.setText(
            self.tr(
                "{count} open matters at {time}. The next person takes them over at sign-in."
            ).format(count=len(self.items), time=now.astimezone(zone).strftime("%H:%M"))
        )

    def hand_over(self) -> None:
        if self.handover_id:
            return
        self.error.hide()
        try:
            self.handover_id = self.live.run(
                self.live.desk.hand_over_shift, self.notes.toPlainText().strip()
            )
        except errors.DomainError as refusal:
            self.error.setText(str(refusal))
            self.error.show()
            return
        self.hand_over_button.setEnabled(False)
        self.print_button.setEnabled(True)
        self.notes.setReadOnly(True)
        self.done_note.setText(
            self.tr(
                "Handed over. Lock the desk (Ctrl+L): the next person takes the shift over "
                "when they sign in."
            )
        )
        self.done_note.show()
        self.retranslate()
        self.print_button.setFocus()

    def print_sheet(self) -> bool:
        """The handover sheet on A4 (both sign it), its print recorded as a report's."""
        if not self.handover_id:
            return False
        if self.output is None:
            from desktop.printer import PdfOutput

            self.output = PdfOutput()
        title = self.tr("Handover sheet")
        try:
            document = handover_sheet(Front.live(self.live), self.handover_id, current_language())
            printed = printing.send_and_record(
                Front.live(self.live),
                document,
                lambda pdf: bool(self.output.send(pdf, title, self)),
            )
        except errors.DomainError as refusal:
            self.error.setText(str(refusal))
            self.error.show()
            return False
        except Exception as problem:  # a document's or printer's trouble: nothing recorded
            self.error.setText(
                self.tr("The sheet could not be printed: {why}; nothing recorded.").format(
                    why=problem
                )
            )
            self.error.show()
            return False
        if printed is None:
            return False
        self.done_note.setText(self.tr("Handed over; the sheet is printed for both to sign."))
        self.close_button.setFocus()
        return True
