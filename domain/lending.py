"""Items lent and kept (借用与代管): wheelchairs, umbrellas, tools and trolleys lent to residents,
and keys or cards kept for a flat, released only to the people it authorises."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from eventsourcing.domain import event

from domain import errors
from domain.recording import DeskAggregate


class ItemKind(StrEnum):
    WHEELCHAIR = "wheelchair"
    UMBRELLA = "umbrella"
    TOOLS = "tools"
    TROLLEY = "trolley"
    KEY = "key"
    CARD = "card"
    OTHER = "other"


KEPT_FOR_A_FLAT = frozenset({ItemKind.KEY, ItemKind.CARD})


class Item(DeskAggregate):
    """One item the desk lends or keeps; the borrower's name is sealed."""

    class Added(DeskAggregate.Created):
        """`label`: what the desk calls the item (轮椅 1 号, 1502 备用钥匙), never a person."""

        label: str
        kind: str
        unit: str  # the flat a key or card belongs to; "" for what the desk lends anyone

    @event(Added)
    def __init__(self, label: str, kind: str, unit: str) -> None:
        self.name = label
        self.kind = kind
        self.unit = unit
        self.loan_id: str | None = None

    @property
    def out(self) -> bool:
        return self.loan_id is not None

    def lend(self, loan_id: str, unit: str, due: datetime) -> None:
        if self.loan_id is not None:
            raise errors.ItemOutError(item=self.name)
        self._lent(loan_id=loan_id, unit=unit, due=due)

    class Lent(DeskAggregate.Event):
        loan_id: str
        unit: str
        due: datetime

    @event(Lent)
    def _lent(self, loan_id: str, unit: str, due: datetime) -> None:
        self.loan_id = loan_id

    def take_back(self) -> None:
        if self.loan_id is None:
            raise errors.ItemNotOutError(item=self.name)
        self._returned(loan_id=self.loan_id)

    class Returned(DeskAggregate.Event):
        loan_id: str

    @event(Returned)
    def _returned(self, loan_id: str) -> None:
        self.loan_id = None


class Loan(DeskAggregate):
    """One loan of an item: to whom, for which flat, until when. The borrower's name is
    sealed with the loan's key, wrapped by the household's: forgotten with the household."""

    class Made(DeskAggregate.Created):
        item_id: str
        unit: str
        household_id: str
        person: str
        due: datetime

    @event(Made)
    def __init__(
        self, item_id: str, unit: str, household_id: str, person: str, due: datetime
    ) -> None:
        self.item_id = item_id
        self.unit = unit
        self.household_id = household_id
        self.person = person
        self.due = due
        self.returned = False

    class Ended(DeskAggregate.Event):
        pass

    @event(Ended)
    def end(self) -> None:
        self.returned = True
