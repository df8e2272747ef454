"""The desk as the window sees it: one signed-in FrontDesk, its live read models following
the log (this desk's commands and every other desk's), and a signal when they move on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from domain.application import FrontDesk
from domain.errors import ConflictError
from domain.staff import Role
from projections.catalogue import open_read_models
from projections.runner import ReadModels
from projections.store import Db

T = TypeVar("T")


class LiveDesk(QObject):
    """Commands go to the FrontDesk; reads come from the read models, kept up to date."""

    changed = Signal()  # the read models applied new events (from any desk)

    def __init__(self, desk: FrontDesk, models: ReadModels | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.models = models or open_read_models(desk)
        self.role = desk.role()
        self.models.changed.append(self._on_models_changed)

    def _on_models_changed(self, _position: int) -> None:
        self.changed.emit()  # queued to the GUI thread when it comes from the follower

    def follow(self) -> None:
        self.models.follow()

    def stop(self) -> None:
        self.models.stop()

    @property
    def read_only(self) -> bool:
        return self.role == Role.AUDITOR

    def now(self) -> datetime:
        return self.desk.now()

    def today(self) -> date:
        return self.desk.today()

    def run(self, command: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a FrontDesk command, then show its effect at once (not at the next poll).
        When another desk changed the record first, the pages reload before the refusal
        ("another desk has just changed …") is shown, so a retry works on fresh state."""
        try:
            result = command(*args, **kwargs)
        except ConflictError:
            self.models.catch_up()
            raise
        self.models.catch_up()
        return result

    def read(self, query: Callable[[Db], T]) -> T:
        with self.models.reading() as db:
            return query(db)
