"""The Visitors workspace driven from the keyboard and the mouse, as at a busy counter."""

from __future__ import annotations

import os
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop import printer as printing_qt
from desktop import translations
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.visitors.page import VisitorsPage
from domain import FrontDesk
from tests.qt.actions import households_read_on, today_read, type_text
from tests.support import PASSWORD, member, resident_id, wrong_check_digit

# The completer's popup asks the offscreen platform for what it cannot do.
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


class FakeOutput:
    """The printer: the one part a test cannot have for real."""

    def __init__(self, printed: bool = True) -> None:
        self.printed = printed
        self.documents: list[tuple[bytes, str]] = []

    def send(self, pdf: bytes, title: str, parent: object = None) -> bool:
        self.documents.append((pdf, title))
        return self.printed

    preview = send

    def ask_path(self, suggested_name: str, parent: object = None) -> Path | None:
        return None


@pytest.fixture
def page(window: MainWindow, qtbot) -> VisitorsPage:
    visitors = window.show_page("visitors")
    assert isinstance(visitors, VisitorsPage)
    visitors.panel.output = FakeOutput()  # type: ignore[assignment]
    qtbot.waitUntil(visitors.knows_households)  # read off the GUI thread
    return visitors


def keys(qtbot, widget, text: str) -> None:
    """Typed text: ASCII as key presses, Chinese as an input method commits it (QTest's
    key clicks only know ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    keys(qtbot, widget, text)


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def fill_form_from_the_keyboard(qtbot, page: VisitorsPage, unit: str, id_number: str) -> None:
    """Types the way a receptionist does: a field, Enter, the next field."""
    form = page.form
    form.unit.setFocus()
    qtbot.keyClicks(form.unit, unit)
    enter(qtbot, form.unit)
    assert form.name.hasFocus()  # a guest, the kind the form starts with
    keys(qtbot, form.name, "刘洋")
    enter(qtbot, form.name)
    assert form.id_number.hasFocus()  # a resident ID, the type the form starts with
    qtbot.keyClicks(form.id_number, id_number)
    enter(qtbot, form.id_number)
    qtbot.keyClicks(form.phone, "13900139000")
    enter(qtbot, form.phone)
    assert form.purpose.hasFocus()  # company and work ID are only asked of workers


def test_a_visitor_from_registration_to_leaving(
    page: VisitorsPage, qt_desk: FrontDesk, qtbot
) -> None:
    fill_form_from_the_keyboard(qtbot, page, "3-2-1502", resident_id(sequence="777"))
    assert page.form.host.text() == "张伟"  # the host's name beside the unit
    qtbot.keyClick(page.form.purpose, Qt.Key.Key_Return, CTRL)

    panel = page.panel
    row = panel.row
    assert (row.name, row.host_unit, row.state) == ("刘洋", "3-2-1502", "awaiting_host")
    assert row.purpose == "Visiting family or friends"
    assert page.model.rows()[0].pass_id == row.pass_id
    assert page.form.unit.text() == ""  # ready for the next visitor
    assert panel.confirm_button.hasFocus()

    panel.channel.setCurrentIndex(panel.channel.findData("intercom"))
    qtbot.mouseClick(panel.confirm_button, LEFT)
    assert panel.row.state == "host_confirmed"
    assert "Intercom" in panel.values["host"].text()

    printed = qt_desk.event_count()
    with qtbot.waitSignal(panel.printed):
        qtbot.mouseClick(panel.issue_button, LEFT)
    assert panel.row.state == "issued"
    assert panel.row.valid_until - panel.row.valid_from == timedelta(hours=4)
    output = panel.output
    assert isinstance(output, FakeOutput)
    pdf, title = output.documents[0]
    assert pdf.startswith(b"%PDF")
    assert panel.row.code in title
    assert qt_desk.event_count() == printed + 2  # issued, and the print recorded

    payload = qt_desk.pass_payload(panel.row.pass_id)  # what the QR code on the paper says
    type_into(qtbot, page.scanner.field, payload)
    enter(qtbot, page.scanner.field)
    assert page.scanner.verdict.text() == "Valid"
    assert "刘洋" in page.scanner.detail.text()
    assert "3-2-1502" in page.scanner.detail.text()
    assert page.scanner.action_button.isVisible()
    qtbot.keyClick(page.scanner.field, Qt.Key.Key_Space)  # one key
    assert panel.row.state == "on_site"
    assert page.scanner.field.text() == ""

    qtbot.keyClicks(page.scanner.field, payload)
    enter(qtbot, page.scanner.field)
    assert "On site since" in page.scanner.detail.text()
    qtbot.keyClick(page.scanner.field, Qt.Key.Key_Space)
    assert panel.row.state == "left"
    assert "checked out" in page.scanner.verdict.text()

    qtbot.keyClicks(page.scanner.field, payload)
    enter(qtbot, page.scanner.field)
    assert page.scanner.verdict.text() == "Checked out"
    assert not page.scanner.action_button.isVisible()


def test_the_pass_code_typed_in_finds_the_pass(
    page: VisitorsPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    pass_id = live.run(
        qt_desk.register_visitor, "3-2-1502", "周杰", "passport", "E1234567", "13900139000", "探亲"
    )
    live.run(qt_desk.confirm_host, pass_id, "phone")
    code = live.run(qt_desk.issue_pass, pass_id, 2)
    type_into(qtbot, page.scanner.field, code.lower())
    enter(qtbot, page.scanner.field)
    assert page.scanner.verdict.text() == "Valid"
    qtbot.mouseClick(page.scanner.action_button, LEFT)
    assert page.panel.row.state == "on_site"


def test_a_forged_or_unknown_pass_says_so(page: VisitorsPage, qt_desk, qtbot) -> None:
    before = qt_desk.event_count()
    type_into(qtbot, page.scanner.field, "FD1.AAAAAAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBB")
    enter(qtbot, page.scanner.field)
    assert page.scanner.verdict.text() == "Forged or unreadable"
    assert page.scanner.verdict.property("tone") == "bad"
    qtbot.keyClick(page.scanner.field, Qt.Key.Key_Space)
    page.scanner.field.clear()
    qtbot.keyClicks(page.scanner.field, "ZZZZ9999")
    enter(qtbot, page.scanner.field)
    assert page.scanner.verdict.text() == "No pass has this code"
    assert qt_desk.event_count() == before


def test_an_overstay_is_red_on_the_on_site_list(
    page: VisitorsPage, live: LiveDesk, qt_desk: FrontDesk, clock, qtbot
) -> None:
    pass_id = live.run(
        qt_desk.register_visitor,
        "3-2-1502",
        "王小明",
        "resident_id",
        resident_id(),
        "13700137000",
        "送快递",
        "delivery",
        company="顺丰速运",
        work_id="SF1234",
    )
    live.run(qt_desk.confirm_host, pass_id, "intercom")
    live.run(qt_desk.issue_pass, pass_id, 1)
    live.run(qt_desk.check_in, pass_id)
    clock.advance(timedelta(hours=2))
    page.tabs.setCurrentIndex(1)  # on site
    page.refresh()
    assert page.model.rowCount() == 1
    state = page.model.index(0, 4)
    assert state.data() == "Overstayed"
    assert state.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.tabs.tabTextColor(1).name() == "#b3261e"
    page.select_pass(pass_id)
    assert page.panel.state.text() == "Overstayed"
    assert page.panel.check_out_button.isEnabled()


def test_a_wrong_id_number_shows_its_message_beside_the_field_and_stores_nothing(
    page: VisitorsPage, qt_desk: FrontDesk, qtbot
) -> None:
    before = qt_desk.event_count()
    fill_form_from_the_keyboard(qtbot, page, "3-2-1502", wrong_check_digit(resident_id()))
    assert page.form.id_error.isVisible()
    assert "check digit" in page.form.id_error.text()
    assert not page.form.id_ok.isVisible()
    qtbot.keyClick(page.form.purpose, Qt.Key.Key_Return, CTRL)
    assert page.form.id_error.isVisible()
    assert qt_desk.event_count() == before
    assert page.form.name.text() == "刘洋"  # nothing typed is lost

    page.form.id_number.clear()
    qtbot.keyClicks(page.form.id_number, resident_id())
    assert not page.form.id_error.isVisible()
    assert page.form.id_ok.isVisible()


def test_an_id_number_is_quiet_while_still_being_typed(page: VisitorsPage, qtbot) -> None:
    type_into(qtbot, page.form.id_number, "3101041985")
    assert not page.form.id_error.isVisible()
    page.form.id_type.setCurrentIndex(page.form.id_type.findData("passport"))
    assert not page.form.id_error.isVisible()  # a passport number may look like this


def test_a_pass_for_an_empty_flat_is_refused_in_the_form(
    page: VisitorsPage, qt_desk: FrontDesk, qtbot
) -> None:
    before = qt_desk.event_count()
    fill_form_from_the_keyboard(qtbot, page, "3-2-1501", resident_id())
    assert page.form.host.text() == "no household lives here"
    qtbot.keyClick(page.form.purpose, Qt.Key.Key_Return, CTRL)
    assert page.form.unit_error.isVisible()
    assert page.form.unit_error.text() == "Nobody lives in 3-2-1501 at present"
    assert qt_desk.event_count() == before


def test_a_worker_needs_the_renovation_agreement_and_gives_a_company(
    page: VisitorsPage, qt_desk: FrontDesk, qtbot
) -> None:
    form = page.form
    before = qt_desk.event_count()
    assert not form.company.isVisibleTo(form)
    form.kind.setCurrentIndex(form.kind.findData("renovation"))
    assert form.company.isVisibleTo(form)
    assert form.work_id.isVisibleTo(form)
    assert form.purpose.text() == "Renovation work"
    type_into(qtbot, form.unit, "3-2-1502")
    type_into(qtbot, form.name, "赵师傅")
    type_into(qtbot, form.id_number, resident_id(sequence="314"))
    type_into(qtbot, form.phone, "13600136000")
    type_into(qtbot, form.company, "美家装饰")
    qtbot.mouseClick(form.register_button, LEFT)
    assert "renovation agreement" in form.unit_error.text()
    assert qt_desk.event_count() == before


def test_the_host_declines_with_a_reason(
    page: VisitorsPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    pass_id = live.run(
        qt_desk.register_visitor,
        "3-2-1502",
        "推销员",
        "passport",
        "E7654321",
        "13900139000",
        "推销",
    )
    page.select_pass(pass_id)
    before = qt_desk.event_count()
    qtbot.mouseClick(page.panel.decline_button, LEFT)
    dialog = page.panel.reason_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.ok_button, LEFT)  # no reason given
    assert dialog.isVisible()
    assert dialog.error.text() == "Please fill in reason"
    assert qt_desk.event_count() == before
    keys(qtbot, dialog.reason.lineEdit(), "不认识此人")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert page.panel.row.state == "host_declined"
    assert "不认识此人" in page.panel.values["host"].text()
    assert not page.panel.issue_button.isEnabled()


def test_a_clerk_cannot_waive_the_hosts_confirmation_and_a_supervisor_can(
    live: LiveDesk, qt_desk: FrontDesk, settings: QSettings, qtbot
) -> None:
    pass_id = live.run(
        qt_desk.register_visitor,
        "3-2-1502",
        "维修工",
        "passport",
        "E2345678",
        "13900139000",
        "维修",
    )
    clerks = MainWindow(live, settings)
    qtbot.addWidget(clerks)
    page = clerks.show_page("visitors")
    page.show_record("visitor", pass_id)
    assert page.panel.confirm_button.isEnabled()
    assert not page.panel.waive_button.isEnabled()

    qt_desk.sign_in("supervisor1", PASSWORD)
    supervisors = MainWindow(LiveDesk(qt_desk), settings)
    qtbot.addWidget(supervisors)
    page = supervisors.show_page("visitors")
    page.show_record("visitor", pass_id)
    assert page.panel.waive_button.isEnabled()
    qtbot.mouseClick(page.panel.waive_button, LEFT)
    dialog = page.panel.reason_dialog
    keys(qtbot, dialog.reason.lineEdit(), "业主电话无人接听，物业人员陪同")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert page.panel.row.state == "host_confirmed"
    assert page.panel.issue_button.isEnabled()


def test_an_auditor_cannot_press_what_changes_things(
    live: LiveDesk, qt_desk: FrontDesk, settings: QSettings, qtbot
) -> None:
    waiting = live.run(
        qt_desk.register_visitor, "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲"
    )
    issued = live.run(
        qt_desk.register_visitor, "3-2-1502", "周杰", "passport", "E1234567", "13900139000", "探亲"
    )
    live.run(qt_desk.confirm_host, issued, "phone")
    code = live.run(qt_desk.issue_pass, issued, 2)
    qt_desk.sign_in("auditor1", PASSWORD)
    main = MainWindow(LiveDesk(qt_desk), settings)
    qtbot.addWidget(main)
    main.show()
    page = main.show_page("visitors")
    assert not page.form.isEnabled()
    for pass_id in (waiting, issued):
        page.show_record("visitor", pass_id)
        panel = page.panel
        assert panel.row.pass_id == pass_id  # an auditor sees it all…
        for button in (
            panel.confirm_button,
            panel.decline_button,
            panel.waive_button,
            panel.issue_button,
            panel.print_button,
            panel.save_action,
            panel.more_button,
            panel.check_in_button,
            panel.check_out_button,
            panel.revoke_button,
        ):
            assert not button.isEnabled()  # …and changes nothing
    before = qt_desk.event_count()
    type_into(qtbot, page.scanner.field, code)
    enter(qtbot, page.scanner.field)
    assert page.scanner.verdict.text() == "Valid"  # the gate's question may be asked
    assert not page.scanner.action_button.isEnabled()
    qtbot.keyClick(page.scanner.field, Qt.Key.Key_Space)
    assert qt_desk.event_count() == before


def test_revoking_a_pass_and_the_list_filter(
    page: VisitorsPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    for name in ("刘洋", "周杰", "王小明"):
        live.run(
            qt_desk.register_visitor,
            "3-2-1502",
            name,
            "passport",
            "E12345678",
            "13900139000",
            "探亲",
        )
    page.refresh()
    assert page.table.proxy.rowCount() == 3
    type_into(qtbot, page.filter, "周")
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 1)  # once the typing pauses
    page.table.selectRow(0)
    assert page.panel.row.name == "周杰"
    qtbot.mouseClick(page.panel.revoke_button, LEFT)
    dialog = page.panel.reason_dialog
    dialog.reason.setCurrentIndex(1)  # the first suggested reason
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert page.panel.row.state != "revoked"  # not before it is confirmed
    box = dialog._confirmation
    (revoke,) = [b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole]
    qtbot.mouseClick(revoke, LEFT)
    qtbot.waitUntil(lambda: page.panel.row.state == "revoked")
    assert (
        page.model.index(page.table.proxy.mapToSource(page.table.currentIndex()).row(), 4).data()
        == "Revoked"
    )


def test_a_visitor_opened_from_today_is_selected(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    pass_id = live.run(
        qt_desk.register_visitor, "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲"
    )
    today = today_read(window, qtbot)
    today.cards["awaiting"].table.row_activated.emit(today.awaiting.rows()[0])
    assert window.stack.currentWidget() is window.page("visitors")
    assert window.page("visitors").panel.row.pass_id == pass_id


def test_the_pass_size_is_remembered_for_the_desk(
    page: VisitorsPage, live: LiveDesk, settings: QSettings, qtbot
) -> None:
    page.panel.pass_size.setCurrentIndex(page.panel.pass_size.findData("label62"))
    assert settings.value("desks/desk-1/pass_size") == "label62"
    again = MainWindow(live, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.show_page("visitors").panel.pass_size.currentData() == "label62"


def test_a_print_that_never_reached_the_printer_is_not_recorded(
    page: VisitorsPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    pass_id = live.run(
        qt_desk.register_visitor, "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲"
    )
    live.run(qt_desk.confirm_host, pass_id, "phone")
    page.select_pass(pass_id)
    page.panel.output = FakeOutput(printed=False)  # type: ignore[assignment]
    with qtbot.waitSignal(page.panel.printed):
        qtbot.mouseClick(page.panel.issue_button, LEFT)
    assert page.panel.row.state == "issued"
    assert page.panel.print_button.isEnabled()
    with qtbot.waitSignal(page.panel.printed):
        qtbot.mouseClick(page.panel.print_button, LEFT)
    assert len(page.panel.output.documents) == 2  # type: ignore[attr-defined]
    assert "not printed" in page.panel.message.text()
    assert qt_desk.record_pass_printed(pass_id) == 0  # the first pass printed is the original


def test_pdf_bytes_reach_a_printer_and_a_file(live: LiveDesk, qt_desk, tmp_path, qtbot) -> None:
    pass_id = live.run(
        qt_desk.register_visitor, "3-2-1502", "刘洋", "passport", "E12345678", "13900139000", "探亲"
    )
    live.run(qt_desk.confirm_host, pass_id, "phone")
    live.run(qt_desk.issue_pass, pass_id, 4)
    row = live.read(lambda db: live.models.visitor_log.recent(db, live.now()))[0]
    for size in printing_qt.PASS_SIZES:
        pdf = printing_qt.pass_pdf(qt_desk, row, size)
        printed = printing_qt.print_to_file(pdf, tmp_path / f"printed-{size}.pdf")
        assert printed.read_bytes().startswith(b"%PDF")
    saved = printing_qt.save_pdf(pdf, tmp_path / "pass")
    assert saved.name == "pass.pdf"
    assert saved.read_bytes() == pdf


def test_the_workspace_at_1366x768_in_english_and_chinese(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, clock, qtbot, tmp_path
) -> None:
    """Screenshots to look at (FRONTDESK_SHOTS=/tmp/shots keeps them)."""
    shots = Path(os.environ.get("FRONTDESK_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    for name, kind in (("刘洋", "guest"), ("王小明", "delivery"), ("欧阳娜娜", "guest")):
        pass_id = live.run(
            qt_desk.register_visitor,
            "3-2-1502",
            name,
            "resident_id",
            resident_id(sequence=str(100 + len(name))),
            "13700137000",
            "探亲访友",
            kind,
            company="顺丰速运" if kind == "delivery" else "",
        )
        if name != "刘洋":
            live.run(qt_desk.confirm_host, pass_id, "intercom")
            live.run(qt_desk.issue_pass, pass_id, 1 if kind == "delivery" else 4)
        if kind == "delivery":
            live.run(qt_desk.check_in, pass_id)
    clock.advance(timedelta(minutes=90))
    page = window.show_page("visitors")
    page.refresh()
    page.select_pass(pass_id)
    window.resize(1366, 768)
    type_into(qtbot, page.scanner.field, qt_desk.pass_payload(pass_id))
    enter(qtbot, page.scanner.field)
    type_into(qtbot, page.form.unit, "3-2-1502")
    page.form.unit.completer().popup().hide()
    qtbot.wait(20)
    assert page.scanner.action_button.isVisible()
    window.grab().save(str(shots / "visitors_en.png"))
    assert (window.width(), window.height()) == (1366, 768)
    page.form.kind.setCurrentIndex(page.form.kind.findData("delivery"))
    type_into(qtbot, page.form.id_number, wrong_check_digit(resident_id()))
    translations.install("zh_CN")
    try:
        window.retranslate()
        qtbot.wait(20)
        assert "校验位" in page.form.id_error.text()  # the domain's message, now in Chinese
        window.grab().save(str(shots / "visitors_zh_CN.png"))
        assert (window.width(), window.height()) == (1366, 768)  # nothing forced it to grow
    finally:
        translations.install("en")


def test_who_lives_where_is_read_off_the_gui_thread_and_again_only_when_a_household_changes(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, qtbot, monkeypatch
) -> None:
    read_on = households_read_on(live, monkeypatch)
    page = window.show_page("visitors")
    assert isinstance(page, VisitorsPage)
    qtbot.waitUntil(page.knows_households)
    assert read_on == ["audit-job"]  # a worker's, not the window's
    page.refresh()
    page.refresh()
    qtbot.wait(50)
    assert len(read_on) == 1  # nobody moved: the names are not opened again

    type_text(qtbot, page.form.unit, "3-2-1501")
    assert page.form.host.text() == "no household lives here"
    live.run(qt_desk.move_in, "3-2-1501", [member("李娜")], "tenant", "2026-03-02")
    page.refresh()
    qtbot.waitUntil(lambda: page.form.host.text() == "李娜")
    assert len(read_on) == 2


def test_no_flat_is_called_empty_before_the_desk_knows_who_lives_where(
    window: MainWindow, live: LiveDesk, qtbot, monkeypatch
) -> None:
    files = live.models.resident_files
    members_by_unit, release = files.members_by_unit, threading.Event()

    def slow(db):  # type: ignore[no-untyped-def]
        release.wait(10)  # a big community's names, still being opened
        return members_by_unit(db)

    monkeypatch.setattr(files, "members_by_unit", slow)
    page = window.show_page("visitors")
    assert isinstance(page, VisitorsPage)
    type_text(qtbot, page.form.unit, "3-2-1601")  # registered, nobody lives there
    assert not page.knows_households()
    assert page.form.host.text() == ""  # not "no household lives here", not yet known
    release.set()
    qtbot.waitUntil(page.knows_households)
    assert page.form.host.text() == "no household lives here"
