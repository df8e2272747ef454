"""Staff appraisal (绩效考核): each staff member's monthly scorecard, weighted as the service
center weighs it. Satisfaction, complaint handling and efficiency are measured from the log;
teamwork and knowledge are the marks a manager gave that month.

Reads the incident board's `incidents`, the contact log's `contacts` and the queue board's
`queue_tickets` at query time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventsourcing.dispatch import singledispatchmethod

from domain.appraisal import WEIGHTS, StaffRating
from projections.base import ReadModel, epoch, from_epoch
from projections.store import Db

RESPONSE_TARGET_SECONDS = 15 * 60  # the FRT target: a contact answered within it is efficient


@dataclass(frozen=True)
class ScoreLine:
    component: str  # a key of WEIGHTS
    weight: int  # percent
    score: float | None  # 0-100, None when the month holds nothing to measure
    basis: int  # how many contacts, cases or callbacks it rests on (1 for a manager's mark)


@dataclass(frozen=True)
class Scorecard:
    username: str
    month: str
    lines: tuple[ScoreLine, ...]
    contacts: int
    tickets_called: int
    cases_taken: int
    comment: str
    rated_by: str
    rated_at: datetime | None

    @property
    def total(self) -> float | None:
        """The weighted score over the components measured; a component with nothing to
        measure leaves its weight to the others."""
        measured = [line for line in self.lines if line.score is not None]
        weight = sum(line.weight for line in measured)
        if not weight:
            return None
        return round(sum(line.weight * (line.score or 0) for line in measured) / weight, 1)


def _share(part: Any, whole: Any) -> float | None:
    return round(100.0 * float(part or 0) / float(whole), 1) if whole else None


class StaffScores(ReadModel):
    name = "staff_scores"
    tables = ("staff_ratings",)
    schema = (
        """CREATE TABLE IF NOT EXISTS staff_ratings (
            username TEXT NOT NULL, month TEXT NOT NULL, teamwork INTEGER NOT NULL,
            knowledge INTEGER NOT NULL, comment TEXT NOT NULL, rated_by TEXT NOT NULL,
            rated_at DOUBLE PRECISION NOT NULL, rating_id TEXT NOT NULL,
            PRIMARY KEY (username, month))""",
        "CREATE INDEX IF NOT EXISTS staff_ratings_id ON staff_ratings (rating_id)",
    )

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    @apply.register
    def _rated(self, event: StaffRating.Rated, db: Db) -> None:
        db.execute(
            """INSERT INTO staff_ratings VALUES (:username, :month, :teamwork, :knowledge,
            :comment, :operator, :at, :id)""",
            username=event.username,
            month=event.month,
            teamwork=event.teamwork,
            knowledge=event.knowledge,
            comment=event.comment,
            operator=event.operator,
            at=epoch(event.timestamp),
            id=str(event.originator_id),
        )

    @apply.register
    def _rerated(self, event: StaffRating.Rerated, db: Db) -> None:
        self.update_record(
            db,
            "staff_ratings",
            "rating_id",
            event,
            """teamwork = :teamwork, knowledge = :knowledge, comment = :comment,
            rated_by = :operator, rated_at = :at""",
            teamwork=event.teamwork,
            knowledge=event.knowledge,
            comment=event.comment,
            operator=event.operator,
            at=epoch(event.timestamp),
        )

    # --- queries ------------------------------------------------------------------------

    def staff_in(self, db: Db, month: str) -> list[str]:
        """Everyone who took a case, served a contact, called a ticket or was rated in a
        month."""
        rows = db.rows(
            """SELECT reported_by FROM incidents WHERE month = :month
            UNION SELECT closed_by FROM contacts WHERE month = :month AND closed_by <> ''
            UNION SELECT username FROM staff_ratings WHERE month = :month""",
            month=month,
        )
        return sorted({str(r[0]) for r in rows})

    def scorecard(self, db: Db, username: str, month: str) -> Scorecard:
        cases = (
            db.one(
                """SELECT COUNT(*) AS taken, COUNT(satisfaction) AS callbacks,
            SUM(CASE WHEN satisfaction >= 4 THEN 1 ELSE 0 END) AS satisfied,
            SUM(CASE WHEN kind = 'complaint' AND within_deadline IS NOT NULL THEN 1 ELSE 0 END)
                AS complaints,
            SUM(CASE WHEN kind = 'complaint' AND within_deadline = 1 THEN 1 ELSE 0 END)
                AS complaints_on_time
            FROM incidents WHERE month = :month AND reported_by = :username""",
                month=month,
                username=username,
            )
            or {}
        )
        contacts = (
            db.one(
                f"""SELECT COUNT(*) AS served,
            SUM(CASE WHEN first_response_at - started_at <= {RESPONSE_TARGET_SECONDS}
                THEN 1 ELSE 0 END) AS prompt
            FROM contacts WHERE month = :month AND closed_by = :username
            AND outcome <> 'missed_call'""",
                month=month,
                username=username,
            )
            or {}
        )
        called = int(
            db.value(
                """SELECT COUNT(*) FROM queue_tickets WHERE called_by = :username
                AND day LIKE :days""",
                username=username,
                days=f"{month}-%",
            )
            or 0
        )
        rating = db.one(
            "SELECT * FROM staff_ratings WHERE username = :username AND month = :month",
            username=username,
            month=month,
        )
        served = int(contacts.get("served") or 0)
        lines = (
            ScoreLine(
                "satisfaction",
                WEIGHTS["satisfaction"],
                _share(cases.get("satisfied"), cases.get("callbacks")),
                int(cases.get("callbacks") or 0),
            ),
            ScoreLine(
                "complaint_handling",
                WEIGHTS["complaint_handling"],
                _share(cases.get("complaints_on_time"), cases.get("complaints")),
                int(cases.get("complaints") or 0),
            ),
            ScoreLine(
                "efficiency",
                WEIGHTS["efficiency"],
                _share(contacts.get("prompt"), served),
                served,
            ),
            ScoreLine(
                "teamwork",
                WEIGHTS["teamwork"],
                None if rating is None else float(rating["teamwork"]),
                0 if rating is None else 1,
            ),
            ScoreLine(
                "knowledge",
                WEIGHTS["knowledge"],
                None if rating is None else float(rating["knowledge"]),
                0 if rating is None else 1,
            ),
        )
        return Scorecard(
            username=username,
            month=month,
            lines=lines,
            contacts=served,
            tickets_called=called,
            cases_taken=int(cases.get("taken") or 0),
            comment="" if rating is None else rating["comment"],
            rated_by="" if rating is None else rating["rated_by"],
            rated_at=None if rating is None else from_epoch(rating["rated_at"]),
        )
