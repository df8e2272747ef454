"""Power loss in the middle of a batch: the SQLite database and its write-ahead log are
copied at random moments while `frontdesk apply` runs in another process (frozen for the
copy, as a power cut freezes the disk), and every copy opens, verifies, and holds exactly
the first lines of the batch: all those acknowledged before the cut, and nothing half."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path
from uuid import UUID

import pytest

from domain import FrontDesk
from domain.store import store_env
from domain.units import unit_id
from domain.values import UnitNumber
from tests.support import PASSWORD

pytestmark = pytest.mark.slow
PROJECT = Path(__file__).resolve().parents[2]
LINES = 1500
CUTS = 15


def unit(n: int) -> str:
    """The n-th flat of building 7: ten a floor, ninety floors an entrance."""
    return f"7-{n // 900 + 1}-{n % 900 // 10 + 1:02d}{n % 10 + 1:02d}"


def open_store(path: Path) -> FrontDesk:
    return FrontDesk(store_env(f"sqlite:///{path}"), password_cost=2**4)


def batch_file(folder: Path) -> Path:
    lines = [
        json.dumps({"command": "register_unit", "args": {"unit": unit(n), "area_m2": "89.50"}})
        for n in range(LINES)
    ]
    path = folder / "units.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_copy_taken_at_any_moment_of_a_batch_holds_a_prefix_of_it(tmp_path: Path) -> None:
    database = tmp_path / "desk.sqlite"
    desk = open_store(database)
    desk.initialise("admin", "系统管理员", PASSWORD)
    desk.sign_in("admin", PASSWORD)
    desk.add_staff("manager1", "赵磊", "manager", PASSWORD)
    desk.add_staff("auditor1", "陈静", "auditor", PASSWORD)
    desk.close()

    env = {**os.environ, "FRONTDESK_STORE": f"sqlite:///{database}"}
    env |= {"FRONTDESK_PASSWORD": PASSWORD, "FRONTDESK_OPERATOR": "manager1"}
    batch = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "apply", str(batch_file(tmp_path))],
        env=env,
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    acknowledged: list[int] = []

    def read_acknowledgements() -> None:
        assert batch.stdout is not None
        for text in batch.stdout:
            outcome = json.loads(text)
            assert outcome["ok"], outcome
            acknowledged.append(outcome["line"])

    reader = threading.Thread(target=read_acknowledgements)
    reader.start()
    chance = random.Random(13)
    copies: list[tuple[Path, int]] = []
    try:
        started = time.monotonic()  # the first cut once the batch is under way, however slow
        while not acknowledged and batch.poll() is None and time.monotonic() - started < 120:
            time.sleep(0.005)
        while batch.poll() is None and len(copies) < CUTS:
            time.sleep(chance.uniform(0.0, 0.08))
            os.kill(batch.pid, signal.SIGSTOP)  # the disk as a power cut would leave it
            try:
                seen = len(acknowledged)
                copy = tmp_path / f"cut{len(copies)}"
                copy.mkdir()
                for suffix in ("", "-wal"):
                    source = Path(f"{database}{suffix}")
                    if source.exists():
                        shutil.copyfile(source, copy / f"desk.sqlite{suffix}")
                copies.append((copy / "desk.sqlite", seen))
            finally:
                os.kill(batch.pid, signal.SIGCONT)
        assert batch.wait(timeout=300) == 0, batch.stderr.read() if batch.stderr else ""
    finally:
        if batch.poll() is None:
            os.kill(batch.pid, signal.SIGCONT)
            batch.kill()
        reader.join(timeout=60)

    assert acknowledged == list(range(1, LINES + 1))
    assert any(0 < seen < LINES for _, seen in copies), "no copy was taken mid-batch"
    for path, seen in copies:
        store = open_store(path)
        try:
            store.sign_in("auditor1", PASSWORD)
            report = store.verify()
            assert report.ok, (path, report.message())
            registered = _registered(path)
            held = [n for n in range(LINES) if unit_id(UnitNumber.parse(unit(n))) in registered]
            assert held == list(range(len(held))), f"{path} holds no prefix of the batch"
            assert len(held) >= seen, f"{path} lost acknowledged lines"
        finally:
            store.close()


def _registered(path: Path) -> set[UUID]:
    """The units whose registration the copy holds, read from its log."""
    with closing(sqlite3.connect(path)) as db:
        rows = db.execute(
            "SELECT originator_id FROM stored_events WHERE topic LIKE '%:Unit.Registered'"
        ).fetchall()
    return {UUID(oid) for (oid,) in rows}
