"""The vault of personal-data keys (envelope encryption with crypto-shredding).

Every record holding personal data (a household, a visitor's pass) gets its own random
data key. Personal fields are encrypted with it before they are stored; the data key is
itself stored encrypted with the store's master key, which never enters the database: it
lives in a key file on each desk (or in FRONTDESK_KEY). Forgetting a person destroys
their data key: the events stay, their digests still verify, and the ciphertext in them
can no longer be read by anyone."""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import os
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import platformdirs

from ledger.db import Db, bound_in, dialect_of, transaction

TOKEN_PREFIX = "fd1:"
# A stored key wrapped by another record's key rather than the master key: "under:<id>:…".
WRAPPED_BY = "under:"
# Keys kept opened: more than a 10,000-unit community's households, whose names the visitors'
# form lists (with 4,096 every listing opened every key again: 0.4 s a refresh).
CACHE_SIZE = 32_768
# Key rows of more subjects than this are read by one pass over the table, not by lookups
# (a lookup costs about as much as reading ten rows).
ROWS_LOOKED_UP = 20_000
_ERASED = object()
_BROKEN = object()
KEY_TAMPERED, KEY_DESTROYED, KEY_MISSING = "key_tampered", "key_destroyed", "key_missing"
KEY_KEPT = "key_kept"
ERASURE = ".PersonalDataErased"  # the event recorded when a record's people are forgotten


class SealBrokenError(Exception):
    """A sealed value cannot be opened: its record's key in the vault, or the sealed value
    itself, is not what the desk wrote (swapped, edited or damaged)."""

    def __init__(self, subject: str) -> None:
        super().__init__(f"the personal data of {subject} cannot be unsealed")
        self.subject = subject


@dataclass(frozen=True)
class KeyProblem:
    """A key row that does not agree with the log: which problem, whose record."""

    problem: str
    subject: str


class KeyUnavailableError(Exception):
    """The store's master key is not on this desk, or it is the wrong one."""

    def __init__(self, key_id: str, path: Path, wrong: bool = False) -> None:
        super().__init__(f"key {key_id} {'does not match' if wrong else 'not found'} at {path}")
        self.key_id = key_id
        self.path = path
        self.wrong = wrong


def vault_tables(qualified: Callable[[str], str]) -> list[str]:
    return [
        f"""CREATE TABLE IF NOT EXISTS {qualified("store_key")} (
        key_id TEXT PRIMARY KEY, key_check TEXT NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS {qualified("personal_keys")} (
        subject TEXT PRIMARY KEY, wrapped_key TEXT, erased_at TEXT)""",
        # How far the log has been searched for erasures whose key was left (one row).
        f"""CREATE TABLE IF NOT EXISTS {qualified("erasure_sweep")} (
        id INTEGER PRIMARY KEY, through BIGINT NOT NULL)""",
    ]


@functools.cache
def _aead() -> Any:
    """The cipher's module, imported when a key is first opened or made: a command that
    opens no personal data does not wait for it (about 10 ms of every start)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return SimpleNamespace(cipher=AESGCM, refused=InvalidTag)


def key_folder() -> Path:
    explicit = os.environ.get("FRONTDESK_KEY_DIR")
    if explicit:
        return Path(explicit)
    return Path(platformdirs.user_config_dir("frontdesk", appauthor=False)) / "keys"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode()


_FROM_URLSAFE = bytes.maketrans(b"-_", b"+/")


def _unb64(text: str) -> bytes:
    # What base64.urlsafe_b64decode does, without its wrappers: verify opens every key.
    return binascii.a2b_base64(text.encode().translate(_FROM_URLSAFE))


def _check(master: bytes) -> str:
    return hmac.new(master, b"frontdesk key check", hashlib.sha256).hexdigest()


def _key_id(master: bytes) -> str:
    return hashlib.sha256(b"frontdesk key id" + master).hexdigest()[:12]


def write_key_file(path: Path, text: str) -> None:
    """Written whole or not at all, and on the disk before the store records its key: a
    temporary file, synced, renamed over the name, and the folder synced (a power cut
    leaves either no key file or the whole one, never an empty or torn one)."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # POSIX: the rename itself must reach the disk
        directory = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


class KeyVault:
    """Per-subject data keys in the store, wrapped by the master key from the desk."""

    def __init__(self, datastore: Any | None) -> None:
        self.datastore = datastore
        self.dialect = "memory" if datastore is None else dialect_of(datastore)
        self._lock = threading.RLock()
        self._master: bytes | None = None
        self._cipher: Any = None
        self._blinder: Any = None  # see _blinding
        self._cache: OrderedDict[str, Any] = OrderedDict()
        self._pending: dict[str, str] = {}
        self._memory_keys: dict[str, str | None] = {}
        self._parents: dict[str, str] = {}  # a record -> the record whose key wraps its own
        self._children: dict[str, set[str]] = {}  # the same, the other way round

    def table(self, name: str) -> str:
        return self._table(name)

    def _table(self, name: str) -> str:
        if self.datastore is not None and self.dialect == "postgres":
            return f'"{self.datastore.schema}".{name}'
        return name

    # --- the master key --------------------------------------------------------------------

    def master(self) -> bytes:
        with self._lock:
            if self._master is None:
                self._master = self._open_master()
            return self._master

    def _open_master(self) -> bytes:
        if self.datastore is None:
            return secrets.token_bytes(32)
        with transaction(self.datastore, commit=False) as db:
            row = db.one(f"SELECT key_id, key_check FROM {self._table('store_key')}")
        if row is None:
            return self._create_master()
        path = key_folder() / f"{row['key_id']}.key"
        master = self._read_master(path)
        if master is None:
            raise KeyUnavailableError(row["key_id"], path)
        if not hmac.compare_digest(_check(master), row["key_check"]):
            raise KeyUnavailableError(row["key_id"], path, wrong=True)
        return master

    def _read_master(self, path: Path) -> bytes | None:
        if os.environ.get("FRONTDESK_KEY"):
            return _unb64(os.environ["FRONTDESK_KEY"])
        if path.exists():
            return _unb64(path.read_text().strip())
        return None

    def _create_master(self) -> bytes:
        given = os.environ.get("FRONTDESK_KEY")
        master = _unb64(given) if given else secrets.token_bytes(32)
        key_id = _key_id(master)
        if not given:
            write_key_file(key_folder() / f"{key_id}.key", _b64(master) + "\n")
        with transaction(self.datastore, commit=True) as db:
            db.execute(
                f"""INSERT INTO {self._table("store_key")} SELECT :key_id, :check
                WHERE NOT EXISTS (SELECT 1 FROM {self._table("store_key")}
                WHERE key_id = :key_id)""",
                key_id=key_id,
                check=_check(master),
            )
            count = db.value(f"SELECT COUNT(*) FROM {self._table('store_key')}")
        if count != 1:  # another desk made the store's key at the same moment
            return self._open_master()
        return master

    def key_id(self) -> str:
        return _key_id(self.master())

    def where(self) -> str:
        """Where this desk reads the master key from, to tell whoever set the store up."""
        if os.environ.get("FRONTDESK_KEY"):
            return "FRONTDESK_KEY"
        if self.datastore is None:
            return "memory"
        return str(key_folder() / f"{self.key_id()}.key")

    # --- data keys ---------------------------------------------------------------------------

    def belongs_to(self, subject: str, parent: str) -> None:
        """A new record whose key is to be wrapped by another record's key instead of the
        master key (an incident by its reporter's household): destroying the parent's key
        makes the child's unreadable too, in the same transaction, with no row to update."""
        with self._lock:
            self._wrapped_by(subject, parent)

    def _wrapped_by(self, subject: str, parent: str) -> None:
        self._parents[subject] = parent
        self._children.setdefault(parent, set()).add(subject)

    def _data_key(self, subject: str, create: bool) -> bytes | None:
        with self._lock:
            if subject in self._cache:
                self._cache.move_to_end(subject)
                found = self._cache[subject]
                if found is _BROKEN:
                    raise SealBrokenError(subject)
                return None if found is _ERASED else found
            if subject in self._pending:
                found = self._opened(subject, self._pending[subject])
                if found is _BROKEN:
                    raise SealBrokenError(subject)
                return None if found is _ERASED else found
            wrapped, known = self._load(subject)
            if not known:
                if not create:
                    return None
                parent = self._parents.get(subject)
                if parent is not None and self._data_key(parent, create=False) is None:
                    return None  # its parent is already forgotten: nothing to keep
                key = secrets.token_bytes(32)
                self._pending[subject] = self._wrap(subject, key, parent)
                return key
            self._remember(subject, self._opened(subject, wrapped))
            return self._data_key(subject, create)

    def known(self, subject: str) -> bool:
        """Whether the record has a key (live or destroyed): records from before their
        kind was sealed have none."""
        with self._lock:
            if subject in self._cache or subject in self._pending:
                return True
            return self._load(subject)[1]

    def prefetch(self, subjects: Iterable[str]) -> None:
        """Load the keys of many subjects in one query (a page of the log being replayed)."""
        with self._lock:
            wanted = [s for s in set(subjects) if s not in self._cache and s not in self._pending]
        if not wanted or self.datastore is None:
            return
        found: dict[str, str | None] = {}
        with transaction(self.datastore, commit=False) as db:
            for marks, named in bound_in(wanted):
                for row in db.all(
                    f"SELECT subject, wrapped_key FROM {self._table('personal_keys')} "
                    f"WHERE subject IN ({marks})",
                    **named,
                ):
                    found[row["subject"]] = row["wrapped_key"]
        with self._lock:
            for subject, wrapped in found.items():
                self._remember(subject, self._opened(subject, wrapped))

    def _opened(self, subject: str, wrapped: str | None) -> Any:
        """What the cache keeps for a stored key: the key, erased, or broken."""
        if wrapped is None:
            return _ERASED
        try:
            key = self._unwrap(subject, wrapped)
        except SealBrokenError:  # its parent's key is broken
            return _BROKEN
        except (_aead().refused, ValueError, TypeError):  # another record's key, or garbage
            return _BROKEN
        return _ERASED if key is None else key

    def _remember(self, subject: str, value: Any) -> None:
        self._cache[subject] = value
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def _load(self, subject: str) -> tuple[str | None, bool]:
        if self.datastore is None:
            return self._memory_keys.get(subject), subject in self._memory_keys
        with transaction(self.datastore, commit=False) as db:
            row = db.one(
                f"SELECT wrapped_key FROM {self._table('personal_keys')} WHERE subject = :s",
                s=subject,
            )
        return (None, False) if row is None else (row["wrapped_key"], True)

    def _wrap(self, subject: str, key: bytes, parent: str | None = None) -> str:
        nonce = secrets.token_bytes(12)
        if parent is None:
            return _b64(nonce + self._master_cipher().encrypt(nonce, key, subject.encode()))
        wrapping = self._data_key(parent, create=False)
        assert wrapping is not None
        sealed = _aead().cipher(wrapping).encrypt(nonce, key, subject.encode())
        return f"{WRAPPED_BY}{parent}:{_b64(nonce + sealed)}"

    def _unwrap(self, subject: str, wrapped: str) -> bytes | None:
        """The record's key; None when it was wrapped by a parent whose key is destroyed."""
        if wrapped.startswith(WRAPPED_BY):
            parent, _, rest = wrapped.removeprefix(WRAPPED_BY).partition(":")
            self._wrapped_by(subject, parent)
            wrapping = self._data_key(parent, create=False)
            if wrapping is None:
                return None
            raw = _unb64(rest)
            return _aead().cipher(wrapping).decrypt(raw[:12], raw[12:], subject.encode())
        raw = _unb64(wrapped)
        return self._master_cipher().decrypt(raw[:12], raw[12:], subject.encode())

    def _master_cipher(self) -> Any:
        """The master key's cipher, made once: verify opens hundreds of thousands of keys."""
        with self._lock:
            if self._cipher is None:
                self._cipher = _aead().cipher(self.master())
            return self._cipher

    def write_pending(self, db: Db | None, subjects: Iterable[str]) -> None:
        """Store the new data keys of these subjects, in the transaction of their first
        events, so no key is stored without its event nor an event without its key."""
        with self._lock:
            rows = [{"s": s, "k": self._pending[s]} for s in subjects if s in self._pending]
            if not rows:
                return
            if db is None:
                for row in rows:
                    self._memory_keys[row["s"]] = row["k"]
            else:
                keys = self._table("personal_keys")
                db.executemany(
                    f"""INSERT INTO {keys} (subject, wrapped_key) SELECT :s, :k
                    WHERE NOT EXISTS (SELECT 1 FROM {keys} WHERE subject = :s)""",
                    rows,
                )
            for row in rows:
                self._remember(row["s"], self._opened(row["s"], self._pending.pop(row["s"])))

    # --- sealing fields ----------------------------------------------------------------------

    def seal(self, subject: str, plaintext: bytes) -> str | None:
        """The sealed token, or None when the subject has been forgotten."""
        key = self._data_key(subject, create=True)
        if key is None:
            return None
        # The nonce is derived from the plaintext (as in SIV modes): the same value sealed
        # twice reads the same, so a rebuilt read model is identical to the incremental one.
        nonce = hmac.new(key, plaintext, hashlib.sha256).digest()[:12]
        sealed = _aead().cipher(key).encrypt(nonce, plaintext, subject.encode())
        return TOKEN_PREFIX + _b64(nonce + sealed)

    def unseal(self, subject: str, token: str) -> bytes | None:
        """The plaintext, or None when the subject's key has been destroyed."""
        key = self._data_key(subject, create=False)
        if key is None:
            return None
        try:
            raw = _unb64(token.removeprefix(TOKEN_PREFIX))
            return _aead().cipher(key).decrypt(raw[:12], raw[12:], subject.encode())
        except (_aead().refused, ValueError, TypeError):
            raise SealBrokenError(subject) from None

    def blind(self, text: str) -> str:
        """A keyed digest of a value, to find it again without storing it (a blind index)."""
        digest = self._blinding().copy()
        digest.update(text.encode())
        return digest.hexdigest()[:24]

    def _blinding(self) -> Any:
        """The master key's HMAC over the prefix, made once and copied for each value: a
        rebuild writes hundreds of thousands of digests (2 µs each, not 5)."""
        if self._blinder is None:
            blinder = hmac.new(self.master(), b"blind:", hashlib.sha256)
            with self._lock:
                self._blinder = self._blinder or blinder
        return self._blinder

    # --- forgetting --------------------------------------------------------------------------

    def erase(self, subjects: Iterable[str]) -> None:
        """Destroy the data keys: what was sealed with them can never be read again."""
        subjects = list(subjects)
        now = datetime.now(UTC).isoformat()
        with self._lock:
            # The keys wrapped by these (an incident's by its reporter's household) go too.
            subjects += sorted({c for s in subjects for c in self._children.get(s, ())})
            for subject in subjects:
                self._pending.pop(subject, None)
                self._remember(subject, _ERASED)
            if self.datastore is None:
                for subject in subjects:
                    self._memory_keys[subject] = None
                return
            with transaction(self.datastore, commit=True) as db:
                self.destroy(db, subjects, now)

    def destroy(self, db: Db, subjects: Iterable[str], at: str | None = None) -> None:
        """Destroy the stored keys inside a transaction (the erasure event's own, so that
        the event and the destruction are recorded together or not at all)."""
        keys = self._table("personal_keys")
        at = at or datetime.now(UTC).isoformat()
        rows = [{"s": s, "at": at} for s in subjects]
        # Only destroying a key is allowed on a key's row (the table's guard).
        db.executemany(
            f"""UPDATE {keys} SET wrapped_key = NULL, erased_at = :at
            WHERE subject = :s AND wrapped_key IS NOT NULL""",
            rows,
        )
        db.executemany(
            f"""INSERT INTO {keys} SELECT :s, NULL, :at
            WHERE NOT EXISTS (SELECT 1 FROM {keys} WHERE subject = :s)""",
            rows,
        )

    def live_keys(self, subjects: Iterable[str]) -> set[str]:
        """Which of these subjects still have their key (an erasure not yet finished)."""
        return {subject for subject, wrapped in self._key_rows(subjects).items() if wrapped}

    def _key_rows(self, subjects: Iterable[str]) -> dict[str, str | None]:
        """The stored key rows of these subjects (wrapped key, None when destroyed); a
        subject without a row is left out."""
        wanted = set(subjects)
        if self.datastore is None:
            return {s: self._memory_keys[s] for s in wanted if s in self._memory_keys}
        table = self._table("personal_keys")
        with transaction(self.datastore, commit=False) as db:
            if len(wanted) > ROWS_LOOKED_UP:  # verify: every row read in one pass is quicker
                rows = db.each(f"SELECT subject, wrapped_key FROM {table}")
                return {s: w for s, w in rows if s in wanted}
            found: dict[str, str | None] = {}
            for marks, named in bound_in(sorted(wanted)):
                found.update(
                    (str(subject), wrapped)
                    for subject, wrapped in db.tuples(
                        f"SELECT subject, wrapped_key FROM {table} WHERE subject IN ({marks})",
                        **named,
                    )
                )
        return found

    # --- checking -----------------------------------------------------------------------------

    def stored_keys(self, subjects: Iterable[str], unwrap: bool = True) -> dict[str, str]:
        """The key rows of these records as the check needs them: KEY_KEPT, KEY_DESTROYED
        or, when `unwrap` (the master key is on this desk), KEY_TAMPERED for a key that does
        not open under its own record's id; a record without a row is left out. Ten years
        hold hundreds of thousands of records: verify's processes each open those of
        their own span of the log."""
        return {
            subject: (
                KEY_DESTROYED
                if wrapped is None
                else KEY_TAMPERED
                if unwrap and self._opened(subject, wrapped) is _BROKEN
                else KEY_KEPT
            )
            for subject, wrapped in self._key_rows(subjects).items()
        }

    def check(
        self,
        sealed: Mapping[str, int],
        erased: Iterable[str],
        unwrap: bool = True,
        stored: Mapping[str, str] | None = None,
    ) -> list[tuple[int, KeyProblem]]:
        """Every key row against the log: `sealed` holds the records whose events carry
        sealed data (each with its first position), `erased` those with an erasure event.
        A record's key must be there and open under its own id (the id is the wrapping's
        associated data, so a key moved to another record does not open), or be destroyed
        where, and only where, the log records the erasure. Problems by position; keys
        are only opened when `unwrap` (the master key is on this desk). `stored`: the
        key rows as `stored_keys` gave them, if already read."""
        erased = set(erased)
        if stored is None:
            stored = self.stored_keys(sealed, unwrap)
        found: list[tuple[int, KeyProblem]] = []
        for subject, position in sealed.items():
            state = stored.get(subject, KEY_MISSING)
            if state == KEY_DESTROYED and subject in erased:
                continue
            if state != KEY_KEPT:
                found.append((position, KeyProblem(state, subject)))
        return sorted(found, key=lambda item: item[0])
