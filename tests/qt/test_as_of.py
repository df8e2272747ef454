"""The desk as it stood at a past moment: a leak reported at 09:00, a gas smell at 11:00, and
the auditor looking at 10:00 — every workspace shows the past, nothing can be changed, an amber
banner says so, and returning to live shows the gas smell again at once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QAbstractButton

from desktop.as_of import build_as_of
from desktop.live import LiveDesk, PastViewError
from desktop.main_window import MainWindow
from desktop.visitors.page import TABS
from domain import SimulatedClock
from tests.support import PASSWORD

READING = {  # buttons that only read, allowed while the past is shown
    "Emergency report (Ctrl+P)…",  # the emergency log report, as of the moment shown
    "Queue display (F9)",  # the waiting area's screen: today's calls, live, whatever is shown
    "Knowledge base…",  # read-only in the past: nothing can be published or retired there
    "Clear filters",
    "From",
    "To",
}


def report(live: LiveDesk, category: str, location: str) -> str:
    kind = "emergency" if category == "gas_leak" else "repair"
    severity = "emergency" if category == "gas_leak" else "general"
    return live.run(
        live.desk.report_incident, kind, category, severity, location, "—", "张伟", "phone"
    )


@pytest.fixture
def morning(live: LiveDesk, clock: SimulatedClock) -> dict[str, str]:
    """A leak at 09:00, a visitor checked in at 09:20, a gas smell at 11:00."""
    desk = live.desk
    leak = report(live, "plumbing", "3号楼2单元1502 厨房")
    clock.advance(timedelta(minutes=20))
    visitor = desk.register_visitor(
        "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲", "guest"
    )
    desk.confirm_host(visitor, "phone")
    desk.issue_pass(visitor, 4)
    live.run(desk.check_in, visitor)
    clock.advance(timedelta(minutes=100))
    gas = report(live, "gas_leak", "5号楼1单元")
    return {"leak": leak, "gas": gas, "visitor": visitor}


def at(live: LiveDesk, hour: int):
    """That hour today at the service center (Asia/Shanghai)."""
    local = live.desk.now().astimezone(live.desk.timezone)
    return local.replace(hour=hour, minute=0, second=0, microsecond=0)


def go_to(window: MainWindow, live: LiveDesk, qtbot, hour: int) -> None:
    moment = at(live, hour)
    window.as_of.go_to(moment)
    qtbot.waitUntil(lambda: live.as_of == moment, timeout=10000)


def board(window: MainWindow) -> list[str]:
    page = window.show_page("incidents")
    page.view.setCurrentIndex(page.view.findData("all"))
    return sorted(r.incident_id for r in page.board.rows())


def on_site(window: MainWindow) -> list[str]:
    page = window.show_page("visitors")
    page.tabs.setCurrentIndex(TABS.index("on_site"))
    return [r.name for r in page.model.rows()]


def enabled_buttons(window: MainWindow) -> list[str]:
    found = []
    for key, page in window.pages.items():
        window.show_page(key)
        for button in page.findChildren(QAbstractButton):
            if button.objectName().startswith("qt_"):  # a calendar's own month buttons
                continue
            if button.isEnabled() and button.isVisibleTo(page) and button.text():
                found.append(f"{key}: {button.text()}")
    return found


def test_the_past_shows_what_was_known_then_and_live_comes_back_at_once(
    window: MainWindow, live: LiveDesk, morning, qtbot
) -> None:
    assert board(window) == sorted([morning["leak"], morning["gas"]])

    go_to(window, live, qtbot, 10)
    assert board(window) == [morning["leak"]]  # the gas smell was reported later
    assert window.as_of_banner.isVisible()
    assert "2026-03-02 10:00" in window.as_of_banner.text.text()
    assert live.now().hour == 10  # deadlines and "time left" count from the moment shown
    assert on_site(window) == ["刘洋"]

    qtbot.mouseClick(window.as_of_banner.back, Qt.MouseButton.LeftButton)
    assert live.as_of is None
    assert not window.as_of_banner.isVisible()
    assert board(window) == sorted([morning["leak"], morning["gas"]])
    assert window.emergency.isEnabled()


def test_nothing_can_be_changed_in_the_past(
    window: MainWindow, live: LiveDesk, qt_desk, morning, qtbot
) -> None:
    go_to(window, live, qtbot, 10)
    window.page("incidents").show_record("incident", morning["leak"])
    window.page("visitors").show_record("visitor", morning["visitor"])
    household = qt_desk.get_unit("3-2-1502").household_id
    window.page("residents").show_record("household", household)
    # The Emergency button stays: an emergency is now, F12 returns to live to report it
    # (tests/qt/test_emergencies.py).
    leftover = [b for b in enabled_buttons(window) if b.split(": ", 1)[1] not in READING]
    assert leftover == []

    before = qt_desk.event_count()
    incidents = window.show_page("incidents")
    qtbot.keyClick(incidents, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    scan = window.show_page("visitors").scanner
    qtbot.keyClicks(scan.field, qt_desk.get_pass(morning["visitor"]).code)
    qtbot.keyClick(scan.field, Qt.Key.Key_Space)
    qtbot.keyClick(scan.field, Qt.Key.Key_Return)
    with pytest.raises(PastViewError, match="read-only view of the past"):
        live.run(qt_desk.check_out, morning["visitor"])
    assert qt_desk.event_count() == before


def test_the_live_desk_keeps_following_underneath(
    window: MainWindow, live: LiveDesk, qt_desk, morning, clock, qtbot
) -> None:
    go_to(window, live, qtbot, 10)
    clock.advance(timedelta(minutes=5))
    qt_desk.check_out(morning["visitor"])  # at another desk, say
    live.live_models.catch_up()  # what following the log does
    assert on_site(window) == ["刘洋"]  # still 10:00
    window.as_of.return_to_live()
    assert on_site(window) == []


def test_the_moment_is_chosen_in_local_time(window: MainWindow, live: LiveDesk, morning, qtbot):
    qtbot.mouseClick(window.as_of_button, Qt.MouseButton.LeftButton)
    dialog = window.as_of.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.moment_edit.setDateTime(
        QDateTime.fromString("2026-03-02 09:10:00", "yyyy-MM-dd HH:mm:ss")
    )
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: live.as_of is not None, timeout=10000)
    assert live.as_of.isoformat() == "2026-03-02T09:10:00+08:00"
    assert board(window) == [morning["leak"]]
    assert on_site(window) == []  # 刘洋 came at 09:20


def test_the_audit_log_stops_at_the_moment_shown(
    window: MainWindow, live: LiveDesk, morning, qtbot
) -> None:
    page = window.show_page("audit")
    qtbot.waitUntil(
        lambda: not page.history.model.loading and bool(page.history.rows()), timeout=5000
    )
    assert page.history.rows()[-1].aggregate_id == morning["gas"]
    go_to(window, live, qtbot, 10)
    qtbot.waitUntil(lambda: not page.history.model.loading, timeout=5000)
    assert all(r.timestamp <= live.as_of for r in page.history.rows())
    assert "up to the moment shown" in page.history.status.text()


def test_an_auditor_may_look_at_the_past_and_stays_read_only_after(
    qt_desk, settings, morning, qtbot
) -> None:
    qt_desk.sign_in("auditor1", PASSWORD)
    auditor = LiveDesk(qt_desk)
    main = MainWindow(auditor, settings)
    qtbot.addWidget(main)
    main.show()
    assert main.banner.isVisible()  # an auditor's desk
    go_to(main, auditor, qtbot, 10)
    assert main.as_of_banner.isVisible() and not main.banner.isVisible()
    household = qt_desk.get_unit("3-2-1502").household_id
    residents = main.show_page("residents")
    residents.show_record("household", household)
    assert not residents.view.reveal_button.isEnabled()  # revealing is recorded
    assert not main.page("audit").integrity.export_button.isEnabled()
    main.as_of.return_to_live()
    assert main.banner.isVisible() and not main.emergency.isEnabled()
    assert residents.view.reveal_button.isEnabled()
    assert main.page("audit").integrity.export_button.isEnabled()
    auditor.stop()


def test_the_past_is_read_from_the_live_store_with_progress_and_leaves_it_as_it_was(
    live: LiveDesk, morning, qtbot
) -> None:
    seen: list[tuple[int, int]] = []
    moment = at(live, 10)
    total = live.desk.event_count()
    models, stack = build_as_of(
        live.live_models, moment, lambda done, total: seen.append((done, total))
    )
    assert seen and seen[-1] == (total, total)
    assert models.position() < total
    with models.reading() as db:
        assert len(models.incident_board.all(db, moment)) == 1  # type: ignore[attr-defined]
    stack.close()
    with live.live_models.reading() as db:  # the present is untouched
        assert len(live.live_models.incident_board.all(db, live.desk.now())) > 1  # type: ignore[attr-defined]


def test_a_records_timeline_stops_at_the_moment_shown(
    window: MainWindow, live: LiveDesk, morning, clock, qtbot
) -> None:
    clock.advance(timedelta(minutes=30))  # 11:30
    live.run(live.desk.acknowledge, morning["leak"])
    page = window.show_page("audit")
    page.open_timeline(morning["leak"])
    timeline = page.timeline
    qtbot.waitUntil(lambda: len(timeline.steps) == 2, timeout=5000)
    go_to(window, live, qtbot, 10)
    qtbot.waitUntil(lambda: len(timeline.steps) == 1, timeout=5000)
    assert timeline.later.isVisibleTo(page)
    assert timeline.later.text() == "Steps after the moment shown, not listed: 1"
    window.as_of.return_to_live()
    qtbot.waitUntil(lambda: len(timeline.steps) == 2, timeout=5000)


def test_a_visitor_registered_later_is_not_on_site_in_the_past(
    window: MainWindow, live: LiveDesk, qt_desk, morning, clock, qtbot
) -> None:
    """The pass selected on the Visitors page was registered at 11:30: at 10:00 it did not
    exist, so the panel must not show it (on site, with today's times)."""
    clock.advance(timedelta(minutes=30))
    later = live.run(
        qt_desk.register_visitor, "3-2-1502", "王五", "passport", "E7654321", "13700137000", "送货"
    )
    live.run(qt_desk.confirm_host, later, "phone")
    live.run(qt_desk.issue_pass, later, 2)
    live.run(qt_desk.check_in, later)
    page = window.show_page("visitors")
    page.select_pass(later)
    assert page.panel.row.name == "王五" and page.panel.row.state == "on_site"

    go_to(window, live, qtbot, 10)
    assert page.panel.row is None or page.panel.row.pass_id != later
    assert "王五" not in page.panel.heading.text()
    assert on_site(window) == ["刘洋"]
