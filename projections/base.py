"""What every read model shares: its tables, its handlers, and the time columns' encoding."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any, ClassVar, overload
from zoneinfo import ZoneInfo

from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from domain.clock import DEFAULT_TIMEZONE
from domain.personal_data import ERASED, UNREADABLE
from ledger.vault import TOKEN_PREFIX, KeyVault, SealBrokenError
from projections.past import forget_in_past, set_clock
from projections.store import Db, ReadModelStore


def epoch(moment: datetime | None) -> float | None:
    """Moments are kept as UTC seconds so the databases can compare and subtract them."""
    return None if moment is None else moment.timestamp()


@overload
def from_epoch(seconds: float) -> datetime: ...
@overload
def from_epoch(seconds: None) -> None: ...
def from_epoch(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)


def iso_day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def search_terms(text: str, minimum: int) -> set[str]:
    """Every run of at least `minimum` characters of the text (spaces dropped, case folded):
    what a search by part of it can be looked up by."""
    text = "".join(text.split()).lower()
    return {text[i:j] for i in range(len(text)) for j in range(i + minimum, len(text) + 1)}


class ReadModel(Projection[ReadModelStore]):
    """A read model: SQL tables fed by `apply`, one handler per event type it follows."""

    tables: ClassVar[tuple[str, ...]] = ()
    schema: ClassVar[tuple[str, ...]] = ()
    # Indexes added since the tables were first made: a store made before them gets them
    # when it is next opened, without a rebuild (an index changes no row).
    lookups: ClassVar[tuple[str, ...]] = ()
    # The indexes (of `schema` or `lookups`) by which the handlers find every version of the
    # rows they forget: their past's twins are kept through a rebuild, which builds the
    # others at its end. Without them, each household or visitor forgotten in a rebuild
    # read a whole past table (tests/projections/test_rebuild_plans.py).
    forgets_by: ClassVar[tuple[str, ...]] = ()
    # The indexes (of `schema` or `lookups`) the handlers find the present's rows by: kept
    # through a rebuild, with those they forget by and every UNIQUE one. The others serve
    # only the desk's reads: a rebuild creates them at its end, in one pass over the rows,
    # instead of inserting into each of them at every change of every row (the plans of
    # the handlers' statements: tests/projections/test_rebuild_plans.py).
    applies_by: ClassVar[tuple[str, ...]] = ()
    zone: ZoneInfo = DEFAULT_TIMEZONE  # the community's local time, set by ReadModels
    vault: KeyVault  # the source's key vault, set by ReadModels

    # Names, plates, phones and free text are kept sealed with the record's own key, as in
    # the events: the database file holds none of them, and forgetting the record makes its
    # rows unreadable too.
    def sealed(self, subject: str, value: str) -> str:
        if not value or value in (ERASED, UNREADABLE):
            return value
        try:
            return self.vault.seal(subject, value.encode()) or ERASED
        except SealBrokenError:  # the record's key was tampered with: verify names it
            return UNREADABLE

    def sealed_if_kept(self, subject: str, value: str) -> str:
        """Sealed when the record has a key; a record from before its kind was sealed has
        its text in the clear in its events, and keeps it so here."""
        return self.sealed(subject, value) if self.vault.known(subject) else value

    def opened(self, subject: str, value: str) -> str:
        if not value or not value.startswith(TOKEN_PREFIX):
            return value
        try:
            plain = self.vault.unseal(subject, value)
        except SealBrokenError:
            return UNREADABLE
        return ERASED if plain is None else plain.decode()

    def text_terms(self, text: str, minimum: int) -> set[str]:
        """Keyed digests of every part of a name or plate at least `minimum` characters
        long (every character and run of characters of a Chinese name): the search table
        finds a person by part of their name without holding it."""
        parts = {p for p in search_terms(text, minimum) if ERASED not in p and UNREADABLE not in p}
        return {self.vault.blind(f"text:{part}") for part in parts}

    def text_term(self, query: str) -> str:
        return self.vault.blind(f"text:{query}")

    def opening(self, rows: Sequence[dict[str, Any]], subject: str) -> None:
        """Load the keys of a list's records in one query before their values are opened."""
        if len(rows) > 1:
            self.vault.prefetch(str(r[subject]) for r in rows)

    def update_record(
        self, db: Db, table: str, key: str, event: Any, assignments: str, **params: Any
    ) -> None:
        """The row of the event's own record (its aggregate, by the `key` column) updated."""
        db.execute(
            f"UPDATE {table} SET {assignments} WHERE {key} = :id",
            id=str(event.originator_id),
            **params,
        )

    def forget(self, db: Db, table: str, assignments: str, where: str, **params: Any) -> None:
        """Erase personal data from a table's rows and from every version of them kept."""
        db.execute(f"UPDATE {table} SET {assignments} WHERE {where}", **params)
        forget_in_past(db, table, assignments, where, **params)

    def forget_columns(
        self, db: Db, table: str, columns: Sequence[str], where: str, **params: Any
    ) -> None:
        """Say "erased" in a table's sealed columns (those holding anything), now and in
        every version kept: the rows of a record whose key was destroyed."""
        erased = ", ".join(f"{c} = CASE WHEN {c} = '' THEN '' ELSE :gone END" for c in columns)
        self.forget(db, table, erased, where, gone=ERASED, **params)

    # Each read model declares its own `@singledispatchmethod def apply(self, event, db)`,
    # so that handlers registered by one model are not called for another.
    def apply(self, event: Any, db: Db) -> None:
        raise NotImplementedError

    def handler_for(self, kind: type) -> Callable[[Any, Db], None] | None:
        """This model's handler for a kind of event, or None when it follows no such event.
        Resolved once per model class and kind, for every instance in the process: looking
        up a singledispatchmethod walks the event's whole class hierarchy (half a second
        over the demo's kinds of event, paid again by every new set of read models)."""
        handlers = self.__dict__.setdefault("_handlers", {})
        if kind not in handlers:
            found = declared_handler(type(self), kind)
            handlers[kind] = None if found is None else functools.partial(found, self)
        return handlers[kind]

    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        with self.view.writing(tracking) as db:
            set_clock(db, tracking.notification_id)
            self.apply(domain_event, db)


@functools.cache
def declared_handler(model: type[ReadModel], kind: type) -> Callable[..., None] | None:
    """The function a model class declares for a kind of event, or None."""
    declared = next(k.__dict__["apply"] for k in model.__mro__ if "apply" in k.__dict__)
    if not isinstance(declared, functools.singledispatchmethod):
        return declared
    declared.__get__(None, model)  # let deferred registrations land
    registry = declared.dispatcher.registry
    # Handlers are registered for event classes, never for abstract ones: the nearest in the
    # event's own class hierarchy is the one functools would find, without composing an MRO
    # over every registered class (half a millisecond a kind).
    nearest = next(base for base in kind.__mro__ if base in registry)
    return None if nearest is object else registry[nearest]
