"""The activity roll: the lantern-riddle evening in the clubhouse on 2026-03-14, ten places,
张伟 and 李明 signed up, 刘洋 walked in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from domain import FrontDesk, SimulatedClock
from projections.activities import ActivityRoll
from projections.emergency_log import EmergencyLog
from projections.incident_board import IncidentBoard
from projections.kpis import Kpis
from projections.renewal_calendar import RenewalCalendar
from projections.runner import ReadModels
from projections.visitor_log import VisitorLog
from tests.support import member, resident_id

pytestmark = pytest.mark.stores("sqlite", "postgres")

SHANGHAI = ZoneInfo("Asia/Shanghai")
STARTS = "2026-03-14T19:00:00+08:00"
ENDS = "2026-03-14T21:00:00+08:00"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


@pytest.fixture
def models(desk: FrontDesk) -> Iterator[ReadModels]:
    yield ReadModels(
        desk, [VisitorLog, IncidentBoard, EmergencyLog, RenewalCalendar, ActivityRoll, Kpis]
    )


def roll_of(models: ReadModels) -> ActivityRoll:
    return models.activity_roll  # type: ignore[attr-defined, no-any-return]


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


@pytest.fixture
def the_evening_happened(
    desk: FrontDesk,
    clock: SimulatedClock,
    lantern_evening: str,
    zhang_wei: str,
    li_ming: str,
    liu_yang: str,
) -> str:
    """张伟 (2) and 李明 (3) sign up; 李明 comes with 2, 张伟 with 2, 刘洋 walks in alone."""
    desk.register_household(lantern_evening, zhang_wei, 2)
    desk.register_household(lantern_evening, li_ming, 3)
    clock.set(at("2026-03-14T19:10:00"))
    desk.record_attendance(lantern_evening, zhang_wei, 2)
    desk.record_attendance(lantern_evening, li_ming, 2)
    desk.record_attendance(lantern_evening, liu_yang, 1)
    return lantern_evening


def test_the_planned_evening_is_on_the_roll_with_all_its_places(
    desk: FrontDesk, models: ReadModels, lantern_evening: str
) -> None:
    models.catch_up()

    with models.reading() as db:
        detail = roll_of(models).get(db, lantern_evening)

    assert detail is not None
    row = detail.activity
    assert (row.title, row.kind, row.place, row.capacity) == (
        "元宵猜灯谜",
        "festival",
        "会所多功能厅",
        10,
    )
    assert (row.starts_at, row.ends_at) == (at("2026-03-14T19:00:00"), at("2026-03-14T21:00:00"))
    assert row.month == "2026-03"
    assert (row.places_left, row.registered_households, row.attended_households) == (10, 0, 0)
    assert (row.cancelled, row.planned_by) == (False, "clerk1")
    assert (detail.registrations, detail.attendance) == ([], [])


def test_registrations_take_places_and_a_cancellation_gives_them_back(
    desk: FrontDesk, models: ReadModels, lantern_evening: str, zhang_wei: str, li_ming: str
) -> None:
    desk.register_household(lantern_evening, zhang_wei, 2)
    desk.register_household(lantern_evening, li_ming, 3)
    desk.cancel_registration(lantern_evening, li_ming, "孩子发烧")
    models.catch_up()
    roll = roll_of(models)

    with models.reading() as db:
        detail = roll.get(db, lantern_evening)
        left = roll.places_left(db, lantern_evening)

    assert detail is not None
    assert (detail.activity.registered_households, detail.activity.registered_headcount) == (1, 2)
    assert detail.activity.places_left == left == 8
    assert [(r.household_id, r.registered_headcount) for r in detail.registrations] == [
        (zhang_wei, 2)
    ]


def test_a_registration_cancelled_and_made_again_counts_once(
    desk: FrontDesk, models: ReadModels, lantern_evening: str, li_ming: str
) -> None:
    desk.register_household(lantern_evening, li_ming, 3)
    desk.cancel_registration(lantern_evening, li_ming, "")
    desk.register_household(lantern_evening, li_ming, 4)
    models.catch_up()

    with models.reading() as db:
        detail = roll_of(models).get(db, lantern_evening)

    assert detail is not None
    assert detail.activity.places_left == 6
    (again,) = detail.registrations
    assert (again.registered_headcount, again.registration_cancelled_at) == (4, None)


def test_who_came_walk_ins_included(
    desk: FrontDesk,
    models: ReadModels,
    the_evening_happened: str,
    zhang_wei: str,
    li_ming: str,
    liu_yang: str,
) -> None:
    models.catch_up()

    with models.reading() as db:
        detail = roll_of(models).get(db, the_evening_happened)

    assert detail is not None
    row = detail.activity
    assert (row.registered_households, row.registered_headcount, row.places_left) == (2, 5, 5)
    assert (row.attended_households, row.attended_headcount, row.walk_ins) == (3, 5, 1)
    came = {a.household_id: (a.attended_headcount, a.walk_in) for a in detail.attendance}
    assert came == {zhang_wei: (2, False), li_ming: (2, False), liu_yang: (1, True)}
    assert {r.household_id for r in detail.registrations} == {zhang_wei, li_ming}
    walk_in = next(a for a in detail.attendance if a.household_id == liu_yang)
    assert (walk_in.registered, walk_in.attended_at) == (False, at("2026-03-14T19:10:00"))


def test_attendance_recorded_twice_is_corrected_not_doubled(
    desk: FrontDesk, models: ReadModels, the_evening_happened: str, li_ming: str
) -> None:
    desk.record_attendance(the_evening_happened, li_ming, 3)
    models.catch_up()

    with models.reading() as db:
        detail = roll_of(models).get(db, the_evening_happened)

    assert detail is not None
    assert (detail.activity.attended_households, detail.activity.attended_headcount) == (3, 6)


def test_a_household_file_lists_the_activities_it_came_to(
    desk: FrontDesk,
    models: ReadModels,
    clock: SimulatedClock,
    the_evening_happened: str,
    zhang_wei: str,
    liu_yang: str,
) -> None:
    tai_chi = desk.plan_activity(
        "太极拳晨练",
        "exercise",
        "2026-03-15T07:00:00+08:00",
        "2026-03-15T08:00:00+08:00",
        "中心花园",
        30,
    )
    clock.set(at("2026-03-15T07:05:00"))
    desk.record_attendance(tai_chi, liu_yang, 1)
    models.catch_up()
    roll = roll_of(models)

    with models.reading() as db:
        liu = roll.for_household(db, liu_yang)
        zhang = roll.for_household(db, zhang_wei)

    assert [(a.title, a.headcount, a.walk_in) for a in liu] == [
        ("太极拳晨练", 1, True),
        ("元宵猜灯谜", 1, True),
    ]
    assert [(a.title, a.headcount, a.walk_in, a.place) for a in zhang] == [
        ("元宵猜灯谜", 2, False, "会所多功能厅")
    ]


def test_a_registration_without_attendance_is_not_in_the_household_file(
    desk: FrontDesk, models: ReadModels, lantern_evening: str, zhang_wei: str
) -> None:
    desk.register_household(lantern_evening, zhang_wei, 2)
    models.catch_up()

    with models.reading() as db:
        assert roll_of(models).for_household(db, zhang_wei) == []


def test_upcoming_today_and_all(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock, lantern_evening: str
) -> None:
    health_talk = desk.plan_activity(
        "春季健康讲座",
        "health",
        "2026-03-10T14:00:00+08:00",
        "2026-03-10T16:00:00+08:00",
        "会所",
        40,
    )
    cancelled = desk.plan_activity(
        "亲子风筝节",
        "parent_child",
        "2026-03-14T09:00:00+08:00",
        "2026-03-14T11:00:00+08:00",
        "中心广场",
        20,
    )
    desk.cancel_activity(cancelled, "大风预警")
    models.catch_up()
    roll = roll_of(models)

    with models.reading() as db:
        upcoming_now = roll.upcoming(db, clock.now())
        upcoming_during_the_talk = roll.upcoming(db, at("2026-03-10T15:00:00"))
        upcoming_after_the_talk = roll.upcoming(db, at("2026-03-10T16:00:00"))
        on_the_14th = roll.on_day(db, date(2026, 3, 14), SHANGHAI)
        on_the_13th = roll.on_day(db, date(2026, 3, 13), SHANGHAI)
        everything = roll.all(db)

    assert [r.activity_id for r in upcoming_now] == [health_talk, lantern_evening]
    assert [r.activity_id for r in upcoming_during_the_talk] == [health_talk, lantern_evening]
    assert [r.activity_id for r in upcoming_after_the_talk] == [lantern_evening]
    assert [(r.title, r.cancelled) for r in on_the_14th] == [
        ("亲子风筝节", True),
        ("元宵猜灯谜", False),
    ]
    assert on_the_13th == []
    assert [r.title for r in everything] == ["春季健康讲座", "亲子风筝节", "元宵猜灯谜"]
    kite = next(r for r in everything if r.activity_id == cancelled)
    assert kite.cancel_reason == "大风预警"


def test_an_evening_in_utc_falls_on_the_local_day(desk: FrontDesk, models: ReadModels) -> None:
    late = desk.plan_activity(
        "观星夜", "social", "2026-03-20T17:30:00+00:00", "2026-03-20T19:00:00+00:00", "屋顶花园", 15
    )
    models.catch_up()
    roll = roll_of(models)

    with models.reading() as db:
        on_the_21st = roll.on_day(db, date(2026, 3, 21), SHANGHAI)
        on_the_20th = roll.on_day(db, date(2026, 3, 20), SHANGHAI)

    assert [r.activity_id for r in on_the_21st] == [late]
    assert on_the_20th == []


def test_an_unknown_activity_is_none(models: ReadModels) -> None:
    models.catch_up()
    with models.reading() as db:
        assert roll_of(models).get(db, "no-such-activity") is None
        assert roll_of(models).places_left(db, "no-such-activity") is None


def test_a_rebuild_gives_the_same_roll(models: ReadModels, the_evening_happened: str) -> None:
    models.catch_up()
    with models.reading() as db:
        before = roll_of(models).get(db, the_evening_happened)

    models.rebuild()

    with models.reading() as db:
        assert roll_of(models).get(db, the_evening_happened) == before
