"""What the desk keeps and hands over, on the command line: the parcel shelf, the items lent
and kept, a flat's standing instructions, and the shift handovers. Each answers from the
read models, live or `--as-of` a moment (desktop/cli/reads.reading); names and free text
are masked for those who do not read personal data in clear."""

from __future__ import annotations

import argparse
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop.cli.json_lines import print_json
from desktop.cli.reads import reading
from desktop.cli.tables import table
from domain.history import plain
from domain.masking import mask_name, masked_text
from domain.messages import current_language, render
from domain.staff import may
from domain.values import UnitNumber
from domain.vocabulary import name

# A command imports the read models it reads (each loads the records it follows) when it runs.
if TYPE_CHECKING:
    from projections.handover_log import HandoverRow
    from projections.instruction_book import InstructionRow
    from projections.lending_log import ItemRow
    from projections.parcel_shelf import ParcelRow


def named(code: str) -> str:
    """A stored code as the desk names it, in the command line's language."""
    return name(code, current_language()) if code else ""


def _hours(span: timedelta) -> float:
    return round(span.total_seconds() / 3600, 1)


def _waited(span: timedelta) -> str:
    """How long, as the desk says it: 40 min, 2 h 50 min, 3 d 20 h."""
    minutes = max(0, int(span.total_seconds() // 60))
    if minutes < 60:
        return render("cli_minutes", minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return render("cli_hours_minutes", hours=hours, minutes=minutes)
    days, hours = divmod(hours, 24)
    return render("cli_days_hours", days=days, hours=hours)


def _unit(text: str | None) -> str:
    return str(UnitNumber.parse(text)) if text else ""


# --- parcels ----------------------------------------------------------------------------------


def _parcel(row: ParcelRow, now: datetime, in_clear: bool) -> dict[str, Any]:
    data: dict[str, Any] = plain(row)
    if not in_clear:
        data["recipient"] = mask_name(row.recipient)
        data["picked_up_by"] = mask_name(row.picked_up_by)
        data["note"] = masked_text(row.note)
        data["return_reason"] = masked_text(row.return_reason)
    data["waited_hours"] = _hours(row.waited(now))
    data["overdue"] = row.overdue(now)
    return data


PARCEL_COLUMNS = [
    ("unit", "unit"),
    ("shelf", "shelf"),
    ("pickup_code", "code"),
    ("carrier", "carrier"),
    ("state_named", "state"),
    ("received_at", "received"),
    ("waited", "waited"),
    ("overdue_mark", "!"),
    ("picked_up_by", "collected by"),
    ("proof_named", "proof"),
]


def cmd_parcels(args: argparse.Namespace) -> int:
    from domain.parcels import REMINDER_DAYS

    with reading(args) as r:
        shelf = r.models.parcel_shelf
        unit = _unit(args.unit)
        found = shelf.waiting(r.db, unit)  # the oldest waiting first
        if not args.waiting:
            found += [p for p in shelf.recent(r.db, unit, args.limit) if p.state != "waiting"]
        in_clear = r.desk.reads_people_in_clear()
        rows = [_parcel(p, r.now, in_clear) for p in found]
        if args.json:
            for row in rows:
                print_json(row)
            return 0
        waiting = [row for row in rows if row["state"] == "waiting"]
        print(
            render(
                "cli_parcels_summary",
                waiting=len(waiting),
                overdue=sum(1 for row in waiting if row["overdue"]),
                days=REMINDER_DAYS,
            )
        )
        if not rows:
            print(render("cli_no_parcels"))
            return 0
        shown = [
            {
                **row,
                "received_at": p.received_at,
                "state_named": named(row["state"]),
                "proof_named": named(row["proof"]),
                "waited": _waited(p.waited(r.now)),
                "overdue_mark": render("cli_overdue") if row["overdue"] else "",
            }
            for row, p in zip(rows, found, strict=True)
        ]
        print(table(shown, PARCEL_COLUMNS, r.desk.timezone))
    return 0


# --- items lent and kept ----------------------------------------------------------------------


def _item(row: ItemRow, now: datetime, in_clear: bool) -> dict[str, Any]:
    data: dict[str, Any] = plain(row)
    data["out"] = row.out
    data["overdue"] = row.overdue(now)
    if not in_clear:
        data["person"] = mask_name(row.person)
    return data


ITEM_COLUMNS = [
    ("name", "item"),
    ("kind_named", "kind"),
    ("kept_for", "kept for"),
    ("where", "where"),
    ("lent_to_unit", "unit"),
    ("person", "with"),
    ("lent_at", "lent"),
    ("due", "due"),
    ("overdue_mark", "!"),
]


def cmd_items(args: argparse.Namespace) -> int:
    with reading(args) as r:
        log = r.models.lending_log
        out = log.out(r.db)  # the soonest due first
        found = out if args.out else out + [i for i in log.all(r.db) if not i.out]
        in_clear = r.desk.reads_people_in_clear()
        rows = [_item(i, r.now, in_clear) for i in found]
        if args.json:
            for row in rows:
                print_json(row)
            return 0
        if not rows:
            print(render("cli_no_items"))
            return 0
        shown = [
            {
                **row,
                "lent_at": i.lent_at,
                "due": i.due,
                "kind_named": named(row["kind"]),
                "where": render("cli_item_out" if i.out else "cli_item_in"),
                "overdue_mark": render("cli_overdue") if row["overdue"] else "",
            }
            for row, i in zip(rows, found, strict=True)
        ]
        print(table(shown, ITEM_COLUMNS, r.desk.timezone))
    return 0


# --- standing instructions --------------------------------------------------------------------


def _standing(row: InstructionRow, today: date) -> str:
    if row.ended_at is not None:
        return "ended"
    if row.until is not None and row.until < today:
        return "expired"
    return "in_force"


def _instruction(row: InstructionRow, today: date, in_clear: bool) -> dict[str, Any]:
    data: dict[str, Any] = plain(row)
    data["standing"] = _standing(row, today)
    if not in_clear:
        data["person"] = mask_name(row.person)
        data["note"] = masked_text(row.note)
    return data


INSTRUCTION_COLUMNS = [
    ("kind_named", "instruction"),
    ("person", "person"),
    ("note", "note"),
    ("until", "until"),
    ("standing_named", "standing"),
    ("set_at", "set"),
    ("set_by", "by"),
]


def cmd_instructions(args: argparse.Namespace) -> int:
    with reading(args) as r:
        unit = _unit(args.unit)
        r.desk.get_unit(unit)  # a unit nobody registered is said so, not shown empty
        book = r.models.instruction_book
        found = book.of_unit(r.db, unit) if args.all else book.in_force(r.db, r.today, unit)
        # The counter acts on a flat's instructions by name (whom to refuse, whom to let in):
        # whoever does desk work reads them as the desk's screens show them, in clear.
        in_clear = r.desk.reads_people_in_clear() or may(r.desk.role(), "desk_work")
        rows = [_instruction(i, r.today, in_clear) for i in found]
        # Those in force first (in the order they were set), then the ones that ended.
        rows.sort(key=lambda row: row["standing"] != "in_force")
        if args.json:
            for row in rows:
                print_json(row)
            return 0
        if not rows:
            print(render("cli_no_instructions", unit=unit))
            return 0
        shown = [
            {
                **row,
                "set_at": datetime.fromisoformat(row["set_at"]),
                "kind_named": named(row["kind"]),
                "standing_named": render(f"cli_instruction_{row['standing']}"),
            }
            for row in rows
        ]
        print(table(shown, INSTRUCTION_COLUMNS, r.desk.timezone))
    return 0


# --- shift handovers --------------------------------------------------------------------------


def _handover(row: HandoverRow, in_clear: bool) -> dict[str, Any]:
    data: dict[str, Any] = plain(row)
    data["items"] = [
        {**item, "kind_named": named(str(item.get("kind", ""))), "checked": i in row.checked}
        for i, item in enumerate(row.items)
    ]
    data["checked"] = sorted(row.checked)
    data["item_count"] = len(row.items)
    data["acknowledged"] = row.acknowledged
    if not in_clear:
        data["notes"] = masked_text(row.notes)
    return data


HANDOVER_COLUMNS = [
    ("handed_over_at", "handed over"),
    ("handed_over_by", "by"),
    ("acknowledged_by", "taken over by"),
    ("acknowledged_at", "acknowledged"),
    ("item_count", "items"),
    ("acknowledged", "ack."),
    ("head", "chain head"),
    ("handover_id", "id"),
]


def cmd_handovers(args: argparse.Namespace) -> int:
    with reading(args) as r:
        found = r.models.handover_log.recent(r.db, args.limit)
        in_clear = r.desk.reads_people_in_clear()
        rows = [_handover(h, in_clear) for h in found]
        if args.json:
            for row in rows:
                print_json(row)
            return 0
        if not rows:
            print(render("cli_no_handovers"))
            return 0
        shown = [
            {
                **row,
                "handed_over_at": h.handed_over_at,
                "acknowledged_at": h.acknowledged_at,
                "head": f"{h.chain_position}:{h.chain_head[:12]}",
            }
            for row, h in zip(rows, found, strict=True)
        ]
        print(table(shown, HANDOVER_COLUMNS, r.desk.timezone, max_width=36))
    return 0
