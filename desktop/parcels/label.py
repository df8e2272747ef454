"""The 62 mm shelf label, printed with one key (Ctrl+P) on the desk's printer as a parcel
goes on the shelf: drawn by projections/documents/parcel_label from the parcel's row on the
shelf. A label is not a record: printing one records nothing (receiving the parcel did)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.live import LiveDesk
from domain.messages import current_language


def shelf_label_pdf(live: LiveDesk, parcel_id: str) -> bytes | None:
    """The label of a parcel on the shelf, as PDF bytes (None for a parcel not known)."""
    from desktop.printer import drawn
    from projections.documents.drawing_process import parcel_label_pdf

    shelf = live.live_models.parcel_shelf
    with live.live_models.reading() as db:
        row = shelf.get(db, parcel_id)
    if row is None:
        return None
    desk = live.desk
    return drawn(parcel_label_pdf, row, desk.community(), current_language(), zone=desk.timezone)


def print_shelf_label(parent: QWidget, live: LiveDesk, parcel_id: str, output: Any = None) -> bool:
    """Prints the label on this desk's printer (or `output`, a PdfOutput-like object)."""
    pdf = shelf_label_pdf(live, parcel_id)
    if pdf is None:
        return False
    if output is None:
        from desktop.printer import PdfOutput

        output = PdfOutput()
    code = live.desk.get_parcel(parcel_id).pickup_code
    title = QCoreApplication.translate("ParcelsPage", "Shelf label {code}").format(code=code)
    return bool(output.send(pdf, title, parent))
