"""The incidents workspace: a burst pipe reported on the phone, the Emergency button, the gas
leak's first steps, the roll call, hold and resume, and what a clerk or an auditor may press."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.incidents.actions import EscalateDialog, NoteDialog
from desktop.incidents.first_steps import first_steps
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from tests.support import PASSWORD


# Completion pop-ups on the offscreen platform, which cannot raise or grab.
def type_in(widget: QWidget, text: str) -> None:
    """What a Chinese input method sends when the receptionist picks the characters."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def report_gas_leak(live: LiveDesk) -> str:
    return live.run(
        live.desk.report_incident,
        "emergency",
        "gas_leak",
        "emergency",
        "5号楼1单元",
        "闻到燃气味",
        "张伟",
        "phone",
    )


def test_a_burst_pipe_reported_on_the_phone_gets_its_ticket_and_deadlines(
    window: MainWindow, clock, qtbot
) -> None:
    page = window.show_page("incidents")
    form = page.form
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is form.kind
    qtbot.keyClicks(form.kind, "R")  # Repair
    qtbot.keyClick(form.kind, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.category
    qtbot.keyClicks(form.category, "P")  # Plumbing
    assert form.category.currentData() == "plumbing"
    assert form.severity.currentData() == "general"  # suggested from the category
    type_in(form.location, "3号楼2单元1502 厨房")
    qtbot.keyClicks(form.unit, "3-2-1502")
    type_in(form.description, "水管爆裂，水漏到楼下")
    type_in(form.reporter, "张伟")
    qtbot.keyClicks(form.channel, "Ph")
    assert form.channel.currentData() == "phone"
    qtbot.keyClick(form.channel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    said = form.confirmation_text()
    assert "R260302-001" in said
    assert "11:00 today" in said  # respond within 2 hours of 09:00
    assert "09:00 tomorrow" in said  # resolve within 24 hours
    assert page.board.rowCount() == 1
    assert page.board.index(0, 0).data() == "R260302-001"
    assert page.board.index(0, 6).data() == "24:00"
    clock.advance(timedelta(minutes=10))  # the board counts down while it is shown
    qtbot.waitUntil(lambda: page.board.index(0, 6).data() == "23:50", timeout=3000)


def test_a_refused_report_says_why_and_records_nothing(window: MainWindow, qt_desk, qtbot):
    page = window.show_page("incidents")
    before = qt_desk.event_count()
    qtbot.mouseClick(page.form.submit, Qt.MouseButton.LeftButton)
    assert "location" in page.form.error.text()
    assert page.form.error.isVisible()
    assert qt_desk.event_count() == before


def test_an_emergency_from_the_button_shows_on_today_with_its_countdown(
    window: MainWindow, clock, qtbot
) -> None:
    qtbot.mouseClick(window.emergency, Qt.MouseButton.LeftButton)
    dialog = window.page("incidents").emergency
    assert dialog is not None and dialog.isVisible()
    dialog.choose("gas_leak")
    type_in(dialog.location, "5号楼1单元 302")
    type_in(dialog.description, "闻到很重的燃气味")
    type_in(dialog.reporter, "张伟 13812345678")
    qtbot.mouseClick(dialog.report, Qt.MouseButton.LeftButton)
    assert "E260302-001" in dialog.reported.text()
    assert "09:30 today" in dialog.reported.text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    today = window.show_page("today")
    model = today.incidents
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "E260302-001"
    assert model.index(0, 2).data() == "0:30"  # the response deadline, until acknowledged
    clock.advance(timedelta(minutes=10))
    qtbot.waitUntil(lambda: model.index(0, 2).data() == "0:20", timeout=3000)


def test_the_gas_leak_checklist_has_its_steps_and_a_tick_is_logged(
    window: MainWindow, qtbot
) -> None:
    page = window.show_page("incidents")
    dialog = page.start_emergency()
    dialog.choose("gas_leak")
    steps = dialog.step_texts()
    assert steps == first_steps("gas_leak", "en")
    assert any("Evacuate" in s for s in steps)
    assert any("Shut off the gas" in s for s in steps)
    assert any("No switches" in s and "no flames" in s for s in steps)
    assert any("962777" in s for s in steps)  # the gas company's line, from settings.json
    assert any("duty manager" in s for s in steps)  # what every emergency needs

    type_in(dialog.location, "5号楼1单元")
    type_in(dialog.description, "闻到燃气味")
    type_in(dialog.reporter, "张伟")
    qtbot.mouseClick(dialog.report, Qt.MouseButton.LeftButton)
    dialog.tick(1)

    timeline = page.panel.live.read(
        lambda db: page.live.models.incident_board.timeline(db, dialog.incident_id)
    )
    assert [e.step for e in timeline] == ["Reported", "ActionLogged"]
    assert timeline[1].detail == "✓ " + steps[1]
    item = dialog.steps.item(1)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable  # logged, so it stays ticked


def test_the_checklist_speaks_the_interface_language() -> None:
    assert any("燃气总阀" in s for s in first_steps("gas_leak", "zh_CN"))
    assert any("瓦斯" in s for s in first_steps("gas_leak", "zh_TW"))
    assert any("119" in s for s in first_steps("fire", "en"))
    assert any("lift rescue" in s for s in first_steps("elevator_entrapment", "en"))


def test_the_roll_call_lists_the_visitors_on_site(window: MainWindow, live: LiveDesk, qtbot):
    desk = live.desk
    pass_id = desk.register_visitor(
        "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲", "guest"
    )
    desk.confirm_host(pass_id, "phone")
    desk.issue_pass(pass_id, 4)
    live.run(desk.check_in, pass_id)
    dialog = window.page("incidents").start_emergency()
    assert dialog.roll_call.rowCount() == 1
    assert dialog.roll_call.index(0, 0).data() == "刘洋"
    assert dialog.roll_call.index(0, 1).data() == "3-2-1502"
    assert "1" in dialog.roll_title.text()


def test_hold_stops_the_clock_and_resume_starts_it(
    window: MainWindow, live: LiveDesk, clock, qtbot
) -> None:
    incident_id = report_gas_leak(live)
    page = window.show_page("incidents")
    page.show_record("incident", incident_id)
    panel = page.panel
    assert panel.row.ticket == "E260302-001"
    assert panel.buttons["hold"].isEnabled() and not panel.buttons["resume"].isEnabled()

    qtbot.mouseClick(panel.buttons["hold"], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, NoteDialog)
    type_in(dialog.text, "等燃气公司到场")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert panel.row.state == "on_hold"
    assert panel.buttons["resume"].isEnabled() and not panel.buttons["hold"].isEnabled()
    assert not panel.buttons["resolve"].isEnabled()
    assert page.board.index(0, 3).data() == "On hold"

    clock.advance(timedelta(minutes=40))
    panel.tick(live.now())
    assert panel.left.text().startswith("2:00:00")  # the clock stood still

    qtbot.mouseClick(panel.buttons["resume"], Qt.MouseButton.LeftButton)
    assert panel.row.state == "reported"
    assert panel.row.resolve_by == panel.row.reported_at + timedelta(hours=2, minutes=40)
    steps = [panel.timeline.index(r, 1).data() for r in range(panel.timeline.rowCount())]
    assert steps == ["Reported", "Put on hold", "Resumed"]


def test_a_clerk_cannot_escalate_to_level_3(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    incident_id = report_gas_leak(live)
    page = window.show_page("incidents")
    page.show_record("incident", incident_id)
    panel = page.panel
    qtbot.mouseClick(panel.buttons["escalate"], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, EscalateDialog)
    level_3 = dialog.level.model().item(dialog.level.findData(3))
    assert not level_3.isEnabled()
    before = qt_desk.event_count()
    dialog.choose(3)
    type_in(dialog.reason, "业主联名投诉，媒体关注")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "may not escalate to level 3" in dialog.error.text()
    assert dialog.isVisible()
    assert qt_desk.event_count() == before

    # The desk refuses it whatever the screen offers; the panel says so.
    assert not panel.run(live.desk.escalate, 3, "媒体关注")
    assert "may not escalate to level 3" in panel.message.text()

    dialog.choose(2)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert panel.row.level == 2
    assert not panel.buttons["escalate"].isEnabled()  # level 3 is the supervisor's


def test_the_buttons_follow_the_state_to_the_callback(
    window: MainWindow, live: LiveDesk, qtbot
) -> None:
    incident_id = report_gas_leak(live)
    page = window.show_page("incidents")
    page.show_record("incident", incident_id)
    panel = page.panel
    qtbot.mouseClick(panel.buttons["acknowledge"], Qt.MouseButton.LeftButton)
    assert panel.row.state == "acknowledged" and not panel.buttons["acknowledge"].isEnabled()
    qtbot.mouseClick(panel.buttons["resolve"], Qt.MouseButton.LeftButton)
    type_in(panel.dialog.resolution, "关闭总阀，燃气公司更换软管")
    panel.dialog.first_contact.setChecked(True)
    qtbot.mouseClick(panel.dialog.ok, Qt.MouseButton.LeftButton)
    assert panel.row.state == "resolved" and panel.row.first_contact
    assert panel.buttons["callback"].isEnabled() and panel.buttons["close"].isEnabled()
    qtbot.mouseClick(panel.buttons["callback"], Qt.MouseButton.LeftButton)
    panel.dialog.satisfaction.setCurrentIndex(0)  # 5 — very satisfied
    qtbot.mouseClick(panel.dialog.ok, Qt.MouseButton.LeftButton)
    assert panel.row.satisfaction == 5 and not panel.buttons["callback"].isEnabled()
    qtbot.mouseClick(panel.buttons["close"], Qt.MouseButton.LeftButton)
    assert panel.row.state == "closed"
    assert panel.buttons["reopen"].isEnabled() and not panel.buttons["log"].isEnabled()


def test_an_auditor_cannot_press_what_changes_things(
    live: LiveDesk, settings, qt_desk, qtbot
) -> None:
    incident_id = report_gas_leak(live)
    qt_desk.sign_in("auditor1", PASSWORD)
    main = MainWindow(LiveDesk(qt_desk), settings)
    qtbot.addWidget(main)
    page = main.show_page("incidents")
    page.show_record("incident", incident_id)
    assert page.panel.row is not None
    assert not any(button.isEnabled() for button in page.panel.buttons.values())
    assert not page.new_report.isEnabled()
    assert not page.form.submit.isEnabled()
    assert page.start_emergency() is None
