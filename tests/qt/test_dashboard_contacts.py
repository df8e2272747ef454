"""The dashboard's counter and hotline (contact KPIs beside their targets, calls, queue waits
by hour, the peak-hours heat map), the staff scorecards (a clerk sees their own, a manager
everyone's and marks teamwork and knowledge), and the knowledge base a manager keeps.

The month, worked by hand (clerk1 at the counter, Monday 2 March 2026 from 09:00 Shanghai):
  A001 and A002 taken at 09:00; A001 called at 09:04 and answered (unit 3-2-1502), A002
  called at 09:12 and answered: waits 4 and 12 min, median 8, 90th percentile 12;
  a phone call from 09:20, referred at 09:22; a missed call at 09:30;
  Wednesday 10:00 3-2-1502 comes back and is answered at 10:05.
  First responses 4, 12, 2, 5 min: 5.75 → 5.8 min. Four contacts closed; resolved at the
  first contact: A002's and Wednesday's (A001's came back within 7 days, the call was
  referred): 2 / 4 = 50 %. Calls 2, answered 1: 50 %. Monday 9 o'clock: 4 contacts.
  Appraisal of clerk1: two cases callbacks 5 and 2 (satisfaction 50 %), efficiency 4 of 4
  answered within 15 min (100 %), teamwork 90, knowledge 70, no complaints:
  (30·50 + 20·100 + 15·90 + 10·70) / 75 = 5550 / 75 = 74.0.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.dashboard.heatmap import shade
from desktop.dashboard.scorecard import RateStaffDialog
from desktop.knowledge.manage import AnswersDialog
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from desktop.usecases import scorecards
from domain import errors
from domain.appraisal import WEIGHTS
from domain.history import HistoryFilter
from projections import contact_kpis
from tests.qt.actions import dashboard_read, dashboard_tab
from tests.support import PASSWORD


@pytest.fixture
def month_of_contacts(live: LiveDesk, qt_desk, clock) -> None:
    run = live.run
    first = run(qt_desk.take_queue_ticket, "enquiry")
    second = run(qt_desk.take_queue_ticket, "enquiry")
    clock.advance(timedelta(minutes=4))
    assert run(qt_desk.call_next, 1) == first
    c1 = run(qt_desk.open_contact, "counter", unit="3-2-1502", queue_ticket=first)
    clock.advance(timedelta(minutes=2))
    run(qt_desk.close_contact, c1, "answered")
    clock.advance(timedelta(minutes=6))  # 09:12
    assert run(qt_desk.call_next, 1) == second
    c2 = run(qt_desk.open_contact, "counter", queue_ticket=second)
    clock.advance(timedelta(minutes=2))
    run(qt_desk.close_contact, c2, "answered")
    clock.advance(timedelta(minutes=6))  # 09:20
    c3 = run(qt_desk.open_contact, "phone", phone="13800138000")
    clock.advance(timedelta(minutes=2))
    run(qt_desk.close_contact, c3, "referred")
    clock.advance(timedelta(minutes=8))  # 09:30
    run(qt_desk.log_missed_call, "13900139000")
    clock.advance(timedelta(days=2, minutes=30))  # Wednesday 10:00
    c4 = run(qt_desk.open_contact, "counter", unit="3-2-1502")
    clock.advance(timedelta(minutes=5))
    run(qt_desk.close_contact, c4, "answered")
    clock.advance(timedelta(days=8))  # past the 7 days: the cases below repeat nothing
    for satisfaction in (5, 2):
        case = run(
            qt_desk.report_incident,
            "repair",
            "plumbing",
            "general",
            "3号楼2单元1502",
            "厨房水管漏水",
            "张伟",
            "phone",
            "3-2-1502",
        )
        run(qt_desk.acknowledge, case)
        run(qt_desk.resolve, case, "更换水管接头", True)
        run(qt_desk.record_callback, case, satisfaction)
    qt_desk.sign_in("admin", PASSWORD)
    qt_desk.add_staff("clerk2", "周敏", "clerk", PASSWORD)
    qt_desk.sign_in("manager1", PASSWORD)
    qt_desk.rate_staff("clerk2", "2026-03", 60, 60)  # another clerk, rated this month
    qt_desk.sign_in("clerk1", PASSWORD)
    live.live_models.catch_up()


@pytest.fixture
def manager_window(qt_desk, settings, qtbot, month_of_contacts) -> Iterator[MainWindow]:
    qt_desk.sign_in("manager1", PASSWORD)
    main = MainWindow(LiveDesk(qt_desk), settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    main.live.stop()


def test_the_counter_and_hotline_kpis_stand_beside_their_targets(
    window: MainWindow, month_of_contacts, qtbot
) -> None:
    page = dashboard_read(window, qtbot)
    assert page.selected_month() == "2026-03"
    panel = page.show_tab("contacts")
    qtbot.waitUntil(lambda: not page.reading)
    shown = {
        measure: (tile.value.text(), tile.target.text(), tile.verdict.text())
        for measure, tile in panel.tiles.items()
    }
    assert shown == {
        "contact_first_response_minutes": ("5.8 min", "target < 15 min", "✓ Met   n = 4"),
        "contact_first_contact_resolution": ("50.0 %", "target > 90 %", "✗ Missed   n = 4"),
        "queue_wait_median": ("8.0 min", "target < 10 min", "✓ Met   n = 2"),
        "queue_wait_p90": ("12.0 min", "target < 20 min", "✓ Met   n = 2"),
        "answer_rate": ("50.0 %", "target ≥ 95 %", "✗ Missed   n = 2"),
    }
    # the counter's measures are apart from the cases'
    assert all(tile.isVisibleTo(panel) for tile in panel.tiles.values())
    assert not page.tiles["first_response_minutes"].isVisibleTo(panel)
    numbers = {key: label.text() for key, label in panel.calls.numbers.items()}
    assert numbers == {"calls": "2", "answered": "1", "missed": "1", "served": "4"}


def test_queue_waits_by_hour_give_the_median_and_the_90th_percentile(
    window: MainWindow, month_of_contacts, qtbot
) -> None:
    chart = dashboard_tab(window, "contacts", qtbot).chart()
    series = next(s for s in chart.series() if isinstance(s, QBarSeries))
    assert {b.label(): [b.at(i) for i in range(b.count())] for b in series.barSets()} == {
        "Median": [8.0],
        "90th percentile": [12.0],
    }
    hours = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    assert hours.categories() == ["9"]


def test_the_heat_map_puts_a_monday_nine_o_clock_contact_in_its_cell(
    window: MainWindow, month_of_contacts, qtbot
) -> None:
    panel = dashboard_tab(window, "contacts", qtbot)
    heat = panel.peak_hours
    qtbot.waitExposed(heat)
    assert heat.count(0, 9) == 4  # Monday 9 o'clock: three contacts and the missed call
    assert heat.count(2, 10) == 1  # Wednesday 10 o'clock
    cell = heat.cell_rect(0, 9)
    assert heat.cell_at(cell.center().x(), cell.center().y()) == (0, 9)
    image = heat.grab().toImage()
    ratio = heat.devicePixelRatioF()
    corner = cell.topLeft() + (cell.bottomRight() - cell.topLeft()) * 0.15
    painted = image.pixelColor(round(corner.x() * ratio), round(corner.y() * ratio))
    assert painted == shade(4, 4)  # the busiest cell, the darkest
    tuesday = heat.cell_rect(1, 9)
    empty = image.pixelColor(
        round((tuesday.left() + 4) * ratio), round((tuesday.top() + 4) * ratio)
    )
    assert empty == shade(0, 4)
    assert "Mon 9:00–10:00, 4 contacts" in panel.busiest.text()


def test_a_clerk_sees_only_their_own_scorecard(
    window: MainWindow, month_of_contacts, qtbot
) -> None:
    panel = dashboard_tab(window, "scorecards", qtbot)
    assert not panel.staff.isVisibleTo(panel)
    assert [panel.staff.itemData(i) for i in range(panel.staff.count())] == ["clerk1"]
    assert not panel.rate_button.isVisibleTo(panel)
    assert not panel.everyone.isVisibleTo(panel)  # nobody else's scores side by side
    assert panel.selected_staff() == "clerk1"
    with pytest.raises(errors.RoleForbidsError):
        scorecards.scorecard(window.live, "manager1", "2026-03")


def test_the_weights_sum_to_100_and_the_total_is_the_weighted_sum(
    manager_window: MainWindow, qtbot
) -> None:
    assert sum(WEIGHTS.values()) == 100
    panel = dashboard_tab(manager_window, "scorecards", qtbot)
    assert panel.staff.isVisibleTo(panel) and panel.rate_button.isVisibleTo(panel)
    everyone = [panel.staff.itemData(i) for i in range(panel.staff.count())]
    assert everyone == ["clerk1", "clerk2"]
    panel.staff.setCurrentIndex(panel.staff.findData("clerk1"))
    table = panel.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [
        ["Satisfaction", "30 %", "50.0"],
        ["Complaint handling", "25 %", "—"],
        ["Efficiency", "20 %", "100.0"],
        ["Teamwork", "15 %", "—"],
        ["Knowledge", "10 %", "—"],
    ]
    assert sum(int(row[1].rstrip(" %")) for row in rows) == 100
    assert table.item(0, 3).text() == "2 satisfaction callbacks: share satisfied or better"
    assert panel.total.text() == "Total 70.0 of 100"  # (30·50 + 20·100) / 50 = 3500 / 50

    # the manager marks clerk1's teamwork and knowledge
    qtbot.mouseClick(panel.rate_button, Qt.MouseButton.LeftButton)
    dialog = panel.rate_dialog
    assert isinstance(dialog, RateStaffDialog)
    dialog.teamwork.setValue(90)
    dialog.knowledge.setValue(70)
    dialog.comment.setPlainText("耐心细致")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.item(3, 2).text() == "90.0")
    assert table.item(4, 2).text() == "70.0"
    assert table.item(3, 3).text() == "a manager's mark"
    assert panel.total.text() == "Total 74.0 of 100"  # 5550 / 75
    assert panel.card is not None and panel.card.total == 74.0
    assert panel.rating.text() == "Marked by 赵磊: 耐心细致"
    card = manager_window.live.read(
        lambda db: manager_window.live.models.staff_scores.scorecard(db, "clerk1", "2026-03")
    )
    assert (card.rated_by, card.comment) == ("manager1", "耐心细致")
    # everyone side by side: clerk2 has only the marks, 60 and 60
    overview = panel.overview
    totals = {
        overview.item(r, 0).text(): overview.item(r, overview.columnCount() - 1).text()
        for r in range(overview.rowCount())
    }
    assert totals == {"李娜 (clerk1)": "74.0", "周敏 (clerk2)": "60.0"}


def test_the_scorecard_prints_through_the_desk_s_printer(
    manager_window: MainWindow, tmp_path, qtbot
) -> None:
    panel = dashboard_tab(manager_window, "scorecards", qtbot)
    panel.staff.setCurrentIndex(panel.staff.findData("clerk1"))
    sent: list[tuple[bytes, str]] = []

    class Printer:
        def send(self, pdf: bytes, title: str, parent: object = None) -> bool:
            sent.append((pdf, title))
            return True

    panel.output = Printer()
    assert panel.print_scorecard()
    assert sent[0][0].startswith(b"%PDF") and sent[0][1] == "Scorecard clerk1 2026-03"
    assert panel.message.text() == "Scorecard printed."
    printed = manager_window.live.desk.history(
        filters=HistoryFilter(event_type="AuditTrail.ReportPrinted")
    )
    assert [row.data["period"] for row in printed] == ["2026-03 clerk1"]


def test_a_manager_publishes_revises_and_retires_an_answer(live: LiveDesk, qt_desk, qtbot) -> None:
    qt_desk.sign_in("manager1", PASSWORD)
    live.signed_in_again()
    dialog = AnswersDialog(live)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.publish_button.isVisible()
    assert dialog.retire_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert not dialog.retire_button.isDefault()

    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    editor.question.setText("地下车库充电桩怎么申请？")
    editor.answer.setPlainText("携带车位产权或租赁证明到服务中心登记，物业安排电力勘察。")
    editor.category.setCurrentIndex(editor.category.findData("parking"))
    editor.keywords.setText("充电桩、新能源")
    qtbot.mouseClick(editor.ok, Qt.MouseButton.LeftButton)
    answer_id = editor.answer_id
    assert answer_id

    dialog.search.setText("充電樁")  # traditional characters find it too
    assert [row.answer_id for row in dialog.rows] == [answer_id]
    assert dialog.selected() is not None and dialog.selected().answer_id == answer_id

    qtbot.mouseClick(dialog.revise_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor.question.text() == "地下车库充电桩怎么申请？"
    editor.answer.setPlainText("携带车位证明到服务中心登记；物业三个工作日内安排勘察。")
    qtbot.mouseClick(editor.ok, Qt.MouseButton.LeftButton)
    assert dialog.detail.toPlainText() == "携带车位证明到服务中心登记；物业三个工作日内安排勘察。"
    assert "revised 1 times" in dialog.about.text()

    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    retire = dialog.retire_dialog
    retire.reason.setCurrentText("规定已更新")
    qtbot.mouseClick(retire.ok, Qt.MouseButton.LeftButton)
    box = retire._confirmation
    assert isinstance(box, QMessageBox)
    assert box.defaultButton().text() != retire.ok.text()  # going back is the default
    act = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    qtbot.mouseClick(act, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.rows)
    base = live.models.knowledge_base
    assert live.read(lambda db: base.search(db, "充电桩")) == []
    dialog.show_retired.setChecked(True)
    assert [row.answer_id for row in dialog.rows] == [answer_id]
    assert dialog.table.item(0, 0).text().endswith("(retired)")
    assert dialog.about.text() == "Retired: 规定已更新"
    assert not dialog.revise_button.isEnabled() and not dialog.retire_button.isEnabled()


def test_a_clerk_reads_the_answers_and_changes_none(live: LiveDesk, qt_desk, qtbot) -> None:
    qt_desk.sign_in("manager1", PASSWORD)
    qt_desk.publish_answer(
        "物业费包括哪些服务？", "公共区域保洁、绿化、秩序维护。", "fees", "物业费"
    )
    qt_desk.sign_in("clerk1", PASSWORD)
    live.live_models.catch_up()
    dialog = AnswersDialog(live)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setText("物業")
    assert [row.question for row in dialog.rows][:1] == ["物业费包括哪些服务？"]
    for button in (dialog.publish_button, dialog.revise_button, dialog.retire_button):
        assert not button.isVisible()


def test_the_counter_and_scorecard_tabs_read_their_month_off_the_gui_thread(
    manager_window: MainWindow, qtbot, monkeypatch
) -> None:
    """A month of ten years of contacts is a quarter of a second cold: the window goes on
    answering while the tab reads it, and a reading that fails says so."""
    live = manager_window.live
    read_on: list[str] = []
    month_totals, scorecard = contact_kpis.month_totals, live.models.staff_scores.scorecard

    def totals_noted(db, month=None, since=None):  # type: ignore[no-untyped-def]
        read_on.append(threading.current_thread().name)
        return month_totals(db, month, since)

    def card_noted(db, username, month):  # type: ignore[no-untyped-def]
        read_on.append(threading.current_thread().name)
        return scorecard(db, username, month)

    monkeypatch.setattr(contact_kpis, "month_totals", totals_noted)
    monkeypatch.setattr(live.models.staff_scores, "scorecard", card_noted)
    panel = dashboard_tab(manager_window, "contacts", qtbot)
    assert panel.calls.numbers["calls"].text() == "2"
    cards = dashboard_tab(manager_window, "scorecards", qtbot)
    assert cards.selected_staff() == "clerk1"
    assert cards.total.text() == "Total 70.0 of 100"
    cards.staff.setCurrentIndex(cards.staff.findData("clerk2"))  # shown from what was read
    assert cards.total.text() == "Total 60.0 of 100"
    # the month's totals (the cases' tab reads them too), clerk1's and clerk2's cards
    assert len(read_on) >= 3 and set(read_on) == {"audit-job"}

    def broken(db, month=None, since=None):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(contact_kpis, "month_totals", broken)
    page = manager_window.show_page("dashboard")
    page.show_tab("contacts")
    qtbot.waitUntil(lambda: not page.reading)
    assert panel.busiest.text() == "This month could not be read. Show the dashboard again."
    assert panel.calls.numbers["calls"].text() == "2"  # what was read before stays


def test_a_month_asked_for_while_a_reading_fails_is_still_read(
    window: MainWindow, month_of_contacts, qtbot, monkeypatch
) -> None:
    """March is read; the clerk picks February meanwhile; March's reading fails (the disk
    busy a moment). February is read and shown all the same, not March's failure."""
    panel = dashboard_tab(window, "contacts", qtbot)
    month_totals = contact_kpis.month_totals
    gate, entered, asked = threading.Event(), threading.Event(), []

    def flaky(db, month=None, since=None):  # type: ignore[no-untyped-def]
        asked.append(month)
        if len(asked) == 1:
            entered.set()
            gate.wait(5)
            raise RuntimeError("database is locked")
        return month_totals(db, month, since)

    monkeypatch.setattr(contact_kpis, "month_totals", flaky)
    panel.show_month("2026-03")
    assert entered.wait(5)
    panel.show_month("2026-02")
    gate.set()
    qtbot.waitUntil(lambda: not panel.reading)
    assert asked == ["2026-03", "2026-02"]
    assert panel.peak_title.text().startswith("Peak hours, 2026-02")
    assert panel.busiest.text() == "No contacts this month."


def test_scorecards_read_as_the_desk_is_locked_are_dropped(
    manager_window: MainWindow, qtbot
) -> None:
    """Read with the manager's rights, they arrive after Ctrl+L: nobody is signed in, the
    workspace is thrown away, and nothing is shown or raised."""
    panel = dashboard_tab(manager_window, "scorecards", qtbot)
    panel.cards = {}
    panel.show_month(panel.month)
    job = panel.cards_read._job
    assert job is not None and job.done.wait(5)  # read; not yet handed to the window
    manager_window.lock()
    qtbot.wait(200)  # an exception in a slot would fail the test here (pytest-qt)
    assert manager_window.locked
    assert panel.cards == {}
