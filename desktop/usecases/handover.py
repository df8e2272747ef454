"""Handing a shift over, for both front ends: the checklist the domain records is read from
the read models, caught up to the moment of the handover."""

from __future__ import annotations

from typing import Any

from domain.application import FrontDesk
from projections.handover_checklist import checklist
from projections.runner import ReadModels


def attach_checklist(desk: FrontDesk, models: ReadModels) -> None:
    """Let `desk.hand_over_shift` read its checklist from `models` (live ones)."""

    def open_matters() -> list[dict[str, Any]]:
        models.catch_up()
        with models.reading() as db:
            return checklist(models, db, desk.now())

    desk.checklist_source = open_matters
