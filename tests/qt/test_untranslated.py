"""No English in the Chinese desk: every workspace and every dialog its buttons open, walked in
Simplified and Traditional Chinese, shows no Latin word but the few that are names (QR, PDF,
ID…), codes, numbers and the demo data; units read 天/分钟, not "2d"/"min"; the audit screens
name every event and field; Qt's own dialogs and menus are Chinese too."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop import printer as printing_qt
from desktop import translations
from desktop.audit.field_names import field_name, field_names
from desktop.audit.names import event_name, event_names, record_names
from desktop.labels import target_text
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.sign_in import SignInDialog
from domain import FrontDesk, SimulatedClock
from domain.history import ENVELOPE, event_types

CHINESE = ("zh_CN", "zh_TW")
# Names that stay as they are in a Chinese interface: abbreviations everyone reads as such,
# key names, the zone's identifier, and the demo's staff usernames.
ALLOWED = {
    "QR",
    "PDF",
    "ID",
    "SMS",
    "CSAT",
    "KPI",
    "App",
    "Ctrl",
    "Alt",
    "Shift",
    "Esc",
    "Tab",
    "Enter",
    "PgUp",
    "PgDn",
    "Page",
    "Up",
    "Down",
    "Asia",
    "Shanghai",
    "UTC",
    "admin",
    "mm",
    "English",  # the language chooser names each language in itself
}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
DIGEST = re.compile(r"\b[0-9a-f]{16,}\b")
# A record's short id (the first 8 hex digits of its UUID) may end in "d" and read as "2d".
SHORT_ID = re.compile(r"\b(?=[0-9a-f]*[0-9])[0-9a-f]{8}\b")
TAG = re.compile(r"<[^>]+>|&[a-z]+;")
WORD = re.compile(r"[A-Za-z0-9_-]+")
ENGLISH_UNIT = re.compile(r"(?<![0-9A-Za-z])\d+(?:\.\d+)?\s?(?:d|h|min|mins|hrs?)\b")
MAX_ROWS = 40


def foreign(text: str) -> list[str]:
    """The Latin words and English units of a text that a Chinese desk must not show."""
    text = TAG.sub(" ", SHORT_ID.sub(" ", DIGEST.sub(" ", UUID.sub(" ", text or ""))))
    found = [unit.group(0) for unit in ENGLISH_UNIT.finditer(text)]
    for word in WORD.findall(text):  # one with digits is a code: desk-1, clerk1, E260302-001
        letters = sum(c.isalpha() for c in word)
        if letters > 1 and not any(c.isdigit() for c in word) and word not in ALLOWED:
            found.append(word)
    return found


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """Every text a person can see in a window (or dialog): what it is, and the text."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kind = f"{type(widget).__name__}#{widget.objectName()}"
        if widget.isWindow():
            yield f"{kind} title", widget.windowTitle()
        yield f"{kind} tooltip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield kind, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield kind, widget.text()
            menu = widget.menu() if isinstance(widget, QPushButton) else None
            for action in menu.actions() if menu else []:
                yield f"{kind} menu", action.text()
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{kind} item", widget.itemText(index)
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield f"{kind} tab", widget.tabText(index)
                yield f"{kind} tab tooltip", widget.tabToolTip(index)
        elif isinstance(widget, QAbstractSpinBox):
            yield f"{kind} suffix", getattr(widget, "suffix", lambda: "")()
            yield f"{kind} prefix", getattr(widget, "prefix", lambda: "")()
            yield f"{kind} special", widget.specialValueText()
        elif isinstance(widget, QAbstractItemView):
            yield from _view_texts(widget, kind)


def _view_texts(view: QAbstractItemView, kind: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list widget's model keeps it private: one column
        columns = 1
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        yield f"{kind} header", str(header or "")
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        yield f"{kind} header tooltip", str(tip or "")
    for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield f"{kind} cell", value


def problems_in(root: QWidget, where: str) -> list[str]:
    return [
        f"{where} · {kind}: {text!r} {words}"
        for kind, text in texts(root)
        if (words := foreign(text))
    ]


class DialogCatcher:
    """Whatever window a click opens (a dialog, exec'd or opened; a menu), its texts are
    read and it is closed without acting, so the walk goes on."""

    def __init__(self, known: set[int]) -> None:
        self.known = known
        self.found: list[str] = []
        self.opened: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(25)
        self.timer.timeout.connect(self.catch)

    def catch(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            for action in popup.actions():
                if foreign(action.text()):
                    self.found.append(f"menu: {action.text()!r} {foreign(action.text())}")
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if id(widget) in self.known or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                self.known.add(id(widget))
                name = widget.windowTitle() or type(widget).__name__
                self.opened.append(name)
                self.found += problems_in(widget, f"dialog {type(widget).__name__}")
                widget.reject()

    def __enter__(self) -> DialogCatcher:
        self.timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.catch()
        self.timer.stop()


SKIPPED = ("SignOut",)  # locking the desk would end the walk


def walk(window: MainWindow, qtbot) -> tuple[list[str], list[str]]:
    """Every workspace shown, then every enabled button on it pressed once."""
    found: list[str] = []
    opened: list[str] = []
    for key in list(window.pages):
        page = window.show_page(key)
        page.refresh()
        qtbot.wait(10)
        for view in page.findChildren(QAbstractItemView):  # a record chosen, its actions on
            if view.isVisible() and view.model() is not None and view.model().rowCount() > 0:
                view.setCurrentIndex(view.model().index(0, 0))
                qtbot.wait(10)
        found += problems_in(window, f"page {key}")
        buttons = [
            button
            for button in page.findChildren(QAbstractButton)
            if button.isVisible()
            and button.isEnabled()
            and button.objectName() not in SKIPPED
            and not button.objectName().startswith("qt_")  # a calendar's own arrows
        ]
        for button in buttons:
            if not (button.isVisible() and button.isEnabled()):
                continue
            known = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
            with DialogCatcher(known) as catcher:
                button.click()
                qtbot.wait(30)
            found += catcher.found
            opened += catcher.opened
            if window.show_page(key) is not page:
                break
        found += problems_in(window, f"page {key} after its buttons")
    for button in (window.as_of_button, window.emergency):
        known = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        with DialogCatcher(known) as catcher:
            button.click()
            qtbot.wait(30)
        found += catcher.found
        opened += catcher.opened
    return found, opened


def demo_records(live: LiveDesk, desk: FrontDesk, clock: SimulatedClock) -> list[str]:
    """A little of everything, so each workspace has rows and each panel a record."""
    waiting = live.run(
        desk.register_visitor, "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲"
    )
    issued = live.run(
        desk.register_visitor, "3-2-1502", "周杰", "passport", "E1234567", "13900139001", "送货"
    )
    live.run(desk.confirm_host, issued, "phone")
    code = live.run(desk.issue_pass, issued, 4)
    ALLOWED.add(code)
    live.run(desk.check_in, issued)
    del waiting
    live.run(
        desk.report_incident,
        "emergency",
        "elevator_entrapment",
        "emergency",
        "3号楼2单元电梯",
        "电梯停在12楼",
        "张伟",
        "phone",
    )
    live.run(
        desk.report_incident,
        "repair",
        "plumbing",
        "general",
        "3-2-1502",
        "厨房漏水",
        "张伟",
        "phone",
    )
    files = live.models.resident_files
    household = live.read(lambda db: files.of_unit(db, "3-2-1502")[0].household_id)
    live.run(
        desk.sign_contract,
        "3-2-1502",
        household,
        "service",
        "2026-03-02",
        "2026-05-31",
        "250.60",
    )
    clock.advance(timedelta(days=2, minutes=7))
    return [code, desk.pass_payload(issued)]


@pytest.fixture
def printer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "printer.pdf"
    monkeypatch.setenv(printing_qt.PRINT_TO_PDF_ENV, str(target))
    return target


@pytest.mark.parametrize("language", CHINESE)
@pytest.mark.slow
def test_no_english_in_any_workspace_or_dialog(
    language: str,
    window: MainWindow,
    live: LiveDesk,
    qt_desk: FrontDesk,
    clock: SimulatedClock,
    printer: Path,
    qtbot,
) -> None:
    codes = demo_records(live, qt_desk, clock)
    try:
        translations.install(language)
        window.retranslate()
        found, opened = walk(window, qtbot)
        scanner = window.show_page("visitors").scanner  # what the gate's question answers
        for code in [*codes, "NOSUCHCODE"]:
            scanner.field.setFocus()
            scanner.field.setText(code)
            qtbot.keyClick(scanner.field, Qt.Key.Key_Return)
            found += problems_in(window, f"scanned {code}")
        for locked in (False, True):  # signing in, and the lock screen
            sign_in = SignInDialog(qt_desk, window.settings, locked=locked)
            qtbot.addWidget(sign_in)
            sign_in.show()
            found += problems_in(sign_in, f"sign-in (locked={locked})")
            sign_in.hide()
    finally:
        translations.install("en")
        window.retranslate()
    assert found == []
    assert len(opened) >= 10  # the walk did reach the dialogs


@pytest.mark.parametrize("language", CHINESE)
def test_qts_own_print_dialog_and_context_menu_are_chinese(
    language: str, window: MainWindow, qtbot
) -> None:
    page = window.show_page("visitors")
    try:
        translations.install(language)
        window.retranslate()
        menu = QLineEdit(page).createStandardContextMenu()
        words = [action.text() for action in menu.actions() if action.text()]
        assert words and all(not foreign(text) for text in words), words
        known = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        with DialogCatcher(known) as catcher:
            page.panel.output.choose_printer(page.panel)
        assert catcher.opened  # Qt's print dialog
        assert catcher.found == []
    finally:
        translations.install("en")
        window.retranslate()


def test_every_event_and_record_the_desk_records_has_a_name(qapp) -> None:
    names = event_names()
    assert [kind for kind in event_types() if kind not in names] == []
    records = {kind.partition(".")[0] for kind in event_types()}
    assert records - set(record_names()) == set()


def test_every_field_of_every_event_has_a_name(qapp) -> None:
    from domain.audit_trail import AuditTrail
    from domain.core import record_kinds

    records = {record.__name__: record for record in [*record_kinds(), AuditTrail]}
    named = field_names()
    missing = []
    for kind in event_types():
        record, _, event = kind.partition(".")
        for field in dataclasses.fields(getattr(records[record], event)):
            if field.name not in ENVELOPE and field.name not in named:
                missing.append(f"{kind}.{field.name}")
    assert missing == []


@pytest.mark.parametrize(
    ("language", "area", "registered"),
    [("zh_CN", "面积（平方米）", "登记房屋"), ("zh_TW", "面積（平方公尺）", "登記房屋")],
)
def test_field_and_event_names_follow_the_language(
    language: str, area: str, registered: str, qapp
) -> None:
    try:
        translations.install(language)
        assert field_name("area_m2") == area
        assert event_name("Unit", "Registered") == registered
        assert all(not foreign(name) for name in field_names().values())
        assert all(not foreign(name) for name in event_names().values())
    finally:
        translations.install("en")
    assert field_name("area_m2") == "Floor area (m²)"


@pytest.mark.parametrize(
    ("language", "overdue", "response"),
    [("zh_CN", "−3天", "12.5 分钟"), ("zh_TW", "−3天", "12.5 分鐘")],
)
def test_units_are_read_in_the_language(language: str, overdue: str, response: str, qapp) -> None:
    from zoneinfo import ZoneInfo

    from desktop.dashboard.page import shown_value
    from desktop.widgets.table_model import display
    from projections.kpis import FRT, TARGETS

    zone = ZoneInfo("Asia/Shanghai")
    try:
        translations.install(language)
        assert display(-timedelta(days=3, hours=2), zone) == overdue
        assert shown_value(12.5, FRT) == response
        assert not foreign(target_text(TARGETS[FRT]))
    finally:
        translations.install("en")
    assert display(timedelta(days=3), zone) == "3d"
    assert shown_value(12.5, FRT) == "12.5 min"
    assert target_text(TARGETS[FRT]) == "< 15 min"


@pytest.mark.parametrize("language", CHINESE)
def test_no_english_in_the_desk_as_of_a_past_moment(
    language: str,
    window: MainWindow,
    live: LiveDesk,
    qt_desk: FrontDesk,
    clock: SimulatedClock,
    qtbot,
) -> None:
    demo_records(live, qt_desk, clock)
    found: list[str] = []
    try:
        translations.install(language)
        window.retranslate()
        window.as_of.go_to(live.now() - timedelta(days=1))
        qtbot.waitUntil(lambda: live.as_of is not None, timeout=10000)
        for key in list(window.pages):
            window.show_page(key).refresh()
            found += problems_in(window, f"as of, page {key}")
    finally:
        live.show_live()
        translations.install("en")
        window.retranslate()
    assert found == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("合約 0431119d", []),  # a record's short id, not "0431119 days"
        ("住户 4f1c2a7e", []),
        ("逾期 2d", ["2d"]),
        ("响应 30 min", ["30 min", "min"]),
        ("Save 保存", ["Save"]),
    ],
)
def test_the_detector_tells_record_ids_from_english(text: str, words: list[str]) -> None:
    assert foreign(text) == words
