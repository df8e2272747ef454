"""An export of a demo community that checks itself: `frontdesk export --check` and the
README's standard-library script both recompute the chain from the stored events and find
every forgery the issue names (an operator changed in the stored bytes or in the decoded
events, a digest zeroed, the manifest re-hashed to match); a head written down earlier
catches even a chain forged all over again. And the lists are for people: local times with
their zone, yuan, masked phones and IDs, `--json`'s column names, a data dictionary, and a
workbook beside the CSVs."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import re
import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main, open_desk
from desktop.demo import DEMO_PASSWORD, build_demo
from ledger.chain import GENESIS, link
from projections.export_dictionary import DAY, DICTIONARY, MASKED_ID, MASKED_PHONE, TIME, YUAN
from tests.ledger.test_chain_recipe import readme_block, run_stdlib

pytestmark = pytest.mark.slow
COST = 2**4


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A tiny demo community (every kind of record), its store's URL; the CLI signs in
    with the demo's password."""
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite'}"
    desk = open_desk(url, password_cost=COST)
    build_demo(desk, seed=11, scale="tiny", until=date(2026, 3, 1))
    desk.close()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FRONTDESK_PASSWORD", DEMO_PASSWORD)
        patch.setenv("FRONTDESK_STORE", url)
        yield url


def frontdesk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    said = capsys.readouterr()
    return code, said.out, said.err


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def exported(demo: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The auditor's export of the demo and `verify`'s report taken just before it."""
    out = tmp_path_factory.mktemp("export") / "audit"
    assert main(["verify", "--json", "--operator", "auditor1"]) == 0
    assert main(["export", "--out", str(out), "--operator", "auditor1"]) == 0
    return out, json.loads((out / "manifest.json").read_text("utf-8"))


@pytest.fixture
def copy(exported: tuple[Path, dict], tmp_path: Path) -> Path:
    folder = tmp_path / "copy"
    shutil.copytree(exported[0], folder)
    return folder


def rehash(folder: Path) -> None:
    """What a forger does last: the manifest's sizes and SHA-256 made to match again."""
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    for entry in manifest["files"]:
        data = (folder / entry["name"]).read_bytes()
        entry["bytes"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")


def lines_of(folder: Path, name: str) -> list[dict[str, Any]]:
    return json_lines((folder / name).read_text("utf-8"))


def write_lines(folder: Path, name: str, lines: list[dict[str, Any]]) -> None:
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    (folder / name).write_text(text, encoding="utf-8", newline="\n")


def readme_check(folder: Path, *expect: str) -> Any:
    return run_stdlib(
        readme_block("recipe: check-export"), str(folder), *expect, folder=folder.parent
    )


def a_clerks_event(stored: list[dict[str, Any]]) -> int:
    """The index of a stored event recorded by clerk1, halfway through the log."""
    marked = b'"operator":"clerk1"'
    found = [i for i, e in enumerate(stored) if marked in base64.b64decode(e["state"])]
    return found[len(found) // 2]


# --- the chain, recomputed from the export alone ---------------------------------------------


def test_a_demo_export_checks_out_with_the_desk_and_with_the_readme_script_alone(
    exported: tuple[Path, dict], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, manifest = exported
    head = f"{manifest['head_position']}:{manifest['head_digest']}"
    stored = lines_of(folder, "stored_events.jsonl")
    middle = lines_of(folder, "chain.jsonl")[len(stored) // 2]
    written_down = f"{middle['position']}:{middle['digest']}"

    code, out, _ = frontdesk(capsys, "export", "--check", str(folder), "--expect", written_down)
    done = readme_check(folder, written_down, head)

    assert code == 0 and f"head {head}" in out and "match the manifest" in out
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"checks out: {len(stored)} events, head {head}"
    assert manifest["event_count"] == len(stored) == len(lines_of(folder, "events.jsonl"))
    # The stored events are the store's bytes: the record as hashed, 32 hex digits.
    assert all(re.fullmatch(r"[0-9a-f]{32}", e["record"]) for e in stored)


def test_the_exported_head_is_the_head_verify_reports(
    demo: str, exported: tuple[Path, dict], capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = exported[1]
    recorded = json_lines(frontdesk(capsys, "history", "--json", "--operator", "auditor1")[1])
    [export_event] = [r for r in recorded if r["type"] == "HistoryExported"]
    # The export is itself an event, after the head it exported (with, the first time,
    # the audit trail's own start): nothing else came between.
    after = recorded[manifest["head_position"] : export_event["position"]]
    assert {r["aggregate"] for r in after} == {"AuditTrail"}
    assert export_event["data"]["head_digest"] == manifest["head_digest"]
    assert recorded[manifest["head_position"] - 1]["digest"] == manifest["head_digest"]
    code, out, _ = frontdesk(
        capsys,
        "verify",
        "--operator",
        "auditor1",
        "--expect",
        f"{manifest['head_position']}:{manifest['head_digest']}",
    )
    assert code == 0, out


def test_an_operator_changed_in_the_stored_bytes_is_found_though_the_manifest_matches(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stored = lines_of(copy, "stored_events.jsonl")
    i = a_clerks_event(stored)
    state = base64.b64decode(stored[i]["state"])
    forged = state.replace(b'"operator":"clerk1"', b'"operator":"clerk2"')
    stored[i]["state"] = base64.b64encode(forged).decode()
    write_lines(copy, "stored_events.jsonl", stored)
    rehash(copy)

    code, out, _ = frontdesk(capsys, "export", "--check", str(copy))
    done = readme_check(copy)

    position = stored[i]["position"]
    assert code == 1
    assert f"does not match chain.jsonl at position {position}" in out
    assert done.returncode == 1 and "chain.jsonl is not the chain" in done.stderr


def test_an_operator_changed_in_the_decoded_events_is_found_though_the_manifest_matches(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    decoded = lines_of(copy, "events.jsonl")
    i = a_clerks_event(lines_of(copy, "stored_events.jsonl"))
    assert decoded[i]["operator"] == "clerk1"
    decoded[i]["operator"] = "clerk2"
    write_lines(copy, "events.jsonl", decoded)
    rehash(copy)

    code, out, _ = frontdesk(capsys, "export", "--check", str(copy))
    done = readme_check(copy)

    position = decoded[i]["position"]
    assert code == 1
    assert f"events.jsonl says another operator than the stored event at position {position}" in (
        out
    )
    assert done.returncode == 1 and "events.jsonl does not say" in done.stderr


def test_the_last_digest_zeroed_is_found_though_the_manifest_matches(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chain = lines_of(copy, "chain.jsonl")
    chain[-1]["digest"] = "0" * 64
    write_lines(copy, "chain.jsonl", chain)
    manifest = json.loads((copy / "manifest.json").read_text("utf-8"))
    manifest["head_digest"] = "0" * 64
    (copy / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    rehash(copy)

    code, out, _ = frontdesk(capsys, "export", "--check", str(copy))
    done = readme_check(copy)

    assert code == 1
    assert f"does not match chain.jsonl at position {chain[-1]['position']}" in out
    assert "The manifest's head" in out
    assert done.returncode == 1


def test_a_chain_forged_all_over_again_is_caught_by_a_head_written_down_earlier(
    exported: tuple[Path, dict], copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whoever edits an event and recomputes every digest after it makes a copy that agrees
    with itself; only a digest written down before (a report, another export) exposes it."""
    written_down = f"{exported[1]['head_position']}:{exported[1]['head_digest']}"
    stored, decoded = lines_of(copy, "stored_events.jsonl"), lines_of(copy, "events.jsonl")
    i = a_clerks_event(stored)
    state = base64.b64decode(stored[i]["state"])
    stored[i]["state"] = base64.b64encode(
        state.replace(b'"operator":"clerk1"', b'"operator":"clerk2"')
    ).decode()
    decoded[i]["operator"] = "clerk2"
    digest, chain = GENESIS, []
    for e in stored:
        digest = link(
            digest, e["position"], e["record"], e["version"], e["topic"],
            base64.b64decode(e["state"]),
        )  # fmt: skip
        chain.append({"position": e["position"], "digest": digest.hex()})
    write_lines(copy, "stored_events.jsonl", stored)
    write_lines(copy, "events.jsonl", decoded)
    write_lines(copy, "chain.jsonl", chain)
    manifest = json.loads((copy / "manifest.json").read_text("utf-8"))
    manifest["head_digest"] = digest.hex()
    (copy / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    rehash(copy)
    assert frontdesk(capsys, "export", "--check", str(copy))[0] == 0  # it agrees with itself

    code, out, _ = frontdesk(capsys, "export", "--check", str(copy), "--expect", written_down)
    done = readme_check(copy, written_down)

    assert code == 1 and f"The recomputed chain does not have {written_down}" in out
    assert done.returncode == 1 and f"{written_down} is not in this chain" in done.stderr


def test_expect_in_a_wrong_shape_is_refused_clearly(
    exported: tuple[Path, dict], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = frontdesk(capsys, "export", "--check", str(exported[0]), "--expect", "12:abc")
    assert code == 1 and "--expect wants POSITION:DIGEST" in err and "Traceback" not in err


# --- the lists, for people -------------------------------------------------------------------


def csv_rows(folder: Path, name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (folder / name).open(encoding="utf-8-sig", newline="") as data:
        rows = list(csv.reader(data))
    return rows[0], [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


# A mobile number or a mainland ID number in full (not digits inside a record id's hex).
MOBILE_OR_ID = re.compile(r"(?<![0-9A-Za-z])(1[3-9][0-9]{9}|[0-9]{17}[0-9X])(?![0-9A-Za-z])")
FORMATS = {
    TIME: re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00"),
    DAY: re.compile(r"\d{4}-\d\d-\d\d"),
    YUAN: re.compile(r"-?\d+\.\d\d"),
    # a phone, or a courier's last four digits given alone (the rest never known)
    MASKED_PHONE: re.compile(r"(([0-9]{3})?\*+[0-9]{4}|⊘)( [0-9]{3}\*+[0-9]{4})*"),
    MASKED_ID: re.compile(r"[0-9A-Z]*\*+[0-9A-Z]*|⊘"),
}


def test_every_column_is_in_its_unit_times_zoned_money_in_yuan_phones_and_ids_masked(
    exported: tuple[Path, dict],
) -> None:
    folder = exported[0]
    checked: dict[str, int] = {}
    for sheet, columns in DICTIONARY.items():
        header, rows = csv_rows(folder, f"{sheet}.csv")
        assert set(header) <= set(columns), (sheet, set(header) - set(columns))
        for row in rows:
            for column in header:
                value, unit = row[column], columns[column][1]
                if value and unit in FORMATS:
                    assert FORMATS[unit].fullmatch(value), (sheet, column, value)
                    checked[unit] = checked.get(unit, 0) + 1
            assert not MOBILE_OR_ID.search(",".join(row.values())), (sheet, row)
    assert all(checked.get(unit, 0) > 10 for unit in FORMATS), checked


def test_money_is_yuan_as_the_desk_reads_it(
    exported: tuple[Path, dict], capsys: pytest.CaptureFixture[str]
) -> None:
    _, rows = csv_rows(exported[0], "contracts.csv")
    read = json_lines(
        frontdesk(capsys, "renewals", "--within", "100000", "--json", "--operator", "auditor1")[1]
    )
    fees = {r["contract_id"]: Decimal(r["monthly_fee"]) for r in read}
    exported_fees = {r["contract_id"]: Decimal(r["monthly_fee"]) for r in rows}
    shared = fees.keys() & exported_fees.keys()
    assert shared and all(fees[c] == exported_fees[c] for c in shared)
    # Yuan, not fen: a service fee reads in the hundreds, never in the tens of thousands.
    service = [Decimal(r["monthly_fee"]) for r in rows if r["kind"] == "service"]
    assert service and all(Decimal(50) <= fee < Decimal(5000) for fee in service)


@pytest.mark.parametrize(
    ("sheet", "command"),
    [
        ("households", ["residents"]),
        ("visitors", ["visitors"]),
        ("incidents", ["incidents"]),
        ("contracts", ["renewals", "--within", "100000"]),
        ("activities", ["activities"]),
        ("kpis", ["kpis"]),
    ],
)
def test_each_list_has_the_column_names_its_json_read_has(
    exported: tuple[Path, dict], capsys: pytest.CaptureFixture[str], sheet: str, command: list
) -> None:
    code, out, _ = frontdesk(capsys, *command, "--json", "--operator", "auditor1")
    read = json_lines(out)
    assert code == 0 and read
    header, _ = csv_rows(exported[0], f"{sheet}.csv")
    assert header == list(read[0])


def test_event_types_are_spelt_as_history_json_spells_them(
    exported: tuple[Path, dict], capsys: pytest.CaptureFixture[str]
) -> None:
    history = json_lines(frontdesk(capsys, "history", "--json", "--operator", "auditor1")[1])
    by_position = {r["position"]: (r["aggregate"], r["type"]) for r in history}
    decoded = lines_of(exported[0], "events.jsonl")
    assert [(e["aggregate"], e["type"]) for e in decoded] == [
        by_position[e["position"]] for e in decoded
    ]
    assert ("Contract", "Signed") in by_position.values()


def test_no_internal_table_is_exported(exported: tuple[Path, dict]) -> None:
    names = {p.name for p in exported[0].iterdir()}
    assert names == {
        "manifest.json",
        "stored_events.jsonl",
        "chain.jsonl",
        "events.jsonl",
        "data_dictionary.csv",
        "frontdesk.xlsx",
    } | {f"{sheet}.csv" for sheet in DICTIONARY}
    for internal in ("resident_search", "visitor_recall", "kpi_households", "__past", "tracking"):
        assert not any(internal in name for name in names)


def test_the_data_dictionary_names_every_file_and_every_column_with_meaning_and_unit(
    exported: tuple[Path, dict],
) -> None:
    folder = exported[0]
    header, rows = csv_rows(folder, "data_dictionary.csv")
    assert header == ["file", "column", "meaning", "含义", "unit"]
    described = {(r["file"], r["column"]): r for r in rows}
    for path in folder.glob("*.csv"):
        if path.name == "data_dictionary.csv":
            continue
        for column in csv_rows(folder, path.name)[0]:
            entry = described[(path.name, column)]
            assert entry["meaning"] and entry["含义"] and entry["unit"], (path.name, column)
    files = {r["file"] for r in rows if not r["column"]}
    assert files == {p.name for p in folder.iterdir()} - {p.name for p in folder.glob("*.csv")} | {
        "data_dictionary.csv"
    }
    assert described[("contracts.csv", "monthly_fee")]["unit"] == YUAN


def test_the_workbook_holds_every_list_as_the_csv_does(exported: tuple[Path, dict]) -> None:
    from openpyxl import load_workbook

    folder = exported[0]
    book = load_workbook(folder / "frontdesk.xlsx", read_only=True)
    assert book.sheetnames == [*DICTIONARY, "data_dictionary"]
    for sheet in [*DICTIONARY, "data_dictionary"]:
        header, rows = csv_rows(folder, f"{sheet}.csv")
        cells = list(book[sheet].iter_rows(values_only=True))
        assert list(cells[0]) == header
        assert len(cells) - 1 == len(rows), sheet
        units = {c: unit for c, (_, unit) in DICTIONARY.get(sheet, {}).items()}
        for row, values in zip(rows, cells[1:], strict=True):
            for column, value in zip(header, values, strict=True):
                if units.get(column) == YUAN:
                    assert Decimal(str(value)).quantize(Decimal("0.01")) == Decimal(row[column])
                elif isinstance(value, bool):
                    assert row[column] == ("true" if value else "false")
                elif isinstance(value, int | float):
                    assert float(row[column]) == value, (sheet, column)
                else:
                    assert ("" if value is None else str(value)) == row[column], (sheet, column)
    members = csv_rows(folder, "households.csv")[0].index("members")
    names = [r[members] for r in book["households"].iter_rows(min_row=2, values_only=True)]
    assert any(re.search(r"[\u4e00-\u9fff]", name or "") for name in names)
