"""The parser's commands for what the desk keeps and hands over: the reads `parcels`,
`items`, `instructions` and `handovers` (desktop/cli/keeping.py), and the printed parcel
label and handover sheet (desktop/cli/printing.py). Parsing imports neither."""

from __future__ import annotations

import argparse
from typing import Any

KEEPING = "desktop.cli.keeping"
PRINTING = "desktop.cli.printing"


def add_keeping_reads(sub: Any, reads: argparse.ArgumentParser) -> None:
    from desktop.cli.commands import count  # loaded by now: it is what calls this

    p = sub.add_parser(
        "parcels",
        parents=[reads],
        help="the parcel shelf: waiting ones first, with how long they waited",
    )
    p.add_argument("--waiting", action="store_true", help="only parcels still on the shelf")
    p.add_argument("--unit", metavar="UNIT", help="only this flat's, such as 3-2-1502")
    p.add_argument("--limit", type=count, default=200, help="at most this many collected ones")
    p.set_defaults(run=f"{KEEPING}:cmd_parcels")

    p = sub.add_parser("items", parents=[reads], help="items lent and kept: what is out, due when")
    p.add_argument("--out", action="store_true", help="only what is out now")
    p.set_defaults(run=f"{KEEPING}:cmd_items")

    p = sub.add_parser(
        "instructions", parents=[reads], help="a flat's standing instructions in force"
    )
    p.add_argument("unit", metavar="UNIT", help="such as 3-2-1502")
    p.add_argument("--all", action="store_true", help="ended and expired ones too")
    p.set_defaults(run=f"{KEEPING}:cmd_instructions")

    p = sub.add_parser(
        "handovers",
        parents=[reads],
        help="shift handovers: who to whom, when, how many items, acknowledged, chain head",
    )
    p.add_argument("--limit", type=count, default=20, help="the latest this many")
    p.set_defaults(run=f"{KEEPING}:cmd_handovers")


def add_keeping_prints(kinds: Any, documents: argparse.ArgumentParser) -> None:
    p = kinds.add_parser(
        "parcel-label",
        parents=[documents],
        help="a parcel's 62 mm shelf label: unit, shelf, pickup code and its QR code",
    )
    p.add_argument("parcel", metavar="PARCEL", help="the parcel's id, pickup code or label text")
    p.set_defaults(run=f"{PRINTING}:cmd_print_parcel_label")

    p = kinds.add_parser(
        "handover",
        parents=[documents],
        help="a shift handover's sheet on A4 (its checklist, notes, both signatures)",
    )
    p.add_argument("handover_id", metavar="HANDOVER_ID")
    p.set_defaults(run=f"{PRINTING}:cmd_print_handover")
