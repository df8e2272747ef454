"""The desk as the window sees it: one signed-in FrontDesk, its live read models following
the log (this desk's commands and every other desk's), and a signal when they move on.

An auditor can look at the desk as it stood at a past moment: `show_as_of` hands every page
read models built up to that moment (and `now()` becomes that moment) until `show_live`; the
live read models keep following the log underneath, and nothing can be changed meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.usecases.handover import attach_checklist
from desktop.widgets.jobs import Job, without_freezing
from domain.application import FrontDesk
from domain.errors import ConflictError, PermissionDeniedError
from domain.staff import may
from projections.catalogue import open_read_models
from projections.incident_board import IncidentRow
from projections.model_set import ReadModelSet
from projections.past import PastReadModels
from projections.runner import ReadModels
from projections.store import Db

T = TypeVar("T")


class PastViewError(PermissionDeniedError):
    """A command was tried while the desk shows a past moment."""

    def message(self, language: str | None = None) -> str:
        return QCoreApplication.translate(
            "LiveDesk",
            "This is a read-only view of the past. Return to live to change anything.",
        )


class LiveDesk(QObject):
    """Commands go to the FrontDesk; reads come from the read models, kept up to date."""

    changed = Signal()  # the read models shown applied new events (from any desk)
    mode_changed = Signal()  # the desk went to a past moment, or came back to live
    moved = Signal()  # the live read models applied new events, shown or not
    emergency_reported = Signal(object)  # an unacknowledged emergency new to this desk
    emergencies_answered = Signal(object)  # the ids of those still not acknowledged

    def __init__(self, desk: FrontDesk, models: ReadModels | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.live_models = models or open_read_models(desk)
        attach_checklist(desk, self.live_models)  # hand_over_shift reads the open matters here
        self.role = desk.role()
        self.live_models.changed.append(self._on_models_changed)
        self._as_of: datetime | None = None
        self._past: PastReadModels | None = None
        self._close_past: Callable[[], Any] | None = None
        self.opening = False  # the main window is being built: pages read when first shown
        self._stopped = False
        # Emergencies already waiting when the desk opens are on the board, pinned first;
        # the alarm is for those reported from now on, at any desk.
        self._unanswered = {r.incident_id for r in self.unanswered_emergencies()}
        self.moved.connect(self._look_for_emergencies)

    def _on_models_changed(self, _position: int) -> None:
        # Both are queued to the GUI thread when they come from the follower.
        self.moved.emit()
        if self._as_of is None:
            self.changed.emit()

    def unanswered_emergencies(self) -> list[IncidentRow]:
        """Emergencies nobody has acknowledged yet, live whatever moment the desk shows."""
        board = self.live_models.incident_board
        with self.live_models.reading() as db:
            return board.awaiting_response(db, self.desk.now())

    def _look_for_emergencies(self) -> None:
        if self._stopped:
            return  # a queued notice arriving as the desk closes: the store may be gone
        rows = self.unanswered_emergencies()
        for row in rows:
            if row.incident_id not in self._unanswered:
                self.emergency_reported.emit(row)
        self._unanswered = {r.incident_id for r in rows}
        self.emergencies_answered.emit(set(self._unanswered))

    # --- what the pages read --------------------------------------------------------------

    @property
    def models(self) -> ReadModelSet:
        """The read models the pages show: live, or as of the past moment being viewed."""
        return self._past if self._past is not None else self.live_models

    @property
    def as_of(self) -> datetime | None:
        """The past moment shown, or None when the desk is live."""
        return self._as_of

    @property
    def read_only(self) -> bool:
        return not may(self.role, "desk_work") or self._as_of is not None

    def now(self) -> datetime:
        return self._as_of if self._as_of is not None else self.desk.now()

    def today(self) -> date:
        return self.now().astimezone(self.desk.timezone).date()

    def read(self, query: Callable[[Db], T]) -> T:
        with self.models.reading() as db:
            return query(db)

    # --- the past -------------------------------------------------------------------------

    def show_as_of(
        self, moment: datetime, models: PastReadModels, close: Callable[[], Any]
    ) -> None:
        """Show `models` (built as of `moment`); `close` disposes of them when done."""
        previous = self._close_past
        self._as_of, self._past, self._close_past = moment, models, close
        if previous is not None:
            previous()
        self.mode_changed.emit()
        self.changed.emit()

    def show_live(self) -> None:
        if self._as_of is None:
            return
        close = self._close_past
        self._as_of, self._past, self._close_past = None, None, None
        if close is not None:
            close()
        self.mode_changed.emit()
        self.changed.emit()

    # --- following and commands -----------------------------------------------------------

    def signed_in_again(self) -> None:
        """Another member of staff (or the same) signed in at this desk: their role decides
        what may be pressed from now on."""
        self.role = self.desk.role()
        self.mode_changed.emit()
        self.changed.emit()

    def follow(self) -> None:
        self.live_models.follow()

    def stop(self) -> None:
        """Stop following the log, and let the background reads finish, before the store
        may be closed."""
        self._stopped = True
        self.live_models.stop()
        Job.finish_all()
        close, self._close_past = self._close_past, None
        self._as_of, self._past = None, None
        if close is not None:
            close()

    def run(self, command: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a FrontDesk command, then show its effect at once (not at the next poll).
        When another desk changed the record first, the pages reload before the refusal
        ("another desk has just changed …") is shown, so a retry works on fresh state.
        The store is written off the window's thread, the window answering meanwhile.
        While the desk shows the past, nothing runs."""
        if self._as_of is not None:
            raise PastViewError()
        return without_freezing(lambda: self._recorded(command, *args, **kwargs))

    def _recorded(self, command: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        try:
            result = command(*args, **kwargs)
        except ConflictError:
            self.live_models.catch_up()
            raise
        self.live_models.catch_up()
        return result
