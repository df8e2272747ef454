"""Community activities: the Mid-Autumn evening in the clubhouse, who signed up, who came."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from domain import FrontDesk, SimulatedClock, errors
from tests.support import member, refused, resident_id

STARTS = "2026-03-14T19:00:00+08:00"
ENDS = "2026-03-14T21:00:00+08:00"


def events_of(desk: FrontDesk, aggregate_id: str, kind: str) -> list[Any]:
    return [r for r in desk.history() if r.aggregate_id == aggregate_id and r.type == kind]


@pytest.fixture
def li_ming(desk: FrontDesk, units: list[str]) -> str:
    """李明's family next door, in 3-2-1501."""
    return desk.move_in(
        "3-2-1501",
        [member("李明", id_number=resident_id(born="19790203", sequence="451"))],
        "tenant",
        "2026-03-02",
    )


@pytest.fixture
def liu_yang(desk: FrontDesk, units: list[str]) -> str:
    """刘洋, upstairs in 3-2-1601."""
    return desk.move_in(
        "3-2-1601",
        [member("刘洋", id_number=resident_id(born="19920817", sequence="338"))],
        "owner",
        "2026-03-02",
    )


@pytest.fixture
def lantern_evening(desk: FrontDesk) -> str:
    """A lantern-riddle evening in the clubhouse with ten places."""
    return desk.plan_activity("元宵猜灯谜", "festival", STARTS, ENDS, "会所多功能厅", 10)


# --- planning -----------------------------------------------------------------------------


def test_the_lantern_evening_is_planned(desk: FrontDesk, lantern_evening: str) -> None:
    activity = desk.get_activity(lantern_evening)

    assert (activity.title, activity.kind, activity.place) == (
        "元宵猜灯谜",
        "festival",
        "会所多功能厅",
    )
    assert activity.starts_at == datetime.fromisoformat(STARTS)
    assert activity.ends_at == datetime.fromisoformat(ENDS)
    assert activity.places_left == 10


@pytest.mark.parametrize(
    ("starts_at", "ends_at"),
    [(ENDS, STARTS), (STARTS, STARTS)],
    ids=["ends-before-it-starts", "ends-as-it-starts"],
)
def test_an_activity_ends_after_it_starts(desk: FrontDesk, starts_at: str, ends_at: str) -> None:
    refused(
        desk,
        errors.InvalidDateRangeError,
        desk.plan_activity,
        "元宵猜灯谜",
        "festival",
        starts_at,
        ends_at,
        "会所",
        10,
    )


@pytest.mark.parametrize("capacity", [0, -5, "十", None, 10001, 2.5, True])
def test_an_activity_has_at_least_one_place(desk: FrontDesk, capacity: Any) -> None:
    refused(
        desk,
        errors.InvalidValueError,
        desk.plan_activity,
        "太极拳晨练",
        "exercise",
        STARTS,
        ENDS,
        "中心花园",
        capacity,
    )


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"title": ""}, errors.MissingValueError),
        ({"kind": "rave"}, errors.InvalidChoiceError),
        ({"starts_at": "2026-03-14 19:00"}, errors.InvalidValueError),  # no time zone
        ({"ends_at": "next Saturday"}, errors.InvalidValueError),
        ({"place": None}, errors.MissingValueError),
    ],
)
def test_a_plan_with_a_bad_field_is_refused(
    desk: FrontDesk, change: dict[str, Any], error: type[Exception]
) -> None:
    plan = {
        "title": "亲子手工课",
        "kind": "parent_child",
        "starts_at": STARTS,
        "ends_at": ENDS,
        "place": "会所",
        "capacity": 20,
        **change,
    }
    refused(desk, error, lambda: desk.plan_activity(**plan))


# --- registering --------------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_households_take_places_until_it_is_full(
    desk: FrontDesk, lantern_evening: str, zhang_wei: str, li_ming: str, liu_yang: str
) -> None:
    desk.register_household(lantern_evening, zhang_wei, 3)
    desk.register_household(lantern_evening, li_ming, 6)

    full = refused(
        desk, errors.ActivityFullError, desk.register_household, lantern_evening, liu_yang, 2
    )
    assert "1" in str(full)
    desk.register_household(lantern_evening, liu_yang, 1)

    activity = desk.get_activity(lantern_evening)
    assert activity.places_left == 0
    assert activity.registrations == {zhang_wei: 3, li_ming: 6, liu_yang: 1}


def test_a_household_registers_once(desk: FrontDesk, lantern_evening: str, zhang_wei: str) -> None:
    desk.register_household(lantern_evening, zhang_wei, 2)
    refused(
        desk, errors.AlreadyRegisteredError, desk.register_household, lantern_evening, zhang_wei, 1
    )


def test_a_household_that_moved_out_cannot_register(
    desk: FrontDesk, lantern_evening: str, zhang_wei: str
) -> None:
    desk.move_out(zhang_wei, "2026-03-10")
    refused(
        desk, errors.HouseholdMovedOutError, desk.register_household, lantern_evening, zhang_wei, 2
    )


@pytest.mark.parametrize("headcount", [0, 21, "两", 1.5, None])
def test_a_headcount_is_a_small_whole_number(
    desk: FrontDesk, lantern_evening: str, zhang_wei: str, headcount: Any
) -> None:
    refused(
        desk,
        errors.InvalidValueError,
        desk.register_household,
        lantern_evening,
        zhang_wei,
        headcount,
    )


def test_an_unknown_household_or_activity_is_refused(
    desk: FrontDesk, lantern_evening: str, zhang_wei: str
) -> None:
    refused(
        desk, errors.UnknownRecordError, desk.register_household, lantern_evening, "3-2-1502", 1
    )
    refused(desk, errors.UnknownRecordError, desk.register_household, zhang_wei, zhang_wei, 1)


def test_cancelling_a_registration_frees_the_places(
    desk: FrontDesk, lantern_evening: str, zhang_wei: str, li_ming: str
) -> None:
    desk.register_household(lantern_evening, zhang_wei, 4)
    desk.register_household(lantern_evening, li_ming, 6)
    desk.cancel_registration(lantern_evening, zhang_wei, "孩子发烧")
    assert desk.get_activity(lantern_evening).places_left == 4

    desk.register_household(lantern_evening, zhang_wei, 4)
    assert desk.get_activity(lantern_evening).places_left == 0
    [cancelled] = events_of(desk, lantern_evening, "RegistrationCancelled")
    assert cancelled.data == {"household_id": zhang_wei, "reason": "孩子发烧"}


def test_only_a_registration_can_be_cancelled(
    desk: FrontDesk, lantern_evening: str, zhang_wei: str
) -> None:
    refused(
        desk, errors.NotRegisteredError, desk.cancel_registration, lantern_evening, zhang_wei, ""
    )


# --- attendance ---------------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_attendance_is_recorded_once_the_evening_has_started(
    desk: FrontDesk, clock: SimulatedClock, lantern_evening: str, zhang_wei: str
) -> None:
    desk.register_household(lantern_evening, zhang_wei, 3)
    refused(
        desk, errors.ActivityNotStartedError, desk.record_attendance, lantern_evening, zhang_wei, 3
    )

    clock.set(datetime.fromisoformat(STARTS) + timedelta(minutes=5))
    desk.record_attendance(lantern_evening, zhang_wei, 2)

    assert desk.get_activity(lantern_evening).attendance == {zhang_wei: 2}
    [came] = events_of(desk, lantern_evening, "AttendanceRecorded")
    assert came.data == {"household_id": zhang_wei, "headcount": 2, "registered": True}


def test_a_walk_in_is_recorded_as_not_registered(
    desk: FrontDesk, clock: SimulatedClock, lantern_evening: str, liu_yang: str
) -> None:
    clock.set(datetime.fromisoformat(STARTS))
    desk.record_attendance(lantern_evening, liu_yang, 1)

    [came] = events_of(desk, lantern_evening, "AttendanceRecorded")
    assert came.data == {"household_id": liu_yang, "headcount": 1, "registered": False}


def test_a_household_that_moved_out_is_not_recorded_as_coming(
    desk: FrontDesk, clock: SimulatedClock, lantern_evening: str, zhang_wei: str
) -> None:
    desk.move_out(zhang_wei, "2026-03-10")
    clock.set(datetime.fromisoformat(STARTS))
    refused(
        desk, errors.HouseholdMovedOutError, desk.record_attendance, lantern_evening, zhang_wei, 1
    )


# --- cancelling the activity --------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_after_cancelling_nothing_more_happens(
    desk: FrontDesk,
    clock: SimulatedClock,
    lantern_evening: str,
    zhang_wei: str,
    li_ming: str,
) -> None:
    desk.register_household(lantern_evening, zhang_wei, 3)
    desk.cancel_activity(lantern_evening, "暴雨预警，活动取消")
    clock.set(datetime.fromisoformat(STARTS))

    refused(
        desk, errors.ActivityCancelledError, desk.register_household, lantern_evening, li_ming, 1
    )
    refused(
        desk, errors.ActivityCancelledError, desk.cancel_registration, lantern_evening, zhang_wei
    )
    refused(
        desk, errors.ActivityCancelledError, desk.record_attendance, lantern_evening, zhang_wei, 3
    )
    refused(
        desk, errors.ActivityCancelledError, desk.cancel_activity, lantern_evening, "再取消一次"
    )
    [cancelled] = events_of(desk, lantern_evening, "Cancelled")
    assert cancelled.data == {"reason": "暴雨预警，活动取消"}


def test_cancelling_needs_a_reason(desk: FrontDesk, lantern_evening: str) -> None:
    refused(desk, errors.MissingValueError, desk.cancel_activity, lantern_evening, " ")


def test_an_auditor_plans_nothing(desk: FrontDesk, sign_in_as) -> None:
    sign_in_as("auditor1")
    refused(
        desk,
        errors.RoleForbidsError,
        desk.plan_activity,
        "健康讲座",
        "health",
        STARTS,
        ENDS,
        "会所",
        30,
    )
