"""The caller pop: 张伟 found by his phone, his unit and his name, with his open incident and
its deadline, his recent contacts, his visitor on site and the renewal due."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.usecases.caller import caller_pop, read_as
from desktop.usecases.front import Front
from domain import FrontDesk, SimulatedClock
from projections.catalogue import open_read_models


def front_of(desk: FrontDesk) -> Front:
    models = open_read_models(desk)
    models.catch_up()

    def read(query):  # type: ignore[no-untyped-def]
        with models.reading() as db:
            return query(db)

    return Front(desk, models, read, desk.now)


def test_typed_text_is_read_as_a_unit_a_phone_or_a_name() -> None:
    assert read_as(" 3-2-1502 ") == ("unit", "3-2-1502")
    assert read_as("138 1234 5678") == ("phone", "13812345678")
    assert read_as("+86 138-1234-5678") == ("phone", "13812345678")
    assert read_as("张伟") == ("name", "张伟")
    assert read_as("  ") == ("", "")


@pytest.mark.parametrize("typed", ["13812345678", "3-2-1502", "张伟", "1234 5678"])
def test_zhang_wei_is_found_with_his_open_incident(
    desk: FrontDesk, zhang_wei: str, clock: SimulatedClock, typed: str
) -> None:
    incident = desk.report_incident(
        "repair", "plumbing", "general", "3-2-1502 厨房", "水管漏水", "张伟", "phone",
        unit="3-2-1502",
    )  # fmt: skip
    solved = desk.report_incident(
        "repair", "electrical", "minor", "3-2-1502", "灯不亮", "张伟", "counter", unit="3-2-1502"
    )
    desk.resolve(solved, "换了灯泡", True)
    pop = caller_pop(front_of(desk), typed)
    assert [c.household.household_id for c in pop.cards] == [zhang_wei]
    card = pop.cards[0]
    assert card.household.unit == "3-2-1502" and "张伟" in card.household.members
    assert [i.incident_id for i in card.open_incidents] == [incident]
    assert card.open_incidents[0].resolve_by == clock.now() + timedelta(hours=24)


def test_the_card_holds_contacts_visitors_and_renewals(
    desk: FrontDesk, zhang_wei: str, clock: SimulatedClock
) -> None:
    contact = desk.open_contact("phone", phone="13812345678", topic="物业费")
    desk.close_contact(contact, "referred")
    pass_id = desk.register_visitor(
        "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲"
    )
    desk.confirm_host(pass_id, "phone")
    desk.issue_pass(pass_id, 4)
    desk.check_in(pass_id)
    end = clock.now().date() + timedelta(days=60)  # its notice was due a month ago
    contract = desk.sign_contract(
        "3-2-1502", zhang_wei, "service", date(2025, 5, 1), end, Decimal("268.50")
    )
    card = caller_pop(front_of(desk), "13812345678").cards[0]
    assert [c.contact_id for c in card.recent_contacts] == [contact]
    assert [v.pass_id for v in card.visitors_on_site] == [pass_id]
    assert [c.contract_id for c in card.renewals_due] == [contract]


def test_an_unknown_caller_shows_the_calls_of_the_number(desk: FrontDesk, units: list[str]) -> None:
    missed = desk.log_missed_call("13700001111")
    pop = caller_pop(front_of(desk), "13700001111")
    assert not pop.found and pop.kind == "phone"
    assert [c.contact_id for c in pop.contacts] == [missed]
    assert not caller_pop(front_of(desk), "李四").found
