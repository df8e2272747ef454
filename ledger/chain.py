"""The integrity chain: every position of the notification log has a digest covering the
previous digest and the stored event exactly as written, so that an edited, deleted,
inserted or reordered event breaks the chain at its position, and a head digest written
down today proves later that nothing before it changed."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from ledger.db import Db, transaction

GENESIS = bytes(32)
PAGE = 20_000
EDITED, MISSING, INSERTED = "edited", "missing", "inserted"


def link(
    previous: bytes, position: int, originator_id: Any, version: Any, topic: Any, state: Any
) -> bytes:
    """The digest at one position. Each part is length-prefixed, so no two different
    events can be written as the same bytes."""
    oid = originator_id.hex if isinstance(originator_id, UUID) else originator_id
    digest = hashlib.sha256(previous)
    digest.update(int(position).to_bytes(8, "big"))
    for part in (version, oid, topic, state):
        raw = as_bytes(part)
        digest.update(len(raw).to_bytes(8, "big"))
        digest.update(raw)
    return digest.digest()


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
class Verification:
    checked: int
    head_position: int
    head_digest: str
    broken: Break | None

    @property
    def ok(self) -> bool:
        return self.broken is None


class ChainTables:
    """What both recorders share: the names of the tables and how rows are read."""

    events_table: str
    chain_table: str
    position_column: str
    datastore: Any

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

    def _chain_events(self, db: Db, after: int, limit: int) -> list[dict[str, Any]]:
        return db.all(
            f"""SELECT {self.position_column} AS position, originator_id, originator_version,
            topic, state FROM {self.events_table} WHERE {self.position_column} > :after
            ORDER BY {self.position_column} LIMIT :limit""",
            after=after,
            limit=limit,
        )

    def _chain_links(self, db: Db, after: int, limit: int) -> list[dict[str, Any]]:
        return db.all(
            f"""SELECT position, digest FROM {self.chain_table} WHERE position > :after
            ORDER BY position LIMIT :limit""",
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

    def seal_backlog(self, lock: Callable[[Db], None] = lambda db: None) -> int:
        """Seal events recorded before the chain existed (a store made by an earlier
        version). Returns how many were sealed."""
        sealed = 0
        while True:
            with transaction(self.datastore, commit=True) as db:
                lock(db)
                head = db.value(f"SELECT MAX(position) FROM {self.chain_table}") or 0
                rows = self._chain_events(db, head, PAGE)
                if not rows:
                    return sealed
                self.seal(db, [r["position"] for r in rows], [_Stored(r) for r in rows])
                sealed += len(rows)

    def verify(self, progress: Callable[[int, int], None] | None = None) -> Verification:
        """Recompute the chain from the stored events and compare it, position by position."""
        with transaction(self.datastore, commit=False) as db:
            total = int(db.value(f"SELECT COUNT(*) FROM {self.events_table}") or 0)
        digest, checked, head = GENESIS, 0, 0
        events = self._pages(self._chain_events)
        links = self._pages(self._chain_links)
        event, sealed = next(events, None), next(links, None)
        while event is not None or sealed is not None:
            if sealed is None or (event is not None and event["position"] < sealed["position"]):
                assert event is not None
                return Verification(checked, head, digest.hex(), _break(INSERTED, event))
            if event is None or sealed["position"] < event["position"]:
                return Verification(
                    checked, head, digest.hex(), Break(MISSING, int(sealed["position"]))
                )
            recomputed = link(
                digest,
                int(event["position"]),
                event["originator_id"],
                event["originator_version"],
                event["topic"],
                event["state"],
            )
            if recomputed != as_bytes(sealed["digest"]):
                return Verification(checked, head, digest.hex(), _break(EDITED, event))
            digest, head = recomputed, int(event["position"])
            checked += 1
            if progress is not None and checked % PAGE == 0:
                progress(checked, total)
            event, sealed = next(events, None), next(links, None)
        if progress is not None:
            progress(checked, total)
        return Verification(checked, head, digest.hex(), None)

    def _pages(
        self, select: Callable[[Db, int, int], list[dict[str, Any]]]
    ) -> Iterator[dict[str, Any]]:
        after = 0
        while True:
            with transaction(self.datastore, commit=False) as db:
                rows = select(db, after, PAGE)
            yield from rows
            if len(rows) < PAGE:
                return
            after = int(rows[-1]["position"])


class _Stored:
    def __init__(self, row: dict[str, Any]) -> None:
        self.originator_id = row["originator_id"]
        self.originator_version = row["originator_version"]
        self.topic = row["topic"]
        self.state = as_bytes(row["state"])


def _break(problem: str, event: dict[str, Any]) -> Break:
    return Break(
        problem,
        int(event["position"]),
        event["originator_id"],
        event["topic"],
        as_bytes(event["state"]),
    )
