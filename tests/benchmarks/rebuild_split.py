"""Where a full rebuild's time goes: the same store rebuilt twice on fresh copies, once as
the desk does it and once without keeping the past (the triggers that write every version
of every row for time travel dropped), beside the library's bare decode and the desk's
own decode (personal fields opened) of the same events, all in one run.

Beside them, the storage floor: every row and every kept version the store's read models
hold, copied in their stored order into empty tables of the same schema (no triggers, no
Python), once with the indexes filled as the rows go in and once with the secondary
indexes built after. No rebuild that writes these tables can be faster than this.

    python tests/benchmarks/rebuild_split.py sqlite:////path/frontdesk.sqlite [--out FILE]
        [--floors-only]

Meant for the demo store (tens of thousands of events: a minute); prints one JSON line.
`--floors-only` leaves the rebuilds out: for the large store (minutes, not hours).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _copy(path: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="frontdesk-rebuild-split-"))
    for part in path.parent.glob(path.name + "*"):
        shutil.copy(part, folder / part.name)
    return folder / path.name


def _decode_rate(desk: Any, decode: Callable[[Any], Any]) -> float:
    started, done, position = time.perf_counter(), 0, 1
    while True:
        page = desk.recorder.select_notifications(start=position, limit=5000)
        if not page:
            break
        for notification in page:
            decode(notification)
        done += len(page)
        position = page[-1].id + 1
    return done / (time.perf_counter() - started)


def _storage_floor(path: Path, indexes_after: bool) -> tuple[float, int]:
    """Events of the log a second, written as the read models' rows and versions alone; and
    how many rows that is."""
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    events = source.execute("SELECT MAX(rowid) FROM stored_events").fetchone()[0]
    named = source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    pasts = [name for (name,) in named if name.endswith("__past")]
    tables = [name.removesuffix("__past") for name in pasts] + pasts
    folder = Path(tempfile.mkdtemp(prefix="frontdesk-storage-floor-"))
    target = sqlite3.connect(folder / "floor.sqlite", isolation_level=None)
    try:
        target.execute("PRAGMA journal_mode = WAL")
        target.execute("PRAGMA cache_size = -262144")  # as a rebuild far behind has it
        target.execute(f"ATTACH 'file:{path}?mode=ro' AS source")
        indexes = []
        for table in tables:
            [(create,)] = source.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            )
            target.execute(create)
            indexes += [sql for (sql,) in source.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL", (table,)
            )]  # fmt: skip
        if not indexes_after:
            for index in indexes:
                target.execute(index)
        rows = sum(source.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables)
        started = time.perf_counter()
        target.execute("BEGIN")
        for table in tables:
            target.execute(f"INSERT INTO main.{table} SELECT * FROM source.{table} ORDER BY rowid")
        if indexes_after:
            for index in indexes:
                target.execute(index)
        target.execute("COMMIT")
        target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return events / (time.perf_counter() - started), rows
    finally:
        target.close()
        source.close()
        shutil.rmtree(folder)


def _rebuild_rate(path: Path, keep_past: bool) -> float:
    from harness import DEMO_PASSWORD

    from domain import FrontDesk
    from domain.store import store_env
    from projections import past
    from projections.catalogue import open_read_models

    copy = _copy(path)
    desk = FrontDesk(store_env(f"sqlite:///{copy}"))
    desk.sign_in("auditor1", DEMO_PASSWORD)
    models = open_read_models(desk, catch_up=False)
    original = past.keep_past
    if not keep_past:

        def without_triggers(db: Any, tables: Any, schema: Any, **options: Any) -> None:
            original(db, tables, schema, **options)
            for table in tables:
                for change in ("insert", "update", "delete"):
                    db.execute(f"DROP TRIGGER IF EXISTS {past.past_of(table)}_{change}")

        past.keep_past = without_triggers
    try:
        started = time.perf_counter()
        applied = models.rebuild()
        rate = applied / (time.perf_counter() - started)
    finally:
        past.keep_past = original
        desk.close()
        shutil.rmtree(copy.parent)
    return rate


def main() -> None:
    from eventsourcing.persistence import Mapper
    from harness import DEMO_PASSWORD

    from domain import FrontDesk
    from domain.store import store_env

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", help="a SQLite store URL (it is copied, never changed)")
    parser.add_argument("--out", type=Path, default=None, help="write the JSON here too")
    parser.add_argument(
        "--floors-only", action="store_true", help="the decode and storage floors, no rebuild"
    )
    args = parser.parse_args()
    path = Path(urlparse(args.store).path[1:])
    desk = FrontDesk(store_env(args.store))
    desk.sign_in("auditor1", DEMO_PASSWORD)
    events = desk.event_count()
    bare = _decode_rate(desk, Mapper(desk.mapper.transcoder).to_domain_event)
    opened = _decode_rate(desk, desk.mapper.to_domain_event)
    desk.close()
    filled, rows = _storage_floor(path, indexes_after=False)
    built_after, _ = _storage_floor(path, indexes_after=True)
    us = lambda rate: round(1e6 / rate, 1)  # noqa: E731
    figures: dict[str, Any] = {
        "events": events,
        "read_model_rows_and_versions": rows,
        "decode_bare_us_per_event": us(bare),
        "decode_opened_us_per_event": us(opened),
        "storage_floor_us_per_event": us(filled),
        "storage_floor_indexes_after_us_per_event": us(built_after),
        "storage_floor_ratio_to_bare_decode": round(filled / bare, 3),
        "storage_floor_indexes_after_ratio_to_bare_decode": round(built_after / bare, 3),
    }
    if not args.floors_only:
        full = _rebuild_rate(path, keep_past=True)
        without_past = _rebuild_rate(path, keep_past=False)
        figures |= {
            "rebuild_us_per_event": us(full),
            "rebuild_without_past_us_per_event": us(without_past),
            "past_share_of_rebuild": round(1 - full / without_past, 2),
            "rebuild_ratio_to_bare_decode": round(full / bare, 3),
            "rebuild_without_past_ratio_to_bare_decode": round(without_past / bare, 3),
        }
    line = json.dumps(figures)
    print(line)
    if args.out is not None:
        args.out.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
