"""The main window: every workspace reachable, Today shows what needs attention, live."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.widgets.tables import RowTable
from domain import FrontDesk
from tests.conftest import open_desk
from tests.qt.actions import Actions, workspace
from tests.support import PASSWORD


def test_every_workspace_is_one_click_away(window: MainWindow, qtbot) -> None:
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == [
        "Counter  Ctrl+1",
        "Today  Ctrl+2",
        "Residents  Ctrl+3",
        "Visitors  Ctrl+4",
        "Parcels  Ctrl+5",
        "Contracts  Ctrl+6",
        "Incidents  Ctrl+7",
        "Activities  Ctrl+8",
        "Dashboard  Ctrl+9",
        "Audit  Ctrl+0",
    ]  # the shortcut is shown where the workspace is chosen
    incidents = list(window.pages).index("incidents")
    assert window.nav.item(incidents).toolTip() == "Incidents (Ctrl+7)"
    window.nav.setCurrentRow(incidents)
    assert window.page_title.text() == "Incidents"


def test_an_emergency_reported_shows_on_today_with_its_countdown(
    window: MainWindow, live: LiveDesk, clock, qtbot
) -> None:
    live.run(
        live.desk.report_incident,
        "emergency",
        "gas_leak",
        "emergency",
        "5号楼1单元",
        "闻到燃气味",
        "张伟",
        "phone",
    )
    window.show_page("today").refresh()
    today = window.page("today")
    model = today.incidents
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "E260302-001"
    assert model.index(0, 2).data() == "0:30"  # to respond: nobody has acknowledged it
    clock.advance(timedelta(minutes=35))
    today._refresh_incidents(live.now())
    assert model.index(0, 2).data() == "−0:05"
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None  # red


def test_today_reads_its_lists_off_the_gui_thread_and_its_emergencies_at_once(
    window: MainWindow, live: LiveDesk, qtbot, monkeypatch
) -> None:
    """On ten years of records the renewal notices alone read for up to 0.7 s: the window
    goes on answering while the cards are read. An emergency waits behind no list."""
    import threading

    calendar = live.models.renewal_calendar
    read_on: list[str] = []
    notices_due, gate = calendar.notices_due, threading.Event()

    def slow(db, today, within_days):  # type: ignore[no-untyped-def]
        read_on.append(threading.current_thread().name)
        gate.wait(5)
        return notices_due(db, today, within_days)

    monkeypatch.setattr(calendar, "notices_due", slow)
    live.run(
        live.desk.report_incident,
        "emergency",
        "elevator_entrapment",
        "emergency",
        "5号楼1单元电梯",
        "电梯困人",
        "张伟",
        "phone",
    )
    today = window.show_page("today")
    today.refresh()
    assert today.reading
    assert today.incidents.rowCount() == 1  # shown while the other cards are still read
    gate.set()
    qtbot.waitUntil(lambda: not today.reading)
    assert read_on and set(read_on) == {"audit-job"}


def test_a_second_desks_visitor_shows_up_live(
    window: MainWindow, live: LiveDesk, qt_desk, clock, qtbot, tmp_path
) -> None:
    other = open_desk(f"sqlite:///{tmp_path / 'desk.sqlite'}", clock, desk_name="north-gate")
    other.sign_in("clerk1", PASSWORD)
    other.register_visitor("3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲")
    live.follow()
    today = window.show_page("today")
    qtbot.waitUntil(lambda: today.awaiting.rowCount() == 1, timeout=5000)
    assert today.awaiting.index(0, 0).data() == "刘洋"
    other.close()


def test_an_auditor_cannot_press_emergency(live: LiveDesk, settings, qt_desk, qtbot) -> None:
    qt_desk.sign_in("auditor1", PASSWORD)
    auditor = LiveDesk(qt_desk)
    main = MainWindow(auditor, settings)
    qtbot.addWidget(main)
    assert not main.emergency.isEnabled()
    assert main.banner.isVisibleTo(main)


def test_the_sorting_comes_back_as_the_receptionist_left_it(
    live: LiveDesk, settings, qtbot
) -> None:
    first = MainWindow(live, settings)
    qtbot.addWidget(first)
    first.page("incidents").findChildren(RowTable)[0].sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first.close()
    settings.sync()
    again = MainWindow(live, settings)
    qtbot.addWidget(again)
    header = again.page("incidents").findChildren(RowTable)[0].horizontalHeader()
    assert header.sortIndicatorSection() == 1
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_signing_in_remembers_the_username_desk_and_language(qt_desk, settings, qtbot) -> None:
    from desktop.sign_in import SignInDialog

    qt_desk.sign_out()
    dialog = SignInDialog(qt_desk, settings)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "clerk1")
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Wrong username or password"
    assert dialog.result() == 0
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.desk_name.setText("east-gate")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert qt_desk.operator == "clerk1" and qt_desk.desk_name == "east-gate"
    assert settings.value("last_username") == "clerk1"
    assert settings.value("desk_name") == "east-gate"
    again = SignInDialog(qt_desk, settings)
    qtbot.addWidget(again)
    assert again.username.text() == "clerk1"


def test_a_clash_with_another_desk_says_so_and_reloads(
    window: MainWindow, live: LiveDesk, qt_desk, clock, tmp_path, qtbot
) -> None:
    """The north gate registers 张伟's second car just as this desk registers another."""
    import pytest

    from domain import errors

    household = qt_desk.get_unit("3-2-1502").household_id
    gate = open_desk(f"sqlite:///{tmp_path / 'desk.sqlite'}", clock, desk_name="north-gate")
    gate.sign_in("clerk1", PASSWORD)
    reads = qt_desk.repository.get

    def gate_acts_between_read_and_save(aggregate_id, *args, **kwargs):
        aggregate = reads(aggregate_id, *args, **kwargs)
        if str(aggregate_id) == household:
            qt_desk.repository.get = reads
            gate.register_vehicle(household, "沪B54321")
        return aggregate

    qt_desk.repository.get = gate_acts_between_read_and_save
    with pytest.raises(errors.ConflictError, match="Another desk"):
        live.run(qt_desk.register_vehicle, household, "沪C11111")
    with live.models.reading() as db:
        file = live.models.resident_files.file(db, household)
    assert file.vehicles == ["沪A12345", "沪B54321"]  # reloaded: the gate's car is shown
    gate.close()


def test_every_workspace_fits_a_1366_pixel_screen(window: MainWindow, qtbot) -> None:
    for name in window.pages:
        window.show_page(name)
        assert window.minimumSizeHint().width() <= 1366, name


def test_the_window_opens_with_its_first_workspace_and_builds_the_rest_after(
    live: LiveDesk, settings, qtbot
) -> None:
    main = MainWindow(live, settings)
    qtbot.addWidget(main)
    assert [main.pages.is_built(key) for key in ("counter", "today", "audit")] == [1, 0, 0]
    assert main.nav.item(9).text() == "Audit  Ctrl+0"  # named before it is built
    main.show()
    qtbot.waitUntil(lambda: all(main.pages.is_built(key) for key in main.pages))
    assert main.stack.count() == len(main.pages) == 10


def test_a_workspace_asked_for_before_its_turn_is_built_at_once(
    live: LiveDesk, settings, qtbot
) -> None:
    main = MainWindow(live, settings)
    qtbot.addWidget(main)
    main.show()
    assert not main.pages.is_built("audit")
    act = Actions(qtbot, main)
    act.key(workspace(main, "audit"), Qt.KeyboardModifier.ControlModifier)  # the last one
    assert main.page_title.text() == "Audit"
    assert main.stack.currentWidget() is main.page("audit")


def test_the_names_of_workspaces_not_built_yet_are_translated(
    live: LiveDesk, settings, qtbot
) -> None:
    from desktop import translations

    try:
        translations.install("zh_TW")
        main = MainWindow(live, settings)
        qtbot.addWidget(main)
        assert not main.pages.is_built("contracts")
        assert main.nav.item(5).text() == "合約  Ctrl+6"
        assert main.page("contracts").title() == "合約"
    finally:
        translations.install("en")


def test_a_desk_locked_before_every_workspace_is_built_builds_no_more_of_them(
    live: LiveDesk, settings, qtbot
) -> None:
    main = MainWindow(live, settings)
    qtbot.addWidget(main)
    first = main.pages
    main.lock()  # before the event loop turned once
    qtbot.wait(50)
    assert first.built() == [first.built()[0]]  # the first only; the person is gone
    assert len(main.pages) == 0
    assert main.lock_dialog is not None
    main.lock_dialog.reject()


@pytest.mark.parametrize("username", ["clerk1", "supervisor1", "auditor1"])
def test_building_the_workspaces_behind_the_window_shows_no_window_of_its_own(
    qt_desk: FrontDesk, settings, qtbot, username: str
) -> None:
    """A widget shown before it has a parent is a window: while the workspaces are built
    behind the desk's window, one such took the keyboard from it."""
    qt_desk.sign_in(username, PASSWORD)
    live = LiveDesk(qt_desk)
    main = MainWindow(live, settings)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    shown: list[str] = []

    class Windows(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            window = isinstance(watched, QWidget) and watched.isWindow()
            if event.type() == QEvent.Type.Show and window and watched is not main:
                shown.append(type(watched).__name__)
            return False

    spy = Windows()
    QApplication.instance().installEventFilter(spy)
    try:
        qtbot.waitUntil(lambda: all(main.pages.is_built(key) for key in main.pages))
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert shown == []
    assert main.isActiveWindow()
    live.stop()


def test_the_workspaces_built_behind_the_window_read_nothing_until_shown(
    live: LiveDesk, settings, qtbot, monkeypatch
) -> None:
    """Each reads when it is shown: built behind the window, the dashboard's figures read
    at once froze a ten-year desk for half a minute."""
    main = MainWindow(live, settings)
    qtbot.addWidget(main)
    main.show()
    reads: list[str] = []
    read = live.read

    def noted(query):  # type: ignore[no-untyped-def]
        reads.append(getattr(query, "__qualname__", repr(query)))
        return read(query)

    monkeypatch.setattr(live, "read", noted)
    qtbot.waitUntil(lambda: all(main.pages.is_built(key) for key in main.pages))
    assert reads == []
    main.show_page("dashboard")
    assert reads  # shown: it reads
