"""Every command of `frontdesk` and its options, each naming the function that runs it as
"module:function": parsing a command line (or printing its help) imports none of them, and
running a command imports only its own module (a read never loads the printing, the export
or the PostgreSQL driver it does not use)."""

from __future__ import annotations

import argparse
import os
from datetime import date
from typing import Any

from desktop.cli.keeping_commands import add_keeping_prints, add_keeping_reads
from domain.messages import render
from domain.vocabulary import LANGUAGES

PASS_SIZE_ENV = "FRONTDESK_PASS_SIZE"
# domain.visitors.PassSize's values, named here so that parsing loads no aggregate
# (tests/cli/test_light_cli.py holds the two together).
PASS_SIZES = ("badge", "label62", "a4")
# projections.documents.queue_ticket.WIDTHS_MM, named here for the same reason.
QUEUE_TICKET_WIDTHS = (58, 80)

# The most a count of rows, days or positions may be (a bigger one overflows the store's
# integers and the calendar, and is never meant).
MOST = 999_999_999


def count(text: str) -> int:
    """A whole number from 0 to MOST, else a refusal argparse shows beside the option."""
    try:
        number = int(text)
    except ValueError:
        number = -1
    if not 0 <= number <= MOST:
        raise argparse.ArgumentTypeError(render("cli_not_a_count", value=text, most=MOST))
    return number


def day(text: str) -> date:
    """A date written YYYY-MM-DD, else a refusal argparse shows beside the option."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            render("invalid_value", field="YYYY-MM-DD", value=text)
        ) from None


def receipt_width(text: str) -> int:
    """58 or 80 (mm), else a refusal argparse shows beside the option."""
    if text.strip() in {str(w) for w in QUEUE_TICKET_WIDTHS}:
        return int(text)
    raise argparse.ArgumentTypeError(render("invalid_value", field="--width", value=text))


WRITES = "desktop.cli.writes"
HISTORY = "desktop.cli.history"
READS = "desktop.cli.reads"
COUNTER = "desktop.cli.counter"
PRINTING = "desktop.cli.printing"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontdesk",
        description="Front Desk: the service center's desk. With no command, opens the desktop.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--store",
        help="store URL: sqlite:///PATH or postgresql://user:pass@host:port/db "
        "(default: FRONTDESK_STORE, else a file in your user data folder)",
    )
    signed = argparse.ArgumentParser(add_help=False, parents=[common])
    signed.add_argument(
        "--operator",
        help="your username (default: FRONTDESK_OPERATOR); "
        "the password comes from FRONTDESK_PASSWORD or a prompt",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", parents=[common], help="create the store and its first admin")
    init.add_argument("--admin", required=True, help="the first admin's username")
    init.add_argument("--name", help="the admin's full name")
    init.add_argument("--community", default="", help="the community's name")
    init.set_defaults(run=f"{WRITES}:cmd_init")

    apply = sub.add_parser("apply", parents=[signed], help="run a JSON Lines batch of commands")
    apply.add_argument("file", help="FILE.jsonl, one command a line")
    apply.set_defaults(run=f"{WRITES}:cmd_apply")

    add_history_commands(sub, signed)
    add_read_commands(sub, signed)
    add_print_commands(sub, signed)
    add_check_pass_command(sub, signed)

    demo = sub.add_parser("demo", parents=[common], help="fill a new store with a demo community")
    demo.add_argument("--seed", type=count, default=2026, help="same seed, same community")
    demo.add_argument(
        "--scale",
        choices=("small", "medium", "large", "million", "tiny"),  # tiny: for tests
        metavar="{small,medium,large,million}",
        default="small",
    )
    demo.add_argument(
        "--until",
        type=day,
        metavar="YYYY-MM-DD",
        help="the last day of the demo's year (default: today in the desk's time zone)",
    )
    demo.add_argument("--quiet", action="store_true", help="no progress on stderr")
    demo.add_argument(
        "--open", action="store_true", help="then open the desk (reusing a store already filled)"
    )
    demo.add_argument("--password-cost", type=int, default=2**14, help=argparse.SUPPRESS)
    demo.set_defaults(run=f"{WRITES}:cmd_demo")
    return parser


# --- the auditor's commands (desktop/cli/history.py) -------------------------------------------


def add_history_commands(sub: Any, signed: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "history",
        parents=[signed],
        help="recorded events in order, narrowed by time, staff, desk, type, record or unit",
    )
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.add_argument("--since", metavar="DATETIME", help="from this moment (a date: that day)")
    p.add_argument("--until", metavar="DATETIME", help="up to this moment (a date: that day)")
    p.add_argument(
        "--by", metavar="USER", help="only events recorded by this staff member (--operator is you)"
    )
    p.add_argument("--desk", metavar="NAME", help="only events recorded at this desk")
    p.add_argument("--type", metavar="TYPE", help="MovedIn, or Household.MovedIn")
    p.add_argument("--aggregate", metavar="ID", help="only the events of this record")
    p.add_argument(
        "--unit",
        metavar="UNIT",
        help="everything about a unit: its households, visitors, incidents, contracts",
    )
    p.add_argument(
        "--after", type=count, default=0, metavar="POSITION", help="only events after this position"
    )
    p.add_argument("--limit", type=count, default=None, help="at most this many events")
    p.set_defaults(run=f"{HISTORY}:cmd_history")

    p = sub.add_parser(
        "timeline", parents=[signed], help="one record's life: each event and the state after it"
    )
    p.add_argument(
        "ref",
        metavar="ID_OR_HANDLE",
        help="a record's id, a unit (3-2-1502), a ticket (R260610-001), a pass code, "
        "or a renewal letter's reference",
    )
    p.add_argument("--json", action="store_true", help="one JSON object a line, with its state")
    p.set_defaults(run=f"{HISTORY}:cmd_timeline")

    p = sub.add_parser(
        "export",
        parents=[signed],
        help="auditors: copy every event and read model into a folder, or check such a copy",
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", metavar="DIR", help="a new or empty folder to write the copy to")
    what.add_argument(
        "--check",
        metavar="DIR",
        help="check an exported folder: its files' hashes, the chain recomputed from its "
        "stored events, its head (no sign-in needed)",
    )
    p.add_argument(
        "--expect",
        metavar="POSITION:DIGEST",
        help="with --check: a digest written down earlier, compared with the recomputed chain",
    )
    p.set_defaults(run=f"{HISTORY}:cmd_export")

    p = sub.add_parser(
        "verify", parents=[signed], help="check the integrity chain over the whole log"
    )
    p.add_argument("--json", action="store_true", help="the report as one JSON object")
    p.add_argument(
        "--expect",
        metavar="POSITION:DIGEST",
        help="a head written down earlier (desk, report, export): prove nothing before it changed",
    )
    p.set_defaults(run=f"{HISTORY}:cmd_verify")

    p = sub.add_parser(
        "retention",
        parents=[signed],
        help="how long personal data is kept (admin sets it)",
    )
    p.add_argument("--visitors", type=count, metavar="DAYS", help="days after a visit")
    p.add_argument("--residents", type=count, metavar="DAYS", help="days after a move-out")
    p.add_argument("--json", action="store_true", help="as one JSON object")
    p.set_defaults(run=f"{HISTORY}:cmd_retention")

    p = sub.add_parser(
        "forget",
        parents=[signed],
        help="forget every visitor and moved-out household whose retention period is over",
    )
    p.add_argument("--json", action="store_true", help="the counts as one JSON object")
    p.set_defaults(run=f"{HISTORY}:cmd_forget")


# --- the reads (desktop/cli/reads.py) ----------------------------------------------------------


def add_read_commands(sub: Any, signed: argparse.ArgumentParser) -> None:
    reads = argparse.ArgumentParser(add_help=False, parents=[signed])
    reads.add_argument("--json", action="store_true", help="one JSON object a line")
    reads.add_argument(
        "--as-of", metavar="DATETIME", help="answer as the desk stood then (ISO 8601; local time)"
    )

    p = sub.add_parser("residents", parents=[reads], help="households, or search them")
    p.add_argument("--search", metavar="TEXT", help="part of a name, unit, phone or plate")
    p.add_argument("--limit", type=count, default=500)
    p.set_defaults(run=f"{READS}:cmd_residents")

    p = sub.add_parser("resident-file", parents=[reads], help="one household's whole file")
    p.add_argument("ref", metavar="UNIT_OR_ID", help="a unit such as 3-2-1502, or a household id")
    p.add_argument(
        "--reveal-ids",
        metavar="REASON",
        help="show full ID numbers (supervisor, auditor); recorded",
    )
    p.set_defaults(run=f"{READS}:cmd_resident_file")

    p = sub.add_parser("visitors", parents=[reads], help="the visitor log")
    p.add_argument("--on-site", action="store_true", help="everyone on site now")
    p.add_argument("--today", action="store_true", help="today's visitors")
    p.add_argument(
        "--state",
        choices=(
            "awaiting_host",
            "host_confirmed",
            "host_declined",
            "issued",
            "on_site",
            "left",
            "revoked",
            "overstayed",
        ),
    )
    p.add_argument("--limit", type=count, default=200)
    p.set_defaults(run=f"{READS}:cmd_visitors")

    p = sub.add_parser("incidents", parents=[reads], help="the incident board")
    p.add_argument("--open", action="store_true", help="open incidents, least time left first")
    p.add_argument("--breached", action="store_true", help="incidents past a deadline")
    p.add_argument("--callbacks-due", action="store_true", help="resolved, not yet called back")
    p.add_argument("--limit", type=count, default=500)
    p.set_defaults(run=f"{READS}:cmd_incidents")

    p = sub.add_parser("emergency-log", parents=[reads], help="emergencies with their timelines")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    p.set_defaults(run=f"{READS}:cmd_emergency_log")

    p = sub.add_parser("renewals", parents=[reads], help="contracts ending soon, notices due")
    p.add_argument("--within", type=count, default=90, metavar="DAYS")
    p.add_argument("--ics", metavar="FILE", help="also write an iCalendar feed")
    p.set_defaults(run=f"{READS}:cmd_renewals")

    p = sub.add_parser("kpis", parents=[reads], help="the service center's KPIs against targets")
    p.add_argument("--month", metavar="YYYY-MM")
    p.set_defaults(run=f"{READS}:cmd_kpis")

    p = sub.add_parser("activities", parents=[reads], help="community activities")
    p.set_defaults(run=f"{READS}:cmd_activities")

    add_counter_reads(sub, reads)
    add_keeping_reads(sub, reads)

    p = sub.add_parser("rebuild", parents=[signed], help="drop and rebuild every read model")
    p.set_defaults(run=f"{READS}:cmd_rebuild")


# --- the counter's reads (desktop/cli/counter.py) ---------------------------------------------


def add_counter_reads(sub: Any, reads: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "queue", parents=[reads], help="today's queue: who waits and how long, who was called"
    )
    p.set_defaults(run=f"{COUNTER}:cmd_queue")

    p = sub.add_parser("contacts", parents=[reads], help="contacts at the counter and on the phone")
    p.add_argument("--today", action="store_true", help="today's, with the day's figures")
    p.add_argument("--open", action="store_true", help="contacts not yet closed")
    p.add_argument("--limit", type=count, default=200)
    p.set_defaults(run=f"{COUNTER}:cmd_contacts")

    p = sub.add_parser("answers", parents=[reads], help="the knowledge base, or search it")
    p.add_argument(
        "--search",
        metavar="TEXT",
        help="part of a question, answer or keyword (traditional or simplified)",
    )
    p.add_argument("--all", action="store_true", help="retired answers too")
    p.add_argument("--limit", type=count, default=100)
    p.set_defaults(run=f"{COUNTER}:cmd_answers")

    p = sub.add_parser(
        "staff-scores",
        parents=[reads],
        help="monthly staff scorecards (your own; managers and supervisors: everyone's)",
    )
    p.add_argument("--month", metavar="YYYY-MM", help="default: this month")
    p.add_argument("--staff", metavar="USER", help="only this staff member's")
    p.set_defaults(run=f"{COUNTER}:cmd_staff_scores")


# --- documents and the gate's check (desktop/cli/printing.py) ---------------------------------


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
        choices=list(PASS_SIZES),
        default=os.environ.get(PASS_SIZE_ENV) or PASS_SIZES[0],
        help=f"badge 86×54 mm, label62 (62 mm roll), a4 with cut marks "
        f"(default: {PASS_SIZE_ENV}, else badge)",
    )
    p.set_defaults(run=f"{PRINTING}:cmd_print_pass")

    p = kinds.add_parser("move-in-pack", parents=[documents], help="a new household's pack")
    p.add_argument("ref", metavar="UNIT_OR_HOUSEHOLD_ID")
    p.add_argument(
        "--rate", metavar="YUAN", help="fee per m² per month (default: the service center's)"
    )
    p.set_defaults(run=f"{PRINTING}:cmd_print_move_in_pack")

    p = kinds.add_parser("emergency-log", parents=[documents], help="emergencies of a period")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="default: 1st of the month")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="default: today")
    p.set_defaults(run=f"{PRINTING}:cmd_print_emergency_log")

    p = kinds.add_parser(
        "renewal-notice",
        parents=[documents],
        help="a renewal letter (the term's first is recorded as the notice sent; "
        "a reprint as a numbered copy)",
    )
    p.add_argument("contract_id", metavar="CONTRACT_ID")
    p.set_defaults(run=f"{PRINTING}:cmd_print_renewal_notice")

    p = kinds.add_parser(
        "queue-ticket", parents=[documents], help="a walk-in's queue ticket (receipt paper)"
    )
    p.add_argument("ticket", metavar="TICKET", help="today's number, such as A012")
    p.add_argument(
        "--width",
        type=receipt_width,
        metavar="{58,80}",
        default=QUEUE_TICKET_WIDTHS[0],
        help="the receipt paper's width in mm (default: 58)",
    )
    p.set_defaults(run=f"{PRINTING}:cmd_print_queue_ticket")

    add_keeping_prints(kinds, documents)


def add_check_pass_command(sub: Any, signed: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "check-pass",
        parents=[signed],
        help="what a scanned pass says: valid (exit 0), or not yet valid, expired, revoked, "
        "checked out, forged, unknown (exit 1)",
    )
    p.add_argument(
        "payload",
        metavar="PAYLOAD_OR_CODE",
        help="the text of the pass's QR code, or the 8-character code printed on the pass "
        "(W3KYUBZK, spaces and case as you like; a code no pass has is 'unknown')",
    )
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(run=f"{PRINTING}:cmd_check_pass")
