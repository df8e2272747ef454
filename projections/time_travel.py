"""Time travel: every read model as it stood at a past moment, built from the events
recorded up to then into a throw-away database; the live read models are untouched."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from eventsourcing.application import Application
from eventsourcing.sqlite import SQLiteDatastore

from projections.catalogue import ALL_MODELS
from projections.runner import ReadModels
from projections.store import SQLiteReadModelStore


@contextmanager
def read_models_as_of(app: Application, moment: datetime) -> Iterator[ReadModels]:
    with tempfile.TemporaryDirectory(prefix="frontdesk-as-of-") as folder:
        datastore = SQLiteDatastore(db_name=str(Path(folder) / "as-of.sqlite"))
        store = SQLiteReadModelStore(datastore)
        store.create_table()
        try:
            models = ReadModels(app, ALL_MODELS, store=store)
            models.catch_up(until=moment)
            yield models
        finally:
            datastore.close()
