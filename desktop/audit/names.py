"""How the log's records and events are named on the audit screens, and how the values they
carry are shown (times in the service center's zone, long values cut short)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desktop.audit.field_names import field_name
from desktop.labels import known_label
from domain.messages import current_language
from domain.personal_data import readable

_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SUMMARY_FIELDS = 4
SUMMARY_WIDTH = 24


def record_names() -> dict[str, str]:
    return {
        "Staff": QCoreApplication.translate("AuditNames", "Staff member"),
        "Unit": QCoreApplication.translate("AuditNames", "Unit"),
        "Household": QCoreApplication.translate("AuditNames", "Household"),
        "VisitorPass": QCoreApplication.translate("AuditNames", "Visitor pass"),
        "Contract": QCoreApplication.translate("AuditNames", "Contract"),
        "TicketBook": QCoreApplication.translate("AuditNames", "Ticket book"),
        "Incident": QCoreApplication.translate("AuditNames", "Incident"),
        "Activity": QCoreApplication.translate("AuditNames", "Activity"),
        "StoreSetup": QCoreApplication.translate("AuditNames", "Store setup"),
        "QueueDay": QCoreApplication.translate("AuditNames", "Queue"),
        "Contact": QCoreApplication.translate("AuditNames", "Contact"),
        "MissedCall": QCoreApplication.translate("AuditNames", "Missed call"),
        "Answer": QCoreApplication.translate("AuditNames", "Standard answer"),
        "StaffRating": QCoreApplication.translate("AuditNames", "Staff rating"),
        "Parcel": QCoreApplication.translate("AuditNames", "Parcel"),
        "PickupCode": QCoreApplication.translate("AuditNames", "Pickup code"),
        "Item": QCoreApplication.translate("AuditNames", "Item lent or kept"),
        "Loan": QCoreApplication.translate("AuditNames", "Loan"),
        "Instruction": QCoreApplication.translate("AuditNames", "Standing instruction"),
        "Handover": QCoreApplication.translate("AuditNames", "Shift handover"),
        "AuditTrail": QCoreApplication.translate("AuditNames", "Audit trail"),
    }


def event_names() -> dict[str, str]:
    """`Record.Event` → what happened, in the interface language."""
    return {
        "Staff.Added": QCoreApplication.translate("AuditNames", "Staff member added"),
        "Staff.RoleChanged": QCoreApplication.translate("AuditNames", "Role changed"),
        "Staff.PasswordChanged": QCoreApplication.translate("AuditNames", "Password changed"),
        "Staff.Deactivated": QCoreApplication.translate("AuditNames", "Staff member deactivated"),
        "Unit.Registered": QCoreApplication.translate("AuditNames", "Unit registered"),
        "Unit.Occupied": QCoreApplication.translate("AuditNames", "Unit occupied"),
        "Unit.Vacated": QCoreApplication.translate("AuditNames", "Unit vacated"),
        "Unit.ContractAttached": QCoreApplication.translate(
            "AuditNames", "Contract attached to unit"
        ),
        "Household.MovedIn": QCoreApplication.translate("AuditNames", "Moved in"),
        "Household.MemberAdded": QCoreApplication.translate("AuditNames", "Member added"),
        "Household.MemberRemoved": QCoreApplication.translate("AuditNames", "Member removed"),
        "Household.ContactUpdated": QCoreApplication.translate("AuditNames", "Contact corrected"),
        "Household.VehicleRegistered": QCoreApplication.translate(
            "AuditNames", "Vehicle registered"
        ),
        "Household.VehicleRemoved": QCoreApplication.translate("AuditNames", "Vehicle removed"),
        "Household.MovedOut": QCoreApplication.translate("AuditNames", "Moved out"),
        "Household.MoveInPackPrinted": QCoreApplication.translate(
            "AuditNames", "Move-in pack printed"
        ),
        "Household.IdNumberViewed": QCoreApplication.translate("AuditNames", "ID numbers revealed"),
        "Household.MoveInCallbackRecorded": QCoreApplication.translate(
            "AuditNames", "Move-in callback recorded"
        ),
        "VisitorPass.Registered": QCoreApplication.translate("AuditNames", "Visitor registered"),
        "VisitorPass.HostConfirmed": QCoreApplication.translate("AuditNames", "Host confirmed"),
        "VisitorPass.HostDeclined": QCoreApplication.translate("AuditNames", "Host declined"),
        "VisitorPass.HostConfirmationWaived": QCoreApplication.translate(
            "AuditNames", "Host confirmation waived"
        ),
        "VisitorPass.PassIssued": QCoreApplication.translate("AuditNames", "Pass issued"),
        "VisitorPass.CheckedIn": QCoreApplication.translate("AuditNames", "Checked in"),
        "VisitorPass.CheckedOut": QCoreApplication.translate("AuditNames", "Checked out"),
        "VisitorPass.PassRevoked": QCoreApplication.translate("AuditNames", "Pass revoked"),
        "VisitorPass.PassPrinted": QCoreApplication.translate("AuditNames", "Pass printed"),
        "VisitorPass.IdNumberViewed": QCoreApplication.translate(
            "AuditNames", "ID number revealed"
        ),
        "Contract.Signed": QCoreApplication.translate("AuditNames", "Contract signed"),
        "Contract.Amended": QCoreApplication.translate("AuditNames", "Contract amended"),
        "Contract.RenewalNoticeSent": QCoreApplication.translate(
            "AuditNames", "Renewal notice sent"
        ),
        "Contract.RenewalLetterReprinted": QCoreApplication.translate(
            "AuditNames", "Renewal letter reprinted (a copy)"
        ),
        "Contract.Renewed": QCoreApplication.translate("AuditNames", "Contract renewed"),
        "Contract.Terminated": QCoreApplication.translate("AuditNames", "Contract terminated"),
        "Contract.BreachRecorded": QCoreApplication.translate("AuditNames", "Breach recorded"),
        "Contract.DepositRecorded": QCoreApplication.translate("AuditNames", "Deposit recorded"),
        "Contract.DepositRefunded": QCoreApplication.translate("AuditNames", "Deposit refunded"),
        "TicketBook.Opened": QCoreApplication.translate("AuditNames", "Ticket book opened"),
        "TicketBook.NumberTaken": QCoreApplication.translate("AuditNames", "Ticket number taken"),
        "Incident.Reported": QCoreApplication.translate("AuditNames", "Incident reported"),
        "Incident.Acknowledged": QCoreApplication.translate("AuditNames", "Acknowledged"),
        "Incident.Dispatched": QCoreApplication.translate("AuditNames", "Dispatched"),
        "Incident.ActionLogged": QCoreApplication.translate("AuditNames", "Action logged"),
        "Incident.Escalated": QCoreApplication.translate("AuditNames", "Escalated"),
        "Incident.PutOnHold": QCoreApplication.translate("AuditNames", "Put on hold"),
        "Incident.Resumed": QCoreApplication.translate("AuditNames", "Resumed"),
        "Incident.Resolved": QCoreApplication.translate("AuditNames", "Resolved"),
        "Incident.CallbackRecorded": QCoreApplication.translate("AuditNames", "Callback recorded"),
        "Incident.Reopened": QCoreApplication.translate("AuditNames", "Reopened"),
        "Incident.Closed": QCoreApplication.translate("AuditNames", "Closed"),
        "Activity.Planned": QCoreApplication.translate("AuditNames", "Activity planned"),
        "Activity.HouseholdRegistered": QCoreApplication.translate(
            "AuditNames", "Household registered"
        ),
        "Activity.RegistrationCancelled": QCoreApplication.translate(
            "AuditNames", "Registration cancelled"
        ),
        "Activity.AttendanceRecorded": QCoreApplication.translate(
            "AuditNames", "Attendance recorded"
        ),
        "Activity.Cancelled": QCoreApplication.translate("AuditNames", "Activity cancelled"),
        "QueueDay.Opened": QCoreApplication.translate("AuditNames", "Queue opened for the day"),
        "QueueDay.TicketTaken": QCoreApplication.translate("AuditNames", "Queue ticket taken"),
        "QueueDay.TicketCalled": QCoreApplication.translate("AuditNames", "Queue ticket called"),
        "QueueDay.TicketSkipped": QCoreApplication.translate("AuditNames", "Queue ticket skipped"),
        "QueueDay.TicketServed": QCoreApplication.translate("AuditNames", "Queue ticket served"),
        "Contact.Opened": QCoreApplication.translate("AuditNames", "Contact opened"),
        "Contact.Closed": QCoreApplication.translate("AuditNames", "Contact closed"),
        "MissedCall.Logged": QCoreApplication.translate("AuditNames", "Missed call logged"),
        "Answer.Published": QCoreApplication.translate("AuditNames", "Standard answer published"),
        "Answer.Revised": QCoreApplication.translate("AuditNames", "Standard answer revised"),
        "Answer.Retired": QCoreApplication.translate("AuditNames", "Standard answer retired"),
        "StaffRating.Rated": QCoreApplication.translate("AuditNames", "Staff rated"),
        "StaffRating.Rerated": QCoreApplication.translate("AuditNames", "Staff rated again"),
        "Contact.PersonalDataErased": QCoreApplication.translate(
            "AuditNames", "Caller's personal data forgotten"
        ),
        "MissedCall.PersonalDataErased": QCoreApplication.translate(
            "AuditNames", "Missed call's number forgotten"
        ),
        "Parcel.Received": QCoreApplication.translate("AuditNames", "Parcel received"),
        "Parcel.PickedUp": QCoreApplication.translate("AuditNames", "Parcel picked up"),
        "Parcel.Returned": QCoreApplication.translate("AuditNames", "Parcel returned to courier"),
        "Parcel.ReceivedAgain": QCoreApplication.translate("AuditNames", "Parcel received again"),
        "Parcel.Corrected": QCoreApplication.translate(
            "AuditNames", "Parcel's flat or shelf corrected"
        ),
        "Loan.Made": QCoreApplication.translate("AuditNames", "Loan made"),
        "Loan.Ended": QCoreApplication.translate("AuditNames", "Loan ended"),
        "PickupCode.Assigned": QCoreApplication.translate("AuditNames", "Pickup code assigned"),
        "Item.Added": QCoreApplication.translate("AuditNames", "Item added"),
        "Item.Lent": QCoreApplication.translate("AuditNames", "Item lent"),
        "Item.Returned": QCoreApplication.translate("AuditNames", "Item returned"),
        "Instruction.Set": QCoreApplication.translate("AuditNames", "Standing instruction set"),
        "Instruction.Ended": QCoreApplication.translate("AuditNames", "Standing instruction ended"),
        "Unit.InstructionAttached": QCoreApplication.translate(
            "AuditNames", "Instruction attached to unit"
        ),
        "VisitorPass.AdmittedDespiteInstruction": QCoreApplication.translate(
            "AuditNames", "Admitted despite the flat's instruction"
        ),
        "Handover.HandedOver": QCoreApplication.translate("AuditNames", "Shift handed over"),
        "Handover.ItemChecked": QCoreApplication.translate("AuditNames", "Handover item checked"),
        "Handover.Acknowledged": QCoreApplication.translate("AuditNames", "Shift taken over"),
        "StoreSetup.Initialised": QCoreApplication.translate("AuditNames", "Store set up"),
        "StoreSetup.RetentionSet": QCoreApplication.translate("AuditNames", "Retention period set"),
        "Household.PersonalDataErased": QCoreApplication.translate(
            "AuditNames", "Residents' personal data forgotten"
        ),
        "VisitorPass.PersonalDataErased": QCoreApplication.translate(
            "AuditNames", "Visitor's personal data forgotten"
        ),
        "Incident.PersonalDataErased": QCoreApplication.translate(
            "AuditNames", "Reporter's personal data forgotten"
        ),
        "StoreSetup.RosterChanged": QCoreApplication.translate(
            "AuditNames", "Staff roster changed"
        ),
        "AuditTrail.Started": QCoreApplication.translate("AuditNames", "Audit trail started"),
        "AuditTrail.HistoryExported": QCoreApplication.translate("AuditNames", "History exported"),
        "AuditTrail.ReportPrinted": QCoreApplication.translate("AuditNames", "Report printed"),
    }


def record_name(aggregate: str) -> str:
    return record_names().get(aggregate, aggregate)


def event_name(aggregate: str, kind: str) -> str:
    return event_names().get(f"{aggregate}.{kind}", kind)


def value_text(value: Any, zone: ZoneInfo) -> str:
    """One value of an event or a record: moments in local time, lists and maps as JSON."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, datetime):
        return value.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, str) and _ISO_MOMENT.match(value):
        return value_text(datetime.fromisoformat(value.replace("Z", "+00:00")), zone)
    chinese = current_language().startswith("zh")
    if isinstance(value, dict):  # a member, a contract's changes: each part by its name
        colon, comma = ("：", "，") if chinese else (": ", ", ")
        return comma.join(
            f"{field_name(str(k))}{colon}{value_text(v, zone)}" for k, v in value.items()
        )
    if isinstance(value, list | tuple):
        joiner = (
            ("；" if chinese else "; ")
            if any(isinstance(v, dict) for v in value)
            else ("、" if chinese else ", ")
        )
        return joiner.join(value_text(v, zone) for v in value) or "—"
    if isinstance(value, str) and (named := known_label(value)):
        return named  # a stored code (residential, gas_leak …) by its name
    return readable(str(value))


def short(text: str, width: int = SUMMARY_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def summary(data: dict[str, Any], zone: ZoneInfo) -> str:
    """The first few things an event says, for one line of the log: record ids and the
    moment it happened (already in its own column) left out."""
    parts = []
    for key, value in data.items():
        if key == "at" or (isinstance(value, str) and _UUID.match(value)):
            continue
        if value in (None, "", [], {}):
            continue
        parts.append(f"{field_name(key)}={short(value_text(value, zone))}")
        if len(parts) == SUMMARY_FIELDS:
            break
    return " · ".join(parts)
