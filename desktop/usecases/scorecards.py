"""Staff scorecards as both front ends show them: everyone reads their own; managers,
supervisors, auditors and admins read everyone's. Printed, a scorecard is recorded as a
report printed."""

from __future__ import annotations

import io

from desktop.usecases.front import Desk
from desktop.usecases.printing import Document, staff_name
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


def scorecard_document(front: Desk, username: str, month: str, language: str) -> Document:
    """The printed scorecard (A4); its print is part of who looked at what, as the
    emergency log report's is."""
    from projections.documents.scorecard import render_scorecard

    card = scorecard(front, username, month)
    desk = front.desk
    try:
        role = desk.get_staff(username).role
    except errors.DomainError:
        role = ""
    pdf = io.BytesIO()
    render_scorecard(
        card,
        language,
        pdf,
        staff_name=staff_name(desk, username),
        role=role,
        rated_by_name=staff_name(desk, card.rated_by) if card.rated_by else "",
        community=desk.community(),
        zone=desk.timezone,
        printed_at=desk.now(),
    )
    head = desk.chain_head()
    return Document(
        pdf.getvalue(), desk.record_report_print, ("scorecard", f"{month} {username}", head[0])
    )
