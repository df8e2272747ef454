"""An auditor's copy of the store that checks itself: every event exactly as stored and the
chain as sealed (so the chain can be recomputed from the copy alone), every event decoded
for reading, the read models as people read them (CSV and one .xlsx workbook) with a data
dictionary, and a manifest sealing each file with its SHA-256 and naming the head. Written
here; desktop/usecases/export.py checks who may and records it."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from domain import errors
from domain.application import FrontDesk
from domain.messages import render
from domain.store import describe
from projections.export_chain import CHAIN, EVENTS, STORED, check_chain, write_chain, write_stored
from projections.export_dictionary import HEADER, dictionary_rows
from projections.export_tables import (
    COLUMNS,
    DICTIONARY_FILE,
    WORKBOOK,
    cells,
    sheets,
    write_csv,
    write_workbook,
)
from projections.runner import ReadModels

MANIFEST = "manifest.json"
FORMAT = "frontdesk-export/2"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Written:
    manifest: Path
    event_count: int
    head_position: int
    head_digest: str


def write_export(
    desk: FrontDesk, models: ReadModels, out: Path, progress: Progress | None = None
) -> Written:
    """Writes the export into `out` (new or empty). `progress` hears (log position reached,
    head position)."""
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise errors.ExportFolderNotEmptyError(folder=str(out))
    head_position, head_digest = _head(desk)
    out.mkdir(parents=True, exist_ok=True)
    stored = write_stored(desk.recorder, out / STORED, head_position)
    files = [
        _entry(out / STORED, stored),
        _entry(out / CHAIN, write_chain(desk.recorder, out / CHAIN, head_position)),
        _write_events(desk, out / EVENTS, head_position, progress),
    ]
    models.catch_up()
    zone = desk.timezone
    with models.reading() as db:
        tables = [
            (sheet.name, sheet.columns, list(cells(sheet, zone)))
            for sheet in sheets(models, db, desk.now())
        ]
        models_position = models.position()
    for name, columns, rows in tables:
        path = out / f"{name}.csv"
        files.append(_entry(path, write_csv(path, columns, rows)))
    dictionary = HEADER, dictionary_rows(COLUMNS)
    files.append(_entry(out / DICTIONARY_FILE, write_csv(out / DICTIONARY_FILE, *dictionary)))
    write_workbook(out / WORKBOOK, [*tables, ("data_dictionary", *dictionary)])
    files.append(_entry(out / WORKBOOK, len(tables) + 1))
    manifest = {
        "format": FORMAT,
        "created_at": desk.now().astimezone(UTC).isoformat(),
        "store": _store(desk),
        "community": desk.community(),
        "timezone": str(zone),
        "operator": desk.operator,
        "desk": desk.desk_name,
        "event_count": stored,
        "head_position": head_position,
        "head_digest": head_digest,
        "read_models_position": models_position,
        "files": files,
    }
    path = out / MANIFEST
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return Written(path, stored, head_position, head_digest)


def check_export(folder: Path, expect: tuple[int, str] | None = None) -> list[str]:
    """Every way the folder differs from its manifest and from itself: each file's
    SHA-256; the chain recomputed from the stored events against the chain file, the
    manifest's head and `expect` (a position and digest written down); the decoded events
    against the stored ones. An empty list means it checks out."""
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
    for name in (STORED, CHAIN, EVENTS):
        if name not in listed and not any(name in p for p in problems):
            problems.append(render("export_file_missing", file=name))
    if all((folder / name).is_file() for name in (STORED, CHAIN)):
        problems.extend(check_chain(folder, manifest, expect))
    return problems


# --- writing -----------------------------------------------------------------------------------


def _head(desk: FrontDesk) -> tuple[int, str]:
    """The last event and the chain's digest at it."""
    last = desk.event_count()
    position, digest = desk.chain().chain_head()
    if int(position) == last:
        return last, str(digest)
    # Another desk recorded meanwhile, or the last event is unsealed: the digest at `last`.
    return last, desk.chain().select_digests(last, last).get(last, "")


def _write_events(
    desk: FrontDesk, path: Path, head: int, progress: Progress | None
) -> dict[str, Any]:
    """Every event decoded, as `history --json` shows it (times in UTC)."""
    rows = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for row in desk.history():
            if row.position > head:
                break
            line = row.as_json(UTC)
            out.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
            rows += 1
            if progress is not None and (rows % 500 == 0 or row.position == head):
                progress(row.position, head)
    if progress is not None:
        progress(head, head)
    return _entry(path, rows)


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
