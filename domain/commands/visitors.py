"""Visitors: registration, the host's answer, the pass, check-in and check-out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from domain import errors
from domain.commands.instructions import InstructionCommands
from domain.core import command
from domain.values import (
    DELIVERY_MINUTES,
    UnitNumber,
    choice,
    optional_text,
    required_text,
    validate_id_number,
    validate_phone,
    whole_number,
)

if TYPE_CHECKING:
    from domain.visitors import VisitorPass


class VisitorCommands(InstructionCommands):
    def get_pass(self, pass_id: Any) -> VisitorPass:
        from domain.visitors import VisitorPass

        return self._load(pass_id, VisitorPass)

    def has_active_renovation_agreement(self, unit: Any) -> bool:
        """Only the agreement of the household living there now counts."""
        from domain.contracts import Contract, ContractKind

        place = self.get_unit(unit)
        today = self.today()
        agreements = (
            self._load(cid, Contract)
            for cid in place.contracts_of_kind(ContractKind.RENOVATION.value)
        )
        return any(
            a.household_id == place.household_id and a.is_active_on(today) for a in agreements
        )

    @command()
    def register_visitor(
        self,
        host_unit: Any,
        name: Any,
        id_type: Any,
        id_number: Any,
        phone: Any,
        purpose: Any,
        kind: Any = "guest",
        company: Any = "",
        work_id: Any = "",
        override_reason: Any = "",
    ) -> str:
        """A visitor for a flat. A courier or delivery rider (`kind` delivery) gives only what
        makes sure the right flat receives the delivery: no ID number, and a phone or its
        last four digits; everyone else gives their ID. A person the flat asked the desk not
        to admit is refused unless a supervisor gives an `override_reason`."""
        from domain.visitors import NEEDS_RENOVATION_AGREEMENT, VisitKind, VisitorPass

        number = UnitNumber.parse(host_unit)
        visit = choice(VisitKind, kind, "kind")
        delivery = visit is VisitKind.DELIVERY
        if delivery:
            visitor = optional_text(name, "name", 60)
            doc_type, doc_number = (
                validate_id_number(id_type, id_number, self.today()) if id_number else ("", "")
            )
            mobile = delivery_phone(phone)
            reason = optional_text(purpose, "purpose", 200) or optional_text(company, "company")
            if not (visitor or company):
                raise errors.MissingValueError(field="company")
        else:
            visitor = required_text(name, "name", 60)
            doc_type, doc_number = validate_id_number(id_type, id_number, self.today())
            mobile = validate_phone(phone)
            reason = required_text(purpose, "purpose", 200)
        place = self.get_unit(number)
        if place.household_id is None:
            raise errors.UnitEmptyError(unit=str(number))
        if visit in NEEDS_RENOVATION_AGREEMENT and not self.has_active_renovation_agreement(number):
            raise errors.RenovationAgreementRequiredError(unit=str(number), kind=visit.value)
        admitted_anyway = self.refuse_if_not_admitted(place, visitor, override_reason)
        record = VisitorPass(
            host_unit=number,
            host_household_id=place.household_id,
            name=visitor,
            id_type=str(getattr(doc_type, "value", doc_type)),
            id_number=doc_number,
            phone=mobile,
            purpose=reason,
            kind=visit.value,
            company=optional_text(company, "company", 80),
            work_id=optional_text(work_id, "work_id", 40),
        )
        if admitted_anyway:
            record.admit_despite_instruction(admitted_anyway)
        self._save(record)
        return str(record.id)

    @command()
    def register_delivery(
        self,
        host_unit: Any,
        company: Any,
        phone: Any,
        confirmed_via: Any = "order_shown",
        valid_minutes: Any = DELIVERY_MINUTES,
        check_in: Any = False,
    ) -> str:
        """A courier's or food-delivery rider's quick pass in one step: registered with the
        company and a phone (or its last four digits), the flat confirmed (by the order the
        rider shows, or by intercom or phone), issued for half an hour, and checked in when
        `check_in`. The pass id is the result; its code is beside it."""
        from domain.visitors import MAX_DELIVERY_MINUTES, HostChannel

        if not isinstance(check_in, bool):
            raise errors.InvalidValueError(field="check_in", value=check_in)
        minutes = whole_number(valid_minutes, "valid_minutes", 5, MAX_DELIVERY_MINUTES)
        pass_id = self.register_visitor(
            host_unit, "", "", "", phone, "", kind="delivery", company=company
        )
        record = self.get_pass(pass_id)
        record.confirm_host(choice(HostChannel, confirmed_via, "channel").value)
        record.issue(0, self.now(), valid_minutes=minutes)
        if check_in:
            record.check_in(self.now())
        self._save(record)
        return pass_id

    @command()
    def confirm_host(self, pass_id: Any, channel: Any = "phone") -> None:
        from domain.visitors import HostChannel

        record = self.get_pass(pass_id)
        record.confirm_host(choice(HostChannel, channel, "channel").value)
        self._save(record)

    @command()
    def decline_host(self, pass_id: Any, reason: Any) -> None:
        record = self.get_pass(pass_id)
        record.decline_host(required_text(reason, "reason"))
        self._save(record)

    @command("waive_host_confirmation")
    def waive_host_confirmation(self, pass_id: Any, reason: Any) -> None:
        record = self.get_pass(pass_id)
        record.waive_host_confirmation(required_text(reason, "reason"))
        self._save(record)

    def _admit(self, record: VisitorPass, override_reason: Any) -> None:
        """The host flat may have barred this visitor since they were registered: issuing and
        checking in are refused too, unless a supervisor admitted them with a reason."""
        if record.admitted_despite_instruction:
            return
        place = self.get_unit(record.host_unit)
        override = self.refuse_if_not_admitted(place, record.name, override_reason)
        if override:
            record.admit_despite_instruction(override)

    @command()
    def issue_pass(self, pass_id: Any, valid_hours: Any = 4, override_reason: Any = "") -> str:
        from domain.visitors import MAX_VALID_HOURS

        record = self.get_pass(pass_id)
        self._admit(record, override_reason)
        hours = whole_number(valid_hours, "valid_hours", 1, MAX_VALID_HOURS)
        code = record.issue(hours, self.now())
        self._save(record)
        return code

    @command()
    def check_in(self, pass_id: Any, override_reason: Any = "") -> None:
        record = self.get_pass(pass_id)
        self._admit(record, override_reason)
        record.check_in(self.now())
        self._save(record)

    @command()
    def check_out(self, pass_id: Any) -> None:
        record = self.get_pass(pass_id)
        record.check_out(self.now())
        self._save(record)

    @command("reveal_id_numbers", catalogue=False)
    def reveal_visitor_id_number(self, pass_id: Any, reason: Any) -> str:
        """The visitor's full ID number, for a supervisor or auditor; the viewing is recorded."""
        record = self.get_pass(pass_id)
        number = record.reveal_id_number(required_text(reason, "reason"))
        self._save(record)
        return number

    @command()
    def revoke_pass(self, pass_id: Any, reason: Any) -> None:
        record = self.get_pass(pass_id)
        record.revoke(required_text(reason, "reason"))
        self._save(record)


def delivery_phone(value: Any) -> str:
    """A rider's phone, or the last four digits of it (what a delivery app shows)."""
    text = "".join(str(value or "").split())
    if text.isdigit() and len(text) == 4:
        return text
    return validate_phone(value)
