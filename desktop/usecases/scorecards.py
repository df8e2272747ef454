"""Staff scorecards as both front ends show them: everyone reads their own; managers,
supervisors, auditors and admins read everyone's."""

from __future__ import annotations

from desktop.usecases.front import Desk
from domain import errors
from domain.staff import may
from projections.staff_scores import Scorecard


def readable_staff(front: Desk, month: str) -> list[str]:
    """Whose scorecards the signed-in person may read for a month: everyone measured or
    rated then, or only themselves."""
    me = front.desk.operator or ""
    if may(front.desk.role(), "read_all_scorecards"):
        everyone = front.read(lambda db: front.models.staff_scores.staff_in(db, month))
        return sorted(set(everyone) - {"admin"}) or [me]
    return [me]


def scorecard(front: Desk, username: str, month: str) -> Scorecard:
    """One staff member's scorecard for a month; another's is refused to a clerk."""
    if username != front.desk.operator and not may(front.desk.role(), "read_all_scorecards"):
        raise errors.RoleForbidsError(role=front.desk.role().value, action="read_all_scorecards")
    return front.read(lambda db: front.models.staff_scores.scorecard(db, username, month))
