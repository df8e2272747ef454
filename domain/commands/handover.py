"""The shift handover: the outgoing staff member hands over the open matters the log holds,
with notes; the incoming one acknowledges them, item by item if they choose."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from domain import errors
from domain.core import DeskCore, command
from domain.values import optional_text, whole_number

if TYPE_CHECKING:
    from domain.handover import Handover

Checklist = Callable[[], list[dict[str, Any]]]


class HandoverCommands(DeskCore):
    # The open matters at this moment, read from the read models by whichever front end
    # runs the desk (the domain reads no read model): set by the desk and the command line.
    checklist_source: Checklist | None = None

    def get_handover(self, handover_id: Any) -> Handover:
        from domain.handover import Handover

        return self._load(handover_id, Handover)

    @command()
    def hand_over_shift(self, notes: Any = "") -> str:
        """Hand the shift over: the checklist of open matters now, the notes, and the chain
        head; the handover id is the result."""
        from domain.handover import Handover

        if self.checklist_source is None:
            raise errors.HandoverNeedsReadModelsError()
        items = [dict(item) for item in self.checklist_source()]
        head = getattr(self.recorder, "chain_head", None)
        position, digest = head() if head else (0, "")
        handover = Handover(
            handed_over_by=self.operator or "",
            notes=optional_text(notes, "notes", 4000),
            items=items,
            chain_position=position,
            chain_head=digest,
        )
        self._save(handover)
        return str(handover.id)

    @command()
    def acknowledge_handover(self, handover_id: Any, item: Any = None, note: Any = "") -> None:
        """Take the shift over: the whole handover, or one item of it (`item`, counted from
        0) with a note. The one handing over cannot acknowledge it."""
        handover = self.get_handover(handover_id)
        by = self.operator or ""
        if item is None or item == "":
            handover.acknowledge(by)
        else:
            index = whole_number(item, "item", 0, max(0, len(handover.items) - 1))
            handover.check_item(index, by, optional_text(note, "note", 500))
        self._save(handover)
