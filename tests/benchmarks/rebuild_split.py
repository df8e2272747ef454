"""Where a full rebuild's time goes: the same store rebuilt twice on fresh copies, once as
the desk does it and once without keeping the past (the triggers that write every version
of every row for time travel dropped), beside the library's bare decode and the desk's
own decode (personal fields opened) of the same events, all in one run.

    python tests/benchmarks/rebuild_split.py sqlite:////path/frontdesk.sqlite [--out FILE]

Meant for the demo store (tens of thousands of events: a minute); prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import shutil
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

        def without_triggers(db: Any, tables: Any, schema: Any) -> None:
            original(db, tables, schema)
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
    args = parser.parse_args()
    path = Path(urlparse(args.store).path[1:])
    desk = FrontDesk(store_env(args.store))
    desk.sign_in("auditor1", DEMO_PASSWORD)
    events = desk.event_count()
    bare = _decode_rate(desk, Mapper(desk.mapper.transcoder).to_domain_event)
    opened = _decode_rate(desk, desk.mapper.to_domain_event)
    desk.close()
    full = _rebuild_rate(path, keep_past=True)
    without_past = _rebuild_rate(path, keep_past=False)
    us = lambda rate: round(1e6 / rate, 1)  # noqa: E731
    figures = {
        "events": events,
        "decode_bare_us_per_event": us(bare),
        "decode_opened_us_per_event": us(opened),
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
