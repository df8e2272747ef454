"""The library's SQLite and PostgreSQL application recorders, with the event tables made
append-only in the database itself, every insert sealed into the integrity chain in the
same transaction, and the tables of the key vault beside them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventsourcing.persistence import StoredEvent
from eventsourcing.postgres import PostgresApplicationRecorder
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteCursor
from psycopg import Cursor
from psycopg.rows import DictRow
from psycopg.sql import SQL, Identifier

from ledger.chain import ChainTables
from ledger.db import Db
from ledger.vault import KeyVault, vault_tables

APPEND_ONLY = "the event log is append-only: recorded events cannot be changed or removed"


class Recorded(ChainTables):
    vault: KeyVault

    def recorded(
        self, db: Db, positions: Sequence[int] | None, stored_events: Sequence[StoredEvent]
    ) -> None:
        """In the transaction that inserted the events: the new records' keys, then the
        chain over them."""
        assert positions is not None
        self.vault.write_pending(db, {str(s.originator_id) for s in stored_events})
        self.seal(db, positions, stored_events)


class ChainedSQLiteApplicationRecorder(Recorded, SQLiteApplicationRecorder):
    chain_table = "event_chain"
    position_column = "rowid"

    def __init__(self, datastore: Any, events_table_name: str = "stored_events") -> None:
        super().__init__(datastore, events_table_name)
        self.events_table = self.events_table_name
        self.vault = KeyVault(datastore)

    def construct_create_table_statements(self) -> list[str]:
        guards = [
            f"""CREATE TRIGGER IF NOT EXISTS {table}_refuse_{verb.lower()}
            BEFORE {verb} ON {table} BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"""
            for table in (self.events_table_name, self.chain_table)
            for verb in ("UPDATE", "DELETE")
        ]
        return [
            *super().construct_create_table_statements(),
            f"""CREATE TABLE IF NOT EXISTS {self.chain_table} (
            position INTEGER PRIMARY KEY, digest BLOB NOT NULL)""",
            *guards,
            *vault_tables(lambda name: name),
        ]

    def create_table(self) -> None:
        super().create_table()
        self.seal_backlog()

    def _insert_events(
        self, c: SQLiteCursor, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        positions = super()._insert_events(c, stored_events, **kwargs)
        self.recorded(Db(c, "sqlite"), positions, stored_events)
        return positions


class ChainedPostgresApplicationRecorder(Recorded, PostgresApplicationRecorder):
    position_column = "notification_id"

    def __init__(self, datastore: Any, **kwargs: Any) -> None:
        super().__init__(datastore, **kwargs)
        schema = datastore.schema
        self.events_table = f'"{schema}"."{self.events_table_name}"'
        self.chain_table = f'"{schema}".event_chain'
        self.vault = KeyVault(datastore)
        refuse = Identifier(schema, "frontdesk_refuse_change")
        statements = [
            SQL(
                "CREATE TABLE IF NOT EXISTS {chain} (position bigint PRIMARY KEY, "
                "digest bytea NOT NULL)"
            ).format(chain=Identifier(schema, "event_chain")),
            SQL(
                "CREATE OR REPLACE FUNCTION {refuse}() RETURNS trigger LANGUAGE plpgsql AS "
                "$BODY$ BEGIN RAISE EXCEPTION '{message}' USING ERRCODE = 'insufficient_privilege';"
                " END; $BODY$"
            ).format(refuse=refuse, message=SQL(APPEND_ONLY)),
        ]
        for table in (self.events_table_name, "event_chain"):
            target = Identifier(schema, table)
            statements += [
                SQL(
                    "CREATE OR REPLACE TRIGGER {name} BEFORE UPDATE OR DELETE ON {target} "
                    "FOR EACH ROW EXECUTE FUNCTION {refuse}()"
                ).format(name=Identifier(f"{table}_refuse_change"), target=target, refuse=refuse),
                SQL(
                    "CREATE OR REPLACE TRIGGER {name} BEFORE TRUNCATE ON {target} "
                    "FOR EACH STATEMENT EXECUTE FUNCTION {refuse}()"
                ).format(name=Identifier(f"{table}_refuse_truncate"), target=target, refuse=refuse),
                SQL("REVOKE UPDATE, DELETE, TRUNCATE ON {target} FROM PUBLIC").format(
                    target=target
                ),
            ]
        statements += [SQL(s) for s in vault_tables(lambda name: f'"{schema}".{name}')]
        self.sql_create_statements.extend(statements)

    def create_table(self) -> None:
        super().create_table()
        self.seal_backlog(lock=self._lock_events)

    def _lock_events(self, db: Db) -> None:
        db.execute(f"LOCK TABLE {self.events_table} IN EXCLUSIVE MODE")

    def _fetch_ids_after_insert_events(
        self, curs: Cursor[DictRow], stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        positions = super()._fetch_ids_after_insert_events(curs, stored_events, **kwargs)
        self.recorded(Db(curs, "postgres"), positions, stored_events)
        return positions
