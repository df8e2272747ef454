"""Slips printed with one key while the next person is already being served (a walk-in's
number, a parcel's shelf label): drawn on a worker, which waits there for the drawing
process, and sent to the desk's printer once drawn. The window goes on meanwhile."""

from __future__ import annotations

import contextlib
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
    # Asked for before a lock (Ctrl+L), it still prints: the job belongs to the window, not
    # to the page, which the lock throws away.
    window = parent.window()

    def drawn(found: Drawn | None) -> None:
        if found is not None:
            pdf, title = found
            output.send(pdf, title, window)

    def failed(_problem: object) -> None:
        if not_printed is not None:
            with contextlib.suppress(RuntimeError):  # the page that would say so is gone
                not_printed()

    job = Job(lambda _progress: draw(), window)
    job.succeeded.connect(drawn)
    job.failed.connect(failed)
    return job.start()
