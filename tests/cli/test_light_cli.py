"""A command loads only what it needs: `frontdesk --help` opens no store, and a read of a
SQLite store loads neither Qt, the printing (reportlab, qrcode), the export's workbook
(openpyxl) nor the PostgreSQL driver.

Each command runs in a fresh interpreter through `desktop.cli.main`, as the `frontdesk`
executable runs it, and the interpreter then says which of those modules it holds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.commands import PASS_SIZES
from domain.visitors import PassSize

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "desk-pass-1"
NOT_FOR_A_READ = ("PySide6", "reportlab", "qrcode", "openpyxl")
POSTGRES = ("psycopg", "eventsourcing.postgres")
STORE = ("domain.application", "projections.catalogue")
# Records and read models a read of the residents' files has no use for: the application
# imports a record's module when a command needs it, and a read of current read models opens
# only the models it reads (projections.catalogue.read_models_now).
OTHER_RECORDS = ("domain.incidents", "domain.parcels", "domain.lending", "domain.contracts")
OTHER_MODELS = ("projections.incident_board", "projections.parcel_shelf", "projections.kpis")
# A read that opens nobody's personal data has no use for the cipher, nor a read for the
# processes only a long verify starts.
CIPHER_AND_PROCESSES = ("cryptography", "multiprocessing", "concurrent.futures")
WATCHED = (
    *NOT_FOR_A_READ, *POSTGRES, *STORE, *OTHER_RECORDS, *OTHER_MODELS, *CIPHER_AND_PROCESSES
)  # fmt: skip

# Runs main(argv) with its output set aside, then prints what it returned and which of the
# watched modules were loaded, as one JSON line.
SCRIPT = f"""
import contextlib, io, json, sys
from desktop.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as stop:  # --help
        code = stop.code
print(json.dumps({{"code": code, "loaded": [m for m in {WATCHED!r} if m in sys.modules]}}))
"""


def run(env: dict[str, str], *argv: str) -> tuple[int, set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.splitlines()[-1])
    return answer["code"], set(answer["loaded"])


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A SQLite store set up by `frontdesk init`, its admin's password in the environment."""
    folder = tmp_path_factory.mktemp("light")
    env = {
        **os.environ,
        "FRONTDESK_STORE": f"sqlite:///{folder / 'desk.sqlite'}",
        "FRONTDESK_PASSWORD": PASSWORD,
        "FRONTDESK_LANG": "en",
    }
    env.pop("FRONTDESK_OPERATOR", None)
    code, _ = run(env, "init", "--admin", "admin", "--community", "阳光花园")
    assert code == 0
    return env


@pytest.mark.parametrize("argv", [["--help"], ["residents", "--help"], ["print", "pass", "-h"]])
def test_help_opens_no_store_and_loads_nothing_heavy(env: dict[str, str], argv: list[str]) -> None:
    code, loaded = run(env, *argv)
    assert code == 0
    assert loaded == set()


@pytest.mark.parametrize(
    "argv",
    [
        ["residents", "--operator", "admin"],
        ["visitors", "--json", "--operator", "admin"],
        ["history", "--operator", "admin", "--limit", "5"],
    ],
)
def test_a_read_loads_no_qt_no_printing_no_workbook(env: dict[str, str], argv: list[str]) -> None:
    code, loaded = run(env, *argv)
    assert code == 0
    assert "domain.application" in loaded  # it did open the store and answer
    assert not loaded & set(NOT_FOR_A_READ)


def test_a_read_of_a_sqlite_store_loads_no_postgresql_driver(env: dict[str, str]) -> None:
    code, loaded = run(env, "residents", "--operator", "admin")
    assert code == 0
    assert not loaded & set(POSTGRES)


@pytest.mark.parametrize(
    ("command", "unused"),
    [
        ("residents", {*OTHER_RECORDS, *OTHER_MODELS}),  # the records and models it reads only
        ("queue", set(CIPHER_AND_PROCESSES)),  # no personal data opened: no cipher either
    ],
)
def test_a_read_of_current_read_models_loads_only_what_it_needs(
    env: dict[str, str], command: str, unused: set[str]
) -> None:
    run(env, command, "--operator", "admin")  # brings the read models up to date
    code, loaded = run(env, command, "--operator", "admin")
    assert code == 0
    assert "domain.application" in loaded
    assert not loaded & unused


def test_the_parser_offers_every_pass_size_and_no_other() -> None:
    assert tuple(size.value for size in PassSize) == PASS_SIZES
