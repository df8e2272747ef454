"""The standard answers Front Desk ships with (resources/knowledge/answers.json), drawn from
the service center's procedures: published into a new store by `frontdesk init` and by the
demo, so the knowledge base is never empty; a manager revises or retires them afterwards."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from domain.application import FrontDesk
from resources import path as resource_path


@dataclass(frozen=True)
class ShippedAnswer:
    question: str
    answer: str
    category: str
    keywords: tuple[str, ...]


@cache
def shipped_answers() -> tuple[ShippedAnswer, ...]:
    """The shipped standard answers, in the file's order."""
    with resource_path("knowledge", "answers.json").open(encoding="utf-8") as file:
        data = json.load(file)
    return tuple(
        ShippedAnswer(
            question=item["question"],
            answer=item["answer"],
            category=item["category"],
            keywords=tuple(item["keywords"]),
        )
        for item in data["answers"]
    )


def publish_shipped_answers(desk: FrontDesk) -> dict[str, str]:
    """Publish every shipped answer as the signed-in manager, supervisor or admin; the answer
    ids by question, in the file's order."""
    return {
        item.question: desk.publish_answer(
            item.question, item.answer, item.category, list(item.keywords)
        )
        for item in shipped_answers()
    }
