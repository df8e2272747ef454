"""Parcels kept for residents, and the courier's quick pass: only ever to the right flat, and
nothing asked of a rider that the flat does not need."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain import FrontDesk, SimulatedClock, errors
from tests.support import refused


@pytest.mark.stores("sqlite", "postgres")
def test_a_parcel_is_picked_up_once_by_its_code(desk: FrontDesk, zhang_wei: str) -> None:
    parcel = desk.receive_parcel("3-2-1502", "顺丰", "SF 1234 5678 901", "A-03")
    code = desk.get_parcel(parcel).pickup_code
    assert len(code) == 6 and code.isdigit()
    assert desk.get_parcel(code).id == desk.get_parcel(f"FDPARCEL:{code}").id
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    refused(desk, errors.UnknownPickupCodeError, desk.pick_up_parcel, wrong, "张伟", "code")
    refused(desk, errors.PickupCodeNeededError, desk.pick_up_parcel, parcel, "张伟", "code")
    desk.pick_up_parcel(code, "张伟", "code")
    refused(desk, errors.ParcelNotWaitingError, desk.pick_up_parcel, code, "张伟", "code")
    refused(desk, errors.ParcelNotWaitingError, desk.return_parcel, parcel, "拒收")


def test_the_same_waybill_is_received_once_and_never_for_an_empty_flat(
    desk: FrontDesk, zhang_wei: str
) -> None:
    desk.receive_parcel("3-2-1502", "中通", "ZT778899", "B-1")
    refused(
        desk,
        errors.ParcelAlreadyReceivedError,
        desk.receive_parcel,
        "3-2-1502",
        "中通",
        "zt778899 ",
        "B-1",
    )
    refused(desk, errors.UnitEmptyError, desk.receive_parcel, "3-2-1601", "中通", "ZT1", "B-1")
    refused(desk, errors.MissingValueError, desk.receive_parcel, "3-2-1502", "中通", " ", "B-1")


def test_a_parcel_identified_by_sight_or_id_is_handed_over_and_recorded_so(
    desk: FrontDesk, zhang_wei: str
) -> None:
    parcel = desk.receive_parcel("3-2-1502", "京东", "JD0001", "C-2", recipient="王芳")
    desk.pick_up_parcel(parcel, "王芳", "id_check")
    stored = b"".join(n.state for n in desk.recorder.select_notifications(start=1, limit=1000))
    assert "王芳".encode() not in stored  # the recipient and who collected are sealed


def test_a_delivery_rider_gives_no_id_number_while_a_guest_still_must(
    desk: FrontDesk, clock: SimulatedClock, zhang_wei: str
) -> None:
    pass_id = desk.register_delivery("3-2-1502", "美团外卖", "5678")
    record = desk.get_pass(pass_id)
    assert (record.id_number, record.phone, record.company) == ("", "5678", "美团外卖")
    assert record.valid_until == clock.now() + timedelta(minutes=30)
    plain = desk.register_visitor(
        "3-2-1502", "", "", "", "13800001234", "", kind="delivery", company="顺丰"
    )
    assert desk.get_pass(plain).id_number == ""
    refused(
        desk,
        errors.MissingValueError,
        desk.register_visitor,
        "3-2-1502",
        "李四",
        "resident_id",
        "",
        "13800001234",
        "探亲",
    )
    refused(desk, errors.InvalidPhoneError, desk.register_delivery, "3-2-1502", "饿了么", "12")
    refused(desk, errors.UnitEmptyError, desk.register_delivery, "3-2-1601", "饿了么", "1234")


def test_a_parcel_under_the_wrong_flat_is_put_right_and_a_returned_one_received_again(
    desk: FrontDesk, zhang_wei: str, units: list[str]
) -> None:
    from tests.support import member, resident_id

    desk.move_in(
        "3-2-1601", [member("刘洋", id_number=resident_id(born="19920817"))], "owner", "2026-03-02"
    )
    parcel = desk.receive_parcel("3-2-1601", "顺丰", "SF-7777 0001", "A-1")
    refused(
        desk,
        errors.ParcelAlreadyReceivedError,
        desk.receive_parcel,
        "3-2-1502",
        "顺丰",
        "sf77770001",
        "A-1",
    )
    refused(desk, errors.InvalidValueError, desk.receive_parcel, "3-2-1502", "京东", "JD🙂", "A")
    desk.correct_parcel(parcel, "3-2-1502", "B-2", "贴错房号")
    assert str(desk.get_parcel(parcel).unit) == "3-2-1502"
    first_code = desk.get_parcel(parcel).pickup_code
    desk.return_parcel(parcel, "收件人不在，退回")
    again = desk.receive_parcel("3-2-1502", "顺丰", "SF77770001", "C-3")
    assert again == parcel and desk.get_parcel(parcel).pickup_code != first_code
    desk.pick_up_parcel(desk.get_parcel(parcel).pickup_code, "张伟", "code")
