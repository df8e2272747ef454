"""What `frontdesk demo` made, as it tells it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class DemoProgress:
    """How far the demo has come: told after each simulated day, and once at its end."""

    day: date
    days_done: int
    days: int
    events: int
    seconds: float
    finished: bool = False

    @property
    def share(self) -> float:
        return 1.0 if self.finished else min(self.days_done / max(self.days, 1), 0.99)


@dataclass
class DemoReport:
    """What `frontdesk demo` made."""

    community: str
    staff: list[tuple[str, str, str]]
    first_day: date
    until: date
    units: int = 0
    households: int = 0
    living: int = 0
    visitors: int = 0
    contracts: int = 0
    incidents: int = 0
    emergencies: int = 0
    activities: int = 0
    contacts: int = 0
    parcels: int = 0
    handovers: int = 0
    forgotten: int = 0
    refused: list[str] = field(default_factory=list)
    events: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.units} units, {self.households} households ({self.living} living), "
            f"{self.visitors} visitors, {self.contracts} contracts, {self.incidents} incidents "
            f"({self.emergencies} emergencies), {self.activities} activities, "
            f"{self.contacts} contacts at the counter and on the phone, "
            f"{self.parcels} parcels kept, {self.handovers} shift handovers, "
            f"{self.forgotten} people's records forgotten after the retention period; "
            f"{self.events} events from {self.first_day} to {self.until} in {self.seconds:.1f} s"
            + (f"; {len(self.refused)} commands refused" if self.refused else "")
        )
