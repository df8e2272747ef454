"""Slips printed with one key while the next person is already being served (a walk-in's
number, a parcel's shelf label): drawn on a worker, which waits there for the drawing
process, and sent to the desk's printer once drawn. The window goes on meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.widgets.jobs import Job

Drawn = tuple[bytes, str]  # the PDF and the title it prints under


def print_when_drawn(
    parent: QWidget,
    draw: Callable[[], Drawn | None],
    output: Any = None,
    not_printed: Callable[[], None] | None = None,
) -> Job:
    """Prints what `draw` draws (None: nothing to print) on this desk's printer, or on
    `output` (a PdfOutput-like object). `not_printed` hears of a slip that could not be
    drawn."""
    if output is None:
        from desktop.printer import PdfOutput

        output = PdfOutput()

    def drawn(found: Drawn | None) -> None:
        if found is not None:
            pdf, title = found
            output.send(pdf, title, parent)

    job = Job(lambda _progress: draw(), parent)
    job.succeeded.connect(drawn)
    if not_printed is not None:
        job.failed.connect(lambda _problem: not_printed())
    return job.start()
