"""The move-in pack from the desk: the PDF from projections/documents, sent to the desk's
printer (or its preview, on request); a print is recorded on the household once it went to
the printer (a reprint is a numbered copy)."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.live import LiveDesk
from domain.errors import DomainError
from domain.messages import current_language


class PackUnavailableError(Exception):
    """The move-in pack cannot be produced on this installation yet."""


def move_in_pack_pdf(live: LiveDesk, household_id: str) -> bytes:
    """The household's move-in pack as PDF bytes, in the interface language."""
    try:
        from projections.documents.move_in_pack import render_move_in_pack
    except ImportError:
        raise PackUnavailableError() from None
    models = live.models
    found = live.read(
        lambda db: (
            models.resident_files.file(db, household_id),  # type: ignore[attr-defined]
            models.renewal_calendar.for_household(db, household_id),  # type: ignore[attr-defined]
        )
    )
    file, contracts = found
    if file is None:
        raise PackUnavailableError()
    desk = live.desk
    pdf = io.BytesIO()
    render_move_in_pack(
        file,
        contracts,
        Decimal(desk.get_unit(file.household.unit).area_m2),
        current_language(),
        pdf,
        community=desk.community(),
        zone=desk.timezone,
        printed_at=live.now(),
    )
    return pdf.getvalue()


def default_output() -> Any:
    try:
        from desktop.printer import PdfOutput
    except ImportError:
        raise PackUnavailableError() from None
    return PdfOutput()


def print_move_in_pack(
    live: LiveDesk,
    household_id: str,
    parent: QWidget | None = None,
    output: Any = None,
    preview: bool = False,
) -> str:
    """Print and record the pack; returns what happened, for the status line."""
    try:
        pdf = move_in_pack_pdf(live, household_id)
        output = output or default_output()
    except PackUnavailableError:
        return QCoreApplication.translate(
            "MoveInPack",
            "Printing is not available yet: the move-in pack document is not installed.",
        )
    except Exception as problem:  # a document's trouble must not lose the move-in
        return QCoreApplication.translate(
            "MoveInPack", "The pack could not be printed: {problem}"
        ).format(problem=problem)
    try:
        title = QCoreApplication.translate("MoveInPack", "Move-in pack")
        printed = (output.preview if preview else output.send)(pdf, title, parent)
    except Exception as problem:  # a printer's trouble must not lose the move-in
        return QCoreApplication.translate(
            "MoveInPack", "The pack could not be printed: {problem}"
        ).format(problem=problem)
    if not printed:
        return QCoreApplication.translate("MoveInPack", "Not printed.")
    try:
        copy = live.run(live.desk.record_move_in_pack_printed, household_id)
    except DomainError as refusal:
        return str(refusal)
    if copy == 0:
        return QCoreApplication.translate("MoveInPack", "Move-in pack printed.")
    return QCoreApplication.translate(
        "MoveInPack", "Move-in pack printed again (copy {copy})."
    ).format(copy=copy + 1)
