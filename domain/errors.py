"""Refusals the desk can meet, each with a message a receptionist can act on.

The text comes from the catalogue in `messages.py`, in the interface language.
"""

from __future__ import annotations

from typing import Any

from domain.messages import render


class DomainError(Exception):
    """A command was refused; nothing was stored."""

    key = "domain_error"

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message())

    def message(self, language: str | None = None) -> str:
        return render(self.key, language, **self.params)

    def __str__(self) -> str:
        return self.message()


def _error(name: str, key: str, base: type[DomainError] = DomainError) -> type[DomainError]:
    return type(name, (base,), {"key": key, "__doc__": f"Refusal '{key}'."})


class InvalidInputError(DomainError):
    """Something typed at the desk is malformed."""

    key = "invalid_input"


class NotFoundError(DomainError):
    key = "not_found"


class PermissionDeniedError(DomainError):
    key = "permission_denied"


class ConflictError(DomainError):
    """Another desk changed the same record first; retry on fresh state."""

    key = "conflict"


class RuleViolationError(DomainError):
    """A service-center rule forbids this now."""

    key = "rule_violation"


# Input
InvalidUnitNumberError = _error("InvalidUnitNumberError", "invalid_unit_number", InvalidInputError)
InvalidIdNumberError = _error("InvalidIdNumberError", "invalid_id_number", InvalidInputError)
IdChecksumError = _error("IdChecksumError", "id_checksum", InvalidIdNumberError)
IdBirthDateError = _error("IdBirthDateError", "id_birth_date", InvalidIdNumberError)
InvalidPhoneError = _error("InvalidPhoneError", "invalid_phone", InvalidInputError)
InvalidPlateError = _error("InvalidPlateError", "invalid_plate", InvalidInputError)
InvalidAmountError = _error("InvalidAmountError", "invalid_amount", InvalidInputError)
InvalidDateRangeError = _error("InvalidDateRangeError", "invalid_date_range", InvalidInputError)
InvalidChoiceError = _error("InvalidChoiceError", "invalid_choice", InvalidInputError)
MissingValueError = _error("MissingValueError", "missing_value", InvalidInputError)
InvalidValueError = _error("InvalidValueError", "invalid_value", InvalidInputError)
AmountNotPositiveError = _error("AmountNotPositiveError", "amount_not_positive", InvalidAmountError)
DateOutOfRangeError = _error("DateOutOfRangeError", "date_out_of_range", InvalidInputError)
UnprintableCharacterError = _error(
    "UnprintableCharacterError", "unprintable_character", InvalidValueError
)
TextTooLongError = _error("TextTooLongError", "text_too_long", InvalidValueError)
NotAListError = _error("NotAListError", "not_a_list", InvalidInputError)

# Batch files: a line that cannot be run as written
BatchLineError = _error("BatchLineError", "invalid_input", InvalidInputError)
BatchNotJsonError = _error("BatchNotJsonError", "batch_not_json", BatchLineError)
BatchNotUtf8Error = _error("BatchNotUtf8Error", "batch_not_utf8", BatchLineError)
BatchTooDeepError = _error("BatchTooDeepError", "batch_too_deep", BatchLineError)
BatchNotObjectError = _error("BatchNotObjectError", "batch_not_object", BatchLineError)
BatchUnknownCommandError = _error(
    "BatchUnknownCommandError", "batch_unknown_command", BatchLineError
)
BatchArgsNotObjectError = _error("BatchArgsNotObjectError", "batch_args_not_object", BatchLineError)
BatchUnknownLabelError = _error("BatchUnknownLabelError", "batch_unknown_label", BatchLineError)
BatchEmptyLabelError = _error("BatchEmptyLabelError", "batch_empty_label", BatchLineError)
BatchMissingArgumentError = _error(
    "BatchMissingArgumentError", "batch_missing_argument", BatchLineError
)
BatchUnexpectedArgumentError = _error(
    "BatchUnexpectedArgumentError", "batch_unexpected_argument", BatchLineError
)
BatchOperatorNotTextError = _error(
    "BatchOperatorNotTextError", "batch_operator_not_text", BatchLineError
)
AtNotTextError = _error("AtNotTextError", "at_not_text", BatchLineError)
StoreWriteFailedError = _error("StoreWriteFailedError", "store_write_failed")
UnexpectedFailureError = _error("UnexpectedFailureError", "unexpected_failure")
WrongKeyInEnvironmentError = _error("WrongKeyInEnvironmentError", "key_wrong_env")
KeyUnreadableError = _error("KeyUnreadableError", "key_unreadable")
ExpectFormatError = _error("ExpectFormatError", "expect_format", InvalidInputError)

# Lookup
UnknownUnitError = _error("UnknownUnitError", "unknown_unit", NotFoundError)
UnknownRecordError = _error("UnknownRecordError", "unknown_record", NotFoundError)
UnknownStaffError = _error("UnknownStaffError", "unknown_staff", NotFoundError)

# Staff and permissions
SignInFailedError = _error("SignInFailedError", "sign_in_failed", PermissionDeniedError)
NotSignedInError = _error("NotSignedInError", "not_signed_in", PermissionDeniedError)
RoleForbidsError = _error("RoleForbidsError", "role_forbids", PermissionDeniedError)
StaffExistsError = _error("StaffExistsError", "staff_exists", RuleViolationError)
StaffInactiveError = _error("StaffInactiveError", "staff_inactive", PermissionDeniedError)
WeakPasswordError = _error("WeakPasswordError", "weak_password", InvalidInputError)
LastAdminError = _error("LastAdminError", "last_admin", RuleViolationError)
StoreNotInitialisedError = _error("StoreNotInitialisedError", "store_not_initialised", DomainError)
StoreAlreadyInitialisedError = _error(
    "StoreAlreadyInitialisedError", "store_already_initialised", RuleViolationError
)

# Units and households
UnitExistsError = _error("UnitExistsError", "unit_exists", RuleViolationError)
UnitOccupiedError = _error("UnitOccupiedError", "unit_occupied", RuleViolationError)
UnitEmptyError = _error("UnitEmptyError", "unit_empty", RuleViolationError)
HouseholdMovedOutError = _error("HouseholdMovedOutError", "household_moved_out", RuleViolationError)
MemberExistsError = _error("MemberExistsError", "member_exists", RuleViolationError)
UnknownMemberError = _error("UnknownMemberError", "unknown_member", NotFoundError)
LastMemberError = _error("LastMemberError", "last_member", RuleViolationError)
VehicleExistsError = _error("VehicleExistsError", "vehicle_exists", RuleViolationError)
UnknownVehicleError = _error("UnknownVehicleError", "unknown_vehicle", NotFoundError)
CallbackAlreadyRecordedError = _error(
    "CallbackAlreadyRecordedError", "callback_already_recorded", RuleViolationError
)
DateBeforeMoveInError = _error("DateBeforeMoveInError", "date_before_move_in", RuleViolationError)

# Visitors
HostNotConfirmedError = _error("HostNotConfirmedError", "host_not_confirmed", RuleViolationError)
HostDeclinedError = _error("HostDeclinedError", "host_declined", RuleViolationError)
HostAlreadyAnsweredError = _error(
    "HostAlreadyAnsweredError", "host_already_answered", RuleViolationError
)
RenovationAgreementRequiredError = _error(
    "RenovationAgreementRequiredError", "renovation_agreement_required", RuleViolationError
)
PassNotIssuedError = _error("PassNotIssuedError", "pass_not_issued", RuleViolationError)
PassAlreadyIssuedError = _error("PassAlreadyIssuedError", "pass_already_issued", RuleViolationError)
PassNotYetValidError = _error("PassNotYetValidError", "pass_not_yet_valid", RuleViolationError)
PassExpiredError = _error("PassExpiredError", "pass_expired", RuleViolationError)
PassRevokedError = _error("PassRevokedError", "pass_revoked", RuleViolationError)
AlreadyCheckedInError = _error("AlreadyCheckedInError", "already_checked_in", RuleViolationError)
NotCheckedInError = _error("NotCheckedInError", "not_checked_in", RuleViolationError)
AlreadyCheckedOutError = _error("AlreadyCheckedOutError", "already_checked_out", RuleViolationError)

# Contracts
ContractEndedError = _error("ContractEndedError", "contract_ended", RuleViolationError)
RenewalMustExtendError = _error("RenewalMustExtendError", "renewal_must_extend", RuleViolationError)
RefundExceedsDepositError = _error(
    "RefundExceedsDepositError", "refund_exceeds_deposit", RuleViolationError
)
HouseholdNotInUnitError = _error(
    "HouseholdNotInUnitError", "household_not_in_unit", RuleViolationError
)
NothingToChangeError = _error("NothingToChangeError", "nothing_to_change", InvalidInputError)

# Incidents
IncidentClosedError = _error("IncidentClosedError", "incident_closed", RuleViolationError)
IncidentNotClosedError = _error("IncidentNotClosedError", "incident_not_closed", RuleViolationError)
IncidentStateError = _error("IncidentStateError", "incident_state", RuleViolationError)
EscalationMustRiseError = _error(
    "EscalationMustRiseError", "escalation_must_rise", RuleViolationError
)
IncidentOnHoldError = _error("IncidentOnHoldError", "incident_on_hold", RuleViolationError)
IncidentNotOnHoldError = _error(
    "IncidentNotOnHoldError", "incident_not_on_hold", RuleViolationError
)
IncidentNotResolvedError = _error(
    "IncidentNotResolvedError", "incident_not_resolved", RuleViolationError
)
SatisfactionRangeError = _error("SatisfactionRangeError", "satisfaction_range", InvalidInputError)

# Activities
ActivityCancelledError = _error("ActivityCancelledError", "activity_cancelled", RuleViolationError)
ActivityFullError = _error("ActivityFullError", "activity_full", RuleViolationError)
AlreadyRegisteredError = _error("AlreadyRegisteredError", "already_registered", RuleViolationError)
NotRegisteredError = _error("NotRegisteredError", "not_registered", RuleViolationError)
ActivityNotStartedError = _error(
    "ActivityNotStartedError", "activity_not_started", RuleViolationError
)

# Time
ClockWentBackwardsError = _error(
    "ClockWentBackwardsError", "clock_went_backwards", RuleViolationError
)
AtInTheFutureError = _error("AtInTheFutureError", "at_in_the_future", RuleViolationError)

# Exports
ExportFolderNotEmptyError = _error(
    "ExportFolderNotEmptyError", "export_folder_not_empty", RuleViolationError
)

# Personal data
StillLivingHereError = _error("StillLivingHereError", "still_living_here", RuleViolationError)
RetentionNotOverError = _error("RetentionNotOverError", "retention_not_over", RuleViolationError)
KeyUnavailableError = _error("KeyUnavailableError", "key_unavailable")
WrongKeyError = _error("WrongKeyError", "key_wrong")
RecordDamagedError = _error("RecordDamagedError", "record_damaged")
EventDamagedError = _error("EventDamagedError", "event_damaged")
PersonalDataUnreadableError = _error("PersonalDataUnreadableError", "personal_data_unreadable")


# The walk-in queue, contacts, the knowledge base, appraisal
UnknownQueueTicketError = _error("UnknownQueueTicketError", "unknown_queue_ticket", NotFoundError)
QueueFullError = _error("QueueFullError", "queue_full", RuleViolationError)
QueueEmptyError = _error("QueueEmptyError", "queue_empty", RuleViolationError)
TicketNotWaitingError = _error("TicketNotWaitingError", "ticket_not_waiting", RuleViolationError)
ContactClosedError = _error("ContactClosedError", "contact_closed", RuleViolationError)
OutcomeNeedsIncidentError = _error(
    "OutcomeNeedsIncidentError", "outcome_needs_incident", InvalidInputError
)
AnswerRetiredError = _error("AnswerRetiredError", "answer_retired", RuleViolationError)
MonthInFutureError = _error("MonthInFutureError", "month_in_future", InvalidInputError)
InvalidMonthError = _error("InvalidMonthError", "invalid_month", InvalidInputError)


# Parcels, items, standing instructions, the shift handover
DateInPastError = _error("DateInPastError", "date_in_past", InvalidInputError)
ParcelNotWaitingError = _error("ParcelNotWaitingError", "parcel_not_waiting", RuleViolationError)
ParcelAlreadyReceivedError = _error(
    "ParcelAlreadyReceivedError", "parcel_already_received", RuleViolationError
)
UnknownPickupCodeError = _error("UnknownPickupCodeError", "unknown_pickup_code", NotFoundError)
PickupCodeNeededError = _error("PickupCodeNeededError", "pickup_code_needed", InvalidInputError)
ItemOutError = _error("ItemOutError", "item_out", RuleViolationError)
ItemNotOutError = _error("ItemNotOutError", "item_not_out", RuleViolationError)
KeyForAnotherFlatError = _error(
    "KeyForAnotherFlatError", "key_for_another_flat", RuleViolationError
)
NotAuthorisedForFlatError = _error(
    "NotAuthorisedForFlatError", "not_authorised_for_flat", RuleViolationError
)
DoNotAdmitError = _error("DoNotAdmitError", "do_not_admit", RuleViolationError)
InstructionEndedError = _error("InstructionEndedError", "instruction_ended", RuleViolationError)
HandoverAcknowledgedError = _error(
    "HandoverAcknowledgedError", "handover_acknowledged", RuleViolationError
)
HandoverBySameStaffError = _error(
    "HandoverBySameStaffError", "handover_by_same_staff", RuleViolationError
)
HandoverNeedsReadModelsError = _error(
    "HandoverNeedsReadModelsError", "handover_needs_read_models", RuleViolationError
)
ContactStillOpenError = _error("ContactStillOpenError", "contact_still_open", RuleViolationError)
TicketNotNextError = _error("TicketNotNextError", "ticket_not_next", RuleViolationError)
HandoverBeingTakenOverError = _error(
    "HandoverBeingTakenOverError", "handover_being_taken_over", RuleViolationError
)
SelfRatingError = _error("SelfRatingError", "self_rating", RuleViolationError)
NotRatedRoleError = _error("NotRatedRoleError", "not_rated_role", RuleViolationError)
