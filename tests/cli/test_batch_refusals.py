"""Every bad batch line gets exactly one JSON result line, clear, short and in the desk's
language, and records nothing; no command of the CLI ever prints a traceback.

Each case here was seen in an attack on the desk (issue 13): a traceback, a message that
echoed a megabyte back, or a line accepted that should not have been.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from domain import FrontDesk, SimulatedClock
from domain.messages import set_language, term
from domain.store import store_env
from ledger.sqlite_store import StatementCachingPool
from tests.cli.command_line import Cli, set_up_community, use_a_copy
from tests.conftest import SHANGHAI
from tests.support import PASSWORD, resident_id

NOW = datetime.now(SHANGHAI).replace(microsecond=0)
SET_UP_AT = NOW - timedelta(days=30)
ZHANG_WEI_ID = resident_id()
LONGEST_ERROR = 300  # characters: a message to read, not a value echoed back


def line(command: str, args: dict[str, Any] | None = None, **more: Any) -> str:
    return json.dumps({"command": command, "args": args or {}, **more}, ensure_ascii=False)


def zhang_wei(**more: Any) -> dict[str, Any]:
    return {
        "name": "张伟",
        "relation": "self",
        "id_type": "resident_id",
        "id_number": ZHANG_WEI_ID,
        "phone": "13812345678",
        **more,
    }


def move_in(**more: Any) -> dict[str, Any]:
    return {
        "unit": "3-2-1502",
        "members": [zhang_wei()],
        "ownership": "owner",
        "move_in_date": NOW.date().isoformat(),
        **more,
    }


LEAK = {
    "kind": "emergency",
    "category": "gas_leak",
    "severity": "emergency",
    "location": "5号楼1单元",
    "description": "楼道里煤气味很重",
    "reporter": "张伟",
}


@pytest.fixture(scope="module")
def set_up_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Set up a month ago: an admin, 李娜 at the desk, 3-2-1502 and 3-2-1601."""
    folder = tmp_path_factory.mktemp("refusals")
    desk = set_up_community(folder, SimulatedClock(SET_UP_AT))
    desk.close()
    return folder


@pytest.fixture
def cli(
    set_up_store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Cli]:
    use_a_copy(set_up_store, tmp_path, monkeypatch)
    yield Cli(tmp_path, capsys)


def refused_alone(cli: Cli, *lines: str | bytes) -> str:
    """The batch's last line is refused with one short result line; nothing is recorded."""
    before = cli.events()
    code, outcomes, err = cli.apply(*lines)
    assert code == 1
    assert err == ""
    failed = outcomes[-1]
    assert set(failed) == {"line", "ok", "error"}
    assert failed["ok"] is False
    assert failed["line"] == len(lines)
    assert all(o["ok"] for o in outcomes[:-1])
    assert len(failed["error"]) <= LONGEST_ERROR
    if len(lines) == 1:
        assert cli.events() == before
    return failed["error"]


# --- lines that once printed a traceback ----------------------------------------------------


def test_json_nested_900_deep_is_refused_in_one_line(cli: Cli) -> None:
    deep = '{"command": "register_unit", "args": {"unit": ' + "[" * 900 + "]" * 900 + "}}"
    assert "nested too deeply" in refused_alone(cli, deep)


def test_json_nested_past_the_parsers_own_limit_is_refused_in_one_line(cli: Cli) -> None:
    deep = '{"command": "register_unit", "args": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert "nested too deeply" in refused_alone(cli, deep)


def test_a_file_saved_with_a_byte_order_mark_and_windows_line_ends_runs(cli: Cli) -> None:
    batch = cli.folder / "notepad.jsonl"
    batch.write_bytes(
        b"\xef\xbb\xbf"
        + line("register_unit", {"unit": "3-2-1701", "area_m2": "1"}).encode()
        + b"\r\n"
        + line("register_unit", {"unit": "3-2-1801", "area_m2": "1"}).encode()
        + b"\r\n"
    )
    code, out, _ = cli.run("apply", str(batch))
    assert code == 0, out
    assert [json.loads(text)["ok"] for text in out.splitlines()] == [True, True]


def test_an_invalid_utf8_byte_is_refused_on_its_own_line(cli: Cli) -> None:
    good = line("register_unit", {"unit": "3-2-1701", "area_m2": "89.5"})
    bad = b'{"command": "register_unit", "args": {"unit": "3-2-1\xff801", "area_m2": "1"}}'
    before = cli.events()
    code, outcomes, _ = cli.apply(good, bad)

    assert code == 1
    assert outcomes[0]["ok"] is True
    assert outcomes[1] == {"line": 2, "ok": False, "error": outcomes[1]["error"]}
    assert "UTF-8" in outcomes[1]["error"]
    assert cli.events() == before + 1


@pytest.mark.parametrize(
    "at",
    [
        "9999-12-31T23:59:59-05:00",
        "0001-01-01T00:00:00+05:00",
        "9999-12-31T00:00:00+00:00",
        "2099-01-01T00:00:00+08:00",
        "ten minutes from now",
    ],
)
def test_an_at_near_the_ends_of_the_calendar_or_ahead_of_the_clock_is_refused(
    cli: Cli, at: str
) -> None:
    if at == "ten minutes from now":  # read when the test runs, not when the suite starts
        at = (datetime.now(SHANGHAI) + timedelta(minutes=10)).isoformat()
    said = refused_alone(cli, line("register_unit", {"unit": "3-2-1701", "area_m2": "1"}, at=at))
    assert "future" in said or "outside the accepted range" in said
    # and the clock was not moved: the next line is recorded now
    code, outcomes, _ = cli.apply(line("report_incident", LEAK))
    assert code == 0
    respond_by = datetime.fromisoformat(outcomes[0]["respond_by"])
    assert respond_by < datetime.now(SHANGHAI) + timedelta(hours=1)


def test_an_at_a_minute_ahead_of_the_clock_is_accepted(cli: Cli) -> None:
    at = (datetime.now(SHANGHAI) + timedelta(minutes=1)).isoformat()
    code, outcomes, _ = cli.apply(
        line("register_unit", {"unit": "3-2-1701", "area_m2": "1"}, at=at)
    )
    assert code == 0, outcomes


def test_an_at_before_the_store_began_is_refused(cli: Cli) -> None:
    at = (SET_UP_AT - timedelta(days=1)).isoformat()
    said = refused_alone(cli, line("register_unit", {"unit": "3-2-1701", "area_m2": "1"}, at=at))
    assert "before the last recorded event" in said


@pytest.mark.parametrize("at", [0, False, True, None, 20260301, [], {}])
def test_an_at_that_is_not_text_is_refused_not_ignored(cli: Cli, at: Any) -> None:
    said = refused_alone(cli, line("register_unit", {"unit": "3-2-1701", "area_m2": "1"}, at=at))
    assert '"at" must be an ISO 8601 time written as text' in said
    assert json.dumps(at) in said


# --- messages that were unclear ----------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        {"unit": "3" * 1_000_000, "area_m2": "1"},
        {"unit": "3-2-1701", "area_m2": "9" * 1_000_000},
        {"unit": "3-2-1701", "area_m2": "1", "building": "楼" * 1_000_000},
        {"unit": "3-2-1701", "area_m2": "1", "kind": "x" * 1_000_000},
        {"unit": "3-2-1701", "area_m2": "1", "x" * 1_000_000: 1},
    ],
    ids=["unit", "area", "building", "kind", "argument-name"],
)
def test_a_megabyte_typed_into_a_field_is_not_echoed_back(cli: Cli, args: dict) -> None:
    said = refused_alone(cli, line("register_unit", args))
    for typed in ("3" * 41, "9" * 41, "楼" * 41, "x" * 41):
        assert typed not in said


def test_an_unknown_command_a_megabyte_long_is_not_echoed_back(cli: Cli) -> None:
    assert "…" in refused_alone(cli, line("x" * 1_000_000))


def test_a_full_width_id_number_is_read_as_the_digits_it_shows(cli: Cli) -> None:
    full_width = ZHANG_WEI_ID.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    code, outcomes, _ = cli.apply(
        line("move_in", move_in(members=[zhang_wei(id_number=full_width)]))
    )
    assert code == 0, outcomes
    impossible = "３１０１０４１９８７１３４５１２３４"  # born in month 13, full width
    said = refused_alone(
        cli, line("move_in", move_in(unit="3-2-1601", members=[zhang_wei(id_number=impossible)]))
    )
    assert "19871345" in said
    assert "１" not in said


def test_members_written_as_a_string_are_told_to_be_a_list(cli: Cli) -> None:
    said = refused_alone(cli, line("move_in", move_in(members="张伟")))
    assert said == "The household members must be a list, e.g. [ … ]"


def test_a_label_pointing_at_a_line_without_a_result_is_explained(cli: Cli) -> None:
    said = refused_alone(
        cli,
        line("move_in", move_in(), id="hh1"),
        line("register_vehicle", {"household_id": "$hh1", "plate": "沪A12345"}, id="car"),
        line("register_vehicle", {"household_id": "$car", "plate": "沪A12346"}),
    )
    assert "$car" in said
    assert "no result" in said
    assert "None" not in said


def test_refunding_nothing_says_the_amount_must_be_more_than_0(cli: Cli) -> None:
    start = NOW.date()
    said = refused_alone(
        cli,
        line("move_in", move_in(), id="hh1"),
        line(
            "sign_contract",
            {
                "unit": "3-2-1502",
                "household_id": "$hh1",
                "kind": "renovation",
                "start": start.isoformat(),
                "end": (start + timedelta(days=60)).isoformat(),
                "monthly_fee": "0",
                "deposit": "2000",
            },
            id="deal",
        ),
        line("record_deposit", {"contract_id": "$deal", "amount": "2000"}),
        line("refund_deposit", {"contract_id": "$deal", "amount": "0"}),
    )
    assert said == "The amount must be more than 0"


def test_an_admin_is_refused_as_an_admin_not_a_admin(cli: Cli) -> None:
    said = refused_alone(
        cli,
        line("move_in", move_in(), id="hh1"),
        line(
            "register_visitor",
            {
                "host_unit": "3-2-1502",
                "name": "刘洋",
                "id_type": "resident_id",
                "id_number": resident_id(sequence="318"),
                "phone": "13900139000",
                "purpose": "探亲",
            },
            id="visit",
        ),
        line("waive_host_confirmation", {"pass_id": "$visit", "reason": "业主电话打不通"}),
    )
    assert said.startswith("An admin may not")


def test_a_wrong_check_digit_is_not_told(cli: Cli) -> None:
    wrong = ZHANG_WEI_ID[:17] + ("0" if ZHANG_WEI_ID[17] != "0" else "1")
    said = refused_alone(cli, line("move_in", move_in(members=[zhang_wei(id_number=wrong)])))
    assert "check digit is wrong" in said
    assert ZHANG_WEI_ID[17] not in said


# --- dates out of any plausible range ----------------------------------------------------------


@pytest.mark.parametrize("day", ["0001-01-01", "2099-01-01", "9999-12-31", "1900-01-01"])
def test_a_move_in_far_from_today_is_refused_with_the_range(cli: Cli, day: str) -> None:
    said = refused_alone(cli, line("move_in", move_in(move_in_date=day)))
    assert f"move-in date {day} is outside the accepted range" in said
    earliest, latest = said.rsplit("range, ", 1)[1].split(" to ")
    assert earliest < NOW.date().isoformat() < latest


@pytest.mark.parametrize(
    ("field", "day"),
    [("start", "0001-01-01"), ("end", "9999-12-31"), ("end", "2199-01-01")],
)
def test_a_contract_term_of_centuries_is_refused(cli: Cli, field: str, day: str) -> None:
    start = NOW.date()
    terms = {"start": start.isoformat(), "end": (start + timedelta(days=365)).isoformat()}
    terms[field] = day
    said = refused_alone(
        cli,
        line("move_in", move_in(), id="hh1"),
        line(
            "sign_contract",
            {"unit": "3-2-1502", "household_id": "$hh1", "kind": "service", "monthly_fee": "1"}
            | terms,
        ),
    )
    assert "outside the accepted range" in said


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("move_out", {"household_id": "$hh1", "date": "9999-12-31"}),
        ("renew_contract", {"contract_id": "$deal", "new_end": "9999-12-31"}),
        (
            "amend_contract",
            {"contract_id": "$deal", "changes": {"end": "9999-12-31"}, "reason": "x"},
        ),
    ],
    ids=["move-out", "renewal", "amendment"],
)
def test_move_outs_renewals_and_amendments_in_year_9999_are_refused(
    cli: Cli, command: str, args: dict
) -> None:
    start = NOW.date()
    said = refused_alone(
        cli,
        line("move_in", move_in(), id="hh1"),
        line(
            "sign_contract",
            {
                "unit": "3-2-1502",
                "household_id": "$hh1",
                "kind": "service",
                "monthly_fee": "1",
                "start": start.isoformat(),
                "end": (start + timedelta(days=365)).isoformat(),
            },
            id="deal",
        ),
        line(command, args),
    )
    assert "9999-12-31 is outside the accepted range" in said


@pytest.mark.parametrize(
    ("starts", "ends"),
    [
        ("0001-01-01T19:00:00+08:00", "0001-01-01T21:00:00+08:00"),
        ("9999-12-31T19:00:00+08:00", "9999-12-31T21:00:00+08:00"),
        ("2099-01-01T19:00:00+08:00", "2099-01-01T21:00:00+08:00"),
    ],
)
def test_activities_in_year_1_or_9999_are_refused(cli: Cli, starts: str, ends: str) -> None:
    plan = {
        "title": "元宵猜灯谜",
        "kind": "festival",
        "starts_at": starts,
        "ends_at": ends,
        "place": "会所多功能厅",
        "capacity": 30,
    }
    assert "outside the accepted range" in refused_alone(cli, line("plan_activity", plan))


# --- text normalised on entry ------------------------------------------------------------------


@pytest.mark.parametrize(
    "character",
    [
        *("\x7f", "\x85", "\x9b", "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff"),
        *("\n", "\t", "\u2028", "\u2029", "\x00", "\x1b"),
    ],
)
def test_control_bidi_and_zero_width_characters_are_refused_in_names(
    cli: Cli, character: str
) -> None:
    said = refused_alone(
        cli, line("move_in", move_in(members=[zhang_wei(name=f"张{character}伟")]))
    )
    assert said.startswith("The name contains an invisible or control character")
    assert f"U+{ord(character):04X}" in said


@pytest.mark.parametrize("character", ["\u202e", "\x85", "\u2028"])
def test_such_characters_are_refused_in_plates_units_and_codes_too(
    cli: Cli, character: str
) -> None:
    for args in (
        {"unit": f"3-2-17{character}01", "area_m2": "1"},
        {"unit": "3-2-1701", "area_m2": "1", "building": f"3号{character}楼"},
    ):
        refused_alone(cli, line("register_unit", args))
    refused_alone(cli, line("move_in", move_in(vehicles=[f"沪A1{character}2345"])))
    refused_alone(
        cli,
        line(
            "add_staff",
            {
                "username": f"clerk{character}2",
                "name": "王芳",
                "role": "clerk",
                "password": PASSWORD,
            },
        ),
    )


def test_a_description_may_run_over_lines_but_carries_no_other_control(cli: Cli) -> None:
    code, outcomes, _ = cli.apply(
        line("report_incident", {**LEAK, "description": "楼道里煤气味很重\r\n三楼最重\u2028已开窗"})
    )
    assert code == 0, outcomes
    [reported] = [row for row in cli.history() if row["type"] == "Reported"]
    assert reported["data"]["description"] == "楼道里煤气味很重\n三楼最重\n已开窗"
    said = refused_alone(cli, line("report_incident", {**LEAK, "description": "煤气\u202e味"}))
    assert "description" in said


@pytest.mark.parametrize(
    "phone",
    [
        "１３８１２３４５６７８",
        "١٣٨١٢٣٤٥٦٧٨",
        "۱۳۸۱۲۳۴۵۶۷۸",
        "138１２３４5678",
        "+86 138-1234-5678",
    ],
)
def test_phones_in_any_digits_are_kept_as_ascii_digits(cli: Cli, phone: str) -> None:
    code, outcomes, _ = cli.apply(line("move_in", move_in(members=[zhang_wei(phone=phone)])))
    assert code == 0, outcomes
    code, out, _ = cli.run("resident-file", "3-2-1502", "--json")
    assert code == 0
    assert "13812345678" in out


def test_a_unit_typed_in_full_width_is_the_same_unit(cli: Cli) -> None:
    code, outcomes, _ = cli.apply(line("move_in", move_in(unit="３－２－１５０２")))
    assert code == 0, outcomes
    [moved_in] = [row for row in cli.history() if row["type"] == "MovedIn"]
    assert moved_in["data"]["unit"] == "3-2-1502"


# --- the desk's language -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "says"),
    [
        ("zh_CN", "这一行不是有效的 JSON"),
        ("zh_TW", "這一行不是有效的 JSON"),
        ("en", "not valid JSON"),
    ],
)
def test_a_refused_line_speaks_the_desks_language(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, language: str, says: str
) -> None:
    set_language(None)
    monkeypatch.setenv("FRONTDESK_LANG", language)
    for text, expected in (
        ('{"command": ', says),
        (
            line("teleport"),
            {"zh_CN": "未知的命令", "zh_TW": "未知的命令", "en": "unknown"}[language],
        ),
        (
            line("register_unit", {"unit": "3-2-1701", "area_m2": "1"}, at=0),
            {"zh_CN": "而不是 0", "zh_TW": "而不是 0", "en": "not 0"}[language],
        ),
    ):
        assert expected in refused_alone(cli, text)


# --- failures of the machine, not of the line ------------------------------------------------


def test_a_full_disk_is_one_json_result_line_for_the_failing_line(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite told it may not grow the file any more answers as a full disk does."""
    opened = StatementCachingPool._create_connection

    def on_a_full_disk(pool: StatementCachingPool) -> Any:
        connection = opened(pool)
        sqlite = connection._sqlite_conn
        pages = sqlite.execute("PRAGMA page_count").fetchone()[0]
        sqlite.execute(f"PRAGMA max_page_count = {pages}")
        return connection

    before = cli.events()
    big = "楼道里煤气味很重" * 200
    with monkeypatch.context() as disk:
        disk.setattr(StatementCachingPool, "_create_connection", on_a_full_disk)
        code, outcomes, err = cli.apply(
            *(line("report_incident", {**LEAK, "description": big}) for _ in range(40))
        )

    assert code == 1, err
    assert err == ""
    failed = outcomes[-1]
    assert failed == {"line": len(outcomes), "ok": False, "error": failed["error"]}
    assert all(o["ok"] for o in outcomes[:-1])
    assert "could not be written to the store" in failed["error"]
    assert "full" in failed["error"]
    assert cli.events() == before + 2 * (len(outcomes) - 1)  # each report: ticket + incident


def test_an_unexpected_fault_is_one_clear_line_and_a_non_zero_exit(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.cli.reads

    def broken(*_: Any) -> int:
        raise RuntimeError("x" * 100_000)

    monkeypatch.setattr(desktop.cli.reads, "cmd_residents", broken)
    code, out, err = cli.run("residents")

    assert code not in (0, 1)
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("frontdesk: Something unexpected went wrong (RuntimeError)")


@pytest.mark.parametrize("argv", [["residents"], ["rebuild"], ["history"], ["visitors"]])
def test_without_the_stores_key_every_command_says_where_to_put_it(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argv: list[str]
) -> None:
    cli.apply(line("move_in", move_in()))
    monkeypatch.setenv("FRONTDESK_KEY_DIR", str(tmp_path / "no-keys"))
    code, _, err = cli.run(*argv)
    assert code == 1
    assert "does not have the store's key" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("argv", [["residents"], ["rebuild"], ["history"]])
def test_a_garbage_key_file_is_named_as_unreadable(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argv: list[str]
) -> None:
    import os

    cli.apply(line("move_in", move_in()))
    keys = Path(os.environ["FRONTDESK_KEY_DIR"])
    garbage = tmp_path / "garbage-keys"
    garbage.mkdir()
    for key in keys.glob("*.key"):
        (garbage / key.name).write_text("not a key @@@\n")
    monkeypatch.setenv("FRONTDESK_KEY_DIR", str(garbage))
    code, _, err = cli.run(*argv)
    assert code == 1
    assert "cannot be read" in err
    assert str(garbage) in err


@pytest.mark.parametrize("key", ["AAAA" * 11, "@@@ not base64"])
def test_a_wrong_frontdesk_key_names_the_variable_not_the_key_file(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    cli.apply(line("move_in", move_in()))
    monkeypatch.setenv("FRONTDESK_KEY", key)
    code, _, err = cli.run("residents")
    assert code == 1
    assert "FRONTDESK_KEY" in err
    assert ".key" not in err


# --- output lines stay lines -----------------------------------------------------------------


def test_history_json_never_breaks_a_line_inside_a_value(cli: Cli) -> None:
    """A reason recorded before the desk refused such characters still reads one event a
    line: U+2028, U+2029 and U+0085 are written escaped."""
    cli.apply(line("move_in", move_in(), id="hh1"))
    desk = FrontDesk(store_env(cli.folder_url))
    desk.sign_in("clerk1", PASSWORD)
    [household] = [row["aggregate_id"] for row in cli.history() if row["type"] == "MovedIn"]
    with desk._running("desk_work"):  # past today's checks, as an older desk let it through
        record = desk.get_household(household)
        record.update_contact("张伟", "13912345678", "换号\u2028新号\x85确认\u2029完")
        desk._save(record)
    desk.close()

    code, out, _ = cli.run("history", "--json")

    assert code == 0
    rows = [json.loads(text) for text in out.splitlines()]
    assert rows[-1]["data"]["reason"] == "换号\u2028新号\x85确认\u2029完"
    assert out.count("\n") == len(rows)
    code, out, _ = cli.run("timeline", household, "--json")
    assert code == 0
    assert all(json.loads(text) for text in out.splitlines())


# --- what worked, said in the desk's language --------------------------------------------------


@pytest.mark.parametrize(
    ("language", "says"),
    [
        (
            "zh_CN",
            {
                "pass": "的通行证",
                "valid": "有效（valid）",
                "visitor": "访客：刘洋",
                "retention": "访客：来访后保留",
                "forget": "已删除个人资料",
                "rebuild": "已根据",
            },
        ),
        (
            "zh_TW",
            {
                "pass": "的通行證",
                "valid": "有效（valid）",
                "visitor": "訪客：刘洋",
                "retention": "訪客：來訪後保留",
                "forget": "已刪除個人資料",
                "rebuild": "已根據",
            },
        ),
        (
            "en",
            {
                "pass": "Pass ",
                "valid": "valid",
                "visitor": "visitor: 刘洋",
                "retention": "visitors: ",
                "forget": "forgotten: ",
                "rebuild": "Rebuilt every read model",
            },
        ),
    ],
)
def test_success_lines_and_pass_verdicts_speak_the_desks_language(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, language: str, says: dict[str, str]
) -> None:
    code, outcomes, _ = cli.apply(
        line("move_in", move_in()),
        line(
            "register_visitor",
            {
                "host_unit": "3-2-1502",
                "name": "刘洋",
                "id_type": "resident_id",
                "id_number": resident_id(sequence="318"),
                "phone": "13900139000",
                "purpose": "探亲",
            },
            id="visit",
        ),
        line("confirm_host", {"pass_id": "$visit"}),
        line("issue_pass", {"pass_id": "$visit"}),
    )
    assert code == 0, outcomes
    pass_id = outcomes[1]["result"]
    desk = FrontDesk(store_env(cli.folder_url))
    desk.sign_in("clerk1", PASSWORD)
    payload = desk.pass_payload(pass_id)
    desk.close()
    set_language(None)
    monkeypatch.setenv("FRONTDESK_LANG", language)

    code, out, _ = cli.run("print", "pass", pass_id, "--out", str(cli.folder / "pass.pdf"))
    assert code == 0 and says["pass"] in out
    code, out, _ = cli.run("check-pass", payload)
    assert code == 0
    verdict, visitor = out.splitlines()[:2]
    assert verdict == says["valid"]
    assert visitor.startswith(says["visitor"])
    code, out, _ = cli.run("check-pass", "hello")
    forged = (
        "forged (forged or unreadable)"
        if language == "en"
        else f"{term('forged', language)}（forged）"
    )
    assert code == 1 and out.splitlines()[0] == forged
    for argv, said in (
        (["retention"], says["retention"]),
        (["forget"], says["forget"]),
        (["rebuild"], says["rebuild"]),
    ):
        code, out, err = cli.run(*argv)
        assert code == 0 and out.startswith(said), (argv, out, err)
