"""The library's SQLite and PostgreSQL application recorders, with the event tables made
append-only in the database itself, every insert sealed into the integrity chain in the
same transaction, and the tables of the key vault beside them.

Only the desk that records an event seals it, in the transaction that inserts it: an event
that reached the table any other way has no link and `verify` names it as inserted. Nothing
seals events after the fact (stores from before the chain existed are not carried over).

Guarded tables: the log, its chain, the snapshots (kept, never read) and the store's key
refuse every change and removal; the personal keys refuse all but destroying a key. On
SQLite an insert over an existing row is refused too, so `INSERT OR REPLACE` (a delete the
delete guards never see) cannot slip through."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from eventsourcing.persistence import StoredEvent
from eventsourcing.sqlite import SQLiteAggregateRecorder, SQLiteApplicationRecorder, SQLiteCursor

from ledger.chain import ChainTables
from ledger.db import Db, transaction
from ledger.vault import ERASURE, KeyVault, vault_tables

APPEND_ONLY = "the event log is append-only: recorded events cannot be changed or removed"
SQLITE_SNAPSHOTS = "stored_snapshots"
# Each guarded SQLite table with the columns that identify a row (for the insert guard).
SQLITE_KEYS = {
    "stored_events": ("originator_id", "originator_version"),
    "event_chain": ("position",),
    SQLITE_SNAPSHOTS: ("originator_id", "originator_version"),
    "store_key": ("key_id",),
    "personal_keys": ("subject",),
}


def sqlite_guards() -> list[str]:
    def refuse(name: str, when: str) -> str:
        return f"""CREATE TRIGGER IF NOT EXISTS {name} {when}
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"""

    statements = []
    for table, keys in SQLITE_KEYS.items():
        same = " AND ".join(f"{key} = NEW.{key}" for key in keys)
        if table == "stored_events":  # a row may also be replaced by its position
            same = f"({same}) OR rowid = NEW.rowid"
        statements.append(
            refuse(
                f"{table}_refuse_replace",
                f"BEFORE INSERT ON {table} WHEN EXISTS (SELECT 1 FROM {table} WHERE {same})",
            )
        )
        statements.append(refuse(f"{table}_refuse_delete", f"BEFORE DELETE ON {table}"))
        if table != "personal_keys":
            statements.append(refuse(f"{table}_refuse_update", f"BEFORE UPDATE ON {table}"))
    # A personal key may only be destroyed: its wrapped key set to NULL, nothing else.
    statements.append(
        refuse(
            "personal_keys_refuse_update",
            "BEFORE UPDATE ON personal_keys WHEN NEW.wrapped_key IS NOT NULL "
            "OR NEW.subject IS NOT OLD.subject",
        )
    )
    return statements


class Recorded(ChainTables):
    vault: KeyVault

    def stored_id(self, originator_id: Any) -> Any:
        return UUID(str(originator_id)) if self.stored_as_uuid else UUID(str(originator_id)).hex

    stored_as_uuid = True

    def erasures_after_sweep(self) -> tuple[list[str], int]:
        """The records erased since the last sweep (record ids), and the log's head."""
        sweep = self.vault.table("erasure_sweep")
        with transaction(self.datastore, commit=False) as db:
            through = int(db.value(f"SELECT MAX(through) FROM {sweep}") or 0)
            head = int(
                db.value(f"SELECT MAX({self.position_column}) FROM {self.events_table}") or 0
            )
            rows = db.rows(
                f"""SELECT DISTINCT originator_id FROM {self.events_table}
                WHERE {self.position_column} > :through AND {self.position_column} <= :head
                AND topic LIKE :erasure""",
                through=through,
                head=head,
                erasure=f"%{ERASURE}",
            )
        found = []
        for row in rows:
            try:
                found.append(str(UUID(str(row["originator_id"]))))
            except ValueError:  # no record's id: a forged row, which verify names
                continue
        return found, head

    def swept(self, through: int) -> None:
        """Every erasure up to this position has its key destroyed."""
        sweep = self.vault.table("erasure_sweep")
        with transaction(self.datastore, commit=True) as db:
            db.execute(
                f"""INSERT INTO {sweep} (id, through) VALUES (1, :through)
                ON CONFLICT (id) DO UPDATE SET through = :through""",
                through=through,
            )

    def recorded(
        self, db: Db, positions: Sequence[int] | None, stored_events: Sequence[StoredEvent]
    ) -> None:
        """In the transaction that inserted the events: the new records' keys, the keys
        an erasure destroys (so no crash can leave an erasure with its key), then the
        chain over them."""
        assert positions is not None
        self.vault.write_pending(db, {str(s.originator_id) for s in stored_events})
        erased = [str(s.originator_id) for s in stored_events if s.topic.endswith(ERASURE)]
        if erased:
            self.vault.destroy(db, erased)
        self.seal(db, positions, stored_events)


class ChainedSQLiteApplicationRecorder(Recorded, SQLiteApplicationRecorder):
    chain_table = "event_chain"
    position_column = "rowid"
    stored_as_uuid = False  # the library writes a record id as hex text

    def __init__(self, datastore: Any, events_table_name: str = "stored_events") -> None:
        super().__init__(datastore, events_table_name)
        self.events_table = self.events_table_name
        self.vault = KeyVault(datastore)

    def construct_create_table_statements(self) -> list[str]:
        assert self.events_table_name == "stored_events"
        return [
            *super().construct_create_table_statements(),
            *SQLiteAggregateRecorder(
                self.datastore, SQLITE_SNAPSHOTS
            ).construct_create_table_statements(),
            f"""CREATE TABLE IF NOT EXISTS {self.chain_table} (
            position INTEGER PRIMARY KEY, digest BLOB NOT NULL)""",
            *vault_tables(lambda name: name),
            *sqlite_guards(),
        ]

    def _insert_events(
        self, c: SQLiteCursor, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        positions = super()._insert_events(c, stored_events, **kwargs)
        self.recorded(Db(c, "sqlite"), positions, stored_events)
        return positions
