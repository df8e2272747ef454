"""Staff appraisal (绩效考核): the monthly marks a manager gives for teamwork and knowledge.
The rest of a scorecard (satisfaction, complaint handling, efficiency) is measured from the
log by the read models; the weights are the service center's own."""

from __future__ import annotations

from uuid import UUID, uuid5

from eventsourcing.domain import event

from domain.recording import DeskAggregate
from domain.staff import NAMESPACE

# Component: weight in percent (PROCEDURES.md, KPIs and targets). They sum to 100.
WEIGHTS: dict[str, int] = {
    "satisfaction": 30,
    "complaint_handling": 25,
    "efficiency": 20,
    "teamwork": 15,
    "knowledge": 10,
}


def rating_id(username: str, month: str) -> UUID:
    return uuid5(NAMESPACE, f"rating/{username}/{month}")


class StaffRating(DeskAggregate):
    """A manager's marks for one staff member in one month; marking again replaces them."""

    @staticmethod
    def create_id(username: str, month: str, **_: object) -> UUID:
        return rating_id(username, month)

    class Rated(DeskAggregate.Created):
        username: str
        month: str
        teamwork: int
        knowledge: int
        comment: str

    @event(Rated)
    def __init__(
        self, username: str, month: str, teamwork: int, knowledge: int, comment: str
    ) -> None:
        self.username = username
        self.month = month
        self.teamwork = teamwork
        self.knowledge = knowledge
        self.comment = comment

    class Rerated(DeskAggregate.Event):
        teamwork: int
        knowledge: int
        comment: str

    @event(Rerated)
    def rate_again(self, teamwork: int, knowledge: int, comment: str) -> None:
        self.teamwork = teamwork
        self.knowledge = knowledge
        self.comment = comment
