"""The queue ticket (取号凭条): a strip of thermal receipt paper, 58 or 80 mm wide, handed to
a walk-in when they take a number.

From the top: the community's name, the number in very large type (A012), what it is for,
when it was taken, how many people are ahead and roughly how long the wait is, then the
house rule (first come, first served; tell the desk if you must leave). The strip is as
long as its content, as a receipt printer cuts it. Black only: thermal paper prints no
colour, and grey prints as a dither, so the quieter lines are smaller rather than paler.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from domain.clock import DEFAULT_TIMEZONE
from projections.documents import drawing as d
from projections.documents.fonts import FONT, register_fonts
from projections.documents.texts import Texts, fill, load_texts
from projections.queue_board import TicketRow, WaitEstimate

WIDTHS_MM = (58, 80)
# What a receipt printer can reach across its paper (the rest is its unprintable edge).
PRINTABLE_MM = {58: 48, 80: 72}
BLACK = colors.black


@dataclass(frozen=True)
class TicketFace:
    """Everything printed on a ticket, as text in the ticket's language."""

    community: str
    title: str
    subtitle: str
    number_label: str
    number: str
    purpose: str
    taken_label: str
    taken: str
    ahead: str
    wait: str
    estimate_note: str
    notice: list[str]
    help: str


def _face(
    ticket: TicketRow, estimate: WaitEstimate, community: str, t: Texts, zone: ZoneInfo
) -> TicketFace:
    q = t.section("queue_ticket")
    if estimate.ahead == 0:
        ahead = q["ahead_none"]
    elif estimate.ahead == 1:
        ahead = q.get("ahead_one", fill(q["ahead"], n=1))
    else:
        ahead = fill(q["ahead"], n=estimate.ahead)
    wait = fill(q["wait"], minutes=estimate.minutes) if estimate.ahead else q["wait_none"]
    taken = ticket.taken_at.astimezone(zone)
    return TicketFace(
        community=community or t.data["community_fallback"],
        title=q["title"],
        subtitle=q["subtitle"],
        number_label=q["number"],
        number=ticket.ticket,
        purpose=t.term("queue_purpose", ticket.purpose),
        taken_label=q["taken"],
        taken=f"{t.day(taken.date())} {t.clock(taken, zone)}",
        ahead=ahead,
        wait=wait,
        estimate_note=q["estimate_note"] if estimate.ahead else "",
        notice=[str(part) for part in q["notice"]],
        help=q["help"],
    )


# One step of the strip: its height, and how to draw it with its baseline `y` from the top.
Step = tuple[float, Callable[[Canvas, float], None]]


def _steps(face: TicketFace, t: Texts, page_w: float, inner: float, scale: float) -> list[Step]:
    centre = page_w / 2
    left = (page_w - inner) / 2
    right = left + inner
    steps: list[Step] = []

    def line(size: float, value: str, *, weight: float = 0.0, gap: float = 1.45) -> None:
        def draw(c: Canvas, y: float) -> None:
            d.text(
                c,
                centre,
                y,
                value,
                size,
                color=BLACK,
                weight=weight,
                align="center",
                max_width=inner,
                min_size=size * 0.55,
            )

        steps.append((size * gap, draw))

    def space(height: float) -> None:
        steps.append((height, lambda c, y: None))

    def rule(dashed: bool) -> None:
        def draw(c: Canvas, y: float) -> None:
            c.saveState()
            c.setStrokeColor(BLACK)
            c.setLineWidth(0.6 if dashed else 1.2)
            if dashed:
                c.setDash(2, 1.6)
            c.line(left, y + 1.2 * mm, right, y + 1.2 * mm)  # a little nearer the next line
            c.restoreState()

        steps.append((3.6 * mm, draw))

    def pair(size: float, label: str, value: str) -> None:
        def draw(c: Canvas, y: float) -> None:
            d.text(c, left, y, label, size, color=BLACK)
            room = inner - d.width(label, size) - 2 * mm
            d.text(c, right, y, value, size, color=BLACK, align="right", max_width=room)

        steps.append((size * 1.7, draw))

    def paragraph(size: float, value: str) -> None:
        for part in d.wrap(value, size, inner, t.cjk):
            line(size, part, gap=1.5)

    s = scale
    space(2.5 * mm)
    line(11 * s, face.community, weight=0.03)
    line(7.5 * s, face.title + "  " + face.subtitle if t.cjk else face.title, gap=1.3)
    space(1 * mm)
    rule(False)
    line(8 * s, face.number_label, gap=1.2)
    number_size = 50 * s

    def number(c: Canvas, y: float) -> None:
        d.text(
            c,
            centre,
            y,
            face.number,
            number_size,
            color=BLACK,
            weight=0.06,
            align="center",
            max_width=inner,
        )

    steps.append((number_size * 0.95, number))
    line(12 * s, face.purpose, weight=0.02, gap=1.35)
    space(2.2 * mm)
    rule(True)
    line(12.5 * s, face.ahead, weight=0.035, gap=1.45)
    line(10.5 * s, face.wait, weight=0.015, gap=1.4)
    if face.estimate_note:
        paragraph(6.5 * s, face.estimate_note)
    space(1 * mm)
    rule(True)
    pair(7.5 * s, face.taken_label, face.taken)
    space(0.5 * mm)
    rule(True)
    for sentence in face.notice:
        paragraph(7.5 * s, sentence)
    space(1 * mm)
    line(6.5 * s, face.help, gap=1.5)
    space(4 * mm)  # the tear-off margin below the last line
    return steps


def render_queue_ticket(
    ticket: TicketRow,
    estimate: WaitEstimate,
    community: str,
    width_mm: int,
    out: BinaryIO,
    language: str,
    *,
    zone: ZoneInfo = DEFAULT_TIMEZONE,
) -> None:
    """Writes the ticket as a one-page PDF, `width_mm` (58 or 80) wide and as long as its
    content, to `out`.

    `ticket` is the row from `QueueBoard.get`/`of_day`; `estimate` what the wait was when
    the number was taken (`QueueBoard.estimate(db, day, now, ahead=...)`): its `ahead` and
    `minutes` are printed as they are. `community` is the community's name (blank prints
    the texts' fallback); `language` zh_CN, zh_TW or en; `zone` the desk's time zone, in
    which the time taken is printed. Raises ValueError for any other width.
    """
    if width_mm not in WIDTHS_MM:
        raise ValueError(f"unknown receipt width {width_mm!r}; choose one of {WIDTHS_MM}")
    register_fonts()
    t = load_texts(language)
    face = _face(ticket, estimate, community, t, zone)
    page_w = width_mm * mm
    inner = PRINTABLE_MM[width_mm] * mm
    scale = 1.0 if width_mm == 58 else 1.3
    steps = _steps(face, t, page_w, inner, scale)
    page_h = sum(height for height, _ in steps)
    # The stubs type initialFontName as a number; reportlab takes a font's name.
    c = Canvas(out, pagesize=(page_w, page_h), pageCompression=1, initialFontName=FONT)  # type: ignore[arg-type]
    c.setTitle(f"{face.title} {face.number}")
    c.setAuthor(face.community)
    c.setSubject(face.title)
    y = page_h
    for height, draw in steps:
        y -= height
        draw(c, y)
    c.showPage()
    c.save()


def queue_ticket_pdf(
    ticket: TicketRow,
    estimate: WaitEstimate,
    community: str,
    width_mm: int,
    language: str,
    *,
    zone: ZoneInfo = DEFAULT_TIMEZONE,
) -> bytes:
    """The ticket as PDF bytes (`render_queue_ticket` for a caller that wants bytes)."""
    out = io.BytesIO()
    render_queue_ticket(ticket, estimate, community, width_mm, out, language, zone=zone)
    return out.getvalue()
