"""How long `verify` takes over a whole history.

    python tests/benchmarks/verify.py --template STORE_URL [--events 1000000] [--out DIR]

Generates a store of the given size by recording the template store's events again and
again under fresh record ids (through the desk's own recorder, so every insert is sealed
into the chain as in real use), then times `FrontDesk.verify` over it, beside the floor:
a bare `SELECT` of every stored event and a SHA-256 of each, in the same run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from eventsourcing.persistence import StoredEvent

from domain import FrontDesk
from domain.store import store_env

BATCH = 5000


def generate(template_url: str, target_url: str, events: int) -> int:
    source = FrontDesk(store_env(template_url))
    target = FrontDesk(store_env(target_url))
    template = source.recorder.select_notifications(start=1, limit=events)
    written = 0
    while written < events:
        fresh: dict[object, uuid.UUID] = {}
        batch: list[StoredEvent] = []
        for n in template:
            if written + len(batch) >= events:
                break
            oid = fresh.setdefault(n.originator_id, uuid.uuid4())
            batch.append(StoredEvent(oid, n.originator_version, n.topic, n.state))
            if len(batch) == BATCH:
                target.recorder.insert_events(batch)
                written += len(batch)
                batch = []
        if batch:
            target.recorder.insert_events(batch)
            written += len(batch)
    source.close()
    target.close()
    return written


def floor(path: Path) -> float:
    """Read every stored event and hash it: what any check of the whole log must pay."""
    started = time.perf_counter()
    with sqlite3.connect(path) as conn:
        for row in conn.execute(
            "SELECT rowid, originator_id, originator_version, topic, state FROM stored_events"
        ):
            hashlib.sha256(row[4]).digest()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--template", required=True, help="a store to copy events from")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=None, help="write results JSON here")
    args = parser.parse_args()
    os.environ.setdefault("FRONTDESK_KEY_DIR", tempfile.mkdtemp(prefix="frontdesk-bench-keys-"))
    with tempfile.TemporaryDirectory(prefix="frontdesk-verify-") as folder:
        path = Path(folder) / "big.sqlite"
        started = time.perf_counter()
        count = generate(args.template, f"sqlite:///{path}", args.events)
        generated = time.perf_counter() - started
        desk = FrontDesk(store_env(f"sqlite:///{path}"))
        started = time.perf_counter()
        report = desk.recorder.verify()  # type: ignore[attr-defined]
        verify_seconds = time.perf_counter() - started
        assert report.ok, report
        floor_seconds = floor(path)
        desk.close()
        result = {
            "events": count,
            "generate_s": round(generated, 1),
            "verify_s": round(verify_seconds, 2),
            "verify_events_per_s": round(count / verify_seconds),
            "floor_read_and_hash_s": round(floor_seconds, 2),
            "ratio_to_floor": round(verify_seconds / floor_seconds, 2),
            "database_mb": round(path.stat().st_size / 2**20, 1),
        }
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"verify-{count}.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
