"""FrontDesk: the one eventsourcing application holding every aggregate of the desk."""

from __future__ import annotations

from domain.commands.activities import ActivityCommands
from domain.commands.audit import AuditCommands
from domain.commands.contracts import ContractCommands
from domain.commands.counter import CounterCommands
from domain.commands.handover import HandoverCommands
from domain.commands.incidents import IncidentCommands
from domain.commands.keeping import KeepingCommands
from domain.commands.knowledge import KnowledgeCommands
from domain.commands.printing import PrintingCommands
from domain.commands.privacy import PrivacyCommands
from domain.commands.residents import ResidentCommands
from domain.commands.staff import StaffCommands
from domain.commands.visitors import VisitorCommands
from domain.core import catalogue
from domain.history import HistoryReader
from domain.integrity import IntegrityChecks
from domain.queries import PassChecks


class FrontDesk(
    # Each area's commands, and the loaders they share (get_pass, get_incident, ...)
    StaffCommands,
    ResidentCommands,
    VisitorCommands,
    ContractCommands,
    IncidentCommands,
    ActivityCommands,
    CounterCommands,
    KnowledgeCommands,
    KeepingCommands,
    HandoverCommands,
    PrintingCommands,
    AuditCommands,
    PrivacyCommands,
    # Queries only: the gate's check of a pass, reading the log back, checking its seals
    PassChecks,
    IntegrityChecks,
    HistoryReader,
):
    """Every action at the desk, as commands that check first and then record, and the
    queries that read back what was recorded."""

    name = "FrontDesk"


# The command catalogue (DESIGN.md, the README's table): what a batch file's "command" may
# name. Every method marked @command, unless it records the desk's own doing; no query.
COMMANDS = catalogue(FrontDesk)
