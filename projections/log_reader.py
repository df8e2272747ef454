"""The log as the read models take it: a batch of positions at a time, each event decoded or
passed over; for a long catch-up (a rebuild, a desk far behind), decoded in a process of its
own on the other core while this one writes the batch before."""

from __future__ import annotations

import queue
from collections.abc import Iterator, Sequence
from typing import Any

from eventsourcing.application import Application
from eventsourcing.utils import TopicError, resolve_topic

from ledger.vault import TOKEN_PREFIX
from projections.base import ReadModel, declared_handler

SEALED = TOKEN_PREFIX.encode()  # in a stored event: it holds personal data
AHEAD = 2  # batches a decoding process keeps ready: a few megabytes each
Batch = list[tuple[int, Any]]


class LogReader:
    """Reads the log for a set of read models (their classes: what they follow)."""

    def __init__(self, source: Application, models: Sequence[type[ReadModel]]) -> None:
        self.source = source
        self.models = tuple(models)
        self._followed: dict[str, bool] = {}

    def batch(self, start: int, limit: int, stop: int | None = None) -> tuple[Batch, set[int]]:
        """The events from `start` on (at most `limit`, none after `stop`), each decoded, and
        the positions among them that the chain does not seal. An event the desk never
        sealed (written into the database by hand) reads as None: it is passed over, never
        shown as history. So does an event no read model follows, left undecoded (a pickup
        code assigned, a unit's contract attached: a tenth of a busy log)."""
        notifications = self.source.recorder.select_notifications(
            start=start, limit=limit, stop=stop
        )
        linked = self._linked(notifications)
        unsealed = set() if linked is None else {n.id for n in notifications} - linked
        wanted = [
            n
            for n in notifications
            if (linked is None or n.id in linked) and self.followed(n.topic)
        ]
        vault = getattr(self.source, "vault", None)
        if vault is not None:
            vault.prefetch(str(n.originator_id) for n in wanted if SEALED in n.state)
        decoded = getattr(self.source, "decoded", self.source.mapper.to_domain_event)
        events = {n.id: decoded(n) for n in wanted}
        return [(n.id, events.get(n.id)) for n in notifications], unsealed

    def followed(self, topic: str) -> bool:
        """Whether any of the read models follows the events of this topic. A topic that
        names no class is decoded all the same, so that its refusal says where the log is
        damaged."""
        found = self._followed.get(topic)
        if found is None:
            try:
                kind = resolve_topic(topic)
            except TopicError:
                return True
            found = self._followed[topic] = any(
                declared_handler(model, kind) for model in self.models
            )
        return found

    def _linked(self, notifications: Sequence[Any]) -> set[int] | None:
        """The positions among these that the chain seals (None: a log without a chain)."""
        select_digests = getattr(self.source.recorder, "select_digests", None)
        if select_digests is None or not notifications:
            return None
        return set(select_digests(notifications[0].id, notifications[-1].id))


class DecodingProcess:
    """The log from `start` on, read and decoded a batch at a time by a process of its own,
    which keeps `AHEAD` batches ready. Iterating it gives (batch, unsealed positions) until
    the end of the log as that process saw it, or until that process fails (the reader then
    decodes the rest itself, and meets the failure there if it is the log's)."""

    def __init__(
        self, source: Application, models: Sequence[type[ReadModel]], start: int, batch: int
    ) -> None:
        import multiprocessing  # only a long catch-up starts a process: not every desk's import

        context = multiprocessing.get_context("spawn")  # a desk has threads: never fork it
        self._ready: Any = context.Queue(AHEAD)
        self._process = context.Process(
            target=_decode,
            args=(type(source), dict(source.env), tuple(models), start, batch, self._ready),
            name="read-models-decoding",
            daemon=True,
        )
        self._process.start()

    @classmethod
    def start(
        cls, source: Application, models: Sequence[type[ReadModel]], start: int, batch: int
    ) -> DecodingProcess | None:
        """A decoding process for a store in a file that another process can open, or None
        (in memory, PostgreSQL, or no process could be started)."""
        pool = getattr(getattr(source.factory, "datastore", None), "pool", None)
        if not getattr(pool, "db_name", None) or getattr(pool, "is_sqlite_memory_mode", True):
            return None
        try:
            return cls(source, models, start, batch)
        except Exception:  # the models or the application cannot be sent to a process
            return None

    def __iter__(self) -> Iterator[tuple[Batch, set[int]]]:
        while True:
            try:
                ready = self._ready.get(timeout=1)
            except queue.Empty:
                if self._process.exitcode is not None and self._ready.empty():
                    return  # ended without a word (killed): the reader decodes the rest
                continue
            if ready is None or isinstance(ready, str):
                return  # the end of the log, or the process's failure
            yield ready

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._ready.close()


def _decode(
    source_class: type[Application],
    env: dict[str, str],
    models: tuple[type[ReadModel], ...],
    start: int,
    batch: int,
    ready: Any,
) -> None:
    """A decoding process: the store opened again, read-only, with the desk's key."""
    try:
        source = source_class({**env, "CREATE_TABLE": "n"})
        reader = LogReader(source, models)
        while True:
            decoded, unsealed = reader.batch(start, batch)
            if not decoded:
                break
            ready.put((decoded, unsealed))
            start = decoded[-1][0] + 1
    except Exception as failure:
        ready.put(f"{type(failure).__name__}: {failure}")
    else:
        ready.put(None)
