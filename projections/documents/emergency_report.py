"""The emergency log report for a period: every emergency with its details, its times against
the deadlines fixed when it was reported, its timeline (who did what, at which desk), and the
roll call of visitors who were on site at the moment it was reported."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import BinaryIO
from zoneinfo import ZoneInfo

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from domain.clock import DEFAULT_TIMEZONE
from domain.personal_data import readable
from projections.documents import drawing
from projections.documents import layout as lay
from projections.documents.layout import esc
from projections.documents.texts import Texts, fill, load_texts
from projections.emergency_log import EmergencyRow
from projections.incident_board import IncidentRow


def _who(username: str, staff: Mapping[str, str]) -> str:
    name = staff.get(username)
    return f"{name} ({username})" if name else username


def _banner(incident: IncidentRow, t: Texts, st: lay.Styles) -> Table:
    """The incident's ticket and category on a tinted bar, its state on the right."""
    big = ParagraphStyle("banner", parent=st.h2, spaceBefore=0, spaceAfter=0)
    state = ParagraphStyle("state", parent=st.cell, alignment=2, textColor=drawing.ACCENT)
    headline = f"{incident.ticket}  ·  {t.term('category', incident.category)}"
    bar = Table(
        [
            [
                lay.Heavy(esc(headline), big),
                Paragraph(esc(t.term("incident_state", incident.state)), state),
            ]
        ],
        colWidths=[lay.CONTENT_W * 0.75, lay.CONTENT_W * 0.25],
    )
    bar.setStyle(
        lay.table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), drawing.ACCENT_LIGHT),
                ("LINEBEFORE", (0, 0), (0, 0), 3, drawing.WARN),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return bar


def _result(
    due: datetime,
    done: datetime | None,
    breached: bool,
    t: Texts,
    zone: ZoneInfo,
    st: lay.Styles,
) -> tuple[str, str, Paragraph]:
    r = t.section("emergency_report")
    late_style = ParagraphStyle("late", parent=st.cell, textColor=drawing.WARN)
    if done is None:
        text = r["open"]
        if breached:
            text = f"{text}; {fill(r['late'], by='')}".rstrip()
        return t.moment(due, zone), "—", Paragraph(esc(text), late_style if breached else st.cell)
    if done > due:
        verdict = Paragraph(esc(fill(r["late"], by=t.duration(done - due))), late_style)
    else:
        verdict = Paragraph(esc(r["on_time"]), st.cell)
    return t.moment(due, zone), t.moment(done, zone), verdict


def _emergency(
    row: EmergencyRow, t: Texts, st: lay.Styles, zone: ZoneInfo, staff: Mapping[str, str]
) -> list[Flowable]:
    r = t.section("emergency_report")
    i = row.incident
    pairs = [
        (r["reported"], t.moment(i.reported_at, zone)),
        (r["severity"], t.term("severity", i.severity)),
        (r["location"], f"{i.location} {i.unit}".strip()),
        (r["reporter"], f"{readable(i.reporter, t.language)} · {t.term('channel', i.channel)}"),
        (r["taken_by"], _who(i.reported_by, staff)),
        (r["assignee"], i.assignee or "—"),
        (r["level"], str(i.level)),
    ]
    colon = "：" if t.cjk else ": "
    story: list[Flowable] = [
        lay.keep(
            _banner(i, t, st),
            Spacer(1, 6),
            lay.facts(pairs, st),
            Spacer(1, 4),
            Paragraph(
                esc(f"{r['description']}{colon}{readable(i.description, t.language)}"), st.body
            ),
        )
    ]
    respond = _result(i.respond_by, i.responded_at, i.response_breached, t, zone, st)
    resolve = _result(i.resolve_by, i.resolved_at, i.resolution_breached, t, zone, st)
    deadlines: list[Flowable] = lay.subheading(r["deadlines"], st)
    deadlines.append(
        lay.table(
            ["", r["deadline"], r["actual"], r["result"]],
            [(r["respond"], *respond), (r["resolve"], *resolve)],
            [1.1, 1.5, 1.5, 1.3],
            st,
            zebra=False,
        )
    )
    if i.on_hold_for > timedelta():
        deadlines.append(Spacer(1, 3))
        deadlines.append(
            Paragraph(esc(fill(r["on_hold"], duration=t.duration(i.on_hold_for))), st.muted)
        )
    story.append(lay.keep(deadlines))
    timeline = [
        (
            t.short_moment(step.at, zone),
            t.term("step", step.step),
            _who(step.operator, staff),
            step.desk,
            readable(step.detail, t.language),
        )
        for step in row.timeline
    ]
    story.append(
        lay.keep(
            lay.subheading(r["timeline_title"], st),
            lay.table(
                [r["time"], r["step"], r["by"], r["desk"], r["detail"]],
                timeline,
                [1.15, 1.15, 1.25, 0.8, 2.4],
                st,
            ),
        )
    )
    title = fill(r["roll_call_title"], n=len(row.roll_call))
    if row.roll_call:
        roll: Flowable = lay.table(
            [r["visitor"], r["id"], r["visiting"], r["kind"], r["since"]],
            [
                (
                    readable(v.name, t.language),
                    v.id_masked,
                    v.host_unit,
                    t.term("visit_kind", v.kind),
                    t.short_moment(v.checked_in_at, zone),
                )
                for v in row.roll_call
            ],
            [1.1, 1.6, 0.9, 0.9, 1.4],
            st,
        )
    else:
        roll = Paragraph(esc(r["roll_call_none"]), st.muted)
    story.append(lay.keep(lay.subheading(title, st), roll))
    story.append(Spacer(1, 16))
    return story


def render_emergency_report(
    rows: Sequence[EmergencyRow],
    start: date,
    end: date,
    language: str,
    out: BinaryIO,
    *,
    community: str = "",
    staff: Mapping[str, str] | None = None,
    zone: ZoneInfo = DEFAULT_TIMEZONE,
    printed_at: datetime | None = None,
    sealed_at: tuple[int, str] | None = None,
) -> None:
    """Writes the report of the emergencies from `start` to `end` (both days included).
    `staff` maps usernames to names, so the timeline says who acted; `sealed_at` (the
    chain's head position and digest) lets a reader prove later what the report read."""
    t = load_texts(language)
    st = lay.styles(t)
    r = t.section("emergency_report")
    place = community or t.data["community_fallback"]
    names = dict(staff or {})
    period = fill(r["period"], start=t.day(start), end=t.day(end))
    story: list[Flowable] = lay.title_block(r["title"], f"{place} · {period}", st)
    summary = fill(
        r["summary"],
        count=len(rows),
        late_response=sum(1 for row in rows if row.incident.response_breached),
        late_resolution=sum(1 for row in rows if row.incident.resolution_breached),
        visitors=sum(len(row.roll_call) for row in rows),
    )
    story.append(lay.boxed([Paragraph(esc(summary if rows else r["none"]), st.body)]))
    story.append(Spacer(1, 14))
    for row in rows:
        story += _emergency(row, t, st, zone, names)
    story.append(Spacer(1, 10))
    story.append(lay.keep(lay.signature_lines([[r["prepared_by"], r["reviewed_by"]]], st)))
    if sealed_at is not None:
        position, digest = sealed_at
        story.append(Spacer(1, 10))
        story.append(Paragraph(esc(fill(r["sealed"], position=position, digest=digest)), st.muted))
    lay.build(
        out,
        story,
        t,
        community=place,
        document_title=r["title"],
        printed_at=printed_at,
        zone=zone,
        footer_note=period
        if sealed_at is None
        else f"{period} · #{sealed_at[0]} {sealed_at[1][:12]}",
    )
