"""The scan field: what a USB QR scanner types (the signed pass payload, then Enter), or a
pass code typed by hand. It shows the gate's verdict, and one key — Space — checks the
visitor in (pass issued and valid) or out (on site, even after the pass expired)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.widgets.table_model import display
from domain import errors
from domain.messages import term
from domain.visitors import PassStep, pass_steps

UNKNOWN = "unknown"  # a typed code no pass has (a scanned payload says "forged" instead)


class ScanCard(QFrame):
    """Emits `found` with the pass a scan names, so the page can show it."""

    found = Signal(str)  # pass id

    def __init__(
        self, live: LiveDesk, lookup: Callable[[str], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.live = live
        self.lookup = lookup  # pass id -> VisitorRow | None, fresh from the visitor log
        self.action: tuple[str, str, str] | None = None  # (command, pass id, name)
        self.shown_pass = ""  # the pass the verdict is about
        self.read_only = False
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.field = QLineEdit()
        self.field.setObjectName("ScanField")
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.heading.setBuddy(self.field)
        self.verdict = QLabel()
        self.verdict.setObjectName("Verdict")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.setProperty("primary", True)
        line = QHBoxLayout()
        line.addWidget(self.verdict)
        line.addStretch()
        line.addWidget(self.action_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.field)
        layout.addLayout(line)
        layout.addWidget(self.detail)
        self.setStyleSheet(
            "QLineEdit#ScanField { font-size: 15px; padding: 6px 8px; }"
            "QLabel#Verdict { font-size: 15px; font-weight: bold; padding: 3px 12px;"
            " border-radius: 4px; }"
            "QLabel#Verdict[tone='good'] { background: #2f855a; color: white; }"
            "QLabel#Verdict[tone='bad'] { background: #c53030; color: white; }"
        )
        self.field.returnPressed.connect(self._on_field_return_pressed)
        self.field.textEdited.connect(self._on_field_text_edited)
        self.action_button.clicked.connect(self._on_action_button_clicked)
        self.retranslate()
        self.clear_verdict()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("&Scan a pass"))
        self.field.setPlaceholderText(
            self.tr("Scan the QR code, or type the pass code, then Enter")
        )
        if self.action is None and not self.verdict.text():
            self.clear_verdict()

    def set_read_only(self, read_only: bool) -> None:
        """An auditor may ask what a pass is worth, but lets no one in or out."""
        self.read_only = read_only
        self.action_button.setEnabled(not read_only)

    def clear_verdict(self) -> None:
        self.action = None
        self.shown_pass = ""
        self.verdict.setText("")
        self.verdict.hide()
        self.detail.setText(self.tr("A valid pass checks in with one key: Space."))
        self.action_button.hide()

    def _tone(self, tone: str) -> None:
        self.verdict.show()
        self.verdict.setProperty("tone", tone)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)

    # --- the verdict ---------------------------------------------------------------------------

    def check(self, text: str) -> tuple[str, Any]:
        """The verdict on what was scanned or typed, and the pass it names (if any)."""
        text = text.strip()
        if text.upper().startswith("FD") and "." in text:
            checked = self.live.desk.check_pass(text)
            row = self.lookup(checked.pass_id) if checked.pass_id else None
            return str(checked.verdict), row
        # A code read out or typed: found in the visitor log, judged by the same rules.
        code = "".join(text.split()).upper()
        log, now = self.live.models.visitor_log, self.live.now()
        row = self.live.read(lambda db: log.by_code(db, code, now))
        if row is None:
            return UNKNOWN, None
        if row.state == "revoked":
            return "revoked", row
        if row.checked_out_at is not None:
            return "checked_out", row
        if row.valid_from and now < row.valid_from:
            return "not_yet_valid", row
        if row.valid_until and now > row.valid_until:
            return "expired", row
        return "valid", row

    def _on_field_return_pressed(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        verdict, row = self.check(text)
        self.field.selectAll()  # the next scan replaces it
        self.action = None
        self.action_button.hide()
        if verdict == UNKNOWN:
            self._tone("bad")
            self.verdict.setText(self.tr("No pass has this code"))
            self.detail.setText(self.tr("Check the code, or scan the QR code."))
            return
        good = verdict == "valid"
        self._tone("good" if good else "bad")
        said = term(verdict)
        self.verdict.setText(said[:1].upper() + said[1:])
        if row is None:
            self.detail.setText(self.tr("This pass was not issued by this community."))
            return
        zone = self.live.desk.timezone
        detail = self.tr("{name} · visiting {unit} · {kind} · until {until}").format(
            name=row.name or row.company,
            unit=row.host_unit,
            kind=label(row.kind),
            until=display(row.valid_until, zone),
        )
        if row.checked_in_at is not None and row.checked_out_at is None:
            detail += "\n" + self.tr("On site since {time}").format(
                time=display(row.checked_in_at, zone)
            )
            self.action = ("check_out", row.pass_id, row.name)
        elif good and PassStep.CHECK_IN in pass_steps(row.state, self.live.role):
            self.action = ("check_in", row.pass_id, row.name)
        self.detail.setText(detail)
        if self.action is not None:
            self.action_button.setText(
                self.tr("Check in  [Space]")
                if self.action[0] == "check_in"
                else self.tr("Check out  [Space]")
            )
            self.action_button.setEnabled(not self.read_only)
            self.action_button.show()
        self.shown_pass = row.pass_id
        self.found.emit(row.pass_id)
        self.field.setFocus()

    def _on_field_text_edited(self, _text: str) -> None:
        if self.action is not None:
            self.clear_verdict()

    # --- one key -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
            and self.action is not None
        ):
            self.act()
            return True
        return super().eventFilter(watched, event)

    def _on_action_button_clicked(self) -> None:
        self.act()

    def act(self) -> None:
        """Checks the scanned visitor in (pass issued) or out (on site)."""
        if self.action is None or self.read_only:
            return
        action, pass_id, name = self.action
        command = self.live.desk.check_in if action == "check_in" else self.live.desk.check_out
        try:
            self.live.run(command, pass_id)
        except errors.DomainError as refusal:
            self._tone("bad")
            self.detail.setText(str(refusal))
            return
        time = self.live.now().astimezone(self.live.desk.timezone).strftime("%H:%M")
        self.action = None
        self.action_button.hide()
        self._tone("good")
        self.verdict.setText(
            self.tr("{name} checked in").format(name=name)
            if action == "check_in"
            else self.tr("{name} checked out").format(name=name)
        )
        self.detail.setText(self.tr("at {time}. Ready for the next scan.").format(time=time))
        self.field.clear()
        self.field.setFocus()
        self.found.emit(pass_id)
