"""The interface in Simplified and Traditional Chinese: every message of the .ts files is
translated, keeps its placeholders and accelerator, and the compiled translation switches the
main window (and the domain's refusals) over."""

from __future__ import annotations

import re
import string
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtWidgets import QLabel

import desktop
from desktop import translations
from desktop.labels import label
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from domain import messages
from domain.errors import InvalidUnitNumberError

CHINESE = ("zh_CN", "zh_TW")
GONE = ("vanished", "obsolete")  # kept by lupdate for later, never compiled


def _messages(path: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield name, message.findtext("source") or "", translation


def _live_messages(language: str) -> list[tuple[str, str, ET.Element]]:
    return [
        (context, source, translation)
        for context, source, translation in _messages(translations.ts_file(language))
        if translation.get("type") not in GONE
    ]


def _placeholders(text: str) -> list[str]:
    """{name}, {value:.1f} and Qt's %1 / %n, in any order."""
    fields = [
        f"{{{name}:{spec}}}" if spec else f"{{{name}}}"
        for _, name, spec, _ in string.Formatter().parse(text)
        if name is not None
    ]
    return sorted(fields + re.findall(r"%(?:n|L?\d)", text))


def _has_accelerator(text: str) -> bool:
    return "&" in text.replace("&&", "")


@pytest.mark.parametrize("language", CHINESE)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    found = _live_messages(language)
    assert len(found) > 600
    problems = []
    for context, source, translation in found:
        text = translation.text or ""
        where = f"[{context}] {source!r}"
        if translation.get("type") == "unfinished" or not text.strip():
            problems.append(f"untranslated {where}")
            continue
        if _placeholders(text) != _placeholders(source):
            problems.append(f"placeholders {where}: {text!r}")
        if _has_accelerator(text) != _has_accelerator(source):
            problems.append(f"accelerator {where}: {text!r}")
        if text.count("\n") != source.count("\n"):
            problems.append(f"line breaks {where}: {text!r}")
        if source.endswith("…") != text.endswith("…"):
            problems.append(f"ellipsis {where}: {text!r}")
    assert problems == []


@pytest.mark.parametrize("language", CHINESE)
def test_the_translations_cover_every_string_of_the_desktop(language: str, tmp_path: Path) -> None:
    """The .ts files are up to date: lupdate over desktop/ finds nothing they lack."""
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in Path(desktop.__file__).parent.rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(context, source) for context, source, _ in _messages(fresh)}
    translated = {
        (context, source)
        for context, source, translation in _live_messages(language)
        if translation.get("type") != "unfinished" and (translation.text or "").strip()
    }
    missing = sorted(wanted - translated)
    assert missing == [], "run `python -m desktop.translations update` and translate these"


def test_english_is_the_source_language() -> None:
    english = _live_messages("en")
    assert len(english) == len(_live_messages("zh_CN"))
    assert all(not (translation.text or "") for _, _, translation in english)


def test_the_main_window_switches_to_chinese_and_back(window: MainWindow, live: LiveDesk) -> None:
    try:
        assert translations.install("zh_CN") == "zh_CN"
        window.show_page("today")
        window.retranslate()
        assert window.nav.item(1).text() == "今日  Ctrl+2"
        rows = [list(window.pages).index(k) for k in ("residents", "visitors", "contracts")]
        assert [window.nav.item(row).text() for row in rows] == [
            "住户  Ctrl+3",
            "访客  Ctrl+4",
            "合同  Ctrl+6",
        ]
        assert window.nav.item(3).toolTip() == "访客（Ctrl+4）"
        assert window.emergency.text() == "紧急事件 (F12)"
        assert window.page_title.text() == "今日"
        assert messages.current_language() == "zh_CN"
        assert "房号" in str(InvalidUnitNumberError(value="3-2"))  # the domain's refusals follow

        assert translations.install("zh_TW") == "zh_TW"
        window.retranslate()
        assert window.nav.item(2).text() == "住戶  Ctrl+3"
        assert window.nav.item(rows[2]).text() == "合約  Ctrl+6"
        assert window.emergency.text() == "緊急事件 (F12)"
        assert messages.current_language() == "zh_TW"
        assert "房號" in str(InvalidUnitNumberError(value="3-2"))
    finally:
        translations.install("en")
        window.retranslate()
    assert window.nav.item(1).text() == "Today  Ctrl+2"
    assert window.emergency.text() == "Emergency (F12)"
    assert messages.current_language() == "en"
    assert "Unit number" in str(InvalidUnitNumberError(value="3-2"))


def test_stored_codes_are_named_in_chinese(qapp) -> None:
    try:
        translations.install("zh_CN")
        assert label("gas_leak") == "燃气泄漏"
        assert label("clerk") == "前台客服"
    finally:
        translations.install("en")


def test_the_report_form_tells_the_deadlines_in_chinese(window: MainWindow) -> None:
    page = window.show_page("incidents")
    try:
        translations.install("zh_CN")
        window.retranslate()
        texts = [w.text() for w in page.findChildren(QLabel) if "内响应" in w.text()]
        assert texts
        assert all("小时" in text for text in texts)
    finally:
        translations.install("en")
        window.retranslate()
