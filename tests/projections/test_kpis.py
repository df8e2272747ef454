"""The KPIs of 阳光花园's service center. In March 2026 four households live here; three
repairs and complaints are answered in 10, 20 and 30 minutes; three of them come to the
Women's Day flower-arranging class. In April one gas leak is handled by the book."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain import FrontDesk, SimulatedClock
from projections.catalogue import ALL_MODELS
from projections.kpis import (
    CASE_MEASURES,
    COMPLAINT_RATE,
    CONTACT_MEASURES,
    CSAT,
    FCR,
    FRT,
    MEASURES,
    PARTICIPATION,
    SLA,
    KpiGroupRow,
    KpiRow,
    Kpis,
)
from projections.runner import ReadModels
from tests.support import member, resident_id

pytestmark = pytest.mark.stores("sqlite", "postgres")

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


@pytest.fixture
def models(desk: FrontDesk) -> Iterator[ReadModels]:
    yield ReadModels(desk, ALL_MODELS)


def kpis_of(models: ReadModels) -> Kpis:
    return models.kpis  # type: ignore[attr-defined, no-any-return]


def table(rows: list[KpiRow] | list[KpiGroupRow]) -> dict[str, tuple]:
    """measure → (value, verdict, sample size)"""
    return {
        r.measure: (r.value, r.verdict, r.sample_size)
        for r in rows
        if r.measure not in CONTACT_MEASURES  # measured on contacts: tests/counter
    }


@pytest.fixture
def households(desk: FrontDesk, units: list[str], zhang_wei: str) -> dict[str, str]:
    """March: 张伟 and 李明 move in, 刘洋 follows 赵敏 (gone in February) upstairs, and
    陈刚 has kept his shop in building 5 since September."""
    zhao_min = desk.move_in(
        "3-2-1601",
        [member("赵敏", id_number=resident_id(born="19660405", sequence="284"))],
        "owner",
        "2025-01-10",
    )
    desk.move_out(zhao_min, "2026-02-20")
    return {
        "zhang_wei": zhang_wei,
        "zhao_min": zhao_min,
        "li_ming": desk.move_in(
            "3-2-1501",
            [member("李明", id_number=resident_id(born="19790203", sequence="451"))],
            "tenant",
            "2026-03-02",
        ),
        "liu_yang": desk.move_in(
            "3-2-1601",
            [member("刘洋", id_number=resident_id(born="19920817", sequence="338"))],
            "owner",
            "2026-03-05",
        ),
        "chen_gang": desk.move_in(
            "5-1-0101",
            [member("陈刚", id_number=resident_id(born="19710922", sequence="517"))],
            "tenant",
            "2025-09-01",
        ),
    }


@pytest.fixture
def march(desk: FrontDesk, clock: SimulatedClock, households: dict[str, str]) -> dict[str, str]:
    """A leaking pipe answered in 10 minutes, a dark stairwell in 20, a noise complaint in
    30; the first two fixed at the first contact, the complaint late and unhappily."""
    clock.set(at("2026-03-02T09:00:00"))
    pipe = desk.report_incident(
        "repair", "plumbing", "general", "3-2-1502 厨房", "水管漏水", "张伟", "phone", "3-2-1502"
    )
    clock.advance(timedelta(minutes=10))
    desk.acknowledge(pipe)
    stairs = desk.report_incident(
        "repair",
        "lighting",
        "general",
        "3-2-1501 门口",
        "楼道灯不亮",
        "李明",
        "counter",
        "3-2-1501",
    )
    clock.advance(timedelta(minutes=20))
    desk.dispatch(stairs, "电工-小刘")
    noise = desk.report_incident(
        "complaint", "noise", "general", "3-2-1601", "楼上夜间装修噪音", "刘洋", "app", "3-2-1601"
    )
    clock.advance(timedelta(minutes=30))
    desk.acknowledge(noise)
    clock.set(at("2026-03-02T11:00:00"))
    desk.resolve(pipe, "更换阀门", True)
    desk.resolve(stairs, "更换灯泡", True)
    clock.set(at("2026-03-02T12:00:00"))
    desk.record_callback(pipe, 5, "师傅很专业")
    clock.set(at("2026-03-03T11:00:00"))
    desk.resolve(noise, "与施工方沟通，调整作业时间", False)
    clock.set(at("2026-03-03T15:00:00"))
    desk.record_callback(noise, 2, "处理太慢")

    flowers = desk.plan_activity(
        "三八节插花", "social", "2026-03-08T14:00:00+08:00", "2026-03-08T16:00:00+08:00", "会所", 20
    )
    tai_chi = desk.plan_activity(
        "太极拳晨练",
        "exercise",
        "2026-03-09T07:00:00+08:00",
        "2026-03-09T08:00:00+08:00",
        "中心花园",
        30,
    )
    desk.register_household(flowers, households["zhang_wei"], 2)
    desk.register_household(flowers, households["li_ming"], 1)
    clock.set(at("2026-03-08T14:10:00"))
    desk.record_attendance(flowers, households["zhang_wei"], 2)
    desk.record_attendance(flowers, households["li_ming"], 1)
    desk.record_attendance(flowers, households["liu_yang"], 1)
    clock.set(at("2026-03-09T07:05:00"))
    desk.record_attendance(tai_chi, households["zhang_wei"], 1)
    return {"pipe": pipe, "stairs": stairs, "noise": noise}


@pytest.fixture
def april(desk: FrontDesk, clock: SimulatedClock, march: dict[str, str]) -> str:
    """The gas leak at 陈刚's shop: answered in 5 minutes, made safe within the hour; and
    the only activity of the month is called off for rain."""
    clock.set(at("2026-04-10T09:00:00"))
    leak = desk.report_incident(
        "emergency", "gas_leak", "emergency", "5-1-0101", "燃气味", "陈刚", "phone", "5-1-0101"
    )
    clock.advance(timedelta(minutes=5))
    desk.acknowledge(leak)
    clock.advance(timedelta(hours=1))
    desk.resolve(leak, "关闭总阀，燃气公司更换接头", True)
    clock.advance(timedelta(hours=2))
    desk.record_callback(leak, 5, "")
    kites = desk.plan_activity(
        "亲子风筝节",
        "parent_child",
        "2026-04-18T09:00:00+08:00",
        "2026-04-18T11:00:00+08:00",
        "中心广场",
        20,
    )
    desk.cancel_activity(kites, "暴雨预警")
    return leak


# --- by month -----------------------------------------------------------------------------------


def test_march_beside_its_targets(desk: FrontDesk, models: ReadModels, march: dict) -> None:
    models.catch_up()

    with models.reading() as db:
        rows = kpis_of(models).monthly(db, "2026-03")

    assert [r.measure for r in rows] == list(MEASURES)
    assert {r.month for r in rows} == {"2026-03"}
    assert table(rows) == {
        FRT: (20.0, "missed", 3),
        FCR: (66.7, "missed", 3),
        CSAT: (50.0, "missed", 2),
        COMPLAINT_RATE: (25.0, "missed", 4),
        SLA: (66.7, "missed", 3),
        PARTICIPATION: (75.0, "met", 4),
    }
    assert {r.measure: r.target for r in rows if r.measure in CASE_MEASURES} == {
        FRT: 15.0,
        FCR: 90.0,
        CSAT: 95.0,
        COMPLAINT_RATE: 2.0,
        SLA: 100.0,
        PARTICIPATION: 70.0,
    }
    frt = rows[0]
    assert (frt.unit, frt.target_text) == ("min", "< 15 min")


def test_april_meets_every_target_it_has_data_for(
    desk: FrontDesk, models: ReadModels, april: str
) -> None:
    models.catch_up()

    with models.reading() as db:
        rows = kpis_of(models).monthly(db, "2026-04")

    assert table(rows) == {
        FRT: (5.0, "met", 1),
        FCR: (100.0, "met", 1),
        CSAT: (100.0, "met", 1),
        COMPLAINT_RATE: (0.0, "met", 4),
        SLA: (100.0, "met", 1),
        PARTICIPATION: (None, "no data", 4),
    }


def test_every_month_with_something_to_measure(
    desk: FrontDesk, models: ReadModels, april: str
) -> None:
    models.catch_up()

    with models.reading() as db:
        rows = kpis_of(models).monthly(db)

    assert [(r.month, r.measure) for r in rows] == [
        (month, measure) for month in ("2026-03", "2026-04") for measure in MEASURES
    ]
    assert table([r for r in rows if r.month == "2026-03"])[FRT] == (20.0, "missed", 3)
    assert table([r for r in rows if r.month == "2026-04"])[FRT] == (5.0, "met", 1)


def test_the_months_with_data_and_a_window_of_them_read_as_each_month_alone(
    desk: FrontDesk, models: ReadModels, april: str
) -> None:
    """The dashboard lists every month but reads only the months it charts."""
    models.catch_up()

    with models.reading() as db:
        months = kpis_of(models).months(db)
        window = kpis_of(models).monthly(db, "2026-05", since="2026-02")
        only_april = kpis_of(models).monthly(db, "2026-04", since="2026-04")
        each = [
            *kpis_of(models).monthly(db, "2026-03"),
            *kpis_of(models).monthly(db, "2026-04"),
        ]

    assert months == ["2026-04", "2026-03"]
    assert window == each  # the months without data in the window are left out
    assert only_april == each[len(MEASURES) :]


def test_a_quiet_month_counts_the_households_that_lived_here(
    desk: FrontDesk, models: ReadModels, march: dict
) -> None:
    """In February only 赵敏 (until the 20th) and 陈刚's shop were occupied."""
    models.catch_up()

    with models.reading() as db:
        february = kpis_of(models).monthly(db, "2026-02")
        far_back = kpis_of(models).monthly(db, "2024-12")

    assert table(february) == {
        FRT: (None, "no data", 0),
        FCR: (None, "no data", 0),
        CSAT: (None, "no data", 0),
        COMPLAINT_RATE: (0.0, "met", 2),
        SLA: (None, "no data", 0),
        PARTICIPATION: (None, "no data", 2),
    }
    assert {r.verdict for r in far_back} == {"no data"}


def test_a_household_moving_out_still_counts_in_its_last_month(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock, march: dict, households: dict
) -> None:
    clock.set(at("2026-04-01T10:00:00"))
    desk.move_out(households["chen_gang"], "2026-04-01")
    models.catch_up()

    with models.reading() as db:
        april = kpis_of(models).monthly(db, "2026-04")
        may = kpis_of(models).monthly(db, "2026-05")

    assert table(april)[COMPLAINT_RATE] == (0.0, "met", 4)
    assert table(may)[COMPLAINT_RATE] == (0.0, "met", 3)


def test_a_reopened_incident_waits_for_its_new_resolution(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock, march: dict
) -> None:
    clock.set(at("2026-03-10T09:00:00"))
    desk.reopen(march["stairs"], "灯又不亮了")
    models.catch_up()

    with models.reading() as db:
        rows = kpis_of(models).monthly(db, "2026-03")

    assert table(rows)[FCR] == (50.0, "missed", 2)
    assert table(rows)[SLA] == (50.0, "missed", 2)
    assert table(rows)[FRT] == (20.0, "missed", 3)


# --- breakdowns ---------------------------------------------------------------------------------


def test_march_by_building(desk: FrontDesk, models: ReadModels, march: dict) -> None:
    models.catch_up()

    with models.reading() as db:
        rows = kpis_of(models).by_building(db, "2026-03")

    assert [r.group for r in rows[:: len(CASE_MEASURES)]] == ["3", "5"]
    assert table([r for r in rows if r.group == "3"]) == {
        FRT: (20.0, "missed", 3),
        FCR: (66.7, "missed", 3),
        CSAT: (50.0, "missed", 2),
        COMPLAINT_RATE: (33.3, "missed", 3),
        SLA: (66.7, "missed", 3),
        PARTICIPATION: (100.0, "met", 3),
    }
    assert table([r for r in rows if r.group == "5"]) == {
        FRT: (None, "no data", 0),
        FCR: (None, "no data", 0),
        CSAT: (None, "no data", 0),
        COMPLAINT_RATE: (0.0, "met", 1),
        SLA: (None, "no data", 0),
        PARTICIPATION: (0.0, "missed", 1),
    }


def test_common_areas_are_a_group_of_their_own(
    desk: FrontDesk, models: ReadModels, clock: SimulatedClock, april: str
) -> None:
    clock.set(at("2026-04-20T10:00:00"))
    bench = desk.report_incident(
        "repair", "common_area", "minor", "中心花园", "长椅损坏", "巡逻-老周", "patrol"
    )
    clock.advance(timedelta(hours=1))
    desk.acknowledge(bench)
    models.catch_up()

    with models.reading() as db:
        rows = kpis_of(models).by_building(db, "2026-04")

    assert [r.group for r in rows[:: len(CASE_MEASURES)]] == ["3", "5", ""]
    common = table([r for r in rows if r.group == ""])
    assert common[FRT] == (60.0, "missed", 1)
    assert common[COMPLAINT_RATE] == (None, "no data", 0)
    assert table([r for r in rows if r.group == "5"])[FRT] == (5.0, "met", 1)


def test_march_by_category(desk: FrontDesk, models: ReadModels, march: dict) -> None:
    models.catch_up()

    with models.reading() as db:
        rows = kpis_of(models).by_category(db, "2026-03")

    assert sorted({(r.kind, r.group) for r in rows}) == [
        ("complaint", "noise"),
        ("repair", "lighting"),
        ("repair", "plumbing"),
    ]
    assert table([r for r in rows if r.group == "noise"]) == {
        FRT: (30.0, "missed", 1),
        FCR: (0.0, "missed", 1),
        CSAT: (0.0, "missed", 1),
        SLA: (0.0, "missed", 1),
        COMPLAINT_RATE: (25.0, "missed", 4),
    }
    assert table([r for r in rows if r.group == "lighting"]) == {
        FRT: (20.0, "missed", 1),
        FCR: (100.0, "met", 1),
        CSAT: (None, "no data", 0),
        SLA: (100.0, "met", 1),
    }
    assert table([r for r in rows if r.group == "plumbing"]) == {
        FRT: (10.0, "met", 1),
        FCR: (100.0, "met", 1),
        CSAT: (100.0, "met", 1),
        SLA: (100.0, "met", 1),
    }


def test_the_kpis_survive_a_rebuild(desk: FrontDesk, models: ReadModels, april: str) -> None:
    models.catch_up()
    with models.reading() as db:
        before = kpis_of(models).monthly(db)

    models.rebuild()

    with models.reading() as db:
        assert kpis_of(models).monthly(db) == before


def test_the_month_of_a_moment_is_the_local_month(models: ReadModels) -> None:
    assert kpis_of(models).month_of(at("2026-04-01T00:30:00")) == "2026-04"
