"""The library's SQLite store, keeping its prepared statements.

eventsourcing opens its SQLite connections with `cached_statements=True`, which Python reads
as a cache of one statement: every statement but a repeat of the last is compiled again, and
a read model's statement compiles its triggers with it. This factory gives the connections a
real cache; everything else is the library's."""

from __future__ import annotations

import sqlite3
from typing import Any

from eventsourcing.persistence import InterfaceError
from eventsourcing.sqlite import (
    SQLITE3_DEFAULT_LOCK_TIMEOUT,
    SQLiteConnection,
    SQLiteConnectionPool,
    SQLiteFactory,
)

from ledger.recorders import ChainedSQLiteApplicationRecorder

CACHED_STATEMENTS = 512
PAGE_CACHE_KIB = 16384  # per connection; the desk holds a few


class StatementCachingPool(SQLiteConnectionPool):
    def _create_connection(self) -> SQLiteConnection:
        try:
            connection = sqlite3.connect(
                database=self.db_name,
                uri=True,
                check_same_thread=False,
                isolation_level=None,  # the library issues BEGIN itself
                cached_statements=CACHED_STATEMENTS,
                timeout=self.lock_timeout or SQLITE3_DEFAULT_LOCK_TIMEOUT,
            )
        except (sqlite3.Error, TypeError) as e:
            raise InterfaceError(e) from e
        if not self.is_sqlite_memory_mode and not self.is_journal_mode_wal:
            if connection.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                connection.execute("PRAGMA journal_mode=WAL")
                self.journal_mode_was_changed_to_wal = True
            self.is_journal_mode_wal = True
        connection.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        connection.row_factory = sqlite3.Row
        return SQLiteConnection(sqlite_conn=connection, max_age=self.max_age)


class FrontDeskSQLiteFactory(SQLiteFactory):
    application_recorder_class = ChainedSQLiteApplicationRecorder

    def __init__(self, env: Any):
        super().__init__(env)
        library_pool = self.datastore.pool  # made no connection yet: they are made on demand
        self.datastore.pool = StatementCachingPool(
            db_name=library_pool.db_name, lock_timeout=library_pool.lock_timeout
        )
