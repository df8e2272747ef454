"""Contracts: signing, amendments, renewal notices and renewals, breaches, deposits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from domain import errors
from domain.core import DeskCore, command
from domain.values import (
    CONTRACT_YEARS,
    DateRange,
    UnitNumber,
    choice,
    money,
    optional_text,
    plausible_date,
    required_text,
)

if TYPE_CHECKING:
    from domain.contracts import Contract


class ContractCommands(DeskCore):
    def get_contract(self, contract_id: Any) -> Contract:
        from domain.contracts import Contract

        return self._load(contract_id, Contract)

    @command()
    def sign_contract(
        self,
        unit: Any,
        household_id: Any,
        kind: Any,
        start: Any,
        end: Any,
        monthly_fee: Any,
        deposit: Any = 0,
    ) -> str:
        from domain.contracts import Contract, ContractKind

        number = UnitNumber.parse(unit)
        agreement = choice(ContractKind, kind, "kind")
        term = DateRange.of(
            plausible_date(start, "start", self.today(), CONTRACT_YEARS),
            plausible_date(end, "end", self.today(), CONTRACT_YEARS),
        )
        fee = money(monthly_fee, "monthly_fee")
        held = money(deposit, "deposit")
        place = self.get_unit(number)
        household = self.get_household(household_id)
        if household.unit != number or not household.living:
            raise errors.HouseholdNotInUnitError(household=str(household_id), unit=str(number))
        contract = Contract(
            unit=number,
            household_id=str(household.id),
            kind=agreement.value,
            start=term.start,
            end=term.end,
            monthly_fee=fee,
            deposit=held,
        )
        place.attach_contract(contract_id=str(contract.id), kind=agreement.value)
        self._save(place, contract)
        return str(contract.id)

    @command()
    def amend_contract(self, contract_id: Any, changes: Any, reason: Any) -> None:
        from domain.contracts import AMENDABLE

        contract = self.get_contract(contract_id)
        if not isinstance(changes, dict) or not changes:
            raise errors.NothingToChangeError()
        parsed: dict[str, Any] = {}
        for key, value in changes.items():
            if key not in AMENDABLE:
                raise errors.InvalidChoiceError(
                    value=key, field="changes", choices=", ".join(AMENDABLE)
                )
            parsed[key] = (
                money(value, key)
                if key == "monthly_fee"
                else plausible_date(value, key, self.today(), CONTRACT_YEARS)
            )
        contract.amend(parsed, required_text(reason, "reason"))
        self._save(contract)

    @command()
    def send_renewal_notice(self, contract_id: Any, channel: Any = "letter") -> None:
        from domain.contracts import NoticeChannel

        contract = self.get_contract(contract_id)
        contract.send_renewal_notice(choice(NoticeChannel, channel, "channel").value)
        self._save(contract)

    def renewal_letter_copy_number(self, contract_id: Any) -> int:
        """The copy number the contract's next renewal letter will carry (0: the term's
        notice), so that it is printed before it is recorded."""
        self.require("desk_work")
        return self.get_contract(contract_id).next_letter_copy()

    @command(catalogue=False)
    def print_renewal_letter(self, contract_id: Any) -> int:
        """Records a printed renewal letter: the term's first is its notice, sent by letter
        (0); a reprint is a numbered copy (returns its number), recorded as a print."""
        contract = self.get_contract(contract_id)
        copy_number = contract.print_renewal_letter()
        self._save(contract)
        return copy_number

    @command()
    def renew_contract(self, contract_id: Any, new_end: Any, monthly_fee: Any = None) -> None:
        contract = self.get_contract(contract_id)
        fee = None if monthly_fee is None else money(monthly_fee, "monthly_fee")
        contract.renew(plausible_date(new_end, "new_end", self.today(), CONTRACT_YEARS), fee)
        self._save(contract)

    @command("terminate_contract")
    def terminate_contract(self, contract_id: Any, date: Any, reason: Any) -> None:
        contract = self.get_contract(contract_id)
        contract.terminate(
            plausible_date(date, "date", self.today(), CONTRACT_YEARS),
            required_text(reason, "reason"),
        )
        self._save(contract)

    @command()
    def record_breach(self, contract_id: Any, kind: Any, details: Any) -> None:
        from domain.contracts import BreachKind

        contract = self.get_contract(contract_id)
        breach = choice(BreachKind, kind, "kind")
        contract.record_breach(kind=breach.value, details=required_text(details, "details", 2000))
        self._save(contract)

    @command()
    def record_deposit(self, contract_id: Any, amount: Any) -> None:
        contract = self.get_contract(contract_id)
        contract.record_deposit(money(amount))
        self._save(contract)

    @command()
    def refund_deposit(
        self, contract_id: Any, amount: Any, deductions: Any = 0, reason: Any = ""
    ) -> None:
        contract = self.get_contract(contract_id)
        contract.refund_deposit(
            money(amount), money(deductions, "deductions"), optional_text(reason, "reason")
        )
        self._save(contract)
