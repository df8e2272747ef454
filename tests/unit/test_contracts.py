"""Contracts for 3-2-1502: 张伟's property service contract and his renovation agreement."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from domain import FrontDesk, errors
from domain.messages import set_language
from tests.support import member, refused, resident_id


def rows_of(desk: FrontDesk, kind: str) -> list:
    return [row for row in desk.history() if row.type == kind]


@pytest.fixture
def service(desk: FrontDesk, zhang_wei: str) -> str:
    """张伟's property service contract: March 2026 to February 2027, 268.50 a month."""
    return desk.sign_contract(
        "3-2-1502", zhang_wei, "service", "2026-03-01", "2027-02-28", "268.50"
    )


@pytest.fixture
def renovation(desk: FrontDesk, zhang_wei: str) -> str:
    """张伟's renovation agreement for March to May, with a 3000 yuan deposit agreed."""
    return desk.sign_contract(
        "3-2-1502", zhang_wei, "renovation", "2026-03-02", "2026-05-31", "0", "3000"
    )


@pytest.fixture
def terminated(desk: FrontDesk, service: str, sign_in_as) -> str:
    sign_in_as("supervisor1")
    desk.terminate_contract(service, "2026-06-30", "业主出售房屋")
    sign_in_as("clerk1")
    return service


# --- signing ----------------------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_zhang_wei_signs_a_service_contract_for_his_flat(
    desk: FrontDesk, zhang_wei: str, service: str
) -> None:
    contract = desk.get_contract(service)
    assert (str(contract.unit), contract.household_id, contract.kind) == (
        "3-2-1502",
        zhang_wei,
        "service",
    )
    assert (contract.start, contract.end) == (date(2026, 3, 1), date(2027, 2, 28))
    assert contract.monthly_fee == Decimal("268.50")
    assert contract.deposit == Decimal("0.00") and contract.deposit_held == Decimal("0.00")
    assert contract.terminated_on is None and contract.breaches == 0
    assert desk.get_unit("3-2-1502").contracts == {service: "service"}
    [signed] = rows_of(desk, "Signed")
    assert (signed.aggregate_id, signed.operator) == (service, "clerk1")
    assert signed.data["monthly_fee"] == "268.50"


@pytest.mark.parametrize(
    ("start", "end"),
    [("2026-03-01", "2026-03-01"), ("2026-03-01", "2026-02-28"), ("2027-02-28", "2026-03-01")],
)
def test_a_contract_must_end_after_it_starts(
    desk: FrontDesk, zhang_wei: str, start: str, end: str
) -> None:
    err = refused(
        desk,
        errors.InvalidDateRangeError,
        lambda: desk.sign_contract("3-2-1502", zhang_wei, "service", start, end, "268.50"),
    )
    set_language("zh_CN")
    assert str(err) == f"结束日期 {end} 必须晚于开始日期 {start}"
    assert desk.get_unit("3-2-1502").contracts == {}


def test_a_contract_is_signed_only_by_the_household_living_in_the_unit(
    desk: FrontDesk, zhang_wei: str
) -> None:
    refused(
        desk,
        errors.HouseholdNotInUnitError,
        lambda: desk.sign_contract(
            "3-2-1501", zhang_wei, "service", "2026-03-01", "2027-02-28", "268.50"
        ),
    )
    assert desk.get_unit("3-2-1501").contracts == {}


def test_a_household_that_moved_out_signs_nothing_more(desk: FrontDesk, zhang_wei: str) -> None:
    desk.move_out(zhang_wei, "2026-03-02")
    refused(
        desk,
        errors.HouseholdNotInUnitError,
        lambda: desk.sign_contract(
            "3-2-1502", zhang_wei, "parking", "2026-03-02", "2027-03-01", "300"
        ),
    )


@pytest.mark.parametrize(
    ("unit", "household", "kind", "fee", "deposit", "error"),
    [
        ("9-9-0909", None, "service", "268.50", 0, errors.UnknownUnitError),
        ("3-2-1502", "not-a-household", "service", "268.50", 0, errors.UnknownRecordError),
        ("3-2-1502", None, "lease", "268.50", 0, errors.InvalidChoiceError),
        ("3-2-1502", None, "service", "-268.50", 0, errors.InvalidAmountError),
        ("3-2-1502", None, "service", "268.505", 0, errors.InvalidAmountError),
        ("3-2-1502", None, "service", "268.50", "三千", errors.InvalidAmountError),
    ],
)
def test_a_contract_with_bad_details_is_not_signed(
    desk: FrontDesk,
    zhang_wei: str,
    unit: str,
    household: str | None,
    kind: str,
    fee: str,
    deposit: Any,
    error: type,
) -> None:
    refused(
        desk,
        error,
        lambda: desk.sign_contract(
            unit, household or zhang_wei, kind, "2026-03-01", "2027-02-28", fee, deposit
        ),
    )


def test_the_next_household_signs_its_own_contract(
    desk: FrontDesk, zhang_wei: str, service: str
) -> None:
    desk.move_out(zhang_wei, "2026-03-02")
    liu = desk.move_in(
        "3-2-1502",
        [member("刘敏", id_number=resident_id("440305", "19920817", "246"))],
        "tenant",
        "2026-03-02",
    )
    lease = desk.sign_contract("3-2-1502", liu, "service", "2026-03-02", "2027-03-01", "268.50")
    assert desk.get_unit("3-2-1502").contracts == {service: "service", lease: "service"}
    assert desk.get_contract(lease).household_id == liu


# --- amendments -------------------------------------------------------------------------------


def test_the_fee_and_term_are_amended_with_a_reason(desk: FrontDesk, service: str) -> None:
    desk.amend_contract(
        service, {"monthly_fee": "288.00", "end": "2027-03-31"}, "业主大会通过新收费标准"
    )

    contract = desk.get_contract(service)
    assert (contract.monthly_fee, contract.end) == (Decimal("288.00"), date(2027, 3, 31))
    [row] = rows_of(desk, "Amended")
    assert row.data == {
        "changes": {"monthly_fee": "288.00", "end": "2027-03-31"},
        "previous": {"monthly_fee": "268.50", "end": "2027-02-28"},
        "reason": "业主大会通过新收费标准",
    }


def test_the_start_is_amended_when_the_keys_were_handed_over_late(
    desk: FrontDesk, service: str
) -> None:
    desk.amend_contract(service, {"start": "2026-03-15"}, "交房推迟")
    assert desk.get_contract(service).start == date(2026, 3, 15)


@pytest.mark.parametrize(
    ("changes", "reason", "error"),
    [
        ({"deposit": "5000"}, "改押金", errors.InvalidChoiceError),
        ({"household_id": "someone-else"}, "转让", errors.InvalidChoiceError),
        ({"monthly_fee": "288", "unit": "3-2-1601"}, "换房", errors.InvalidChoiceError),
        ({}, "无", errors.NothingToChangeError),
        ("monthly_fee=288", "调价", errors.NothingToChangeError),
        ({"monthly_fee": "268.5"}, "核对", errors.NothingToChangeError),
        ({"monthly_fee": "288"}, "", errors.MissingValueError),
        ({"monthly_fee": "-1"}, "调价", errors.InvalidAmountError),
        ({"end": "2026-02-28"}, "提前", errors.InvalidDateRangeError),
        ({"start": "2027-03-01"}, "推迟", errors.InvalidDateRangeError),
        ({"end": "明年"}, "延期", errors.InvalidValueError),
    ],
)
def test_amendments_to_unknown_fields_or_without_a_reason_are_refused(
    desk: FrontDesk, service: str, changes: Any, reason: str, error: type
) -> None:
    refused(desk, error, lambda: desk.amend_contract(service, changes, reason))
    contract = desk.get_contract(service)
    assert (contract.start, contract.end, contract.monthly_fee) == (
        date(2026, 3, 1),
        date(2027, 2, 28),
        Decimal("268.50"),
    )


# --- renewal ----------------------------------------------------------------------------------


def test_the_renewal_notice_is_due_90_days_before_the_end(desk: FrontDesk, service: str) -> None:
    assert desk.get_contract(service).notice_due == date(2026, 11, 30)


def test_the_renewal_notice_is_sent_by_letter(desk: FrontDesk, service: str) -> None:
    desk.send_renewal_notice(service, "letter")

    assert desk.get_contract(service).notices == ["letter"]
    [row] = rows_of(desk, "RenewalNoticeSent")
    assert row.data == {"channel": "letter", "notice_due": "2026-11-30"}


def test_a_notice_by_carrier_pigeon_is_refused(desk: FrontDesk, service: str) -> None:
    refused(desk, errors.InvalidChoiceError, lambda: desk.send_renewal_notice(service, "pigeon"))


@pytest.mark.stores("sqlite", "postgres")
def test_a_renewal_extends_the_end_and_restarts_the_notice_calendar(
    desk: FrontDesk, service: str
) -> None:
    desk.send_renewal_notice(service, "sms")
    desk.renew_contract(service, "2028-02-29", "288.00")

    contract = desk.get_contract(service)
    assert (contract.end, contract.monthly_fee) == (date(2028, 2, 29), Decimal("288.00"))
    assert contract.notice_due == date(2027, 12, 1)
    assert contract.notices == []
    [row] = rows_of(desk, "Renewed")
    assert row.data == {
        "previous_end": "2027-02-28",
        "new_end": "2028-02-29",
        "monthly_fee": "288.00",
    }


def test_a_renewal_without_a_new_fee_keeps_the_old_one(desk: FrontDesk, service: str) -> None:
    desk.renew_contract(service, "2028-02-29")
    assert desk.get_contract(service).monthly_fee == Decimal("268.50")


@pytest.mark.parametrize("new_end", ["2027-02-28", "2027-01-31"])
def test_a_renewal_must_extend_the_end(desk: FrontDesk, service: str, new_end: str) -> None:
    err = refused(
        desk, errors.RenewalMustExtendError, lambda: desk.renew_contract(service, new_end)
    )
    set_language("zh_CN")
    assert str(err) == f"续签的结束日期 {new_end} 必须晚于现在的结束日期 2027-02-28"
    assert desk.get_contract(service).end == date(2027, 2, 28)


# --- termination ------------------------------------------------------------------------------


def test_a_supervisor_terminates_the_contract_when_the_flat_is_sold(
    desk: FrontDesk, terminated: str
) -> None:
    contract = desk.get_contract(terminated)
    assert contract.terminated_on == date(2026, 6, 30)
    assert contract.is_active_on(date(2026, 6, 29))
    assert not contract.is_active_on(date(2026, 6, 30))
    [row] = rows_of(desk, "Terminated")
    assert (row.operator, row.data) == (
        "supervisor1",
        {"on": "2026-06-30", "reason": "业主出售房屋"},
    )


@pytest.mark.parametrize("username", ["clerk1", "manager1", "auditor1", "admin"])
def test_only_a_supervisor_terminates_a_contract(
    desk: FrontDesk, service: str, sign_in_as, username: str
) -> None:
    sign_in_as(username)
    refused(
        desk,
        errors.PermissionDeniedError,
        lambda: desk.terminate_contract(service, "2026-06-30", "业主出售房屋"),
    )
    assert desk.get_contract(service).terminated_on is None


@pytest.mark.parametrize(
    ("day", "reason", "error"),
    [
        ("2026-02-28", "签错合同", errors.InvalidDateRangeError),
        ("2026-06-30", "", errors.MissingValueError),
        ("六月底", "业主出售房屋", errors.InvalidValueError),
    ],
)
def test_a_termination_before_the_start_or_without_a_reason_is_refused(
    desk: FrontDesk, service: str, sign_in_as, day: str, reason: str, error: type
) -> None:
    sign_in_as("supervisor1")
    refused(desk, error, lambda: desk.terminate_contract(service, day, reason))


@pytest.mark.parametrize(
    "action",
    [
        lambda d, c: d.amend_contract(c, {"monthly_fee": "288"}, "调价"),
        lambda d, c: d.send_renewal_notice(c, "letter"),
        lambda d, c: d.renew_contract(c, "2028-02-29"),
        lambda d, c: d.record_deposit(c, "500"),
    ],
    ids=["amend", "notice", "renew", "deposit"],
)
def test_a_terminated_contract_changes_no_more(
    desk: FrontDesk, terminated: str, action: Callable
) -> None:
    err = refused(desk, errors.ContractEndedError, lambda: action(desk, terminated))
    assert err.params == {"date": "2026-06-30"}


def test_a_contract_is_terminated_only_once(desk: FrontDesk, terminated: str, sign_in_as) -> None:
    sign_in_as("supervisor1")
    refused(
        desk,
        errors.ContractEndedError,
        lambda: desk.terminate_contract(terminated, "2026-07-31", "再次终止"),
    )


# --- breaches ---------------------------------------------------------------------------------


def test_arrears_and_an_illegal_renovation_are_recorded_as_breaches(
    desk: FrontDesk, service: str, renovation: str
) -> None:
    desk.record_breach(service, "arrears", "拖欠物业费三个月，已两次书面催缴")
    desk.record_breach(renovation, "illegal_renovation", "擅自拆除承重墙，已拍照留证")

    assert desk.get_contract(service).breaches == 1
    assert desk.get_contract(renovation).breaches == 1
    assert [(r.aggregate_id, r.data["kind"]) for r in rows_of(desk, "BreachRecorded")] == [
        (service, "arrears"),
        (renovation, "illegal_renovation"),
    ]


@pytest.mark.parametrize(
    ("kind", "details", "error"),
    [("late", "拖欠物业费", errors.InvalidChoiceError), ("arrears", " ", errors.MissingValueError)],
)
def test_a_breach_of_unknown_kind_or_without_details_is_refused(
    desk: FrontDesk, service: str, kind: str, details: str, error: type
) -> None:
    refused(desk, error, lambda: desk.record_breach(service, kind, details))
    assert desk.get_contract(service).breaches == 0


# --- deposits ---------------------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_the_renovation_deposit_is_paid_and_refunded_less_a_deduction(
    desk: FrontDesk, renovation: str
) -> None:
    desk.record_deposit(renovation, "3000")
    assert desk.get_contract(renovation).deposit_held == Decimal("3000.00")

    desk.refund_deposit(renovation, "2500", "500", "楼道墙面损坏修复费")

    contract = desk.get_contract(renovation)
    assert contract.deposit_paid == Decimal("3000.00")
    assert contract.deposit_refunded == Decimal("2500.00")
    assert contract.deposit_deducted == Decimal("500.00")
    assert contract.deposit_held == Decimal("0.00")
    [row] = rows_of(desk, "DepositRefunded")
    assert row.data == {"amount": "2500.00", "deductions": "500.00", "reason": "楼道墙面损坏修复费"}


def test_a_deposit_is_refunded_in_parts(desk: FrontDesk, renovation: str) -> None:
    desk.record_deposit(renovation, "3000")
    desk.refund_deposit(renovation, "1000")
    desk.refund_deposit(renovation, "1500", "500", "垃圾清运费")
    assert desk.get_contract(renovation).deposit_held == Decimal("0.00")


def test_a_refund_over_the_deposit_held_is_refused(desk: FrontDesk, renovation: str) -> None:
    desk.record_deposit(renovation, "3000")
    desk.refund_deposit(renovation, "1000")

    err = refused(
        desk,
        errors.RefundExceedsDepositError,
        lambda: desk.refund_deposit(renovation, "1800", "500.01"),
    )
    assert err.params == {"amount": "1800.00", "deductions": "500.01", "held": "2000.00"}
    refused(
        desk, errors.RefundExceedsDepositError, lambda: desk.refund_deposit(renovation, "2000.01")
    )
    assert desk.get_contract(renovation).deposit_held == Decimal("2000.00")


def test_nothing_is_refunded_before_a_deposit_is_paid(desk: FrontDesk, renovation: str) -> None:
    refused(desk, errors.RefundExceedsDepositError, lambda: desk.refund_deposit(renovation, "1"))


@pytest.mark.parametrize(
    ("amount", "error"), [("0", errors.InvalidAmountError), ("-3000", errors.InvalidAmountError)]
)
def test_a_deposit_of_nothing_or_less_is_not_recorded(
    desk: FrontDesk, renovation: str, amount: str, error: type
) -> None:
    refused(desk, error, lambda: desk.record_deposit(renovation, amount))
    assert desk.get_contract(renovation).deposit_paid == Decimal("0.00")


def test_a_deposit_is_refunded_after_the_contract_ends(
    desk: FrontDesk, renovation: str, sign_in_as
) -> None:
    desk.record_deposit(renovation, "3000")
    sign_in_as("supervisor1")
    desk.terminate_contract(renovation, "2026-05-20", "装修提前完工")
    sign_in_as("clerk1")

    desk.refund_deposit(renovation, "3000", "0", "验收合格")
    assert desk.get_contract(renovation).deposit_held == Decimal("0.00")


def test_an_unknown_contract_is_named_as_such(desk: FrontDesk, zhang_wei: str) -> None:
    refused(desk, errors.UnknownRecordError, lambda: desk.record_deposit("no-such-contract", "1"))
    refused(desk, errors.UnknownRecordError, lambda: desk.record_deposit(zhang_wei, "1"))
