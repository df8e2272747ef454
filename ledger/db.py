"""SQL written once with `:name` parameters, run on SQLite or PostgreSQL."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

_NAMED = re.compile(r"(?<!:):([a-z_][a-z0-9_]*)")
_WRITE = re.compile(r"^(\s*)(INSERT|UPDATE)(\s+)(?!OR\s)", re.IGNORECASE)


class Db:
    """A cursor inside one transaction. `undone_whole`: a transaction (or savepoint) undone
    whole when any of its statements fails, as a read model's is (see `failing`)."""

    def __init__(self, cursor: Any, dialect: str, *, undone_whole: bool = False) -> None:
        self.cursor = cursor
        self.dialect = dialect
        self._failing = undone_whole and dialect == "sqlite"

    def sql(self, statement: str) -> str:
        if self.dialect == "postgres":
            return _NAMED.sub(r"%(\1)s", statement)
        return failing(statement) if self._failing else statement

    def execute(self, statement: str, **params: Any) -> None:
        self.cursor.execute(self.sql(statement), params)

    def executemany(self, statement: str, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self.cursor.executemany(self.sql(statement), list(rows))

    def all(self, statement: str, **params: Any) -> list[dict[str, Any]]:
        self.execute(statement, **params)
        return [dict(row) for row in self.cursor.fetchall()]

    def rows(self, statement: str, **params: Any) -> list[Any]:
        """The rows as the driver gives them (read by column name), without copies."""
        self.execute(statement, **params)
        return self.cursor.fetchall()

    def tuples(self, statement: str, **params: Any) -> list[Any]:
        """The rows as plain tuples in the statement's column order: the cheapest to read by
        the million (PostgreSQL's rows come as dicts, SQLite's as name-indexed rows)."""
        with self._plain() as sqlite_cursor:
            if sqlite_cursor is None:
                return [tuple(row.values()) for row in self.rows(statement, **params)]
            return self.rows(statement, **params)

    def each(self, statement: str, **params: Any) -> Iterator[tuple[Any, ...]]:
        """The rows as plain tuples one by one, as the driver reads them: hundreds of
        thousands kept few at a time, without a list of them all first."""
        with self._plain() as sqlite_cursor:
            self.execute(statement, **params)
            if sqlite_cursor is None:
                for row in self.cursor:
                    yield tuple(row.values())
            else:
                yield from sqlite_cursor

    @contextmanager
    def _plain(self) -> Iterator[Any]:
        """SQLite's cursor, reading plain tuples meanwhile; None on PostgreSQL."""
        sqlite_cursor = getattr(self.cursor, "sqlite_cursor", None)
        if sqlite_cursor is None:
            yield None
            return
        named, sqlite_cursor.row_factory = sqlite_cursor.row_factory, None
        try:
            yield sqlite_cursor
        finally:
            sqlite_cursor.row_factory = named

    def one(self, statement: str, **params: Any) -> dict[str, Any] | None:
        self.execute(statement, **params)
        row = self.cursor.fetchone()
        return None if row is None else dict(row)

    def value(self, statement: str, **params: Any) -> Any:
        row = self.one(statement, **params)
        return None if row is None else next(iter(row.values()))


IN_CHUNK = 500  # values bound in one IN (…): well under every driver's limit on parameters


def bound_in(values: Sequence[Any], prefix: str = "v") -> Iterator[tuple[str, dict[str, Any]]]:
    """`values` a chunk at a time, as the named marks of an `IN (…)` and their parameters:
    `for marks, named in bound_in(ids): db.all(f"… WHERE id IN ({marks})", **named)`."""
    for start in range(0, len(values), IN_CHUNK):
        named = {f"{prefix}{n}": value for n, value in enumerate(values[start : start + IN_CHUNK])}
        yield ", ".join(f":{name}" for name in named), named


@functools.lru_cache(maxsize=1024)
def failing(statement: str) -> str:
    """An INSERT or UPDATE that, on SQLite, stops where a constraint fails (OR FAIL) instead
    of undoing its own changes first (the default, ABORT). To be able to undo them, SQLite
    copies every page the statement changes to a statement journal, whenever it may abort
    and writes more than one table: every write of a read model, through the triggers that
    keep its past. Where the whole transaction is undone on any failure, that copy is never
    read. Without it, 632,129 rows of the residents' search table (four B-trees each, with
    its past) went in at 40 µs a row instead of 70, and a rebuild of the large community's
    first two years took 122 s instead of 134 s."""
    return _WRITE.sub(r"\1\2 OR FAIL\3", statement, count=1)


def dialect_of(datastore: Any) -> str:
    return "postgres" if hasattr(datastore, "schema") else "sqlite"


@contextmanager
def transaction(
    datastore: Any, *, commit: bool, atomic: bool = True, undone_whole: bool = False
) -> Iterator[Db]:
    """A transaction on an eventsourcing datastore; on PostgreSQL inside the store's schema.
    `atomic=False` only matters inside a sole writer's held transaction (see
    ledger.sqlite_store): no savepoint of its own there. `undone_whole`: no statement's
    failure is caught inside, so every failure undoes the whole transaction, or the
    savepoint (see `failing`)."""
    dialect = dialect_of(datastore)
    options = {} if atomic or not hasattr(datastore, "holding") else {"savepoint": False}
    with datastore.transaction(commit=commit, **options) as cursor:
        if dialect == "postgres":
            cursor.execute(f'SET LOCAL search_path TO "{datastore.schema}"')
        yield Db(cursor, dialect, undone_whole=undone_whole)
