"""The move-in pack (入住资料), A4: a welcome letter, the resident information sheet to check
and sign, the community rules, the service contract's summary, the fee schedule worked out
from the unit's area and the rate, useful numbers, and when the follow-up call will come."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import BinaryIO
from zoneinfo import ZoneInfo

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from domain.clock import DEFAULT_TIMEZONE
from domain.contracts import monthly_service_fee
from projections.documents import drawing
from projections.documents import layout as lay
from projections.documents.layout import esc
from projections.documents.texts import Texts, fill, load_texts
from projections.renewal_calendar import ContractRow
from projections.resident_files import ResidentFile


def fee_schedule(area_m2: Decimal, rate: Decimal) -> tuple[Decimal, Decimal]:
    """The monthly fee (as the domain works it out, to the fen) and the yearly fee (twelve
    months)."""
    monthly = monthly_service_fee(area_m2, rate)
    return monthly, monthly * 12


def service_contract(contracts: Sequence[ContractRow]) -> ContractRow | None:
    """The household's service contract: a running one first, else the latest signed."""
    service = [c for c in contracts if c.kind == "service"]
    running = [c for c in service if c.terminated_on is None]
    chosen = running or service
    return max(chosen, key=lambda c: c.start) if chosen else None


def member_names(file: ResidentFile) -> list[str]:
    """The household's current members, the person who registered it ("self") first."""
    current = [m for m in file.members if m.current]
    current.sort(key=lambda m: m.relation != "self")
    return [m.name for m in current]


def addressees(file: ResidentFile, t: Texts) -> str:
    return t.join(member_names(file))


def _welcome(
    file: ResidentFile, t: Texts, st: lay.Styles, community: str, area: Decimal, today_text: str
) -> list[Flowable]:
    p = t.section("move_in_pack")
    h = file.household
    values = {
        "community": community,
        "unit": h.unit,
        "names": addressees(file, t),
        "callback_date": t.day(h.callback_due),
    }
    story: list[Flowable] = lay.title_block(p["welcome_title"], f"{community} · {h.unit}", st)
    story.append(Spacer(1, 8))
    story.append(Paragraph(esc(fill(p["salutation"], **values)), st.body))
    story.append(Spacer(1, 6))
    story += [Paragraph(esc(fill(text, **values)), st.letter) for text in p["welcome"]]
    story.append(Spacer(1, 4))
    story.append(Paragraph(esc(p["closing"]), st.body))
    story.append(Spacer(1, 10))
    story.append(Paragraph(esc(fill(p["signature"], community=community)), st.right))
    story.append(Paragraph(esc(today_text), st.right))
    story.append(Spacer(1, 22))
    glance = [
        (p["unit"], h.unit),
        (p["area"], t.area(area)),
        (p["move_in_date"], t.day(h.move_in_date)),
        (p["followup_when"], t.day(h.callback_due)),
        (p["contacts"][0]["name"], p["contacts"][0]["phone"]),
        (p["contacts"][1]["name"], p["contacts"][1]["phone"]),
    ]
    inner = lay.CONTENT_W - 20
    story.append(
        lay.boxed(
            [
                lay.Heavy(esc(p["at_a_glance"]), st.h2),
                lay.facts(glance, st, columns=2, width=inner),
                Spacer(1, 10),
                lay.Heavy(esc(p["contents_title"]), st.h2),
                *lay.bullets(p["contents"], st, numbered=True),
            ]
        )
    )
    return story


def _information_sheet(
    file: ResidentFile, t: Texts, st: lay.Styles, community: str, area: Decimal
) -> list[Flowable]:
    p = t.section("move_in_pack")
    h = file.household
    story: list[Flowable] = lay.title_block(p["info_title"], f"{community} · {h.unit}", st)
    story.append(Paragraph(esc(p["info_intro"]), st.muted))
    story.append(Spacer(1, 8))
    story.append(
        lay.facts(
            [
                (p["unit"], h.unit),
                (p["area"], t.area(area)),
                (p["ownership"], t.term("ownership", h.ownership)),
                (p["move_in_date"], t.day(h.move_in_date)),
                (p["file_number"], h.household_id[:8].upper()),
                (p["followup_when"], t.day(h.callback_due)),
            ],
            st,
        )
    )
    story += lay.heading(p["members_title"], st)
    members = [
        (
            m.name,
            t.term("relation", m.relation),
            t.term("id_type", m.id_type),
            m.id_masked,
            m.phone or "—",
        )
        for m in file.members
        if m.current
    ]
    story.append(
        lay.table(
            [p["name"], p["relation"], p["id_type"], p["id_number"], p["phone"]],
            members,
            [1.1, 0.8, 1.5, 1.9, 1.3],
            st,
            blank_rows=2,
        )
    )
    story += lay.heading(p["vehicles_title"], st)
    if file.vehicles:
        story.append(
            lay.table([p["plate"]], [(plate,) for plate in file.vehicles], [1], st, blank_rows=1)
        )
    else:
        story.append(Paragraph(esc(p["no_vehicles"]), st.body))
    story.append(Spacer(1, 18))
    story.append(Paragraph(esc(p["confirm"]), st.body))
    story.append(Spacer(1, 12))
    story.append(
        lay.signature_lines(
            [[p["resident_signature"], p["date"]], [p["received_by"], p["date"]]], st
        )
    )
    story.append(Spacer(1, 16))
    story.append(Paragraph(esc(p["privacy"]), st.muted))
    return story


def _rules(t: Texts, st: lay.Styles, community: str) -> list[Flowable]:
    p = t.section("move_in_pack")
    story: list[Flowable] = lay.title_block(p["rules_title"], community, st)
    story.append(Paragraph(esc(p["rules_intro"]), st.body))
    for rule in p["rules"]:
        story.append(lay.keep(lay.heading(rule["title"], st), lay.bullets(rule["items"], st)))
    return story


def _contract_and_fees(
    contract: ContractRow | None,
    t: Texts,
    st: lay.Styles,
    community: str,
    area: Decimal,
    rate: Decimal,
    zone: ZoneInfo,
) -> list[Flowable]:
    p = t.section("move_in_pack")
    story: list[Flowable] = lay.title_block(p["contract_title"], community, st)
    if contract is None:
        story.append(lay.boxed([Paragraph(esc(p["no_contract"]), st.body)]))
    else:
        story.append(
            lay.facts(
                [
                    (p["term"], f"{t.day(contract.start)} – {t.day(contract.end)}"),
                    (p["monthly_fee"], t.money(contract.monthly_fee)),
                    (p["deposit"], t.money(contract.deposit)),
                    (p["signed_on"], t.day(contract.signed_at.astimezone(zone).date())),
                ],
                st,
            )
        )
    story.append(lay.keep(lay.heading(p["services_title"], st), lay.bullets(p["services"], st)))
    story.append(lay.keep(lay.heading(p["duties_title"], st), lay.bullets(p["duties"], st)))
    story.append(Spacer(1, 4))
    story.append(Paragraph(esc(p["renewal_note"]), st.muted))

    monthly, yearly = fee_schedule(area, rate)
    values = {
        "area": t.area(area),
        "rate": t.rate(rate),
        "monthly": t.money(monthly),
        "yearly": t.money(yearly),
    }
    fees: list[Flowable] = lay.heading(p["fees_title"], st)
    fees.append(Paragraph(esc(p["fees_intro"]), st.body))
    fees.append(Spacer(1, 4))
    fees.append(
        lay.table(
            [p["item"], p["amount"]],
            [
                (p["area"], values["area"]),
                (p["rate"], values["rate"]),
                (lay.Heavy(esc(p["monthly"]), st.cell), lay.Heavy(esc(values["monthly"]), st.cell)),
                (lay.Heavy(esc(p["yearly"]), st.cell), lay.Heavy(esc(values["yearly"]), st.cell)),
            ],
            [1, 1.4],
            st,
            zebra=False,
        )
    )
    fees.append(Spacer(1, 4))
    fees.append(Paragraph(esc(fill(p["formula"], **values)), st.muted))
    fees.append(Spacer(1, 4))
    fees += lay.bullets(p["payment"], st)
    story.append(lay.keep(fees))
    return story


def _contacts(file: ResidentFile, t: Texts, st: lay.Styles, community: str) -> list[Flowable]:
    p = t.section("move_in_pack")
    story: list[Flowable] = lay.title_block(p["contacts_title"], community, st)
    phone = ParagraphStyle("phone", parent=st.cell, fontSize=11.5, leading=14)
    urgent = ParagraphStyle("urgent", parent=phone, textColor=drawing.WARN)
    rows = [
        (
            c["name"],
            lay.Heavy(esc(c["phone"]), urgent if c.get("urgent") else phone),
            c["note"],
        )
        for c in p["contacts"]
    ]
    story.append(
        lay.table(
            [p["contact"], p["number"], p["note"]], rows, [1.3, 1.3, 2.4], st, valign="MIDDLE"
        )
    )
    h = file.household
    values = {"callback_date": t.day(h.callback_due)}
    story.append(Spacer(1, 16))
    story.append(
        lay.boxed(
            [
                lay.Heavy(esc(p["followup_title"]), st.h2),
                lay.Heavy(esc(t.day(h.callback_due)), st.title),
                Paragraph(esc(fill(p["followup"], **values)), st.body),
            ]
        )
    )
    return story


def render_move_in_pack(
    file: ResidentFile,
    contracts: Sequence[ContractRow],
    area_m2: Decimal,
    language: str,
    out: BinaryIO,
    *,
    rate: Decimal | None = None,
    community: str = "",
    zone: ZoneInfo = DEFAULT_TIMEZONE,
    printed_at: datetime | None = None,
) -> None:
    """Writes the household's move-in pack as a PDF to `out`. The rate is per m² per month
    (default: the service center's, from resources/documents/settings.json)."""
    t = load_texts(language)
    st = lay.styles(t)
    place = community or t.data["community_fallback"]
    per_m2 = t.default_rate if rate is None else Decimal(rate)
    area = Decimal(area_m2)
    today = (printed_at or datetime.now(zone)).astimezone(zone).date()
    p = t.section("move_in_pack")
    story: list[Flowable] = []
    story += _welcome(file, t, st, place, area, t.day(today))
    story.append(PageBreak())
    story += _information_sheet(file, t, st, place, area)
    story.append(PageBreak())
    story += _rules(t, st, place)
    story.append(PageBreak())
    story += _contract_and_fees(service_contract(contracts), t, st, place, area, per_m2, zone)
    story.append(PageBreak())
    story += _contacts(file, t, st, place)
    lay.build(
        out,
        story,
        t,
        community=place,
        document_title=p["title"],
        printed_at=printed_at,
        zone=zone,
        footer_note=f"{file.household.unit} · {addressees(file, t)}",
    )
