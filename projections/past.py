"""The read models keep their past, so that the desk as it stood at any moment is a query,
not a replay of the log.

Each read-model table `t` has a shadow `t__past` holding every version of every row with
the log positions between which it was current (`_since` inclusive, `_until` exclusive;
"system-versioned tables" in SQL:2011's words). Triggers in the database keep it, so the
models' handlers write as they always did. To read the past, a transaction creates
temporary views named like the tables, showing the versions current at a position; the
models' queries then read the past as they read the present, and the views vanish with
the transaction, which is always rolled back.

The triggers read the position of the event being applied from `read_model_clock`, which
the runner sets before each event.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from eventsourcing.application import Application

from ledger.db import Db
from projections.model_set import ReadModelSet

if TYPE_CHECKING:
    from projections.runner import ReadModels

PAST = "__past"
CLOCK = "read_model_clock"
VERSION = "past-v4"  # part of the read models' fingerprint: change it to rebuild them
_INDEX = re.compile(
    r"CREATE\s+(?P<unique>UNIQUE\s+)?INDEX\s+IF\s+NOT\s+EXISTS\s+(?P<name>\w+)\s+ON\s+"
    r"(?P<table>\w+)\s*\((?P<on>.*)\)\s*$",
    re.IGNORECASE | re.DOTALL,
)


def past_of(table: str) -> str:
    return table + PAST


# --- keeping the past -------------------------------------------------------------------


def clock_statements() -> list[str]:
    return [f"CREATE TABLE IF NOT EXISTS {CLOCK} (reached BIGINT NOT NULL)"]


def set_clock(db: Db, position: int) -> None:
    db.execute(f"UPDATE {CLOCK} SET reached = :position", position=position)


def keep_past(
    db: Db,
    tables: Sequence[str],
    schema: Sequence[str],
    indexed: bool = True,
    kept: Collection[str] = (),
) -> None:
    """Give every table its past: the shadow table, its key index and the triggers, and the
    past's twins of the tables' indexes; when `indexed` is False (a rebuild, which creates
    them at its end), only the twins of the indexes named in `kept`, which the models'
    handlers find versions by (forgetting)."""
    if db.value(f"SELECT COUNT(*) FROM {CLOCK}") == 0:
        db.execute(f"INSERT INTO {CLOCK} VALUES (0)")
    for table in tables:
        columns, keys = _columns(db, table)
        if db.dialect == "postgres":
            _keep_past_postgres(db, table, columns, keys)
        else:
            _keep_past_sqlite(db, table, columns, keys)
        # A row's versions by its key: the triggers find the current one (_until IS NULL)
        # to close it, and the past is read by key.
        keyed, past = ", ".join(keys), past_of(table)
        db.execute(f"CREATE INDEX IF NOT EXISTS {past}_key ON {past} ({keyed}, _until)")
    for name, statement in past_indexes(tables, schema).items():
        if indexed or name.removesuffix(PAST) in kept:
            db.execute(statement)


def past_indexes(tables: Sequence[str], schema: Sequence[str]) -> dict[str, str]:
    """The past's twins of the tables' indexes, by name: the statements that create them.

    The past is read through the same indexes as the present, each ending with when the
    version was current: the versions current at a moment are told apart in the index,
    without reading the rows of all the others (the on-site list as of a moment years
    ago, among every version ever on site: 150 ms by the row, 1-20 ms by the index).
    The triggers find a row's current version by the key index; forgetting finds every
    version of a household's or a visitor's rows by some of these (`ReadModel.forgets_by`)."""
    twins = {}
    for statement in schema:
        index = _INDEX.match(statement.strip())
        # A partial index (WHERE …) serves only the present: the retention rule's search.
        if index and index["table"] in tables and " WHERE " not in statement:
            name, table, on = index["name"], index["table"], index["on"]
            twins[name + PAST] = (
                f"CREATE INDEX IF NOT EXISTS {name}{PAST} ON {past_of(table)} "
                f"({on}, _since, _until)"
            )
    return twins


def missing_indexes(
    db: Db, tables: Sequence[str], schema: Sequence[str], lookups: Sequence[str] = ()
) -> list[str]:
    """The statements that create the indexes missing from the store: the tables' own,
    `lookups` (indexes added since the tables were first made) and the past's twins of
    every index. A rebuild leaves most of them out and creates them at its end, in one pass
    over the rows and versions written (filled version by version, each change updated
    every twin twice: the new version's entry, the old one's end)."""
    present = index_names(db)
    wanted = {name: s for s in [*schema, *lookups] if (name := index_name(s))}
    wanted |= past_indexes(tables, [*schema, *lookups])
    return [s for name, s in wanted.items() if name not in present]


def needed_while_applying(statement: str, read_by: Collection[str]) -> bool:
    """Whether a rebuild runs a statement of the schema before applying the log: every one
    but the indexes no handler reads by (a UNIQUE index is a rule the rows keep: kept)."""
    index = _INDEX.match(statement.strip())
    return index is None or index["name"] in read_by or bool(index["unique"])


def index_names(db: Db) -> set[str]:
    """The names of the indexes the store holds (on PostgreSQL, in its schema)."""
    if db.dialect == "postgres":
        listed = "SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()"
    else:
        listed = "SELECT name FROM sqlite_master WHERE type = 'index'"
    return {r["name"] for r in db.all(listed)}


def index_name(statement: str) -> str | None:
    """The name of the index a schema statement creates; None for any other statement."""
    index = _INDEX.match(statement.strip())
    return None if index is None else index["name"]


def past_tables(tables: Sequence[str]) -> list[str]:
    return [past_of(table) for table in tables]


def _columns(db: Db, table: str) -> tuple[list[str], list[str]]:
    if db.dialect == "postgres":
        # From the catalogue itself: information_schema's views took ~20 ms a table, at
        # every opening of the read models and every moment viewed in the past.
        relation = "to_regclass(quote_ident(current_schema()) || '.' || quote_ident(:table))"
        columns = [
            r["column_name"]
            for r in db.all(
                f"""SELECT attname AS column_name FROM pg_attribute
                WHERE attrelid = {relation} AND attnum > 0 AND NOT attisdropped
                ORDER BY attnum""",
                table=table,
            )
        ]
        keys = [
            r["column_name"]
            for r in db.all(
                f"""SELECT a.attname AS column_name FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                WHERE i.indrelid = {relation} AND i.indisprimary
                ORDER BY array_position(i.indkey::int2[], a.attnum)""",
                table=table,
            )
        ]
    else:
        info = db.all(f"PRAGMA table_info({table})")
        columns = [r["name"] for r in info]
        keys = [r["name"] for r in sorted(info, key=lambda r: r["pk"]) if r["pk"]]
    assert keys, f"read-model table {table} needs a primary key to keep its past"
    return columns, keys


def _keep_past_sqlite(db: Db, table: str, columns: list[str], keys: list[str]) -> None:
    past = past_of(table)
    listed = ", ".join(columns)
    new = ", ".join(f"NEW.{c}" for c in columns)
    same_row = " AND ".join(f"{k} = OLD.{k}" for k in keys)
    now = f"(SELECT reached FROM {CLOCK})"
    close = f"UPDATE {past} SET _until = {now} WHERE {same_row} AND _until IS NULL;"
    keep = f"INSERT INTO {past} ({listed}, _since) VALUES ({new}, {now});"
    db.execute(
        f"CREATE TABLE IF NOT EXISTS {past} ({listed}, _since INTEGER NOT NULL, _until INTEGER)"
    )
    db.execute(
        f"CREATE TRIGGER IF NOT EXISTS {past}_insert AFTER INSERT ON {table} BEGIN {keep} END"
    )
    db.execute(
        f"""CREATE TRIGGER IF NOT EXISTS {past}_update AFTER UPDATE ON {table}
        BEGIN {close} {keep} END"""
    )
    db.execute(
        f"CREATE TRIGGER IF NOT EXISTS {past}_delete AFTER DELETE ON {table} BEGIN {close} END"
    )


def _keep_past_postgres(db: Db, table: str, columns: list[str], keys: list[str]) -> None:
    past = past_of(table)
    schema = db.value("SELECT current_schema()")
    qualified = f'"{schema}".{past}'
    same_row = " AND ".join(f"{k} = OLD.{k}" for k in keys)
    db.execute(
        f"""CREATE TABLE IF NOT EXISTS {past} (LIKE {table},
        _since BIGINT NOT NULL, _until BIGINT)"""
    )
    db.execute(
        f"""CREATE OR REPLACE FUNCTION {past}_keep() RETURNS trigger LANGUAGE plpgsql AS $keep$
        DECLARE now_at BIGINT;
        BEGIN
            SELECT reached INTO now_at FROM "{schema}".{CLOCK};
            IF TG_OP <> 'INSERT' THEN
                UPDATE {qualified} SET _until = now_at WHERE {same_row} AND _until IS NULL;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO {qualified} SELECT NEW.*, now_at, NULL;
            END IF;
            RETURN NULL;
        END $keep$"""
    )
    db.execute(
        f"""CREATE OR REPLACE TRIGGER {past}_keep AFTER INSERT OR UPDATE OR DELETE ON {table}
        FOR EACH ROW EXECUTE FUNCTION {past}_keep()"""
    )


def forget_in_past(db: Db, table: str, assignments: str, where: str, **params: Any) -> None:
    """Forgetting reaches the past too: every kept version of the rows loses the data."""
    db.execute(f"UPDATE {past_of(table)} SET {assignments} WHERE {where}", **params)


# --- reading the past -------------------------------------------------------------------


def past_views(db: Db, tables: Sequence[str], position: int) -> list[str]:
    """The statements that make the tables read, in one transaction, as they stood once the
    log reached `position`: temporary views over the versions current then."""
    main = f'"{db.value("SELECT current_schema()")}".' if db.dialect == "postgres" else "main."
    return [
        f"""CREATE TEMP VIEW {table} AS SELECT {", ".join(_columns(db, table)[0])}
        FROM {main}{past_of(table)}
        WHERE _since <= {int(position)} AND (_until IS NULL OR _until > {int(position)})"""
        for table in tables
    ]


def position_at(app: Application, moment: datetime) -> int:
    """The log's position at a moment: its last event recorded then or before (a binary
    search over the log, by the events' own time; a few dozen rows read)."""
    recorder, transcoder = app.recorder, app.mapper.transcoder

    def first_from(position: int) -> tuple[int, datetime] | None:
        found = recorder.select_notifications(start=position, limit=1)
        if not found:
            return None
        return found[0].id, transcoder.decode(found[0].state)["timestamp"]

    low, high = 0, recorder.max_notification_id() or 0
    while low < high:
        middle = (low + high + 1) // 2
        found = first_from(middle)
        if found is None or found[0] > high or found[1] > moment:
            high = middle - 1
        else:
            low = found[0]
    return low


class PastReadModels(ReadModelSet):
    """The read models as they stood at a moment: the live ones' queries, over their past."""

    def __init__(self, live: ReadModels, moment: datetime, position: int) -> None:
        self.live, self.moment, self.at_position = live, moment, position
        self.models = live.models
        self.tables = live.tables
        for model in self.models:
            setattr(self, model.name, model)
        with live.store.reading() as db:  # the tables' columns, looked up once
            self._views = past_views(db, self.tables, position)

    def position(self) -> int:
        return self.at_position

    @contextmanager
    def reading(self) -> Iterator[Db]:
        with self.live.store.reading() as db:  # rolled back: the views go with it
            for view in self._views:
                db.execute(view)
            yield db
