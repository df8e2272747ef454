"""The move-in pack from the desk: rendered and recorded by desktop/usecases/printing.py,
sent to the desk's printer (or its preview, on request); a print is recorded on the
household once it went to the printer (a reprint is a numbered copy)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.live import LiveDesk
from desktop.usecases import printing
from desktop.usecases.front import Front
from domain.errors import DomainError
from domain.messages import current_language


def default_output() -> Any:
    from desktop.printer import PdfOutput

    return PdfOutput()


def print_move_in_pack(
    live: LiveDesk,
    household_id: str,
    parent: QWidget | None = None,
    output: Any = None,
    preview: bool = False,
) -> str:
    """Print and record the pack; returns what happened, for the status line."""
    front = Front.live(live)
    title = QCoreApplication.translate("MoveInPack", "Move-in pack")
    try:
        document = printing.move_in_pack(front, household_id, current_language())
        output = output or default_output()
    except DomainError as refusal:  # a pack the household may not have: nothing printed
        return str(refusal)
    except Exception as problem:  # a document's trouble must not lose the move-in
        return QCoreApplication.translate(
            "MoveInPack", "The pack could not be printed: {problem}"
        ).format(problem=problem)
    send = output.preview if preview else output.send
    try:
        copy = printing.send_and_record(front, document, lambda pdf: send(pdf, title, parent))
    except DomainError as refusal:
        return str(refusal)
    except Exception as problem:  # a printer's trouble must not lose the move-in
        return QCoreApplication.translate(
            "MoveInPack", "The pack could not be printed: {problem}"
        ).format(problem=problem)
    if copy is None:
        return QCoreApplication.translate("MoveInPack", "Not printed.")
    if copy == 0:
        return QCoreApplication.translate("MoveInPack", "Move-in pack printed.")
    return QCoreApplication.translate(
        "MoveInPack", "Move-in pack printed again (copy {copy})."
    ).format(copy=copy + 1)
