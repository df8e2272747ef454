"""The shift handover sheet (交接班记录单) on A4: who handed over and when, the log's position
and chain digest at that moment, each open matter of the checklist in words (what it is,
the unit, the ticket, pass, shelf or item, and its time), the outgoing staff member's
notes, who took the shift over and when, and lines for both to sign: the handover is done
face to face, and both sign it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, Paragraph, Spacer

from domain.clock import DEFAULT_TIMEZONE
from projections.documents import layout as lay
from projections.documents.layout import esc
from projections.documents.texts import Texts, fill, load_texts
from projections.handover_checklist import SINCE, parcels_waiting
from projections.handover_log import HandoverRow

# Kinds whose time is when the matter began (shown "since"); the others' is a deadline or
# an end (shown "until").


def _when(value: str, t: Texts, zone: ZoneInfo) -> str:
    """A checklist item's time as the sheet writes it: a moment, or a day."""
    if not value:
        return ""
    if len(value) == 10:
        return t.day(date.fromisoformat(value))
    return t.short_moment(datetime.fromisoformat(value), zone)


def _who(name: str, username: str, t: Texts) -> str:
    """A staff member's name with their username: 李娜（clerk1）."""
    if not name or name == username:
        return username
    return f"{name}（{username}）" if t.cjk else f"{name} ({username})"


def _past(value: str, moment: datetime, zone: ZoneInfo) -> bool:
    """Whether a deadline (a moment, or a day: its end) had passed at `moment`."""
    if not value:
        return False
    if len(value) == 10:
        return date.fromisoformat(value) < moment.astimezone(zone).date()
    return datetime.fromisoformat(value) < moment


def item_words(
    item: dict[str, Any], t: Texts, zone: ZoneInfo, at: datetime | None = None
) -> tuple[str, str, str, str]:
    """One checklist item as the sheet prints it: the matter, the unit, its detail in words
    and its time (a deadline already past at `at`, the handover's moment, said so)."""
    s = t.section("handover_sheet")
    kind = str(item.get("kind", ""))
    detail = str(item.get("detail", ""))
    templates = s["details"]
    if kind == "parcel_waiting":
        count, shelves = parcels_waiting(detail)
        words = fill(templates[kind], count=count, shelves=shelves)
    elif kind == "callback_due" and not detail:
        words = templates["callback_due_household"]
    elif kind == "instruction":
        words = t.term("instruction", detail)
    else:
        words = fill(templates.get(kind, "{detail}"), detail=detail)
    due = str(item.get("due", ""))
    when = _when(due, t, zone)
    if when and kind in SINCE:
        when = fill(s["since"], moment=when)
    elif when and kind in ("visitor_on_site", "instruction"):
        when = fill(s["until"], moment=when)
    elif when and at is not None and _past(due, at, zone):
        when = fill(s["late"], when=when)
    return t.term("checklist", kind), str(item.get("unit", "")), words, when


def render_handover_sheet(
    handover: HandoverRow,
    language: str,
    out: BinaryIO,
    *,
    handed_over_by_name: str = "",
    acknowledged_by_name: str = "",
    notes: str | None = None,
    community: str = "",
    zone: ZoneInfo = DEFAULT_TIMEZONE,
    printed_at: datetime | None = None,
) -> None:
    """Writes the handover sheet. The names are the staff members' (their usernames are
    printed when none is given); `notes` the notes as the one printing may read them
    (default: the handover's own)."""
    t = load_texts(language)
    st = lay.styles(t)
    s = t.section("handover_sheet")
    place = community or t.data["community_fallback"]
    moment = t.moment(handover.handed_over_at, zone)
    story: list[Flowable] = lay.title_block(
        s["title"], fill(s["subtitle"], community=place, moment=moment), st
    )
    outgoing = handed_over_by_name or handover.handed_over_by
    incoming = acknowledged_by_name or handover.acknowledged_by
    acknowledged_at = handover.acknowledged_at
    story.append(
        lay.facts(
            [
                (s["handed_over_by"], _who(outgoing, handover.handed_over_by, t)),
                (s["handed_over_at"], moment),
                (
                    s["acknowledged_by"],
                    _who(incoming, handover.acknowledged_by, t) or s["not_acknowledged"],
                ),
                (
                    s["acknowledged_at"],
                    t.moment(acknowledged_at, zone) if acknowledged_at else "—",
                ),
                (s["chain"], fill(s["chain_value"], position=handover.chain_position)),
            ],
            st,
        )
    )
    colon = "：" if t.cjk else ": "
    digest = f"{s['digest']}{colon}{handover.chain_head or '—'}"
    story.append(Spacer(1, 3))
    story.append(Paragraph(esc(digest), st.muted))
    items = list(handover.items)
    story += lay.heading(fill(s["matters"], count=len(items)), st)
    if items:
        rows = []
        for number, item in enumerate(items, start=1):
            kind, unit, words, when = item_words(item, t, zone, handover.handed_over_at)
            checked = "✓" if number - 1 in handover.checked else ""
            rows.append((str(number), kind, unit or "—", words, when or "—", checked))
        story.append(
            lay.table(
                [s["number"], s["kind"], s["unit"], s["detail"], s["when"], s["checked"]],
                rows,
                [0.45, 1.5, 1.05, 1.9, 1.6, 0.7],
                st,
            )
        )
    else:
        story.append(Paragraph(esc(s["no_matters"]), st.muted))
    story += lay.heading(s["notes"], st)
    written = handover.notes if notes is None else notes
    story.append(Paragraph(esc(written or s["no_notes"]), st.body))
    if acknowledged_at is not None:
        story.append(Spacer(1, 8))
        said = fill(s["acknowledged"], name=incoming, moment=t.moment(acknowledged_at, zone))
        parts: list[Flowable] = [Paragraph(esc(said), st.body)]
        unchecked = [str(i + 1) for i in range(len(items)) if i not in handover.checked]
        if handover.checked and unchecked:
            parts.append(Paragraph(esc(fill(s["unchecked"], items=t.join(unchecked))), st.muted))
        story.append(lay.boxed(parts))
    story.append(Spacer(1, 22))
    story.append(
        lay.keep(
            Paragraph(esc(s["sign_rule"]), st.muted),
            Spacer(1, 6),
            lay.signature_lines(
                [
                    [s["signed_outgoing"], s["signed_time"]],
                    [s["signed_incoming"], s["signed_time"]],
                ],
                st,
            ),
        )
    )
    lay.build(
        out,
        story,
        t,
        community=place,
        document_title=s["title"],
        printed_at=printed_at,
        zone=zone,
        footer_note=f"{handover.chain_position}:{handover.chain_head[:16]}",
    )
