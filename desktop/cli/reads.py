"""The command line's reads: each answers from the read models, live or `--as-of` a moment."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from uuid import UUID

from desktop.cli.json_lines import print_json
from desktop.cli.refusals import month
from desktop.cli.session import signed_in
from desktop.cli.tables import shown, table
from domain import errors
from domain.application import FrontDesk
from domain.clock import EARLIEST_DAY, LATEST_DAY, shifted
from domain.history import plain
from domain.messages import current_language, render
from domain.values import UnitNumber, as_date, as_moment
from domain.vocabulary import name
from projections.catalogue import open_read_models, read_models_now
from projections.model_set import ReadModelSet
from projections.store import Db


@dataclass
class Reading:
    desk: FrontDesk
    models: ReadModelSet
    db: Db
    now: datetime

    @property
    def today(self) -> date:
        return self.now.astimezone(self.desk.timezone).date()


def parse_moment(text: str, desk: FrontDesk) -> datetime:
    """ISO 8601; without a zone it is the community's local time; a bare date means its end."""
    try:
        if len(text.strip()) == 10:
            moment = datetime.combine(date.fromisoformat(text.strip()), time.max)
        else:
            moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise errors.InvalidValueError(field="time", value=text) from None
    # The batch runner's check of `at`: a moment at either end of the calendar is refused,
    # saying the accepted range (and what was typed), before anything is computed from it.
    # A read may still look at the range's last day itself (nothing is recorded then).
    moment = moment if moment.tzinfo else moment.replace(tzinfo=desk.timezone)
    if moment.date() == LATEST_DAY and moment.utcoffset() is not None:
        return moment
    try:
        return as_moment(moment)
    except errors.DateOutOfRangeError as refused:
        raise errors.DateOutOfRangeError(**{**refused.params, "value": text.strip()}) from None


@contextmanager
def reading(args: argparse.Namespace) -> Iterator[Reading]:
    desk = signed_in(args)
    try:
        if getattr(args, "as_of", None):
            from projections.time_travel import read_models_as_of  # only for --as-of

            moment = parse_moment(args.as_of, desk)
            try:
                past_models = read_models_as_of(desk, moment)
            except OverflowError:  # a moment the calendar can take, but not much past it
                raise errors.DateOutOfRangeError(
                    field="time", value=args.as_of, earliest=EARLIEST_DAY, latest=LATEST_DAY
                ) from None
            with past_models as past, past.reading() as db:
                yield Reading(desk, past, db, moment)
        else:
            live = read_models_now(desk)  # only the models this read reads, when current
            with live.reading() as db:
                yield Reading(desk, live, db, desk.now())
    finally:
        desk.close()


def emit(args: argparse.Namespace, reading: Reading, rows: Any, columns: Any) -> None:
    if args.json:
        payload = plain(rows)
        if isinstance(payload, list):
            for row in payload:
                print_json(row)
        else:
            print_json(payload)
    else:
        print(table(rows, columns, reading.desk.timezone))


# --- residents ----------------------------------------------------------------------------

HOUSEHOLD_COLUMNS = [
    ("unit", "unit"),
    ("members", "members"),
    ("phones", "phones"),
    ("plates", "plates"),
    ("ownership", "ownership"),
    ("move_in_date", "moved in"),
    ("moved_out_on", "moved out"),
]


def cmd_residents(args: argparse.Namespace) -> int:
    with reading(args) as r:
        files = r.models.resident_files
        rows = files.search(r.db, args.search) if args.search else files.current(r.db, args.limit)
        emit(args, r, rows, HOUSEHOLD_COLUMNS)
    return 0


def _household_for(r: Reading, ref: str) -> str:
    files = r.models.resident_files
    try:
        UUID(ref)
        if files.get(r.db, ref):
            return ref
    except ValueError:
        unit = str(UnitNumber.parse(ref))
        households = files.of_unit(r.db, unit)
        if households:
            return households[0].household_id
        raise errors.UnknownRecordError(kind="household", ref=unit) from None
    raise errors.UnknownRecordError(kind="household", ref=ref)


def cmd_resident_file(args: argparse.Namespace) -> int:
    with reading(args) as r:
        household_id = _household_for(r, args.ref)
        models = r.models
        file = models.resident_files.file(r.db, household_id)
        assert file is not None  # _household_for found it
        h = file.household
        end = h.moved_out_on or r.today
        incidents = [
            i
            for i in models.incident_board.for_unit(r.db, h.unit, r.now)
            if h.move_in_date <= i.reported_at.astimezone(r.desk.timezone).date() <= end
        ]
        members = [plain(m) for m in file.members if m.current]
        if args.reveal_ids:
            for member in members:
                member["id_number"] = r.desk.reveal_id_number(
                    household_id, member["name"], args.reveal_ids
                )
        files = models.resident_files
        sections: dict[str, list[Any]] = {
            "contracts": models.renewal_calendar.for_household(r.db, household_id),
            "visitors": models.visitor_log.for_household(r.db, household_id, r.now),
            "incidents": incidents,
            "activities": models.activity_roll.for_household(r.db, household_id),
            "former_households": [
                o for o in files.of_unit(r.db, h.unit) if o.household_id != household_id
            ],
        }
        if args.json:
            answer = {
                "household": plain(h),
                "callback_overdue": h.callback_overdue(r.today),
                "members": members,
                "vehicles": file.vehicles,
                "former_vehicles": file.former_vehicles,
                "contact_changes": plain(file.contact_changes),
                **{key: plain(rows) for key, rows in sections.items()},
            }
            print_json(answer)
            return 0
        print_resident_file(r, file, members, sections, args.reveal_ids)
    return 0


def print_resident_file(
    r: Reading,
    file: Any,
    members: list[dict[str, Any]],
    sections: dict[str, list[Any]],
    revealed: Any,
) -> None:
    zone = r.desk.timezone
    h = file.household
    status = f"moved out {h.moved_out_on}" if h.moved_out_on else "living here"
    print(f"{h.unit}  {h.ownership}  moved in {h.move_in_date}  ({status})")
    if h.callback_satisfaction:
        callback = f"done, {h.callback_satisfaction}/5"
    else:
        callback = ("OVERDUE" if h.callback_overdue(r.today) else "due") + f" by {h.callback_due}"
    print(f"Move-in callback: {callback}\n")
    print("Members")
    id_column = "id_number" if revealed else "id_masked"
    print(
        table(
            members,
            [
                ("name", "name"),
                ("relation", "relation"),
                ("id_type", "ID type"),
                (id_column, "ID number"),
                ("phone", "phone"),
            ],
            zone,
        )
    )
    print(f"\nVehicles: {' '.join(file.vehicles) or '—'}")
    if file.contact_changes:
        print("\nContact corrections")
        print(
            table(
                file.contact_changes,
                [
                    ("at", "when"),
                    ("name", "name"),
                    ("previous_phone", "was"),
                    ("phone", "now"),
                    ("reason", "reason"),
                    ("operator", "by"),
                ],
                zone,
            )
        )
    layouts = {
        "contracts": ("Contracts", CONTRACT_COLUMNS),
        "visitors": (
            "Visitors",
            [("registered_at", "when"), ("name", "visitor"), ("kind", "kind"), ("state", "state")],
        ),
        "incidents": (
            "Incidents",
            [
                ("ticket", "ticket"),
                ("category", "category"),
                ("state", "state"),
                ("reported_at", "reported"),
            ],
        ),
        "activities": ("Activities", None),
        "former_households": ("Former households of this unit", HOUSEHOLD_COLUMNS),
    }
    for key, (title, columns) in layouts.items():
        rows = sections[key]
        print(f"\n{title} ({len(rows)})")
        if rows:
            print(table(rows, columns or _columns(rows), zone))


# --- visitors, incidents, emergencies ---------------------------------------------------------

VISITOR_COLUMNS = [
    ("registered_at", "registered"),
    ("name", "visitor"),
    ("id_masked", "ID"),
    ("host_unit", "visiting"),
    ("kind", "kind"),
    ("state", "state"),
    ("overstayed", "overstay"),
    ("valid_until", "valid until"),
    ("code", "pass"),
]


def cmd_visitors(args: argparse.Namespace) -> int:
    with reading(args) as r:
        log = r.models.visitor_log
        if args.on_site:
            rows = log.on_site(r.db, r.now)
        elif args.state:
            rows = log.by_state(r.db, args.state, r.now)
        elif args.today:
            rows = log.on_day(r.db, r.today, r.desk.timezone, r.now)
        else:
            rows = log.recent(r.db, r.now, args.limit)
        emit(args, r, rows, VISITOR_COLUMNS)
    return 0


INCIDENT_COLUMNS = [
    ("ticket", "ticket"),
    ("kind", "kind"),
    ("category", "category"),
    ("severity", "severity"),
    ("location", "location"),
    ("state", "state"),
    ("level", "lvl"),
    ("resolve_by", "resolve by"),
    ("time_left", "left"),
    ("response_breached", "late reply"),
    ("resolution_breached", "late fix"),
]


def cmd_incidents(args: argparse.Namespace) -> int:
    with reading(args) as r:
        board = r.models.incident_board
        if args.breached:
            rows = board.breached(r.db, r.now)
        elif args.callbacks_due:
            rows = board.callbacks_due(r.db, r.now)
        elif args.open:
            rows = board.open(r.db, r.now)
        else:
            rows = board.all(r.db, r.now, args.limit)
        emit(args, r, rows, INCIDENT_COLUMNS)
    return 0


def cmd_emergency_log(args: argparse.Namespace) -> int:
    first = as_date(args.start, "start") if args.start else None
    last = as_date(args.end, "end") if args.end else None
    if first is not None and last is not None:
        from desktop.usecases.printing import check_period  # the printed report's own check

        check_period(first, last)
    with reading(args) as r:
        zone = r.desk.timezone
        start = datetime.combine(first, time.min, zone) if first else None
        end = datetime.combine(shifted(last, timedelta(days=1)), time.min, zone) if last else None
        rows = r.models.emergency_log.emergencies(r.db, r.now, start, end)
        if args.json:
            emit(args, r, rows, [])
            return 0
        if not rows:
            print("(no emergencies)")
        for row in rows:
            i = row.incident
            print(
                f"{i.ticket}  {i.category}  {i.location}  reported {shown(i.reported_at, zone)}"
                f" by {i.reported_by}; state {i.state}"
            )
            print(
                table(
                    row.timeline,
                    [
                        ("at", "when"),
                        ("step", "step"),
                        ("operator", "by"),
                        ("desk", "desk"),
                        ("detail", "detail"),
                    ],
                    zone,
                )
            )
            print(f"On site when reported ({len(row.roll_call)}):")
            print(
                table(
                    row.roll_call,
                    [
                        ("name", "visitor"),
                        ("id_masked", "ID"),
                        ("host_unit", "visiting"),
                        ("checked_in_at", "since"),
                    ],
                    zone,
                )
            )
            print()
    return 0


# --- contracts, activities, KPIs -------------------------------------------------------------


CONTRACT_COLUMNS = [
    ("unit", "unit"),
    ("kind", "kind"),
    ("start", "start"),
    ("end", "end"),
    ("monthly_fee", "monthly fee"),
    ("notice_due", "notice due"),
    ("notice_sent_at", "notice sent"),
    ("terminated_on", "terminated"),
]


def cmd_renewals(args: argparse.Namespace) -> int:
    with reading(args) as r:
        calendar = r.models.renewal_calendar
        rows = calendar.ending_within(r.db, r.today, args.within)
        if args.ics:
            from projections.renewal_calendar import write_ics

            write_ics(rows, args.ics, r.desk.timezone, calendar.entry_versions(r.db, rows))
            print(render("cli_ics_written", count=len(rows), file=args.ics), file=sys.stderr)
        emit(args, r, rows, CONTRACT_COLUMNS)
    return 0


def cmd_activities(args: argparse.Namespace) -> int:
    with reading(args) as r:
        rows = r.models.activity_roll.all(r.db)
        emit(args, r, rows, _columns(rows))
    return 0


KPI_COLUMNS = [
    ("month", "month"),
    ("named", "measure"),
    ("measured", "value"),
    ("target_text", "target"),
    ("verdict_named", "verdict"),
    ("sample_size", "sample"),
]


def cmd_kpis(args: argparse.Namespace) -> int:
    wanted = None if args.month is None else month(args.month)
    with reading(args) as r:
        rows = r.models.kpis.monthly(r.db, wanted)
        if args.json:
            emit(args, r, rows, [])
            return 0
        # Each measure by its name in the desk's language, its value in its unit.
        language = current_language()
        shown_rows = [
            {
                "month": k.month,
                "named": name(k.measure, language),
                "measured": _measured(k.value, k.unit),
                "target_text": k.target_text,
                "verdict_named": name(k.verdict, language),
                "sample_size": k.sample_size,
            }
            for k in rows
        ]
        print(table(shown_rows, KPI_COLUMNS, r.desk.timezone, max_width=40))
    return 0


def _measured(value: float | None, unit: str) -> str | None:
    if value is None:
        return None
    return render("cli_minutes", minutes=f"{value:g}") if unit == "min" else f"{value:g} %"


def _columns(rows: Any) -> list[tuple[str, str]]:
    if not rows:
        return []
    first = plain(rows[0])
    return [(name, name) for name in first if not isinstance(first[name], list | dict)][:9]


def cmd_rebuild(args: argparse.Namespace) -> int:
    desk = signed_in(args)
    try:
        desk.require("rebuild_read_models")  # drops what every desk reads: an admin's call
    except errors.DomainError:
        desk.close()
        raise
    started = datetime.now()
    models = open_read_models(desk, catch_up=False)
    applied = models.rebuild()
    seconds = (datetime.now() - started).total_seconds()
    print(render("cli_rebuilt", count=applied, seconds=f"{seconds:.1f}"))
    desk.close()
    return 0
