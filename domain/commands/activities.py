"""Community activities: plan, register households, record who came, cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from domain import errors
from domain.core import DeskCore, command
from domain.values import (
    ACTIVITY_YEARS,
    choice,
    optional_text,
    plausible_moment,
    required_text,
    whole_number,
)

if TYPE_CHECKING:
    from domain.activities import Activity


def _headcount(value: Any) -> int:
    return whole_number(value, "headcount", 1, 20)


class ActivityCommands(DeskCore):
    def get_activity(self, activity_id: Any) -> Activity:
        from domain.activities import Activity

        return self._load(activity_id, Activity)

    def _living_household(self, household_id: Any) -> str:
        household = self.get_household(household_id)
        if household.moved_out_on is not None:  # not living here any more
            raise errors.HouseholdMovedOutError(date=household.moved_out_on.isoformat())
        return str(household.id)

    @command()
    def plan_activity(
        self,
        title: Any,
        kind: Any,
        starts_at: Any,
        ends_at: Any,
        place: Any,
        capacity: Any,
    ) -> str:
        from domain.activities import Activity, ActivityKind

        name = required_text(title, "title", 100)
        activity_kind = choice(ActivityKind, kind, "kind")
        start = plausible_moment(starts_at, "starts_at", self.now(), ACTIVITY_YEARS)
        end = plausible_moment(ends_at, "ends_at", self.now(), ACTIVITY_YEARS)
        if end <= start:
            raise errors.InvalidDateRangeError(start=start.isoformat(), end=end.isoformat())
        seats = whole_number(capacity, "capacity", 1, 10000)
        activity = Activity(
            title=name,
            kind=activity_kind.value,
            starts_at=start,
            ends_at=end,
            place=required_text(place, "place", 100),
            capacity=seats,
        )
        self._save(activity)
        return str(activity.id)

    @command()
    def register_household(self, activity_id: Any, household_id: Any, headcount: Any = 1) -> None:
        activity = self.get_activity(activity_id)
        activity.register_household(self._living_household(household_id), _headcount(headcount))
        self._save(activity)

    @command()
    def cancel_registration(self, activity_id: Any, household_id: Any, reason: Any = "") -> None:
        activity = self.get_activity(activity_id)
        activity.cancel_registration(
            str(self.get_household(household_id).id), optional_text(reason, "reason")
        )
        self._save(activity)

    @command()
    def record_attendance(self, activity_id: Any, household_id: Any, headcount: Any = 1) -> None:
        activity = self.get_activity(activity_id)
        activity.record_attendance(
            self._living_household(household_id), _headcount(headcount), self.now()
        )
        self._save(activity)

    @command()
    def cancel_activity(self, activity_id: Any, reason: Any) -> None:
        activity = self.get_activity(activity_id)
        activity.cancel(required_text(reason, "reason"))
        self._save(activity)
