"""Every refusal has a message in all three interface languages."""

from __future__ import annotations

import re

import pytest

from domain import errors
from domain.messages import _CATALOGUE, LANGUAGES, catalogue_keys, language_for, render


def all_refusals() -> list[type[errors.DomainError]]:
    found, pending = [], [errors.DomainError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found


@pytest.mark.parametrize("refusal", all_refusals(), ids=lambda c: c.__name__)
def test_every_refusal_has_a_catalogue_entry(refusal: type[errors.DomainError]) -> None:
    assert refusal.key in catalogue_keys()


@pytest.mark.parametrize("key", sorted(_CATALOGUE))
def test_each_language_uses_the_same_placeholders(key: str) -> None:
    placeholders = [set(re.findall(r"{(\w+)}", text)) for text in _CATALOGUE[key]]
    assert placeholders[0] == placeholders[1] == placeholders[2]
    chinese = _CATALOGUE[key][:2]
    assert all(re.search(r"[\u4e00-\u9fff]", text) for text in chinese)


def test_a_refusal_speaks_the_interface_language() -> None:
    refusal = errors.RoleForbidsError(role="clerk", action="terminate_contract")
    assert refusal.message("zh_CN") == "前台客服无权终止合同"
    assert refusal.message("zh_TW") == "櫃檯人員無權終止合約"  # the role as the desk names it
    assert refusal.message("en") == "A clerk may not terminate contracts"


def test_what_was_typed_is_shown_as_typed() -> None:
    text = render("invalid_choice", "zh_CN", value="closed", field="kind", choices="a, b")
    assert text == "“closed”不是有效的类型，可选：a, b"


@pytest.mark.parametrize(
    ("locale_name", "language"),
    [
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh_HK", "zh_TW"),
        ("zh-TW", "zh_TW"),
        ("en_GB", "en"),
        ("C", "en"),
    ],
)
def test_the_language_follows_the_locale(locale_name: str, language: str) -> None:
    assert language_for(locale_name) == language
    assert language in LANGUAGES
