"""What the desk and the command line read, live or as of a past moment: each read model by
its name, and a transaction to read them in."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from projections.activities import ActivityRoll
    from projections.base import ReadModel
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
    from projections.staff_scores import StaffScores
    from projections.store import Db
    from projections.visitor_log import VisitorLog


class ReadModelSet:
    """The read models of one event log, live (ReadModels) or past (PastReadModels).

    Each model is an attribute named after it (`ReadModel.name`), set when the set is
    opened; those declared here are the catalogue's (ALL_MODELS). A set opened over fewer
    models, as some tests do, has only those."""

    visitor_log: VisitorLog
    incident_board: IncidentBoard
    emergency_log: EmergencyLog
    resident_files: ResidentFiles
    renewal_calendar: RenewalCalendar
    activity_roll: ActivityRoll
    kpis: Kpis
    queue_board: QueueBoard
    contact_log: ContactLog
    knowledge_base: KnowledgeBase
    staff_scores: StaffScores
    parcel_shelf: ParcelShelf
    lending_log: LendingLog
    instruction_book: InstructionBook
    handover_log: HandoverLog

    models: list[ReadModel]
    tables: list[str]

    def position(self) -> int:
        """The log position the models show."""
        raise NotImplementedError

    def reading(self) -> AbstractContextManager[Db]:
        """A transaction to read the models in (rolled back)."""
        raise NotImplementedError
