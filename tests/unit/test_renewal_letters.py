"""Printing a renewal letter: the term's first letter is its notice, sent by letter; a reprint
is a numbered copy, recorded as a print and never as a second notice (issue 14)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain import FrontDesk, SimulatedClock, errors
from projections.catalogue import open_read_models
from tests.support import PASSWORD


@pytest.fixture
def service(desk: FrontDesk, zhang_wei: str) -> str:
    return desk.sign_contract(
        "3-2-1502", zhang_wei, "service", "2026-03-01", "2027-02-28", "268.50"
    )


def recorded(desk: FrontDesk, contract_id: str) -> list[tuple[str, dict]]:
    desk.sign_in("auditor1", PASSWORD)
    try:
        return [(r.type, r.data) for r in desk.history() if r.aggregate_id == contract_id][1:]
    finally:
        desk.sign_in("clerk1", PASSWORD)


def test_a_reprint_is_a_numbered_copy_not_a_second_notice(
    desk: FrontDesk, service: str, clock: SimulatedClock
) -> None:
    assert desk.print_renewal_letter(service) == 0
    clock.advance(timedelta(days=2))
    assert desk.print_renewal_letter(service) == 1
    assert desk.print_renewal_letter(service) == 2

    assert [kind for kind, _ in recorded(desk, service)] == [
        "RenewalNoticeSent",
        "RenewalLetterReprinted",
        "RenewalLetterReprinted",
    ]
    assert [data.get("copy_number") for _, data in recorded(desk, service)] == [None, 1, 2]
    assert desk.get_contract(service).notices == ["letter"]
    models = open_read_models(desk)
    with models.reading() as db:
        row = models.renewal_calendar.get(db, service)  # type: ignore[attr-defined]
    assert row.notices_sent == 1 and row.notice_sent_on.isoformat() == "2026-03-02"


def test_after_a_phone_notice_the_first_letter_is_still_a_notice_by_letter(
    desk: FrontDesk, service: str
) -> None:
    desk.send_renewal_notice(service, "phone")
    assert desk.print_renewal_letter(service) == 0
    assert desk.print_renewal_letter(service) == 1
    assert desk.get_contract(service).notices == ["phone", "letter"]


def test_a_renewed_terms_first_letter_is_an_original_again(
    desk: FrontDesk, service: str, clock: SimulatedClock
) -> None:
    desk.print_renewal_letter(service)
    desk.print_renewal_letter(service)
    desk.renew_contract(service, "2028-02-29")
    assert desk.print_renewal_letter(service) == 0
    assert desk.print_renewal_letter(service) == 1


def test_no_letter_for_a_terminated_contract_and_none_by_an_auditor(
    desk: FrontDesk, service: str, sign_in_as
) -> None:
    sign_in_as("auditor1")
    before = desk.event_count()
    with pytest.raises(errors.RoleForbidsError):
        desk.print_renewal_letter(service)
    sign_in_as("supervisor1")
    desk.terminate_contract(service, "2026-03-02", "业主出售房屋")
    with pytest.raises(errors.ContractEndedError):
        desk.print_renewal_letter(service)
    assert desk.event_count() == before + 1  # the termination only
