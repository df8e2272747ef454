"""Drawing on a reportlab canvas: text that fits its box, heavier text from a one-weight font,
QR codes drawn as vector squares (no image files), cut marks."""

from __future__ import annotations

import re
from typing import Any

import qrcode
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from projections.documents.fonts import FONT

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
ACCENT = colors.HexColor("#0B5C8E")  # the service center's blue
ACCENT_LIGHT = colors.HexColor("#E3EEF6")
WARN = colors.HexColor("#B42318")
RULE = colors.HexColor("#CBD2D9")
WHITE = colors.white

ELLIPSIS = "…"


def width(text: str, size: float) -> float:
    return float(stringWidth(text, FONT, size))


def fitted(text: str, size: float, max_width: float, min_size: float) -> tuple[str, float]:
    """The largest size from `size` down to `min_size` at which the text fits; below that,
    the text at `min_size`, shortened with an ellipsis."""
    while size > min_size and width(text, size) > max_width:
        size = max(min_size, size - 0.25)
    if width(text, size) <= max_width:
        return text, size
    while text and width(text + ELLIPSIS, size) > max_width:
        text = text[:-1]
    return text + ELLIPSIS, size


def text(
    c: Canvas,
    x: float,
    y: float,
    value: str,
    size: float,
    *,
    color: Any = INK,
    weight: float = 0.0,
    align: str = "left",
    max_width: float | None = None,
    min_size: float | None = None,
) -> float:
    """Draws one line; `weight` > 0 thickens the strokes (the font has no bold face).
    Returns the size used, which shrinks to fit `max_width` when given."""
    if max_width is not None:
        value, size = fitted(value, size, max_width, min_size or size * 0.6)
    c.saveState()
    c.setFillColor(color)
    t = c.beginText()
    t.setFont(FONT, size)
    if weight > 0:
        c.setStrokeColor(color)
        c.setLineWidth(size * weight)
        c.setLineJoin(1)
        t.setTextRenderMode(2)  # fill, then stroke the outline
    span = width(value, size)
    start = {"left": x, "center": x - span / 2, "right": x - span}[align]
    t.setTextOrigin(start, y)
    t.textOut(value)
    c.drawText(t)
    c.restoreState()
    return size


def wrap(value: str, size: float, max_width: float, cjk: bool) -> list[str]:
    """Breaks text into lines that fit: between any characters for Chinese, at spaces
    otherwise (a word too long for a line is broken where it must be)."""
    lines: list[str] = []
    for paragraph in value.split("\n"):
        tokens = _CJK_TOKEN.findall(paragraph) if cjk else paragraph.split(" ")
        line = ""
        for token in tokens:
            joined = line + token if cjk or not line else f"{line} {token}"
            if width(joined, size) <= max_width or not line:
                line = joined
                continue
            lines.append(line)
            line = token.lstrip() if cjk else token
        while width(line, size) > max_width and len(line) > 1:
            cut = len(line)
            while cut > 1 and width(line[:cut], size) > max_width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return _keep_punctuation_off_line_starts(lines) if cjk else lines


# Chinese breaks between any two characters, but never inside a number, a unit number or a
# Latin word.
_CJK_TOKEN = re.compile(r"[A-Za-z0-9\-.:/@¥,²×'’%+]+|\s|.")
_NO_LINE_START = "，。、；：！？）」』》〉】,.;:!?)%"


def _keep_punctuation_off_line_starts(lines: list[str]) -> list[str]:
    """Chinese typesetting never starts a line with a closing mark: pull it up a line."""
    for i in range(1, len(lines)):
        while lines[i] and lines[i][0] in _NO_LINE_START and lines[i - 1]:
            lines[i - 1] += lines[i][0]
            lines[i] = lines[i][1:]
    return [line for line in lines if line]


def qr_matrix(payload: str) -> list[list[bool]]:
    """The modules of the payload's QR code (level M, no quiet zone: the layout leaves one)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def qr(c: Canvas, x: float, y: float, side: float, payload: str) -> None:
    """Draws the QR code as vector squares filling a `side` × `side` box at (x, y),
    bottom left. The caller keeps at least two modules of white around it."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    module = side / n
    c.saveState()
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0)
    path = c.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + side - (row_index + 1) * module
        col = 0
        while col < n:
            if not row[col]:
                col += 1
                continue
            start = col
            while col < n and row[col]:
                col += 1
            path.rect(x + start * module, top, (col - start) * module, module)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def cut_marks(c: Canvas, x: float, y: float, w: float, h: float, length: float, gap: float) -> None:
    """Crop marks outside the corners of the box, so a cut along them leaves no line."""
    c.saveState()
    c.setStrokeColor(INK)
    c.setLineWidth(0.4)
    for cx, dx in ((x, -1), (x + w, 1)):
        for cy, dy in ((y, -1), (y + h, 1)):
            c.line(cx + dx * gap, cy, cx + dx * (gap + length), cy)
            c.line(cx, cy + dy * gap, cx, cy + dy * (gap + length))
    c.restoreState()
