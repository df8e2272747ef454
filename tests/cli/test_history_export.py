"""An auditor's day through the real `frontdesk` executable: two days at 阳光花园 read back
through filters and timelines, exported to a folder, the copy checked, the log verified."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from domain import FrontDesk, SimulatedClock
from domain.store import store_env
from domain.values import mask_id
from projections.catalogue import open_read_models
from projections.export_dictionary import DICTIONARY
from tests.support import PASSWORD, resident_id

pytestmark = pytest.mark.slow
PROJECT = Path(__file__).resolve().parents[2]
SHANGHAI = ZoneInfo("Asia/Shanghai")
# `at` may never go back before the last recorded event nor run ahead of the clock: the
# store is set up on 1 January last year and the batches replay two days of last April.
YEAR = date.today().year - 1
SET_UP_AT = datetime(YEAR, 1, 1, 9, 0, tzinfo=SHANGHAI)
ZHANG_WEI_ID = resident_id()
WANG_FANG_ID = resident_id(born="19870315", sequence="002")
LIU_YANG_ID = resident_id(born="19900101", sequence="318")
needs_verify = pytest.mark.skipif(
    not hasattr(FrontDesk, "verify"), reason="FrontDesk.verify (the integrity check) has not landed"
)


def at(moment: str) -> str:
    return f"{YEAR}-{moment}+08:00"


def person(name: str, relation: str, id_number: str, phone: str = "13812345678") -> dict:
    return {
        "name": name,
        "relation": relation,
        "id_type": "resident_id",
        "id_number": id_number,
        "phone": phone,
    }


def batch(*commands: dict[str, Any]) -> str:
    """A line without its own `at` is recorded at the moment of the line before it (or of
    the first line that has one): the past is replayed in order."""
    at = next(c["at"] for c in commands if "at" in c)
    stamped = []
    for c in commands:
        at = c.get("at", at)
        stamped.append({**c, "at": at})
    return "\n".join(json.dumps(c, ensure_ascii=False) for c in stamped) + "\n"


# Two days at the front desk; the local day and the UTC day differ around midnight.
FRONT_DESK = batch(
    *(
        {
            "command": "add_staff",
            "args": {"username": u, "name": n, "role": r, "password": PASSWORD},
        }
        for u, n, r in (("clerk1", "李娜", "clerk"), ("auditor1", "陈静", "auditor"))
    ),
    {
        "command": "register_unit",
        "args": {"unit": "3-2-1502", "building": "3", "area_m2": "89.5"},
        "at": at("04-01T09:00:00"),
    },
    {"command": "register_unit", "args": {"unit": "3-2-1501", "building": "3", "area_m2": "89.5"}},
    {
        "command": "move_in",
        "id": "zw",
        "operator": "clerk1",
        "at": at("04-01T10:00:00"),
        "args": {
            "unit": "3-2-1502",
            "ownership": "owner",
            "move_in_date": f"{YEAR}-04-01",
            "members": [
                person("张伟", "self", ZHANG_WEI_ID),
                person("王芳", "spouse", WANG_FANG_ID, "13987654321"),
            ],
        },
    },
    {
        "command": "move_in",
        "id": "lm",
        "operator": "clerk1",
        "args": {
            "unit": "3-2-1501",
            "ownership": "tenant",
            "move_in_date": f"{YEAR}-04-01",
            "members": [person("李明", "self", resident_id(sequence="451"), "13700001111")],
        },
    },
    {
        "command": "sign_contract",
        "operator": "clerk1",
        "args": {
            "unit": "3-2-1502",
            "household_id": "$zw",
            "kind": "service",
            "start": f"{YEAR}-04-01",
            "end": f"{YEAR + 1}-03-31",
            "monthly_fee": "268.50",
        },
    },
    {
        "command": "register_visitor",
        "id": "ly",
        "operator": "clerk1",
        "at": at("04-01T23:30:00"),
        "args": {
            "host_unit": "3-2-1502",
            "name": "刘洋",
            "id_type": "resident_id",
            "id_number": LIU_YANG_ID,
            "phone": "13900139000",
            "purpose": "探亲",
        },
    },
    {
        "command": "add_member",
        "operator": "clerk1",
        "at": at("04-02T00:10:00"),
        "args": {
            "household_id": "$zw",
            "member": person("张小明", "child", resident_id(born="20150101", sequence="021")),
        },
    },
    {
        "command": "report_incident",
        "operator": "clerk1",
        "at": at("04-02T12:00:00"),
        "args": {
            "kind": "repair",
            "category": "plumbing",
            "severity": "general",
            "location": "3-2-1502 厨房",
            "description": "水管漏水",
            "reporter": "张伟",
            "unit": "3-2-1502",
        },
    },
    {
        "command": "remove_member",
        "operator": "clerk1",
        "at": at("04-02T23:50:00"),
        "args": {"household_id": "$zw", "name": "王芳", "reason": "搬去外地工作"},
    },
    {
        "command": "register_visitor",
        "operator": "clerk1",
        "at": at("04-03T00:05:00"),
        "args": {
            "host_unit": "3-2-1501",
            "name": "韩梅梅",
            "id_type": "passport",
            "id_number": "E12345678",
            "phone": "13600136000",
            "purpose": "送货",
        },
    },
)
NORTH_GATE = batch(
    {
        "command": "report_incident",
        "at": at("04-03T08:00:00"),
        "args": {
            "kind": "repair",
            "category": "lighting",
            "severity": "minor",
            "location": "5号楼大堂",
            "description": "灯不亮",
            "reporter": "保安",
        },
    }
)


class Frontdesk:
    """The executable, run against one store."""

    def __init__(self, url: str, folder: Path) -> None:
        self.url = url
        self.folder = folder
        self.env = {
            **os.environ,
            "FRONTDESK_STORE": url,
            "FRONTDESK_PASSWORD": PASSWORD,
            "FRONTDESK_DESK": "front-1",
            "FRONTDESK_LANG": "en",
        }
        self.env.pop("FRONTDESK_OPERATOR", None)
        self.ids: dict[str, str] = {}

    def run(
        self, *args: str, ok: bool = True, desk: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        env = {**self.env, "FRONTDESK_DESK": desk} if desk else self.env
        result = subprocess.run(
            [sys.executable, "-m", "desktop.cli", *args],
            env=env,
            capture_output=True,
            encoding="utf-8",
            timeout=120,
            cwd=PROJECT,
        )
        if ok:
            assert result.returncode == 0, result.stdout + result.stderr
        assert "Traceback" not in result.stderr
        return result

    def apply(self, text: str, name: str, desk: str | None = None) -> None:
        path = self.folder / name
        path.write_text(text, encoding="utf-8")
        ran = self.run("apply", str(path), "--operator", "admin", desk=desk)
        for outcome in map(json.loads, ran.stdout.splitlines()):
            if isinstance(outcome.get("result"), str):
                self.ids[str(outcome["line"])] = outcome["result"]

    def json(self, *args: str, operator: str = "auditor1") -> list[dict]:
        out = self.run(*args, "--json", "--operator", operator).stdout
        return [json.loads(text) for text in out.splitlines() if text.strip()]

    def history(self, *filters: str) -> list[dict]:
        return self.json("history", *filters)


def two_days(url: str, folder: Path) -> Frontdesk:
    frontdesk = Frontdesk(url, folder)
    # What `frontdesk init --admin admin` did then.
    desk = FrontDesk(store_env(url), clock=SimulatedClock(SET_UP_AT), desk_name="front-1")
    desk.initialise("admin", "admin", PASSWORD, community="阳光花园")
    desk.close()
    frontdesk.apply(FRONT_DESK, "front-desk.jsonl")
    frontdesk.apply(NORTH_GATE, "north-gate.jsonl", desk="north-gate")
    return frontdesk


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Frontdesk:
    folder = tmp_path_factory.mktemp("two-days")
    return two_days(f"sqlite:///{folder / 'desk.sqlite'}", folder)


def household(store: Frontdesk) -> str:
    return store.ids["5"]  # the fifth line of the batch moved 张伟 in


def local_day(row: dict) -> date:
    return datetime.fromisoformat(row["time"]).astimezone(SHANGHAI).date()


def full_type(row: dict) -> str:
    return f"{row['aggregate']}.{row['type']}"


# --- history -----------------------------------------------------------------------------------


def test_history_by_staff_member_and_by_desk(store: Frontdesk) -> None:
    by_clerk = store.history("--by", "clerk1")
    assert by_clerk and {r["operator"] for r in by_clerk} == {"clerk1"}
    assert "Household.MovedIn" in {full_type(r) for r in by_clerk}
    at_gate = store.history("--desk", "north-gate")
    assert {r["desk"] for r in at_gate} == {"north-gate"}
    assert "Incident.Reported" in {full_type(r) for r in at_gate}
    assert "north-gate" not in {r["desk"] for r in store.history("--desk", "front-1")}


def test_history_by_type_in_either_spelling(store: Frontdesk) -> None:
    moved_in = store.history("--type", "MovedIn")
    assert [r["data"]["unit"] for r in moved_in] == ["3-2-1502", "3-2-1501"]
    assert store.history("--type", "Household.MovedIn") == moved_in
    assert {r["aggregate"] for r in store.history("--type", "Registered")} == {
        "Unit",
        "VisitorPass",
    }


def test_a_date_alone_is_that_whole_day_in_shanghai(store: Frontdesk) -> None:
    day = store.history("--since", f"{YEAR}-04-02", "--until", f"{YEAR}-04-02")
    assert {local_day(r) for r in day} == {date(YEAR, 4, 2)}
    types = [full_type(r) for r in day]
    assert types[0] == "Household.MemberAdded" and types[-1] == "Household.MemberRemoved"
    assert "Incident.Reported" in types
    assert "VisitorPass.Registered" not in types  # 23:30 the day before, 00:05 the day after
    evening = store.history("--since", f"{YEAR}-04-01T23:00", "--until", f"{YEAR}-04-02T01:00")
    assert [full_type(r) for r in evening] == ["VisitorPass.Registered", "Household.MemberAdded"]
    bad = store.run("history", "--since", "yesterday", "--operator", "auditor1", ok=False)
    assert bad.returncode == 1 and "yesterday" in bad.stderr


def test_history_of_one_record_and_of_one_unit(store: Frontdesk) -> None:
    zhang_wei = household(store)
    own = store.history("--aggregate", zhang_wei)
    assert [r["type"] for r in own] == ["MovedIn", "MemberAdded", "MemberRemoved"]
    everything = store.history()
    assert own == [r for r in everything if r["aggregate_id"] == zhang_wei]
    flat = store.history("--unit", "3-2-1502")
    kinds = {full_type(r) for r in flat}
    assert {
        "Unit.Registered",
        "Household.MovedIn",
        "Contract.Signed",
        "VisitorPass.Registered",
        "Incident.Reported",
        "Household.MemberRemoved",
    } <= kinds
    names = json.dumps([r["data"] for r in flat], ensure_ascii=False)
    assert "刘洋" in names and "韩梅梅" not in names and "李明" not in names
    combined = store.history("--unit", "3-2-1502", "--type", "Registered", "--by", "clerk1")
    assert [(full_type(r), r["data"]["name"]) for r in combined] == [
        ("VisitorPass.Registered", "刘洋")
    ]


def test_history_masks_id_numbers_and_carries_digests(store: Frontdesk) -> None:
    everything = store.history()
    text = json.dumps(everything, ensure_ascii=False)
    for number in (ZHANG_WEI_ID, WANG_FANG_ID, LIU_YANG_ID):
        assert number not in text
    assert mask_id(LIU_YANG_ID) in text
    assert all("digest" in r for r in everything)
    readable = store.run("history", "--unit", "3-2-1502", "--operator", "clerk1").stdout
    assert "Household.MovedIn" in readable and WANG_FANG_ID not in readable


# --- timeline ----------------------------------------------------------------------------------


def test_a_timeline_shows_the_household_after_each_step(store: Frontdesk) -> None:
    steps = store.json("timeline", household(store))
    assert [s["type"] for s in steps] == ["MovedIn", "MemberAdded", "MemberRemoved"]
    assert [[m["name"] for m in s["state"]["members"]] for s in steps] == [
        ["张伟", "王芳"],
        ["张伟", "王芳", "张小明"],
        ["张伟", "张小明"],
    ]
    assert WANG_FANG_ID not in json.dumps(steps, ensure_ascii=False)
    readable = store.run("timeline", household(store), "--operator", "clerk1").stdout
    assert "Household.MemberRemoved" in readable and "members = " in readable
    unit = store.json("timeline", "3-2-1502")
    assert unit[0]["type"] == "Registered" and unit[-1]["state"]["household_id"] == household(store)
    unknown = store.run("timeline", "9-9-909", "--operator", "clerk1", ok=False)
    assert unknown.returncode == 1 and "no unit 9-9-909" in unknown.stderr


# --- export ------------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_model_counts(url: str) -> dict[str, int]:
    desk = FrontDesk(store_env(url))
    desk.sign_in("auditor1", PASSWORD)
    try:
        models = open_read_models(desk)
        with models.reading() as db:
            return {t: int(db.value(f"SELECT COUNT(*) AS n FROM {t}")) for t in models.tables}
    finally:
        desk.close()


def exported(frontdesk: Frontdesk, out: Path) -> dict[str, Any]:
    """Exports as 陈静 the auditor and checks the copy against the store."""
    before = frontdesk.history()
    said = frontdesk.run("export", "--out", str(out), "--operator", "auditor1").stdout
    assert f"Exported {len(before)} events" in said
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    names = {f["name"] for f in manifest["files"]}
    counts = read_model_counts(frontdesk.url)
    assert names == {
        "stored_events.jsonl",
        "chain.jsonl",
        "events.jsonl",
        "data_dictionary.csv",
        "frontdesk.xlsx",
    } | {f"{sheet}.csv" for sheet in DICTIONARY}
    assert {p.name for p in out.iterdir()} == names | {"manifest.json"}
    for entry in manifest["files"]:
        path = out / entry["name"]
        assert (entry["bytes"], entry["sha256"]) == (path.stat().st_size, sha256(path))
    # Every event exactly once, in the log's order, as history showed it.
    lines = [json.loads(t) for t in (out / "events.jsonl").read_text("utf-8").splitlines()]
    assert [e["position"] for e in lines] == [r["position"] for r in before]
    # The event types spelt as `history --json` spells them: the record, then the event.
    assert [(e["aggregate"], e["type"]) for e in lines] == [
        (r["aggregate"], r["type"]) for r in before
    ]
    assert [e["digest"] for e in lines] == [r["digest"] for r in before]
    assert [e["data"] for e in lines] == [r["data"] for r in before]
    assert all(e["time"].endswith("+00:00") for e in lines)
    assert manifest["event_count"] == len(lines)
    assert manifest["head_position"] == lines[-1]["position"]
    assert manifest["operator"] == "auditor1" and manifest["desk"] == "front-1"
    assert PASSWORD not in json.dumps(manifest) and "password_hash" not in json.dumps(lines)
    # One CSV per list the desk shows, header first, a row per record of the read model.
    listed = {
        "households": "households",
        "visitors": "visitor_passes",
        "incidents": "incidents",
        "contracts": "contracts",
        "activities": "activities",
    }
    for sheet in DICTIONARY:
        raw = (out / f"{sheet}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # so that Excel reads the Chinese as UTF-8
        with (out / f"{sheet}.csv").open(encoding="utf-8-sig", newline="") as data:
            table_rows = list(csv.reader(data))
        rows = next(f for f in manifest["files"] if f["name"] == f"{sheet}.csv")["rows"]
        assert len(table_rows) - 1 == rows, sheet
        if sheet in listed:
            assert rows == counts[listed[sheet]], sheet
    text = (out / "events.jsonl").read_text("utf-8") + "".join(
        p.read_text("utf-8-sig") for p in out.glob("*.csv")
    )
    for number in (ZHANG_WEI_ID, WANG_FANG_ID, LIU_YANG_ID):
        assert number not in text
    assert mask_id(LIU_YANG_ID) in text
    assert "刘洋" in text
    # The export itself is on the record, right after the exported head.
    recorded = frontdesk.history("--type", "HistoryExported")
    assert recorded[-1]["operator"] == "auditor1"
    assert recorded[-1]["data"]["head_position"] == manifest["head_position"]
    assert recorded[-1]["data"]["event_count"] == manifest["event_count"]
    assert recorded[-1]["data"]["head_digest"] == manifest["head_digest"]
    assert recorded[-1]["position"] > manifest["head_position"]
    return manifest


@pytest.mark.stores("sqlite", "postgres")
def test_an_auditor_exports_on_either_store(store_url: str, tmp_path: Path) -> None:
    frontdesk = two_days(store_url, tmp_path)
    exported(frontdesk, tmp_path / "audit")
    checked = frontdesk.run("export", "--check", str(tmp_path / "audit"))
    assert "match the manifest" in checked.stdout


def test_the_check_finds_an_edited_file(store: Frontdesk, tmp_path: Path) -> None:
    out = tmp_path / "audit"
    manifest = exported(store, out)
    assert store.run("export", "--check", str(out)).returncode == 0
    events = out / "events.jsonl"
    events.write_text(
        events.read_text("utf-8").replace("探亲", "推销"), encoding="utf-8", newline="\n"
    )
    edited = store.run("export", "--check", str(out), ok=False)
    assert edited.returncode == 1 and "events.jsonl has been changed" in edited.stdout
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    (copy / "events.jsonl").unlink()
    (copy / "notes.txt").write_text("审计备注", encoding="utf-8")
    broken = store.run("export", "--check", str(copy), ok=False).stdout
    assert "events.jsonl is missing" in broken and "notes.txt is not part of the export" in broken
    assert [f["name"] for f in manifest["files"][:3]] == [
        "stored_events.jsonl",
        "chain.jsonl",
        "events.jsonl",
    ]


def test_a_clerk_may_not_export_and_nothing_is_written(store: Frontdesk, tmp_path: Path) -> None:
    before = len(store.history())
    out = tmp_path / "not-allowed"
    refused = store.run("export", "--out", str(out), "--operator", "clerk1", ok=False)
    assert refused.returncode == 1 and "A clerk may not export the history" in refused.stderr
    assert not out.exists()
    assert len(store.history()) == before


def test_an_export_never_writes_into_a_folder_with_files(store: Frontdesk, tmp_path: Path) -> None:
    (tmp_path / "old.csv").write_text("a,b\n", encoding="utf-8")
    refused = store.run("export", "--out", str(tmp_path), "--operator", "auditor1", ok=False)
    assert refused.returncode == 1 and "is not empty" in refused.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["old.csv"]


# --- verify ------------------------------------------------------------------------------------


@needs_verify
def test_verify_reports_the_head_of_an_untouched_log(store: Frontdesk) -> None:
    [report] = store.json("verify", operator="clerk1")
    everything = store.history()
    assert report["ok"] is True and report["problem"] is None
    assert report["head_position"] == everything[-1]["position"]
    assert report["head_digest"] == everything[-1]["digest"]
    said = store.run("verify", "--operator", "clerk1").stdout
    assert str(report["head_position"]) in said and report["head_digest"] in said


@needs_verify
def test_verify_names_the_first_edited_event(store: Frontdesk, tmp_path: Path) -> None:
    for stored in store.folder.glob("desk.sqlite*"):
        shutil.copy(stored, tmp_path / stored.name)
    copy = Frontdesk(f"sqlite:///{tmp_path / 'desk.sqlite'}", tmp_path)
    [visit] = [
        r for r in copy.history("--type", "VisitorPass.Registered") if r["data"]["name"] == "刘洋"
    ]
    with sqlite3.connect(tmp_path / "desk.sqlite") as db:
        # What a forger has to do first: the tables refuse changes by themselves.
        triggers = db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for (name,) in triggers:
            db.execute(f"DROP TRIGGER {name}")
        db.execute(
            "UPDATE stored_events SET state = CAST(state || X'20' AS BLOB) WHERE rowid = ?",
            (visit["position"],),
        )
    ran = copy.run("verify", "--operator", "auditor1", ok=False)
    assert ran.returncode == 1 and str(visit["position"]) in ran.stdout
    refused = copy.run("verify", "--json", "--operator", "auditor1", ok=False)
    [report] = [json.loads(text) for text in refused.stdout.splitlines()]
    assert report["ok"] is False and report["problem"] == "edited"
    assert report["position"] == visit["position"]
    assert report["aggregate_id"] == visit["aggregate_id"]
