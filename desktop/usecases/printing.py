"""Printing a document, the same from the desk and the command line: it is rendered, sent
(to the desk's printer, or written to a file), and its print is recorded once it has gone
out, never before: a failed render, a failed write, a cancelled preview or printer choice
records nothing. A document that carries its copy number asks the domain for it first, so
a print the domain would refuse is refused before anything is printed.

The document modules (reportlab, qrcode, the font) load only when something is printed."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop.usecases.front import Front
from domain import errors
from domain.application import FrontDesk
from domain.clock import shifted

if TYPE_CHECKING:
    from projections.visitor_log import VisitorRow

Send = Callable[[bytes], bool]  # prints or writes the PDF; False when the person cancelled


@dataclass(frozen=True)
class Document:
    """A rendered document and the command that records its print."""

    pdf: bytes
    record: Callable[..., Any]
    args: tuple[Any, ...] = ()
    copy: int = 0  # the copy number it carries: 0 for the first print
    subject: Any = None  # what it is about (the contract, the visitor's row, the file)
    listed: int = 0  # how many a report lists


def send_and_record(front: Front, document: Document, send: Send) -> int | None:
    """Sends the document, then records its print: the one rule for when a print is
    recorded. Returns the copy number recorded (0 for the first print, or for a report);
    None when it was not sent. Whatever `send` raises, nothing is recorded."""
    if not send(document.pdf):
        return None
    copy = front.run(document.record, *document.args)
    return copy if isinstance(copy, int) else document.copy


def staff_name(desk: FrontDesk, username: str) -> str:
    try:
        return desk.get_staff(username).name
    except errors.DomainError:
        return username


def staff_names(desk: FrontDesk, usernames: Iterable[str]) -> dict[str, str]:
    return {u: staff_name(desk, u) for u in set(usernames) if u}


# --- the move-in pack ---------------------------------------------------------------------


def move_in_pack(
    front: Front, household_id: str, language: str, rate: Decimal | None = None
) -> Document:
    """A household's move-in pack (`rate`: the fee per m², else the service center's)."""
    from projections.documents.move_in_pack import render_move_in_pack

    desk, models = front.desk, front.models
    file, contracts = front.read(
        lambda db: (
            models.resident_files.file(db, household_id),
            models.renewal_calendar.for_household(db, household_id),
        )
    )
    if file is None:
        raise errors.UnknownRecordError(kind="household", ref=household_id)
    copy = desk.move_in_pack_copy_number(household_id)
    pdf = io.BytesIO()
    render_move_in_pack(
        file,
        contracts,
        Decimal(desk.get_unit(file.household.unit).area_m2),
        language,
        pdf,
        rate=rate,
        community=desk.community(),
        zone=desk.timezone,
        printed_at=desk.now(),
    )
    return Document(pdf.getvalue(), desk.record_move_in_pack_printed, (household_id,), copy, file)


# --- the renewal letter -------------------------------------------------------------------


def renewal_letter(front: Front, contract_id: str, language: str) -> Document:
    """A contract's renewal letter: the term's first is its notice, sent by letter; a
    reprint is a numbered copy, recorded as a print."""
    from projections.documents.move_in_pack import member_names
    from projections.documents.renewal_letter import render_renewal_letter

    desk, models = front.desk, front.models
    contract = front.read(lambda db: models.renewal_calendar.get(db, contract_id))
    if contract is None:
        raise errors.UnknownRecordError(kind="contract", ref=contract_id)
    file = front.read(lambda db: models.resident_files.file(db, contract.household_id))
    copy = desk.renewal_letter_copy_number(contract.contract_id)
    pdf = io.BytesIO()
    render_renewal_letter(
        contract,
        member_names(file) if file else [],
        language,
        pdf,
        community=desk.community(),
        zone=desk.timezone,
        printed_at=desk.now(),
        copy_number=copy,
    )
    return Document(
        pdf.getvalue(), desk.print_renewal_letter, (contract.contract_id,), copy, contract
    )


# --- the emergency log report -------------------------------------------------------------


def check_period(start: date, end: date) -> None:
    """A period of days, both included (one day is `start` = `end`): its end may not come
    before its start. The report and the command line's read of the log check it alike."""
    if end < start:
        raise errors.InvalidDateRangeError(start=start.isoformat(), end=end.isoformat())


def emergency_report(front: Front, start: date, end: date, language: str) -> Document:
    """The emergencies of a period (both days included), sealed at the log's head; its
    print is part of who looked at what."""
    from projections.documents.emergency_report import render_emergency_report

    check_period(start, end)
    desk, models = front.desk, front.models
    zone = desk.timezone
    rows = front.read(
        lambda db: models.emergency_log.emergencies(
            db,
            front.now(),
            datetime.combine(start, time.min, zone),
            datetime.combine(shifted(end, timedelta(days=1)), time.min, zone),
        )
    )
    head = desk.chain_head()
    acted = [row.incident.reported_by for row in rows]
    acted += [step.operator for row in rows for step in row.timeline]
    pdf = io.BytesIO()
    render_emergency_report(
        rows,
        start,
        end,
        language,
        pdf,
        community=desk.community(),
        staff=staff_names(desk, acted),
        zone=zone,
        printed_at=desk.now(),
        sealed_at=head,
    )
    period = f"{start}/{end}"
    return Document(
        pdf.getvalue(),
        desk.record_report_print,
        ("emergency_log", period, head[0]),
        listed=len(rows),
    )


# --- the visitor pass ---------------------------------------------------------------------


@dataclass(frozen=True)
class PassDrawing:
    """What a printed visitor pass shows, read from the desk at once; drawn later, on any
    thread or in another process (plain values only: the desk is not needed to draw)."""

    row: VisitorRow
    payload: str  # the signed text its QR code carries
    size: str
    language: str
    shown: dict[str, Any]  # copy number, desk, operator, community, zone, printed at

    def draw(self) -> bytes:
        from projections.documents.drawing_process import pass_pdf as draw_pass

        return draw_pass(self.row, self.payload, self.size, self.language, **self.shown)


def pass_drawing(
    desk: FrontDesk, row: VisitorRow, size: str, language: str, copy_number: int
) -> PassDrawing:
    """The printed visitor pass, its QR code carrying the signed payload."""
    return PassDrawing(
        row,
        desk.pass_payload(row.pass_id),
        size,
        language,
        {
            "copy_number": copy_number,
            "desk": desk.desk_name,
            "operator": staff_name(desk, desk.operator or ""),
            "community": desk.community(),
            "zone": desk.timezone,
            "printed_at": desk.now(),
        },
    )


def pass_pdf(desk: FrontDesk, row: VisitorRow, size: str, language: str, copy_number: int) -> bytes:
    """The printed visitor pass, drawn at once."""
    return pass_drawing(desk, row, size, language, copy_number).draw()


def visitor_pass(front: Front, row: VisitorRow, size: str, language: str) -> Document:
    """A visitor's pass (`row`: its row in the visitor log) at a size; a reprint is a
    numbered copy."""
    desk = front.desk
    copy = desk.pass_copy_number(row.pass_id)
    pdf = pass_pdf(desk, row, size, language, copy)
    return Document(pdf, desk.record_pass_printed, (row.pass_id, size), copy, row)
