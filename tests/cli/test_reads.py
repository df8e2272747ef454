"""The command-line reads, through the real `frontdesk` executable: a busy morning at
阳光花园 recorded by batch, then read back live and as of earlier moments."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from domain import FrontDesk, SimulatedClock
from domain.store import store_env
from tests.conftest import SHANGHAI
from tests.support import resident_id

pytestmark = pytest.mark.slow

PASSWORD = "desk-pass-1"
ZHANG_WEI_ID = resident_id()
SET_UP_AT = datetime(2026, 2, 1, 9, 0, tzinfo=SHANGHAI)


def lines(*commands: dict) -> str:
    """A batch replaying a past morning: a line without its own `at` is recorded at the
    moment of the line before it (or of the first line that has one), since `at` may
    never go back before the last recorded event nor run ahead of the clock."""
    first = next(c["at"] for c in commands if "at" in c)
    stamped, at = [], first
    for c in commands:
        at = c.get("at", at)
        stamped.append({**c, "at": at})
    return "\n".join(json.dumps(c, ensure_ascii=False) for c in stamped) + "\n"


MORNING = lines(
    {
        "command": "add_staff",
        "args": {"username": "clerk1", "name": "李娜", "role": "clerk", "password": PASSWORD},
    },
    {
        "command": "add_staff",
        "args": {
            "username": "supervisor1",
            "name": "王强",
            "role": "supervisor",
            "password": PASSWORD,
        },
    },
    {
        "command": "add_staff",
        "args": {"username": "auditor1", "name": "陈静", "role": "auditor", "password": PASSWORD},
    },
    {
        "command": "register_unit",
        "args": {"unit": "3-2-1502", "building": "3", "area_m2": "89.5"},
        "at": "2026-03-01T08:00:00+08:00",
    },
    {"command": "register_unit", "args": {"unit": "5-1-0301", "building": "5", "area_m2": "120"}},
    {
        "command": "move_in",
        "id": "zw",
        "operator": "clerk1",
        "at": "2026-03-01T09:00:00+08:00",
        "args": {
            "unit": "3-2-1502",
            "ownership": "owner",
            "move_in_date": "2026-03-01",
            "vehicles": ["沪A12345"],
            "members": [
                {
                    "name": "张伟",
                    "relation": "self",
                    "id_type": "resident_id",
                    "id_number": ZHANG_WEI_ID,
                    "phone": "13812345678",
                }
            ],
        },
    },
    {
        "command": "sign_contract",
        "operator": "clerk1",
        "args": {
            "unit": "3-2-1502",
            "household_id": "$zw",
            "kind": "service",
            "start": "2026-06-01",
            "end": "2027-05-31",
            "monthly_fee": "268.50",
        },
    },
    {
        "command": "register_visitor",
        "id": "ly",
        "operator": "clerk1",
        "at": "2026-03-01T09:30:00+08:00",
        "args": {
            "host_unit": "3-2-1502",
            "name": "刘洋",
            "id_type": "resident_id",
            "id_number": resident_id(born="19900101"),
            "phone": "13900139000",
            "purpose": "探亲",
        },
    },
    {
        "command": "confirm_host",
        "operator": "clerk1",
        "args": {"pass_id": "$ly", "channel": "intercom"},
    },
    {"command": "issue_pass", "operator": "clerk1", "args": {"pass_id": "$ly", "valid_hours": 2}},
    {"command": "check_in", "operator": "clerk1", "args": {"pass_id": "$ly"}},
    {
        "command": "report_incident",
        "id": "gas",
        "operator": "clerk1",
        "at": "2026-03-01T10:00:00+08:00",
        "args": {
            "kind": "emergency",
            "category": "gas_leak",
            "severity": "emergency",
            "location": "5号楼1单元",
            "description": "闻到燃气味",
            "reporter": "张伟",
            "channel": "phone",
            "unit": "5-1-0301",
        },
    },
    {
        "command": "acknowledge",
        "operator": "clerk1",
        "args": {"incident_id": "$gas"},
        "at": "2026-03-01T10:05:00+08:00",
    },
    {
        "command": "update_contact",
        "operator": "clerk1",
        "args": {
            "household_id": "$zw",
            "name": "张伟",
            "phone": "13987654321",
            "reason": "住户换号",
        },
        "at": "2026-03-01T11:00:00+08:00",
    },
)


@pytest.fixture(scope="module")
def morning(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("morning")
    env = {
        **os.environ,
        "FRONTDESK_STORE": f"sqlite:///{folder / 'desk.sqlite'}",
        "FRONTDESK_PASSWORD": PASSWORD,
        "FRONTDESK_DESK": "front-1",
        "FRONTDESK_LANG": "en",
    }
    env.pop("FRONTDESK_OPERATOR", None)
    # Set up before that morning, as `frontdesk init --admin admin` would have done then.
    desk = FrontDesk(store_env(env["FRONTDESK_STORE"]), clock=SimulatedClock(SET_UP_AT))
    desk.initialise("admin", "admin", PASSWORD, community="阳光花园")
    desk.close()
    batch = folder / "morning.jsonl"
    batch.write_text(MORNING, encoding="utf-8")
    run(env, "apply", str(batch), "--operator", "admin")
    return env


def run(env: dict[str, str], *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    if ok:
        assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


def read_json(env: dict[str, str], *args: str, operator: str = "clerk1") -> list[dict]:
    out = run(env, *args, "--json", "--operator", operator).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_searching_by_part_of_a_phone_name_or_plate_finds_zhang_wei(morning) -> None:
    for text in ("7654", "张", "A123", "1502"):
        found = read_json(morning, "residents", "--search", text)
        assert [h["unit"] for h in found] == ["3-2-1502"], text
    assert read_json(morning, "residents", "--search", "13812345678") == []  # corrected away


def test_the_resident_file_masks_id_numbers_for_a_clerk(morning) -> None:
    [file] = read_json(morning, "resident-file", "3-2-1502")
    assert file["members"][0]["id_masked"] == ZHANG_WEI_ID[:3] + "*" * 11 + ZHANG_WEI_ID[-4:]
    assert ZHANG_WEI_ID not in json.dumps(file)
    assert [c["previous_phone"] for c in file["contact_changes"]] == ["13812345678"]
    assert [v["name"] for v in file["visitors"]] == ["刘洋"]
    assert file["contracts"][0]["notice_due"] == "2027-03-02"


def test_a_supervisor_may_reveal_an_id_number_and_it_is_recorded(morning) -> None:
    refused = run(
        morning,
        "resident-file",
        "3-2-1502",
        "--reveal-ids",
        "核对",
        "--operator",
        "clerk1",
        ok=False,
    )
    assert refused.returncode == 1 and "may not" in refused.stderr
    [file] = read_json(
        morning, "resident-file", "3-2-1502", "--reveal-ids", "核对产权", operator="supervisor1"
    )
    assert file["members"][0]["id_number"] == ZHANG_WEI_ID
    history = read_json(morning, "history", operator="auditor1")
    viewed = [e for e in history if e["type"] == "IdNumberViewed"]
    assert viewed[-1]["operator"] == "supervisor1" and viewed[-1]["data"]["reason"] == "核对产权"


def test_who_is_on_site_and_the_emergency_roll_call(morning) -> None:
    on_site = read_json(morning, "visitors", "--on-site")
    assert [(v["name"], v["host_unit"]) for v in on_site] == [("刘洋", "3-2-1502")]
    [gas] = read_json(morning, "emergency-log", operator="auditor1")
    assert gas["incident"]["ticket"] == "E260301-001"
    assert [step["step"] for step in gas["timeline"]] == ["Reported", "Acknowledged"]
    assert [v["name"] for v in gas["roll_call"]] == ["刘洋"]


def test_the_board_as_of_a_moment_shows_what_the_desk_knew_then(morning) -> None:
    assert read_json(morning, "incidents", "--open", "--as-of", "2026-03-01T09:59:00+08:00") == []
    [then] = read_json(morning, "incidents", "--open", "--as-of", "2026-03-01T10:02:00")
    assert then["state"] == "reported" and then["responded_at"] is None
    [now] = read_json(morning, "incidents", "--open")
    assert now["state"] == "acknowledged"
    before = read_json(
        morning, "residents", "--search", "13812345678", "--as-of", "2026-03-01T10:30"
    )
    assert [h["unit"] for h in before] == ["3-2-1502"]


def test_renewals_as_a_list_and_as_an_icalendar_feed(morning, tmp_path: Path) -> None:
    ics = tmp_path / "renewals.ics"
    [contract] = read_json(morning, "renewals", "--within", "365", "--ics", str(ics))
    assert contract["unit"] == "3-2-1502" and contract["end"] == "2027-05-31"
    calendar = Calendar.from_ical(ics.read_bytes())
    starts = sorted(str(e.get("dtstart").dt) for e in calendar.walk("VEVENT"))
    assert starts == ["2027-03-02", "2027-05-31"]


def test_readable_tables_and_a_rebuild(morning) -> None:
    table = run(morning, "incidents", "--operator", "clerk1").stdout
    assert "E260301-001" in table and "gas_leak" in table
    rebuilt = run(morning, "rebuild", "--operator", "admin").stdout
    assert "Rebuilt every read model from" in rebuilt
    assert [h["unit"] for h in read_json(morning, "residents")] == ["3-2-1502"]


def test_kpis_and_activities_answer(morning) -> None:
    kpis = read_json(morning, "kpis", "--month", "2026-03")
    assert {k["measure"] for k in kpis} >= {"first_response_minutes", "csat", "complaint_rate"}
    frt = next(k for k in kpis if k["measure"] == "first_response_minutes")
    assert frt["value"] == 5.0 and frt["verdict"] == "met"
    assert read_json(morning, "activities") == []


def test_a_bad_moment_or_unknown_unit_is_a_clear_message(morning) -> None:
    bad = run(morning, "incidents", "--as-of", "yesterday", "--operator", "clerk1", ok=False)
    assert bad.returncode == 1 and "yesterday" in bad.stderr
    missing = run(morning, "resident-file", "9-9-909", "--operator", "clerk1", ok=False)
    assert missing.returncode == 1 and "9-9-909" in missing.stderr
