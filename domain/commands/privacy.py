"""Personal data kept as long as the service center's rule says, then forgotten: the
record's key is destroyed, the events stay (and still verify), the people are gone."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventsourcing.utils import get_topic

from domain import errors
from domain.core import DeskCore, command
from domain.recording import DeskAggregate
from domain.setup import STORE_ID, StoreSetup
from domain.values import whole_number

if TYPE_CHECKING:
    from domain.contacts import Contact, MissedCall
    from domain.households import Household
    from domain.incidents import Incident
    from domain.visitors import VisitorPass

    Forgettable = Household | VisitorPass | Incident | Contact | MissedCall

MAX_RETENTION_DAYS = 3650
# By the record's topic: its module is imported only when a record of it is forgotten.
FORGOTTEN_KINDS = {
    "domain.households:Household": "household",
    "domain.visitors:VisitorPass": "visitor pass",
    "domain.incidents:Incident": "incident",
    "domain.contacts:Contact": "contact",
    "domain.contacts:MissedCall": "missed call",
}


class PrivacyCommands(DeskCore):
    def retention(self) -> tuple[int, int]:
        """Days kept: (a visitor's after the visit, a household's after its move-out)."""
        return self._load(STORE_ID, StoreSetup).retention

    @command("set_retention")
    def set_retention(self, visitor_days: Any, resident_days: Any) -> None:
        visitors = whole_number(visitor_days, "visitor_days", 1, MAX_RETENTION_DAYS)
        residents = whole_number(resident_days, "resident_days", 1, MAX_RETENTION_DAYS)
        setup = self._load(STORE_ID, StoreSetup)
        setup.set_retention(visitor_days=visitors, resident_days=residents)
        self._save(setup)

    @command("forget_personal_data")
    def forget_personal_data(self, record_id: Any) -> str:
        """Forget the people of one household, visitor pass, incident or contact (its
        reporter's or caller's, when nobody's household), or missed call, whose retention is
        over. Returns the kind of record forgotten (a value of FORGOTTEN_KINDS)."""
        from domain.contacts import Contact
        from domain.households import Household
        from domain.incidents import Incident

        record = self._forgettable(record_id)
        visitor_days, resident_days = self.retention()
        # A caller who is nobody's household is kept as long as a visitor.
        days = resident_days if isinstance(record, Household) else visitor_days
        if not record.personal_data_erased:
            due = record.personal_data_due(days)
            if due is None and isinstance(record, Incident):
                raise errors.IncidentNotClosedError(ticket=record.ticket)
            if due is None and isinstance(record, Contact):
                raise errors.ContactStillOpenError()
            if due is None:
                raise errors.StillLivingHereError()
            if self.today() < due:
                raise errors.RetentionNotOverError(date=due.isoformat())
            record.erase_personal_data(retention_days=days)
            self._save(record)
        # The store destroyed the key in the erasure's own transaction; this forgets it on
        # this desk too, and finishes an erasure whose key was left (an older version
        # destroyed it only after the event: a crash in between left it).
        self.vault.erase([str(record.id)])
        return FORGOTTEN_KINDS[get_topic(type(record))]

    def finish_interrupted_erasures(self) -> list[str]:
        """Destroy the keys left beside erasures already recorded, searching the log
        only from where the last search ended. Returns the kinds of records finished."""
        after_sweep = getattr(self.recorder, "erasures_after_sweep", None)
        swept = getattr(self.recorder, "swept", None)
        if after_sweep is None or swept is None:  # a store in memory keeps no sweep
            return []
        erased, through = after_sweep()
        finished = [self.forget_personal_data(r) for r in sorted(self.vault.live_keys(erased))]
        swept(through)
        return finished

    def _forgettable(self, record_id: Any) -> Forgettable:
        from domain.contacts import Contact, MissedCall
        from domain.households import Household
        from domain.incidents import Incident
        from domain.visitors import VisitorPass

        record = self._load(record_id, DeskAggregate)  # read once, whatever its kind
        if not isinstance(record, (Household, VisitorPass, Incident, Contact, MissedCall)):
            raise errors.UnknownRecordError(kind="record", ref=record_id)
        if (isinstance(record, Incident) and record.reporter_household_id) or (
            isinstance(record, Contact) and record.household_id
        ):
            # what a resident said goes with their household (its key wraps the record's)
            raise errors.StillLivingHereError()
        return record
