"""The integrity chain: every position of the notification log has a digest covering the
previous digest and the stored event exactly as written, so that an edited, deleted,
inserted or reordered event breaks the chain at its position, and a head digest written
down today proves later that nothing before it changed."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import itertools
import os
import re
import struct
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from ledger.db import Db, transaction
from ledger.vault import KEY_DESTROYED, KEY_KEPT, KEY_MISSING, KeyUnavailableError, KeyVault

GENESIS = bytes(32)
PAGE = 20_000
PARALLEL_FROM = 500_000  # events: below this, starting processes costs more than it saves
SPANS = min(max(os.cpu_count() or 2, 2), 4)
EDITED, MISSING, INSERTED = "edited", "missing", "inserted"


_UNSIGNED = struct.Struct(">Q").pack
# position, the version's length (8), the version, the record id's length
_HEAD = struct.Struct(">QQqQ").pack


@functools.lru_cache(maxsize=1024)
def _topic_part(topic: str) -> bytes:
    encoded = topic.encode()
    return _UNSIGNED(len(encoded)) + encoded


def link(
    previous: bytes, position: int, originator_id: Any, version: Any, topic: Any, state: Any
) -> bytes:
    """The digest at one position. Each part is length-prefixed, so no two different
    events can be written as the same bytes."""
    oid = originator_id.hex if type(originator_id) is UUID else originator_id
    if type(version) is int and type(oid) is str and type(topic) is str and type(state) is bytes:
        # The shape every honest row has, written out for speed (verify reads millions).
        o = oid.encode()
        return hashlib.sha256(
            b"".join(
                (
                    previous,
                    _HEAD(position, 8, version, len(o)),
                    o,
                    _topic_part(topic),
                    _UNSIGNED(len(state)),
                    state,
                )
            )
        ).digest()
    written = [previous, int(position).to_bytes(8, "big")]
    for part in (version, oid, topic, state):
        raw = as_bytes(part)
        written += (len(raw).to_bytes(8, "big"), raw)
    return hashlib.sha256(b"".join(written)).digest()


def as_bytes(value: Any) -> bytes:
    """A stored value as bytes, whatever a forger may have turned its column into."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    if isinstance(value, int) and not isinstance(value, bool):
        return value.to_bytes(8, "big", signed=True)
    return repr(value).encode()


@dataclass(frozen=True)
class Break:
    """Where the chain first fails, and what is stored there (if anything)."""

    problem: str
    position: int
    originator_id: Any = None
    topic: str = ""
    state: bytes = b""


@dataclass(frozen=True)
class Track:
    """What the pass over the log also notes, for the key vault's check: the records with
    an event whose topic holds one of `kinds` (each with its first position), and those
    with an event whose topic ends with `marked`. With `keys`, the pass also reads the
    noted records' rows in the key vault (and opens each key, with `unwrap`), each process
    those of its own span."""

    kinds: tuple[str, ...]
    marked: str
    keys: bool = False
    unwrap: bool = False


@dataclass(frozen=True)
class Verification:
    checked: int
    head_position: int
    head_digest: str
    broken: Break | None
    # record id -> first position (from a verifying process: only those whose key could be
    # a problem, see `_unsettled`)
    records: dict[str, int] = field(default_factory=dict)
    marked: frozenset[str] = frozenset()
    keys: dict[str, str] | None = None  # record id -> its key's state, if the pass read them

    @property
    def ok(self) -> bool:
        return self.broken is None


class ChainTables:
    """What both recorders share: the names of the tables and how rows are read."""

    events_table: str
    chain_table: str
    position_column: str
    datastore: Any
    id_as_linked = "{}"  # SQL reading a stored record id ({}) as the text its link holds

    def seal(self, db: Db, positions: Sequence[int], stored_events: Sequence[Any]) -> None:
        """Extend the chain over events just inserted, inside their own transaction (the
        store's write lock is held, so the previous digest cannot move underneath)."""
        previous = db.value(f"SELECT digest FROM {self.chain_table} ORDER BY position DESC LIMIT 1")
        digest = GENESIS if previous is None else bytes(previous)
        rows = []
        for position, stored in zip(positions, stored_events, strict=True):
            digest = link(
                digest,
                position,
                stored.originator_id,
                stored.originator_version,
                stored.topic,
                stored.state,
            )
            rows.append({"position": position, "digest": digest})
        db.executemany(
            f"INSERT INTO {self.chain_table} (position, digest) VALUES (:position, :digest)", rows
        )

    def _chain_events(self, db: Db, after: int, limit: int) -> list[Any]:
        return db.rows(
            f"""SELECT {self.position_column} AS position, originator_id, originator_version,
            topic, state FROM {self.events_table} WHERE {self.position_column} > :after
            ORDER BY {self.position_column} LIMIT :limit""",
            after=after,
            limit=limit,
        )

    def chain_head(self) -> tuple[int, str]:
        """The last sealed position and its digest (hex); (0, zeros) for an empty log."""
        with transaction(self.datastore, commit=False) as db:
            row = db.one(
                f"SELECT position, digest FROM {self.chain_table} ORDER BY position DESC LIMIT 1"
            )
        if row is None:
            return 0, GENESIS.hex()
        return int(row["position"]), bytes(row["digest"]).hex()

    def select_digests(self, first: int, last: int) -> dict[int, str]:
        with transaction(self.datastore, commit=False) as db:
            rows = db.all(
                f"""SELECT position, digest FROM {self.chain_table}
                WHERE position BETWEEN :first AND :last""",
                first=first,
                last=last,
            )
        return {int(r["position"]): bytes(r["digest"]).hex() for r in rows}

    def digest_at(self, position: int) -> str | None:
        return self.select_digests(position, position).get(position)

    def events_of(self, originator_id: Any) -> list[Any]:
        """One record's stored events with their positions, in version order, undecoded:
        what tells where a record that no longer reads was changed."""
        with transaction(self.datastore, commit=False) as db:
            return db.all(
                f"""SELECT {self.position_column} AS position, originator_id,
                originator_version, topic, state FROM {self.events_table}
                WHERE originator_id = :oid ORDER BY originator_version""",
                oid=self.stored_id(originator_id),
            )

    def stored_rows(self, until: int) -> Iterator[Any]:
        """Every stored event up to a position, in log order and exactly as stored
        (position, originator_id, originator_version, topic, state): what an export copies
        so that the chain can be recomputed from the copy alone."""
        return self._pages(self._chain_events, 0, until)

    def sealed_digests(self, until: int) -> Iterator[tuple[int, str]]:
        """The chain as sealed, (position, hex digest), up to a position."""
        after = 0
        while True:
            with transaction(self.datastore, commit=False) as db:
                rows = db.all(
                    f"""SELECT position, digest FROM {self.chain_table}
                    WHERE position > :after AND position <= :until
                    ORDER BY position LIMIT :limit""",
                    after=after,
                    until=until,
                    limit=PAGE,
                )
            for row in rows:
                yield int(row["position"]), bytes(row["digest"]).hex()
            if len(rows) < PAGE:
                return
            after = int(rows[-1]["position"])

    def stored_id(self, originator_id: Any) -> Any:
        """A record id as this database stores it."""
        return UUID(str(originator_id))

    def verify(
        self,
        progress: Callable[[int, int], None] | None = None,
        workers: int | None = None,
        track: Track | None = None,
    ) -> Verification:
        """Recompute the chain from the stored events and compare it, position by position:
        one pass over the events joined to their sealed digests. A long SQLite log is
        checked in spans, one process each: every link can be checked on its own against
        the digest sealed before it, so the spans need not wait for one another."""
        with transaction(self.datastore, commit=False) as db:
            first, last = (
                db.value(f"SELECT {end}({self.position_column}) FROM {self.events_table}")
                for end in ("MIN", "MAX")
            )
        # How many there are to check, for the progress shown and the number of processes:
        # the positions from the first to the last, read off the key's index (SQLite leaves
        # no gap between them). Counting the rows read the whole of another index first:
        # 0.4 s on 5.7 million events.
        total = 0 if first is None else int(last) - int(first) + 1
        if workers is None:
            workers = SPANS if total >= PARALLEL_FROM else 1
        path = getattr(getattr(self.datastore, "pool", None), "db_name", None)
        in_memory = getattr(getattr(self.datastore, "pool", None), "is_sqlite_memory_mode", True)
        if workers < 2 or total < workers or not path or in_memory:
            return self.verify_span(0, None, GENESIS, progress, total, track)
        first, last = int(first), int(last)
        with transaction(self.datastore, commit=False) as db:
            # Each span ends at a stored event (the first at or after an even share of the
            # positions): found by the key's index, where counting rows to an offset
            # walked half the log before any process started.
            bounds = [
                int(db.value(
                    f"""SELECT MIN({self.position_column}) FROM {self.events_table}
                    WHERE {self.position_column} >= :target""",
                    target=first + (last - first) * k // workers,
                ))
                for k in range(1, workers)
            ]  # fmt: skip
        seeds = [bytes.fromhex(self.digest_at(b) or GENESIS.hex()) for b in bounds]
        spans = list(zip([0, *bounds], [*bounds, None], [GENESIS, *seeds], strict=True))
        import multiprocessing  # only a long verify starts processes: not every command's import
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("spawn")  # a desk has threads: never fork it
        checked = 0
        with ProcessPoolExecutor(len(spans), mp_context=context) as pool:
            parts = pool.map(
                _verify_span_in_file,
                [(path, self.events_table, self.chain_table, self.position_column, *span, track)
                 for span in spans],
            )  # fmt: skip
            records: dict[str, int] = {}
            marked: set[str] = set()
            keys: dict[str, str] | None = {} if track is not None and track.keys else None
            for part in parts:  # in log order: the first break found is the first there is
                checked += part.checked
                if part.broken is not None:
                    return Verification(checked, part.head_position, part.head_digest, part.broken)
                for record, position in part.records.items():
                    records.setdefault(record, position)
                marked |= part.marked
                if part.keys is None:
                    keys = None  # a span that could not read them: the desk reads them all
                elif keys is not None:
                    keys.update(part.keys)
                if progress is not None:
                    progress(checked, total)
        return Verification(
            checked, part.head_position, part.head_digest, None, records, frozenset(marked), keys
        )

    def verify_span(
        self,
        after: int,
        until: int | None,
        seed: bytes,
        progress: Callable[[int, int], None] | None = None,
        total: int = 0,
        track: Track | None = None,
    ) -> Verification:
        """The links of the positions after `after`, up to `until` (to the end if None),
        starting from the digest sealed at `after`."""
        digest, checked, head = seed, 0, after
        seen: dict[Any, int] = {}  # stored record id -> first position (of a tracked kind)
        marked: set[Any] = set()
        kinds, ending = (track.kinds, track.marked) if track else ((), "")
        noting: dict[Any, int] = {}  # topic -> what the pass notes of its events (a few dozen)
        topics: dict[Any, bytes] = {}  # topic -> its length-prefixed bytes (a few dozen)
        sha256, joined, header, length = hashlib.sha256, b"".join, _HEAD, _UNSIGNED
        # Millions of rows: read by column number a page at a time, and each linked inline
        # as every honest row is written (consecutive, text id and topic, integer version,
        # bytes state), with no test of the columns' types: a row of any other shape fails
        # on the way and is linked the long way, by `link`. Counted a page at a time.
        for page in self._page_lists(self._sealed_events, after, until):
            for event in page:
                position, oid, version, topic, state, sealed = event
                try:
                    if position != head + 1:
                        raise _Irregular
                    topic_part = topics.get(topic)
                    if topic_part is None:
                        topic_part = topics[topic] = _topic_part(topic)
                    o = oid.encode()
                    recomputed = sha256(
                        joined(
                            (
                                digest,
                                header(position, 8, version, len(o)),
                                o,
                                topic_part,
                                length(len(state)),
                                state,
                            )
                        )
                    ).digest()
                except (_Irregular, AttributeError, TypeError, struct.error):
                    done = checked + _index(page, event)
                    removed = self._first_link_between(head, position)
                    if removed is not None:  # a sealed position whose event is gone
                        return Verification(done, head, digest.hex(), Break(MISSING, removed))
                    recomputed = link(digest, position, oid, version, topic, state)
                if recomputed != sealed:
                    problem = self._problem(event, recomputed)
                    if problem is not None:
                        done = checked + _index(page, event)
                        return Verification(done, head, digest.hex(), problem)
                digest, head = recomputed, position
                if kinds:
                    noted = noting.get(topic)
                    if noted is None:
                        noted = noting[topic] = _noted(topic, kinds, ending)
                    if noted:
                        if oid not in seen:
                            seen[oid] = position
                        if noted == _MARKED:
                            marked.add(oid)
            checked += len(page)
            if progress is not None:
                progress(checked, total)
        tail = self._first_link_between(head, until)
        if tail is not None and (until is None or tail < until):
            return Verification(checked, head, digest.hex(), Break(MISSING, tail))
        if progress is not None:
            progress(checked, total)
        return Verification(checked, head, digest.hex(), None, *_records(seen, marked))

    @staticmethod
    def _problem(event: Sequence[Any], recomputed: bytes) -> Break | None:
        """What is wrong with an event whose link is `recomputed`, if anything."""
        sealed = event[5]
        if sealed is None:  # an event the desk never sealed
            return _break(INSERTED, event)
        if recomputed != sealed and recomputed != as_bytes(sealed):
            return _break(EDITED, event)
        return None

    def _sealed_events(self, db: Db, after: int, limit: int) -> list[Any]:
        return db.tuples(
            f"""SELECT e.{self.position_column} AS position,
            {self.id_as_linked.format("e.originator_id")} AS originator_id,
            e.originator_version, e.topic, e.state, c.digest
            FROM {self.events_table} e LEFT JOIN {self.chain_table} c
            ON c.position = e.{self.position_column}
            WHERE e.{self.position_column} > :after
            ORDER BY e.{self.position_column} LIMIT :limit""",
            after=after,
            limit=limit,
        )

    def _first_link_between(self, after: int, before: int | None) -> int | None:
        """The first sealed position strictly between two events' positions, if any. Only
        asked where positions are not consecutive (PostgreSQL leaves gaps; SQLite none)."""
        if before is not None and before == after + 1:
            return None
        with transaction(self.datastore, commit=False) as db:
            found = db.value(
                f"""SELECT MIN(position) FROM {self.chain_table} WHERE position > :after
                AND position < :before""",
                after=after,
                before=before if before is not None else 2**62,
            )
        return None if found is None else int(found)

    def _pages(
        self, select: Callable[[Db, int, int], list[Any]], after: int = 0, until: int | None = None
    ) -> Iterator[Any]:
        """The rows one by one, read a page at a time (millions: no generator step a row)."""
        return itertools.chain.from_iterable(self._page_lists(select, after, until))

    def _page_lists(
        self, select: Callable[[Db, int, int], list[Any]], after: int = 0, until: int | None = None
    ) -> Iterator[list[Any]]:
        """The rows a page at a time, up to `until`: only a page that passes it is cut."""
        while True:
            with transaction(self.datastore, commit=False) as db:
                rows = select(db, after, PAGE)
            if rows and until is not None and _position(rows[-1]) > until:
                yield [row for row in rows if _position(row) <= until]
                return
            yield rows
            if len(rows) < PAGE:
                return
            after = _position(rows[-1])


class _Irregular(Exception):
    """A row that verify's inline link does not take: it is linked the long way."""


_NOT_NOTED, _NOTED, _MARKED = 0, 1, 2


def _noted(topic: Any, kinds: tuple[str, ...], ending: str) -> int:
    """Whether the pass notes a topic's record (holding a tracked kind), and marks it too."""
    if type(topic) is not str or not any(kind in topic for kind in kinds):
        return _NOT_NOTED
    return _MARKED if topic.endswith(ending) else _NOTED


def _index(page: list[Any], event: Any) -> int:
    """Where an event is in its page (by identity): how many before it were checked."""
    return next(n for n, row in enumerate(page) if row is event)


def _position(row: Any) -> int:
    """A row's position: its first column (PostgreSQL's rows are dicts, by name)."""
    return int(row["position"] if isinstance(row, dict) else row[0])


_STORED_UUID = re.compile(r"[0-9a-f]{32}")  # a record id as SQLite's log stores it


def _records(seen: dict[Any, int], marked: set[Any]) -> tuple[dict[str, int], frozenset[str]]:
    """The records noted by their stored ids, as the desk writes them."""
    ids: dict[Any, str] = {}
    for oid in seen:
        if type(oid) is str and _STORED_UUID.fullmatch(oid):  # hundreds of thousands
            ids[oid] = f"{oid[:8]}-{oid[8:12]}-{oid[12:16]}-{oid[16:20]}-{oid[20:]}"
            continue
        try:
            ids[oid] = str(oid if type(oid) is UUID else UUID(str(oid)))
        except ValueError:  # no record's id (its link verified, so the desk wrote it so)
            continue
    return {ids[o]: p for o, p in seen.items() if o in ids}, frozenset(
        ids[o] for o in marked if o in ids
    )


def _break(problem: str, event: Sequence[Any]) -> Break:
    position, originator_id, _, topic, state, _ = event
    return Break(problem, int(position), originator_id, topic, as_bytes(state))


def _unsettled(span: Verification, keys: dict[str, str]) -> Verification:
    """A span's records and key states as the desk's check needs them from a verifying
    process: only the records whose key could be a problem (not kept, and not destroyed by
    an erasure in this very span), the erasures all (another span's records may need
    them). Hundreds of thousands of kept keys are not sent back to be checked again."""
    unsettled = {
        record: position
        for record, position in span.records.items()
        if (state := keys.get(record, KEY_MISSING)) != KEY_KEPT
        and not (state == KEY_DESTROYED and record in span.marked)
    }
    return dataclasses.replace(
        span, records=unsettled, keys={r: keys[r] for r in unsettled if r in keys}
    )


class _FileChain(ChainTables):
    """The chain of a SQLite file, opened afresh in a verifying process."""

    def __init__(self, path: str, events: str, chain: str, position: str) -> None:
        from eventsourcing.sqlite import SQLiteDatastore

        self.datastore = SQLiteDatastore(db_name=path)
        self.events_table, self.chain_table, self.position_column = events, chain, position


def _verify_span_in_file(
    args: tuple[str, str, str, str, int, int | None, bytes, Track | None],
) -> Verification:
    path, events, chain, position, after, until, seed, track = args
    reader = _FileChain(path, events, chain, position)
    # A process of its own, reading millions of rows and keeping few: the collector's
    # rounds over them were a twentieth of its time.
    gc.disable()
    try:
        span = reader.verify_span(after, until, seed, track=track)
        if span.broken is None and track is not None and track.keys:
            vault = KeyVault(reader.datastore)
            with contextlib.suppress(KeyUnavailableError):  # gone since the desk opened it
                keys = vault.stored_keys(span.records, unwrap=track.unwrap)
                span = _unsettled(span, keys)
        return span
    finally:
        reader.datastore.close()
