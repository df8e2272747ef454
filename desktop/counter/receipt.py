"""The small receipt handed to a walk-in with their number (取号凭条): rendered by
projections/documents/queue_ticket with the people ahead and the wait as they were when the
number was taken, and sent straight to this desk's printer. Nothing is recorded: the number
itself is the record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.live import LiveDesk
from desktop.print_jobs import print_when_drawn
from desktop.widgets.jobs import Job
from domain.messages import current_language

RECEIPT_WIDTH_MM = 80  # the usual counter receipt printer; 58 mm is the other


def queue_ticket_pdf(live: LiveDesk, ticket: str) -> bytes | None:
    """The receipt of a number taken today, as PDF bytes (None when the number is unknown)."""
    from desktop.printer import drawn
    from projections.documents.drawing_process import queue_ticket_pdf as render

    desk, board = live.desk, live.live_models.queue_board
    day, now = desk.today(), desk.now()

    def read(db: Any) -> Any:
        row = board.get(db, day, ticket)
        return (row, board.estimate(db, day, now, ahead=row.ahead_when_taken)) if row else None

    with live.live_models.reading() as db:
        found = read(db)
    if found is None:
        return None
    row, estimate = found
    return drawn(
        render,
        row,
        estimate,
        desk.community(),
        RECEIPT_WIDTH_MM,
        current_language(),
        zone=desk.timezone,
    )


def print_queue_ticket(
    parent: QWidget,
    ticket: str,
    output: Any = None,
    not_printed: Callable[[], None] | None = None,
) -> Job | None:
    """Prints the receipt on this desk's printer (or `output`, a PdfOutput-like object),
    once drawn: the window goes on meanwhile (the next walk-in's F2 waits for nothing).
    `not_printed` hears of a receipt that could not be drawn."""
    live = getattr(parent, "live", None)
    if not isinstance(live, LiveDesk):
        return None
    title = QCoreApplication.translate("CounterPage", "Queue number {ticket}").format(ticket=ticket)

    def draw() -> tuple[bytes, str] | None:
        pdf = queue_ticket_pdf(live, ticket)
        return None if pdf is None else (pdf, title)

    return print_when_drawn(parent, draw, output, not_printed)
