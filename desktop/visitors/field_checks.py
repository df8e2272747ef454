"""The register form's checks as its fields are typed: the domain's own rules and messages,
a red message under the field that is wrong, a green tick in a field the domain accepts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel

from domain import errors
from domain.values import UnitNumber, required_text, validate_id_number, validate_phone

# What the domain says about the host unit, shown under the unit field.
UNIT_REFUSALS = (
    errors.InvalidUnitNumberError,
    errors.UnknownUnitError,
    errors.UnitEmptyError,
    errors.RenovationAgreementRequiredError,
)


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


def check_mark() -> QIcon:
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


def refusal(check: Callable[[], object]) -> str:
    """What the domain says against a value ('' when it accepts it)."""
    try:
        check()
    except errors.DomainError as refused:
        return str(refused)
    return ""


def accepted(check: Callable[[], object]) -> bool:
    return not refusal(check)


def id_problem(id_type: str, text: str, today: date, finished: bool) -> str:
    """What is wrong with an ID number; nothing while a resident ID is still being typed."""
    text = text.strip()
    if not text:
        return ""
    if not finished and id_type == "resident_id" and len(text) < 18 and text.isdigit():
        return ""  # still typing: nothing wrong yet
    return refusal(lambda: validate_id_number(id_type, text, today))


def phone_problem(text: str, finished: bool) -> str:
    """What is wrong with a phone number; nothing while a mobile number is still being typed."""
    text = text.strip()
    digits = "".join(c for c in text if c.isdigit())
    if not text or (not finished and len(digits) < 11 and text[0] in "01+"):
        return ""
    return refusal(lambda: validate_phone(text))


def is_unit_number(text: str) -> bool:
    return accepted(lambda: UnitNumber.parse(text))


def refused_field(refused: errors.DomainError) -> str | None:
    """The field whose message says a refusal: 'unit', 'id' or 'phone'; None for one said
    under the whole form."""
    field = str(refused.params.get("field", ""))
    if isinstance(refused, UNIT_REFUSALS) or field == "unit_number":
        return "unit"
    if isinstance(refused, errors.InvalidIdNumberError) or field in ("id_type", "id_number"):
        return "id"
    if isinstance(refused, errors.InvalidPhoneError) or field == "phone":
        return "phone"
    return None


def problems(
    fields: Mapping[str, str], today: date, check_unit: Callable[[str], object]
) -> dict[str, str]:
    """What the domain would refuse in each field ('unit', 'name', 'id', 'phone', 'purpose'),
    all found before anything is sent; a field it accepts is not named."""
    checks: dict[str, Callable[[], object]] = {
        "unit": lambda: check_unit(fields["unit"]),
        "name": lambda: required_text(fields["name"], "name", 60),
        "id": lambda: validate_id_number(fields["id_type"], fields["id_number"], today),
        "phone": lambda: validate_phone(fields["phone"]),
        "purpose": lambda: required_text(fields["purpose"], "purpose", 200),
    }
    found = {key: refusal(check) for key, check in checks.items()}
    return {key: text for key, text in found.items() if text}
