"""The renewal notice letter: rendered by projections/documents, then sent to the desk's
printer."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.live import LiveDesk
from domain.messages import current_language


def _printing() -> tuple[Any, Any, Any] | None:
    """The letter's renderer and the desk's printing, when this installation has them."""
    try:
        from desktop import printer as printing_qt
        from projections.documents.move_in_pack import member_names
        from projections.documents.renewal_letter import render_renewal_letter
    except ImportError:
        return None
    return render_renewal_letter, member_names, printing_qt


def can_print() -> bool:
    return _printing() is not None


def print_renewal_letter(
    live: LiveDesk, contract_id: str, output: Any, parent: QWidget | None, copy_number: int = 0
) -> str:
    """Print the letter of a notice already recorded (or of a reprint recorded as copy
    `copy_number`); says what happened, for the page."""
    printing = _printing()
    calendar = live.models.renewal_calendar  # type: ignore[attr-defined]
    files = live.models.resident_files  # type: ignore[attr-defined]
    row = live.read(lambda db: calendar.get(db, contract_id))
    if printing is None or row is None:
        return QCoreApplication.translate(
            "RenewalLetter", "Notice recorded; printing is not available on this desk."
        )
    render, member_names, printing_qt = printing
    file = live.read(lambda db: files.file(db, row.household_id))
    desk = live.desk
    pdf = BytesIO()
    try:
        render(
            row,
            member_names(file) if file else [],
            current_language(),
            pdf,
            community=desk.community(),
            zone=desk.timezone,
            printed_at=desk.now(),
            copy_number=copy_number,
        )
        title = QCoreApplication.translate("RenewalLetter", "Renewal notice {unit}").format(
            unit=row.unit
        )
        printed = (output or printing_qt.PdfOutput()).send(pdf.getvalue(), title, parent)
    except Exception as problem:  # the notice is recorded whatever the printer does
        return QCoreApplication.translate(
            "RenewalLetter", "Notice recorded; the letter could not be printed: {why}"
        ).format(why=problem)
    if printed and copy_number:
        return QCoreApplication.translate(
            "RenewalLetter", "Copy {n} of the letter printed; recorded as a reprint, not a notice."
        ).format(n=copy_number)
    if printed:
        return QCoreApplication.translate(
            "RenewalLetter", "Notice recorded and the letter printed."
        )
    return QCoreApplication.translate(
        "RenewalLetter", "Notice recorded; the letter was not printed."
    )
