"""Contracts: signing (service, parking, renovation), the morning round of renewal notices,
renewals, breaches and amendments."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

from desktop.demo.base import DemoBase
from desktop.demo.timeline import Story, Then
from desktop.demo.world import ZERO, Agreement, Flat, Home, years_later
from domain.clock import shifted
from domain.contracts import RENEWAL_NOTICE_BEFORE, monthly_service_fee


class ContractStories(DemoBase):
    def service_fee(self, flat: Flat, area: Decimal | None = None) -> Decimal:
        return monthly_service_fee(area or flat.area, self.community["fees"][f"{flat.kind}_rate"])

    def parking_fee(self) -> Decimal:
        return Decimal(self.rng.choice(self.community["fees"]["parking"]))

    def sign(
        self,
        home: Home,
        kind: str,
        start: date,
        end: date,
        fee: Decimal,
        deposit: Decimal = ZERO,
    ) -> Agreement:
        number = home.flat.number
        contract_id = self.desk.sign_contract(number, home.id, kind, start, end, fee, deposit)
        deal = Agreement(contract_id, kind, home, start, end, fee, deposit)
        if kind != "renovation":
            self.plan_notice(deal)
        home.agreements.append(deal)
        self.agreements.append(deal)
        self.report.contracts += 1
        return deal

    def plan_notice(self, deal: Agreement) -> None:
        """Notices go out a few days before they are due; about one in eight goes out late."""
        due = shifted(deal.end, -RENEWAL_NOTICE_BEFORE)
        late = self.rng.random() < 0.12
        days = self.rng.randint(3, 18) if late else self.rng.randint(-6, 0)
        deal.notice_on, deal.noticed = due + timedelta(days=days), False

    def renewal_round(self, day: date) -> Story:
        """Each morning: renewal notices for contracts coming up to three months from the end."""
        due = [
            deal
            for deal in self.agreements
            if not deal.noticed
            and deal.notice_on is not None
            and deal.notice_on <= day
            and deal.active(day)
            and deal.home.living
        ]
        for deal in due:
            channel = self.rng.choice(self.texts["notice_channels"])
            self.desk.send_renewal_notice(deal.id, channel)
            deal.noticed = True
            if self.rng.random() < 0.92:
                visit = day + timedelta(days=self.rng.randint(5, 70))
                visit = min(visit, deal.end - timedelta(days=1))
                when = self.at(max(visit, day + timedelta(days=1)), time(9), time(17, 30))
                self.timeline.start(when, "clerk", self.renewal(deal))
            yield Then(self.minutes(0.5, 2))

    def renewal(self, deal: Agreement) -> Story:
        """The household comes in and signs for another term; sometimes at a new fee."""
        if not deal.home.living or not deal.active(self.today()):
            return
        years = 2 if deal.kind == "service" and deal.home.ownership == "owner" else 1
        new_end = years_later(deal.end, years)
        fee = None
        if deal.kind == "parking" and self.rng.random() < 0.2:
            fee = deal.fee + Decimal("50.00")
        self.desk.renew_contract(deal.id, new_end, fee)
        deal.end, deal.fee = new_end, fee or deal.fee
        self.plan_notice(deal)
        yield from ()

    def happen_breach(self) -> Story:
        rng, today = self.rng, self.today()
        kind = rng.choices(
            ("arrears", "illegal_renovation", "change_of_use", "company_failure"), (40, 25, 20, 15)
        )[0]
        wanted = "renovation" if kind == "illegal_renovation" else "service"
        if kind == "arrears" and rng.random() < 0.3:
            wanted = "parking"
        deals = [d for d in self.agreements if d.kind == wanted and d.active(today)]
        if not deals:
            kind, deals = "arrears", [d for d in self.agreements if d.active(today)]
        if deals:
            deal = rng.choice(deals)
            details = rng.choice(self.texts["breaches"][kind])
            self.desk.record_breach(deal.id, kind, details)
        yield from ()

    def happen_amendment(self) -> Story:
        rng, today = self.rng, self.today()
        field_name, reason = rng.choice(self.texts["amendments"])
        if field_name == "end":
            deals = [d for d in self.agreements if d.kind == "renovation" and d.active(today)]
            if deals:
                deal = rng.choice(deals)
                deal.end += timedelta(days=rng.choice((15, 20, 30)))
                self.desk.amend_contract(deal.id, {"end": deal.end.isoformat()}, reason)
                yield from ()
                return
            field_name, reason = self.texts["amendments"][1]
        kind = "parking" if reason.startswith("车位") else "service"
        deals = [d for d in self.agreements if d.kind == kind and d.active(today)]
        if not deals:
            return
        deal = rng.choice(deals)
        if kind == "parking":
            fee = deal.fee + Decimal("150.00")
        else:
            area = deal.home.flat.area + Decimal(rng.choice(("-2.35", "-1.20", "1.05", "2.40")))
            fee = self.service_fee(deal.home.flat, area)
            if fee == deal.fee:  # the same correction made before
                return
        self.desk.amend_contract(deal.id, {"monthly_fee": str(fee)}, reason)
        deal.fee = fee
