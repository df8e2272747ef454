"""Who, where and when: every event an aggregate triggers is stamped from the command context."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from eventsourcing.domain import Aggregate


@dataclass(frozen=True)
class CommandContext:
    operator: str
    desk: str
    at: datetime
    new_id: Callable[[], UUID] = field(default=uuid4)


_current: ContextVar[CommandContext | None] = ContextVar("frontdesk_command", default=None)


@contextmanager
def recording_as(context: CommandContext) -> Iterator[CommandContext]:
    token = _current.set(context)
    try:
        yield context
    finally:
        _current.reset(token)


def current_context() -> CommandContext:
    context = _current.get()
    if context is None:
        raise RuntimeError("events can only be triggered inside a FrontDesk command")
    return context


def _stamp(kwargs: dict[str, Any]) -> dict[str, Any]:
    context = current_context()
    kwargs = dict(kwargs)
    kwargs["operator"] = context.operator
    kwargs["desk"] = context.desk
    kwargs["timestamp"] = context.at
    return kwargs


class DeskAggregate(Aggregate):
    """An aggregate whose events all say who recorded them, at which desk, and when."""

    class Event(Aggregate.Event):
        operator: str
        desk: str

    class Created(Event, Aggregate.Created):
        pass

    @staticmethod
    def create_id(*_: Any, **__: Any) -> UUID:
        return current_context().new_id()

    @classmethod
    def _create(cls, event_class: Any, *, id: Any = None, **kwargs: Any) -> Any:
        return super()._create(event_class, id=id, **_stamp(kwargs))

    def trigger_event(self, event_class: Any, **kwargs: Any) -> None:
        super().trigger_event(event_class, **_stamp(kwargs))
