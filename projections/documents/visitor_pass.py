"""The visitor pass: a badge card (86 × 54 mm), a 62 mm label, or A4 with cut marks.

It shows who may enter, whom they visit, and until when in large type; the QR code carries
the pass signed by the store, which the gate checks (`FrontDesk.check_pass`). A reprint
says so, with its copy number, so two passes in circulation can be told apart.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from domain.clock import DEFAULT_TIMEZONE
from projections.documents import drawing as d
from projections.documents.fonts import FONT, register_fonts
from projections.documents.texts import Texts, fill, load_texts
from projections.visitor_log import VisitorRow

SIZES = ("badge", "label62", "a4")
BADGE = (86 * mm, 54 * mm)
LABEL62 = (62 * mm, 110 * mm)


@dataclass(frozen=True)
class PassFace:
    """Everything printed on a pass, as text in the pass's language."""

    title: str
    subtitle: str
    community: str
    name: str
    id_line: str
    visiting: str
    unit: str
    kind: str
    from_label: str
    from_time: str
    from_date: str
    until_label: str
    until_time: str
    until_date: str
    code: str
    scan: str
    safety_short: str
    issued: str
    copy: str
    payload: str


def _face(
    row: VisitorRow,
    payload: str,
    t: Texts,
    copy_number: int,
    desk: str,
    operator: str,
    community: str,
    zone: ZoneInfo,
    printed_at: datetime | None,
) -> PassFace:
    p = t.section("pass")
    if row.valid_from is None or row.valid_until is None:
        raise ValueError("a pass that was never issued cannot be printed")
    issued = [
        f"{p['desk']} {desk}" if desk else "",
        f"{p['operator']} {operator}" if operator else "",
    ]
    if printed_at is not None:
        issued.append(t.moment(printed_at, zone))
    return PassFace(
        title=p["title"],
        subtitle=p["subtitle"],
        community=community or t.data["community_fallback"],
        name=row.name or row.company,  # a courier's quick pass names the company
        id_line=f"{p['id']} {row.id_masked}" if row.id_masked else "",
        visiting=p["visiting"],
        unit=row.host_unit,
        kind=t.term("visit_kind", row.kind),
        from_label=p["valid_from"],
        from_time=t.clock(row.valid_from, zone),
        from_date=t.month_day(row.valid_from.astimezone(zone).date()),
        until_label=p["valid_until"],
        until_time=t.clock(row.valid_until, zone),
        until_date=t.month_day(row.valid_until.astimezone(zone).date()),
        code=f"{p['code']} {row.code[:4]} {row.code[4:]}",
        scan=p["scan"],
        safety_short=p["safety_short"],
        issued=" · ".join(part for part in issued if part),
        copy=fill(p["copy"], n=copy_number) if copy_number else "",
        payload=payload,
    )


def _copy_tag(c: Canvas, right: float, top: float, label: str, size: float) -> None:
    """A red tag with the copy number, unmissable at the gate."""
    pad = size * 0.45
    w = d.width(label, size) + 2 * pad
    h = size * 1.45
    c.saveState()
    c.setFillColor(d.WHITE)
    c.setStrokeColor(d.WARN)
    c.setLineWidth(max(0.6, size * 0.08))
    c.roundRect(right - w, top - h, w, h, h * 0.25, stroke=1, fill=1)
    c.restoreState()
    d.text(
        c,
        right - w / 2,
        top - h + size * 0.42,
        label,
        size,
        color=d.WARN,
        weight=0.04,
        align="center",
    )


def _validity(
    c: Canvas, x: float, y: float, w: float, h: float, face: PassFace, big: float
) -> None:
    """The validity window in a tinted box: two columns, the times large."""
    c.saveState()
    c.setFillColor(d.ACCENT_LIGHT)
    c.roundRect(x, y, w, h, big * 0.18, stroke=0, fill=1)
    c.restoreState()
    label = big * 0.36
    date_size = big * 0.42
    column = w / 2
    for i, (caption, clock, day) in enumerate(
        (
            (face.from_label, face.from_time, face.from_date),
            (face.until_label, face.until_time, face.until_date),
        )
    ):
        left = x + i * column + big * 0.35
        color = d.ACCENT if i else d.INK
        d.text(c, left, y + h - label * 1.45, caption, label, color=d.MUTED)
        d.text(c, left, y + h - label * 1.45 - big * 0.98, clock, big, color=color, weight=0.05)
        d.text(c, left, y + big * 0.28, day, date_size, color=d.INK)
    c.saveState()
    c.setStrokeColor(d.RULE)
    c.setLineWidth(0.5)
    c.line(x + column, y + h * 0.15, x + column, y + h * 0.85)
    c.restoreState()


def _badge(c: Canvas, face: PassFace, t: Texts) -> None:
    """86 × 54 mm, landscape: details on the left, the QR code on the right."""
    w, h = BADGE
    band = 11 * mm
    c.setFillColor(d.ACCENT)
    c.rect(0, h - band, w, band, stroke=0, fill=1)
    left = 4 * mm
    d.text(c, left, h - 5.6 * mm, face.title, 11, color=d.WHITE, weight=0.04)
    title_end = left + d.width(face.title, 11) + 1.6 * mm
    d.text(c, title_end, h - 5.6 * mm, face.subtitle, 5.5, color=d.WHITE)
    d.text(c, left, h - 9.0 * mm, face.community, 6.5, color=d.WHITE, max_width=w - 26 * mm)
    if face.copy:
        _copy_tag(c, w - 3 * mm, h - 2.2 * mm, face.copy, 8)

    side = 23 * mm
    qx, qtop = w - 3.5 * mm - side, h - band - 2.5 * mm
    d.qr(c, qx, qtop - side, side, face.payload)
    centre = qx + side / 2
    d.text(c, centre, qtop - side - 3.2 * mm, face.code, 6.2, align="center", color=d.INK)
    d.text(
        c,
        centre,
        qtop - side - 5.6 * mm,
        face.scan,
        4.8,
        align="center",
        color=d.MUTED,
        max_width=side + 3 * mm,
    )

    column = qx - left - 3 * mm
    d.text(c, left, h - band - 7.2 * mm, face.name, 16, weight=0.045, max_width=column, min_size=9)
    d.text(c, left, h - band - 10.6 * mm, face.id_line, 6.3, color=d.MUTED, max_width=column)
    y_unit = h - band - 17.0 * mm
    d.text(c, left, y_unit, face.visiting, 6.3, color=d.MUTED)
    unit_x = left + d.width(face.visiting, 6.3) + 1.2 * mm
    used = d.text(c, unit_x, y_unit, face.unit, 13, weight=0.045)
    kind_x = unit_x + d.width(face.unit, used) + 2 * mm
    d.text(c, kind_x, y_unit, face.kind, 6.8, color=d.INK, max_width=left + column - kind_x)

    _validity(c, left, 11.2 * mm, column, 12.6 * mm, face, 15)

    lines = d.wrap(face.safety_short, 5.0, w - 2 * left, t.cjk)[:2]
    y = 7.6 * mm
    for line in lines:
        d.text(c, left, y, line, 5.0, color=d.INK)
        y -= 2.25 * mm
    d.text(c, left, 2.6 * mm, face.issued, 4.8, color=d.MUTED, max_width=w - 2 * left)


def _portrait(
    c: Canvas, x0: float, y0: float, w: float, h: float, face: PassFace, t: Texts, scale: float
) -> None:
    """A tall card: the 62 mm label, and (scaled up) the card cut from an A4 sheet."""
    u = mm * scale
    band = 15 * u
    c.setFillColor(d.ACCENT)
    c.rect(x0, y0 + h - band, w, band, stroke=0, fill=1)
    centre = x0 + w / 2
    d.text(
        c,
        centre,
        y0 + h - 7.0 * u,
        face.title,
        13 * scale,
        color=d.WHITE,
        weight=0.04,
        align="center",
    )
    d.text(c, centre, y0 + h - 10.2 * u, face.subtitle, 5.5 * scale, color=d.WHITE, align="center")
    d.text(
        c,
        centre,
        y0 + h - 13.2 * u,
        face.community,
        7 * scale,
        color=d.WHITE,
        align="center",
        max_width=w - 8 * u,
    )
    if face.copy:
        _copy_tag(c, x0 + w - 2.5 * u, y0 + h - band - 2.5 * u, face.copy, 8.5 * scale)
    inner = w - 8 * u
    y = y0 + h - band - (8.6 if face.copy else 7.6) * u
    d.text(
        c,
        centre,
        y,
        face.name,
        17 * scale,
        weight=0.045,
        align="center",
        max_width=inner,
        min_size=9 * scale,
    )
    y -= 4.0 * u
    d.text(c, centre, y, face.id_line, 7 * scale, color=d.MUTED, align="center", max_width=inner)
    y -= 7.6 * u
    unit_size = 15 * scale
    label_size = 7 * scale
    span = d.width(face.visiting, label_size) + 1.5 * u + d.width(face.unit, unit_size)
    start = centre - span / 2
    d.text(c, start, y, face.visiting, label_size, color=d.MUTED)
    d.text(c, start + span - d.width(face.unit, unit_size), y, face.unit, unit_size, weight=0.045)
    y -= 4.4 * u
    d.text(c, centre, y, face.kind, 7.5 * scale, align="center", max_width=inner)
    box = 15.5 * u
    y -= box + 3 * u
    _validity(c, x0 + 4 * u, y, inner, box, face, 18 * scale)
    side = 27 * u
    y -= side + 3.5 * u
    d.qr(c, centre - side / 2, y, side, face.payload)
    y -= 3.6 * u
    d.text(c, centre, y, face.code, 7 * scale, align="center")
    y -= 3.0 * u
    d.text(c, centre, y, face.scan, 5.5 * scale, align="center", color=d.MUTED, max_width=inner)
    size = 5.6 * scale
    y -= 4.6 * u
    for line in d.wrap(face.safety_short, size, inner, t.cjk)[:3]:
        d.text(c, x0 + 4 * u, y, line, size)
        y -= 2.5 * u
    d.text(
        c,
        centre,
        y0 + 2.6 * u,
        face.issued,
        5 * scale,
        color=d.MUTED,
        align="center",
        max_width=inner,
    )


def _a4(c: Canvas, face: PassFace, t: Texts) -> None:
    """An A4 sheet: the card at the top with cut marks, the visitor's notes below."""
    page_w, page_h = A4
    scale = 1.35
    w, h = LABEL62[0] * scale, LABEL62[1] * scale
    x0, y0 = (page_w - w) / 2, page_h - 22 * mm - h
    c.saveState()
    c.setStrokeColor(d.RULE)
    c.setDash(2, 2)
    c.setLineWidth(0.3)
    c.rect(x0, y0, w, h, stroke=1, fill=0)
    c.restoreState()
    _portrait(c, x0, y0, w, h, face, t, scale)
    d.cut_marks(c, x0, y0, w, h, length=6 * mm, gap=2 * mm)
    p = t.section("pass")
    d.text(c, page_w / 2, y0 - 7 * mm, p["cut"], 8, color=d.MUTED, align="center")

    left = 30 * mm
    y = y0 - 19 * mm
    d.text(c, left, y, p["notes_title"], 12, color=d.ACCENT, weight=0.04)
    y -= 2.5 * mm
    c.setStrokeColor(d.ACCENT)
    c.setLineWidth(0.8)
    c.line(left, y, page_w - left, y)
    y -= 6 * mm
    for number, item in enumerate(p["safety"], start=1):
        lines = d.wrap(item, 9.5, page_w - 2 * left - 7 * mm, t.cjk)
        d.text(c, left, y, f"{number}.", 9.5, color=d.ACCENT)
        for line in lines:
            d.text(c, left + 6 * mm, y, line, 9.5)
            y -= 5.2 * mm
        y -= 1.2 * mm
    y -= 2 * mm
    d.text(c, left, y, p["help"], 9, color=d.MUTED, max_width=page_w - 2 * left)


def render_pass(
    row: VisitorRow,
    payload: str,
    size: str,
    language: str,
    out: BinaryIO,
    *,
    copy_number: int = 0,
    desk: str = "",
    operator: str = "",
    community: str = "",
    zone: ZoneInfo = DEFAULT_TIMEZONE,
    printed_at: datetime | None = None,
) -> None:
    """Writes the pass as a one-page PDF to `out`."""
    if size not in SIZES:
        raise ValueError(f"unknown pass size {size!r}; choose one of {SIZES}")
    register_fonts()
    t = load_texts(language)
    face = _face(row, payload, t, copy_number, desk, operator, community, zone, printed_at)
    page = {"badge": BADGE, "label62": LABEL62, "a4": A4}[size]
    # The stubs type initialFontName as a number; reportlab takes a font's name.
    c = Canvas(out, pagesize=page, pageCompression=1, initialFontName=FONT)  # type: ignore[arg-type]
    c.setTitle(f"{face.title} {row.code} {face.name}")
    c.setAuthor(face.community)
    c.setSubject(face.title)
    if size == "badge":
        _badge(c, face, t)
    elif size == "label62":
        _portrait(c, 0, 0, *LABEL62, face, t, 1.0)
    else:
        _a4(c, face, t)
    c.showPage()
    c.save()


def pass_pdf(row: VisitorRow, payload: str, size: str, language: str, **shown: Any) -> bytes:
    """The pass as PDF bytes: `render_pass` for a caller in another process (plain values
    in, bytes out)."""
    out = io.BytesIO()
    render_pass(row, payload, size, language, out, **shown)
    return out.getvalue()
