"""The auditor's commands: `history` with filters, `timeline`, `export` and `verify`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from desktop.cli.json_lines import print_json
from desktop.cli.session import signed_in
from domain import FrontDesk, errors
from domain.history import HistoryFilter, HistoryRow, TimelineStep, plain
from domain.messages import render


def parse_bound(text: str, zone: ZoneInfo, end: bool) -> datetime:
    """ISO 8601; without a zone, the community's local time; a date alone is the whole day
    (its first moment for `--since`, its last for `--until`)."""
    text = text.strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time.max if end else time.min, zone)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise errors.InvalidValueError(field="time", value=text) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def row_json(row: HistoryRow) -> dict[str, Any]:
    return row.as_json()


def local_time(moment: datetime, zone: ZoneInfo) -> str:
    """2026-10-14 14:32 +08:00: the desk's local time, saying its zone."""
    local = moment.astimezone(zone)
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} {offset[:3]}:{offset[3:]}"


def row_line(row: HistoryRow, zone: ZoneInfo) -> str:
    local = local_time(row.timestamp, zone)
    summary = json.dumps(plain(row.data), ensure_ascii=False)
    if len(summary) > 80:
        summary = summary[:77] + "..."
    return (
        f"{row.position:>7}  {local}  {row.operator:<10} {row.desk:<12} "
        f"{row.full_type:<34} {summary}"
    )


# --- history and timeline ----------------------------------------------------------------------


def cmd_history(args: argparse.Namespace) -> int:
    desk = signed_in(args)
    try:
        zone = desk.timezone
        filters = HistoryFilter(
            since=parse_bound(args.since, zone, end=False) if args.since else None,
            until=parse_bound(args.until, zone, end=True) if args.until else None,
            operator=args.by,
            desk=args.desk,
            event_type=args.type,
            aggregate_id=args.aggregate,
            unit=args.unit,
        )
        for row in desk.history(start=args.after + 1, limit=args.limit, filters=filters):
            if args.json:
                print_json(row_json(row))
            else:
                print(row_line(row, zone))
    finally:
        desk.close()
    return 0


def _record_id(desk: FrontDesk, ref: str) -> str:
    """A record's id, a unit number, or a handle the desk and its reports show (a ticket
    number, a pass code, a letter's reference): projections/handles.py."""
    from projections.catalogue import open_read_models
    from projections.handles import record_for_reference

    try:
        return str(UUID(ref.strip()))
    except ValueError:
        pass
    models = open_read_models(desk)
    with models.reading() as db:
        return record_for_reference(desk, models, db, ref, desk.now())


def cmd_timeline(args: argparse.Namespace) -> int:
    desk = signed_in(args)
    try:
        steps = desk.timeline(_record_id(desk, args.ref))
        if args.json:
            for step in steps:
                print_json({**row_json(step.row), "state": step.state})
        else:
            print_timeline(steps, desk.timezone)
    finally:
        desk.close()
    return 0


def _value_text(value: Any, zone: ZoneInfo) -> str:
    """A state's value as JSON; a moment in the desk's local time with its zone."""
    if isinstance(value, str) and len(value) > 18 and value[10:11] == "T":
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None:
            return local_time(moment, zone)
    return json.dumps(value, ensure_ascii=False)


def print_timeline(steps: list[TimelineStep], zone: ZoneInfo) -> None:
    """Each event, then what it changed in the record (everything, after the first)."""
    before: dict[str, Any] = {}
    for step in steps:
        print(row_line(step.row, zone))
        for key, value in step.state.items():
            if key not in before or before[key] != value:
                print(f"{'':9}{key} = {_value_text(value, zone)}")
        for key in before.keys() - step.state.keys():
            print(f"{'':9}{key} (gone)")
        before = step.state


# --- export and verify -------------------------------------------------------------------------


def _progress() -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done} / {total}", end="" if done < total else "\n", file=sys.stderr)

    return show


def cmd_export(args: argparse.Namespace) -> int:
    # The export's tables and checks load only for `export`, not for every audit command.
    from desktop.usecases.export import export_store
    from projections.catalogue import open_read_models
    from projections.export import check_export

    if args.check:
        folder = Path(args.check)
        problems = check_export(folder, _written_down(args.expect) if args.expect else None)
        if not problems:
            manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
            print(render("export_checks_out", folder=str(folder), files=len(manifest["files"])))
            print(
                render(
                    "export_chain_checks_out",
                    count=manifest["event_count"],
                    position=manifest["head_position"],
                    digest=manifest["head_digest"],
                )
            )
            return 0
        print(render("export_check_failed", folder=str(folder)))
        for problem in problems:
            print(f"  - {problem}")
        return 1
    desk = signed_in(args)
    try:
        desk.require("export_history")  # refused before the read models are even opened
        models = open_read_models(desk)
        manifest = json.loads(
            export_store(desk, models, Path(args.out), _progress()).read_text("utf-8")
        )
    finally:
        desk.close()
    print(
        render(
            "export_written",
            count=manifest["event_count"],
            head=manifest["head_position"],
            tables=sum(f["name"].endswith(".csv") for f in manifest["files"]) - 1,
            folder=args.out,
        )
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    expect = _written_down(args.expect) if args.expect else None
    desk = signed_in(args)
    try:
        report = desk.verify(progress=_progress(), expect=expect)
    finally:
        desk.close()
    if args.json:
        timestamp = report.timestamp
        print_json(
            {
                "ok": report.ok,
                "checked": report.checked,
                "head_position": report.head_position,
                "head_digest": report.head_digest,
                "problem": report.problem,
                "position": report.position,
                "timestamp": timestamp.astimezone(UTC).isoformat() if timestamp else None,
                "aggregate": report.aggregate,
                "aggregate_id": report.aggregate_id,
                "message": report.message(),
            }
        )
    else:
        print(report.message())  # when intact: the head position and digest to write down
    return 0 if report.ok else 1


def _written_down(text: str) -> tuple[int, str]:
    """`POSITION:DIGEST`, as the desk, a report or an export's manifest gives them."""
    position, _, digest = text.partition(":")
    if not position.strip().isdigit() or len(digest.strip()) != 64:
        raise errors.ExpectFormatError(value=text)
    return int(position), digest.strip().lower()


def cmd_retention(args: argparse.Namespace) -> int:
    desk = signed_in(args)
    try:
        if args.visitors is not None or args.residents is not None:
            visitors, residents = desk.retention()
            desk.set_retention(
                args.visitors if args.visitors is not None else visitors,
                args.residents if args.residents is not None else residents,
            )
        visitors, residents = desk.retention()
    finally:
        desk.close()
    if args.json:
        print_json({"visitor_days": visitors, "resident_days": residents})
    else:
        print(render("cli_retention_visitors", days=visitors))
        print(render("cli_retention_households", days=residents))
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    from desktop.usecases.retention import forget_expired
    from projections.catalogue import open_read_models

    desk = signed_in(args)
    try:
        done = forget_expired(desk, open_read_models(desk))
    finally:
        desk.close()
    if args.json:
        print_json(
            {
                "visitors": done.visitors,
                "households": done.households,
                "incidents": done.incidents,
                "contacts": done.contacts,
            }
        )
    else:
        print(
            render(
                "cli_forgotten",
                visitors=done.visitors,
                households=done.households,
                incidents=done.incidents,
                contacts=done.contacts,
            )
        )
    return 0
