"""Who lives where (every household's names, each opened with its own key), as the forms that
name a flat's residents need it: read off the GUI thread (half a second in a 10,000-unit
community), and again only when a household changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop.live import LiveDesk
from desktop.widgets.jobs import Job


class WhoLivesWhere(QObject):
    """`households` is None until first read; `then` hears each new reading."""

    def __init__(
        self, live: LiveDesk, then: Callable[[dict[str, str]], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.live, self.then = live, then
        self.households: dict[str, str] | None = None
        self._asked: tuple[Any, int] | None = None  # (moment shown, version) last read

    def refresh(self, version: int | None = None) -> None:
        """Read again if a household changed since (`version`: the households' version if
        the caller read it already, in its own transaction)."""
        files = self.live.models.resident_files
        if version is None:
            version = self.live.read(files.households_version)
        asked = (self.live.as_of, version)
        if asked == self._asked:
            return
        self._asked = asked
        live = self.live
        job = Job(lambda _progress: live.read(files.members_by_unit), self)
        job.succeeded.connect(lambda found: self._read(asked, found))
        job.failed.connect(lambda _problem: self._not_read(asked))
        job.start()

    def _read(self, asked: tuple[Any, int], households: dict[str, str]) -> None:
        if asked != self._asked:
            return  # read again meanwhile: that one is fresher
        self.households = households
        self.then(households)

    def _not_read(self, asked: tuple[Any, int]) -> None:
        if asked == self._asked:
            self._asked = None  # the next refresh tries again
