"""Incidents: report with a ticket and deadlines, follow up, resolve, call back, close."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from domain import errors
from domain.clock import shifted
from domain.commands.residents import satisfaction_score
from domain.core import DeskCore, command
from domain.values import choice, optional_text, required_text, validate_phone, whole_number

if TYPE_CHECKING:
    from domain.incidents import (
        Incident,
        TicketBook,
    )

TICKET_RETRIES = 5


class IncidentCommands(DeskCore):
    def get_incident(self, incident_id: Any) -> Incident:
        from domain.incidents import Incident

        return self._load(incident_id, Incident)

    def _ticket_book(self) -> TicketBook:
        from domain.incidents import TicketBook, ticket_book_id

        day = self.today()
        try:
            return self._load(ticket_book_id(day), TicketBook)
        except errors.NotFoundError:
            return TicketBook(day=day)

    @command()
    def report_incident(
        self,
        kind: Any,
        category: Any,
        severity: Any,
        location: Any,
        description: Any,
        reporter: Any,
        channel: Any = "counter",
        unit: Any = None,
        reporter_household_id: Any = None,
        reporter_phone: Any = None,
    ) -> str:
        """`unit` names the flat concerned, when there is one (its file lists the incident).
        The reporter is linked to their household when `reporter_household_id` names it, or
        when the unit's household has a member of that name: forgetting the household then
        makes the incident's reporter, phone, description and notes unreadable."""
        from domain.incidents import CATEGORIES, POLICY, Channel, Incident, IncidentKind, Severity

        incident_kind = choice(IncidentKind, kind, "kind")
        allowed = CATEGORIES[incident_kind]
        if category not in allowed:
            raise errors.InvalidChoiceError(
                value=category, field="category", choices=", ".join(allowed)
            )
        level = choice(Severity, severity, "severity")
        if incident_kind is IncidentKind.EMERGENCY and level is not Severity.EMERGENCY:
            raise errors.InvalidChoiceError(
                value=level.value, field="severity", choices="emergency"
            )
        where = required_text(location, "location", 200)
        what = required_text(description, "description", 2000)
        who = required_text(reporter, "reporter", 100)
        via = choice(Channel, channel, "channel")
        flat = self.get_unit(unit) if unit else None
        concerned = str(flat.unit) if flat else ""
        phone = validate_phone(reporter_phone) if reporter_phone else ""
        household = self._reporters_household(reporter_household_id, flat, who)
        now = self.now()
        deadlines = POLICY[level]
        # Two desks may take the day's next number at once; the loser takes the one after.
        for attempt in range(TICKET_RETRIES):
            book = self._ticket_book()
            ticket = book.take(incident_kind)
            incident = Incident(
                ticket=ticket,
                kind=incident_kind.value,
                category=category,
                severity=level.value,
                location=where,
                description=what,
                reporter=who,
                channel=via.value,
                respond_by=shifted(now, deadlines.respond_within),
                resolve_by=shifted(now, deadlines.resolve_within),
                unit=concerned,
                reporter_household_id=household,
                reporter_phone=phone,
            )
            try:
                self._save(book, incident)
            except errors.ConflictError:
                if attempt == TICKET_RETRIES - 1:
                    raise
                continue
            return str(incident.id)
        raise AssertionError("unreachable")

    def _reporters_household(self, given: Any, flat: Any, reporter: str) -> str:
        if given:
            household = self.get_household(given)
        elif flat is not None and flat.household_id:
            household = self.get_household(flat.household_id)
            if not any(m.name and m.name in reporter for m in household.members):
                return ""
        else:
            return ""
        # A forgotten household's key is gone: the incident keeps its text under its own.
        return "" if household.personal_data_erased else str(household.id)

    @command()
    def acknowledge(self, incident_id: Any) -> None:
        incident = self.get_incident(incident_id)
        incident.acknowledge(self.now())
        self._save(incident)

    @command()
    def dispatch(self, incident_id: Any, assignee: Any) -> None:
        incident = self.get_incident(incident_id)
        incident.dispatch(required_text(assignee, "assignee", 60), self.now())
        self._save(incident)

    @command()
    def log_action(self, incident_id: Any, note: Any) -> None:
        incident = self.get_incident(incident_id)
        incident.log_action(required_text(note, "note", 2000))
        self._save(incident)

    @command()
    def escalate(self, incident_id: Any, level: Any, reason: Any) -> None:
        from domain.incidents import MAX_LEVEL

        incident = self.get_incident(incident_id)
        target = whole_number(level, "level", 2, MAX_LEVEL)
        if target == MAX_LEVEL:
            self.require("escalate_to_level_3")
        incident.escalate(target, required_text(reason, "reason"))
        self._save(incident)

    @command()
    def put_on_hold(self, incident_id: Any, reason: Any) -> None:
        incident = self.get_incident(incident_id)
        incident.put_on_hold(required_text(reason, "reason"), self.now())
        self._save(incident)

    @command()
    def resume(self, incident_id: Any) -> None:
        incident = self.get_incident(incident_id)
        incident.resume(self.now())
        self._save(incident)

    @command()
    def resolve(self, incident_id: Any, resolution: Any, first_contact: Any = False) -> None:
        incident = self.get_incident(incident_id)
        if not isinstance(first_contact, bool):
            raise errors.InvalidValueError(field="first_contact", value=first_contact)
        incident.resolve(required_text(resolution, "resolution", 2000), first_contact, self.now())
        self._save(incident)

    @command()
    def record_callback(self, incident_id: Any, satisfaction: Any, comment: Any = "") -> None:
        incident = self.get_incident(incident_id)
        incident.record_callback(
            satisfaction_score(satisfaction), optional_text(comment, "comment"), self.now()
        )
        self._save(incident)

    @command()
    def reopen(self, incident_id: Any, reason: Any) -> None:
        incident = self.get_incident(incident_id)
        incident.reopen(required_text(reason, "reason"), self.now())
        self._save(incident)

    @command()
    def close_incident(self, incident_id: Any) -> None:
        incident = self.get_incident(incident_id)
        incident.close()
        self._save(incident)
