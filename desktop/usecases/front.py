"""What a front end hands a task: the signed-in desk, the read models it shows, how it reads
them and how it runs a command (the desk shows a command's effect at once; the command line
simply calls it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from domain.application import FrontDesk
from projections.store import Db

T = TypeVar("T")


def _call(command: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    return command(*args, **kwargs)


@dataclass(frozen=True)
class Front:
    desk: FrontDesk
    models: Any  # ReadModels, or PastReadModels when the desk shows the past
    read: Callable[[Callable[[Db], Any]], Any]
    now: Callable[[], datetime]
    run: Callable[..., Any] = _call

    @classmethod
    def reading(cls, desk: FrontDesk, models: Any, db: Db, now: datetime) -> Front:
        """The command line's: one reading open for the whole task, commands called as is."""
        return cls(desk, models, lambda query: query(db), lambda: now)

    @classmethod
    def live(cls, live: Any) -> Front:
        """The desk's (a LiveDesk): its reads, its clock, commands shown at once."""
        return cls(live.desk, live.models, live.read, live.now, live.run)
