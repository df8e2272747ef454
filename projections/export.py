"""An auditor's copy of the store: every event as JSON Lines, every read-model table as a
CSV Excel opens, and a manifest that seals each file with its SHA-256."""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Callable
from datetime import UTC
from itertools import pairwise
from pathlib import Path
from typing import Any

from domain import errors
from domain.application import FrontDesk
from domain.messages import render
from domain.store import describe
from projections.runner import ReadModels
from projections.store import Db

EVENTS = "events.jsonl"
MANIFEST = "manifest.json"
FORMAT = "frontdesk-export/1"

Progress = Callable[[int, int], None]


def export_store(
    desk: FrontDesk, models: ReadModels, out: Path, progress: Progress | None = None
) -> Path:
    """Writes the export into `out` (new or empty) and records it; returns the manifest's
    path. `progress` hears (log position reached, head position)."""
    desk.require("export_history")  # before anything touches the disk
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise errors.ExportFolderNotEmptyError(folder=str(out))
    head_position, head_digest = _head(desk)
    out.mkdir(parents=True, exist_ok=True)
    files = [_write_events(desk, out / EVENTS, head_position, progress)]
    models.catch_up()
    with models.reading() as db:
        files.extend(_write_table(db, table, out / f"{table}.csv") for table in models.tables)
        models_position = models.position()
    event_count = files[0]["rows"]
    manifest = {
        "format": FORMAT,
        "created_at": desk.now().astimezone(UTC).isoformat(),
        "store": _store(desk),
        "community": desk.community(),
        "operator": desk.operator,
        "desk": desk.desk_name,
        "event_count": event_count,
        "head_position": head_position,
        "head_digest": head_digest,
        "read_models_position": models_position,
        "files": files,
    }
    path = out / MANIFEST
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    desk.record_export(str(out.resolve()), event_count, head_position, head_digest)
    return path


def check_export(folder: Path) -> list[str]:
    """Every way the folder differs from its manifest; an empty list means it checks out."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        listed = {entry["name"]: entry for entry in manifest["files"]}
    except (OSError, ValueError, KeyError, TypeError):
        return [render("export_manifest_unreadable", file=str(folder / MANIFEST))]
    problems = []
    for name, entry in listed.items():
        path = folder / name
        if Path(name).name != name or not path.is_file():
            problems.append(render("export_file_missing", file=name))
        elif path.stat().st_size != entry.get("bytes") or _sha256(path) != entry.get("sha256"):
            problems.append(render("export_file_changed", file=name))
    for path in sorted(folder.iterdir()):
        if path.name not in listed and path.name != MANIFEST:
            problems.append(render("export_file_unexpected", file=path.name))
    if not problems and EVENTS in listed:
        problems.extend(_events_agree(folder / EVENTS, manifest))
    return problems


# --- writing -----------------------------------------------------------------------------------


def _head(desk: FrontDesk) -> tuple[int, str]:
    """The last event and the chain's digest at it ("" for a store without a chain)."""
    last = desk.event_count()
    chain_head = getattr(desk.recorder, "chain_head", None)
    if chain_head is None:
        return last, ""
    position, digest = chain_head()
    if int(position) == last:
        return last, str(digest)
    # Another desk recorded meanwhile, or old events are not sealed yet: the digest at `last`.
    select = getattr(desk.recorder, "select_digests", None)
    return last, (select(last, last).get(last, "") if select is not None else "")


def _write_events(
    desk: FrontDesk, path: Path, head: int, progress: Progress | None
) -> dict[str, Any]:
    rows = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for row in desk.history():
            if row.position > head:
                break
            line = {
                "position": row.position,
                "time": row.timestamp.astimezone(UTC).isoformat(),
                "operator": row.operator,
                "desk": row.desk,
                "type": row.full_type,
                "aggregate": row.aggregate,
                "aggregate_id": row.aggregate_id,
                "version": row.version,
                "data": row.data,
                "digest": row.digest,
            }
            out.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
            rows += 1
            if progress is not None and (rows % 500 == 0 or row.position == head):
                progress(row.position, head)
    if progress is not None:
        progress(head, head)
    return _entry(path, rows)


def _write_table(db: Db, table: str, path: Path) -> dict[str, Any]:
    columns = _columns(db, table)
    db.execute(f"SELECT * FROM {table}")
    rows = 0
    # utf-8-sig: the byte-order mark is how Excel knows the Chinese is UTF-8.
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for record in db.cursor.fetchall():
            values = dict(record)
            writer.writerow(["" if values[c] is None else values[c] for c in columns])
            rows += 1
    return _entry(path, rows)


def _columns(db: Db, table: str) -> list[str]:
    """A table's columns in their declared order, so an empty table still has its header."""
    if db.dialect == "postgres":
        found = db.all(
            """SELECT column_name AS name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = :table
            ORDER BY ordinal_position""",
            table=table,
        )
    else:
        found = db.all(f"PRAGMA table_info({table})")
    return [str(column["name"]) for column in found]


def _entry(path: Path, rows: int) -> dict[str, Any]:
    return {
        "name": path.name,
        "bytes": path.stat().st_size,
        "rows": rows,
        "sha256": _sha256(path),
    }


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _store(desk: FrontDesk) -> str:
    """Where the events live, as a URL without any password."""
    env = desk.env
    if env.get("PERSISTENCE_MODULE") == "eventsourcing.postgres":
        user = env.get("POSTGRES_USER") or ""
        where = f"{env.get('POSTGRES_HOST')}:{env.get('POSTGRES_PORT')}"
        url = f"postgresql://{user}@{where}/{env.get('POSTGRES_DBNAME')}"
        schema = env.get("POSTGRES_SCHEMA")
        return describe(f"{url}?schema={schema}" if schema else url)
    name = env.get("SQLITE_DBNAME")
    if name:
        return describe(f"sqlite:///{os.path.abspath(name) if name != ':memory:' else name}")
    return str(env.get("PERSISTENCE_MODULE") or "memory")


# --- checking ----------------------------------------------------------------------------------


def _events_agree(path: Path, manifest: dict[str, Any]) -> list[str]:
    """The events file is whole: as many lines as the manifest says, in log order, ending
    at the head it names."""
    positions = []
    with path.open(encoding="utf-8") as lines:
        for text in lines:
            try:
                positions.append(int(json.loads(text)["position"]))
            except (ValueError, KeyError, TypeError):
                return [render("export_events_mismatch", detail=text[:60].strip())]
    detail = None
    if len(positions) != manifest.get("event_count"):
        detail = f"{len(positions)} ≠ {manifest.get('event_count')}"
    elif any(b <= a for a, b in pairwise(positions)):
        detail = "order"
    elif positions and positions[-1] != manifest.get("head_position"):
        detail = f"{positions[-1]} ≠ {manifest.get('head_position')}"
    return [] if detail is None else [render("export_events_mismatch", detail=detail)]
