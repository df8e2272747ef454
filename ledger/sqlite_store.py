"""The library's SQLite store, keeping its prepared statements.

eventsourcing opens its SQLite connections with `cached_statements=True`, which Python reads
as a cache of one statement: every statement but a repeat of the last is compiled again, and
a read model's statement compiles its triggers with it. This factory gives the connections a
real cache; everything else is the library's."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from eventsourcing.persistence import (
    DataError,
    IntegrityError,
    InterfaceError,
    InternalError,
    OperationalError,
)
from eventsourcing.sqlite import (
    SQLITE3_DEFAULT_LOCK_TIMEOUT,
    SQLiteConnection,
    SQLiteConnectionPool,
    SQLiteCursor,
    SQLiteDatastore,
    SQLiteFactory,
)

from ledger.recorders import ChainedSQLiteApplicationRecorder

CACHED_STATEMENTS = 512
PAGE_CACHE_KIB = 16384  # per connection; the desk holds a few
# Each commit waits for the disk (FULL) unless the store's sole writer says NORMAL: in WAL
# mode a crash of the program loses nothing, a power cut may lose the last commits but never
# leaves the file inconsistent. Only the demo generator, which starts again if cut, says so.
SYNCHRONOUS = "SQLITE_SYNCHRONOUS"
# The desk's window commits on its own thread (a command, then the read models' rows). A commit
# that fills the write-ahead log past a thousand pages also copies them into the database
# file, scattered over gigabytes, and waits for the disk: on the large store 0.7-1.1 s, and
# the window froze for as long. The desk says so here: its connections leave the log to a
# thread of their own, which copies it every second without stopping anyone (PASSIVE).
CHECKPOINT_IN_BACKGROUND = "SQLITE_CHECKPOINT_IN_BACKGROUND"
CHECKPOINT_SECONDS = 1.0


class StatementCachingPool(SQLiteConnectionPool):
    def __init__(
        self, *args: Any, synchronous: str = "FULL", autocheckpoint: bool = True, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.synchronous = synchronous
        self.autocheckpoint = autocheckpoint

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
        connection.execute(f"PRAGMA synchronous = {self.synchronous}")
        if not self.autocheckpoint:
            connection.execute("PRAGMA wal_autocheckpoint = 0")
        # A savepoint's undo log (each command inside a held transaction has one) is kept in
        # memory, not written to a temporary file page by page.
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.row_factory = sqlite3.Row
        return SQLiteConnection(sqlite_conn=connection, max_age=self.max_age)


# The library's own exceptions for the driver's, as its transactions raise them.
_DRIVER_ERRORS: tuple[tuple[type[Exception], type[Exception]], ...] = (
    (sqlite3.IntegrityError, IntegrityError),
    (sqlite3.OperationalError, OperationalError),
    (sqlite3.DataError, DataError),
    (sqlite3.InterfaceError, InterfaceError),
    (sqlite3.InternalError, InternalError),
)


def held(app: Any) -> contextlib.AbstractContextManager[None]:
    """Commands committed together inside, each still all or nothing, where the application's
    store can be held (SQLite; else each commits on its own, as always)."""
    datastore = getattr(app.factory, "datastore", None)
    if not isinstance(datastore, HoldingSQLiteDatastore) or datastore.held_here():
        return contextlib.nullcontext()  # inside a held transaction already: part of it
    return datastore.holding()


class HoldingSQLiteDatastore(SQLiteDatastore):
    """The library's datastore, which a sole writer can hold in one transaction: inside
    `holding()`, every transaction the holding thread asks for is a savepoint of the held
    one (all or nothing as before, its own writes visible to its reads), and the work is
    committed once at the end instead of once per command."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: SQLiteConnection | None = None
        self._holder: int | None = None
        self._savepoints = 0
        self.checkpointer: Checkpointer | None = None

    def close(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None
        super().close()

    def held_here(self) -> bool:
        """Whether this thread holds the store now."""
        return self._held is not None and self._holder == threading.get_ident()

    @contextmanager
    def holding(self) -> Iterator[None]:
        if self._held is not None:
            raise RuntimeError("the store is already held")
        with self.get_connection(commit=True) as connection:
            connection._sqlite_conn.execute("BEGIN IMMEDIATE")
            self._held, self._holder = connection, threading.get_ident()
            try:
                yield
            except BaseException:
                connection.rollback()
                raise
            else:
                connection.commit()
            finally:
                self._held, self._holder = None, None

    @contextmanager
    def transaction(self, *, commit: bool, savepoint: bool = True) -> Iterator[SQLiteCursor]:
        """`savepoint=False`: inside the held transaction, write without a savepoint of its
        own; a failure then loses the whole held transaction. The read models' catch-up
        asks for it: it writes several times faster without one (the demo's read models
        took 11.6 s of CPU with a savepoint each, 4.5 s without)."""
        held = self._held
        if held is None or self._holder != threading.get_ident():
            with super().transaction(commit=commit) as cursor:
                yield cursor
            return
        if not savepoint and commit:
            part = held.cursor()
            try:
                yield part
            finally:
                part.sqlite_cursor.close()
            return
        self._savepoints += 1
        name = f"command_{self._savepoints}"
        cursor = held.cursor()
        cursor.execute(f"SAVEPOINT {name}")
        try:
            yield cursor
            if not commit:
                cursor.execute(f"ROLLBACK TO {name}")
            cursor.execute(f"RELEASE {name}")
        except BaseException as error:
            cursor.execute(f"ROLLBACK TO {name}")
            cursor.execute(f"RELEASE {name}")
            for driver, library in _DRIVER_ERRORS:
                if isinstance(error, driver):
                    raise library(error) from error
            raise
        finally:
            self._savepoints -= 1
            cursor.sqlite_cursor.close()


class Checkpointer:
    """Copies the write-ahead log into the database file every `seconds`, on a thread and a
    connection of its own, for a process whose connections do not (wal_autocheckpoint = 0).
    PASSIVE: it copies what no reader still needs and waits for no one; SQLite starts the log
    over once all of it is copied."""

    def __init__(self, db_name: str, seconds: float = CHECKPOINT_SECONDS) -> None:
        self.db_name, self.seconds = db_name, seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        connection = sqlite3.connect(self.db_name, uri=True, check_same_thread=False)
        try:
            while not self._stop.wait(self.seconds):
                with contextlib.suppress(sqlite3.Error):  # busy, or the file went away
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        finally:
            connection.close()


class FrontDeskSQLiteFactory(SQLiteFactory):
    application_recorder_class = ChainedSQLiteApplicationRecorder

    def __init__(self, env: Any):
        super().__init__(env)
        library = self.datastore  # made no connection yet: they are made on demand
        self.datastore = HoldingSQLiteDatastore(
            library.pool.db_name,
            lock_timeout=library.pool.lock_timeout,
            single_row_tracking=library.single_row_tracking,
            originator_id_type=library.originator_id_type,
        )
        library_pool = library.pool
        synchronous = str(env.get(SYNCHRONOUS, "FULL")).upper()
        if synchronous not in ("FULL", "NORMAL"):
            raise ValueError(f"{SYNCHRONOUS} is FULL or NORMAL, not {synchronous}")
        in_background = str(env.get(CHECKPOINT_IN_BACKGROUND, "")).lower() in ("1", "y", "yes")
        in_background = in_background and not library_pool.is_sqlite_memory_mode
        self.datastore.pool = StatementCachingPool(
            db_name=library_pool.db_name,
            lock_timeout=library_pool.lock_timeout,
            synchronous=synchronous,
            autocheckpoint=not in_background,
        )
        if in_background:
            self.datastore.checkpointer = Checkpointer(library_pool.db_name)
