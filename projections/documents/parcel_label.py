"""The parcel's shelf label (货架标签): a 62 mm wide label stuck on the parcel as it goes on
the shelf, so the desk finds it by flat and the resident collects it by code.

From the top: the community and what the label is, the unit in the largest type (the desk
looks for it along the shelf), the shelf, the pickup code in large digits, then the QR code
the desk's scan field reads ("FDPARCEL:<code>", domain.parcels.LABEL_PREFIX), the carrier
and when it was received. Black only, for a thermal label printer. The recipient's name is
never printed: a label on an open shelf says the flat, not who lives there.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import BinaryIO
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from domain.clock import DEFAULT_TIMEZONE
from domain.parcels import LABEL_PREFIX
from projections.documents import drawing as d
from projections.documents.fonts import FONT, register_fonts
from projections.documents.texts import load_texts
from projections.parcel_shelf import ParcelRow

LABEL_W, LABEL_H = 62 * mm, 100 * mm
MARGIN = 4 * mm
QR_SIDE = 30 * mm
BLACK = colors.black


@dataclass(frozen=True)
class LabelFace:
    """Everything printed on a label, as text in the label's language."""

    community: str
    title: str
    unit_label: str
    unit: str
    shelf_label: str
    shelf: str
    code_label: str
    code: str
    carrier_label: str
    carrier: str
    received_label: str
    received: str
    scan: str
    payload: str


def label_payload(code: str) -> str:
    """What the label's QR code holds: the desk's scan field reads the code back from it."""
    return f"{LABEL_PREFIX}{code}"


def spaced(code: str) -> str:
    """483920 as 483 920: six digits read aloud in two breaths."""
    return f"{code[:3]} {code[3:]}" if len(code) == 6 else code


def _face(parcel: ParcelRow, community: str, language: str, zone: ZoneInfo) -> LabelFace:
    t = load_texts(language)
    s = t.section("parcel_label")
    return LabelFace(
        community=community or t.data["community_fallback"],
        title=s["title"],
        unit_label=s["unit"],
        unit=parcel.unit,
        shelf_label=s["shelf"],
        shelf=parcel.shelf,
        code_label=s["code"],
        code=spaced(parcel.pickup_code),
        carrier_label=s["carrier"],
        carrier=parcel.carrier,
        received_label=s["received"],
        received=t.moment(parcel.received_at, zone),
        scan=s["scan"],
        payload=label_payload(parcel.pickup_code),
    )


def _draw(c: Canvas, face: LabelFace) -> None:
    inner = LABEL_W - 2 * MARGIN
    left, right, centre = MARGIN, LABEL_W - MARGIN, LABEL_W / 2
    y = LABEL_H - MARGIN - 8

    d.text(c, left, y, face.community, 8.5, color=BLACK, weight=0.03, max_width=inner * 0.55)
    d.text(c, right, y, face.title, 8, color=BLACK, align="right", max_width=inner * 0.45)
    y -= 4
    c.setStrokeColor(BLACK)
    c.setLineWidth(1.2)
    c.line(left, y, right, y)

    y -= 10
    d.text(c, left, y, face.unit_label, 7.5, color=BLACK)
    y -= 33
    d.text(c, centre, y, face.unit, 36, color=BLACK, weight=0.06, align="center", max_width=inner)

    y -= 24
    d.text(c, left, y, face.shelf_label, 9, color=BLACK)
    d.text(
        c,
        right,
        y,
        face.shelf,
        17,
        color=BLACK,
        weight=0.04,
        align="right",
        max_width=inner - d.width(face.shelf_label, 9) - 3 * mm,
    )
    y -= 8
    c.setLineWidth(0.6)
    c.setDash(2, 1.6)
    c.line(left, y, right, y)
    c.setDash()

    y -= 14
    d.text(c, left, y, face.code_label, 9, color=BLACK)
    y -= 27
    d.text(c, centre, y, face.code, 28, color=BLACK, weight=0.05, align="center", max_width=inner)

    y -= 9 + QR_SIDE
    d.qr(c, centre - QR_SIDE / 2, y, QR_SIDE, face.payload)

    y -= 14
    for label, value in ((face.carrier_label, face.carrier), (face.received_label, face.received)):
        d.text(c, left, y, label, 7.5, color=BLACK)
        room = inner - d.width(label, 7.5) - 2 * mm
        d.text(c, right, y, value, 7.5, color=BLACK, align="right", max_width=room)
        y -= 10
    d.text(c, centre, MARGIN + 1, face.scan, 7, color=BLACK, align="center", max_width=inner)


def render_parcel_label(
    parcel: ParcelRow,
    community: str,
    out: BinaryIO,
    language: str,
    *,
    zone: ZoneInfo = DEFAULT_TIMEZONE,
) -> None:
    """Writes the label as a one-page PDF 62 × 100 mm to `out`. `parcel` is the row from the
    parcel shelf (`ParcelShelf.get`/`by_code`); `community` its name (blank prints the
    texts' fallback); `language` zh_CN, zh_TW or en; `zone` the desk's time zone, in which
    the time received is printed."""
    register_fonts()
    face = _face(parcel, community, language, zone)
    # The stubs type initialFontName as a number; reportlab takes a font's name.
    c = Canvas(out, pagesize=(LABEL_W, LABEL_H), pageCompression=1, initialFontName=FONT)  # type: ignore[arg-type]
    c.setTitle(f"{face.title} {face.unit} {parcel.pickup_code}")
    c.setAuthor(face.community)
    c.setSubject(face.title)
    _draw(c, face)
    c.showPage()
    c.save()


def parcel_label_pdf(
    parcel: ParcelRow, community: str, language: str, *, zone: ZoneInfo = DEFAULT_TIMEZONE
) -> bytes:
    """The label as PDF bytes (`render_parcel_label` for a caller that wants bytes)."""
    out = io.BytesIO()
    render_parcel_label(parcel, community, out, language, zone=zone)
    return out.getvalue()
