"""`frontdesk print …` (documents to PDF, each print recorded once the file is written: see
desktop/usecases/printing.py) and `frontdesk check-pass` (what the gate's scanner asks)."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from desktop.cli.json_lines import print_json
from desktop.cli.reads import Reading, reading
from desktop.cli.refusals import CodeNeedsDeskError
from desktop.cli.session import signed_in
from desktop.usecases import printing
from desktop.usecases.front import Front
from domain import errors
from domain.messages import current_language, render, term
from domain.pass_signing import PassCheck
from domain.values import UnitNumber, as_date, money
from domain.visitors import pass_code
from projections.visitor_log import VisitorRow

UNKNOWN = "unknown"  # a typed code no pass has (a scanned payload not genuine is "forged")


def _language(args: argparse.Namespace) -> str:
    return str(args.lang or current_language())


def _writer(target: str) -> Callable[[bytes], bool]:
    """Sends a document to its file (or stdout); a failed write raises, and nothing is
    recorded."""

    def write(data: bytes) -> bool:
        if target == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            Path(target).write_bytes(data)
        return True

    return write


def _front(r: Reading) -> Front:
    return Front.reading(r.desk, r.models, r.db, r.now)


def _printed(r: Reading, document: printing.Document, target: str) -> int:
    """Writes the document, then records its print; the copy number recorded."""
    copy = printing.send_and_record(_front(r), document, _writer(target))
    assert copy is not None  # a file is always written, or the write raised
    return copy


def _told(args: argparse.Namespace, message: str) -> None:
    """Where the file went, on stderr when the PDF itself goes to stdout."""
    print(message, file=sys.stderr if args.out == "-" else sys.stdout)


# --- the visitor pass ---------------------------------------------------------------------


def _pass_id(r: Reading, ref: str) -> str:
    """A pass id as typed, or the id of the issued pass with that pass code."""
    text = ref.strip()
    try:
        return str(UUID(text))
    except ValueError:
        pass
    row = r.models.visitor_log.by_code(r.db, text.replace(" ", ""), r.now)
    if row is None:
        raise errors.UnknownRecordError(kind="visitor pass", ref=ref)
    return str(row.pass_id)


def _pass_row(r: Reading, pass_id: str) -> VisitorRow:
    log = r.models.visitor_log
    row = log.by_code(r.db, pass_code(UUID(pass_id)), r.now)
    if row is not None and row.pass_id == pass_id:
        return row
    # Two passes whose eight-character codes collide: find it among its host's visitors.
    host = r.desk.get_pass(pass_id).host_household_id
    for candidate in log.for_household(r.db, host, r.now):
        if candidate.pass_id == pass_id:
            return candidate
    raise errors.UnknownRecordError(kind="visitor pass", ref=pass_id)


def cmd_print_pass(args: argparse.Namespace) -> int:
    with reading(args) as r:
        row = _pass_row(r, _pass_id(r, args.ref))
        document = printing.visitor_pass(_front(r), row, args.size, _language(args))
        copy_number = _printed(r, document, args.out)
        told = "cli_pass_copy_written" if copy_number else "cli_pass_written"
        _told(args, render(told, code=row.code, name=row.name, copy=copy_number, file=args.out))
    return 0


# --- the move-in pack ---------------------------------------------------------------------


def _household_id(r: Reading, ref: str) -> str:
    files = r.models.resident_files
    try:
        household_id = str(UUID(ref.strip()))
    except ValueError:
        unit = str(UnitNumber.parse(ref))
        households = files.of_unit(r.db, unit)
        if not households:
            raise errors.UnknownRecordError(kind="household", ref=unit) from None
        return str(households[0].household_id)
    if files.get(r.db, household_id) is None:
        raise errors.UnknownRecordError(kind="household", ref=ref)
    return household_id


def cmd_print_move_in_pack(args: argparse.Namespace) -> int:
    with reading(args) as r:
        rate = None if args.rate is None else money(args.rate, "rate")
        if rate is not None and rate <= 0:
            raise errors.InvalidAmountError(value=args.rate)
        household_id = _household_id(r, args.ref)
        document = printing.move_in_pack(_front(r), household_id, _language(args), rate)
        _printed(r, document, args.out)
        unit = document.subject.household.unit
        _told(args, render("cli_move_in_pack_written", unit=unit, file=args.out))
    return 0


# --- the emergency log report -------------------------------------------------------------


def _period(args: argparse.Namespace, today: date) -> tuple[date, date]:
    end = as_date(args.end, "end") if args.end else today
    start = as_date(args.start, "start") if args.start else end.replace(day=1)
    return start, end


def cmd_print_emergency_log(args: argparse.Namespace) -> int:
    with reading(args) as r:
        start, end = _period(args, r.today)
        document = printing.emergency_report(_front(r), start, end, _language(args))
        _printed(r, document, args.out)
        count = document.listed
        told = render("cli_emergency_log_written", count=count, start=start, end=end, file=args.out)
        _told(args, told)
    return 0


# --- the renewal notice letter ------------------------------------------------------------


def cmd_print_renewal_notice(args: argparse.Namespace) -> int:
    with reading(args) as r:
        # The term's first letter is its notice, sent by letter; a reprint is a numbered copy.
        document = printing.renewal_letter(_front(r), args.contract_id.strip(), _language(args))
        copy_number = _printed(r, document, args.out)
        told = "cli_renewal_letter_copy_written" if copy_number else "cli_renewal_notice_written"
        _told(args, render(told, unit=document.subject.unit, copy=copy_number, file=args.out))
    return 0


# --- the queue ticket ---------------------------------------------------------------------


def cmd_print_queue_ticket(args: argparse.Namespace) -> int:
    """Today's queue ticket on receipt paper; nothing is recorded (taking the number was)."""
    from desktop.usecases.queue_ticket import queue_ticket_pdf

    with reading(args) as r:
        number = args.ticket.strip().upper()
        pdf = queue_ticket_pdf(_front(r), number, args.width, _language(args))
        _writer(args.out)(pdf)
        _told(
            args, render("cli_queue_ticket_written", ticket=number, width=args.width, file=args.out)
        )
    return 0


# --- the parcel's shelf label and the handover sheet ----------------------------------------


def cmd_print_parcel_label(args: argparse.Namespace) -> int:
    """A parcel's 62 mm shelf label; nothing is recorded (receiving the parcel was)."""
    from desktop.usecases.keeping_prints import parcel_label_pdf

    with reading(args) as r:
        row, pdf = parcel_label_pdf(_front(r), args.parcel, _language(args))
        _writer(args.out)(pdf)
        said = render(
            "cli_parcel_label_written", unit=row.unit, code=row.pickup_code, file=args.out
        )
        _told(args, said)
    return 0


def cmd_print_handover(args: argparse.Namespace) -> int:
    """A shift handover's sheet on A4, recorded as a report printed once it is written."""
    from desktop.usecases.keeping_prints import handover_sheet

    with reading(args) as r:
        document = handover_sheet(_front(r), args.handover_id, _language(args))
        _printed(r, document, args.out)
        at = document.subject.handed_over_at.astimezone(r.desk.timezone)
        said = render(
            "cli_handover_sheet_written",
            at=at.strftime("%Y-%m-%d %H:%M"),
            count=document.listed,
            file=args.out,
        )
        _told(args, said)
    return 0


# --- the gate's check ---------------------------------------------------------------------


# The eight characters printed under a pass's QR code (domain.visitors.pass_code), as the
# desk's scan field takes them typed: spaces and case forgiven.
TYPED_CODE = re.compile(r"[A-Z2-7]{8}")


def _typed_code(text: str) -> str | None:
    """The pass code typed (W3KYUBZK, "w3ky ubzk"), or None when the text is no code."""
    code = "".join(text.split()).upper()
    return code if TYPED_CODE.fullmatch(code) else None


def _check_code(args: argparse.Namespace, code: str) -> tuple[PassCheck | None, ZoneInfo]:
    """A typed code is found in the visitor log, as the desk's scan field finds it, then
    judged by the domain's own check of that pass's signed payload; None: no pass has it."""
    with reading(args) as r:
        row = r.models.visitor_log.by_code(r.db, code, r.now)
        if row is None:
            return None, r.desk.timezone
        try:
            payload = r.desk.pass_payload(row.pass_id)
        except errors.PermissionDeniedError:  # the payload is desk staff's to see
            raise CodeNeedsDeskError(code=code) from None
        return r.desk.check_pass(payload), r.desk.timezone


def cmd_check_pass(args: argparse.Namespace) -> int:
    typed = _typed_code(args.payload)
    result: PassCheck | None
    if typed is not None:
        result, zone = _check_code(args, typed)
    else:
        desk = signed_in(args)
        try:
            result = desk.check_pass(args.payload)
            zone = desk.timezone
        finally:
            desk.close()
    if result is None:
        return _unknown_code(args, typed or "")

    def local(moment: datetime | None) -> str | None:
        return None if moment is None else moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")

    if args.json:
        answer: dict[str, Any] = {
            "verdict": result.verdict.value,
            "valid": result.valid,
            "pass_id": result.pass_id or None,
            "code": result.code or None,
            "name": result.name or None,
            "id_masked": result.id_masked or None,
            "host_unit": result.host_unit or None,
            "kind": result.kind or None,
            "valid_from": result.valid_from.isoformat() if result.valid_from else None,
            "valid_until": result.valid_until.isoformat() if result.valid_until else None,
        }
        print_json(answer)
    else:
        # The verdict in the desk's language; its code too where that differs, for scripts.
        said, code = term(result.verdict.value), result.verdict.value
        if said == code:
            print(code)
        elif current_language() == "en":
            print(f"{code} ({said})")
        else:
            print(f"{said}（{code}）")
        if result.code:
            print(render("check_pass_visitor", name=result.name, id=result.id_masked))
            print(render("check_pass_unit", unit=result.host_unit))
            print(render("check_pass_from", time=local(result.valid_from)))
            print(render("check_pass_until", time=local(result.valid_until)))
            print(render("check_pass_code", code=result.code))
    return 0 if result.valid else 1


def _unknown_code(args: argparse.Namespace, code: str) -> int:
    """A typed code no pass has: "unknown" (a forged payload is something else)."""
    if args.json:
        print_json(
            {
                "verdict": UNKNOWN,
                "valid": False,
                **dict.fromkeys(
                    ("pass_id", "code", "name", "id_masked", "host_unit", "kind"), None
                ),
                "valid_from": None,
                "valid_until": None,
            }
        )
        return 1
    said = render("check_pass_unknown_code", code=code)
    print(f"{UNKNOWN} ({said})" if current_language() == "en" else f"{said}（{UNKNOWN}）")
    return 1
