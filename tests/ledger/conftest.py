"""Raw access to a store's database, as a mistaken script or a forger would have it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlparse

import pytest

from domain import FrontDesk
from tests.support import POSTGRES_URL


class RawStore:
    """Plain SQL on the store's own tables, bypassing the desk."""

    def __init__(self, desk: FrontDesk, url: str) -> None:
        self.url = url
        self.events = desk.recorder.events_table  # type: ignore[attr-defined]
        self.chain = desk.recorder.chain_table  # type: ignore[attr-defined]
        self.kind = "sqlite" if url.startswith("sqlite") else "postgres"
        self.position = "rowid" if self.kind == "sqlite" else "notification_id"
        self.snapshots = self.table(
            "stored_snapshots" if self.kind == "sqlite" else "frontdesk_snapshots"
        )

    @contextmanager
    def connect(self) -> Iterator[Any]:
        if self.kind == "sqlite":
            conn = sqlite3.connect(urlparse(self.url).path[1:])
            try:
                yield conn
                conn.commit()
            finally:
                conn.close()
        else:
            import psycopg

            with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
                yield conn

    def sql(self, statement: str) -> str:
        return statement if self.kind == "sqlite" else statement.replace("?", "%s")

    def run(self, statement: str, *params: Any) -> list[tuple]:
        with self.connect() as conn:
            cursor = conn.execute(self.sql(statement), params)
            return cursor.fetchall() if cursor.description else []

    def disable_guards(self, *tables: str) -> None:
        """What a forger has to do first: the tables refuse changes by themselves (on
        SQLite every guard goes; on PostgreSQL those of the tables named, by default the
        log and its chain)."""
        with self.connect() as conn:
            if self.kind == "sqlite":
                names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                for (name,) in names.fetchall():
                    conn.execute(f"DROP TRIGGER {name}")
            else:
                for table in tables or (self.events, self.chain):
                    conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")

    def table(self, name: str) -> str:
        """A table of the store by its plain name (on PostgreSQL, in the store's schema)."""
        return name if self.kind == "sqlite" else self.events.rpartition(".")[0] + f".{name}"

    def event(self, position: int) -> tuple:
        return self.run(
            f"""SELECT originator_id, originator_version, topic, state FROM {self.events}
            WHERE {self.position} = ?""",
            position,
        )[0]


@pytest.fixture
def raw(desk: FrontDesk, store_url: str) -> RawStore:
    return RawStore(desk, store_url)
