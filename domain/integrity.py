"""Proving the history: the integrity chain recomputed from the stored events, and the
head digest anyone can write down today to prove later that nothing before it changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from eventsourcing.persistence import StoredEvent

from domain.core import DeskCore
from domain.messages import render
from domain.personal_data import PERSONAL_FIELDS, record_kind
from ledger import vault as ledger_vault
from ledger.chain import GENESIS, Track, Verification

ERASURE_EVENT = "PersonalDataErased"


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    checked: int
    head_position: int
    head_digest: str
    # "edited" | "missing" | "inserted" | "head_changed" | "key_tampered" | "key_destroyed"
    # | "key_missing"
    problem: str | None = None
    position: int | None = None
    timestamp: datetime | None = None
    aggregate: str | None = None
    aggregate_id: str | None = None

    def message(self, language: str | None = None) -> str:
        if self.ok:
            return render(
                "chain_intact",
                language,
                count=self.checked,
                position=self.head_position,
                digest=self.head_digest,
            )
        return render(
            f"chain_{self.problem}",
            language,
            position=self.position,
            time=self.timestamp.isoformat(timespec="seconds") if self.timestamp else "?",
            aggregate=self.aggregate or "?",
            aggregate_id=self.aggregate_id or "?",
        )


class IntegrityChecks(DeskCore):
    def chain_head(self) -> tuple[int, str]:
        """The last sealed position and its digest: what to write down."""
        head = getattr(self.recorder, "chain_head", None)
        return head() if head else (0, GENESIS.hex())

    def verify(
        self,
        progress: Callable[[int, int], None] | None = None,
        expect: tuple[int, str] | None = None,
    ) -> IntegrityReport:
        """Recompute the chain over the whole log; with `expect` (a position and the digest
        written down for it), also prove that nothing up to that position changed since."""
        self._current_staff()
        unwrap = self._may_open_keys()
        track = Track(
            tuple(f":{kind}." for kind in sorted(PERSONAL_FIELDS)),
            f".{ERASURE_EVENT}",
            keys=unwrap is not None,
            unwrap=bool(unwrap),
        )
        result = self.chain().verify(progress, track=track)
        if result.broken is not None:
            broken = result.broken
            event = self._decode(broken.originator_id, broken.topic, broken.state)
            return IntegrityReport(
                ok=False,
                checked=result.checked,
                head_position=result.head_position,
                head_digest=result.head_digest,
                problem=broken.problem,
                position=broken.position,
                timestamp=getattr(event, "timestamp", None),
                aggregate=record_kind(broken.topic) or None,
                aggregate_id=_record_id(broken.originator_id),
            )
        keys = self._key_problems(result, unwrap)
        if keys:
            position, key = keys[0]
            return IntegrityReport(
                ok=False,
                checked=result.checked,
                head_position=result.head_position,
                head_digest=result.head_digest,
                problem=key.problem,
                position=position,
                aggregate=self._kind_at(key.subject),
                aggregate_id=key.subject,
            )
        report = IntegrityReport(True, result.checked, result.head_position, result.head_digest)
        if expect is not None:
            position, digest = expect
            if self.chain().digest_at(position) != digest.strip().lower():
                return IntegrityReport(
                    ok=False,
                    checked=result.checked,
                    head_position=result.head_position,
                    head_digest=result.head_digest,
                    problem="head_changed",
                    position=position,
                )
        return report

    def _may_open_keys(self) -> bool | None:
        """Whether this desk can open the key vault's keys (it has the store's master key);
        None for a log without a vault."""
        if not hasattr(self.recorder, "vault"):
            return None
        try:
            self.vault.master()
        except ledger_vault.KeyUnavailableError:
            return False
        return True

    def _key_problems(
        self, result: Verification, unwrap: bool | None
    ) -> list[tuple[int, ledger_vault.KeyProblem]]:
        """The key vault against the log (as the chain's pass noted it): every record
        holding personal data has its own key, or the erasure that destroyed it is
        recorded. The keys are opened only where this desk has the store's master key;
        a log checked in spans had each span's process open its own records' keys.
        `unwrap` None: a log without a vault."""
        if unwrap is None:
            return []
        return self.vault.check(result.records, result.marked, unwrap, stored=result.keys)

    def _kind_at(self, subject: str) -> str | None:
        events_of = getattr(self.recorder, "events_of", None)
        rows = events_of(subject)[:1] if events_of is not None else []
        return record_kind(str(rows[0]["topic"])) if rows else None

    def _decode(self, originator_id: Any, topic: str, state: bytes) -> Any:
        if not topic:
            return None
        try:
            return self.mapper.to_domain_event(StoredEvent(originator_id, 0, topic, state))
        except Exception:  # an edited event may no longer decode; its position still tells
            return None


def _record_id(originator_id: Any) -> str | None:
    """The record's id as the desk writes it (SQLite stores it without dashes)."""
    if originator_id is None:
        return None
    try:
        return str(UUID(str(originator_id)))
    except ValueError:
        return str(originator_id)
