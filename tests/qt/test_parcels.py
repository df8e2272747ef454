"""The Parcels workspace, driven from the keyboard on the real widgets: a parcel received by
its scanned waybill in 3 actions beyond the unit typed, thirty in a row with the cursor
always back in the scan field, one handed over by its pickup code in 3, a wrong code that
records nothing, the return to the courier never where the focus is, the flat's waiting
parcels wherever its unit is typed, and an overdue parcel and item on Today."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.parcels.page import ParcelsPage
from desktop.today.page import TodayPage
from desktop.usecases.caller import caller_pop
from desktop.usecases.parcels import guess_carrier
from domain import FrontDesk, SimulatedClock
from tests.qt.actions import Actions, Printer, households_read_on, recorded, today_read, workspace
from tests.support import member

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def page(window: MainWindow, qtbot) -> ParcelsPage:
    found = window.page("parcels")
    assert isinstance(found, ParcelsPage)
    found.output = Printer()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()  # the desk as the clerk finds it
    return found


def received(act: Actions, window: MainWindow, page: ParcelsPage, desk: FrontDesk) -> str:
    """A parcel for 3-2-1502 received by its scanned waybill onto shelf A-3: its pickup
    code."""
    page.receive.shelf.setText("A-3")
    act.key(workspace(window, "parcels"), CTRL)
    act.scan("SF1234567890123")
    act.type("3-2-1502", into=page.receive.unit.unit)
    act.key(Qt.Key.Key_Return)
    return str(desk.get_parcel(page.receive.last_id).pickup_code)


def test_the_workspaces_keep_a_key_each(window: MainWindow) -> None:
    texts = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert texts[4] == "Parcels  Ctrl+5" and texts[9] == "Audit  Ctrl+0"
    assert {guess_carrier(b) for b in ("SF1234567890", "sf 1234 5678")} == {"顺丰"}
    assert [guess_carrier(b) for b in ("JDVA0012345", "ZTO7788", "ZT7788", "EA123456789CN")] == [
        "京东",
        "中通",
        "中通",
        "邮政",
    ]
    assert guess_carrier("773012345678") == ""  # digits alone name no courier


def test_a_parcel_is_received_by_scan_in_3_actions_and_its_label_prints(
    window: MainWindow, page: ParcelsPage, qt_desk: FrontDesk, qtbot
) -> None:
    act = Actions(qtbot, window)
    before = qt_desk.event_count()
    page.receive.shelf.setText("A-3")  # the shelf the last parcel went on
    act.key(workspace(window, "parcels"), CTRL)  # Parcels: the cursor in the scan field
    assert page.receive.scan.hasFocus()
    act.scan("SF1234567890123")  # the courier's Code 128, typed by the scanner with its Enter
    assert page.receive.carrier.currentText() == "顺丰"
    act.type("3-2-1502", into=page.receive.unit.unit)
    act.key(Qt.Key.Key_Return)  # recorded
    assert recorded(qt_desk, before) == ["Received", "Assigned"]
    act.key(Qt.Key.Key_P, CTRL)  # its shelf label
    act.within(3)
    parcel = qt_desk.get_parcel(page.receive.last_id)
    assert (str(parcel.unit), parcel.carrier, parcel.waybill, parcel.shelf) == (
        "3-2-1502",
        "顺丰",
        "SF1234567890123",
        "A-3",
    )
    assert parcel.pickup_code in page.receive.result.text()
    assert page.receive.scan.hasFocus()  # ready for the next parcel, the label still drawn
    qtbot.waitUntil(lambda: page.output.sent == [f"Shelf label {parcel.pickup_code}"])
    assert page.shelf.model.rowCount() == 1


def test_the_shelf_label_is_drawn_off_the_window_s_thread_and_a_failed_one_is_said(
    window: MainWindow, page: ParcelsPage, qt_desk: FrontDesk, qtbot, monkeypatch
) -> None:
    """Drawn while the window waited, each label held the next scan back."""
    import threading

    from desktop.printer import drawn

    drawn_on: list[str] = []

    def noted(function, *args, **kwargs):  # type: ignore[no-untyped-def]
        drawn_on.append(threading.current_thread().name)
        return drawn(function, *args, **kwargs)

    monkeypatch.setattr("desktop.printer.drawn", noted)
    act = Actions(qtbot, window)
    code = received(act, window, page, qt_desk)
    act.key(Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: page.output.sent == [f"Shelf label {code}"])
    assert drawn_on == ["audit-job"]  # a worker's

    def broken(function, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("no space left on device")

    monkeypatch.setattr("desktop.printer.drawn", broken)
    act.key(Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: page.receive.error.isVisible())
    assert page.receive.error.text() == (
        "The shelf label could not be printed; the parcel is on the shelf."
    )
    assert page.receive.scan.hasFocus()
    assert page.output.sent == [f"Shelf label {code}"]
    assert page.shelf.model.rowCount() == 1


def test_a_label_asked_for_just_before_the_desk_is_locked_still_prints(
    window: MainWindow, page: ParcelsPage, qt_desk: FrontDesk, qtbot
) -> None:
    """Ctrl+P, then Ctrl+L at once as the receptionist walks away: the lock throws the page
    away, not the label being drawn for it."""
    act = Actions(qtbot, window)
    code = received(act, window, page, qt_desk)
    printer = page.output
    act.key(Qt.Key.Key_P, CTRL)
    window.lock()
    qtbot.waitUntil(lambda: printer.sent == [f"Shelf label {code}"])


def test_thirty_parcels_in_a_row_keep_the_cursor_in_the_scan_field(
    window: MainWindow, page: ParcelsPage, qt_desk: FrontDesk, qtbot
) -> None:
    qt_desk.move_in("3-2-1501", [member("李娜")], "tenant", "2026-03-02")
    act = Actions(qtbot, window)
    act.key(workspace(window, "parcels"), CTRL)
    page.receive.shelf.setText("B-1")
    before = qt_desk.event_count()
    for n in range(30):
        assert page.receive.scan.hasFocus(), f"parcel {n}: {QApplication.focusWidget()}"
        act.scan(f"ZTO{7700000 + n}")
        act.type("3-2-1501" if n % 2 else "3-2-1502", into=page.receive.unit.unit)
        act.key(Qt.Key.Key_Return)
    assert page.receive.scan.hasFocus()
    assert recorded(qt_desk, before).count("Received") == 30
    act.within(31)  # Ctrl+5, then one Enter each
    counts = page.live.read(page.live.models.parcel_shelf.waiting_counts)
    assert counts == {"3-2-1501": 15, "3-2-1502": 15}
    assert {(r.carrier, r.shelf) for r in page.shelf.model.rows()} == {("中通", "B-1")}
    act.scan("ZTO7700003")  # the same parcel again: said at once, before its unit is typed
    assert "Already received for 3-2-1501" in page.receive.error.text()
    assert page.receive.scan.hasFocus()


def receive(live: LiveDesk, desk: FrontDesk, waybill: str, shelf: str = "A-1") -> str:
    parcel = live.run(desk.receive_parcel, "3-2-1502", "京东", waybill, shelf)
    return desk.get_parcel(parcel).pickup_code


def test_a_parcel_is_handed_over_by_its_code_in_3_actions(
    window: MainWindow, page: ParcelsPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    code = receive(live, qt_desk, "JD0001", "C-2")
    receive(live, qt_desk, "JD0002", "C-5")
    act = Actions(qtbot, window)
    before = qt_desk.event_count()
    act.key(workspace(window, "parcels"), CTRL)
    act.key(Qt.Key.Key_F3)  # the pickup code field
    act.type(code, into=page.hand.code)
    shown = page.hand.parcel.text()  # as it is typed: where it is, and the flat's others
    assert "3-2-1502 · shelf C-2" in shown and "Also waiting for this flat (1): C-5" in shown
    act.key(Qt.Key.Key_Return)
    act.within(3)
    assert recorded(qt_desk, before) == ["PickedUp"]
    row = live.read(lambda db: live.models.parcel_shelf.by_code(db, code))
    assert (row.state, row.proof, row.picked_up_by) == ("picked_up", "code", "3-2-1502")
    assert "1 more waiting for this flat" in page.hand.error.text()
    assert page.hand.code.hasFocus()


def test_a_wrong_code_says_so_and_records_nothing(
    window: MainWindow, page: ParcelsPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    code = receive(live, qt_desk, "JD0003")
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    act = Actions(qtbot, window)
    before = qt_desk.event_count()
    act.key(workspace(window, "parcels"), CTRL)
    act.key(Qt.Key.Key_F3)
    act.type(wrong, into=page.hand.code)
    assert "No parcel has this code" in page.hand.parcel.text()
    act.key(Qt.Key.Key_Return)
    assert page.hand.error.text() == f"No parcel has the code {wrong}: nothing was handed over."
    act.type("12", into=page.hand.code)  # half a code
    act.key(Qt.Key.Key_Return)
    assert "6-digit pickup code" in page.hand.error.text()
    assert qt_desk.event_count() == before
    assert page.hand.code.hasFocus()


def test_id_checked_and_return_are_keys_and_return_never_takes_the_focus(
    window: MainWindow, page: ParcelsPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    receive(live, qt_desk, "JD0004", "D-1")
    receive(live, qt_desk, "JD0005", "D-2")
    act = Actions(qtbot, window)
    act.key(workspace(window, "parcels"), CTRL)
    returning = page.hand.return_button
    assert returning.focusPolicy() == Qt.FocusPolicy.NoFocus and not returning.isDefault()
    for button in page.findChildren(QPushButton):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus or not button.property("destructive")
    page.shelf.table.setFocus()
    page.shelf.table.selectRow(0)
    before = qt_desk.event_count()
    act.key(Qt.Key.Key_Return)  # the oldest parcel, shown for handing over
    assert page.hand.current is not None and page.hand.current.shelf == "D-1"
    act.key(Qt.Key.Key_I, ALT)  # an ID seen: who is it?
    assert page.hand.person.hasFocus() and qt_desk.event_count() == before
    act.type("张伟", into=page.hand.person)
    act.key(Qt.Key.Key_Return)
    rows = live.read(lambda db: live.models.parcel_shelf.recent(db))
    assert {(r.shelf, r.proof, r.picked_up_by) for r in rows} == {
        ("D-1", "id_check", "张伟"),
        ("D-2", "", ""),
    }
    for _ in range(12):  # Tab all round the page: never the return button
        act.key(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not returning
    page.shelf.table.setFocus()
    page.shelf.table.selectRow(0)
    act.key(Qt.Key.Key_Return)
    assert page.hand.current.shelf == "D-2"
    qtbot.waitUntil(lambda: page.hand.person.hasFocus())
    before = qt_desk.event_count()
    act.key(Qt.Key.Key_R, ALT)  # back to the courier: why?
    dialog = page.hand.reason_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.reason.hasFocus())
    act.key(Qt.Key.Key_Down)  # the first reason offered
    act.key(Qt.Key.Key_Return)  # asks; Enter again goes back, recording nothing
    box = dialog._confirmation
    qtbot.waitUntil(box.isVisible)
    act.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog._confirmation is None)
    assert qt_desk.event_count() == before and dialog.isVisible()
    act.key(Qt.Key.Key_Return)
    box = dialog._confirmation
    qtbot.waitUntil(box.isVisible)
    (returns,) = [b for b in box.buttons() if b.text() == "Return to courier"]
    act.click(returns)  # pressed on purpose
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert recorded(qt_desk, before) == ["Returned"]
    assert page.shelf.model.rowCount() == 0
    assert "Returned to the courier: 3-2-1502, shelf D-2." in page.hand.error.text()


def test_the_flats_waiting_parcels_show_where_its_unit_is_typed(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, clock: SimulatedClock
) -> None:
    receive(live, qt_desk, "JD0006", "E-4")
    pop = caller_pop(live, "3-2-1502")
    assert [p.shelf for p in pop.cards[0].parcels_waiting] == ["E-4"]
    counter = window.page("counter")
    counter.caller.search.setText("3-2-1502")
    counter.caller.look_up()
    assert "Parcels waiting" in counter.caller.card.text() and "E-4" in counter.caller.card.text()
    residents = window.show_page("residents")
    household = qt_desk.get_unit("3-2-1502").household_id
    residents.show_record("household", household)
    assert "E-4" in residents.view.parcels.text()
    live.run(qt_desk.set_instruction, "3-2-1502", "away", note="出差，包裹代收", until="2026-03-20")
    page = window.show_page("parcels")
    assert isinstance(page, ParcelsPage)
    page.receive.unit.unit.setText("3-2-1502")  # receiving for the flat: it is away
    assert "出差，包裹代收" in page.receive.instructions.text()
    assert page.receive.instructions.isVisibleTo(page)
    page.shelf.table.row_activated.emit(page.shelf.model.rows()[0])  # and handing over
    assert "2026-03-20" in page.hand.instructions.text()


def test_an_overdue_parcel_and_item_show_on_today_and_open_their_record(
    window: MainWindow, live: LiveDesk, qt_desk: FrontDesk, clock: SimulatedClock, qtbot
) -> None:
    receive(live, qt_desk, "JD0007", "F-1")
    item = live.run(qt_desk.add_item, "轮椅 1号", "wheelchair")
    live.run(
        qt_desk.lend_item, item, "3-2-1502", "张伟", (clock.now() + timedelta(days=1)).isoformat()
    )
    clock.advance(timedelta(days=3, hours=2))
    live.live_models.catch_up()
    today = today_read(window, qtbot)
    assert isinstance(today, TodayPage)
    rows = today.callbacks.rows()
    assert [(r["kind"], r["ref"]) for r in rows] == [
        ("parcel", "3-2-1502 · F-1"),
        ("item", "轮椅 1号 · 3-2-1502"),
    ]
    assert today.cards["callbacks"].count.property("alert")
    table = today.cards["callbacks"].table
    table.row_activated.emit(rows[0])
    page = window.stack.currentWidget()
    assert isinstance(page, ParcelsPage) and page.hand.current.shelf == "F-1"
    assert page.shelf.count.text() == "1 waiting · 1 over 3 days"
    waited = page.shelf.model.index(0, 5)
    assert page.shelf.model.data(waited, Qt.ItemDataRole.ForegroundRole) is not None  # red


def test_a_key_is_lent_only_to_someone_the_flat_authorised_and_the_refusal_says_why(
    window: MainWindow, page: ParcelsPage, live: LiveDesk, qt_desk: FrontDesk, qtbot
) -> None:
    key = live.run(qt_desk.add_item, "备用钥匙", "key", "3-2-1502")
    act = Actions(qtbot, window)
    act.key(workspace(window, "parcels"), CTRL)
    items = page.items
    assert [r.name for r in items.model.rows()] == ["备用钥匙"]
    items.table.selectRow(0)
    act.click(items.lend_button)
    dialog = items.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.person.hasFocus()  # the flat is the key's own
    before = qt_desk.event_count()
    act.type("陌生人", into=dialog.person)
    act.key(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text().startswith("This person is not on 3-2-1502's list")
    assert qt_desk.event_count() == before
    dialog.person.clear()
    act.type("张伟", into=dialog.person)
    act.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    row = items.model.rows()[0]
    assert (row.item_id, row.lent_to_unit, row.person) == (key, "3-2-1502", "张伟")
    assert items.count.text() == "1 out"
    items.table.selectRow(0)
    act.click(items.return_button)
    assert not items.model.rows()[0].out


def test_the_parcels_page_learns_who_lives_where_off_the_gui_thread(
    window: MainWindow, live: LiveDesk, qtbot, monkeypatch
) -> None:
    read_on = households_read_on(live, monkeypatch)
    page = window.show_page("parcels")
    assert isinstance(page, ParcelsPage)
    qtbot.waitUntil(lambda: page.households.households is not None)
    assert read_on == ["audit-job"]  # a worker's, not the window's
    assert page.households.households["3-2-1502"] == "张伟"
    page.refresh()
    page.refresh()
    qtbot.wait(50)
    assert len(read_on) == 1  # nobody moved: the names are not opened again
