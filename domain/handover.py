"""Shift handover (交接班): the open matters at the moment a shift ends, with the outgoing
staff member's notes and the chain head then, acknowledged by the incoming one."""

from __future__ import annotations

from typing import Any

from eventsourcing.domain import event

from domain import errors
from domain.recording import DeskAggregate

# What a handover lists, in this order (each item a dict: kind, ref, text, due).
CHECKLIST_KINDS = (
    "emergency",
    "incident_overdue",
    "incident_due",
    "visitor_on_site",
    "parcel_waiting",
    "item_out",
    "callback_due",
    "missed_call",
    "queue_waiting",
    "instruction",
)


class Handover(DeskAggregate):
    """One handover, from the staff member ending a shift to the one starting it."""

    class HandedOver(DeskAggregate.Created):
        handed_over_by: str
        notes: str
        items: list[dict[str, Any]]
        chain_position: int
        chain_head: str

    @event(HandedOver)
    def __init__(
        self,
        handed_over_by: str,
        notes: str,
        items: list[dict[str, Any]],
        chain_position: int,
        chain_head: str,
    ) -> None:
        self.handed_over_by = handed_over_by
        self.notes = notes
        self.items = list(items)
        self.chain_position = chain_position
        self.chain_head = chain_head
        self.checked: set[int] = set()
        self.taking_over: str | None = None  # who began checking the items
        self.acknowledged_by: str | None = None

    def _require_open(self, by: str) -> None:
        if self.acknowledged_by is not None:
            raise errors.HandoverAcknowledgedError(by=self.acknowledged_by)
        if by == self.handed_over_by:
            raise errors.HandoverBySameStaffError(username=by)
        if self.taking_over is not None and by != self.taking_over:
            # one shift is taken over by one person: whoever began checking it
            raise errors.HandoverBeingTakenOverError(by=self.taking_over)

    def check_item(self, index: int, by: str, note: str) -> None:
        self._require_open(by)
        if not 0 <= index < len(self.items):
            raise errors.InvalidValueError(field="item", value=str(index))
        self._item_checked(index=index, note=note, by=by)

    class ItemChecked(DeskAggregate.Event):
        index: int
        note: str
        by: str

    @event(ItemChecked)
    def _item_checked(self, index: int, note: str, by: str) -> None:
        self.checked.add(index)
        self.taking_over = by

    def acknowledge(self, by: str) -> None:
        self._require_open(by)
        unchecked = [i for i in range(len(self.items)) if i not in self.checked]
        self._acknowledged(by=by, unchecked=unchecked)

    class Acknowledged(DeskAggregate.Event):
        by: str
        unchecked: list[int]

    @event(Acknowledged)
    def _acknowledged(self, by: str, unchecked: list[int]) -> None:
        self.acknowledged_by = by
