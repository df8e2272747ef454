"""Keeps the read models caught up with the event log: from their tracking position, in
batches, rows and position in one transaction; then following new events as they come."""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from eventsourcing.application import Application
from eventsourcing.persistence import Tracking

from domain.clock import DEFAULT_TIMEZONE
from ledger.sqlite_store import PAGE_CACHE_KIB
from ledger.vault import KeyVault
from projections.base import ReadModel
from projections.log_reader import Batch, DecodingProcess, LogReader
from projections.model_set import ReadModelSet
from projections.past import set_clock
from projections.store import Db, ReadModelStore, SQLiteReadModelStore

BATCH = 5000  # events a transaction: fewer commits, each rewriting the hot index pages once
# Far behind (a rebuild, a desk off for weeks): bigger transactions, and a page cache big
# enough for the indexes being filled, for that catch-up only (SQLite). With the desk's
# usual 16 MB, inserting into gigabytes of indexes read the same pages again and again.
BULK_FROM = 20_000
BULK_BATCH = 20_000
BULK_CACHE_KIB = 262_144
POLL_SECONDS = 0.3


def on_postgres(app: Application) -> bool:
    """Whether the application records to PostgreSQL. A SQLite desk never imports the
    PostgreSQL recorders, and no recorder can be one of them until they are imported."""
    postgres = sys.modules.get("eventsourcing.postgres")
    return postgres is not None and isinstance(app.recorder, postgres.PostgresApplicationRecorder)


def store_for(app: Application) -> ReadModelStore:
    """The read-model store in the same database as the application's events."""
    view_class: type[ReadModelStore] = SQLiteReadModelStore
    if on_postgres(app):
        from projections.postgres_store import PostgresReadModelStore

        view_class = PostgresReadModelStore
    # The library types the result by the factory's own recorder class, not by the one asked for.
    return app.factory.tracking_recorder(view_class)  # type: ignore[return-value]


def vault_of(source: Application) -> KeyVault:
    """The source's key vault, the key checked as the read models open: a desk without the
    store's key is told where to put it (the mapper's refusal), not whatever a read that
    first needs a key would raise."""
    checked = getattr(source.mapper, "vault", None)
    if callable(checked):
        return checked()
    return getattr(source, "vault", None) or KeyVault(None)


class ReadModels(ReadModelSet):
    """Every read model of one event log, written to one store and tracked as one."""

    def __init__(
        self,
        source: Application,
        models: Sequence[type[ReadModel]],
        store: ReadModelStore | None = None,
        zone: ZoneInfo | None = None,
    ) -> None:
        self.source = source
        self.store = store if store is not None else store_for(source)
        self.zone = zone or getattr(source, "timezone", None) or DEFAULT_TIMEZONE
        self.models = [model(self.store) for model in models]
        vault = vault_of(source)
        for model in self.models:
            model.zone = self.zone
            model.vault = vault
            self.store.add_schema(
                model.schema, model.tables, model.lookups, model.forgets_by, model.applies_by
            )
            setattr(self, model.name, model)
        self.tables = [table for model in self.models for table in model.tables]
        self.reader = LogReader(
            source, [type(model) for model in self.models], lambda kind: bool(self._handlers(kind))
        )
        self.store.open_read_model_tables(self.tables, self.application_name)
        # Those a rebuild stopped half way left out, and those added since the store was made.
        self.store.create_missing_indexes(self.application_name)
        self._index_past = False  # a rebuild's catch-up creates the past's at its end
        self._following: threading.Thread | None = None
        self._stop = threading.Event()
        self.changed: list[Callable[[int], None]] = []
        self._lock = threading.Lock()
        self._by_kind: dict[type, list[Callable[[Any, Db], None]]] = {}
        self.unsealed: set[int] = set()  # positions passed over: not sealed by any desk
        self._told = self.position()  # the position the listeners last heard of

    @property
    def application_name(self) -> str:
        return self.source.name

    def position(self) -> int:
        return self.store.max_tracking_id(self.application_name) or 0

    def behind(self) -> int:
        """How many events the log holds that the read models have not applied yet."""
        return max(0, (self.source.recorder.max_notification_id() or 0) - self.position())

    def reading(self) -> contextlib.AbstractContextManager[Db]:
        return self.store.reading()

    def _decoded(self, start: int, limit: int, stop: int | None = None) -> Batch:
        """The batch's events, decoded (see LogReader.batch), in this process."""
        read = self.reader.batch(start, limit, stop)
        self.unsealed |= read.unsealed
        return read.decoded

    def _batches(self, start: int, batch: int, elsewhere: bool) -> Generator[Batch, None, None]:
        """The log from `start` on, a batch at a time. `elsewhere`: every batch after the
        first is decoded by a process of its own while this one writes the one before (the
        first is decoded here meanwhile, while that process starts)."""
        decoding = None
        if elsewhere:
            decoding = DecodingProcess.start(self.source, self.reader.models, start + batch, batch)
        try:
            if decoding is not None:
                first = self._decoded(start, batch, stop=start + batch - 1)
                if first:
                    yield first
                start += batch
                for read in decoding:
                    self.unsealed |= read.unsealed
                    self.reader.prefetch(read.sealed)
                    yield read.decoded
                    start = read.decoded[-1][0] + 1
            while decoded := self._decoded(start, batch):  # what came since, or the rest
                yield decoded
                start = decoded[-1][0] + 1
        finally:
            if decoding is not None:
                decoding.close()

    def _apply(self, batch: Batch, bulk: bool = False) -> int:
        """Apply the batch's events not applied yet (by another desk, say): how many."""
        # Inside the demo's held transaction without a savepoint: a handler's failure is a
        # fault that stops the build anyway.
        with self.store.writing(atomic=False) as db:
            if bulk:
                _page_cache(db, BULK_CACHE_KIB)
            applied = self.store.claim(db, self.application_name)
            fresh = [(position, event) for position, event in batch if position > applied]
            for position, event in fresh:
                if event is None:
                    continue  # not sealed, or followed by no read model
                handlers = self._handlers(type(event))
                if handlers:
                    set_clock(db, position)  # the versions the handlers write start here
                    for handler in handlers:
                        handler(event, db)
            if fresh:
                self.store.track(db, Tracking(self.application_name, fresh[-1][0]))
        return len(fresh)

    def _handlers(self, kind: type) -> list[Callable[[Any, Db], None]]:
        found = self._by_kind.get(kind)
        if found is None:
            found = self._by_kind[kind] = [
                handler for model in self.models if (handler := model.handler_for(kind))
            ]
        return found

    def catch_up(self, batch: int = BATCH, progress: Callable[[int], None] | None = None) -> int:
        """Apply every event not yet applied. `progress` hears the log position after each
        batch."""
        applied = 0
        with self._lock:
            position = self.position()
            behind = self.behind()
            bulk = behind >= BULK_FROM
            if bulk:
                batch = max(batch, BULK_BATCH)
            batches = self._batches(position + 1, batch, elsewhere=bulk and behind > batch)
            paused = collector_paused() if bulk else contextlib.nullcontext()
            try:
                with paused:
                    for decoded in batches:
                        applied += self._apply(decoded, bulk)
                        if progress is not None:
                            progress(decoded[-1][0])
            finally:
                batches.close()
            if self._index_past:
                self.store.create_missing_indexes(self.application_name)
                self._index_past = False
            if bulk:  # the desk's usual cache again, its memory given back
                with self.store.writing(atomic=False) as db:
                    _page_cache(db, PAGE_CACHE_KIB)
        # Told whenever the read models have moved on, whoever applied the events: another
        # desk on the same store may have applied them first (its command, its catch-up).
        reached = self.position()
        if reached > self._told:
            self._told = reached
            for listener in list(self.changed):
                listener(reached)
        return applied

    def rebuild(self, batch: int = BATCH) -> int:
        """Drop every read model and build it again from the whole log."""
        with self._lock:
            self.store.drop_read_model_tables(self.tables, self.application_name)
            self.store.create_read_model_tables(past_indexed=False)
            self._index_past = True
            self._told = 0  # built again: every listener hears of it
        return self.catch_up(batch)

    # --- following new events while the program runs ---------------------------------------

    def follow(self) -> None:
        if self._following is not None:
            return
        self._stop.clear()
        self._following = threading.Thread(target=self._follow, name="read-models", daemon=True)
        self._following.start()

    def stop(self) -> None:
        self._stop.set()
        if self._following is not None:
            self._following.join(timeout=5)
            self._following = None

    def _follow(self) -> None:
        if on_postgres(self.source):
            self._follow_notifications()
        else:
            while not self._stop.wait(POLL_SECONDS):
                self.catch_up()

    def _follow_notifications(self) -> None:
        """PostgreSQL tells us when events are recorded (LISTEN/NOTIFY)."""
        self.catch_up()
        with self.source.recorder.subscribe(gt=self.position()) as subscription:

            def stop_when_asked() -> None:
                self._stop.wait()
                subscription.stop()

            stopper = threading.Thread(target=stop_when_asked, daemon=True)
            stopper.start()
            for _ in _quietly(subscription):
                self.catch_up()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for a long catch-up. Each batch unpickles or decodes
    tens of thousands of events, which stay alive until it is written: the collector's
    rounds, set off by allocations, walked them again and again (a rebuild of 640,698 events
    took 84.2 / 84.3 s with it, 74.5 / 75.0 s without; 34 MB more at its peak). The
    catch-up makes no cycles of its own to collect (18 objects in 120,000 events)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _page_cache(db: Db, kib: int) -> None:
    """SQLite's page cache of this connection (the pages stay until it is made smaller)."""
    if db.dialect == "sqlite":
        db.execute(f"PRAGMA cache_size = -{kib}")


def _quietly(iterator: Iterator[Any]) -> Iterator[Any]:
    with contextlib.suppress(StopIteration):
        yield from iterator
