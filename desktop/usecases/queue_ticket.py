"""A walk-in's queue ticket, the same from the desk and the command line: the number's row on
today's queue board and the wait as it stands for that number (the people still ahead of
it, the day's pace at the windows), drawn as a receipt. A queue ticket is not a record:
printing one records nothing (taking the number did)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.usecases.front import Front
from domain import errors

if TYPE_CHECKING:
    from projections.queue_board import TicketRow, WaitEstimate
    from projections.store import Db


def ticket_and_wait(front: Front, ticket: str) -> tuple[TicketRow, WaitEstimate]:
    """Today's ticket (A012, a012) and its wait now: the people before it still waiting;
    none for a number already called, served or skipped."""
    number = ticket.strip().upper()
    now = front.now()
    day = now.astimezone(front.desk.timezone).date()
    board = front.models.queue_board

    def read(db: Db) -> tuple[TicketRow | None, WaitEstimate]:
        row = board.get(db, day, number)
        waiting = [t.ticket for t in board.waiting(db, day)]
        ahead = waiting.index(number) if number in waiting else 0
        return row, board.estimate(db, day, now, ahead)

    row, estimate = front.read(read)
    if row is None:
        raise errors.UnknownQueueTicketError(ticket=number, day=day.isoformat())
    return row, estimate


def queue_ticket_pdf(front: Front, ticket: str, width_mm: int, language: str) -> bytes:
    """The ticket drawn on receipt paper `width_mm` wide (58 or 80), in `language`."""
    from projections.documents.queue_ticket import queue_ticket_pdf as draw

    row, estimate = ticket_and_wait(front, ticket)
    desk = front.desk
    return draw(row, estimate, desk.community(), width_mm, language, zone=desk.timezone)
