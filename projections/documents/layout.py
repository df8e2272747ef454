"""The A4 house style shared by the move-in pack, the emergency report and the renewal letter:
a letterhead line with the community's name, page numbers "page n of m", headings, tables
and signature lines, all in the bundled font."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from projections.documents import drawing as d
from projections.documents.fonts import FONT, register_fonts
from projections.documents.texts import Texts

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X


def esc(value: Any) -> str:
    """Text as paragraph markup: '<', '&' and line breaks made safe."""
    return escape(str(value)).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    letter: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    right: ParagraphStyle
    centre: ParagraphStyle
    bullet: ParagraphStyle


def styles(t: Texts) -> Styles:
    register_fonts()  # paragraphs look their font up as soon as they are made
    # Chinese names and notes turn up in every language's documents: break lines the CJK
    # way everywhere (reportlab still breaks Latin text at spaces).
    wrap = "CJK"
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        bulletFontName=FONT,
        fontSize=10,
        leading=15.5,
        textColor=d.INK,
        wordWrap=wrap,
    )

    def style(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        body=base,
        letter=style(
            "letter",
            fontSize=10.5,
            leading=19,
            spaceAfter=7,
            firstLineIndent=21 if t.cjk else 0,  # two characters, as Chinese letters indent
        ),
        small=style("small", fontSize=8.5, leading=13),
        muted=style("muted", fontSize=8.5, leading=13, textColor=d.MUTED),
        title=style("title", fontSize=21, leading=28, textColor=d.ACCENT, spaceAfter=2),
        subtitle=style("subtitle", fontSize=11, leading=16, textColor=d.MUTED, spaceAfter=10),
        h2=style("h2", fontSize=12.5, leading=18, textColor=d.ACCENT, spaceBefore=10, spaceAfter=5),
        h3=style("h3", fontSize=10.5, leading=15, textColor=d.INK, spaceBefore=8, spaceAfter=3),
        cell=style("cell", fontSize=9, leading=13),
        cell_head=style("cell_head", fontSize=8.5, leading=12, textColor=d.ACCENT),
        label=style("label", fontSize=9, leading=13, textColor=d.MUTED),
        right=style("right", alignment=TA_RIGHT),
        centre=style("centre", alignment=TA_CENTER),
        bullet=style("bullet", leftIndent=14, bulletIndent=3, spaceAfter=3, alignment=TA_LEFT),
    )


class Heavy(Paragraph):
    """A paragraph drawn with stroked outlines: a heading's weight from a one-weight font."""

    weight = 0.035

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        colour = self.style.textColor
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(self.style.fontSize * self.weight)
        canvas.setLineJoin(1)
        # Text render mode: fill, then stroke. The canvas's operator list is private; the
        # stubs leave it out.
        canvas._code.append("2 Tr")  # type: ignore[attr-defined]
        super().draw()
        canvas.restoreState()


class Rule(Flowable):
    """A horizontal line across the frame."""

    def __init__(self, colour: Any = d.ACCENT, thickness: float = 0.8, space: float = 4) -> None:
        super().__init__()
        self.colour, self.thickness, self.space = colour, thickness, space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.thickness + 2 * self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)


class CutLine(Flowable):
    """A dashed line with a caption: where a reply slip is cut off."""

    def __init__(self, caption: str, height: float = 16) -> None:
        super().__init__()
        self.caption, self.height = caption, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(d.MUTED)
        c.setDash(3, 2)
        c.setLineWidth(0.6)
        c.line(0, self.height / 2, self.width, self.height / 2)
        c.restoreState()


class CheckBox(Flowable):
    """An empty square to tick, and its label."""

    def __init__(self, label: str, size: float = 10) -> None:
        super().__init__()
        self.label, self.size = label, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.size * 1.6

    def draw(self) -> None:
        c = self.canv
        side = self.size * 1.05
        c.setStrokeColor(d.INK)
        c.setLineWidth(0.8)
        c.rect(0, self.size * 0.25, side, side, stroke=1, fill=0)
        d.text(
            c,
            side + self.size * 0.6,
            self.size * 0.42,
            self.label,
            self.size,
            max_width=self.width - side - self.size,
        )


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells (even empty ones) use the bundled font, never Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def heading(text: str, st: Styles) -> list[Flowable]:
    return [Heavy(esc(text), st.h2), Rule(d.ACCENT_LIGHT, 1.2, 1.5)]


def subheading(text: str, st: Styles) -> list[Flowable]:
    return [Heavy(esc(text), st.h3)]


def title_block(title: str, subtitle: str, st: Styles) -> list[Flowable]:
    blocks: list[Flowable] = [Heavy(esc(title), st.title)]
    if subtitle:
        blocks.append(Paragraph(esc(subtitle), st.subtitle))
    blocks.append(Rule(d.ACCENT, 1.4, 2))
    blocks.append(Spacer(1, 4))
    return blocks


def bullets(items: Sequence[str], st: Styles, numbered: bool = False) -> list[Flowable]:
    return [
        Paragraph(esc(item), st.bullet, bulletText=f"{i}." if numbered else "•")
        for i, item in enumerate(items, start=1)
    ]


def table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    st: Styles,
    *,
    zebra: bool = True,
    blank_rows: int = 0,
    valign: str = "TOP",
) -> Table:
    """A ruled table; cells are wrapped text. Fractions in `widths` share the frame width."""
    total = sum(widths)
    col_widths = [CONTENT_W * w / total for w in widths]
    data: list[list[Any]] = []
    if header:
        data.append([Heavy(esc(h), st.cell_head) for h in header])
    for row in rows:
        data.append([c if isinstance(c, Flowable) else Paragraph(esc(c), st.cell) for c in row])
    heights: list[float | None] = [None] * len(data)
    for _ in range(blank_rows):  # room to write in an addition by hand
        data.append([""] * len(col_widths))
        heights.append(22)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, d.RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, d.ACCENT),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), d.ACCENT_LIGHT))
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, d.ACCENT))
        if zebra:
            for i in range(2, len(data), 2):
                commands.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F7F9FB")))
    grid = Table(
        data,
        colWidths=col_widths,
        rowHeights=heights,
        repeatRows=1 if header else 0,
        hAlign="LEFT",
    )
    grid.setStyle(table_style(commands))
    return grid


def facts(
    pairs: Sequence[tuple[str, Any]], st: Styles, columns: int = 2, width: float = CONTENT_W
) -> Table:
    """Label–value pairs laid out in a grid, labels muted."""
    cells: list[list[Any]] = []
    row: list[Any] = []
    for label, value in pairs:
        row += [Paragraph(esc(label), st.label), Paragraph(esc(value), st.cell)]
        if len(row) == 2 * columns:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (2 * columns - len(row)))
    unit = width / columns
    widths = [unit * 0.36, unit * 0.64] * columns
    grid = Table(cells, colWidths=widths, hAlign="LEFT")
    grid.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, d.RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, d.RULE),
            ]
        )
    )
    return grid


def signature_lines(rows: Sequence[Sequence[str]], st: Styles) -> Table:
    """Rows of labels, each with a line to sign or write on; the lines of every row start
    and end at the same places, the last one at the right margin."""
    fields = max(len(row) for row in rows)
    gap = 18.0
    label_widths = [
        max((d.width(row[i], st.label.fontSize) + 10 for row in rows if i < len(row)), default=0)
        for i in range(fields)
    ]
    line = (CONTENT_W - sum(label_widths) - gap * (fields - 1)) / fields
    widths: list[float] = []
    for i, label_width in enumerate(label_widths):
        widths += [label_width, line] + ([gap] if i < fields - 1 else [])
    data = []
    for row in rows:
        cells: list[Any] = []
        for i in range(fields):
            cells += [Paragraph(esc(row[i]), st.label) if i < len(row) else "", ""]
            cells += [""] if i < fields - 1 else []
        data.append(cells)
    grid = Table(data, colWidths=widths, rowHeights=[26] * len(rows), hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for r, row in enumerate(rows):
        for i in range(len(row)):
            style.append(("LINEBELOW", (3 * i + 1, r), (3 * i + 1, r), 0.7, d.INK))
    grid.setStyle(table_style(style))
    return grid


def boxed(flowables: list[Flowable], background: Any = d.ACCENT_LIGHT) -> Table:
    """A tinted panel around some flowables (kept together on one page)."""
    panel = Table([[flowables]], colWidths=[CONTENT_W], hAlign="LEFT")
    panel.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return panel


def keep(*flowables: Flowable | list[Flowable]) -> KeepTogether:
    flat: list[Flowable] = []
    for item in flowables:
        flat.extend(item if isinstance(item, list) else [item])
    return KeepTogether(flat)


def _canvas_maker(
    header: Callable[[Canvas], None], footer: Callable[[Canvas, int, int], None]
) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Draws "page n of m" once the number of pages is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # private: the stubs leave it out

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                header(self)
                footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build(
    out: BinaryIO,
    story: list[Flowable],
    t: Texts,
    *,
    community: str,
    document_title: str,
    printed_at: datetime | None,
    zone: ZoneInfo,
    footer_note: str = "",
) -> None:
    """Lays the story out on A4 pages with the letterhead and numbered footers; writes PDF."""
    register_fonts()
    letterhead = f"{community}  {t.data['service_center']}"

    def header(c: Canvas) -> None:
        y = PAGE_H - 13 * mm
        d.text(c, MARGIN_X, y, letterhead, 9, color=d.ACCENT, weight=0.03)
        d.text(c, PAGE_W - MARGIN_X, y, document_title, 8.5, color=d.MUTED, align="right")
        c.setStrokeColor(d.ACCENT)
        c.setLineWidth(0.6)
        c.line(MARGIN_X, y - 3 * mm, PAGE_W - MARGIN_X, y - 3 * mm)

    def footer(c: Canvas, page: int, pages: int) -> None:
        y = 11 * mm
        c.setStrokeColor(d.RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN_X, y + 4 * mm, PAGE_W - MARGIN_X, y + 4 * mm)
        left = t.printed(printed_at, zone) if printed_at else ""
        if footer_note:
            left = f"{left}  ·  {footer_note}" if left else footer_note
        d.text(c, MARGIN_X, y, left, 7.5, color=d.MUTED, max_width=CONTENT_W * 0.7)
        d.text(c, PAGE_W - MARGIN_X, y, t.page(page, pages), 7.5, color=d.MUTED, align="right")

    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{document_title} · {community}",
        author=letterhead,
        subject=document_title,
        pageCompression=1,
        initialFontName=FONT,  # no unused Helvetica in the page resources
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_W,
        PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_maker(header, footer))
