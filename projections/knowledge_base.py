"""The knowledge base: the standard answers as their latest revision says them, searched as
the receptionist types (part of a word, traditional or simplified, a keyword), the most used
first; and how often each was used to answer a contact."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventsourcing.dispatch import singledispatchmethod

from domain.chinese import folded
from domain.contacts import Contact
from domain.knowledge import Answer, AnswerCategory
from domain.vocabulary import LANGUAGES, name
from projections.base import ReadModel, epoch, from_epoch
from projections.store import Db

SEARCH_LIMIT = 20
_SEPARATORS = re.compile(r"[\s,，、;；]+")  # 物业费、维修 is two words, as 物业费 维修


@dataclass(frozen=True)
class AnswerRow:
    answer_id: str
    question: str
    answer: str
    category: str
    keywords: tuple[str, ...]
    published_at: datetime
    published_by: str
    revised_at: datetime | None
    revisions: int
    retired: bool
    retired_reason: str
    uses: int


def _row(r: dict[str, Any]) -> AnswerRow:
    return AnswerRow(
        answer_id=r["answer_id"],
        question=r["question"],
        answer=r["answer"],
        category=r["category"],
        keywords=tuple(json.loads(r["keywords"])),
        published_at=from_epoch(r["published_at"]),
        published_by=r["published_by"],
        revised_at=from_epoch(r["revised_at"]),
        revisions=r["revisions"],
        retired=r["retired_at"] is not None,
        retired_reason=r["retired_reason"] or "",
        uses=r["uses"],
    )


class KnowledgeBase(ReadModel):
    name = "knowledge_base"
    tables = ("answers",)
    schema = (
        """CREATE TABLE IF NOT EXISTS answers (
            answer_id TEXT PRIMARY KEY, question TEXT NOT NULL, answer TEXT NOT NULL,
            category TEXT NOT NULL, keywords TEXT NOT NULL, question_key TEXT NOT NULL,
            keywords_key TEXT NOT NULL, answer_key TEXT NOT NULL,
            published_at DOUBLE PRECISION NOT NULL, published_by TEXT NOT NULL,
            revised_at DOUBLE PRECISION, revisions INTEGER NOT NULL,
            retired_at DOUBLE PRECISION, retired_reason TEXT, uses INTEGER NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS answers_category ON answers (category)",
    )

    @singledispatchmethod
    def apply(self, event: Any, db: Db) -> None:
        """Events this read model does not follow change nothing in it."""

    @staticmethod
    def _said(event: Any) -> dict[str, Any]:
        return {
            "question": event.question,
            "answer": event.answer,
            "category": event.category,
            "keywords": json.dumps(list(event.keywords), ensure_ascii=False),
            "question_key": folded(event.question),
            "keywords_key": "|" + "|".join(folded(k) for k in event.keywords) + "|",
            "answer_key": folded(event.answer),
        }

    @apply.register
    def _published(self, event: Answer.Published, db: Db) -> None:
        db.execute(
            """INSERT INTO answers VALUES (:id, :question, :answer, :category, :keywords,
            :question_key, :keywords_key, :answer_key, :at, :operator, NULL, 0, NULL, NULL, 0)""",
            id=str(event.originator_id),
            at=epoch(event.timestamp),
            operator=event.operator,
            **self._said(event),
        )

    @apply.register
    def _revised(self, event: Answer.Revised, db: Db) -> None:
        self.update_record(
            db,
            "answers",
            "answer_id",
            event,
            """question = :question, answer = :answer, category = :category,
            keywords = :keywords, question_key = :question_key, keywords_key = :keywords_key,
            answer_key = :answer_key, revised_at = :at, revisions = revisions + 1""",
            at=epoch(event.timestamp),
            **self._said(event),
        )

    @apply.register
    def _retired(self, event: Answer.Retired, db: Db) -> None:
        self.update_record(
            db,
            "answers",
            "answer_id",
            event,
            "retired_at = :at, retired_reason = :reason",
            at=epoch(event.timestamp),
            reason=event.reason,
        )

    @apply.register
    def _used(self, event: Contact.Closed, db: Db) -> None:
        if event.answer_id:
            db.execute(
                "UPDATE answers SET uses = uses + 1 WHERE answer_id = :id", id=event.answer_id
            )

    # --- queries ------------------------------------------------------------------------

    def search(
        self, db: Db, text: str = "", include_retired: bool = False, limit: int = SEARCH_LIMIT
    ) -> list[AnswerRow]:
        """Current answers matching every word typed (in the question, a keyword, the answer
        or the category's name), questions and keywords before answers, the most used first.
        Nothing typed lists them all."""
        words = [folded(w) for w in _SEPARATORS.split(text) if w.strip()]
        conditions, rank, params = [], [], {}
        for i, word in enumerate(words):
            params[f"w{i}"] = f"%{_escaped(word)}%"
            named = "".join(f" OR category = '{c}'" for c in _categories_named(word))
            conditions.append(
                f"""(question_key LIKE :w{i} ESCAPE '!' OR keywords_key LIKE :w{i} ESCAPE '!'
                OR answer_key LIKE :w{i} ESCAPE '!'{named})"""
            )
            rank.append(
                f"""CASE WHEN question_key LIKE :w{i} ESCAPE '!' THEN 0
                WHEN keywords_key LIKE :w{i} ESCAPE '!' THEN 1 ELSE 2 END"""
            )
        if not include_retired:
            conditions.append("retired_at IS NULL")
        where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
        order = f"{' + '.join(rank)}, " if rank else ""  # a bare 0 would name a column
        rows = db.all(
            f"""SELECT * FROM answers {where}
            ORDER BY {order}uses DESC, published_at LIMIT :limit""",
            limit=limit,
            **params,
        )
        return [_row(r) for r in rows]

    def get(self, db: Db, answer_id: str) -> AnswerRow | None:
        row = db.one("SELECT * FROM answers WHERE answer_id = :id", id=answer_id)
        return None if row is None else _row(row)

    def count(self, db: Db) -> int:
        return int(db.value("SELECT COUNT(*) FROM answers WHERE retired_at IS NULL") or 0)


def _escaped(word: str) -> str:
    return word.replace("!", "!!").replace("%", "!%").replace("_", "!_")


def _categories_named(word: str) -> list[str]:
    """The categories whose name, in any language, holds the word typed."""
    return [
        category.value
        for category in AnswerCategory
        if any(word in folded(name(category.value, language)) for language in LANGUAGES)
    ]
