"""The main window: every workspace reachable, Today shows what needs attention, live."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from tests.conftest import open_desk
from tests.support import PASSWORD


def test_every_workspace_is_one_click_away(window: MainWindow, qtbot) -> None:
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == [
        "Today",
        "Residents",
        "Visitors",
        "Contracts",
        "Incidents",
        "Activities",
        "Dashboard",
        "Audit",
    ]
    window.nav.setCurrentRow(4)
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
    assert model.index(0, 2).data() == "2:00"
    clock.advance(timedelta(hours=2, minutes=5))
    today._refresh_incidents(live.now())
    assert model.index(0, 2).data() == "−0:05"
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None  # red


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
