"""One person's details as the desk types them, each field checked as it is typed: the ID
number's check digit, the phone, in the domain's own words beside the field."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.labels import label
from domain.errors import DomainError
from domain.values import IdType, Member, Relation, validate_id_number, validate_phone

SHORTEST_OTHER_ID = 8  # passports and permits: shorter is still being typed
COLOURS = {"error": "#c53030", "ok": "#2f855a", "hint": "#718096", "": "#718096"}


def set_message(message: QLabel, state: str, text: str) -> None:
    """Show a field's verdict beside it: red for a refusal, green when good, grey hints."""
    message.setProperty("state", state)
    message.setText(text)
    message.setStyleSheet(f"color: {COLOURS[state]};")


def message_label() -> QLabel:
    message = QLabel()
    message.setWordWrap(True)
    message.setMinimumWidth(200)
    set_message(message, "", "")
    return message


def beside(field: QWidget, message: QLabel, field_width: int = 230) -> QWidget:
    """A field with its message to the right of it."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    field.setFixedWidth(field_width)
    layout.addWidget(field)
    layout.addWidget(message, 1)
    return row


def combo(codes: list[str]) -> QComboBox:
    box = QComboBox()
    for code in codes:
        box.addItem(label(code), code)
    return box


def check_id(id_type: str, text: str, today: date) -> tuple[str, str]:
    """(state, message) for an ID number being typed; partial resident IDs get a count."""
    raw = re.sub(r"\s", "", text).upper()
    if not raw:
        return "", ""
    if id_type == IdType.RESIDENT_ID and len(raw) < 18 and raw.isdigit():
        return "hint", QCoreApplication.translate("MemberForm", "{count} of 18 characters").format(
            count=len(raw)
        )
    if id_type != IdType.RESIDENT_ID and len(raw) < SHORTEST_OTHER_ID:
        return "", ""  # a passport or permit number still being typed
    try:
        validate_id_number(id_type, raw, today)
    except DomainError as refusal:
        return "error", str(refusal)
    if id_type == IdType.RESIDENT_ID:
        born = datetime.strptime(raw[6:14], "%Y%m%d").date()
        return "ok", QCoreApplication.translate("MemberForm", "✓ Valid · born {date}").format(
            date=born.isoformat()
        )
    return "ok", "✓"


def check_phone(text: str) -> tuple[str, str]:
    digits = re.sub(r"\D", "", text)
    if not text.strip():
        return "", ""
    if digits.startswith("1") and len(digits) < 11 and not text.strip().startswith("+"):
        return "hint", QCoreApplication.translate("MemberForm", "{count} of 11 digits").format(
            count=len(digits)
        )
    if digits.startswith("0") and len(digits) < 10:
        return "", ""  # a landline still being typed
    try:
        validate_phone(text)
    except DomainError as refusal:
        return "error", str(refusal)
    return "ok", "✓"


class MemberForm(QWidget):
    """Name, relation, identity document and phone of one household member."""

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.relation = combo([r.value for r in Relation])
        self.id_type = combo([t.value for t in IdType])
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(30)
        self.id_message = message_label()
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.phone_message = message_label()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setHorizontalSpacing(12)
        self.captions = [QLabel() for _ in range(5)]
        self.form.addRow(self.captions[0], beside(self.name, QLabel()))
        self.form.addRow(self.captions[1], beside(self.relation, QLabel()))
        self.form.addRow(self.captions[2], beside(self.id_type, QLabel()))
        self.form.addRow(self.captions[3], beside(self.id_number, self.id_message))
        self.form.addRow(self.captions[4], beside(self.phone, self.phone_message))
        for caption, field in zip(
            self.captions,
            (self.name, self.relation, self.id_type, self.id_number, self.phone),
            strict=True,
        ):
            caption.setBuddy(field)
        self.name.textChanged.connect(self._on_field_changed)
        self.id_number.textChanged.connect(self._on_field_changed)
        self.id_type.currentIndexChanged.connect(self._on_field_changed)
        self.phone.textChanged.connect(self._on_field_changed)
        self.retranslate()

    def retranslate(self) -> None:
        for caption, text in zip(
            self.captions,
            (
                self.tr("&Name"),
                self.tr("&Relation"),
                self.tr("ID &type"),
                self.tr("ID n&umber"),
                self.tr("&Phone"),
            ),
            strict=True,
        ):
            caption.setText(text)
        self.name.setPlaceholderText(self.tr("as on the ID document"))
        self.phone.setPlaceholderText(self.tr("mobile or landline"))
        for box in (self.relation, self.id_type):
            for index in range(box.count()):
                box.setItemText(index, label(box.itemData(index)))
        self._on_field_changed()

    def _on_field_changed(self, *_: Any) -> None:
        set_message(
            self.id_message,
            *check_id(self.id_type.currentData(), self.id_number.text(), self.today()),
        )
        set_message(self.phone_message, *check_phone(self.phone.text()))
        self.changed.emit()

    def is_empty(self) -> bool:
        return not (
            self.name.text().strip() or self.id_number.text().strip() or self.phone.text().strip()
        )

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text().strip(),
            "relation": self.relation.currentData(),
            "id_type": self.id_type.currentData(),
            "id_number": re.sub(r"\s", "", self.id_number.text()).upper(),
            "phone": self.phone.text().strip(),
        }

    def member(self) -> Member:
        """The member as the domain will record it; a DomainError names what is wrong."""
        return Member.from_input(self.values(), self.today())

    def problem(self) -> str:
        """The first thing to fix, in the interface language ('' when the form is good)."""
        try:
            self.member()
        except DomainError as refusal:
            return str(refusal)
        return ""

    def clear(self, relation: str = "spouse") -> None:
        for field in (self.name, self.id_number, self.phone):
            field.clear()
        self.relation.setCurrentIndex(max(0, self.relation.findData(relation)))
        self.id_type.setCurrentIndex(0)
        self.name.setFocus()
