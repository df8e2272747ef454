"""The README's "Recomputing the chain" is enough to recompute it: its script, run by a
bare Python (standard library only, no site-packages), reads the raw SQLite file and its
WAL and gives the head `verify` gives; its worked example's digests are what the desk's
own recorder seals for the rows it shows."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from uuid import UUID

import pytest
from eventsourcing.persistence import StoredEvent

from domain import FrontDesk
from domain.store import store_env

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_block(marker: str) -> str:
    """The fenced block right after `<!-- marker -->` in the README, exactly as written."""
    text = README.read_text(encoding="utf-8")
    found = re.search(rf"<!-- {re.escape(marker)} -->\n```[a-z]*\n(.*?)\n```", text, re.S)
    assert found, f"README.md has no block marked {marker}"
    return found.group(1) + "\n"


def run_stdlib(script: str, *args: str, folder: Path) -> subprocess.CompletedProcess:
    """The script as an outsider runs it: `python -I -S` sees only the standard library."""
    path = folder / "recipe.py"
    path.write_text(script, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-I", "-S", str(path), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def sqlite_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def copy_with_wal(database: Path, folder: Path) -> Path:
    """The database file with its -wal (and -shm) beside it, as the README says to copy."""
    folder.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{database}{suffix}")
        if source.exists():
            shutil.copyfile(source, folder / f"copy.sqlite{suffix}")
    return folder / "copy.sqlite"


@pytest.fixture
def sqlite_desk(desk: FrontDesk, store_url: str) -> FrontDesk:
    if not store_url.startswith("sqlite"):
        pytest.skip("the stdlib recipe reads a SQLite file")
    return desk


def test_the_readme_script_recomputes_the_head_verify_reports_from_the_raw_file(
    sqlite_desk: FrontDesk, zhang_wei: str, store_url: str, tmp_path: Path
) -> None:
    desk = sqlite_desk
    desk.update_contact(zhang_wei, "张伟", "13700137000", "换号")
    report = desk.verify()
    assert report.ok and report.head_position > 10
    # Taken while the desk is open: the latest events are still in the WAL.
    copy = copy_with_wal(sqlite_path(store_url), tmp_path / "copy")

    done = run_stdlib(readme_block("recipe: chain-from-sqlite"), str(copy), folder=tmp_path)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{report.head_position}:{report.head_digest}"


def test_the_readme_script_names_an_event_edited_in_the_raw_file(
    sqlite_desk: FrontDesk, zhang_wei: str, store_url: str, tmp_path: Path
) -> None:
    copy = copy_with_wal(sqlite_path(store_url), tmp_path / "copy")
    with sqlite3.connect(copy) as db:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
            db.execute(f"DROP TRIGGER {name}")
        position, state = db.execute(
            "SELECT rowid, state FROM stored_events WHERE topic LIKE '%Household.MovedIn'"
        ).fetchone()
        forged = bytes(state).replace(b'"operator":"clerk1"', b'"operator":"admin"')
        assert forged != bytes(state)
        db.execute("UPDATE stored_events SET state = ? WHERE rowid = ?", (forged, position))

    done = run_stdlib(readme_block("recipe: chain-from-sqlite"), str(copy), folder=tmp_path)

    assert done.returncode == 1
    assert f"the chain breaks at position {position}" in done.stderr


@pytest.mark.stores("postgres")
def test_the_chain_recipe_holds_on_postgresql_with_the_tables_the_readme_names(
    desk: FrontDesk, zhang_wei: str, store_url: str, tmp_path: Path
) -> None:
    """The same `link` as the README's, over `frontdesk_events` by `notification_id` and
    `event_chain` in the store's schema, the uuid hashed as its 32 hex digits."""
    if not store_url.startswith("postgresql"):
        pytest.skip("PostgreSQL's tables")
    import psycopg

    from tests.support import POSTGRES_URL

    namespace: dict = {}
    script = readme_block("recipe: chain-from-sqlite")
    exec(script[: script.index("db = ")], namespace)  # the README's link(), nothing else
    schema = re.search(r"schema=([^&]+)", store_url).group(1)
    with psycopg.connect(POSTGRES_URL) as db:
        events = db.execute(
            f"""SELECT notification_id, originator_id, originator_version, topic, state
            FROM "{schema}".frontdesk_events ORDER BY notification_id"""
        ).fetchall()
        sealed = dict(db.execute(f'SELECT position, digest FROM "{schema}".event_chain'))
    digest = bytes(32)
    for position, record, version, topic, state in events:
        assert isinstance(record, UUID)
        digest = namespace["link"](digest, position, version, record.hex, topic, state)
        assert bytes(sealed[position]) == digest, position
    report = desk.verify()
    assert (report.head_position, report.head_digest) == (events[-1][0], digest.hex())


def worked_example() -> list[dict]:
    """The README's worked example: each position's stored row and its digest."""
    block = readme_block("worked-example")
    rows = re.findall(
        r"position (\d+)  record (\w+)  version (\d+)  topic (\S+)\n"
        r"  state  (.*)\n  digest ([0-9a-f]{64})",
        block,
    )
    assert len(rows) == 3
    return [
        {
            "position": int(p),
            "record": r,
            "version": int(v),
            "topic": t,
            "state": s.encode("utf-8"),
            "digest": d,
        }
        for p, r, v, t, s, d in rows
    ]


def test_the_readme_worked_example_is_what_the_desk_seals_and_the_recipe_gives(
    tmp_path: Path,
) -> None:
    """The example's rows written by the desk's own recorder into a new store: the chain
    it seals, verify's head and the README's script all give the README's digests."""
    example = worked_example()
    url = f"sqlite:///{tmp_path / 'tiny.sqlite'}"
    desk = FrontDesk(store_env(url))
    try:
        desk.recorder.insert_events(
            [
                StoredEvent(UUID(row["record"]), row["version"], row["topic"], row["state"])
                for row in example
            ]
        )
        sealed = desk.recorder.select_digests(1, 3)  # type: ignore[attr-defined]
        report = desk.recorder.verify()  # type: ignore[attr-defined]  (no staff to sign in)
    finally:
        desk.close()
    assert sealed == {row["position"]: row["digest"] for row in example}
    assert report.ok and (report.head_position, report.head_digest) == (3, example[-1]["digest"])
    with sqlite3.connect(tmp_path / "tiny.sqlite") as db:
        stored = db.execute(
            "SELECT rowid, originator_id, originator_version, topic, state FROM stored_events"
        ).fetchall()
    assert stored == [
        (r["position"], r["record"], r["version"], r["topic"], r["state"]) for r in example
    ]

    done = run_stdlib(
        readme_block("recipe: chain-from-sqlite"), str(tmp_path / "tiny.sqlite"), folder=tmp_path
    )

    assert done.stdout.strip() == f"3:{example[-1]['digest']}"
