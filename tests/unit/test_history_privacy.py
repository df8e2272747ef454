"""Who may read the whole history with personal data in clear: auditors, supervisors and
admins. A clerk (or a manager) reads the log as the counter's own screens show people: names,
phones, plates and ID numbers masked, so nobody can dump the community's phone book."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from domain import FrontDesk, SimulatedClock
from domain.history import HistoryFilter
from domain.staff import PERMISSIONS, Role
from tests.support import resident_id

LI_LEI_ID = resident_id(born="19900101", sequence="777")
HAN_PASSPORT = "E12345678"
# Everything personal the day below records, and how a counter's screen shows it.
IN_CLEAR = {
    "张伟": "张*",
    "王芳": "王*",
    "13812345678": "138****5678",
    "13987654321": "139****4321",
    "沪A12345": "沪A****5",
    "李雷": "李*",
    "13900139000": "139****9000",
    "韩梅梅": "韩**",
    "13700137000": "137****7000",
    "13611112222": "136****2222",
    "13911113333": "139****3333",
    "13622223333": "136****3333",  # the reporter's phone
}


@pytest.fixture
def day(desk: FrontDesk, zhang_wei: str, clock: SimulatedClock) -> dict[str, str]:
    clock.advance(timedelta(hours=1))
    visitor = desk.register_visitor(
        "3-2-1502", "李雷", "resident_id", LI_LEI_ID, "13900139000", "探亲"
    )
    desk.register_visitor("3-2-1502", "韩梅梅", "passport", HAN_PASSPORT, "13700137000", "送货")
    leak = desk.report_incident(
        "repair",
        "plumbing",
        "general",
        "3-2-1502 厨房",
        "水管漏水，请回电13611112222",
        "张伟（3-2-1502）",
        unit="3-2-1502",
        reporter_phone="13622223333",
    )
    desk.update_contact(zhang_wei, "王芳", "13911113333", "号码登记错了")
    return {"household": zhang_wei, "visitor": visitor, "leak": leak}


def history_text(desk: FrontDesk) -> str:
    return json.dumps([r.data for r in desk.history()], ensure_ascii=False)


def timelines_text(desk: FrontDesk, day: dict[str, str]) -> str:
    steps = [s for ref in day.values() for s in desk.timeline(ref)]
    return json.dumps([[s.row.data, s.state] for s in steps], ensure_ascii=False)


def test_the_permission_names_auditors_supervisors_and_admins() -> None:
    assert PERMISSIONS["read_personal_history"] == {Role.AUDITOR, Role.SUPERVISOR, Role.ADMIN}


@pytest.mark.parametrize("username", ["clerk1", "manager1"])
def test_a_clerks_history_shows_people_as_the_counter_does(
    desk: FrontDesk, day: dict[str, str], sign_in_as, username: str
) -> None:
    sign_in_as(username)
    text = history_text(desk)
    for clear, masked in IN_CLEAR.items():
        assert clear not in text, clear
        assert masked in text, masked
    assert LI_LEI_ID not in text and HAN_PASSPORT not in text
    assert "E*****678" in text
    # What is not personal stays whole: the unit, the place, the purpose, the staff.
    assert "3-2-1502 厨房" in text and "探亲" in text and "号码登记错了" in text


@pytest.mark.parametrize("username", ["clerk1", "manager1"])
def test_a_clerks_timeline_shows_people_as_the_counter_does(
    desk: FrontDesk, day: dict[str, str], sign_in_as, username: str
) -> None:
    sign_in_as(username)
    text = timelines_text(desk, day)
    for clear in IN_CLEAR:
        assert clear not in text, clear
    assert "张*" in text and "138****5678" in text and LI_LEI_ID not in text


@pytest.mark.parametrize("username", ["supervisor1", "auditor1", "admin"])
@pytest.mark.stores("sqlite", "postgres")
def test_auditors_supervisors_and_admins_read_people_in_clear(
    desk: FrontDesk, day: dict[str, str], sign_in_as, username: str
) -> None:
    sign_in_as(username)
    text = history_text(desk) + timelines_text(desk, day)
    for clear in IN_CLEAR:
        assert clear in text, clear
    # ID numbers stay masked for everyone; revealing one is its own recorded act.
    assert LI_LEI_ID not in text and HAN_PASSPORT not in text


def test_filters_narrow_a_clerks_history_the_same_way(desk: FrontDesk, day, sign_in_as) -> None:
    wanted = HistoryFilter(unit="3-2-1502", event_type="VisitorPass.Registered")
    sign_in_as("auditor1")
    whole = list(desk.history(filters=wanted))
    sign_in_as("clerk1")
    masked = list(desk.history(filters=wanted))
    assert [r.position for r in masked] == [r.position for r in whole]
    assert [r.data["name"] for r in masked] == ["李*", "韩**"]
