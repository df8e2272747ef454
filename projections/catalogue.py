"""Every read model of the desk, opened together over one event store, or, for one read of
a store whose read models are current, each model only when it is first read."""

from __future__ import annotations

import importlib
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from eventsourcing.application import Application

from domain.clock import DEFAULT_TIMEZONE
from projections.model_set import ReadModelSet
from projections.runner import ReadModels, store_for, vault_of

if TYPE_CHECKING:
    from projections.base import ReadModel
    from projections.store import Db, ReadModelStore

    ALL_MODELS: tuple[type[ReadModel], ...]  # made when first asked for (__getattr__)

# Each read model by its name, and where it is defined. Its module is imported only when the
# model is opened: each follows events of several records, and importing a record's module
# costs ~10 ms. Order matters where one model reads another's table while applying an
# event: the emergency log takes its roll call from the visitor log, a contact its queue
# ticket's times from the queue board.
MODELS = {
    "visitor_log": "projections.visitor_log:VisitorLog",
    "incident_board": "projections.incident_board:IncidentBoard",
    "emergency_log": "projections.emergency_log:EmergencyLog",
    "resident_files": "projections.resident_files:ResidentFiles",
    "renewal_calendar": "projections.renewal_calendar:RenewalCalendar",
    "activity_roll": "projections.activities:ActivityRoll",
    "kpis": "projections.kpis:Kpis",
    "queue_board": "projections.queue_board:QueueBoard",
    "contact_log": "projections.contact_log:ContactLog",
    "knowledge_base": "projections.knowledge_base:KnowledgeBase",
    "staff_scores": "projections.staff_scores:StaffScores",
    "parcel_shelf": "projections.parcel_shelf:ParcelShelf",
    "lending_log": "projections.lending_log:LendingLog",
    "instruction_book": "projections.instruction_book:InstructionBook",
    "handover_log": "projections.handover_log:HandoverLog",
}

# The fingerprint of every model's tables as this version creates them (what the store
# records beside them, ReadModelStore.fingerprint). A read that finds the same one in the
# store, and nothing in the log the models have not applied, reads the tables as they are
# without loading the other models. tests/projections/test_catalogue_fingerprint.py says
# when a change of a model's tables needs this changed too.
SCHEMA_FINGERPRINT = "326cd9b4ae1b9da7"


def model_class(name: str) -> type[ReadModel]:
    """The read model of that name (`ReadModel.name`), its module imported now."""
    module, _, attribute = MODELS[name].partition(":")
    found: type[ReadModel] = getattr(importlib.import_module(module), attribute)
    return found


def __getattr__(name: str) -> Any:
    # ALL_MODELS, every model's class in the catalogue's order, is made when first asked for.
    if name != "ALL_MODELS":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    models = tuple(model_class(model) for model in MODELS)
    globals()[name] = models
    return models


def open_read_models(app: Application, catch_up: bool = True) -> ReadModels:
    """The live read models, caught up from where they stopped (never a full replay)."""
    from projections.catalogue import ALL_MODELS

    models = ReadModels(app, ALL_MODELS)
    if catch_up:
        models.catch_up()
    return models


def read_models_now(app: Application) -> ReadModelSet:
    """The read models for one read, up to date: as stored, each opened when first read, if
    the store holds this version's tables and the models have applied all of the log;
    otherwise every model, opened and caught up (open_read_models)."""
    store = store_for(app)
    if _current(app, store):
        return StoredReadModels(app, store)
    return open_read_models(app)


def _current(app: Application, store: ReadModelStore) -> bool:
    """Whether the store's read models are this version's and have applied all of the log."""
    with store.reading() as db:
        if db.dialect == "postgres":
            kept = db.value("SELECT to_regclass('read_model_schema') IS NOT NULL")
        else:
            kept = db.value(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'read_model_schema'"
            )
        stored = kept and db.value(
            "SELECT fingerprint FROM read_model_schema WHERE application_name = :name",
            name=app.name,
        )
    if stored != SCHEMA_FINGERPRINT:
        return False
    applied = store.max_tracking_id(app.name) or 0
    return applied >= (app.recorder.max_notification_id() or 0)


class StoredReadModels(ReadModelSet):
    """The read models as the store holds them, each opened when first read; nothing is
    applied to them (read_models_now opens them only when they are current)."""

    def __init__(self, source: Application, store: ReadModelStore) -> None:
        self.source = source
        self.store = store
        # As ReadModels sets them on each model it opens
        self.zone = getattr(source, "timezone", None) or DEFAULT_TIMEZONE
        self.vault = vault_of(source)

    def __getattr__(self, name: str) -> Any:
        if name not in MODELS:
            raise AttributeError(f"{type(self).__name__!r} has no read model {name!r}")
        model = model_class(name)(self.store)
        model.zone, model.vault = self.zone, self.vault
        setattr(self, name, model)
        return model

    def position(self) -> int:
        return self.store.max_tracking_id(self.source.name) or 0

    def reading(self) -> AbstractContextManager[Db]:
        return self.store.reading()
