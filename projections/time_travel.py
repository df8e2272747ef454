"""Time travel: every read model as it stood at a past moment. The read models keep their
past (projections.past), so this finds the log's position at the moment and reads there;
nothing is replayed and the live read models are untouched."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from eventsourcing.application import Application

from projections.catalogue import ALL_MODELS
from projections.past import PastReadModels, position_at
from projections.runner import ReadModels


@contextmanager
def read_models_as_of(
    app: Application,
    moment: datetime,
    live: ReadModels | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[PastReadModels]:
    """The read models as of `moment`. The live ones are caught up first (`progress` hears
    how far), since their past is kept as they apply the log."""
    live = live if live is not None else ReadModels(app, ALL_MODELS)
    live.catch_up(progress=progress)
    yield PastReadModels(live, moment, position_at(app, moment))
