"""What the QR code on a printed visitor pass carries, and how the gate tells it is genuine.

The payload reads `FD1.<pass id>.<mac>`:

- `FD1` names this format, so a later one can be told apart;
- the pass id is the whole 16-byte id in base32 (26 characters). Its first eight characters
  *are* the pass code the desk reads out (base32 turns every 5 bytes into 8 characters and
  the code is the id's first 5 bytes), and carrying the whole id lets the gate load the pass
  directly: no index from code to pass is needed, and two passes whose 40-bit codes happen
  to collide are never confused;
- the mac is HMAC-SHA256 over `FD1.` and the id's bytes, keyed with the store's pass signing
  key (made by `init`, kept in the store), truncated to 80 bits (16 base32 characters).

All 47 characters are in the QR code's alphanumeric set, so the code stays small
(version 3, 29 × 29 modules, at error correction level M). Only the standard library is
used; rendering the code is the documents' business.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from uuid import UUID

PREFIX = "FD1"
MAC_BYTES = 10  # 80 bits
_ID_CHARS = 26
_MAC_CHARS = 16


class PassVerdict(StrEnum):
    VALID = "valid"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"
    REVOKED = "revoked"
    CHECKED_OUT = "checked_out"
    FORGED = "forged"  # a bad signature, a malformed payload, or no such pass


@dataclass(frozen=True)
class PassCheck:
    """What the gate learns from a scanned pass; a forged one tells nothing about anyone."""

    verdict: PassVerdict
    pass_id: str = ""
    code: str = ""
    name: str = ""
    id_masked: str = ""
    host_unit: str = ""
    kind: str = ""
    valid_from: datetime | None = None
    valid_until: datetime | None = None

    @property
    def valid(self) -> bool:
        return self.verdict is PassVerdict.VALID


def _mac(key: str, pass_id: UUID) -> str:
    message = f"{PREFIX}.".encode() + pass_id.bytes
    digest = hmac.new(bytes.fromhex(key), message, hashlib.sha256).digest()
    return base64.b32encode(digest[:MAC_BYTES]).decode()


def _id_text(pass_id: UUID) -> str:
    return base64.b32encode(pass_id.bytes).decode().rstrip("=")


def sign_pass(key: str, pass_id: UUID) -> str:
    """The signed payload for a pass, given the store's key (hex)."""
    return f"{PREFIX}.{_id_text(pass_id)}.{_mac(key, pass_id)}"


def verified_pass_id(key: str, payload: str) -> UUID | None:
    """The pass id a genuine payload names, or None if it is malformed or its mac is wrong."""
    parts = str(payload).strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        return None
    id_text, mac = parts[1], parts[2]
    if len(id_text) != _ID_CHARS or len(mac) != _MAC_CHARS:
        return None
    try:
        raw = base64.b32decode(id_text + "=" * 6)
    except (binascii.Error, ValueError):
        return None
    pass_id = UUID(bytes=raw)
    # The last character carries two spare bits: only the canonical spelling is accepted,
    # so that changing any one character of a payload always makes it a forgery.
    if _id_text(pass_id) != id_text:
        return None
    if not hmac.compare_digest(_mac(key, pass_id), mac):
        return None
    return pass_id
