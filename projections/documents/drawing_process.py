"""What a process that only draws documents runs. Importing this module is cheap: the
desk names these functions to the drawing process without loading reportlab itself."""

from __future__ import annotations

from typing import Any


def warm() -> None:
    """As the process starts: the CJK font loaded (~0.7 s) before the first pass waits."""
    from projections.documents.fonts import register_fonts

    register_fonts()
    import projections.documents.visitor_pass  # noqa: F401


def pass_pdf(*args: Any, **kwargs: Any) -> bytes:
    """The visitor pass as PDF bytes (`projections.documents.visitor_pass.pass_pdf`)."""
    from projections.documents.visitor_pass import pass_pdf as draw

    return draw(*args, **kwargs)
