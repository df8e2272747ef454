"""What the desk keeps and hands over, on the command line: a Monday at 阳光花园 recorded by
batch (parcels received with their pickup codes, one collected by its code, a wheelchair
lent, an instruction left, a courier's quick pass, the shift handed over), then read back
with `parcels`, `items`, `instructions` and `handovers`, live and `--as-of` moments."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from domain import SimulatedClock
from tests.cli.command_line import Cli, set_up_community, use_a_copy
from tests.conftest import SHANGHAI
from tests.support import PASSWORD, member

SET_UP_AT = datetime(2026, 2, 26, 9, 0, tzinfo=SHANGHAI)
MONDAY = "2026-03-02"


def at(hh_mm: str, day: str = MONDAY) -> str:
    return f"{day}T{hh_mm}:00+08:00"


def line(
    command: str, when: str | None = None, ref: str = "", operator: str = "clerk1", **args: Any
) -> str:
    data: dict[str, Any] = {"command": command, "args": args, "operator": operator}
    if when:
        data["at"] = when
    if ref:
        data["id"] = ref
    return json.dumps(data, ensure_ascii=False)


def the_day() -> list[str]:
    """Three parcels (one since Thursday), a wheelchair lent, an instruction, a courier."""
    return [
        line(
            "receive_parcel",
            at("16:00", "2026-02-26"),
            "old",
            unit="3-2-1601",
            carrier="中通快递",
            waybill="ZT 7788 0001",
            shelf="C-01",
        ),
        line(
            "receive_parcel",
            at("09:10"),
            "p1",
            unit="3-2-1502",
            carrier="顺丰速运",
            waybill="SF1234567890",
            shelf="B-03",
            recipient="张伟",
        ),
        line(
            "receive_parcel",
            at("09:12"),
            "p2",
            unit="3-2-1502",
            carrier="京东物流",
            waybill="JD0099887766",
            shelf="B-03",
        ),
        line("add_item", at("09:20"), "chair", name="轮椅 1 号", kind="wheelchair"),
        line(
            "lend_item",
            at("09:30"),
            item="$chair",
            unit="3-2-1601",
            person="王芳",
            due=at("12:00"),
        ),
        line(
            "set_instruction",
            at("09:40"),
            "away",
            unit="3-2-1601",
            kind="away",
            note="出差，快递请代收",
            until="2026-03-10",
        ),
        line(
            "register_delivery",
            at("09:50"),
            host_unit="3-2-1502",
            company="美团外卖",
            phone="5678",
        ),
    ]


@pytest.fixture(scope="module")
def set_up_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Staff and two households: 张伟 at 3-2-1502, 王芳 at 3-2-1601."""
    folder = tmp_path_factory.mktemp("keeping")
    desk = set_up_community(folder, SimulatedClock(SET_UP_AT))
    desk.add_staff("clerk2", "赵敏", "clerk", PASSWORD)
    desk.add_staff("auditor1", "陈静", "auditor", PASSWORD)
    desk.move_in("3-2-1502", [member("张伟")], "owner", "2025-01-01")
    desk.move_in("3-2-1601", [member("王芳", phone="13987654321")], "tenant", "2025-01-01")
    desk.close()
    return folder


@pytest.fixture
def cli(
    set_up_store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Cli]:
    monkeypatch.setenv("FRONTDESK_LANG", "en")
    use_a_copy(set_up_store, tmp_path, monkeypatch)
    yield Cli(tmp_path, capsys)


@pytest.fixture
def day(cli: Cli) -> tuple[Cli, list[dict[str, Any]]]:
    code, outcomes, err = cli.apply(*the_day())
    assert code == 0, outcomes[-1:] or err
    return cli, outcomes


def read_json(cli: Cli, *argv: str, operator: str = "clerk1") -> list[dict[str, Any]]:
    code, out, err = cli.run(*argv, "--json", "--operator", operator)
    assert code == 0, err
    return [json.loads(text) for text in out.splitlines()]


# --- the batch tells the codes ------------------------------------------------------------


def test_a_batch_tells_each_parcels_pickup_code_and_the_couriers_pass(
    day: tuple[Cli, list[dict[str, Any]]],
) -> None:
    _, outcomes = day
    parcels = [o for o in outcomes if o["command"] == "receive_parcel"]
    assert len(parcels) == 3
    codes = [o["pickup_code"] for o in parcels]
    assert all(len(code) == 6 and code.isdigit() for code in codes)
    assert len(set(codes)) == 3
    [courier] = [o for o in outcomes if o["command"] == "register_delivery"]
    assert len(courier["code"]) == 8
    # Issued for the default half hour from 09:50.
    until = datetime.fromisoformat(courier["valid_until"]).astimezone(SHANGHAI)
    assert until.strftime("%Y-%m-%d %H:%M") == "2026-03-02 10:20"


def test_a_parcel_is_collected_by_its_code_and_a_wrong_code_is_refused(
    day: tuple[Cli, list[dict[str, Any]]],
) -> None:
    cli, outcomes = day
    codes = {o["result"]: o["pickup_code"] for o in outcomes if o["command"] == "receive_parcel"}
    first = next(o for o in outcomes if o["command"] == "receive_parcel" and o["line"] == 2)
    code = first["pickup_code"]
    wrong = next(str(n).zfill(6) for n in range(1000000) if str(n).zfill(6) not in codes.values())

    refused, results, err = cli.apply(
        line("pick_up_parcel", at("11:00"), parcel=wrong, picked_up_by="张伟")
    )
    assert refused != 0 and "Traceback" not in err
    [result] = results
    assert result["ok"] is False and wrong in result["error"]

    ok, results, err = cli.apply(
        line("pick_up_parcel", at("11:00"), parcel=f"FDPARCEL:{code}", picked_up_by="张伟")
    )
    assert ok == 0, results or err
    # Twice is refused: it has gone.
    again, results, _ = cli.apply(
        line("pick_up_parcel", at("11:05"), parcel=code, picked_up_by="张伟")
    )
    assert again != 0 and results[-1]["ok"] is False

    waiting = read_json(cli, "parcels", "--waiting")
    assert [p["unit"] for p in waiting] == ["3-2-1601", "3-2-1502"]
    everything = read_json(cli, "parcels")
    assert [p["state"] for p in everything] == ["waiting", "waiting", "picked_up"]
    collected = everything[-1]
    assert (collected["pickup_code"], collected["proof"]) == (code, "code")

    # As the desk stood at 10:30, before it was collected, it was still waiting.
    before = read_json(cli, "parcels", "--waiting", "--as-of", at("10:30"))
    assert code in [p["pickup_code"] for p in before]
    assert len(before) == 3


def test_waiting_parcels_of_one_flat_with_the_overdue_one_marked(
    day: tuple[Cli, list[dict[str, Any]]],
) -> None:
    cli, _ = day
    mine = read_json(cli, "parcels", "--waiting", "--unit", "3-2-1502", "--as-of", at("12:00"))
    assert [p["shelf"] for p in mine] == ["B-03", "B-03"]
    assert not any(p["overdue"] for p in mine)
    assert mine[0]["waited_hours"] == pytest.approx(2.8, abs=0.05)
    # The recipient's name is kept sealed, and masked for a clerk.
    assert mine[0]["recipient"] == "张*"

    [old] = read_json(cli, "parcels", "--waiting", "--unit", "3-2-1601", "--as-of", at("12:00"))
    assert old["overdue"] is True  # since Thursday 16:00: more than three days
    code, out, _ = cli.run("parcels", "--waiting", "--as-of", at("12:00"), "--operator", "clerk1")
    assert code == 0
    assert "3 parcels waiting, 1 of them longer than 3 days" in out
    [old_line] = [text for text in out.splitlines() if "3-2-1601" in text]
    assert "overdue" in old_line and "3 d 20 h" in old_line
    assert read_json(cli, "parcels", "--waiting", "--as-of", at("12:00", "2026-02-25")) == []


def test_items_out_with_whom_masked_for_a_clerk_and_overdue(
    day: tuple[Cli, list[dict[str, Any]]],
) -> None:
    cli, _ = day
    [chair] = read_json(cli, "items", "--out", "--as-of", at("11:00"))
    assert (chair["name"], chair["lent_to_unit"], chair["person"]) == (
        "轮椅 1 号",
        "3-2-1601",
        "王*",
    )
    assert chair["overdue"] is False
    [late] = read_json(cli, "items", "--out", "--as-of", at("13:00"))
    assert late["overdue"] is True
    [seen] = read_json(cli, "items", "--as-of", at("13:00"), operator="auditor1")
    assert seen["person"] == "王芳"
    assert read_json(cli, "items", "--out", "--as-of", at("09:25")) == []
    code, out, _ = cli.run("items", "--as-of", at("13:00"), "--operator", "clerk1")
    assert code == 0 and "Wheelchair" in out and "overdue" in out and "王*" in out


def test_a_flats_instructions_in_force_and_ended(day: tuple[Cli, list[dict[str, Any]]]) -> None:
    cli, outcomes = day
    [away] = read_json(cli, "instructions", "3-2-1601", "--as-of", at("12:00"))
    assert (away["kind"], away["until"], away["standing"]) == ("away", "2026-03-10", "in_force")
    assert away["note"] == "出差，快递请代收"
    # Past its day it is no longer in force, and --all says it expired.
    assert read_json(cli, "instructions", "3-2-1601", "--as-of", "2026-03-11") == []
    [expired] = read_json(cli, "instructions", "3-2-1601", "--all", "--as-of", "2026-03-11")
    assert expired["standing"] == "expired"

    instruction_id = next(o["result"] for o in outcomes if o["command"] == "set_instruction")
    code, _, err = cli.apply(line("end_instruction", at("15:00"), instruction_id=instruction_id))
    assert code == 0, err
    assert read_json(cli, "instructions", "3-2-1601", "--as-of", at("16:00")) == []
    [ended] = read_json(cli, "instructions", "3-2-1601", "--all", "--as-of", at("16:00"))
    assert ended["standing"] == "ended"
    code, out, _ = cli.run("instructions", "3-2-1601", "--all", "--operator", "clerk1")
    assert code == 0 and "Away" in out and "ended" in out
    code, out, _ = cli.run("instructions", "3-2-1502", "--operator", "clerk1")
    assert code == 0 and "3-2-1502 has no standing instructions in force" in out
    code, _, err = cli.run("instructions", "9-9-9999", "--operator", "clerk1")
    assert code == 1 and "There is no unit 9-9-9999" in err


def test_a_shift_handed_over_in_a_batch_lists_its_open_matters(
    day: tuple[Cli, list[dict[str, Any]]],
) -> None:
    cli, _ = day
    code, results, err = cli.apply(
        line("hand_over_shift", at("17:30"), "h", notes="轮椅明早归还，请留意 13812345678 的来电"),
        line("acknowledge_handover", at("17:40"), operator="clerk2", handover_id="$h", item=0),
        line("acknowledge_handover", at("17:41"), operator="clerk2", handover_id="$h"),
    )
    assert code == 0, results[-1:] or err
    handover_id = results[0]["result"]

    [handover] = read_json(cli, "handovers")
    assert handover["handover_id"] == handover_id
    assert (handover["handed_over_by"], handover["acknowledged_by"]) == ("clerk1", "clerk2")
    kinds = [item["kind"] for item in handover["items"]]
    # Parcels waiting at two flats, the wheelchair out, the flat away; the courier left.
    assert kinds == ["parcel_waiting", "parcel_waiting", "item_out", "instruction"]
    assert handover["item_count"] == 4 and handover["acknowledged"] is True
    assert handover["checked"] == [0] and handover["items"][0]["checked"] is True
    assert handover["items"][0]["kind_named"] == "Parcels waiting"
    assert handover["chain_position"] > 0 and len(handover["chain_head"]) == 64
    assert "138****5678" in handover["notes"]  # a clerk reads the number masked
    [audited] = read_json(cli, "handovers", operator="auditor1")
    assert "13812345678" in audited["notes"]

    # As it stood before it was taken over.
    [earlier] = read_json(cli, "handovers", "--as-of", at("17:35"))
    assert earlier["acknowledged"] is False and earlier["acknowledged_by"] == ""
    assert read_json(cli, "handovers", "--as-of", at("17:00")) == []

    code, out, _ = cli.run("handovers", "--operator", "clerk1")
    assert code == 0
    assert "clerk1" in out and "clerk2" in out and handover_id in out
    assert f"{handover['chain_position']}:{handover['chain_head'][:12]}" in out


def test_the_one_handing_over_cannot_take_it_over(cli: Cli) -> None:
    code, results, err = cli.apply(
        line("hand_over_shift", at("17:30"), "h"),
        line("acknowledge_handover", at("17:40"), handover_id="$h"),
    )
    assert code != 0 and "Traceback" not in err
    assert results[0]["ok"] is True and results[1]["ok"] is False


# --- printed -------------------------------------------------------------------------------


def test_print_a_parcels_label_and_a_handover_sheet(
    day: tuple[Cli, list[dict[str, Any]]], tmp_path: Path
) -> None:
    cli, outcomes = day
    first = next(o for o in outcomes if o["command"] == "receive_parcel" and o["line"] == 2)
    label = tmp_path / "label.pdf"
    code, said, err = cli.run("print", "parcel-label", first["pickup_code"], "--out", str(label))
    assert code == 0, err
    assert said.strip() == (
        f"Shelf label for 3-2-1502 (pickup code {first['pickup_code']}) written to {label}"
    )
    assert label.read_bytes().startswith(b"%PDF-")
    code, _, err = cli.run("print", "parcel-label", first["result"], "--out", str(label))
    assert code == 0, err
    code, _, err = cli.run("print", "parcel-label", "nonsense", "--out", str(label))
    assert code == 1 and "nonsense" in err

    code, results, err = cli.apply(line("hand_over_shift", at("17:30"), notes="一切正常"))
    assert code == 0, err
    sheet = tmp_path / "handover.pdf"
    code, said, err = cli.run("print", "handover", results[0]["result"], "--out", str(sheet))
    assert code == 0, err
    assert said.strip() == f"Handover sheet of 2026-03-02 17:30 (4 items) written to {sheet}"
    assert sheet.read_bytes().startswith(b"%PDF-")
    printed = cli.history()[-1]  # its print is recorded, as a report's is
    assert printed["type"].endswith("ReportPrinted"), printed
    code, _, err = cli.run("print", "handover", "no-such-handover", "--out", str(sheet))
    assert code == 1 and "no-such-handover" in err


# --- either store ---------------------------------------------------------------------------


@pytest.mark.stores("sqlite", "postgres")
def test_parcels_and_a_handover_read_the_same_on_either_store(
    store_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    desk = set_up_community(tmp_path, SimulatedClock(SET_UP_AT), store_url)
    desk.move_in("3-2-1502", [member("张伟")], "owner", "2025-01-01")
    desk.move_in("3-2-1601", [member("王芳", phone="13987654321")], "tenant", "2025-01-01")
    desk.close()
    monkeypatch.setenv("FRONTDESK_STORE", store_url)
    monkeypatch.setenv("FRONTDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("FRONTDESK_OPERATOR", "admin")
    monkeypatch.setenv("FRONTDESK_LANG", "en")
    cli = Cli(tmp_path, capsys)
    code, outcomes, err = cli.apply(
        *the_day(), line("hand_over_shift", at("17:30"), notes="一切正常")
    )
    assert code == 0, outcomes[-1:] or err

    waiting = read_json(cli, "parcels", "--waiting", "--as-of", at("12:00"))
    assert [(p["unit"], p["overdue"]) for p in waiting] == [
        ("3-2-1601", True),
        ("3-2-1502", False),
        ("3-2-1502", False),
    ]
    [handover] = read_json(cli, "handovers")
    assert [i["kind"] for i in handover["items"]] == [
        "parcel_waiting",
        "parcel_waiting",
        "item_out",
        "instruction",
    ]
