"""The counter's reads on the command line: today's queue with its waits, the contacts and
missed calls, the knowledge base, and the monthly staff scorecards. Each answers from the
read models, live or `--as-of` a moment (desktop/cli/reads.reading)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, cast

from desktop.cli.json_lines import print_json
from desktop.cli.reads import Reading, reading
from desktop.cli.refusals import month
from desktop.cli.tables import table
from domain.clock import month_of
from domain.history import plain
from domain.masking import mask_phone, masked_text
from domain.messages import current_language, render
from domain.vocabulary import name

# A command imports the read models it reads (each loads the records it follows) when it runs.
if TYPE_CHECKING:
    from projections.contact_log import ContactRow
    from projections.queue_board import WaitEstimate
    from projections.staff_scores import Scorecard

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)  # before any desk recorded a contact


def named(code: str) -> str:
    """A stored code as the desk names it, in the command line's language."""
    return name(code, current_language()) if code else ""


def _minutes(span: timedelta | None) -> int | None:
    return None if span is None else max(0, round(span.total_seconds() / 60))


# --- the queue --------------------------------------------------------------------------------


def _queue_rows(r: Reading) -> tuple[list[dict[str, Any]], WaitEstimate]:
    board = r.models.queue_board
    tickets = board.of_day(r.db, r.today)
    waiting = [t.ticket for t in tickets if t.state == "waiting"]
    rows = []
    for t in tickets:
        row: dict[str, Any] = plain(t)
        row["waited_minutes"] = _minutes(t.waited(r.now)) if t.state != "skipped" else None
        if t.ticket in waiting:
            ahead = waiting.index(t.ticket)
            row["ahead"] = ahead
            row["estimated_wait_minutes"] = board.estimate(r.db, r.today, r.now, ahead).minutes
        else:
            row["ahead"] = row["estimated_wait_minutes"] = None
        rows.append(row)
    return rows, board.estimate(r.db, r.today, r.now)


QUEUE_COLUMNS = [
    ("ticket", "ticket"),
    ("purpose_named", "purpose"),
    ("state_named", "state"),
    ("taken", "taken"),
    ("ahead", "ahead"),
    ("waited", "waited"),
    ("estimate", "est. wait"),
    ("window", "window"),
    ("called", "called"),
    ("called_by", "by"),
    ("reason", "out of turn"),
]


def cmd_queue(args: argparse.Namespace) -> int:
    with reading(args) as r:
        rows, estimate = _queue_rows(r)
        if args.json:
            print_json(
                {
                    "day": r.today.isoformat(),
                    "as_of": r.now.isoformat(),
                    "estimate": plain(estimate),
                    "waiting": sum(1 for row in rows if row["state"] == "waiting"),
                    "tickets": rows,
                }
            )
            return 0
        if not rows:
            print(render("cli_queue_empty"))
            return 0
        zone = r.desk.timezone
        print(
            render(
                "cli_queue_summary",
                day=r.today.isoformat(),
                at=r.now.astimezone(zone).strftime("%H:%M"),
                waiting=estimate.ahead,
                minutes=estimate.minutes,
                windows=estimate.windows,
                per_person=f"{estimate.minutes_per_person:g}",
            )
        )

        def clock(value: str | None) -> datetime | None:
            return None if value is None else datetime.fromisoformat(value).astimezone(zone)

        shown_rows = [
            {
                **row,
                "purpose_named": named(row["purpose"]),
                "state_named": named(row["state"]),
                "taken": _hm(clock(row["taken_at"])),
                "called": _hm(clock(row["called_at"])),
                "waited": _in_minutes(row["waited_minutes"]),
                "estimate": _in_minutes(row["estimated_wait_minutes"]),
                "reason": row["reason"] if row["out_of_turn"] else "",
            }
            for row in rows
        ]
        print(table(shown_rows, QUEUE_COLUMNS, zone))
    return 0


def _hm(moment: datetime | None) -> str | None:
    return None if moment is None else moment.strftime("%H:%M")


def _in_minutes(minutes: int | None) -> str | None:
    return None if minutes is None else render("cli_minutes", minutes=minutes)


# --- contacts and missed calls ----------------------------------------------------------------

CONTACT_COLUMNS = [
    ("started_at", "started"),
    ("channel_named", "channel"),
    ("phone", "phone"),
    ("unit", "unit"),
    ("topic", "topic"),
    ("queue_ticket", "ticket"),
    ("response", "first response"),
    ("outcome_named", "outcome"),
    ("opened_by", "by"),
]


def _contact(row: ContactRow, in_clear: bool) -> dict[str, Any]:
    """A contact as the one reading may see it: the phone masked, and any mobile or ID
    number in the topic and note, unless they read personal data in clear."""
    data: dict[str, Any] = plain(row)
    if not in_clear:
        data["phone"] = mask_phone(row.phone)
        data["topic"] = masked_text(row.topic)
        data["note"] = masked_text(row.note)
    responded = None
    if row.first_response_at is not None:
        responded = (row.first_response_at - row.started_at).total_seconds() / 60
    data["first_response_minutes"] = None if responded is None else round(responded, 1)
    return data


def cmd_contacts(args: argparse.Namespace) -> int:
    with reading(args) as r:
        log = r.models.contact_log
        zone = r.desk.timezone
        start = datetime.combine(r.today, time.min, zone) if args.today else EARLIEST
        end = datetime.combine(r.today + timedelta(days=1), time.min, zone)
        end = min(end, r.now + timedelta(microseconds=1)) if args.as_of else end
        if args.open and not args.today:
            found = log.open_ones(r.db, args.limit)
        else:
            found = log.between(r.db, start, end, args.open, args.limit)
        in_clear = r.desk.reads_people_in_clear()
        rows = [_contact(row, in_clear) for row in found]
        if args.json:
            for row in rows:
                print_json(row)
            return 0
        if args.today:
            _day_summary(r, start, end)
        print(
            table(
                [
                    {
                        **row,
                        "started_at": datetime.fromisoformat(row["started_at"]),
                        "channel_named": named(row["channel"]),
                        "outcome_named": named(row["outcome"]),
                        "response": _in_minutes(
                            None
                            if row["first_response_minutes"] is None
                            else round(row["first_response_minutes"])
                        ),
                    }
                    for row in rows
                ],
                CONTACT_COLUMNS,
                zone,
            )
        )
    return 0


def _day_summary(r: Reading, start: datetime, end: datetime) -> None:
    from projections import contact_kpis

    totals = contact_kpis.between(r.db, start.timestamp(), end.timestamp())

    def said(value: float | None) -> str:
        return "—" if value is None else f"{value:.1f}"

    print(
        render(
            "cli_contacts_summary",
            closed=totals.closed,
            calls=totals.calls,
            missed=totals.missed,
            answer_rate=said(totals.answer_rate),
            frt=said(totals.frt_minutes),
            fcr=said(totals.fcr_percent),
        )
    )


# --- the knowledge base -----------------------------------------------------------------------


def cmd_answers(args: argparse.Namespace) -> int:
    with reading(args) as r:
        kb = r.models.knowledge_base
        rows = kb.search(r.db, args.search or "", include_retired=args.all, limit=args.limit)
        if args.json:
            for row in rows:
                print_json(plain(row))
            return 0
        if not rows:
            print(render("cli_no_answers", value=args.search or ""))
            return 0
        for row in rows:
            retired = f"  [{render('cli_answer_retired')}]" if row.retired else ""
            print(f"[{named(row.category)}] {row.question}{retired}")
            print(f"  {row.answer}")
            print(
                "  "
                + render(
                    "cli_answer_details",
                    keywords="、".join(row.keywords) or "—",
                    uses=row.uses,
                    id=row.answer_id,
                )
            )
            print()
    return 0


# --- staff scorecards -------------------------------------------------------------------------

COMPONENTS = ("satisfaction", "complaint_handling", "efficiency", "teamwork", "knowledge")


def _card(card: Scorecard) -> dict[str, Any]:
    data: dict[str, Any] = plain(card)
    data["total"] = card.total
    return data


def cmd_staff_scores(args: argparse.Namespace) -> int:
    from desktop.usecases.front import Desk, Front
    from desktop.usecases.scorecards import readable_staff, scorecard

    with reading(args) as r:
        wanted = month(args.month) if args.month else month_of(r.now, r.desk.timezone)
        # The use case reads through a Front as through the desk's LiveDesk (its Desk
        # protocol names `desk` as a plain attribute, which a frozen Front holds read-only).
        front = cast(Desk, Front.reading(r.desk, r.models, r.db, r.now))
        usernames = [args.staff.strip()] if args.staff else readable_staff(front, wanted)
        cards = [scorecard(front, username, wanted) for username in usernames]
        if args.staff:
            r.desk.get_staff(usernames[0])  # a name nobody has is said so, not shown blank
        if args.json:
            for card in cards:
                print_json(_card(card))
            return 0
        rows = []
        for card in cards:
            row: dict[str, Any] = {"username": card.username, "total": _score(card.total)}
            for line in card.lines:
                row[line.component] = _score(line.score)
            row.update(contacts=card.contacts, tickets=card.tickets_called, cases=card.cases_taken)
            rows.append(row)
        weights = {line.component: line.weight for line in cards[0].lines} if cards else {}
        columns = [("username", "staff")]
        columns += [(c, f"{named(c)} {weights.get(c, 0)}%") for c in COMPONENTS]
        columns += [
            ("total", "total"),
            ("contacts", "contacts"),
            ("tickets", "tickets"),
            ("cases", "cases"),
        ]
        print(render("cli_scorecards_month", month=wanted))
        print(table(rows, columns, r.desk.timezone))
        for card in cards:
            if card.comment:
                print(f"{card.username}: {card.comment} ({card.rated_by})")
    return 0


def _score(value: float | None) -> str | None:
    return None if value is None else f"{value:.1f}"
