"""What the receptionist sees first: the window fills a small screen, Today puts the latest
arrivals at the top, and no stale promise (a follow-up call due in 2019) is shown."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSettings

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from tests.qt.actions import today_read
from tests.support import member


def test_the_window_opens_maximized_on_a_small_screen_and_then_where_it_was_left(
    live: LiveDesk, settings: QSettings, qtbot
) -> None:
    first = MainWindow(live, settings)
    qtbot.addWidget(first)
    screen = first.screen().availableGeometry()
    assert screen.width() <= 1366 or screen.height() <= 768  # the offscreen screen is small
    first.show_at_start()
    assert first.isMaximized()  # at 1366×768 the bottom of an unmaximized window is cut
    first.showNormal()
    first.setGeometry(40, 40, 1400, 900)
    first.close()  # the receptionist chose a size: it is remembered

    again = MainWindow(live, settings)
    qtbot.addWidget(again)
    again.show_at_start()
    assert not again.isMaximized()


def test_today_lists_the_latest_arrival_first(
    window: MainWindow, live: LiveDesk, qt_desk, clock, qtbot
) -> None:
    for name, passport in (("Anna Li", "E1000001"), ("Bob Chan", "E1000002")):
        visitor = live.run(
            qt_desk.register_visitor, "3-2-1502", name, "passport", passport, "13900139000", "探亲"
        )
        live.run(qt_desk.confirm_host, visitor, "phone")
        live.run(qt_desk.issue_pass, visitor, 4)
        live.run(qt_desk.check_in, visitor)
        clock.advance(timedelta(minutes=30))
    today = today_read(window, qtbot)
    assert [r.name for r in today.on_site.rows()] == ["Bob Chan", "Anna Li"]


def test_a_household_recorded_long_after_moving_in_promises_no_follow_up_call(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    household = live.run(qt_desk.move_in, "3-2-1501", [member("赵敏")], "owner", "2019-05-01")
    page = window.show_page("residents")
    page.show_record("household", household)
    state = page.view.callback_state
    assert "2019" not in state.text()
    assert not state.isVisible()

    recent = live.run(qt_desk.move_in, "3-2-1601", [member("钱七")], "owner", "2026-03-01")
    page.show_record("household", recent)
    assert "2026-03-08" in state.text() and state.isVisible()  # a real one still shows
