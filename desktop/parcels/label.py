"""The 62 mm shelf label, printed with one key (Ctrl+P) on the desk's printer as a parcel
goes on the shelf: drawn by projections/documents/parcel_label from the parcel's row on the
shelf. A label is not a record: printing one records nothing (receiving the parcel did)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.live import LiveDesk
from desktop.print_jobs import Drawn, print_when_drawn
from desktop.widgets.jobs import Job
from domain.messages import current_language


def shelf_label_pdf(live: LiveDesk, parcel_id: str) -> bytes | None:
    """The label of a parcel on the shelf, as PDF bytes (None for a parcel not known)."""
    found = _drawn_label(live, parcel_id)
    return None if found is None else found[0]


def _drawn_label(live: LiveDesk, parcel_id: str) -> Drawn | None:
    from desktop.printer import drawn
    from projections.documents.drawing_process import parcel_label_pdf

    shelf = live.live_models.parcel_shelf
    with live.live_models.reading() as db:
        row = shelf.get(db, parcel_id)
    if row is None:
        return None
    desk = live.desk
    pdf = drawn(parcel_label_pdf, row, desk.community(), current_language(), zone=desk.timezone)
    title = QCoreApplication.translate("ParcelsPage", "Shelf label {code}")
    return pdf, title.format(code=row.pickup_code)


def print_shelf_label(
    parent: QWidget,
    live: LiveDesk,
    parcel_id: str,
    output: Any = None,
    not_printed: Callable[[], None] | None = None,
) -> Job:
    """Prints the label on this desk's printer (or `output`, a PdfOutput-like object) once
    drawn; the next parcel is scanned meanwhile."""
    return print_when_drawn(parent, lambda: _drawn_label(live, parcel_id), output, not_printed)
