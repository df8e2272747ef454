"""The renewal notice letter (合同续约通知书): when the contract ends, on what terms it can be
renewed, and how; with a reply slip to cut off and bring back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import BinaryIO
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from domain.clock import DEFAULT_TIMEZONE
from projections.documents import layout as lay
from projections.documents.layout import esc
from projections.documents.texts import fill, load_texts
from projections.renewal_calendar import ContractRow

REPLY_BEFORE_END = timedelta(days=30)
SHORTEST_REPLY = timedelta(days=14)


def reply_by(end: date, today: date) -> date:
    """A month before the end, but never less than two weeks from today nor after the end."""
    return min(end, max(end - REPLY_BEFORE_END, today + SHORTEST_REPLY))


def _slip(options: Sequence[str], st: lay.Styles) -> Table:
    slip = Table(
        [[lay.CheckBox(option) for option in options]],
        colWidths=[lay.CONTENT_W / len(options)] * len(options),
        hAlign="LEFT",
    )
    slip.setStyle(
        lay.table_style(
            [
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return slip


def render_renewal_letter(
    contract: ContractRow,
    names: Sequence[str],
    language: str,
    out: BinaryIO,
    *,
    community: str = "",
    zone: ZoneInfo = DEFAULT_TIMEZONE,
    printed_at: datetime | None = None,
    copy_number: int = 0,
) -> None:
    """Writes the renewal notice for a contract, addressed to the household's members; a
    reprint (`copy_number` 1, 2, …) says it is that numbered copy."""
    t = load_texts(language)
    st = lay.styles(t)
    r = t.section("renewal_letter")
    place = community or t.data["community_fallback"]
    today = (printed_at or datetime.now(zone)).astimezone(zone).date()
    values = {
        "names": t.join(list(names)) if names else contract.unit,
        "unit": contract.unit,
        "kind": t.term("contract_kind", contract.kind),
        "start": t.day(contract.start),
        "end": t.day(contract.end),
        "reply_by": t.day(reply_by(contract.end, today)),
        "monthly_fee": t.money(contract.monthly_fee),
        "community": place,
        "ref": f"{contract.contract_id[:8].upper()}-{today:%Y%m%d}",
    }
    story: list[Flowable] = lay.title_block(r["title"], f"{place} · {contract.unit}", st)
    story.append(Paragraph(esc(fill(r["reference"], **values)), st.right))
    copy = fill(r.get("copy") or t.section("pass")["copy"], n=copy_number) if copy_number else ""
    if copy:
        story.append(lay.Heavy(esc(copy), st.right))
    story.append(Spacer(1, 6))
    story.append(Paragraph(esc(fill(r["salutation"], **values)), st.body))
    story.append(Spacer(1, 6))
    story += [Paragraph(esc(fill(text, **values)), st.letter) for text in r["body"]]
    terms: list[Flowable] = lay.heading(r["terms_title"], st)
    terms += lay.bullets([fill(x, **values) for x in r["terms"]], st, numbered=True)
    story.append(lay.keep(terms))
    how: list[Flowable] = lay.heading(r["how_title"], st)
    how += lay.bullets([fill(x, **values) for x in r["how"]], st)
    story.append(lay.keep(how))
    story.append(Spacer(1, 6))
    story.append(Paragraph(esc(fill(r["no_renewal"], **values)), st.letter))
    story.append(Paragraph(esc(r["closing"]), st.body))
    story.append(Spacer(1, 12))
    story.append(Paragraph(esc(fill(r["signature"], **values)), st.right))
    story.append(Paragraph(esc(t.day(today)), st.right))
    story.append(Spacer(1, 18))
    story.append(
        lay.keep(
            lay.CutLine(""),
            Paragraph(esc(fill(r["slip_title"], **values)), st.muted),
            Spacer(1, 4),
            lay.Heavy(esc(f"{r['title']} · {values['ref']}"), st.cell_head),
            Spacer(1, 2),
            _slip(r["slip_options"], st),
            Spacer(1, 6),
            Paragraph(esc(fill(r["slip_unit"], **values)), st.body),
            lay.signature_lines([[r["slip_signature"], r["slip_date"]]], st),
        )
    )
    lay.build(
        out,
        story,
        t,
        community=place,
        document_title=r["title"],
        printed_at=printed_at,
        zone=zone,
        footer_note=f"{values['ref']} · {copy}" if copy else values["ref"],
    )
