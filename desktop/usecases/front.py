"""What a front end hands a task: the signed-in desk, the read models it shows, how it reads
them and how it runs a command (the desk shows a command's effect at once; the command line
simply calls it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, TypeVar

from domain.application import FrontDesk
from projections.model_set import ReadModelSet
from projections.store import Db

T = TypeVar("T")


def _call(command: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    return command(*args, **kwargs)


class Desk(Protocol):
    """What the desk's LiveDesk offers a task (named here, as the use cases know no Qt)."""

    desk: FrontDesk

    @property
    def models(self) -> ReadModelSet: ...

    def read(self, query: Callable[[Db], T]) -> T: ...

    def now(self) -> datetime: ...

    def run(self, command: Callable[..., T], *args: Any, **kwargs: Any) -> T: ...


@dataclass(frozen=True)
class Front:
    desk: FrontDesk
    models: ReadModelSet  # live, or as of the past moment the desk shows
    read: Callable[[Callable[[Db], Any]], Any]
    now: Callable[[], datetime]
    run: Callable[..., Any] = _call

    @classmethod
    def reading(cls, desk: FrontDesk, models: ReadModelSet, db: Db, now: datetime) -> Front:
        """The command line's: one reading open for the whole task, commands called as is."""
        return cls(desk, models, lambda query: query(db), lambda: now)

    @classmethod
    def live(cls, live: Desk) -> Front:
        """The desk's (a LiveDesk): its reads, its clock, commands shown at once."""
        return cls(live.desk, live.models, live.read, live.now, live.run)
