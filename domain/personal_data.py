"""Personal data at rest: which fields of which records are personal, sealed with the
record's own key on the way into the store and opened on the way out. A record whose key
has been destroyed reads back with those fields erased; everything else in its events
(dates, units, states) stays readable, so counts and KPIs are unchanged by forgetting."""

from __future__ import annotations

import binascii
import dataclasses
import functools
import json
import os
from collections.abc import Callable
from typing import Any

from eventsourcing.persistence import JSONTranscoder, Mapper, StoredEvent, Transcoder

from domain import errors
from domain.messages import term
from ledger import vault as ledger_vault
from ledger.vault import TOKEN_PREFIX, KeyVault, SealBrokenError

# Shown wherever a forgotten person's data was; the screens say "erased" in their language.
ERASED = "⊘"
# Shown where a sealed value cannot be opened (its key was tampered with): never a crash.
UNREADABLE = "⊗"
SEALED = "_sealed_"

PERSONAL_FIELDS: dict[str, frozenset[str]] = {
    "Household": frozenset(
        {"name", "id_number", "phone", "previous_phone", "vehicles", "plate", "notes", "reason"}
    ),
    "VisitorPass": frozenset({"name", "id_number", "phone", "work_id"}),
}
# Free text about an incident, sealed with the incident's own key; an incident reported by
# a household has that key wrapped by the household's, so forgetting the household makes
# its incidents' reporter, phone, description and notes unreadable too. Not a record with
# a retention period of its own, so not among PERSONAL_FIELDS (which verify checks keys for).
SEALED_TEXT: dict[str, frozenset[str]] = {
    "Incident": frozenset(
        {"reporter", "reporter_phone", "description", "note", "reason", "resolution", "comment"}
    ),
    # A contact at the counter or on the phone, and a call nobody answered.
    "Contact": frozenset({"phone", "topic", "note"}),
    "MissedCall": frozenset({"phone"}),
    # Parcels, loans, standing instructions and handover notes name people.
    "Parcel": frozenset({"recipient", "note", "picked_up_by", "reason"}),
    "Loan": frozenset({"person"}),
    "Instruction": frozenset({"person", "note"}),
    "Handover": frozenset({"notes", "note"}),
}
# The field naming the household whose key wraps a record's (forgetting the household makes
# the record's sealed text unreadable too).
OWNED_BY = {
    "Incident": "reporter_household_id",
    "Contact": "household_id",
    "Parcel": "household_id",
    "Instruction": "household_id",
    "Loan": "household_id",
}
LIST_FIELDS = frozenset({"vehicles"})
_TOKEN = TOKEN_PREFIX.encode()


def erased_value(field: str) -> Any:
    return [] if field in LIST_FIELDS else ERASED


def unreadable_value(field: str) -> Any:
    return [UNREADABLE] if field in LIST_FIELDS else UNREADABLE


def readable(text: str, language: str | None = None) -> str:
    """A value as a person should read it: a forgotten person's data says "erased", data
    whose key was tampered with "cannot be unsealed"."""
    if ERASED in text:
        text = text.replace(ERASED, term("erased", language))
    if UNREADABLE in text:
        text = text.replace(UNREADABLE, term("unreadable", language))
    return text


def record_kind(topic: str) -> str:
    """ "domain.households:Household.MovedIn" -> "Household"."""
    return topic.partition(":")[2].partition(".")[0]


class PersonalDataMapper(Mapper):
    def __init__(self, transcoder: Transcoder, vault: Callable[[], KeyVault]) -> None:
        super().__init__(transcoder)
        self._vault = vault

    def vault(self) -> KeyVault:
        vault = self._vault()
        try:
            vault.master()
        except ledger_vault.KeyUnavailableError as missing:
            error = errors.WrongKeyError if missing.wrong else errors.KeyUnavailableError
            raise error(key_id=missing.key_id, path=str(missing.path)) from None
        except binascii.Error:  # the key file (or FRONTDESK_KEY) holds no key at all
            where = "FRONTDESK_KEY" if os.environ.get("FRONTDESK_KEY") else None
            raise errors.KeyUnreadableError(where=where or str(ledger_vault.key_folder())) from None
        return vault

    def to_stored_event(self, domain_event: Any) -> StoredEvent:
        stored = super().to_stored_event(domain_event)
        kind = record_kind(stored.topic)
        if kind == "Snapshot":
            kind = record_kind(getattr(domain_event, "topic", ""))
        fields = PERSONAL_FIELDS.get(kind) or SEALED_TEXT.get(kind)
        if not fields or not any(key in stored.state for key in _json_keys(kind)):
            return stored  # none of the record's personal fields is in this event
        subject = str(stored.originator_id)
        vault = self.vault()
        state = json.loads(stored.state)
        owner = state.get(OWNED_BY.get(kind, ""))
        if owner:
            vault.belongs_to(subject, str(owner))

        def seal(field: str, value: Any) -> Any:
            if value == erased_value(field):
                return value
            try:
                token = vault.seal(subject, json.dumps(value, ensure_ascii=False).encode())
            except SealBrokenError:
                raise errors.PersonalDataUnreadableError(ref=subject) from None
            return erased_value(field) if token is None else {SEALED: token}

        _walk(state, fields, seal)
        return dataclasses.replace(stored, state=_dumps(state))

    def to_domain_event(self, stored_event: StoredEvent) -> Any:
        if _TOKEN in stored_event.state:
            assert isinstance(self.transcoder, JSONTranscoder)
            opening = _Opening(self.transcoder, self.vault(), str(stored_event.originator_id))
            return Mapper(opening).to_domain_event(stored_event)
        return super().to_domain_event(stored_event)


class _Opened:
    """What a sealed value became when it could not be opened, until its field is known."""

    def __init__(self, erased: bool) -> None:
        self.erased = erased

    def value_for(self, field: str) -> Any:
        return erased_value(field) if self.erased else unreadable_value(field)


class _Opening(Transcoder):
    """The desk's transcoder, opening each sealed value of one record's event as the JSON is
    parsed: the event is parsed once, not parsed, opened, written out and parsed again."""

    def __init__(self, transcoder: JSONTranscoder, vault: KeyVault, subject: str) -> None:
        self.transcoder, self.vault, self.subject = transcoder, vault, subject

    def encode(self, obj: Any) -> bytes:
        return self.transcoder.encode(obj)

    def decode(self, data: bytes) -> Any:
        return json.loads(data, object_hook=self._object)

    def _object(self, obj: dict[str, Any]) -> Any:
        # Objects are parsed inside out: a sealed value is opened before the object holding
        # it, which then knows the field's name for what an unopened value reads as.
        if SEALED in obj:
            return self._opened(str(obj[SEALED]))
        for key, value in obj.items():
            if isinstance(value, _Opened):
                obj[key] = value.value_for(key)
        return self.transcoder._decode_obj(obj)

    def _opened(self, token: str) -> Any:
        try:
            plain = self.vault.unseal(self.subject, token)
        except SealBrokenError:
            return _Opened(erased=False)
        if plain is None:
            return _Opened(erased=True)
        return self.transcoder.decode(plain)


@functools.cache
def _json_keys(kind: str) -> tuple[bytes, ...]:
    """How a record's personal fields (and the field naming its owner) begin in JSON."""
    names = [*(PERSONAL_FIELDS.get(kind) or SEALED_TEXT.get(kind) or ()), OWNED_BY.get(kind, "")]
    return tuple(f'"{name}"'.encode() for name in names if name)


def _dumps(state: Any) -> bytes:
    return json.dumps(state, ensure_ascii=False, separators=(",", ":")).encode()


def _walk(state: Any, fields: frozenset[str], change: Callable[[str, Any], Any]) -> None:
    """Replace, in place, the value of every personal field anywhere in an event's JSON."""
    if isinstance(state, dict):
        for key, value in state.items():
            if key in fields and value not in (None, "", []):
                state[key] = change(key, value)
            else:
                _walk(value, fields, change)
    elif isinstance(state, list):
        for item in state:
            _walk(item, fields, change)
