"""A staff member's monthly scorecard (绩效考核表) on A4: who, which month, each component
with its weight, score and what it rests on, the weighted total, the manager's marks and
comment, and lines for both to sign."""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO
from zoneinfo import ZoneInfo

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from domain.clock import DEFAULT_TIMEZONE
from projections.documents import layout as lay
from projections.documents.layout import esc
from projections.documents.texts import Texts, fill, load_texts
from projections.staff_scores import RESPONSE_TARGET_SECONDS, Scorecard, ScoreLine


def month_text(month: str, t: Texts) -> str:
    """ "2026-03" as the language writes a month: 2026年3月, Mar 2026."""
    year, number = int(month[:4]), int(month[5:7])
    names = t.data["format"].get("month_names")
    return fill(
        t.section("scorecard")["month"],
        year=year,
        month=number,
        month_name=names[number - 1] if names else "",
    )


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def basis_text(line: ScoreLine, t: Texts) -> str:
    """What a component's score rests on, as the scorecard says it."""
    s = t.section("scorecard")
    if line.component in ("teamwork", "knowledge"):
        return s["basis_rated"] if line.basis else s["basis_not_rated"]
    return fill(s[f"basis_{line.component}"], n=line.basis, minutes=RESPONSE_TARGET_SECONDS // 60)


def counted(card: Scorecard, line: ScoreLine) -> float | None:
    """The points a component adds to the total: its score at its share of the weights
    measured (the weights of components with nothing to measure pass to the others)."""
    measured = sum(x.weight for x in card.lines if x.score is not None)
    if line.score is None or not measured:
        return None
    return line.weight * line.score / measured


def _total_panel(card: Scorecard, t: Texts, st: lay.Styles) -> Table:
    s = t.section("scorecard")
    big = ParagraphStyle("total", parent=st.h2, fontSize=16, leading=22, spaceBefore=0)
    total = card.total
    value = fill(s["total_value"], total=_number(total)) if total is not None else s["no_total"]
    colon = "：" if t.cjk else ": "
    parts: list[Flowable] = [lay.Heavy(esc(f"{s['total']}{colon}{value}"), big)]
    if any(line.score is None for line in card.lines):
        parts.append(Paragraph(esc(s["redistributed"]), st.muted))
    return lay.boxed(parts)


def render_scorecard(
    card: Scorecard,
    language: str,
    out: BinaryIO,
    *,
    staff_name: str = "",
    role: str = "",
    rated_by_name: str = "",
    community: str = "",
    zone: ZoneInfo = DEFAULT_TIMEZONE,
    printed_at: datetime | None = None,
) -> None:
    """Writes the scorecard; `staff_name` and `rated_by_name` are the people's names (their
    usernames are printed when none is given), `role` the staff member's role code."""
    t = load_texts(language)
    st = lay.styles(t)
    s = t.section("scorecard")
    place = community or t.data["community_fallback"]
    month = month_text(card.month, t)
    story: list[Flowable] = lay.title_block(
        s["title"], fill(s["subtitle"], community=place, month=month), st
    )
    story.append(
        lay.facts(
            [
                (s["name"], staff_name or card.username),
                (s["username"], card.username),
                (s["role"], t.term("role", role) if role else "—"),
                (s["contacts"], str(card.contacts)),
                (s["tickets_called"], str(card.tickets_called)),
                (s["cases_taken"], str(card.cases_taken)),
            ],
            st,
        )
    )
    story += lay.heading(s["scores"], st)
    rows = []
    for line in card.lines:
        points = counted(card, line)
        rows.append(
            (
                t.term("appraisal", line.component),
                f"{line.weight} %",
                "—" if line.score is None else _number(line.score),
                basis_text(line, t),
                "—" if points is None else f"{points:.1f}",
            )
        )
    story.append(
        lay.table(
            [s["component"], s["weight"], s["score"], s["basis"], s["counts"]],
            rows,
            [1.3, 0.7, 0.7, 3.0, 0.8],
            st,
        )
    )
    story.append(Spacer(1, 10))
    story.append(_total_panel(card, t, st))
    story += lay.heading(s["rating"], st)
    if card.rated_by:
        story.append(
            lay.facts(
                [
                    (s["rated_by"], rated_by_name or card.rated_by),
                    (s["rated_at"], t.moment(card.rated_at, zone) if card.rated_at else "—"),
                ],
                st,
            )
        )
        story.append(Spacer(1, 4))
        colon = "：" if t.cjk else ": "
        story.append(Paragraph(esc(f"{s['comment']}{colon}{card.comment or '—'}"), st.body))
    else:
        story.append(Paragraph(esc(s["not_rated"]), st.muted))
    story.append(Spacer(1, 28))
    story.append(
        lay.keep(
            lay.signature_lines([[s["signed_staff"], s["signed_rater"], s["signed_date"]]], st)
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
        footer_note=f"{card.username} · {card.month}",
    )
