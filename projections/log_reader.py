"""The log as the read models take it: a batch of positions at a time, each event decoded or
passed over; for a long catch-up (a rebuild, a desk far behind), decoded in a process of its
own on the other core while this one writes the batch before."""

from __future__ import annotations

import contextlib
import copyreg
import functools
import gc
import io
import os
import pickle
import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple
from uuid import UUID, SafeUUID

from eventsourcing.application import Application
from eventsourcing.utils import TopicError, resolve_topic

from ledger.vault import TOKEN_PREFIX
from projections.base import ReadModel, declared_handler

SEALED = TOKEN_PREFIX.encode()  # in a stored event: it holds personal data
Batch = list[tuple[int, Any]]
AHEAD = 2  # batches a decoding process keeps ready beyond the one being sent: megabytes each


class Read(NamedTuple):
    decoded: Batch  # each position with its event, or None where it is passed over
    unsealed: set[int]  # the positions among them that the chain does not seal
    sealed: list[str]  # the records whose keys opened their events: the writer needs them too


class LogReader:
    """Reads the log for a set of read models (their classes: what they follow). `follows`
    says whether any of them has a handler for a kind of event: the desk's own read models
    ask their handlers' cache; a decoding process, which has only the classes, asks each."""

    def __init__(
        self,
        source: Application,
        models: Sequence[type[ReadModel]],
        follows: Callable[[type], bool] | None = None,
    ) -> None:
        self.source = source
        self.models = tuple(models)
        self._follows = follows or functools.cache(
            lambda kind: any(declared_handler(model, kind) for model in self.models)
        )

    def batch(self, start: int, limit: int, stop: int | None = None) -> Read:
        """The events from `start` on (at most `limit`, none after `stop`), each decoded. An
        event the desk never sealed (written into the database by hand) reads as None: it
        is passed over, never shown as history. So does an event no read model follows,
        left undecoded (a pickup code assigned, a unit's contract attached: a tenth of a
        busy log)."""
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
        sealed = [str(n.originator_id) for n in wanted if SEALED in n.state]
        self.prefetch(sealed)
        decoded = getattr(self.source, "decoded", self.source.mapper.to_domain_event)
        events = {n.id: decoded(n) for n in wanted}
        return Read([(n.id, events.get(n.id)) for n in notifications], unsealed, sealed)

    def prefetch(self, subjects: Iterable[str]) -> None:
        """The keys of these records loaded in one query, before their events are opened
        and the read models seal their rows."""
        vault = getattr(self.source, "vault", None)
        if vault is not None:
            vault.prefetch(subjects)

    def followed(self, topic: str) -> bool:
        """Whether any of the read models follows the events of this topic. A topic that
        names no class is decoded all the same, so that its refusal says where the log is
        damaged."""
        try:
            kind = resolve_topic(topic)  # the library keeps what it resolved
        except TopicError:
            return True
        return self._follows(kind)

    def _linked(self, notifications: Sequence[Any]) -> set[int] | None:
        """The positions among these that the chain seals (None: a log without a chain)."""
        select_digests = getattr(self.source.recorder, "select_digests", None)
        if select_digests is None or not notifications:
            return None
        return set(select_digests(notifications[0].id, notifications[-1].id))


class DecodingProcess:
    """The log from `start` on, read and decoded a batch at a time by a process of its own,
    a few batches ahead of the writer. Iterating it gives each batch read until the end of the
    log as that process saw it, or until that process fails (the writer then decodes the
    rest itself, and meets the failure there if it is the log's)."""

    def __init__(
        self, source: Application, models: Sequence[type[ReadModel]], start: int, batch: int
    ) -> None:
        import multiprocessing  # only a long catch-up starts a process: not every desk's import

        context = multiprocessing.get_context("spawn")  # a desk has threads: never fork it
        self._receiving, sending = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_decode,
            args=(type(source), dict(source.env), tuple(models), start, batch, sending),
            name="read-models-decoding",
            daemon=True,
        )
        self._process.start()
        sending.close()  # the process holds the other end: when it ends, the pipe does

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

    def __iter__(self) -> Iterator[Read]:
        while True:
            try:
                ready = pickle.loads(self._receiving.recv_bytes())
            except (EOFError, OSError):
                return  # it ended without a word (killed): the writer decodes the rest
            if not isinstance(ready, Read):
                return  # the end of the log, or the process's failure
            yield ready

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._receiving.close()


def _decode(
    source_class: type[Application],
    env: dict[str, str],
    models: tuple[type[ReadModel], ...],
    start: int,
    batch: int,
    sending: Any,
) -> None:
    """A decoding process: the store opened again, read-only, with the desk's key. It
    decodes ahead while a thread of its own sends what is ready, as the writer takes it."""
    gc.disable()  # a process of its own, holding batches of events (runner.collector_paused)
    ready: queue.Queue[Any] = queue.Queue(AHEAD)
    sender = threading.Thread(target=_send, args=(ready, sending), daemon=True)
    sender.start()
    try:
        source = source_class({**env, "CREATE_TABLE": "n"})
        reader = LogReader(source, models)
        while True:
            read = reader.batch(start, batch)
            if not read.decoded:
                break
            ready.put(_pickled(read))
            start = read.decoded[-1][0] + 1
    except Exception as failure:
        ready.put(pickle.dumps(f"{type(failure).__name__}: {failure}"))
    else:
        ready.put(pickle.dumps(None))
    ready.put(None)
    sender.join()


def _send(ready: queue.Queue[Any], sending: Any) -> None:
    # A batch is megabytes: sent in chunks of the pipe's size, each waiting for the
    # interpreter between them (5 ms while the decoding holds it). Linux lets a pipe hold a
    # megabyte instead of 64 KB: a handful of chunks a batch instead of a hundred.
    with contextlib.suppress(ImportError, AttributeError, OSError):
        import fcntl

        fcntl.fcntl(sending.fileno(), fcntl.F_SETPIPE_SZ, 1 << 20)
    try:
        while (item := ready.get()) is not None:
            sending.send_bytes(item)
    except OSError:  # the desk is gone (stopped, killed): this process has nothing left to do
        os._exit(0)
    sending.close()


# Every event names its record by a UUID, which pickle rebuilds through UUID.__setstate__
# and an enum lookup: a tenth of the writer's time in a rebuild. Sent as its number instead.
_DISPATCH = {**copyreg.dispatch_table, UUID: lambda uuid: (_uuid, (uuid.int,))}
_UNKNOWN = SafeUUID.unknown


def _uuid(number: int) -> UUID:
    made = object.__new__(UUID)
    object.__setattr__(made, "int", number)
    object.__setattr__(made, "is_safe", _UNKNOWN)
    return made


def _pickled(read: Read) -> memoryview:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH
    pickler.dump(read)
    return buffer.getbuffer()
