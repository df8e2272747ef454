"""`frontdesk print …` (documents to PDF, each print recorded) and `frontdesk check-pass`
(what the gate's scanner asks)."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

from desktop.cli.json_lines import print_json
from desktop.cli.reads import Reading, reading
from desktop.cli.session import signed_in
from domain import errors
from domain.application import FrontDesk
from domain.clock import shifted
from domain.messages import LANGUAGES, current_language, render, term
from domain.values import UnitNumber, as_date, money
from domain.visitors import PassSize, pass_code
from projections.visitor_log import VisitorRow

# The document modules (reportlab, qrcode, the font) load only when something is printed,
# so that every other subcommand starts as fast as before.

PASS_SIZE_ENV = "FRONTDESK_PASS_SIZE"


def _language(args: argparse.Namespace) -> str:
    return str(args.lang or current_language())


def _write(target: str, data: bytes) -> None:
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        Path(target).write_bytes(data)


def _told(args: argparse.Namespace, message: str) -> None:
    """Where the file went, on stderr when the PDF itself goes to stdout."""
    print(message, file=sys.stderr if args.out == "-" else sys.stdout)


def _staff_name(desk: FrontDesk, username: str) -> str:
    try:
        return desk.get_staff(username).name
    except errors.DomainError:
        return username


def _staff_names(desk: FrontDesk, usernames: Iterable[str]) -> dict[str, str]:
    return {u: _staff_name(desk, u) for u in set(usernames) if u}


# --- the visitor pass ---------------------------------------------------------------------


def _pass_id(r: Reading, ref: str) -> str:
    """A pass id as typed, or the id of the issued pass with that pass code."""
    text = ref.strip()
    try:
        return str(UUID(text))
    except ValueError:
        pass
    row = r.models.visitor_log.by_code(r.db, text.replace(" ", ""), r.now)  # type: ignore[attr-defined]
    if row is None:
        raise errors.UnknownRecordError(kind="visitor pass", ref=ref)
    return str(row.pass_id)


def _pass_row(r: Reading, pass_id: str) -> VisitorRow:
    log = r.models.visitor_log  # type: ignore[attr-defined]
    row = log.by_code(r.db, pass_code(UUID(pass_id)), r.now)
    if row is not None and row.pass_id == pass_id:
        return row  # type: ignore[no-any-return]
    # Two passes whose eight-character codes collide: find it among its host's visitors.
    host = r.desk.get_pass(pass_id).host_household_id
    for candidate in log.for_household(r.db, host, r.now):
        if candidate.pass_id == pass_id:
            return candidate  # type: ignore[no-any-return]
    raise errors.UnknownRecordError(kind="visitor pass", ref=pass_id)


def cmd_print_pass(args: argparse.Namespace) -> int:
    from projections.documents.visitor_pass import render_pass

    with reading(args) as r:
        desk = r.desk
        pass_id = _pass_id(r, args.ref)
        copy_number = desk.record_pass_printed(pass_id, args.size)  # refused: nothing printed
        payload = desk.pass_payload(pass_id)
        row = _pass_row(r, pass_id)
        pdf = io.BytesIO()
        render_pass(
            row,
            payload,
            args.size,
            _language(args),
            pdf,
            copy_number=copy_number,
            desk=desk.desk_name,
            operator=_staff_name(desk, desk.operator or ""),
            community=desk.community(),
            zone=desk.timezone,
            printed_at=desk.now(),
        )
        _write(args.out, pdf.getvalue())
        told = "cli_pass_copy_written" if copy_number else "cli_pass_written"
        _told(args, render(told, code=row.code, name=row.name, copy=copy_number, file=args.out))
    return 0


# --- the move-in pack ---------------------------------------------------------------------


def _household_id(r: Reading, ref: str) -> str:
    files = r.models.resident_files  # type: ignore[attr-defined]
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
    from projections.documents.move_in_pack import render_move_in_pack

    with reading(args) as r:
        desk = r.desk
        rate = None if args.rate is None else money(args.rate, "rate")
        if rate is not None and rate <= 0:
            raise errors.InvalidAmountError(value=args.rate)
        household_id = _household_id(r, args.ref)
        file = r.models.resident_files.file(r.db, household_id)  # type: ignore[attr-defined]
        contracts = r.models.renewal_calendar.for_household(r.db, household_id)  # type: ignore[attr-defined]
        area = desk.get_unit(file.household.unit).area_m2
        desk.record_move_in_pack_printed(household_id)
        pdf = io.BytesIO()
        render_move_in_pack(
            file,
            contracts,
            Decimal(area),
            _language(args),
            pdf,
            rate=rate,
            community=desk.community(),
            zone=desk.timezone,
            printed_at=desk.now(),
        )
        _write(args.out, pdf.getvalue())
        _told(args, render("cli_move_in_pack_written", unit=file.household.unit, file=args.out))
    return 0


# --- the emergency log report -------------------------------------------------------------


def _period(args: argparse.Namespace, today: date) -> tuple[date, date]:
    end = as_date(args.end, "end") if args.end else today
    start = as_date(args.start, "start") if args.start else end.replace(day=1)
    if end < start:
        raise errors.InvalidDateRangeError(start=start.isoformat(), end=end.isoformat())
    return start, end


def emergency_report_pdf(
    desk: FrontDesk, models: Any, db: Any, now: datetime, start: date, end: date, language: str
) -> tuple[bytes, int]:
    """The emergency log report of a period (both days included) and how many it lists,
    its print recorded; the command line and the desk print the same one."""
    pdf, count, head_position = emergency_report(desk, models, db, now, start, end, language)
    record_emergency_report(desk, start, end, head_position)
    return pdf, count


def record_emergency_report(desk: FrontDesk, start: date, end: date, head_position: int) -> None:
    desk.record_report_print("emergency_log", f"{start}/{end}", head_position)


def emergency_report(
    desk: FrontDesk, models: Any, db: Any, now: datetime, start: date, end: date, language: str
) -> tuple[bytes, int, int]:
    """The report, how many it lists and the log position it is sealed at; not recorded
    (the desk records it once it went to the printer)."""
    from projections.documents.emergency_report import render_emergency_report

    zone = desk.timezone
    rows = models.emergency_log.emergencies(
        db,
        now,
        datetime.combine(start, time.min, zone),
        datetime.combine(shifted(end, timedelta(days=1)), time.min, zone),
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
        staff=_staff_names(desk, acted),
        zone=zone,
        printed_at=desk.now(),
        sealed_at=head,
    )
    return pdf.getvalue(), len(rows), head[0]


def cmd_print_emergency_log(args: argparse.Namespace) -> int:
    with reading(args) as r:
        start, end = _period(args, r.today)
        pdf, count = emergency_report_pdf(
            r.desk, r.models, r.db, r.now, start, end, _language(args)
        )
        _write(args.out, pdf)
        told = render("cli_emergency_log_written", count=count, start=start, end=end, file=args.out)
        _told(args, told)
    return 0


# --- the renewal notice letter ------------------------------------------------------------


def cmd_print_renewal_notice(args: argparse.Namespace) -> int:
    from projections.documents.move_in_pack import member_names
    from projections.documents.renewal_letter import render_renewal_letter

    with reading(args) as r:
        desk = r.desk
        contract = r.models.renewal_calendar.get(r.db, args.contract_id.strip())  # type: ignore[attr-defined]
        if contract is None:
            raise errors.UnknownRecordError(kind="contract", ref=args.contract_id)
        file = r.models.resident_files.file(r.db, contract.household_id)  # type: ignore[attr-defined]
        # The term's first letter is its notice, sent by letter; a reprint is a numbered copy.
        copy_number = desk.print_renewal_letter(contract.contract_id)
        pdf = io.BytesIO()
        render_renewal_letter(
            contract,
            member_names(file) if file else [],
            _language(args),
            pdf,
            community=desk.community(),
            zone=desk.timezone,
            printed_at=desk.now(),
            copy_number=copy_number,
        )
        _write(args.out, pdf.getvalue())
        told = "cli_renewal_letter_copy_written" if copy_number else "cli_renewal_notice_written"
        _told(args, render(told, unit=contract.unit, copy=copy_number, file=args.out))
    return 0


# --- the gate's check ---------------------------------------------------------------------


def cmd_check_pass(args: argparse.Namespace) -> int:
    desk = signed_in(args)
    try:
        result = desk.check_pass(args.payload)
        zone = desk.timezone
    finally:
        desk.close()

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


# --- parsers ------------------------------------------------------------------------------


def add_print_commands(sub: Any, signed: argparse.ArgumentParser) -> None:
    documents = argparse.ArgumentParser(add_help=False, parents=[signed])
    documents.add_argument("--out", required=True, metavar="FILE.pdf", help="where (- = stdout)")
    documents.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the document's language (default: FRONTDESK_LANG, else the system locale)",
    )
    printing = sub.add_parser("print", help="print a document to PDF (recorded as printed)")
    kinds = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    p = kinds.add_parser("pass", parents=[documents], help="a visitor pass with its QR code")
    p.add_argument("ref", metavar="PASS_ID_OR_CODE")
    p.add_argument(
        "--size",
        choices=[s.value for s in PassSize],
        default=os.environ.get(PASS_SIZE_ENV) or PassSize.BADGE.value,
        help=f"badge 86×54 mm, label62 (62 mm roll), a4 with cut marks "
        f"(default: {PASS_SIZE_ENV}, else badge)",
    )
    p.set_defaults(run=cmd_print_pass)

    p = kinds.add_parser("move-in-pack", parents=[documents], help="a new household's pack")
    p.add_argument("ref", metavar="UNIT_OR_HOUSEHOLD_ID")
    p.add_argument(
        "--rate", metavar="YUAN", help="fee per m² per month (default: the service center's)"
    )
    p.set_defaults(run=cmd_print_move_in_pack)

    p = kinds.add_parser("emergency-log", parents=[documents], help="emergencies of a period")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="default: 1st of the month")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="default: today")
    p.set_defaults(run=cmd_print_emergency_log)

    p = kinds.add_parser(
        "renewal-notice",
        parents=[documents],
        help="a renewal letter (the term's first is recorded as the notice sent; "
        "a reprint as a numbered copy)",
    )
    p.add_argument("contract_id", metavar="CONTRACT_ID")
    p.set_defaults(run=cmd_print_renewal_notice)


def add_check_pass_command(sub: Any, signed: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "check-pass",
        parents=[signed],
        help="what a scanned pass says: valid (exit 0), or not yet valid, expired, revoked, "
        "checked out, forged (exit 1)",
    )
    p.add_argument("payload", metavar="PAYLOAD", help="the text of the pass's QR code")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(run=cmd_check_pass)
