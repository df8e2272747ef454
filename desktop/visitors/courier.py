"""The quick pass for a courier or food-delivery rider (F6 in Visitors): the flat, the
company, a phone or its last four digits; no ID number. Enter issues the half-hour pass and
prints it; Ctrl+Enter checks the rider in without a printed pass. Alt+1…7 picks a company
and goes on to the phone, so a pass takes three keys beyond typing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.visitors.field_checks import accepted
from desktop.visitors.host_unit import HostUnit
from desktop.widgets import keyboard
from desktop.widgets.forms import ENTER, add_captioned, error_label, form_layout
from desktop.widgets.instructions_note import InstructionsNote, unit_of
from domain import errors
from domain.visitors import DELIVERY_MINUTES

# Brand names, the same in every language (what is printed on the rider's jacket).
COMPANIES = ("顺丰", "京东", "美团外卖", "饿了么", "中通", "圆通", "韵达")
CONFIRMED_VIA = ("order_shown", "intercom")
COURIER_KEY = "F6"


class CourierDialog(QDialog):
    """Emits `issued(pass id, print it)` once the pass is recorded, then closes."""

    issued = Signal(str, bool)

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.pass_id = ""
        self.setModal(True)
        self.setMinimumWidth(420)
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.host_unit = HostUnit(self._registered)
        self.unit = self.host_unit.unit
        self.instructions = InstructionsNote(live)
        self.company = QComboBox()
        self.company.setEditable(True)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for name in COMPANIES:
            self.company.addItem(name, name)
        self.company.addItem("", "")  # 其他: typed in
        self.company.setCurrentIndex(-1)
        self.company.setEditText("")
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.confirmed_via = QComboBox()
        for code in CONFIRMED_VIA:
            self.confirmed_via.addItem(label(code), code)
        self.error = error_label()
        self.issue_button = QPushButton()
        self.issue_button.setProperty("primary", True)
        self.issue_button.setAutoDefault(False)
        self.check_in_button = QPushButton()
        self.check_in_button.setAutoDefault(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self._build_layout()
        self._connect()
        self.retranslate()
        keyboard.install(self, self.issue_button, self.unit)
        self.unit.setFocus()

    def _build_layout(self) -> None:
        self.form = form_layout(spacing=(10, 8))
        self.captions = {
            "unit": add_captioned(self.form, self.host_unit, self.unit),
            "company": add_captioned(self.form, self.company),
            "phone": add_captioned(self.form, self.phone),
            "confirmed": add_captioned(self.form, self.confirmed_via),
        }
        self.form.insertRow(1, "", self.instructions)
        self.hint = QLabel()
        self.hint.setObjectName("FieldHint")
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        buttons.addWidget(self.check_in_button)
        buttons.addWidget(self.issue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        for watched in (self.unit, self.company, self.phone, self.confirmed_via):
            watched.installEventFilter(self)
        line = self.company.lineEdit()
        if line is not None:
            line.installEventFilter(self)
        self.unit.returnPressed.connect(self._after_unit)  # Enter on the completer's list
        self.unit.textChanged.connect(self._on_unit_text_changed)
        self.company.activated.connect(lambda _index: self.phone.setFocus())
        for number in range(1, len(COMPANIES) + 1):
            key = QShortcut(QKeySequence(f"Alt+{number}"), self)
            key.activated.connect(lambda index=number - 1: self.pick_company(index))
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.check_in_only)
        QShortcut(QKeySequence("Ctrl+Enter"), self).activated.connect(self.check_in_only)
        self.issue_button.clicked.connect(lambda: self.issue(check_in=False))
        self.check_in_button.clicked.connect(self.check_in_only)
        self.cancel_button.clicked.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Courier or food delivery"))
        self.heading.setText(
            self.tr("Courier or food delivery — pass for {minutes} minutes").format(
                minutes=DELIVERY_MINUTES
            )
        )
        self.captions["unit"].setText(self.tr("Host &unit"))
        self.captions["company"].setText(self.tr("Compan&y"))
        self.captions["phone"].setText(self.tr("P&hone"))
        self.captions["confirmed"].setText(self.tr("&Confirmed by"))
        self.company.setItemText(len(COMPANIES), self.tr("Other (type it)"))
        line = self.company.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Alt+1…7 picks one"))
        self.phone.setPlaceholderText(self.tr("phone, or its last 4 digits"))
        self.hint.setText(
            self.tr(
                "No ID number: the company and a phone make sure the right flat receives "
                "the delivery. "
            )
            + "  ".join(f"Alt+{n} {name}" for n, name in enumerate(COMPANIES, start=1))
        )
        self.issue_button.setText(self.tr("Issue and print  (Enter)"))
        self.check_in_button.setText(self.tr("Check in, no pass  (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.host_unit.nobody_here = self.tr("no household lives here")
        self.instructions.retranslate()

    def set_households(self, households: dict[str, str]) -> None:
        self.host_unit.set_households(households)

    def _registered(self, text: str) -> bool:
        return accepted(lambda: self.live.desk.get_unit(text))

    # --- the keyboard ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress):
            return super().eventFilter(watched, event)
        in_company = watched is self.company or watched is self.company.lineEdit()
        if event.key() == Qt.Key.Key_Escape and in_company and not self.company.view().isVisible():
            # The editable box keeps Esc to itself: the dialog's rule (ask before discarding
            # what was typed) is to hear it, as from every other field.
            QApplication.sendEvent(self, QKeyEvent(event.type(), event.key(), event.modifiers()))
            return True
        if event.key() not in ENTER or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if watched is self.unit:
            self._after_unit()
        elif watched is self.company or watched is self.company.lineEdit():
            self.phone.setFocus()
        else:
            self.issue(check_in=False)
        return True

    def _after_unit(self) -> None:
        self.host_unit.hide_completions()
        (self.phone if self.company.currentText().strip() else self.company).setFocus()

    def _on_unit_text_changed(self, text: str) -> None:
        self.error.hide()
        self.host_unit.show_host()
        self.instructions.show_for(text)
        QTimer.singleShot(0, self.adjustSize)  # as tall as the flat's instructions need
        if unit_of(text) and unit_of(text) == text.strip():
            # typed whole: the list would only hide the form (it shows after this signal)
            QTimer.singleShot(0, self.host_unit.hide_completions)

    def pick_company(self, index: int) -> None:
        """Alt+1…: a company from the list, and on to the phone."""
        self.host_unit.hide_completions()
        self.company.setCurrentIndex(index)
        self.phone.setFocus()
        self.phone.selectAll()

    # --- issuing -----------------------------------------------------------------------------

    def check_in_only(self) -> None:
        self.issue(check_in=True)

    def issue(self, check_in: bool) -> str | None:
        """register_delivery; a refusal is said under the form and nothing is recorded."""
        self.error.hide()
        company = self.company.currentText().strip()
        if company == self.company.itemText(len(COMPANIES)):
            company = ""
        try:
            pass_id = self.live.run(
                self.live.desk.register_delivery,
                self.unit.text(),
                company,
                self.phone.text(),
                confirmed_via=self.confirmed_via.currentData(),
                valid_minutes=DELIVERY_MINUTES,
                check_in=check_in,
            )
        except errors.DomainError as refusal:
            self.error.setText(str(refusal))
            self.error.show()
            field = str(refusal.params.get("field", ""))
            target = {"company": self.company, "phone": self.phone}.get(field, self.unit)
            if isinstance(refusal, errors.UnitEmptyError) or field == "unit":
                target = self.unit
            target.setFocus()
            return None
        self.pass_id = pass_id
        self.issued.emit(pass_id, not check_in)
        self.accept()
        return pass_id
