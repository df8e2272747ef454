"""The renewal letter from the desk: rendered and recorded by desktop/usecases/printing.py,
sent to the desk's printer. The term's first letter is its notice, recorded once the letter
went to the printer; a reprint is a numbered copy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.live import LiveDesk
from desktop.usecases import printing
from desktop.usecases.front import Front
from domain.errors import DomainError
from domain.messages import current_language


def _output() -> Any:
    """The desk's printer (Qt printing loads with the first letter)."""
    from desktop.printer import PdfOutput

    return PdfOutput()


def print_renewal_letter(
    live: LiveDesk, contract_id: str, output: Any, parent: QWidget | None
) -> str:
    """Print the letter, then record it (the notice, or a numbered copy); says what
    happened, for the page."""
    output = output or _output()
    front = Front.live(live)
    try:
        document = printing.renewal_letter(front, contract_id, current_language())
        title = QCoreApplication.translate("RenewalLetter", "Renewal notice {unit}").format(
            unit=document.subject.unit
        )
        copy = printing.send_and_record(
            front, document, lambda pdf: bool(output.send(pdf, title, parent))
        )
    except DomainError as refusal:
        return str(refusal)
    except Exception as problem:  # a document's or printer's trouble: nothing recorded
        return QCoreApplication.translate(
            "RenewalLetter", "The letter could not be printed: {why}; nothing recorded."
        ).format(why=problem)
    if copy is None:
        return QCoreApplication.translate(
            "RenewalLetter", "The letter was not printed; nothing recorded."
        )
    if copy:
        return QCoreApplication.translate(
            "RenewalLetter", "Copy {n} of the letter printed; recorded as a reprint, not a notice."
        ).format(n=copy)
    return QCoreApplication.translate("RenewalLetter", "Notice recorded and the letter printed.")
