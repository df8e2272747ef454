"""Visitors: registration, the host's answer, the pass, check-in and check-out."""

from __future__ import annotations

from typing import Any

from domain import errors
from domain.contracts import Contract, ContractKind
from domain.core import DeskCore, command
from domain.values import (
    UnitNumber,
    choice,
    optional_text,
    required_text,
    validate_id_number,
    validate_phone,
    whole_number,
)
from domain.visitors import (
    MAX_VALID_HOURS,
    NEEDS_RENOVATION_AGREEMENT,
    HostChannel,
    VisitKind,
    VisitorPass,
)


class VisitorCommands(DeskCore):
    def get_pass(self, pass_id: Any) -> VisitorPass:
        return self._load(pass_id, VisitorPass)

    def has_active_renovation_agreement(self, unit: Any) -> bool:
        """Only the agreement of the household living there now counts."""
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
    ) -> str:
        number = UnitNumber.parse(host_unit)
        visitor = required_text(name, "name", 60)
        doc_type, doc_number = validate_id_number(id_type, id_number, self.today())
        mobile = validate_phone(phone)
        reason = required_text(purpose, "purpose", 200)
        visit = choice(VisitKind, kind, "kind")
        place = self.get_unit(number)
        if place.household_id is None:
            raise errors.UnitEmptyError(unit=str(number))
        if visit in NEEDS_RENOVATION_AGREEMENT and not self.has_active_renovation_agreement(number):
            raise errors.RenovationAgreementRequiredError(unit=str(number), kind=visit.value)
        record = VisitorPass(
            host_unit=number,
            host_household_id=place.household_id,
            name=visitor,
            id_type=doc_type.value,
            id_number=doc_number,
            phone=mobile,
            purpose=reason,
            kind=visit.value,
            company=optional_text(company, "company", 80),
            work_id=optional_text(work_id, "work_id", 40),
        )
        self._save(record)
        return str(record.id)

    @command()
    def confirm_host(self, pass_id: Any, channel: Any = "phone") -> None:
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

    @command()
    def issue_pass(self, pass_id: Any, valid_hours: Any = 4) -> str:
        record = self.get_pass(pass_id)
        hours = whole_number(valid_hours, "valid_hours", 1, MAX_VALID_HOURS)
        code = record.issue(hours, self.now())
        self._save(record)
        return code

    @command()
    def check_in(self, pass_id: Any) -> None:
        record = self.get_pass(pass_id)
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
