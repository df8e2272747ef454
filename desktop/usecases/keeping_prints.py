"""The desk's printed keeping documents, the same from the desk and the command line: a
parcel's 62 mm shelf label and a shift's handover sheet (A4).

A shelf label restates the parcel (the desk reprints one whenever a label is torn off):
printing it records nothing. A handover sheet carries the checklist and notes of a shift,
so its print is part of who looked at what, as a report's is."""

from __future__ import annotations

import io

from desktop.usecases.front import Front
from desktop.usecases.printing import Document, staff_name
from domain import errors
from domain.masking import masked_text
from domain.parcels import code_in
from projections.handover_log import HandoverRow
from projections.parcel_shelf import ParcelRow


def parcel_row(front: Front, parcel: str) -> ParcelRow:
    """A parcel on the shelf by its id, its pickup code, or its scanned label."""
    text = parcel.strip()
    code = code_in(text)
    shelf = front.models.parcel_shelf
    row = front.read(lambda db: shelf.by_code(db, code) if code else shelf.get(db, text))
    if row is None:
        if code:
            raise errors.UnknownPickupCodeError(code=code)
        raise errors.UnknownRecordError(kind="parcel", ref=text)
    return row


def parcel_label_pdf(front: Front, parcel: str, language: str) -> tuple[ParcelRow, bytes]:
    """The parcel's shelf label (62 mm) in `language`, and the parcel's row."""
    from projections.documents.parcel_label import parcel_label_pdf as draw

    row = parcel_row(front, parcel)
    desk = front.desk
    return row, draw(row, desk.community(), language, zone=desk.timezone)


def handover_row(front: Front, handover_id: str) -> HandoverRow:
    log = front.models.handover_log
    row = front.read(lambda db: log.get(db, handover_id.strip()))
    if row is None:
        raise errors.UnknownRecordError(kind="handover", ref=handover_id)
    return row


def handover_sheet(front: Front, handover_id: str, language: str) -> Document:
    """A handover's sheet on A4: its checklist in words, the notes (mobile and ID numbers
    masked for those who do not read personal data in clear), who took it over, and lines
    for both to sign. Its print is recorded as a report printed."""
    from projections.documents.handover_sheet import render_handover_sheet

    row = handover_row(front, handover_id)
    desk = front.desk
    pdf = io.BytesIO()
    render_handover_sheet(
        row,
        language,
        pdf,
        handed_over_by_name=staff_name(desk, row.handed_over_by),
        acknowledged_by_name=staff_name(desk, row.acknowledged_by) if row.acknowledged_by else "",
        notes=row.notes if desk.reads_people_in_clear() else masked_text(row.notes),
        community=desk.community(),
        zone=desk.timezone,
        printed_at=desk.now(),
    )
    head = desk.chain_head()
    return Document(
        pdf.getvalue(),
        desk.record_report_print,
        ("handover_sheet", row.handover_id, head[0]),
        subject=row,
        listed=len(row.items),
    )
