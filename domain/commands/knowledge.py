"""The knowledge base's standard answers, and the monthly marks of staff appraisal."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from domain import errors
from domain.core import DeskCore, command
from domain.values import choice, optional_text, required_text, single_line, whole_number

if TYPE_CHECKING:
    pass

MAX_KEYWORDS = 20
RATED_ROLES = frozenset({"clerk", "manager", "supervisor"})  # those who work at the desk
_KEYWORD_SEPARATORS = re.compile(r"[,，、;；\s]+")
_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")


def keyword_list(value: Any) -> list[str]:
    """Keywords as a list or typed in one line, separated by commas, 、 or spaces."""
    if value is None or value == "":
        return []
    items = value if isinstance(value, list | tuple) else [value]
    words: list[str] = []
    for item in items:
        for word in _KEYWORD_SEPARATORS.split(single_line(item, "keywords")):
            if word and word not in words:
                words.append(required_text(word, "keywords", 20))
    if len(words) > MAX_KEYWORDS:
        raise errors.InvalidValueError(field="keywords", value=f"{len(words)} > {MAX_KEYWORDS}")
    return words


def month_text(value: Any) -> str:
    text = single_line(value, "month").strip()
    found = _MONTH.fullmatch(text)
    if not found or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 2000:
        raise errors.InvalidMonthError(value=text)
    return text


class KnowledgeCommands(DeskCore):
    @command("manage_answers")
    def publish_answer(
        self, question: Any, answer: Any, category: Any = "other", keywords: Any = ()
    ) -> str:
        """A new standard answer; its id is the result."""
        from domain.knowledge import Answer, AnswerCategory

        published = Answer(
            question=required_text(question, "question", 200),
            answer=required_text(answer, "answer", 4000),
            category=choice(AnswerCategory, category, "category").value,
            keywords=keyword_list(keywords),
        )
        self._save(published)
        return str(published.id)

    @command("manage_answers")
    def revise_answer(
        self,
        answer_id: Any,
        question: Any = None,
        answer: Any = None,
        category: Any = None,
        keywords: Any = None,
    ) -> None:
        """A standard answer said anew; what is not given stays as it was."""
        from domain.knowledge import Answer, AnswerCategory

        current = self._load(answer_id, Answer)
        current.revise(
            question=current.question
            if question is None
            else required_text(question, "question", 200),
            answer=current.answer if answer is None else required_text(answer, "answer", 4000),
            category=current.category
            if category is None
            else choice(AnswerCategory, category, "category").value,
            keywords=current.keywords if keywords is None else keyword_list(keywords),
        )
        self._save(current)

    @command("manage_answers")
    def retire_answer(self, answer_id: Any, reason: Any) -> None:
        """A standard answer no longer true: it stays in the history, and is never used again."""
        from domain.knowledge import Answer

        current = self._load(answer_id, Answer)
        current.retire(required_text(reason, "reason", 200))
        self._save(current)

    @command("rate_staff")
    def rate_staff(
        self, username: Any, month: Any, teamwork: Any, knowledge: Any, comment: Any = ""
    ) -> None:
        """A manager's marks (0-100) for a staff member's teamwork and knowledge in a month;
        rating the same month again replaces them."""
        from domain.appraisal import StaffRating, rating_id

        staff = self._staff_by_username(str(username))
        if staff.username == self.operator:
            raise errors.SelfRatingError()
        if staff.role not in RATED_ROLES:
            raise errors.NotRatedRoleError(username=staff.username, role=staff.role)
        which = month_text(month)
        if which > self.today().strftime("%Y-%m"):
            raise errors.MonthInFutureError(month=which)
        marks = (
            whole_number(teamwork, "teamwork", 0, 100),
            whole_number(knowledge, "knowledge", 0, 100),
            optional_text(comment, "comment", 500),
        )
        try:
            rating = self._load(rating_id(staff.username, which), StaffRating)
        except errors.NotFoundError:
            rating = StaffRating(
                username=staff.username,
                month=which,
                teamwork=marks[0],
                knowledge=marks[1],
                comment=marks[2],
            )
        else:
            rating.rate_again(*marks)
        self._save(rating)
