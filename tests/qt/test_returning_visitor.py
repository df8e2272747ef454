"""The visitors workspace at the counter: the host's phone beside the pass (the desk rings to
confirm), a returning visitor recognised by phone or ID number as it is typed and filled in
with one key, "register again" from a past pass, and no word left over from another pass."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.visitors.page import TABS
from tests.support import resident_id

LIU_ID = resident_id("110101", "19900307", "456")


@pytest.fixture
def last_week(live: LiveDesk, qt_desk, clock) -> str:
    """刘洋 visited 张伟 (3-2-1502) a week ago and left."""
    visitor = live.run(
        qt_desk.register_visitor,
        "3-2-1502", "刘洋", "resident_id", LIU_ID, "13900139000", "探亲",
    )  # fmt: skip
    live.run(qt_desk.confirm_host, visitor, "phone")
    live.run(qt_desk.issue_pass, visitor, 4)
    live.run(qt_desk.check_in, visitor)
    live.run(qt_desk.check_out, visitor)
    clock.advance(timedelta(days=7))
    live.live_models.catch_up()
    return visitor


def test_the_pass_shows_whom_to_call_to_confirm(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    household = qt_desk.get_unit("3-2-1502").household_id
    live.run(
        qt_desk.add_member,
        household,
        {"name": "王芳", "relation": "spouse", "id_type": "resident_id",
         "id_number": resident_id(born="19870315", sequence="002"), "phone": "13987654321"},
    )  # fmt: skip
    visitor = live.run(
        qt_desk.register_visitor, "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲"
    )
    page = window.show_page("visitors")
    page.select_pass(visitor)
    contact = page.panel.host_contact
    assert contact.isVisible()
    assert "张伟 (Self) 13812345678" in contact.text()
    assert "王芳" in contact.text() and "13987654321" in contact.text()
    assert "310104" not in contact.text()  # no identity numbers here


def test_a_returning_visitor_is_found_by_phone_and_filled_in_with_one_key(
    window: MainWindow, live: LiveDesk, qt_desk, last_week, qtbot
) -> None:
    page = window.show_page("visitors")
    form = page.form
    form.phone.setFocus()  # the receptionist is typing there
    qtbot.keyClicks(form.phone, "13900139000")
    assert form.recall.isVisible()
    assert "刘洋" in form.recall.text.text() and "3-2-1502" in form.recall.text.text()

    qtbot.keyClick(form.phone, Qt.Key.Key_F2)
    assert not form.recall.isVisible()
    assert form.name.text() == "刘洋"
    assert form.id_number.text() == LIU_ID
    assert form.unit.text() == "3-2-1502"
    assert form.purpose.text() == "探亲"
    assert form.register_button.hasFocus()

    qtbot.keyClick(form.register_button, Qt.Key.Key_Return)
    again = page.panel.row
    assert again is not None and again.pass_id != last_week
    assert again.name == "刘洋" and again.state == "awaiting_host"
    assert qt_desk.get_pass(again.pass_id).id_number == LIU_ID


def test_a_returning_visitor_is_found_by_id_number(
    window: MainWindow, live: LiveDesk, last_week, qtbot
) -> None:
    form = window.show_page("visitors").form
    qtbot.keyClicks(form.id_number, LIU_ID)
    assert form.recall.isVisible() and "刘洋" in form.recall.text.text()
    qtbot.mouseClick(form.recall.fill, Qt.MouseButton.LeftButton)
    assert form.phone.text() == "13900139000"


def test_a_stranger_is_not_mistaken_for_a_returning_visitor(
    window: MainWindow, live: LiveDesk, last_week, qtbot
) -> None:
    form = window.show_page("visitors").form
    form.phone.setFocus()
    qtbot.keyClicks(form.phone, "13700137000")
    assert not form.recall.isVisible()
    qtbot.keyClick(form.phone, Qt.Key.Key_F2)
    assert form.name.text() == ""
    form.phone.clear()
    form.name.setText("王五")  # a name already typed is never overwritten unasked
    qtbot.keyClicks(form.phone, "13900139000")
    assert not form.recall.isVisible()


def test_register_again_from_a_past_pass_is_one_key(
    window: MainWindow, live: LiveDesk, last_week, qtbot
) -> None:
    page = window.show_page("visitors")
    page.tabs.setCurrentIndex(TABS.index("recent"))
    page.select_pass(last_week)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert page.form.name.text() == "刘洋"
    assert page.form.id_number.text() == LIU_ID
    assert page.form.register_button.hasFocus()


def test_a_forgotten_visitor_is_not_recalled(
    window: MainWindow, live: LiveDesk, qt_desk, last_week, clock, qtbot
) -> None:
    qt_desk.sign_in("admin", "desk-pass-1")
    clock.advance(timedelta(days=200))
    live.run(qt_desk.forget_personal_data, last_week)
    form = window.show_page("visitors").form
    qtbot.keyClicks(form.phone, "13900139000")
    assert not form.recall.isVisible()


def test_what_was_said_about_one_pass_goes_when_another_is_chosen(
    window: MainWindow, live: LiveDesk, qt_desk, last_week, qtbot
) -> None:
    other = live.run(
        qt_desk.register_visitor, "3-2-1502", "王五", "passport", "E7654321", "13700137000", "送货"
    )
    page = window.show_page("visitors")
    page.select_pass(other)
    page.panel.say("Pass revoked.")
    assert page.panel.message.isVisible()
    page.select_pass(last_week)  # e.g. the next visitor's code scanned
    assert not page.panel.message.isVisible()


def test_a_scanned_pass_verdict_goes_when_another_visitor_is_chosen(
    window: MainWindow, live: LiveDesk, qt_desk, last_week, qtbot
) -> None:
    """The revoked pass scanned a moment ago: its '通行证已作废' must not stay under the next
    visitor chosen in the list."""
    other = live.run(
        qt_desk.register_visitor, "3-2-1502", "王五", "passport", "E7654321", "13700137000", "送货"
    )
    live.run(qt_desk.confirm_host, other, "phone")
    code = live.run(qt_desk.issue_pass, other, 2)
    live.run(qt_desk.revoke_pass, other, "Registered by mistake")
    page = window.show_page("visitors")
    scan = page.scanner
    scan.field.setFocus()
    qtbot.keyClicks(scan.field, code)
    qtbot.keyClick(scan.field, Qt.Key.Key_Return)
    assert scan.verdict.isVisible() and "revoked" in scan.verdict.text().lower()
    assert page.panel.row.pass_id == other  # the scanned pass is shown: the verdict stays

    page.tabs.setCurrentIndex(TABS.index("recent"))
    qtbot.waitUntil(lambda: any(r.pass_id == last_week for r in page.model.rows()))
    position = next(i for i, r in enumerate(page.model.rows()) if r.pass_id == last_week)
    page.table.setFocus()
    page.table.selectRow(page.table.proxy.mapFromSource(page.model.index(position, 0)).row())
    assert page.panel.row.pass_id == last_week
    assert not scan.verdict.isVisible()
