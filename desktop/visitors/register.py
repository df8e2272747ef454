"""The visitor registration form: built for a queue at the counter and the keyboard.

Enter moves to the next field to type in (a choice keeps what it shows unless Tab or its
Alt key reaches it), Ctrl+Enter registers. The ID number and phone are checked
as they are typed, with the domain's own rules and messages; anything else the domain
refuses (an empty flat, no renovation agreement) appears in the form, and nothing is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.live import LiveDesk
from desktop.visitors.field_checks import (
    Message,
    accepted,
    check_mark,
    id_problem,
    phone_problem,
    problems,
    refused_field,
)
from desktop.visitors.host_unit import HostUnit
from desktop.visitors.override import AdmitAnyway
from desktop.widgets.forms import EnterMovesOn, add_captioned, form_layout, key_inside
from desktop.widgets.instructions_note import InstructionsNote
from desktop.widgets.visitor_recall import RECALL_KEY, RecallBar
from domain import errors
from domain.values import IdType, UnitNumber, validate_id_number, validate_phone
from domain.visitors import WORKERS, VisitKind

KINDS = [kind.value for kind in VisitKind]
ID_TYPES = [kind.value for kind in IdType]
CONFIRMED_KEY = "F9"


def _choices(codes: list[str]) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        combo.addItem(label(code), code)
    return combo


def _line(max_length: int) -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(max_length)
    return field


def _tick(field: QLineEdit, icon: QIcon) -> QAction:
    """The green tick inside a field, shown once the domain accepts what it holds."""
    tick = field.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
    tick.setVisible(False)
    return tick


class RegistrationForm(QFrame):
    """Registers a visitor for a host unit; emits the new pass id."""

    registered = Signal(str)
    # The host answered while the visitor's details were typed: register, record the
    # confirmation, issue and print, in one chord.
    registered_confirmed = Signal(str)

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.setObjectName("Card")
        self._default_purpose = ""
        self._build_fields()
        self._build_form()
        self._build_layout()
        self._connect()
        self.retranslate()
        self._on_kind_current_index_changed()

    def _build_fields(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.recall = RecallBar()
        self.host_unit = HostUnit(self._registered)
        self.unit, self.host = self.host_unit.unit, self.host_unit.host
        self.unit_error = Message()
        self.instructions = InstructionsNote(self.live)  # the flat's standing instructions
        self.admit_anyway = AdmitAnyway(self.live)
        self.kind = _choices(KINDS)
        self.name = _line(60)
        self.name_error = Message()
        self.id_type = _choices(ID_TYPES)
        self.id_type.setMaximumWidth(104)  # the number needs the room: 18 characters and a tick
        self.id_number = _line(30)
        self.id_error = Message()
        tick = check_mark()
        self.id_ok = _tick(self.id_number, tick)
        self.phone = _line(20)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone_error = Message()
        self.phone_ok = _tick(self.phone, tick)
        self.company = _line(80)
        self.work_id = _line(40)
        self.purpose = _line(200)
        self.purpose_error = Message()
        self.error = Message()
        self.register_button = QPushButton()
        self.register_button.setProperty("primary", True)
        self.confirmed_button = QPushButton()
        self.clear_button = QPushButton()

    def _build_form(self) -> None:
        """A caption a row (its Alt key reaches the field), each field's message under it."""
        id_box = QWidget()
        id_row = QHBoxLayout(id_box)
        id_row.setContentsMargins(0, 0, 0, 0)
        id_row.setSpacing(6)
        id_row.addWidget(self.id_type, 0)
        id_row.addWidget(self.id_number, 1)
        self.form = form_layout(spacing=(10, 8))
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget, QWidget, QLabel | None]] = [
            ("unit", self.host_unit, self.unit, self.unit_error),
            ("kind", self.kind, self.kind, None),
            ("name", self.name, self.name, self.name_error),
            ("id", id_box, self.id_type, self.id_error),
            ("phone", self.phone, self.phone, self.phone_error),
            ("company", self.company, self.company, None),
            ("work_id", self.work_id, self.work_id, None),
            ("purpose", self.purpose, self.purpose, self.purpose_error),
        ]
        for key, field, buddy, note in rows:
            self.labels[key] = add_captioned(self.form, field, buddy)
            if note is not None:
                self.form.addRow("", note)
                self.form.setRowVisible(note, False)
            if field is self.host_unit:
                self.form.addRow("", self.instructions)
        self.error.hide()

    def _build_layout(self) -> None:
        # Clear beside the heading: the two ways to register keep the whole row under the
        # form, so their captions fit the 404-pixel column in every language.
        heading_line = self.heading_line = QHBoxLayout()
        heading_line.addWidget(self.heading)
        heading_line.addStretch()
        heading_line.addWidget(self.clear_button)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.confirmed_button)
        buttons.addWidget(self.register_button)
        for button in (self.confirmed_button, self.register_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(heading_line)
        layout.addWidget(self.recall)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.admit_anyway)
        layout.addLayout(buttons)
        # Tab as the eye reads: the purpose, the two ways to register, then Clear
        QWidget.setTabOrder(self.purpose, self.confirmed_button)
        QWidget.setTabOrder(self.confirmed_button, self.register_button)
        QWidget.setTabOrder(self.register_button, self.clear_button)

    def _connect(self) -> None:
        """The signals, and the keys: Enter on to the next field, Ctrl+Enter, F9, recall."""
        fields: list[QWidget] = [
            self.unit,
            self.kind,
            self.name,
            self.id_type,
            self.id_number,
            self.phone,
            self.company,
            self.work_id,
            self.purpose,
            self.register_button,
        ]
        self.enter = EnterMovesOn(self, fields, self.register, self._leaving)
        self.recall.accepted.connect(self.fill_from)
        key_inside(self, RECALL_KEY, self.recall.accept)
        key_inside(self, CONFIRMED_KEY, self._on_confirmed_button_clicked)
        self.unit.textChanged.connect(self._on_unit_text_changed)
        self.name.textChanged.connect(lambda _text: self._show(self.name_error, ""))
        self.purpose.textChanged.connect(lambda _text: self._show(self.purpose_error, ""))
        # Enter on the completer's list reaches the field as returnPressed, not a key event
        self.unit.returnPressed.connect(self._on_unit_return_pressed)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.id_type.currentIndexChanged.connect(self._on_id_type_current_index_changed)
        self.id_number.textChanged.connect(self._on_id_number_text_changed)
        self.id_number.editingFinished.connect(self._on_id_number_editing_finished)
        self.phone.textChanged.connect(self._on_phone_text_changed)
        self.phone.editingFinished.connect(self._on_phone_editing_finished)
        self.register_button.clicked.connect(self._on_register_button_clicked)
        self.confirmed_button.clicked.connect(self._on_confirmed_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.admit_anyway.admit.connect(lambda reason: self.register(override_reason=reason))

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Register a visitor"))
        self.recall.retranslate()
        captions = {
            "unit": self.tr("Host &unit"),
            "kind": self.tr("Visit &kind"),
            "name": self.tr("Visitor &name"),
            "id": self.tr("&ID"),
            "phone": self.tr("P&hone"),
            "company": self.tr("Compan&y"),
            "work_id": self.tr("&Work ID"),
            "purpose": self.tr("&Purpose"),
        }
        for key, text in captions.items():
            self.labels[key].setText(text)
        for combo, codes in ((self.kind, KINDS), (self.id_type, ID_TYPES)):
            for index, code in enumerate(codes):
                combo.setItemText(index, label(code))
        self.name.setPlaceholderText(self.tr("as on the ID"))
        self.id_number.setPlaceholderText(self.tr("checked as you type"))
        self.phone.setPlaceholderText("13800138000")
        self.company.setPlaceholderText(self.tr("company or shop"))
        self.work_id.setPlaceholderText(self.tr("badge or work card number"))
        self.register_button.setText(self.tr("Register  (Ctrl+Enter)"))
        self.confirmed_button.setText(self.tr("Confirmed, print  (F9)"))
        self.confirmed_button.setToolTip(
            self.tr(
                "The host confirmed by phone while the details were typed: registers the "
                "visitor, records the confirmation, issues the pass and prints it"
            )
        )
        self.clear_button.setText(self.tr("Clear"))
        self.host_unit.nobody_here = self.tr("no household lives here")
        self.host_unit.show_host()
        self.instructions.retranslate()
        self.admit_anyway.retranslate()
        self._apply_default_purpose()
        if self.id_error.isVisible():  # the message again, in the new language
            self._check_id(finished=True)
        if self.phone_error.isVisible():
            self._check_phone(finished=True)

    def _purposes(self) -> dict[str, str]:
        return {
            "guest": self.tr("Visiting family or friends"),
            "delivery": self.tr("Delivery"),
            "contractor": self.tr("Repair or installation"),
            "moving": self.tr("Moving"),
            "renovation": self.tr("Renovation work"),
            "other": "",
        }

    def _beside(self) -> dict[str, tuple[QLabel, QWidget]]:
        """A checked field's message, and where the cursor goes to put it right."""
        return {
            "unit": (self.unit_error, self.unit),
            "name": (self.name_error, self.name),
            "id": (self.id_error, self.id_number),
            "phone": (self.phone_error, self.phone),
            "purpose": (self.purpose_error, self.purpose),
        }

    def _notes(self) -> tuple[QLabel, ...]:
        return (*(note for note, _ in self._beside().values()), self.error)

    def _show(self, note: QLabel, text: str) -> None:
        note.setText(text)
        if note is self.unit_error and text:
            self.host.setText("")  # the message says what is wrong with the unit; one voice
        if note is self.error:
            note.setVisible(bool(text))
        else:
            self.form.setRowVisible(note, bool(text))

    # --- the host units --------------------------------------------------------------------

    def set_households(self, households: dict[str, str]) -> None:
        """The occupied units and who lives there, for completion and the host's name."""
        self.host_unit.set_households(households)

    def _registered(self, text: str) -> bool:
        return accepted(lambda: self.live.desk.get_unit(text))

    # --- checking as you type --------------------------------------------------------------

    def _on_unit_text_changed(self, text: str) -> None:
        self._show(self.unit_error, "")
        self.host_unit.show_host()
        self.instructions.show_for(text)

    def _on_unit_return_pressed(self) -> None:
        self.enter.next_field(self.unit)

    def _on_kind_current_index_changed(self, *_: object) -> None:
        worker = self.kind.currentData() in WORKERS
        self.form.setRowVisible(self.company, worker)
        self.form.setRowVisible(self.work_id, worker)
        self._apply_default_purpose()

    def _apply_default_purpose(self) -> None:
        """A purpose to start from for each kind, replaced as soon as something is typed."""
        current = self.purpose.text()
        wanted = self._purposes().get(self.kind.currentData() or "", "")
        if not current or current == self._default_purpose or current in self._purposes().values():
            self.purpose.setText(wanted)
        self._default_purpose = wanted

    def _check_id(self, finished: bool) -> None:
        id_type, text = self.id_type.currentData(), self.id_number.text()
        problem = id_problem(id_type, text, self.live.today(), finished)
        self._show(self.id_error, problem)
        valid = accepted(lambda: validate_id_number(id_type, text, self.live.today()))
        self.id_ok.setVisible(not problem and valid)

    def _on_id_number_text_changed(self, _text: str) -> None:
        self._check_id(finished=False)
        self._look_for_returning()

    def _on_id_number_editing_finished(self) -> None:
        self._check_id(finished=True)

    def _on_id_type_current_index_changed(self, *_: object) -> None:
        self._check_id(finished=bool(self.id_number.text()))

    def _check_phone(self, finished: bool) -> None:
        problem = phone_problem(self.phone.text(), finished)
        self._show(self.phone_error, problem)
        self.phone_ok.setVisible(
            not problem and accepted(lambda: validate_phone(self.phone.text()))
        )

    def _on_phone_text_changed(self, _text: str) -> None:
        self._check_phone(finished=False)
        self._look_for_returning()

    # --- a returning visitor ---------------------------------------------------------------

    def _look_for_returning(self) -> None:
        """Once the phone or ID number is whole and valid, offer the visitor's last visit
        (only while the name is still empty: nothing typed is overwritten unasked)."""
        if self.name.text().strip() or not self.isEnabled():
            self.recall.withdraw()
            return
        phone = self.phone.text() if self.phone_ok.isVisible() else ""
        id_number = self.id_number.text() if self.id_ok.isVisible() else ""
        if not phone and not id_number:
            self.recall.withdraw()
            return
        log, now = self.live.models.visitor_log, self.live.now()
        row = self.live.read(lambda db: log.last_visit(db, now, phone, id_number))
        if row is None:
            self.recall.withdraw()
        else:
            self.recall.offer(row, self.live.desk.timezone)

    def fill_from(self, pass_id: str) -> None:
        """The form filled in from a past pass: the same visitor, the same host, the same
        purpose; the receptionist checks the ID against the person and registers."""
        try:
            past = self.live.desk.get_pass(pass_id)
        except errors.DomainError as refusal:
            self._show(self.error, str(refusal))
            return
        self.recall.withdraw()
        self.unit.setText(str(past.host_unit))
        self.host_unit.hide_completions()
        self.kind.setCurrentIndex(max(0, self.kind.findData(past.kind)))
        self.name.setText(past.name)
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(past.id_type)))
        self.id_number.setText(past.id_number)
        self.phone.setText(past.phone)
        self.company.setText(past.company)
        self.work_id.setText(past.work_id)
        self.purpose.setText(past.purpose)
        self._check_id(finished=True)
        self._check_phone(finished=True)
        self.register_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter registers

    def _on_phone_editing_finished(self) -> None:
        self._check_phone(finished=True)

    # --- the keyboard ----------------------------------------------------------------------

    def _leaving(self, field: QObject) -> None:
        """Enter leaves a field: the unit's completions close, the ID number is checked."""
        if field is self.unit:
            self.host_unit.hide_completions()
        elif field is self.id_number:
            self._on_id_number_editing_finished()

    # --- registering -----------------------------------------------------------------------

    def register(self, host_confirmed: bool = False, override_reason: str = "") -> str | None:
        """Runs register_visitor; a refusal appears beside its field or under the form. A
        supervisor's `override_reason` admits a person the flat barred."""
        if not self.isEnabled():
            return None
        self.admit_anyway.hide()
        for note in self._notes():
            self._show(note, "")
        found = problems(self._values(), self.live.today(), self._check_unit)
        if found:  # every one at once, each beside its field
            beside = self._beside()
            for key, text in found.items():
                self._show(beside[key][0], text)
            beside[next(iter(found))][1].setFocus()
            return None
        worker = self.kind.currentData() in WORKERS
        try:
            pass_id = self.live.run(
                self.live.desk.register_visitor,
                self.unit.text(),
                self.name.text(),
                self.id_type.currentData(),
                self.id_number.text(),
                self.phone.text(),
                self.purpose.text(),
                self.kind.currentData(),
                company=self.company.text() if worker else "",
                work_id=self.work_id.text() if worker else "",
                override_reason=override_reason,
            )
        except errors.DoNotAdmitError as refusal:
            self._show(self.error, str(refusal))
            if self.admit_anyway.offer():
                self.admit_anyway.reason.setFocus()
            else:
                self.unit.setFocus()
            return None
        except errors.DomainError as refusal:
            self._show_refusal(refusal)
            return None
        self.clear()
        (self.registered_confirmed if host_confirmed else self.registered).emit(pass_id)
        return pass_id

    def _values(self) -> dict[str, str]:
        return {
            "unit": self.unit.text(),
            "name": self.name.text(),
            "id_type": self.id_type.currentData(),
            "id_number": self.id_number.text(),
            "phone": self.phone.text(),
            "purpose": self.purpose.text(),
        }

    def _check_unit(self, text: str) -> None:
        number = UnitNumber.parse(text)
        if self.live.desk.get_unit(number).household_id is None:
            raise errors.UnitEmptyError(unit=str(number))

    def _show_refusal(self, refused: errors.DomainError) -> None:
        where = refused_field(refused)
        if where is not None:
            note, field = self._beside()[where]
            self._show(note, str(refused))
            field.setFocus()
            return
        self._show(self.error, str(refused))
        target = {"name": self.name, "purpose": self.purpose, "company": self.company}
        target.get(str(refused.params.get("field", "")), self.unit).setFocus()

    def clear(self) -> None:
        for field in (self.unit, self.name, self.id_number, self.phone, self.company, self.work_id):
            field.clear()
        self.kind.setCurrentIndex(0)
        self.id_type.setCurrentIndex(0)
        self.purpose.clear()
        self._apply_default_purpose()
        for note in self._notes():
            self._show(note, "")
        self.admit_anyway.withdraw()

    def _on_register_button_clicked(self) -> None:
        self.register()

    def _on_confirmed_button_clicked(self) -> None:
        self.register(host_confirmed=True)

    def _on_clear_button_clicked(self) -> None:
        self.clear()
        self.unit.setFocus()
