"""The knowledge base (知识库): the standard answers to what residents ask most, so every
answer is the same whoever gives it. A manager publishes, revises and retires them."""

from __future__ import annotations

from enum import StrEnum

from eventsourcing.domain import event

from domain import errors
from domain.recording import DeskAggregate


class AnswerCategory(StrEnum):
    FEES = "fees"
    MAINTENANCE_FUND = "maintenance_fund"
    RENOVATION = "renovation"
    PETS = "pets"
    PARKING = "parking"
    MOVE_IN = "move_in"
    VISITORS = "visitors"
    HOTLINE = "hotline"
    REPAIRS = "repairs"
    SAFETY = "safety"
    FACILITIES = "facilities"
    OTHER = "other"


class Answer(DeskAggregate):
    """One standard answer, as its latest revision says it."""

    class Published(DeskAggregate.Created):
        question: str
        answer: str
        category: str
        keywords: list[str]

    @event(Published)
    def __init__(self, question: str, answer: str, category: str, keywords: list[str]) -> None:
        self.question = question
        self.answer = answer
        self.category = category
        self.keywords = list(keywords)
        self.retired_reason: str | None = None

    @property
    def retired(self) -> bool:
        return self.retired_reason is not None

    def require_current(self) -> None:
        if self.retired_reason is not None:
            raise errors.AnswerRetiredError(question=self.question, reason=self.retired_reason)

    def revise(self, question: str, answer: str, category: str, keywords: list[str]) -> None:
        self.require_current()
        if (question, answer, category, list(keywords)) == (
            self.question,
            self.answer,
            self.category,
            self.keywords,
        ):
            raise errors.NothingToChangeError()
        self._revised(question=question, answer=answer, category=category, keywords=keywords)

    class Revised(DeskAggregate.Event):
        question: str
        answer: str
        category: str
        keywords: list[str]

    @event(Revised)
    def _revised(self, question: str, answer: str, category: str, keywords: list[str]) -> None:
        self.question = question
        self.answer = answer
        self.category = category
        self.keywords = list(keywords)

    def retire(self, reason: str) -> None:
        self.require_current()
        self._retired(reason=reason)

    class Retired(DeskAggregate.Event):
        reason: str

    @event(Retired)
    def _retired(self, reason: str) -> None:
        self.retired_reason = reason
