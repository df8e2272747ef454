"""Staff members, their roles, and what each role may do."""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
from enum import StrEnum
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from domain.recording import DeskAggregate

NAMESPACE = uuid5(NAMESPACE_URL, "https://frontdesk.invalid/")


class Role(StrEnum):
    CLERK = "clerk"
    MANAGER = "manager"
    SUPERVISOR = "supervisor"
    AUDITOR = "auditor"
    ADMIN = "admin"


DESK_WORK = frozenset({Role.CLERK, Role.MANAGER, Role.SUPERVISOR, Role.ADMIN})

# What each command needs. Anything not listed is desk work.
PERMISSIONS: dict[str, frozenset[Role]] = {
    "manage_staff": frozenset({Role.ADMIN}),
    "register_unit": frozenset({Role.MANAGER, Role.SUPERVISOR, Role.ADMIN}),
    "waive_host_confirmation": frozenset({Role.SUPERVISOR}),
    "terminate_contract": frozenset({Role.SUPERVISOR}),
    "escalate_to_level_3": frozenset({Role.SUPERVISOR}),
    "act_for_others": frozenset({Role.ADMIN}),
    "reveal_id_numbers": frozenset({Role.SUPERVISOR, Role.AUDITOR}),
    "export_history": frozenset({Role.AUDITOR, Role.ADMIN}),
    # The whole log with names, phones and plates in clear (history, timeline, the Audit
    # workspace); everyone else reads it as the counter's screens show people, masked.
    "read_personal_history": frozenset({Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN}),
    "set_retention": frozenset({Role.ADMIN}),
    "rebuild_read_models": frozenset({Role.ADMIN}),
    "forget_personal_data": DESK_WORK | {Role.ADMIN},
    "call_out_of_turn": frozenset({Role.SUPERVISOR}),
    "override_do_not_admit": frozenset({Role.SUPERVISOR}),
    "manage_answers": frozenset({Role.MANAGER, Role.SUPERVISOR, Role.ADMIN}),
    "rate_staff": frozenset({Role.MANAGER, Role.SUPERVISOR}),
    "read_all_scorecards": frozenset({Role.MANAGER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN}),
    "desk_work": DESK_WORK,
    "any_signed_in": frozenset(Role),
}


def may(role: Role | str | None, permission: str) -> bool:
    """Whether someone in `role` may do what `permission` names (a key of PERMISSIONS);
    nobody signed in, or a role the desk does not know, may do nothing."""
    if role is None:
        return False
    try:
        return Role(role) in PERMISSIONS[permission]
    except ValueError:
        return False


MIN_PASSWORD_LENGTH = 8
DEFAULT_SCRYPT_COST = 2**14


def hash_password(password: str, cost: int = DEFAULT_SCRYPT_COST) -> str:
    """A slow salted scrypt hash, with its parameters, so the cost can change later."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(_utf8(password), salt=salt, n=cost, r=8, p=1, dklen=32)
    return f"scrypt${cost}$8$1${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        _utf8(password), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(candidate.hex(), digest)


def _utf8(text: str) -> bytes:
    """Lone surrogates (a batch file's "\\ud800", an undecodable argv) hash, not crash."""
    return text.encode("utf-8", "surrogatepass")


@functools.lru_cache(maxsize=256)  # asked for at every command: the operator's own record
def staff_id(username: str) -> UUID:
    # uuid5 encodes strictly; the same escape leaves every valid username's id unchanged.
    return uuid5(NAMESPACE, "staff/" + _utf8(username).decode("utf-8", "backslashreplace"))


class Staff(DeskAggregate):
    """A person who signs in at a desk."""

    @staticmethod
    def create_id(username: str) -> UUID:
        return staff_id(username)

    class Added(DeskAggregate.Created):
        username: str
        name: str
        role: str
        password_hash: str

    @event(Added)
    def __init__(self, username: str, name: str, role: str, password_hash: str) -> None:
        self.username = username
        self.name = name
        self.role = role
        self.password_hash = password_hash
        self.active = True

    class RoleChanged(DeskAggregate.Event):
        role: str

    @event(RoleChanged)
    def change_role(self, role: str) -> None:
        self.role = role

    class PasswordChanged(DeskAggregate.Event):
        password_hash: str

    @event(PasswordChanged)
    def change_password(self, password_hash: str) -> None:
        self.password_hash = password_hash

    class Deactivated(DeskAggregate.Event):
        pass

    @event(Deactivated)
    def deactivate(self) -> None:
        self.active = False
