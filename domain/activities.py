"""Community activities (社区活动): planning, registration, attendance."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from eventsourcing.domain import event

from domain import errors
from domain.recording import DeskAggregate


class ActivityKind(StrEnum):
    FESTIVAL = "festival"
    HEALTH = "health"
    EXERCISE = "exercise"
    PARENT_CHILD = "parent_child"
    ELDERLY = "elderly"
    SOCIAL = "social"
    OTHER = "other"


class Activity(DeskAggregate):
    """One event in the community calendar and who came."""

    class Planned(DeskAggregate.Created):
        title: str
        kind: str
        starts_at: datetime
        ends_at: datetime
        place: str
        capacity: int

    @event(Planned)
    def __init__(
        self,
        title: str,
        kind: str,
        starts_at: datetime,
        ends_at: datetime,
        place: str,
        capacity: int,
    ) -> None:
        self.title = title
        self.kind = kind
        self.starts_at = starts_at
        self.ends_at = ends_at
        self.place = place
        self.capacity = capacity
        self.registrations: dict[str, int] = {}
        self.attendance: dict[str, int] = {}
        self.cancelled_reason: str | None = None

    @property
    def places_left(self) -> int:
        return self.capacity - sum(self.registrations.values())

    def _require_not_cancelled(self) -> None:
        if self.cancelled_reason is not None:
            raise errors.ActivityCancelledError()

    def register_household(self, household_id: str, headcount: int) -> None:
        self._require_not_cancelled()
        if household_id in self.registrations:
            raise errors.AlreadyRegisteredError()
        if headcount > self.places_left:
            raise errors.ActivityFullError(left=self.places_left)
        self._household_registered(household_id=household_id, headcount=headcount)

    class HouseholdRegistered(DeskAggregate.Event):
        household_id: str
        headcount: int

    @event(HouseholdRegistered)
    def _household_registered(self, household_id: str, headcount: int) -> None:
        self.registrations[household_id] = headcount

    def cancel_registration(self, household_id: str, reason: str) -> None:
        self._require_not_cancelled()
        if household_id not in self.registrations:
            raise errors.NotRegisteredError()
        self._registration_cancelled(household_id=household_id, reason=reason)

    class RegistrationCancelled(DeskAggregate.Event):
        household_id: str
        reason: str

    @event(RegistrationCancelled)
    def _registration_cancelled(self, household_id: str, reason: str) -> None:
        del self.registrations[household_id]

    def record_attendance(self, household_id: str, headcount: int, now: datetime) -> None:
        self._require_not_cancelled()
        if now < self.starts_at:
            raise errors.ActivityNotStartedError(starts_at=self.starts_at.isoformat())
        self._attendance_recorded(
            household_id=household_id,
            headcount=headcount,
            registered=household_id in self.registrations,
        )

    class AttendanceRecorded(DeskAggregate.Event):
        household_id: str
        headcount: int
        registered: bool

    @event(AttendanceRecorded)
    def _attendance_recorded(self, household_id: str, headcount: int, registered: bool) -> None:
        self.attendance[household_id] = headcount

    def cancel(self, reason: str) -> None:
        self._require_not_cancelled()
        self._cancelled(reason=reason)

    class Cancelled(DeskAggregate.Event):
        reason: str

    @event(Cancelled)
    def _cancelled(self, reason: str) -> None:
        self.cancelled_reason = reason
