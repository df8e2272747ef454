"""The PostgreSQL application recorder, chained and guarded as ledger/recorders.py's
SQLite one: a module of its own, so that a SQLite desk never imports psycopg."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from eventsourcing.persistence import StoredEvent
from eventsourcing.postgres import PostgresAggregateRecorder, PostgresApplicationRecorder
from psycopg import Cursor
from psycopg.rows import DictRow
from psycopg.sql import SQL, Composed, Identifier

from ledger.db import Db
from ledger.recorders import APPEND_ONLY, Recorded
from ledger.vault import KeyVault, vault_tables

SCHEMA_MARKER = "frontdesk_schema"  # the version of the tables and guards this store has


class ChainedPostgresApplicationRecorder(Recorded, PostgresApplicationRecorder):
    position_column = "notification_id"
    id_as_linked = "replace(CAST({} AS TEXT), '-', '')"  # a UUID's hex, as `link` holds it

    def __init__(self, datastore: Any, **kwargs: Any) -> None:
        super().__init__(datastore, **kwargs)
        schema = datastore.schema
        self.events_table = f'"{schema}"."{self.events_table_name}"'
        self.chain_table = f'"{schema}".event_chain'
        self.vault = KeyVault(datastore)
        self.snapshots_table_name = self.events_table_name.replace("_events", "_snapshots")
        refuse = Identifier(schema, "frontdesk_refuse_change")
        refuse_key = Identifier(schema, "frontdesk_refuse_key_change")
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
            # A personal key may only be destroyed: its wrapped key set to NULL.
            SQL(
                "CREATE OR REPLACE FUNCTION {refuse}() RETURNS trigger LANGUAGE plpgsql AS "
                "$BODY$ BEGIN IF TG_OP = 'UPDATE' AND NEW.wrapped_key IS NULL "
                "AND NEW.subject = OLD.subject THEN RETURN NEW; END IF; "
                "RAISE EXCEPTION '{message}' USING ERRCODE = 'insufficient_privilege'; END; $BODY$"
            ).format(refuse=refuse_key, message=SQL(APPEND_ONLY)),
        ]
        statements += [Composed([SQL(s)]) for s in vault_tables(lambda name: f'"{schema}".{name}')]
        for table, function in (
            (self.events_table_name, refuse),
            ("event_chain", refuse),
            (self.snapshots_table_name, refuse),
            ("store_key", refuse),
            ("personal_keys", refuse_key),
        ):
            target = Identifier(schema, table)
            statements += [
                SQL(
                    "CREATE OR REPLACE TRIGGER {name} BEFORE UPDATE OR DELETE ON {target} "
                    "FOR EACH ROW EXECUTE FUNCTION {refuse}()"
                ).format(name=Identifier(f"{table}_refuse_change"), target=target, refuse=function),
                SQL(
                    "CREATE OR REPLACE TRIGGER {name} BEFORE TRUNCATE ON {target} "
                    "FOR EACH STATEMENT EXECUTE FUNCTION {refuse}()"
                ).format(name=Identifier(f"{table}_refuse_truncate"), target=target, refuse=refuse),
                SQL("REVOKE UPDATE, DELETE, TRUNCATE ON {target} FROM PUBLIC").format(
                    target=target
                ),
            ]
        self.sql_create_statements.extend(statements)

    def create_table(self) -> None:
        # Every desk opening the store would otherwise run the tables' and guards' DDL
        # again, each statement locking a table: desks opening together deadlocked, and one
        # opening mid-morning held up the others' commands. Run once per version of it.
        if self._schema_is_current():
            self.datastore.register_type_adapters()
            return
        # The snapshots' table first (the library makes it later, if at all), to guard it.
        PostgresAggregateRecorder(
            self.datastore, events_table_name=self.snapshots_table_name
        ).create_table()
        super().create_table()

    def _create_table(self, curs: Cursor[DictRow]) -> None:
        curs.execute("SELECT pg_advisory_xact_lock(%s)", (self._schema_lock(),), prepare=False)
        super()._create_table(curs)
        marker = Identifier(self.datastore.schema, SCHEMA_MARKER)
        curs.execute(
            SQL("CREATE TABLE IF NOT EXISTS {marker} (fingerprint text NOT NULL)").format(
                marker=marker
            ),
            prepare=False,
        )
        curs.execute(SQL("DELETE FROM {marker}").format(marker=marker), prepare=False)
        curs.execute(
            SQL("INSERT INTO {marker} VALUES (%s)").format(marker=marker),
            (self._schema_fingerprint(),),
            prepare=False,
        )

    def _schema_fingerprint(self) -> str:
        text = "\n".join(statement.as_string() for statement in self.sql_create_statements)
        return hashlib.sha256(f"{self.snapshots_table_name}\n{text}".encode()).hexdigest()

    def _schema_lock(self) -> int:
        digest = hashlib.sha256(f"frontdesk schema {self.datastore.schema}".encode()).digest()
        return int.from_bytes(digest[:8], "big", signed=True)

    def _schema_is_current(self) -> bool:
        marker = f'"{self.datastore.schema}".{SCHEMA_MARKER}'
        with self.datastore.transaction(commit=False) as curs:
            curs.execute("SELECT to_regclass(%s) IS NOT NULL AS present", (marker,), prepare=False)
            row = curs.fetchone()
            if row is None or not row["present"]:
                return False
            curs.execute(
                SQL("SELECT fingerprint FROM {m}").format(
                    m=Identifier(self.datastore.schema, SCHEMA_MARKER)
                ),
                prepare=False,
            )
            found = curs.fetchone()
        return found is not None and found["fingerprint"] == self._schema_fingerprint()

    def _fetch_ids_after_insert_events(
        self, curs: Cursor[DictRow], stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        positions = super()._fetch_ids_after_insert_events(curs, stored_events, **kwargs)
        self.recorded(Db(curs, "postgres"), positions, stored_events)
        return positions
