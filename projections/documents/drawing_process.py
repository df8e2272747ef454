"""What a process that only draws documents runs. Importing this module is cheap: the
desk names these functions to the drawing process without loading reportlab itself."""

from __future__ import annotations

import multiprocessing
import os
import threading
from typing import Any


def warm() -> None:
    """As the process starts: it goes when the desk goes, and the CJK font is loaded
    (~0.7 s) before the first pass waits for it."""
    _leave_with_the_desk()
    from projections.documents.fonts import register_fonts

    register_fonts()
    import projections.documents.parcel_label
    import projections.documents.queue_ticket
    import projections.documents.visitor_pass  # noqa: F401


def pass_pdf(*args: Any, **kwargs: Any) -> bytes:
    """The visitor pass as PDF bytes (`projections.documents.visitor_pass.pass_pdf`)."""
    from projections.documents.visitor_pass import pass_pdf as draw

    return draw(*args, **kwargs)


def queue_ticket_pdf(*args: Any, **kwargs: Any) -> bytes:
    """A walk-in's number (`projections.documents.queue_ticket.queue_ticket_pdf`)."""
    from projections.documents.queue_ticket import queue_ticket_pdf as draw

    return draw(*args, **kwargs)


def parcel_label_pdf(*args: Any, **kwargs: Any) -> bytes:
    """A parcel's shelf label (`projections.documents.parcel_label.parcel_label_pdf`)."""
    from projections.documents.parcel_label import parcel_label_pdf as draw

    return draw(*args, **kwargs)


def _leave_with_the_desk() -> None:
    """A desk that is killed or crashes cannot say goodbye: this process ends when the
    desk's does, instead of staying behind."""
    desk = multiprocessing.parent_process()
    if desk is not None:

        def watch() -> None:
            desk.join()
            os._exit(0)

        threading.Thread(target=watch, name="leave-with-the-desk", daemon=True).start()
