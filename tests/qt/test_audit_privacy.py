"""The Audit workspace follows the history's rule: a clerk sees residents and visitors there
as the counter's screens show them (names, phones, plates masked); an auditor reads them in
clear."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from domain import FrontDesk
from tests.support import PASSWORD

IN_CLEAR = ("张伟", "13812345678", "沪A12345", "李雷", "13900139000")
MASKED = ("张*", "138****5678", "沪A****5", "李*", "139****9000")


def everything_shown(widget: QWidget) -> str:
    """Every label's text and every cell of every table under the widget."""
    texts = [label.text() for label in widget.findChildren(QLabel)]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                texts.append(str(model.index(row, column).data() or ""))
    return "\n".join(texts)


def open_window(desk: FrontDesk, settings: QSettings, qtbot, username: str):
    desk.sign_in(username, PASSWORD)
    live = LiveDesk(desk)
    main = MainWindow(live, settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main, live


def walk_the_audit_workspace(main: MainWindow, qtbot, household_id: str) -> str:
    """The log with every row chosen in turn, then the household's timeline step by step."""
    page = main.show_page("audit")
    qtbot.waitUntil(lambda: page.history.model.rowCount() > 0, timeout=5000)
    qtbot.waitUntil(lambda: not page.history.model.loading, timeout=5000)
    seen = [everything_shown(page)]
    for index in range(page.history.model.rowCount()):
        page.history.table.selectRow(index)
        seen.append(everything_shown(page.history.detail))
    page.open_timeline(household_id)
    qtbot.waitUntil(lambda: bool(page.timeline.steps), timeout=5000)
    for index in range(len(page.timeline.steps)):
        page.timeline.step_to(index)
        seen.append(everything_shown(page.timeline))
    return "\n".join(seen)


@pytest.fixture
def visit(qt_desk: FrontDesk) -> str:
    """李雷 comes to see 张伟 (3-2-1502, 沪A12345); returns 张伟's household."""
    qt_desk.register_visitor("3-2-1502", "李雷", "passport", "E12345678", "13900139000", "探亲")
    return qt_desk.get_unit("3-2-1502").household_id


@pytest.mark.parametrize("username", ["clerk1", "manager1"])
def test_a_clerks_audit_workspace_shows_people_masked(
    qt_desk: FrontDesk, settings: QSettings, qtbot, visit: str, username: str
) -> None:
    main, live = open_window(qt_desk, settings, qtbot, username)
    try:
        shown = walk_the_audit_workspace(main, qtbot, visit)
    finally:
        live.stop()
    for clear in IN_CLEAR:
        assert clear not in shown, clear
    for masked in MASKED:
        assert masked in shown, masked
    assert "E12345678" not in shown


def test_an_auditors_audit_workspace_shows_people_in_clear(
    qt_desk: FrontDesk, settings: QSettings, qtbot, visit: str
) -> None:
    main, live = open_window(qt_desk, settings, qtbot, "auditor1")
    try:
        shown = walk_the_audit_workspace(main, qtbot, visit)
    finally:
        live.stop()
    for clear in IN_CLEAR:
        assert clear in shown, clear
    assert "E12345678" not in shown  # ID numbers are masked for everyone
