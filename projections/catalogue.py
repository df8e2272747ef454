"""Every read model of the desk, opened together over one event store."""

from __future__ import annotations

from eventsourcing.application import Application

from projections.activities import ActivityRoll
from projections.contact_log import ContactLog
from projections.emergency_log import EmergencyLog
from projections.handover_log import HandoverLog
from projections.incident_board import IncidentBoard
from projections.instruction_book import InstructionBook
from projections.knowledge_base import KnowledgeBase
from projections.kpis import Kpis
from projections.lending_log import LendingLog
from projections.parcel_shelf import ParcelShelf
from projections.queue_board import QueueBoard
from projections.renewal_calendar import RenewalCalendar
from projections.resident_files import ResidentFiles
from projections.runner import ReadModels
from projections.staff_scores import StaffScores
from projections.visitor_log import VisitorLog

# Order matters where one model reads another's table while applying an event:
# the emergency log takes its roll call from the visitor log, a contact its queue ticket's
# times from the queue board.
ALL_MODELS = (
    VisitorLog,
    IncidentBoard,
    EmergencyLog,
    ResidentFiles,
    RenewalCalendar,
    ActivityRoll,
    Kpis,
    QueueBoard,
    ContactLog,
    KnowledgeBase,
    StaffScores,
    ParcelShelf,
    LendingLog,
    InstructionBook,
    HandoverLog,
)


def open_read_models(app: Application, catch_up: bool = True) -> ReadModels:
    """The live read models, caught up from where they stopped (never a full replay)."""
    models = ReadModels(app, ALL_MODELS)
    if catch_up:
        models.catch_up()
    return models
