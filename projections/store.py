"""The read models' tables live in the same database as the events, beside a tracking
position written in the same transaction as the rows (eventsourcing's tracking recorders)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from eventsourcing.persistence import Tracking, TrackingRecorder
from eventsourcing.sqlite import SQLiteTrackingRecorder

from ledger.db import Db, dialect_of, transaction
from projections import past

# PostgreSQL's read-model store is in projections/postgres_store.py, loaded only for that store.
__all__ = ["Db", "ReadModelStore", "SQLiteReadModelStore"]


class ReadModelStore(TrackingRecorder):
    """Mixed into the library's SQLite or PostgreSQL tracking recorder."""

    schema_statements: list[str]
    tables: list[str]
    datastore: Any  # the library's SQLite or PostgreSQL datastore

    if TYPE_CHECKING:  # both recorders have it, each for its own cursor

        def _insert_tracking(self, cursor: Any, tracking: Tracking, /) -> None: ...

    def __init__(self, datastore: Any, **kwargs: Any) -> None:
        # The next class in the MRO is the library's concrete recorder, which takes the
        # datastore; mypy sees only the abstract base here.
        super().__init__(datastore, **kwargs)  # type: ignore[call-arg]
        self.schema_statements = []
        self.lookups: list[str] = []
        self.forgets_by: set[str] = set()
        self.applies_by: set[str] = set()
        self.tables = []

    def add_schema(
        self,
        statements: Sequence[str],
        tables: Sequence[str] = (),
        lookups: Sequence[str] = (),
        forgets_by: Sequence[str] = (),
        applies_by: Sequence[str] = (),
    ) -> None:
        """A model's tables and indexes; `lookups`, indexes added since (not part of the
        fingerprint: an index changes no row, so a store made before one gets it when it is
        next opened, without a rebuild); `forgets_by`, the indexes whose past's twins its
        handlers read, and `applies_by`, those of the present they read (see ReadModel)."""
        self.schema_statements.extend(statements)
        self.tables.extend(tables)
        self.lookups.extend(lookups)
        self.forgets_by.update(forgets_by)
        self.applies_by.update(applies_by)

    @contextmanager
    def writing(self, tracking: Tracking | None = None, *, atomic: bool = True) -> Iterator[Db]:
        """One transaction: the rows written inside, then the position they bring us to.
        `atomic=False`: inside a sole writer's held transaction, part of it. A statement
        that fails undoes the whole transaction (or the held one), never only itself:
        nothing inside catches it."""
        with transaction(self.datastore, commit=True, atomic=atomic, undone_whole=True) as db:
            yield db
            if tracking is not None:
                self.track(db, tracking)

    def claim(self, db: Db, application_name: str) -> int:
        """Hold the read models for this transaction and say how far they are applied, as
        committed: another desk (or the command line) catching up the same tables waits,
        then finds the events already applied instead of applying them twice."""
        if db.dialect == "postgres":
            db.execute("SELECT pg_advisory_xact_lock(:key)", key=_lock_key(application_name))
        else:
            db.execute(f"UPDATE {past.CLOCK} SET reached = reached")  # takes the write lock
        applied = db.value(
            f"""SELECT MAX(notification_id) FROM {self.tracking_table}
            WHERE application_name = :name""",
            name=application_name,
        )
        return int(applied or 0)

    def track(self, db: Db, tracking: Tracking) -> None:
        self._insert_tracking(db.cursor, tracking)

    @contextmanager
    def reading(self) -> Iterator[Db]:
        with transaction(self.datastore, commit=False) as db:
            yield db

    def create_read_model_tables(self, past_indexed: bool = True) -> None:
        """`past_indexed=False`: for a rebuild, which creates the others at its end
        (`create_missing_indexes`), only the indexes the handlers read by: of the present,
        those they apply or forget by and the UNIQUE ones; of the past, the twins of those
        they forget by."""
        schema = [*self.schema_statements, *self.lookups]
        read_by = self.applies_by | self.forgets_by
        with self.writing() as db:
            for statement in [*schema, *past.clock_statements()]:
                if past_indexed or past.needed_while_applying(statement, read_by):
                    db.execute(statement)
            past.keep_past(db, self.tables, schema, indexed=past_indexed, kept=self.forgets_by)

    def create_missing_indexes(self, application_name: str) -> None:
        """Create whichever indexes are missing: the past's, at the end of a rebuild or
        after one that was stopped half way, and those added since the store was made
        (looked for first, without taking the lock; then again under it, as desks opening
        together after an upgrade would each create them)."""
        with self.reading() as db:
            missing = past.missing_indexes(db, self.tables, self.schema_statements, self.lookups)
        if missing:
            with self.writing() as db:
                self.claim(db, application_name)
                for statement in past.missing_indexes(
                    db, self.tables, self.schema_statements, self.lookups
                ):
                    db.execute(statement)

    def fingerprint(self) -> str:
        text = "\n".join([*self.schema_statements, past.VERSION])
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def open_read_model_tables(self, tables: Sequence[str], application_name: str) -> bool:
        """Create the tables; if they were made by another version of the read models,
        drop them and start again from the beginning of the log. True when rebuilt."""
        with self.writing() as db:
            db.execute(
                """CREATE TABLE IF NOT EXISTS read_model_schema (
                application_name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL)"""
            )
            stored = db.value(
                "SELECT fingerprint FROM read_model_schema WHERE application_name = :name",
                name=application_name,
            )
        outdated = stored != self.fingerprint()
        if not outdated:
            # Made by this version already: no DDL (on PostgreSQL each statement locks a
            # table, and desks opening together deadlocked).
            return False
        self.drop_read_model_tables(tables, application_name)
        # With the past's indexes from the start: the demo, which builds its read models a
        # little at a time inside long transactions, took a third longer when they came at
        # its first catch-up instead (28.3 s against 21.2 and 20.1 s, alternated; the cause
        # was not found).
        self.create_read_model_tables()
        with self.writing() as db:
            db.execute(
                "DELETE FROM read_model_schema WHERE application_name = :name",
                name=application_name,
            )
            db.execute(
                "INSERT INTO read_model_schema VALUES (:name, :fingerprint)",
                name=application_name,
                fingerprint=self.fingerprint(),
            )
        return True

    def drop_read_model_tables(self, tables: Sequence[str], application_name: str) -> None:
        with self.writing() as db:
            if db.dialect != "postgres":  # the freed pages are zeroed, not left readable
                db.execute("PRAGMA secure_delete = ON")
            for table in [*tables, *past.past_tables(tables)]:
                db.execute(f"DROP TABLE IF EXISTS {table}")
            if db.dialect != "postgres":
                db.execute("PRAGMA secure_delete = OFF")
            db.execute(
                f"DELETE FROM {self.tracking_table} WHERE application_name = :name",
                name=application_name,
            )
        self._empty_wal()

    def _empty_wal(self) -> None:
        """SQLite: the log of recent writes (the -wal file) still holds the dropped tables'
        old pages until it is checkpointed and emptied; done now when no one else reads
        (if anyone does, it empties as the desk goes on writing)."""
        datastore = self.datastore
        if dialect_of(datastore) != "sqlite":
            return
        with datastore.get_connection(commit=True) as conn:
            conn._sqlite_conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @property
    def tracking_table(self) -> str:
        return "tracking"


class SQLiteReadModelStore(ReadModelStore, SQLiteTrackingRecorder):
    """The read models beside a SQLite store."""


def _lock_key(application_name: str) -> int:
    """A PostgreSQL advisory-lock key (signed 64 bits) for an application's read models."""
    digest = hashlib.sha256(f"frontdesk read models {application_name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)
