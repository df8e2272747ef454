"""The visitor registration form: built for a queue at the counter and the keyboard.

Enter moves to the next field to type in (a choice keeps what it shows unless Tab or its
Alt key reaches it), Ctrl+Enter registers. The ID number and phone are checked
as they are typed, with the domain's own rules and messages; anything else the domain
refuses (an empty flat, no renovation agreement) appears in the form, and nothing is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
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
from desktop.widgets.visitor_recall import RECALL_KEY, RecallBar
from domain import errors
from domain.values import (
    IdType,
    UnitNumber,
    required_text,
    validate_id_number,
    validate_phone,
)
from domain.visitors import WORKERS, VisitKind

KINDS = [kind.value for kind in VisitKind]
ID_TYPES = [kind.value for kind in IdType]
UNIT_ROLE = Qt.ItemDataRole.UserRole + 10
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CONFIRMED_KEY = "F9"


class Message(QLabel):
    """A red message on its own row right under its field; the row is hidden while empty.

    Its height is that of its text wrapped at its present width, given as a plain size hint:
    QFormLayout's own height-for-width estimate leaves a gap under a one-line message."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("FieldError")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # no negative margin to sit closer to the field: it cut off the top of the first line

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        width = self.width() if self.isVisible() else 280
        return QSize(super().sizeHint().width(), super().heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped into other lines at the new width


def _message() -> QLabel:
    return Message()


def _check_mark() -> QIcon:
    """A green tick drawn once, shown inside a field whose value the domain accepts."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#2f855a"), 2.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawPolyline([QPointF(3, 8.5), QPointF(6.5, 12), QPointF(13, 4.5)])
    painter.end()
    return QIcon(pixmap)


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
        self._households: dict[str, str] = {}
        self._default_purpose = ""

        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        self.unit = QLineEdit()
        self.unit.setPlaceholderText("3-2-1502")
        self.unit.setMaxLength(12)
        self.units = QStandardItemModel(self)
        self.completer = QCompleter(self.units, self)
        self.completer.setCompletionRole(UNIT_ROLE)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(8)
        self.unit.setCompleter(self.completer)
        self.host = QLabel()
        self.host.setObjectName("FieldHint")
        self.host.setMinimumWidth(90)
        self.host.setStyleSheet(
            "QLabel { color: #4a5568; } QLabel[alert='true'] { color: #b7791f; }"
        )
        self.unit_error = _message()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(label(kind), kind)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.name_error = _message()
        self.id_type = QComboBox()
        for id_type in ID_TYPES:
            self.id_type.addItem(label(id_type), id_type)
        self.id_type.setMaximumWidth(104)  # the number needs the room: 18 characters and a tick
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(30)
        self.id_error = _message()
        tick = _check_mark()
        self.id_ok = self.id_number.addAction(tick, QLineEdit.ActionPosition.TrailingPosition)
        self.id_ok.setVisible(False)
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone_error = _message()
        self.phone_ok = self.phone.addAction(tick, QLineEdit.ActionPosition.TrailingPosition)
        self.phone_ok.setVisible(False)
        self.company = QLineEdit()
        self.company.setMaxLength(80)
        self.work_id = QLineEdit()
        self.work_id.setMaxLength(40)
        self.purpose = QLineEdit()
        self.purpose.setMaxLength(200)
        self.purpose_error = _message()
        self.error = _message()
        self.register_button = QPushButton()
        self.register_button.setProperty("primary", True)
        self.confirmed_button = QPushButton()
        self.clear_button = QPushButton()

        unit_row = QHBoxLayout()
        unit_row.setSpacing(8)
        unit_row.addWidget(self.unit, 0)
        unit_row.addWidget(self.host, 1)
        unit_box = QWidget()
        unit_box.setLayout(unit_row)
        unit_row.setContentsMargins(0, 0, 0, 0)
        id_row = QHBoxLayout()
        id_row.setContentsMargins(0, 0, 0, 0)
        id_row.setSpacing(6)
        id_row.addWidget(self.id_type, 0)
        id_row.addWidget(self.id_number, 1)
        id_box = QWidget()
        id_box.setLayout(id_row)
        self.unit.setFixedWidth(110)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(8)
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget, QWidget, QLabel | None]] = [
            ("unit", unit_box, self.unit, self.unit_error),
            ("kind", self.kind, self.kind, None),
            ("name", self.name, self.name, self.name_error),
            ("id", id_box, self.id_type, self.id_error),
            ("phone", self.phone, self.phone, self.phone_error),
            ("company", self.company, self.company, None),
            ("work_id", self.work_id, self.work_id, None),
            ("purpose", self.purpose, self.purpose, self.purpose_error),
        ]
        for key, field, buddy, note in rows:
            caption = QLabel()
            caption.setBuddy(buddy)
            self.labels[key] = caption
            self.form.addRow(caption, field)
            if note is not None:
                self.form.addRow("", note)
                self.form.setRowVisible(note, False)
        self.error.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch()
        buttons.addWidget(self.confirmed_button)
        buttons.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        self.recall = RecallBar()
        self.recall.accepted.connect(self.fill_from)
        layout.addWidget(self.recall)
        recall_key = QShortcut(QKeySequence(RECALL_KEY), self)
        recall_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        recall_key.activated.connect(self.recall.accept)
        confirmed_key = QShortcut(QKeySequence(CONFIRMED_KEY), self)
        confirmed_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        confirmed_key.activated.connect(self._on_confirmed_button_clicked)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.fields: list[QWidget] = [
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
        for field in self.fields:
            field.installEventFilter(self)
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
        self.retranslate()
        self._on_kind_current_index_changed()

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
        self._show_host()
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

    def _notes(self) -> tuple[QLabel, ...]:
        return (
            self.unit_error,
            self.name_error,
            self.id_error,
            self.phone_error,
            self.purpose_error,
            self.error,
        )

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
        if households == self._households:
            return
        self._households = dict(households)
        self.units.clear()
        for unit, members in households.items():
            item = QStandardItem(f"{unit}   {members}")
            item.setData(unit, UNIT_ROLE)
            self.units.appendRow(item)
        self._show_host()

    def _show_host(self) -> None:
        text = self.unit.text().strip()
        members = self._households.get(text)
        if members is None:
            try:
                members = self._households.get(str(UnitNumber.parse(text))) if text else None
            except errors.DomainError:
                members = None
        if members:
            self.host.setText(members)
            self.host.setProperty("alert", False)
        elif text and self._looks_complete(text) and self._registered(text):
            self.host.setText(self.tr("no household lives here"))
            self.host.setProperty("alert", True)
        else:
            self.host.setText("")
            self.host.setProperty("alert", False)
        self.host.style().unpolish(self.host)
        self.host.style().polish(self.host)

    def _registered(self, text: str) -> bool:
        """An unknown unit is not said to be empty: registering says it is unknown."""
        try:
            self.live.desk.get_unit(text)
        except errors.DomainError:
            return False
        return True

    @staticmethod
    def _looks_complete(text: str) -> bool:
        try:
            UnitNumber.parse(text)
        except errors.DomainError:
            return False
        return True

    # --- checking as you type --------------------------------------------------------------

    def _on_unit_text_changed(self, _text: str) -> None:
        self._show(self.unit_error, "")
        self._show_host()

    def _on_unit_return_pressed(self) -> None:
        self._next_field(self.unit)

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

    def _id_problem(self, finished: bool) -> str:
        text = self.id_number.text().strip()
        if not text:
            return ""
        id_type = self.id_type.currentData()
        if not finished and id_type == "resident_id" and len(text) < 18 and text.isdigit():
            return ""  # still typing: nothing wrong yet
        try:
            validate_id_number(id_type, text, self.live.today())
        except errors.DomainError as refusal:
            return str(refusal)
        return ""

    def _check_id(self, finished: bool) -> None:
        problem = self._id_problem(finished)
        self._show(self.id_error, problem)
        self.id_ok.setVisible(not problem and self._accepted(self._valid_id))

    def _valid_id(self) -> None:
        validate_id_number(self.id_type.currentData(), self.id_number.text(), self.live.today())

    @staticmethod
    def _accepted(check: Any) -> bool:
        try:
            check()
        except errors.DomainError:
            return False
        return True

    def _on_id_number_text_changed(self, _text: str) -> None:
        self._check_id(finished=False)
        self._look_for_returning()

    def _on_id_number_editing_finished(self) -> None:
        self._check_id(finished=True)

    def _on_id_type_current_index_changed(self, *_: object) -> None:
        self._check_id(finished=bool(self.id_number.text()))

    def _phone_problem(self, finished: bool) -> str:
        text = self.phone.text().strip()
        digits = "".join(c for c in text if c.isdigit())
        if not text or (not finished and len(digits) < 11 and text[0] in "01+"):
            return ""
        try:
            validate_phone(text)
        except errors.DomainError as refusal:
            return str(refusal)
        return ""

    def _check_phone(self, finished: bool) -> None:
        problem = self._phone_problem(finished)
        self._show(self.phone_error, problem)
        self.phone_ok.setVisible(
            not problem and self._accepted(lambda: validate_phone(self.phone.text()))
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
        log, now = self.live.models.visitor_log, self.live.now()  # type: ignore[attr-defined]
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
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress):
            return super().eventFilter(watched, event)
        if event.key() not in _ENTER:
            return False
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl or watched is self.register_button:
            self.register()
            return True
        popup = self.completer.popup()
        if watched is self.unit and popup is not None and popup.isVisible():
            popup.hide()
        self._next_field(watched)
        return True

    def _next_field(self, current: QObject) -> None:
        if isinstance(current, QLineEdit) and current is self.id_number:
            self._on_id_number_editing_finished()
        visible = [f for f in self.fields if f.isVisibleTo(self) and f.isEnabled()]
        if current in visible:
            later = visible[visible.index(current) + 1 :]  # type: ignore[arg-type]
            # The choices the form starts with (a guest, a resident ID) are kept: Enter goes
            # on to what must be typed. Tab, or the choice's Alt key, reaches a choice.
            typed = [f for f in later if not isinstance(f, QComboBox)]
            (typed or later or visible[-1:])[0].setFocus(Qt.FocusReason.TabFocusReason)

    # --- registering -----------------------------------------------------------------------

    def register(self, host_confirmed: bool = False) -> str | None:
        """Runs register_visitor; a refusal appears beside its field or under the form."""
        if not self.isEnabled():
            return None
        for note in self._notes():
            self._show(note, "")
        problems = self._problems()
        if problems:  # every one at once, each beside its field
            for note, (text, _) in problems.items():
                self._show(note, text)
            next(iter(problems.values()))[1].setFocus()
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
            )
        except errors.DomainError as refusal:
            self._show_refusal(refusal)
            return None
        self.clear()
        (self.registered_confirmed if host_confirmed else self.registered).emit(pass_id)
        return pass_id

    def _problems(self) -> dict[QLabel, tuple[str, QWidget]]:
        """What the domain would refuse in each field, all found before anything is sent."""
        found: dict[QLabel, tuple[str, QWidget]] = {}
        today = self.live.today()
        checks: list[tuple[QLabel, QWidget, Any]] = [
            (self.unit_error, self.unit, self._check_unit),
            (self.name_error, self.name, lambda: required_text(self.name.text(), "name", 60)),
            (
                self.id_error,
                self.id_number,
                lambda: validate_id_number(
                    self.id_type.currentData(), self.id_number.text(), today
                ),
            ),
            (self.phone_error, self.phone, lambda: validate_phone(self.phone.text())),
            (
                self.purpose_error,
                self.purpose,
                lambda: required_text(self.purpose.text(), "purpose", 200),
            ),
        ]
        for note, field, check in checks:
            try:
                check()
            except errors.DomainError as refusal:
                found[note] = (str(refusal), field)
        return found

    def _check_unit(self) -> None:
        number = UnitNumber.parse(self.unit.text())
        if self.live.desk.get_unit(number).household_id is None:
            raise errors.UnitEmptyError(unit=str(number))

    def _show_refusal(self, refusal: errors.DomainError) -> None:
        field = str(refusal.params.get("field", ""))
        unit_errors = (
            errors.InvalidUnitNumberError,
            errors.UnknownUnitError,
            errors.UnitEmptyError,
            errors.RenovationAgreementRequiredError,
        )
        if isinstance(refusal, unit_errors) or field == "unit_number":
            self._show(self.unit_error, str(refusal))
            self.unit.setFocus()
        elif isinstance(refusal, errors.InvalidIdNumberError) or field in ("id_type", "id_number"):
            self._show(self.id_error, str(refusal))
            self.id_number.setFocus()
        elif isinstance(refusal, errors.InvalidPhoneError) or field == "phone":
            self._show(self.phone_error, str(refusal))
            self.phone.setFocus()
        else:
            self._show(self.error, str(refusal))
            target = {"name": self.name, "purpose": self.purpose, "company": self.company}
            target.get(field, self.unit).setFocus()

    def clear(self) -> None:
        for field in (self.unit, self.name, self.id_number, self.phone, self.company, self.work_id):
            field.clear()
        self.kind.setCurrentIndex(0)
        self.id_type.setCurrentIndex(0)
        self.purpose.clear()
        self._apply_default_purpose()
        for note in self._notes():
            self._show(note, "")

    def _on_register_button_clicked(self) -> None:
        self.register()

    def _on_confirmed_button_clicked(self) -> None:
        self.register(host_confirmed=True)

    def _on_clear_button_clicked(self) -> None:
        self.clear()
        self.unit.setFocus()
