"""Visitors at the counter: 张伟's friend 李雷 comes to 3-2-1502, and the workers who follow."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain import FrontDesk, SimulatedClock, errors
from domain.messages import set_language
from tests.support import member, refused, resident_id, wrong_check_digit

SHANGHAI = ZoneInfo("Asia/Shanghai")
LI_LEI_ID = resident_id("320102", "19860304", "517")


def li_lei_visits(desk: FrontDesk, unit: str = "3-2-1502", kind: str = "guest") -> str:
    return desk.register_visitor(
        unit, "李雷", "resident_id", LI_LEI_ID, "13700001111", "探亲", kind
    )


def worker_visits(desk: FrontDesk, kind: str = "renovation", unit: str = "3-2-1502") -> str:
    return desk.register_visitor(
        unit,
        "王师傅",
        "resident_id",
        resident_id("340104", "19780910", "331"),
        "13655556666",
        "厨房改水电",
        kind,
        company="安居装饰",
        work_id="AJ-0107",
    )


def renovation_agreement(desk: FrontDesk, household: str, end: str = "2026-05-31") -> str:
    return desk.sign_contract("3-2-1502", household, "renovation", "2026-03-02", end, "0", "3000")


@pytest.fixture
def li_lei(desk: FrontDesk, zhang_wei: str) -> str:
    """李雷 at the counter, waiting for 张伟 to confirm him."""
    return li_lei_visits(desk)


@pytest.fixture
def issued(desk: FrontDesk, li_lei: str) -> str:
    """李雷 confirmed by 张伟 on the intercom, with a two-hour pass."""
    desk.confirm_host(li_lei, "intercom")
    desk.issue_pass(li_lei, 2)
    return li_lei


# --- registration -----------------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_li_lei_is_registered_as_zhang_weis_guest(
    desk: FrontDesk, zhang_wei: str, li_lei: str
) -> None:
    visit = desk.get_pass(li_lei)
    assert (visit.name, str(visit.host_unit), visit.host_household_id) == (
        "李雷",
        "3-2-1502",
        zhang_wei,
    )
    assert (visit.kind, visit.purpose, visit.state) == ("guest", "探亲", "awaiting_host")
    assert visit.code is None
    [row] = [r for r in desk.history() if r.aggregate == "VisitorPass"]
    assert row.data["id_number"] == "320***********" + LI_LEI_ID[-4:]
    assert row.operator == "clerk1"


def test_a_courier_gives_company_and_work_id(desk: FrontDesk, zhang_wei: str) -> None:
    courier = desk.register_visitor(
        "3-2-1502",
        "赵师傅",
        "other",
        "SF-20260302",
        "13900002222",
        "送快递",
        "delivery",
        company="顺丰速运",
        work_id="SF-0042",
    )
    visit = desk.get_pass(courier)
    assert (visit.kind, visit.company, visit.work_id) == ("delivery", "顺丰速运", "SF-0042")


def test_no_pass_for_a_flat_where_nobody_lives(desk: FrontDesk, zhang_wei: str) -> None:
    err = refused(desk, errors.UnitEmptyError, lambda: li_lei_visits(desk, "3-2-1501"))
    assert err.params == {"unit": "3-2-1501"}


def test_no_pass_for_a_flat_whose_household_moved_out(desk: FrontDesk, zhang_wei: str) -> None:
    desk.move_out(zhang_wei, "2026-03-02")
    refused(desk, errors.UnitEmptyError, lambda: li_lei_visits(desk))


@pytest.mark.parametrize(
    ("unit", "error"),
    [("9-9-0909", errors.UnknownUnitError), ("3-2", errors.InvalidUnitNumberError)],
)
def test_no_pass_for_a_unit_that_does_not_exist(
    desk: FrontDesk, zhang_wei: str, unit: str, error: type
) -> None:
    refused(desk, error, lambda: li_lei_visits(desk, unit))


@pytest.mark.parametrize(
    ("id_type", "id_number", "phone", "kind", "error"),
    [
        (
            "resident_id",
            wrong_check_digit(LI_LEI_ID),
            "13700001111",
            "guest",
            errors.IdChecksumError,
        ),
        ("resident_id", "", "13700001111", "guest", errors.MissingValueError),
        ("passport", "E1", "13700001111", "guest", errors.InvalidIdNumberError),
        ("resident_id", LI_LEI_ID, "137", "guest", errors.InvalidPhoneError),
        ("resident_id", LI_LEI_ID, "13700001111", "friend", errors.InvalidChoiceError),
    ],
)
def test_a_visitor_with_bad_papers_is_not_registered(
    desk: FrontDesk,
    zhang_wei: str,
    id_type: str,
    id_number: str,
    phone: str,
    kind: str,
    error: type,
) -> None:
    refused(
        desk,
        error,
        lambda: desk.register_visitor("3-2-1502", "李雷", id_type, id_number, phone, "探亲", kind),
    )


# --- renovation, moving and contractor visitors -----------------------------------------------


@pytest.mark.parametrize("kind", ["contractor", "moving", "renovation"])
def test_workers_need_a_renovation_agreement_for_the_flat(
    desk: FrontDesk, zhang_wei: str, kind: str
) -> None:
    err = refused(desk, errors.RenovationAgreementRequiredError, lambda: worker_visits(desk, kind))
    assert err.params == {"unit": "3-2-1502", "kind": kind}


@pytest.mark.parametrize("kind", ["contractor", "moving", "renovation"])
def test_with_an_active_renovation_agreement_the_workers_are_registered(
    desk: FrontDesk, zhang_wei: str, kind: str
) -> None:
    renovation_agreement(desk, zhang_wei)
    assert desk.has_active_renovation_agreement("3-2-1502")
    assert desk.get_pass(worker_visits(desk, kind)).company == "安居装饰"


def test_a_service_contract_is_not_a_renovation_agreement(desk: FrontDesk, zhang_wei: str) -> None:
    desk.sign_contract("3-2-1502", zhang_wei, "service", "2026-03-01", "2027-02-28", "268.50")
    refused(desk, errors.RenovationAgreementRequiredError, lambda: worker_visits(desk))


def test_another_flats_renovation_agreement_does_not_count(desk: FrontDesk, zhang_wei: str) -> None:
    renovation_agreement(desk, zhang_wei)
    neighbour = desk.move_in(
        "3-2-1501",
        [
            {
                "name": "刘敏",
                "relation": "self",
                "id_type": "resident_id",
                "id_number": resident_id("440305", "19920817", "246"),
                "phone": "13600001111",
            }
        ],
        "tenant",
        "2026-03-02",
    )
    assert neighbour
    refused(
        desk, errors.RenovationAgreementRequiredError, lambda: worker_visits(desk, unit="3-2-1501")
    )


def test_an_agreement_that_has_not_started_does_not_count(desk: FrontDesk, zhang_wei: str) -> None:
    desk.sign_contract("3-2-1502", zhang_wei, "renovation", "2026-04-01", "2026-05-31", "0")
    refused(desk, errors.RenovationAgreementRequiredError, lambda: worker_visits(desk))


def test_the_agreement_counts_until_its_last_day_and_not_after(
    desk: FrontDesk, zhang_wei: str, clock: SimulatedClock
) -> None:
    renovation_agreement(desk, zhang_wei, end="2026-05-31")

    clock.set(datetime(2026, 5, 31, 17, 0, tzinfo=SHANGHAI))
    worker_visits(desk)

    clock.set(datetime(2026, 6, 1, 8, 0, tzinfo=SHANGHAI))
    assert not desk.has_active_renovation_agreement("3-2-1502")
    refused(desk, errors.RenovationAgreementRequiredError, lambda: worker_visits(desk))


def test_a_terminated_agreement_stops_the_workers(
    desk: FrontDesk, zhang_wei: str, sign_in_as
) -> None:
    agreement = renovation_agreement(desk, zhang_wei)
    worker_visits(desk)

    sign_in_as("supervisor1")
    desk.terminate_contract(agreement, "2026-03-02", "违规拆改承重墙")
    sign_in_as("clerk1")

    assert not desk.has_active_renovation_agreement("3-2-1502")
    refused(desk, errors.RenovationAgreementRequiredError, lambda: worker_visits(desk))


# --- the host's answer and the pass -----------------------------------------------------------


def test_no_pass_before_zhang_wei_confirms(desk: FrontDesk, li_lei: str) -> None:
    err = refused(desk, errors.HostNotConfirmedError, lambda: desk.issue_pass(li_lei, 4))
    set_language("zh_CN")
    assert str(err) == "3-2-1502 的业主尚未确认此访客，不能发放通行证"
    assert desk.get_pass(li_lei).code is None


def test_after_the_host_confirms_the_pass_code_is_handed_over(desk: FrontDesk, li_lei: str) -> None:
    desk.confirm_host(li_lei, "intercom")
    code = desk.issue_pass(li_lei, 4)

    visit = desk.get_pass(li_lei)
    assert code == visit.code
    assert len(code) == 8 and code.isalnum() and code.isupper()
    assert visit.state == "issued"
    assert visit.valid_from == datetime(2026, 3, 2, 9, 0, tzinfo=SHANGHAI)
    assert visit.valid_until == datetime(2026, 3, 2, 13, 0, tzinfo=SHANGHAI)
    kinds = [r.type for r in desk.history() if r.aggregate_id == li_lei]
    assert kinds == ["Registered", "HostConfirmed", "PassIssued"]


def test_two_visitors_get_different_pass_codes(desk: FrontDesk, li_lei: str) -> None:
    han_meimei = desk.register_visitor(
        "3-2-1502", "韩梅梅", "passport", "E12345678", "13711112222", "探亲"
    )
    codes = set()
    for visit in (li_lei, han_meimei):
        desk.confirm_host(visit, "phone")
        codes.add(desk.issue_pass(visit, 4))
    assert len(codes) == 2


def test_a_declined_visitor_gets_no_pass(desk: FrontDesk, li_lei: str) -> None:
    desk.decline_host(li_lei, "业主不认识此人")
    assert desk.get_pass(li_lei).state == "host_declined"

    err = refused(desk, errors.HostDeclinedError, lambda: desk.issue_pass(li_lei, 4))
    assert "业主不认识此人" in str(err)
    refused(desk, errors.HostAlreadyAnsweredError, lambda: desk.confirm_host(li_lei, "phone"))


def test_the_host_answers_only_once(desk: FrontDesk, li_lei: str) -> None:
    desk.confirm_host(li_lei, "app")
    refused(desk, errors.HostAlreadyAnsweredError, lambda: desk.confirm_host(li_lei, "phone"))
    refused(desk, errors.HostAlreadyAnsweredError, lambda: desk.decline_host(li_lei, "改主意了"))


@pytest.mark.parametrize(
    ("command", "args", "error"),
    [
        ("confirm_host", ("carrier pigeon",), errors.InvalidChoiceError),
        ("decline_host", ("",), errors.MissingValueError),
        ("issue_pass", (0,), errors.InvalidValueError),
        ("issue_pass", (73,), errors.InvalidValueError),
        ("issue_pass", ("four",), errors.InvalidValueError),
    ],
)
def test_host_answers_and_passes_with_bad_details_are_refused(
    desk: FrontDesk, li_lei: str, command: str, args: tuple, error: type
) -> None:
    if command == "issue_pass":
        desk.confirm_host(li_lei, "phone")
    refused(desk, error, lambda: getattr(desk, command)(li_lei, *args))


def test_a_supervisor_waives_the_confirmation_when_the_host_cannot_be_reached(
    desk: FrontDesk, li_lei: str, sign_in_as
) -> None:
    sign_in_as("supervisor1")
    desk.waive_host_confirmation(li_lei, "业主出差，已通过微信确认身份")
    sign_in_as("clerk1")

    code = desk.issue_pass(li_lei, 4)
    assert desk.get_pass(li_lei).code == code
    waived = [r for r in desk.history() if r.type == "HostConfirmationWaived"]
    assert [(r.operator, r.data["reason"]) for r in waived] == [
        ("supervisor1", "业主出差，已通过微信确认身份")
    ]


@pytest.mark.parametrize("username", ["clerk1", "manager1", "auditor1"])
def test_nobody_but_a_supervisor_waives_the_confirmation(
    desk: FrontDesk, li_lei: str, sign_in_as, username: str
) -> None:
    sign_in_as(username)
    refused(
        desk,
        errors.PermissionDeniedError,
        lambda: desk.waive_host_confirmation(li_lei, "业主电话打不通"),
    )
    sign_in_as("clerk1")
    refused(desk, errors.HostNotConfirmedError, lambda: desk.issue_pass(li_lei, 4))


def test_a_supervisor_cannot_waive_after_the_host_declined(
    desk: FrontDesk, li_lei: str, sign_in_as
) -> None:
    desk.decline_host(li_lei, "业主不认识此人")
    sign_in_as("supervisor1")
    refused(
        desk,
        errors.HostAlreadyAnsweredError,
        lambda: desk.waive_host_confirmation(li_lei, "访客坚持要进"),
    )


def test_a_pass_is_issued_only_once(desk: FrontDesk, issued: str) -> None:
    refused(desk, errors.PassAlreadyIssuedError, lambda: desk.issue_pass(issued, 4))


# --- in and out -------------------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_li_lei_checks_in_and_out_within_his_pass(
    desk: FrontDesk, issued: str, clock: SimulatedClock
) -> None:
    clock.advance(timedelta(minutes=10))
    desk.check_in(issued)
    assert desk.get_pass(issued).state == "on_site"
    assert desk.get_pass(issued).checked_in_at == datetime(2026, 3, 2, 9, 10, tzinfo=SHANGHAI)

    clock.advance(timedelta(hours=1))
    desk.check_out(issued)
    visit = desk.get_pass(issued)
    assert visit.state == "left"
    assert visit.checked_out_at == datetime(2026, 3, 2, 10, 10, tzinfo=SHANGHAI)
    assert not visit.overstayed(clock.now())


def test_a_pass_checks_in_up_to_the_last_minute_of_its_window(
    desk: FrontDesk, issued: str, clock: SimulatedClock
) -> None:
    clock.advance(timedelta(hours=2))
    desk.check_in(issued)
    assert desk.get_pass(issued).state == "on_site"


def test_an_expired_pass_does_not_check_in(
    desk: FrontDesk, issued: str, clock: SimulatedClock
) -> None:
    clock.advance(timedelta(hours=2, minutes=1))
    err = refused(desk, errors.PassExpiredError, lambda: desk.check_in(issued))
    set_language("zh_CN")
    assert "过期" in str(err) and "重新登记" in str(err)
    assert desk.get_pass(issued).state == "issued"


def test_no_check_in_without_a_pass(desk: FrontDesk, li_lei: str) -> None:
    refused(desk, errors.PassNotIssuedError, lambda: desk.check_in(li_lei))
    desk.confirm_host(li_lei, "phone")
    refused(desk, errors.PassNotIssuedError, lambda: desk.check_in(li_lei))


def test_checking_in_or_out_twice_is_refused(desk: FrontDesk, issued: str) -> None:
    refused(desk, errors.NotCheckedInError, lambda: desk.check_out(issued))
    desk.check_in(issued)
    refused(desk, errors.AlreadyCheckedInError, lambda: desk.check_in(issued))
    desk.check_out(issued)
    refused(desk, errors.AlreadyCheckedOutError, lambda: desk.check_out(issued))
    refused(desk, errors.AlreadyCheckedOutError, lambda: desk.check_in(issued))


def test_a_visitor_still_on_site_after_the_pass_expires_has_overstayed(
    desk: FrontDesk, issued: str, clock: SimulatedClock
) -> None:
    desk.check_in(issued)
    clock.advance(timedelta(hours=3))
    assert desk.get_pass(issued).overstayed(clock.now())

    desk.check_out(issued)  # leaving late is still recorded
    assert desk.get_pass(issued).state == "left"
    assert not desk.get_pass(issued).overstayed(clock.now())


# --- revoking ---------------------------------------------------------------------------------


def test_a_revoked_pass_no_longer_checks_in(desk: FrontDesk, issued: str) -> None:
    desk.revoke_pass(issued, "业主来电取消来访")

    assert desk.get_pass(issued).state == "revoked"
    err = refused(desk, errors.PassRevokedError, lambda: desk.check_in(issued))
    assert "业主来电取消来访" in str(err)
    refused(desk, errors.PassRevokedError, lambda: desk.revoke_pass(issued, "再次作废"))


def test_a_pass_revoked_before_issue_is_never_issued(desk: FrontDesk, li_lei: str) -> None:
    desk.revoke_pass(li_lei, "访客已离开")
    refused(desk, errors.PassRevokedError, lambda: desk.confirm_host(li_lei, "phone"))
    refused(desk, errors.PassRevokedError, lambda: desk.issue_pass(li_lei, 4))


def test_a_pass_is_not_revoked_without_a_reason_or_after_the_visitor_left(
    desk: FrontDesk, issued: str
) -> None:
    refused(desk, errors.MissingValueError, lambda: desk.revoke_pass(issued, "  "))
    desk.check_in(issued)
    desk.check_out(issued)
    refused(desk, errors.AlreadyCheckedOutError, lambda: desk.revoke_pass(issued, "补录作废"))


def test_an_unknown_pass_is_named_as_such(desk: FrontDesk, zhang_wei: str) -> None:
    refused(desk, errors.UnknownRecordError, lambda: desk.check_in("no-such-pass"))
    refused(desk, errors.UnknownRecordError, lambda: desk.check_in(zhang_wei))  # a household


def test_the_previous_households_renovation_agreement_does_not_let_contractors_in(
    desk: FrontDesk, clock, zhang_wei: str, sign_in_as
) -> None:
    """张伟 signed a renovation agreement, then moved out; 李强 moves in and hires a crew."""
    desk.sign_contract("3-2-1502", zhang_wei, "renovation", "2026-03-02", "2026-06-30", "0", "2000")
    desk.move_out(zhang_wei, "2026-03-02")
    desk.move_in(
        "3-2-1502", [member("李强", id_number=resident_id(born="19700101"))], "tenant", "2026-03-02"
    )
    before = desk.event_count()
    with pytest.raises(errors.RenovationAgreementRequiredError):
        desk.register_visitor(
            "3-2-1502",
            "赵师傅",
            "resident_id",
            resident_id(born="19800101"),
            "13911112222",
            "装修",
            "renovation",
        )
    assert desk.event_count() == before
