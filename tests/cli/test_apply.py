"""`frontdesk apply` and `frontdesk history` through the real executable, as a migration runs."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from domain import FrontDesk, SimulatedClock
from domain.store import store_env
from tests.conftest import SHANGHAI
from tests.support import PASSWORD, resident_id, wrong_check_digit

pytestmark = pytest.mark.slow
PROJECT = Path(__file__).resolve().parents[2]

# `at` may never go back before the last recorded event nor run ahead of the clock, so the
# stores are set up as of 1 January last year and the batches replay last spring.
YEAR = date.today().year - 1
SET_UP_AT = datetime(YEAR, 1, 1, 9, 0, tzinfo=SHANGHAI)
MOVE_IN_MORNING = f"{YEAR}-03-01T09:30:00+08:00"
ZHANG_WEI_ID = resident_id()
WANG_FANG_ID = resident_id(born="19870315", sequence="002")


def zhang_wei(**more: str) -> dict[str, str]:
    return {
        "name": "张伟",
        "relation": "self",
        "id_type": "resident_id",
        "id_number": ZHANG_WEI_ID,
        "phone": "13812345678",
        **more,
    }


def line(command: str, args: dict[str, Any] | None = None, **more: Any) -> str:
    return json.dumps({"command": command, "args": args or {}, **more}, ensure_ascii=False)


STAFF_AND_UNITS = [
    line(
        "add_staff",
        {"username": "clerk1", "name": "李娜", "role": "clerk", "password": PASSWORD},
        at=f"{YEAR}-01-02T09:00:00+08:00",
    ),
    line(
        "add_staff",
        {"username": "manager1", "name": "赵磊", "role": "manager", "password": PASSWORD},
        at=f"{YEAR}-01-02T09:01:00+08:00",
    ),
    line(
        "register_unit",
        {"unit": "3-2-1502", "building": "3", "area_m2": "89.50"},
        at=f"{YEAR}-01-02T09:02:00+08:00",
    ),
    line(
        "register_unit",
        {"unit": "5-1-0101", "area_m2": "120", "kind": "commercial"},
        at=f"{YEAR}-01-02T09:03:00+08:00",
    ),
]
MOVE_ZHANG_WEI_IN = line(
    "move_in",
    {
        "unit": "3-2-1502",
        "members": [zhang_wei()],
        "ownership": "owner",
        "move_in_date": f"{YEAR}-03-01",
    },
    id="hh1",
)

LANTERN_EVENING = {
    "title": "元宵猜灯谜",
    "kind": "festival",
    "starts_at": f"{YEAR}-02-21T19:00:00+08:00",
    "ends_at": f"{YEAR}-02-21T21:00:00+08:00",
    "place": "会所多功能厅",
    "capacity": 30,
}


@dataclass
class Ran:
    code: int
    stdout: str
    stderr: str

    @property
    def outcomes(self) -> list[dict[str, Any]]:
        return [json.loads(text) for text in self.stdout.splitlines()]


class Frontdesk:
    """The `frontdesk` executable on a store of its own."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.env = {
            key: value for key, value in os.environ.items() if not key.startswith("FRONTDESK_")
        }
        self.env.update(
            FRONTDESK_STORE=f"sqlite:///{folder / 'desk.sqlite'}",
            FRONTDESK_PASSWORD=PASSWORD,
            FRONTDESK_LANG="en",
            FRONTDESK_DESK="前台-1",
            FRONTDESK_KEY_DIR=os.environ["FRONTDESK_KEY_DIR"],  # the tests' own, see conftest
            PYTHONIOENCODING="utf-8",
        )
        self.batches = 0
        self.events = 0

    def run(self, *args: str, password: str = PASSWORD) -> Ran:
        done = subprocess.run(
            [sys.executable, "-m", "desktop.cli", *args],
            env={**self.env, "FRONTDESK_PASSWORD": password},
            cwd=PROJECT,
            capture_output=True,
            encoding="utf-8",
            timeout=120,
        )
        return Ran(done.returncode, done.stdout, done.stderr)

    def apply(self, *lines: str, operator: str = "admin") -> Ran:
        self.batches += 1
        batch = self.folder / f"batch-{self.batches}.jsonl"
        batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return self.run("apply", str(batch), "--operator", operator)

    def set_up(self) -> None:
        """What `frontdesk init --admin admin` does, as of SET_UP_AT."""
        desk = FrontDesk(
            store_env(self.env["FRONTDESK_STORE"]),
            clock=SimulatedClock(SET_UP_AT),
            desk_name="前台-1",
        )
        desk.initialise("admin", "系统管理员", PASSWORD, community="阳光花园")
        desk.close()

    def history(self, operator: str = "admin") -> list[dict[str, Any]]:
        ran = self.run("history", "--json", "--operator", operator)
        assert ran.code == 0, ran.stderr
        return ran.outcomes

    def count(self) -> int:
        return len(self.history())


def assert_clean(ran: Ran) -> None:
    assert "Traceback" not in ran.stderr
    assert "Traceback" not in ran.stdout


@pytest.fixture
def frontdesk(tmp_path: Path) -> Frontdesk:
    """A store just initialised with its admin."""
    desk = Frontdesk(tmp_path)
    desk.set_up()
    return desk


@pytest.fixture(scope="module")
def staffed_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """Made once: a store with 李娜 at the desk, 赵磊 as building manager, 3-2-1502, a shop."""
    desk = Frontdesk(tmp_path_factory.mktemp("staffed"))
    desk.set_up()
    ran = desk.apply(*STAFF_AND_UNITS)
    assert ran.code == 0, ran.stdout + ran.stderr
    return desk.folder, desk.count()


@pytest.fixture
def staffed(staffed_store: tuple[Path, int], tmp_path: Path) -> Frontdesk:
    """A copy of that store for one test; `events` is how many it starts with."""
    folder, events = staffed_store
    for stored in folder.glob("desk.sqlite*"):
        shutil.copy(stored, tmp_path / stored.name)
    desk = Frontdesk(tmp_path)
    desk.events = events
    return desk


# --- a migration that works ------------------------------------------------------------------


def test_a_migration_moves_zhang_wei_in_and_refers_to_his_household_later(
    frontdesk: Frontdesk,
) -> None:
    ran = frontdesk.apply(
        *STAFF_AND_UNITS,
        MOVE_ZHANG_WEI_IN,
        line(
            "add_member",
            {
                "household_id": "$hh1",
                "member": zhang_wei(name="王芳", relation="spouse", id_number=WANG_FANG_ID),
            },
        ),
        line("register_vehicle", {"household_id": "$hh1", "plate": "沪A12345"}),
    )

    assert ran.code == 0, ran.stdout + ran.stderr
    assert ran.stderr == ""
    outcomes = ran.outcomes
    assert [o["line"] for o in outcomes] == [1, 2, 3, 4, 5, 6, 7]
    assert all(o["ok"] for o in outcomes)
    assert [o["command"] for o in outcomes][-3:] == ["move_in", "add_member", "register_vehicle"]
    household = outcomes[4]["result"]
    history = frontdesk.history()
    by_type = {row["type"]: row for row in history if row["aggregate"] == "Household"}
    assert by_type["MovedIn"]["aggregate_id"] == household
    assert by_type["MemberAdded"]["aggregate_id"] == household
    assert by_type["VehicleRegistered"]["data"] == {"plate": "沪A12345"}
    assert {row["desk"] for row in history} == {"前台-1"}
    assert {row["operator"] for row in history} == {"admin"}


def test_output_counts_the_lines_of_the_file_blank_ones_included(staffed: Frontdesk) -> None:
    ran = staffed.apply(
        "",
        MOVE_ZHANG_WEI_IN,
        "   ",
        "",
        line("register_vehicle", {"household_id": "$hh1", "plate": "沪A12345"}),
    )

    assert ran.code == 0, ran.stdout + ran.stderr
    assert [(o["line"], o["command"], o["ok"]) for o in ran.outcomes] == [
        (2, "move_in", True),
        (5, "register_vehicle", True),
    ]
    assert ran.outcomes[1]["result"] is None


def test_at_sets_the_recorded_time(staffed: Frontdesk) -> None:
    ran = staffed.apply(
        line("move_in", json.loads(MOVE_ZHANG_WEI_IN)["args"], at=MOVE_IN_MORNING),
    )

    assert ran.code == 0, ran.stdout + ran.stderr
    [moved_in] = [row for row in staffed.history() if row["type"] == "MovedIn"]
    assert datetime.fromisoformat(moved_in["time"]) == datetime.fromisoformat(MOVE_IN_MORNING)


def test_an_at_before_the_last_recorded_event_is_refused(staffed: Frontdesk) -> None:
    ran = staffed.apply(
        line("register_unit", {"unit": "3-2-1601", "area_m2": "89.50"}, at=MOVE_IN_MORNING),
        line(
            "register_unit",
            {"unit": "3-2-1501", "area_m2": "89.50"},
            at=f"{YEAR}-02-28T17:00:00+08:00",
        ),
    )

    assert ran.code != 0
    assert_clean(ran)
    assert ran.outcomes[-1]["line"] == 2
    assert ran.outcomes[-1]["ok"] is False
    assert "is before the last recorded event" in ran.outcomes[-1]["error"]
    units = [row["data"]["unit"] for row in staffed.history() if row["aggregate"] == "Unit"]
    assert "3-2-1601" in units
    assert "3-2-1501" not in units


def test_an_admin_records_legacy_lines_in_the_clerks_name(staffed: Frontdesk) -> None:
    ran = staffed.apply(line("move_in", json.loads(MOVE_ZHANG_WEI_IN)["args"], operator="clerk1"))

    assert ran.code == 0, ran.stdout + ran.stderr
    [moved_in] = [row for row in staffed.history() if row["type"] == "MovedIn"]
    assert moved_in["operator"] == "clerk1"
    assert moved_in["desk"] == "前台-1"


def test_a_clerk_cannot_record_in_someone_elses_name(staffed: Frontdesk) -> None:
    before = staffed.events
    ran = staffed.apply(
        line("move_in", json.loads(MOVE_ZHANG_WEI_IN)["args"], operator="manager1"),
        operator="clerk1",
    )

    assert ran.code != 0
    assert_clean(ran)
    [refused] = ran.outcomes
    assert refused["line"] == 1
    assert refused["ok"] is False
    assert "clerk" in refused["error"]
    assert staffed.count() == before


def test_a_clerks_own_lines_are_recorded_as_the_clerk(staffed: Frontdesk) -> None:
    ran = staffed.apply(MOVE_ZHANG_WEI_IN, operator="clerk1")

    assert ran.code == 0, ran.stdout + ran.stderr
    [moved_in] = [row for row in staffed.history() if row["type"] == "MovedIn"]
    assert moved_in["operator"] == "clerk1"


def test_a_reported_incident_tells_its_ticket_and_deadlines(staffed: Frontdesk) -> None:
    reported_at = f"{YEAR}-03-02T08:00:00+08:00"
    ran = staffed.apply(
        line(
            "report_incident",
            {
                "kind": "emergency",
                "category": "gas_leak",
                "severity": "emergency",
                "location": "5号楼1单元",
                "description": "楼道里煤气味很重",
                "reporter": "张伟",
                "channel": "phone",
            },
            at=reported_at,
            id="leak",
        ),
        line("acknowledge", {"incident_id": "$leak"}),
    )

    assert ran.code == 0, ran.stdout + ran.stderr
    reported, acknowledged = ran.outcomes
    assert reported["ok"] is True
    assert reported["command"] == "report_incident"
    [row] = [row for row in staffed.history() if row["type"] == "Acknowledged"]
    assert row["aggregate_id"] == reported["result"]
    assert reported["ticket"] == f"E{YEAR % 100:02d}0302-001"
    at = datetime.fromisoformat(reported_at)
    assert datetime.fromisoformat(reported["respond_by"]) == at + timedelta(minutes=30)
    assert datetime.fromisoformat(reported["resolve_by"]) == at + timedelta(hours=2)
    assert acknowledged["ok"] is True


# --- a migration that stops ------------------------------------------------------------------


def test_a_wrong_check_digit_stops_the_batch_and_keeps_what_came_before(
    staffed: Frontdesk,
) -> None:
    before = staffed.events
    bad = json.loads(MOVE_ZHANG_WEI_IN)["args"]
    bad["members"] = [zhang_wei(id_number=wrong_check_digit(ZHANG_WEI_ID))]
    ran = staffed.apply(
        line("register_unit", {"unit": "3-2-1601", "area_m2": "89.50"}),
        "",
        line("move_in", bad),
        line("register_unit", {"unit": "3-2-1501", "area_m2": "89.50"}),
    )

    assert ran.code != 0
    assert ran.stderr == ""
    first, failed = ran.outcomes
    assert first["ok"] is True
    assert failed == {"line": 3, "ok": False, "error": failed["error"]}
    assert "check digit" in failed["error"]
    assert staffed.count() == before + 1  # the unit on line 1; nothing from line 3 or 4


@pytest.mark.parametrize(
    ("text", "says"),
    [
        pytest.param(
            line("teleport", {"unit": "3-2-1502"}), "unknown command", id="unknown-command"
        ),
        pytest.param('{"command": "register_unit", "args": {', "not valid JSON", id="invalid-json"),
        pytest.param("[1, 2, 3]", "JSON object", id="not-an-object"),
        pytest.param(
            line("register_vehicle", {"household_id": "$hh9", "plate": "沪A12345"}),
            "$hh9",
            id="unknown-label",
        ),
        pytest.param(
            line("register_unit", {"unit": "3-2-1601", "area_m2": "89.50", "colour": "red"}),
            "colour",
            id="wrong-argument",
        ),
        pytest.param(line("register_unit", {"area_m2": "89.50"}), "unit", id="missing-argument"),
        pytest.param(
            json.dumps({"command": "register_unit", "args": ["3-2-1601"]}),
            "args",
            id="args-not-an-object",
        ),
        pytest.param(
            line("register_unit", {"unit": "3-2-1601", "area_m2": "1"}, at="next Monday"),
            "next Monday",
            id="bad-at",
        ),
        pytest.param(
            line("register_unit", {"unit": "3-2-1601", "area_m2": "1"}, operator="nobody"),
            "nobody",
            id="unknown-operator",
        ),
        pytest.param(
            line("plan_activity", LANTERN_EVENING).replace(
                '"capacity": 30', '"capacity": Infinity'
            ),
            "capacity",
            id="infinite-capacity",
        ),
        pytest.param(
            '{"command": "register_unit", "args": {"unit": "3-2-1601", "area_m2": '
            + "9" * 5000
            + "}}",
            "not valid JSON",
            id="endless-number",
        ),
        pytest.param(line("close"), "incident_id", id="close-without-ticket"),
        pytest.param(
            line(
                "register_unit", {"unit": "3-2-1601", "area_m2": "1"}, operator="OPERATOR"
            ).replace("OPERATOR", "\\ud800"),
            "",
            id="operator-a-lone-surrogate",
        ),
        pytest.param(
            line("move_in", {**json.loads(MOVE_ZHANG_WEI_IN)["args"], "vehicles": 5}),
            "vehicles",
            id="vehicles-not-a-list",
        ),
    ],
)
def test_a_line_that_cannot_run_gets_a_clean_error(
    staffed: Frontdesk, text: str, says: str
) -> None:
    before = staffed.events
    ran = staffed.apply(text, line("register_unit", {"unit": "3-2-1501", "area_m2": "89.50"}))

    assert ran.code != 0
    assert ran.stderr == ""
    [failed] = ran.outcomes
    assert failed["line"] == 1
    assert failed["ok"] is False
    assert says in failed["error"]
    assert staffed.count() == before


def test_a_lone_surrogate_in_a_name_is_refused_cleanly(staffed: Frontdesk) -> None:
    """JSON may carry "\\ud800"; no store can keep it, and it must not crash the output."""
    before = staffed.events
    text = MOVE_ZHANG_WEI_IN.replace('"张伟"', '"张\\ud800伟"')
    ran = staffed.apply(text)

    assert ran.code != 0
    assert_clean(ran)
    [failed] = ran.outcomes
    assert failed["ok"] is False
    assert staffed.count() == before


# --- history ---------------------------------------------------------------------------------


def test_history_lists_every_event_with_who_where_and_when(staffed: Frontdesk) -> None:
    staffed.apply(MOVE_ZHANG_WEI_IN, operator="clerk1")
    rows = staffed.history(operator="manager1")

    assert [row["position"] for row in rows] == list(range(1, len(rows) + 1))
    assert set(rows[0]) >= {
        "position",
        "time",
        "operator",
        "desk",
        "type",
        "aggregate",
        "aggregate_id",
        "data",
    }
    assert (rows[0]["aggregate"], rows[0]["type"], rows[0]["operator"]) == (
        "StoreSetup",
        "Initialised",
        "admin",
    )
    assert rows[-1]["operator"] == "clerk1"
    assert rows[-1]["aggregate"] == "Household"
    times = [datetime.fromisoformat(row["time"]) for row in rows]
    assert times == sorted(times)

    table = staffed.run("history", "--operator", "manager1")
    assert table.code == 0, table.stderr
    lines = table.stdout.splitlines()
    assert len(lines) == len(rows)
    assert "Household.MovedIn" in lines[-1]
    assert "clerk1" in lines[-1]
    assert "前台-1" in lines[-1]


def test_history_masks_id_numbers(staffed: Frontdesk) -> None:
    staffed.apply(
        MOVE_ZHANG_WEI_IN,
        line(
            "add_member",
            {
                "household_id": "$hh1",
                "member": zhang_wei(name="王芳", relation="spouse", id_number=WANG_FANG_ID),
            },
        ),
    )

    for operator in ("admin", "clerk1"):
        as_json = staffed.run("history", "--json", "--operator", operator)
        table = staffed.run("history", "--operator", operator)
        for ran in (as_json, table):
            assert ran.code == 0, ran.stderr
            assert ZHANG_WEI_ID not in ran.stdout
            assert WANG_FANG_ID not in ran.stdout
    [moved_in] = [row for row in staffed.history() if row["type"] == "MovedIn"]
    shown = moved_in["data"]["members"][0]["id_number"]
    assert shown == ZHANG_WEI_ID[:3] + "*" * 11 + ZHANG_WEI_ID[-4:]


# --- signing in ------------------------------------------------------------------------------


def test_a_wrong_password_is_refused_clearly(staffed: Frontdesk) -> None:
    ran = staffed.run("history", "--operator", "clerk1", password="not-the-password")

    assert ran.code != 0
    assert ran.stdout == ""
    assert_clean(ran)
    assert "frontdesk:" in ran.stderr
    assert "Wrong username or password" in ran.stderr


def test_an_unknown_operator_is_refused_like_a_wrong_password(staffed: Frontdesk) -> None:
    unknown = staffed.run("apply", "/dev/null", "--operator", "nobody")
    wrong = staffed.run("apply", "/dev/null", "--operator", "clerk1", password="not-the-password")

    assert unknown.code != 0
    assert_clean(unknown)
    assert unknown.stderr.strip()
    assert unknown.stderr == wrong.stderr  # whether the account exists is not given away


def test_an_operator_name_the_terminal_garbled_is_refused_cleanly(staffed: Frontdesk) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "history", "--operator", b"cl\xffrk1"],
        env=staffed.env,
        cwd=PROJECT,
        capture_output=True,
        timeout=120,
    )

    assert done.returncode != 0
    assert b"Traceback" not in done.stderr
    assert b"Wrong username or password" in done.stderr


def test_without_an_operator_the_batch_does_not_run(staffed: Frontdesk) -> None:
    batch = staffed.folder / "moves.jsonl"
    batch.write_text(MOVE_ZHANG_WEI_IN + "\n", encoding="utf-8")
    ran = staffed.run("apply", str(batch))

    assert ran.code != 0
    assert_clean(ran)
    assert ran.stderr.startswith("frontdesk:")


def test_a_store_never_initialised_says_so(tmp_path: Path) -> None:
    ran = Frontdesk(tmp_path).run("history", "--operator", "admin")

    assert ran.code != 0
    assert_clean(ran)
    assert "frontdesk init --admin" in ran.stderr


def test_a_missing_batch_file_is_reported(staffed: Frontdesk) -> None:
    ran = staffed.run("apply", str(staffed.folder / "nowhere.jsonl"), "--operator", "admin")

    assert ran.code != 0
    assert_clean(ran)
    assert "nowhere.jsonl" in ran.stderr


def test_the_installed_frontdesk_command_is_the_same_program(staffed: Frontdesk) -> None:
    installed = Path(sys.executable).with_name("frontdesk")
    if not installed.exists():
        pytest.skip("the frontdesk script is not installed in this environment")
    done = subprocess.run(
        [str(installed), "history", "--json", "--operator", "clerk1"],
        env=staffed.env,
        capture_output=True,
        encoding="utf-8",
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    assert [json.loads(text) for text in done.stdout.splitlines()] == staffed.history()


def test_init_says_where_the_key_for_personal_data_is(tmp_path: Path) -> None:
    ran = Frontdesk(tmp_path).run("init", "--admin", "admin")
    assert ran.code == 0, ran.stderr
    [path] = re.findall(r"key for personal data is at (\S+\.key):", ran.stdout)
    assert Path(path).exists() and oct(Path(path).stat().st_mode)[-3:] == "600"
