"""The store itself: set up once, with its first admin and its secrets."""

from __future__ import annotations

from uuid import UUID, uuid5

from eventsourcing.domain import event

from domain.recording import DeskAggregate
from domain.staff import NAMESPACE

STORE_ID = uuid5(NAMESPACE, "store")
DEFAULT_RETENTION_DAYS = 180


class StoreSetup(DeskAggregate):
    """Records that the store was initialised, for which community, with which pass key."""

    @staticmethod
    def create_id() -> UUID:
        return STORE_ID

    class Initialised(DeskAggregate.Created):
        community: str
        pass_signing_key: str

    @event(Initialised)
    def __init__(self, community: str, pass_signing_key: str) -> None:
        self.community = community
        self.pass_signing_key = pass_signing_key
        self.roster: dict[str, str] = {}

    class RosterChanged(DeskAggregate.Event):
        username: str
        role: str

    @event(RosterChanged)
    def set_roster_entry(self, username: str, role: str) -> None:
        """Keeps the list of active staff and their roles; an empty role removes one."""
        if role:
            self.roster[username] = role
        else:
            self.roster.pop(username, None)

    @property
    def retention(self) -> tuple[int, int]:
        """Days a visitor's personal data is kept after the visit, and a household's after
        its move-out (the service center's own rule; 180 days each unless set)."""
        return getattr(self, "retention_days", (DEFAULT_RETENTION_DAYS, DEFAULT_RETENTION_DAYS))

    class RetentionSet(DeskAggregate.Event):
        visitor_days: int
        resident_days: int

    @event(RetentionSet)
    def set_retention(self, visitor_days: int, resident_days: int) -> None:
        self.retention_days = (visitor_days, resident_days)

    def admins(self) -> list[str]:
        return [name for name, role in self.roster.items() if role == "admin"]
