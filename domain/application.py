"""FrontDesk: the one eventsourcing application holding every aggregate of the desk."""

from __future__ import annotations

from domain.commands.activities import ActivityCommands
from domain.commands.audit import AuditCommands
from domain.commands.contracts import ContractCommands
from domain.commands.incidents import IncidentCommands
from domain.commands.printing import PrintingCommands
from domain.commands.privacy import PrivacyCommands
from domain.commands.residents import ResidentCommands
from domain.commands.staff import StaffCommands
from domain.commands.visitors import VisitorCommands
from domain.history import HistoryReader
from domain.integrity import IntegrityChecks


class FrontDesk(
    StaffCommands,
    ResidentCommands,
    VisitorCommands,
    ContractCommands,
    IncidentCommands,
    ActivityCommands,
    PrintingCommands,
    AuditCommands,
    PrivacyCommands,
    IntegrityChecks,
    HistoryReader,
):
    """Every action at the desk, as commands that check first and then record."""

    name = "FrontDesk"


# The command catalogue (DESIGN.md): what a batch file's "command" may name.
COMMANDS = (
    "add_staff",
    "change_role",
    "deactivate_staff",
    "change_password",
    "register_unit",
    "move_in",
    "add_member",
    "remove_member",
    "update_contact",
    "register_vehicle",
    "remove_vehicle",
    "move_out",
    "record_move_in_callback",
    "register_visitor",
    "confirm_host",
    "decline_host",
    "waive_host_confirmation",
    "issue_pass",
    "check_in",
    "check_out",
    "revoke_pass",
    "sign_contract",
    "amend_contract",
    "send_renewal_notice",
    "renew_contract",
    "terminate_contract",
    "record_breach",
    "record_deposit",
    "refund_deposit",
    "report_incident",
    "acknowledge",
    "dispatch",
    "log_action",
    "escalate",
    "put_on_hold",
    "resume",
    "resolve",
    "record_callback",
    "reopen",
    "close_incident",
    "plan_activity",
    "register_household",
    "cancel_registration",
    "record_attendance",
    "cancel_activity",
    "set_retention",
    "forget_personal_data",
)
