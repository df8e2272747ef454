"""The standard answers Front Desk ships with: `frontdesk init` publishes them as its first
admin, so a new store's knowledge base answers the questions residents ask most, found as the
receptionist types; a manager can still revise them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main, open_desk
from desktop.usecases.knowledge import shipped_answers
from domain import FrontDesk
from domain.knowledge import AnswerCategory
from projections.catalogue import open_read_models
from tests.support import PASSWORD

WHY_PAY = "为什么要交物业费？"


@pytest.fixture
def initialised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[tuple[FrontDesk, str]]:
    """A store made by `frontdesk init`, and what init said."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    monkeypatch.setenv("FRONTDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("FRONTDESK_LANG", "en")
    assert main(["init", "--admin", "admin", "--store", url]) == 0
    said = capsys.readouterr().out
    desk = open_desk(url)
    yield desk, said
    desk.close()


def test_the_shipped_answers_are_short_and_filed_under_a_category() -> None:
    answers = shipped_answers()
    assert 30 <= len(answers) <= 40
    assert len({a.question for a in answers}) == len(answers)
    categories = {a.category for a in answers}
    assert categories <= {c.value for c in AnswerCategory}
    assert {"fees", "maintenance_fund", "renovation", "parking", "visitors", "repairs"} <= (
        categories
    )
    for item in answers:
        sentences = len(re.findall(r"[。！？]", item.answer))
        assert 2 <= sentences <= 5, item.question  # what a receptionist reads out
        assert item.keywords and all(len(k) <= 20 for k in item.keywords)


def test_init_publishes_them_and_search_finds_the_service_fee(
    initialised: tuple[FrontDesk, str],
) -> None:
    desk, said = initialised
    assert f"Published {len(shipped_answers())} standard answers" in said
    models = open_read_models(desk)
    with models.reading() as db:
        kb = models.knowledge_base
        assert kb.count(db) == len(shipped_answers())
        assert {row.published_by for row in kb.search(db, limit=100)} == {"admin"}
        for typed in ("物业", "物業", "管理费", "管理費"):  # part of a word, traditional, keyword
            found = [row.question for row in kb.search(db, typed)]
            assert WHY_PAY in found, typed
        assert kb.search(db, "管理费")[0].question == WHY_PAY  # only its keywords say it
        why_pay = kb.get(db, kb.search(db, "管理费")[0].answer_id)
    assert why_pay is not None and "，" in why_pay.answer  # its Chinese punctuation kept


def test_a_shipped_answer_is_editable_afterwards(initialised: tuple[FrontDesk, str]) -> None:
    desk, _ = initialised
    desk.sign_in("admin", PASSWORD)
    models = open_read_models(desk)
    with models.reading() as db:
        [row] = [r for r in models.knowledge_base.search(db, "物业费") if r.question == WHY_PAY]
    desk.revise_answer(row.answer_id, keywords=[*row.keywords, "物管费"])
    models.catch_up()
    with models.reading() as db:
        assert [r.question for r in models.knowledge_base.search(db, "物管费")] == [WHY_PAY]
