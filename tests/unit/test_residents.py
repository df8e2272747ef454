"""Units and resident files: registering flats, 张伟 moving into 3-2-1502, and what follows."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from domain import FrontDesk, SimulatedClock, errors
from domain.messages import set_language
from tests.support import PASSWORD, member, refused, resident_id, wrong_check_digit

SHANGHAI = ZoneInfo("Asia/Shanghai")
LIU_MIN_ID = resident_id("440305", "19920817", "246")


def rows_of(desk: FrontDesk, kind: str) -> list:
    """What was recorded, read back by a supervisor (a clerk reads people masked), then the
    clerk is back at the desk."""
    desk.sign_in("supervisor1", PASSWORD)
    try:
        return [row for row in desk.history() if row.type == kind]
    finally:
        desk.sign_in("clerk1", PASSWORD)


def liu_min() -> dict:
    return member("刘敏", phone="13600001111", id_number=LIU_MIN_ID)


# --- units ------------------------------------------------------------------------------------


def test_the_building_manager_registers_a_flat(desk: FrontDesk, sign_in_as) -> None:
    sign_in_as("manager1")
    desk.register_unit("3-2-1502", "3号楼", "89.5", "residential")

    flat = desk.get_unit("3-2-1502")
    assert (flat.building, flat.area_m2, flat.kind) == ("3号楼", Decimal("89.50"), "residential")
    assert flat.household_id is None and flat.former_households == []
    row = rows_of(desk, "Registered")[-1]
    assert (row.aggregate, row.operator, row.data["unit"]) == ("Unit", "manager1", "3-2-1502")


def test_the_building_defaults_to_the_first_part_of_the_unit_number(
    desk: FrontDesk, sign_in_as
) -> None:
    sign_in_as("manager1")
    desk.register_unit("5-1-0101", area_m2="120", kind="commercial")
    assert desk.get_unit("5-1-0101").building == "5"


def test_a_unit_is_registered_only_once(desk: FrontDesk, units: list[str], sign_in_as) -> None:
    sign_in_as("manager1")
    refused(
        desk,
        errors.UnitExistsError,
        lambda: desk.register_unit("3-2-1502", "3", "89.50", "residential"),
    )
    refused(  # the same flat typed with full-width dashes
        desk,
        errors.UnitExistsError,
        lambda: desk.register_unit("3－2－1502", "3", "95.00", "residential"),
    )
    assert desk.get_unit("3-2-1502").area_m2 == Decimal("89.50")


@pytest.mark.parametrize(
    ("unit", "building", "area", "kind", "error"),
    [
        ("3-2-1701", "3", "0", "residential", errors.InvalidValueError),
        ("3-2-1701", "3", "-89.5", "residential", errors.InvalidAmountError),
        ("3-2-1701", "3", "八十九", "residential", errors.InvalidAmountError),
        ("3-2-1701", "3", None, "residential", errors.InvalidAmountError),
        ("3-2-1701", "3", "5000.01", "residential", errors.InvalidValueError),
        ("3-2-1701", "3", "89.50", "villa", errors.InvalidChoiceError),
        ("3-2-1701", "5号楼", "89.50", "residential", errors.InvalidValueError),
        ("3-2-17", "3", "89.50", "residential", errors.InvalidUnitNumberError),
    ],
)
def test_a_unit_with_a_bad_area_kind_or_number_is_refused(
    desk: FrontDesk, sign_in_as, unit: str, building: str, area: Any, kind: str, error: type
) -> None:
    sign_in_as("manager1")
    refused(desk, error, lambda: desk.register_unit(unit, building, area, kind))
    assert issubclass(error, errors.InvalidInputError)
    with pytest.raises(errors.NotFoundError):
        desk.get_unit("3-2-1701")


# --- moving in --------------------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_zhang_wei_moves_into_3_2_1502_with_his_wife_and_car(
    desk: FrontDesk, zhang_wei: str
) -> None:
    household = desk.get_household(zhang_wei)
    assert [(m.name, m.relation, m.phone) for m in household.members] == [
        ("张伟", "self", "13812345678"),
        ("王芳", "spouse", "13987654321"),
    ]
    assert household.members[0].id_number == resident_id()
    assert (household.ownership, household.move_in_date) == ("owner", date(2026, 3, 2))
    assert household.vehicles == ["沪A12345"]
    assert household.living and household.callback_due == date(2026, 3, 9)
    assert desk.get_unit("3-2-1502").household_id == zhang_wei


def test_the_move_in_is_recorded_by_the_clerk_with_id_numbers_masked(
    desk: FrontDesk, zhang_wei: str
) -> None:
    moved_in = rows_of(desk, "MovedIn")
    assert len(moved_in) == 1
    row = moved_in[0]
    assert (row.aggregate_id, row.operator, row.desk) == (zhang_wei, "clerk1", "desk-1")
    assert row.timestamp == datetime(2026, 3, 2, 9, 0, tzinfo=SHANGHAI)
    zhang = row.data["members"][0]
    assert zhang["name"] == "张伟"
    assert zhang["id_number"] == "310***********" + resident_id()[-4:]
    assert resident_id() not in repr(row)
    occupied = rows_of(desk, "Occupied")
    assert [(r.aggregate, r.data["household_id"]) for r in occupied] == [("Unit", zhang_wei)]


def test_a_tenant_moves_into_the_shop_without_a_car(desk: FrontDesk, units: list[str]) -> None:
    shop = desk.move_in("5-1-0101", [liu_min()], "tenant", "2026-03-02")
    assert desk.get_household(shop).ownership == "tenant"
    assert desk.get_household(shop).vehicles == []
    assert desk.get_unit("5-1-0101").household_id == shop


def test_a_wrong_check_digit_is_refused_and_explained_in_chinese(
    desk: FrontDesk, units: list[str]
) -> None:
    bad = member("张伟", id_number=wrong_check_digit(resident_id()))
    err = refused(
        desk, errors.IdChecksumError, lambda: desk.move_in("3-2-1502", [bad], "owner", "2026-03-02")
    )
    set_language("zh_CN")
    assert str(err) == "身份证号码校验位错误：最后一位与前面的数字对不上，请对照证件核对号码"
    assert desk.get_unit("3-2-1502").household_id is None


def test_a_resident_id_with_an_impossible_birth_date_is_refused(
    desk: FrontDesk, units: list[str]
) -> None:
    unborn = member("张伟", id_number=resident_id(born="20270101"))
    refused(
        desk,
        errors.IdBirthDateError,
        lambda: desk.move_in("3-2-1502", [unborn], "owner", "2026-03-02"),
    )


def test_nobody_moves_into_a_unit_that_was_never_registered(
    desk: FrontDesk, units: list[str]
) -> None:
    refused(
        desk,
        errors.UnknownUnitError,
        lambda: desk.move_in("9-9-0909", [member()], "owner", "2026-03-02"),
    )


def test_a_second_household_cannot_move_into_an_occupied_flat(
    desk: FrontDesk, zhang_wei: str
) -> None:
    err = refused(
        desk,
        errors.UnitOccupiedError,
        lambda: desk.move_in("3-2-1502", [liu_min()], "tenant", "2026-03-05"),
    )
    assert err.params["household"] == zhang_wei
    assert desk.get_unit("3-2-1502").household_id == zhang_wei
    assert len(rows_of(desk, "MovedIn")) == 1


@pytest.mark.parametrize(
    ("members", "ownership", "day", "vehicles", "error"),
    [
        (
            [member("张伟"), member("张伟", "child")],
            "owner",
            "2026-03-02",
            (),
            errors.MemberExistsError,
        ),
        ([member("张伟", phone="1381234")], "owner", "2026-03-02", (), errors.InvalidPhoneError),
        ([member()], "owner", "2026-03-02", ["沪A1234"], errors.InvalidPlateError),
        ([member()], "owner", "2026-03-02", ["沪A12345", "沪a12345"], errors.VehicleExistsError),
        ([], "owner", "2026-03-02", (), errors.MissingValueError),
        ([member(relation="cousin")], "owner", "2026-03-02", (), errors.InvalidChoiceError),
        (
            [member(id_type="passport", id_number="12")],
            "owner",
            "2026-03-02",
            (),
            errors.InvalidIdNumberError,
        ),
        ([member()], "landlord", "2026-03-02", (), errors.InvalidChoiceError),
        ([member()], "owner", "2026-02-30", (), errors.InvalidValueError),
        ([{"name": "张伟"}], "owner", "2026-03-02", (), errors.MissingValueError),  # no id_type
        (["张伟"], "owner", "2026-03-02", (), errors.InvalidValueError),
    ],
)
def test_a_move_in_with_bad_details_records_nothing(
    desk: FrontDesk,
    units: list[str],
    members: list,
    ownership: str,
    day: str,
    vehicles: Any,
    error: type,
) -> None:
    refused(desk, error, lambda: desk.move_in("3-2-1502", members, ownership, day, vehicles))
    assert desk.get_unit("3-2-1502").household_id is None


def test_a_household_from_abroad_registers_with_passports(
    desk: FrontDesk, units: list[str]
) -> None:
    smiths = desk.move_in(
        "3-2-1601",
        [
            member("John Smith", id_type="passport", id_number="533380006"),
            member(
                "Mary Smith", "spouse", "13700002222", id_type="passport", id_number="533380007"
            ),
        ],
        "tenant",
        "2026-03-02",
    )
    assert [m.masked_id for m in desk.get_household(smiths).members] == [
        "5*****006",
        "5*****007",
    ]  # at least half of a passport number hidden (tests/unit/test_masking.py)


# --- members, contacts, vehicles --------------------------------------------------------------


def test_zhang_weis_son_is_added_to_the_file(desk: FrontDesk, zhang_wei: str) -> None:
    desk.add_member(
        zhang_wei, member("张小明", "child", phone="", id_number=resident_id(born="20150601"))
    )
    household = desk.get_household(zhang_wei)
    assert [m.name for m in household.members] == ["张伟", "王芳", "张小明"]
    assert household.member("张小明").phone == ""
    assert rows_of(desk, "MemberAdded")[0].data["member"]["name"] == "张小明"


def test_a_member_of_the_same_name_is_not_added_twice(desk: FrontDesk, zhang_wei: str) -> None:
    refused(
        desk,
        errors.MemberExistsError,
        lambda: desk.add_member(zhang_wei, member("王芳", "spouse", id_number=LIU_MIN_ID)),
    )


def test_a_new_member_with_a_wrong_id_is_refused(desk: FrontDesk, zhang_wei: str) -> None:
    refused(
        desk,
        errors.IdChecksumError,
        lambda: desk.add_member(
            zhang_wei, member("张小明", "child", id_number=wrong_check_digit(LIU_MIN_ID))
        ),
    )


def test_a_member_who_leaves_is_removed_with_a_reason(desk: FrontDesk, zhang_wei: str) -> None:
    desk.remove_member(zhang_wei, "王芳", "调往北京工作")

    assert [m.name for m in desk.get_household(zhang_wei).members] == ["张伟"]
    assert rows_of(desk, "MemberRemoved")[0].data == {"name": "王芳", "reason": "调往北京工作"}


def test_the_last_member_is_not_removed_but_moved_out(desk: FrontDesk, zhang_wei: str) -> None:
    desk.remove_member(zhang_wei, "王芳", "调往北京工作")
    refused(desk, errors.LastMemberError, lambda: desk.remove_member(zhang_wei, "张伟", "出国"))
    assert [m.name for m in desk.get_household(zhang_wei).members] == ["张伟"]


def test_removing_someone_not_in_the_file_or_without_a_reason_is_refused(
    desk: FrontDesk, zhang_wei: str
) -> None:
    refused(desk, errors.UnknownMemberError, lambda: desk.remove_member(zhang_wei, "李雷", "搬走"))
    refused(desk, errors.MissingValueError, lambda: desk.remove_member(zhang_wei, "王芳", " "))


def test_a_mistyped_phone_is_corrected_and_the_old_number_stays_in_the_history(
    desk: FrontDesk, zhang_wei: str
) -> None:
    desk.update_contact(zhang_wei, "张伟", "139 0000 1234", "登记时号码录错")

    assert desk.get_household(zhang_wei).member("张伟").phone == "13900001234"
    assert desk.get_household(zhang_wei).member("王芳").phone == "13987654321"
    [row] = rows_of(desk, "ContactUpdated")
    assert row.data == {
        "name": "张伟",
        "phone": "13900001234",
        "previous_phone": "13812345678",
        "reason": "登记时号码录错",
    }
    assert row.operator == "clerk1"


@pytest.mark.parametrize(
    ("name", "phone", "reason", "error"),
    [
        ("张伟", "13812345678", "核对", errors.NothingToChangeError),
        ("张伟", "138-1234-5678", "核对", errors.NothingToChangeError),
        ("张伟", "1390000", "换号", errors.InvalidPhoneError),
        ("张伟", "13900001234", "", errors.MissingValueError),
        ("李雷", "13900001234", "换号", errors.UnknownMemberError),
    ],
)
def test_a_contact_change_that_is_no_change_or_unexplained_is_refused(
    desk: FrontDesk, zhang_wei: str, name: str, phone: str, reason: str, error: type
) -> None:
    refused(desk, error, lambda: desk.update_contact(zhang_wei, name, phone, reason))
    assert desk.get_household(zhang_wei).member("张伟").phone == "13812345678"


def test_a_second_car_is_registered_and_the_old_one_removed(
    desk: FrontDesk, zhang_wei: str
) -> None:
    desk.register_vehicle(zhang_wei, "沪b 54321")
    desk.remove_vehicle(zhang_wei, "沪A12345", "车已卖出")

    assert desk.get_household(zhang_wei).vehicles == ["沪B54321"]
    assert rows_of(desk, "VehicleRemoved")[0].data == {"plate": "沪A12345", "reason": "车已卖出"}


@pytest.mark.parametrize(
    ("command", "plate", "error"),
    [
        ("register_vehicle", "沪a·12345", errors.VehicleExistsError),
        ("register_vehicle", "沪A123", errors.InvalidPlateError),
        ("remove_vehicle", "沪B54321", errors.UnknownVehicleError),
        ("remove_vehicle", "not a plate", errors.InvalidPlateError),
    ],
)
def test_vehicle_changes_that_do_not_fit_the_file_are_refused(
    desk: FrontDesk, zhang_wei: str, command: str, plate: str, error: type
) -> None:
    refused(desk, error, lambda: getattr(desk, command)(zhang_wei, plate))
    assert desk.get_household(zhang_wei).vehicles == ["沪A12345"]


def test_an_unknown_household_is_named_as_such(desk: FrontDesk, zhang_wei: str) -> None:
    for ref in ["00000000-0000-0000-0000-000000000000", "not-an-id"]:
        refused(
            desk, errors.UnknownRecordError, lambda ref=ref: desk.register_vehicle(ref, "沪B54321")
        )


# --- moving out -------------------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_after_zhang_wei_moves_out_a_new_household_moves_in(
    desk: FrontDesk, zhang_wei: str, clock: SimulatedClock
) -> None:
    clock.advance(timedelta(days=120))
    desk.move_out(zhang_wei, "2026-06-30")

    assert desk.get_household(zhang_wei).moved_out_on == date(2026, 6, 30)
    assert not desk.get_household(zhang_wei).living
    flat = desk.get_unit("3-2-1502")
    assert flat.household_id is None
    assert flat.former_households == [zhang_wei]

    liu = desk.move_in("3-2-1502", [liu_min()], "tenant", "2026-07-01")
    flat = desk.get_unit("3-2-1502")
    assert flat.household_id == liu
    assert flat.former_households == [zhang_wei]
    assert [r.aggregate_id for r in rows_of(desk, "MovedIn")] == [zhang_wei, liu]


def test_a_household_that_moved_out_is_kept_but_no_longer_changed(
    desk: FrontDesk, zhang_wei: str
) -> None:
    desk.move_out(zhang_wei, "2026-03-31")

    for action, error in [
        (lambda: desk.move_out(zhang_wei, "2026-04-01"), errors.HouseholdMovedOutError),
        (lambda: desk.add_member(zhang_wei, liu_min()), errors.HouseholdMovedOutError),
        (lambda: desk.register_vehicle(zhang_wei, "沪B54321"), errors.HouseholdMovedOutError),
        (
            lambda: desk.update_contact(zhang_wei, "张伟", "13900001234", "换号"),
            errors.HouseholdMovedOutError,
        ),
    ]:
        refused(desk, error, action)
    assert [m.name for m in desk.get_household(zhang_wei).members] == ["张伟", "王芳"]


def test_nobody_moves_out_before_moving_in(desk: FrontDesk, zhang_wei: str) -> None:
    err = refused(
        desk, errors.DateBeforeMoveInError, lambda: desk.move_out(zhang_wei, "2026-03-01")
    )
    assert err.params == {"date": "2026-03-01", "move_in": "2026-03-02"}
    assert desk.get_household(zhang_wei).living
    assert desk.get_unit("3-2-1502").household_id == zhang_wei


def test_moving_out_on_the_move_in_day_is_allowed(desk: FrontDesk, zhang_wei: str) -> None:
    desk.move_out(zhang_wei, "2026-03-02")
    assert desk.get_unit("3-2-1502").household_id is None


# --- the follow-up call -----------------------------------------------------------------------


def test_the_follow_up_call_within_a_week_is_on_time(
    desk: FrontDesk, zhang_wei: str, clock: SimulatedClock
) -> None:
    clock.set(datetime(2026, 3, 9, 20, 0, tzinfo=SHANGHAI))  # the seventh day, in the evening
    desk.record_move_in_callback(zhang_wei, 5, "对入住手续很满意")

    assert desk.get_household(zhang_wei).callback == {
        "satisfaction": 5,
        "notes": "对入住手续很满意",
        "on_time": True,
    }
    [row] = rows_of(desk, "MoveInCallbackRecorded")
    assert row.data["on_time"] is True


def test_a_follow_up_call_on_the_eighth_day_is_late(
    desk: FrontDesk, zhang_wei: str, clock: SimulatedClock
) -> None:
    clock.set(datetime(2026, 3, 10, 14, 0, tzinfo=SHANGHAI))
    desk.record_move_in_callback(zhang_wei, "4")
    assert desk.get_household(zhang_wei).callback["on_time"] is False


def test_an_early_morning_call_on_the_eighth_day_is_late_too(
    desk: FrontDesk, zhang_wei: str, clock: SimulatedClock
) -> None:
    """7:00 in Shanghai on 10 March is still 9 March in UTC; the desk counts local days."""
    clock.set(datetime(2026, 3, 10, 7, 0, tzinfo=SHANGHAI))
    desk.record_move_in_callback(zhang_wei, 4)
    assert desk.get_household(zhang_wei).callback["on_time"] is False


@pytest.mark.parametrize("score", [0, 6, -1, 3.5, "很好", None, True])
def test_satisfaction_is_a_whole_score_from_1_to_5(
    desk: FrontDesk, zhang_wei: str, score: Any
) -> None:
    refused(
        desk, errors.SatisfactionRangeError, lambda: desk.record_move_in_callback(zhang_wei, score)
    )
    assert desk.get_household(zhang_wei).callback is None


def test_the_follow_up_call_is_recorded_only_once(desk: FrontDesk, zhang_wei: str) -> None:
    desk.record_move_in_callback(zhang_wei, 4, "希望尽快开通门禁卡")
    refused(
        desk,
        errors.CallbackAlreadyRecordedError,
        lambda: desk.record_move_in_callback(zhang_wei, 5, "门禁卡已开通"),
    )
    assert desk.get_household(zhang_wei).callback["satisfaction"] == 4
