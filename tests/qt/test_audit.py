"""The audit workspace: the log narrowed by operator, event, unit and time, read a page at a
time; a repair's life stepped through with the keyboard; verifying the chain; an export by
the auditor, and none by a clerk."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.audit import log as audit_log
from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from domain import FrontDesk, SimulatedClock
from tests.support import PASSWORD


def report_leak(live: LiveDesk, unit: str = "3-2-1502") -> str:
    return live.run(
        live.desk.report_incident,
        "repair",
        "plumbing",
        "general",
        "3号楼2单元1502 厨房",
        "水管漏水",
        "张伟",
        "phone",
        unit,
    )


def loaded(page) -> bool:
    return page.history.model.rowCount() > 0 and not page.history.model.loading


def shown(page) -> list:
    return page.history.rows()


def wait_loaded(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.history.model.loading, timeout=5000)


@pytest.fixture
def auditor_window(qt_desk: FrontDesk, settings: QSettings, qtbot):
    qt_desk.sign_in("auditor1", PASSWORD)
    live = LiveDesk(qt_desk)
    main = MainWindow(live, settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    live.stop()


def test_the_log_shows_every_event_in_order_with_who_and_where(
    window: MainWindow, qt_desk: FrontDesk, qtbot
) -> None:
    page = window.show_page("audit")
    qtbot.waitUntil(lambda: loaded(page), timeout=5000)
    rows = shown(page)
    assert [r.position for r in rows] == list(range(1, qt_desk.event_count() + 1))
    assert rows[-1].type == "MovedIn" and rows[-1].operator == "clerk1"
    model = page.history.model
    last = model.rowCount() - 1
    assert model.index(last, 1).data() == "2026-03-02 09:00:00"  # Asia/Shanghai
    assert model.index(last, 3).data() == "desk-1"
    assert model.index(last, 4).data() == "Moved in"
    assert "Unit=3-2-1502" in model.index(last, 6).data()  # fields by their names


def test_the_operator_filter_shows_only_that_operators_events(window: MainWindow, qtbot) -> None:
    page = window.show_page("audit")
    qtbot.waitUntil(lambda: loaded(page), timeout=5000)
    everyone = len(shown(page))
    history = page.history
    history.operator.setCurrentIndex(history.operator.findData("manager1"))
    wait_loaded(qtbot, page)
    rows = shown(page)
    assert {r.operator for r in rows} == {"manager1"}
    assert [r.type for r in rows] == ["Registered"] * 4  # the four units
    assert "4 matching events" in history.status.text()
    qtbot.mouseClick(history.clear_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, page)
    assert len(shown(page)) == everyone


def test_the_event_unit_and_time_filters_narrow_the_log(
    window: MainWindow, live: LiveDesk, clock: SimulatedClock, qtbot
) -> None:
    clock.advance(timedelta(hours=5))  # 14:00
    report_leak(live)
    clock.advance(timedelta(minutes=32))  # 14:32
    report_leak(live, "3-2-1601")
    page = window.show_page("audit")
    history = page.history
    qtbot.waitUntil(lambda: loaded(page), timeout=5000)

    history.event_type.setCurrentIndex(history.event_type.findData("Incident.Reported"))
    wait_loaded(qtbot, page)
    assert len(shown(page)) == 2

    qtbot.keyClicks(history.unit, "3-2-1502")
    qtbot.keyClick(history.unit, Qt.Key.Key_Return)
    wait_loaded(qtbot, page)
    assert [r.data["unit"] for r in shown(page)] == ["3-2-1502"]

    history.unit.clear()
    history.since_check.setChecked(True)
    history.since.setDateTime(
        history.since.dateTime().fromString("2026-03-02 14:30:00", "yyyy-MM-dd HH:mm:ss")
    )
    history.apply_filters()
    wait_loaded(qtbot, page)
    assert [r.data["unit"] for r in shown(page)] == ["3-2-1601"]


def test_a_refused_filter_says_why(window: MainWindow, qtbot) -> None:
    page = window.show_page("audit")
    history = page.history
    qtbot.keyClicks(history.unit, "3-2")
    history.apply_filters()
    wait_loaded(qtbot, page)
    assert history.filter_error.isVisibleTo(page)
    assert "Unit number" in history.filter_error.text()
    assert shown(page) == []


def test_the_log_is_read_a_page_at_a_time(window: MainWindow, qt_desk, monkeypatch, qtbot):
    reads: list[tuple[int, int]] = []
    real = audit_log.read_page

    def counted(desk, start, limit, filters):
        reads.append((start, limit))
        return real(desk, start, limit, filters)

    monkeypatch.setattr(audit_log, "PAGE_SIZE", 5)
    monkeypatch.setattr(audit_log, "read_page", counted)
    page = window.show_page("audit")
    qtbot.waitUntil(lambda: loaded(page), timeout=5000)
    count = qt_desk.event_count()
    assert reads[0] == (count - 4, 5)  # it opens at the latest events, not at event #1
    assert [r.position for r in shown(page)] == list(range(count - 4, count + 1))
    model = page.history.model
    earlier = page.history.earlier
    assert earlier.isVisible()
    while model.has_earlier or model.loading:  # "Earlier events…", page by page
        if not model.loading:
            qtbot.mouseClick(earlier, Qt.MouseButton.LeftButton)
        qtbot.wait(10)
    assert [r.position for r in shown(page)] == list(range(1, count + 1))
    assert all(limit <= 5 for _, limit in reads)
    assert len(reads) >= count // 5
    assert not earlier.isVisible()


def test_a_repairs_life_steps_back_and_forth(
    window: MainWindow, live: LiveDesk, clock: SimulatedClock, qtbot
) -> None:
    incident = report_leak(live)
    clock.advance(timedelta(minutes=10))
    live.run(live.desk.acknowledge, incident)
    clock.advance(timedelta(minutes=5))
    live.run(live.desk.dispatch, incident, "工程部 钱师傅")
    page = window.show_page("audit")
    qtbot.waitUntil(lambda: loaded(page), timeout=5000)
    history = page.history
    row = next(r for r in shown(page) if r.aggregate_id == incident)
    history.table.row_activated.emit(row)  # double-click or Enter on the row
    timeline = page.timeline
    assert page.views.currentWidget() is timeline
    qtbot.waitUntil(lambda: len(timeline.steps) == 3, timeout=5000)

    assert timeline.index == 2  # the latest step first
    assert timeline.step_title.text() == "Dispatched"
    assert "09:15:00" in timeline.step_meta.text() and "clerk1" in timeline.step_meta.text()
    assert {"state", "assignee"} <= set(timeline.state.changed_fields)
    assert "Changed:" in timeline.changes.text()
    assert not timeline.next_button.isEnabled()

    timeline.table.setFocus()
    qtbot.keyClick(timeline.table, Qt.Key.Key_Left)
    assert timeline.index == 1
    assert timeline.step_title.text() == "Acknowledged"
    assert "state" in timeline.state.changed_fields
    qtbot.keyClick(timeline.table, Qt.Key.Key_PageUp)
    assert timeline.index == 0
    assert timeline.changes.text() == "The record begins here."
    assert not timeline.previous_button.isEnabled()
    state = {
        timeline.state.item(r, 0).text(): timeline.state.item(r, 1).text()
        for r in range(timeline.state.rowCount())
    }
    assert state["State"] == "Reported"  # fields and stored codes by their names
    qtbot.keyClick(timeline.table, Qt.Key.Key_PageDown)
    qtbot.mouseClick(timeline.next_button, Qt.MouseButton.LeftButton)
    assert timeline.index == 2


def test_a_pasted_record_id_opens_its_timeline_and_a_wrong_one_says_so(
    window: MainWindow, live: LiveDesk, qtbot
) -> None:
    incident = report_leak(live)
    page = window.show_page("audit")
    page.show_view(page.timeline)
    timeline = page.timeline
    qtbot.keyClicks(timeline.record, incident)
    qtbot.keyClick(timeline.record, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(timeline.steps) == 1, timeout=5000)
    assert "Incident" in timeline.title.text()
    timeline.record.clear()
    qtbot.keyClicks(timeline.record, "not-a-record")
    qtbot.keyClick(timeline.record, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: timeline.error.isVisibleTo(page), timeout=5000)
    assert timeline.steps == []


def test_the_header_shows_the_head_of_the_log(window: MainWindow, qt_desk, qtbot) -> None:
    page = window.show_page("audit")
    text = page.head.text()
    assert f"#{qt_desk.event_count()}" in text
    chain_head = getattr(qt_desk.recorder, "chain_head", None)
    if chain_head is not None:
        assert chain_head()[1][:16] in text


def test_verifying_the_log_shows_it_intact_with_its_head(window: MainWindow, qt_desk, qtbot):
    page = window.show_page("audit")
    page.show_view(page.integrity)
    panel = page.integrity
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.report is not None, timeout=10000)
    assert panel.report.ok
    text = panel.verdict.text()
    assert f"{qt_desk.event_count()} events checked" in text
    assert panel.report.head_digest in text
    assert panel.verdict.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_a_head_written_down_earlier_is_checked_too(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    position, digest = qt_desk.chain_head()  # what the auditor wrote down last month
    report_leak(live)
    page = window.show_page("audit")
    panel = page.integrity
    assert page.head.toolTip() == f"{qt_desk.chain_head()[0]}:{qt_desk.chain_head()[1]}"

    qtbot.keyClicks(panel.expect, f"{position}:{digest}")
    qtbot.keyClick(panel.expect, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.report is not None, timeout=10000)
    assert panel.report.ok
    assert f"#{position}, is unchanged" in panel.verdict.text()

    panel.expect.setText(f"{position}:{'0' * 64}")
    panel.verify()
    qtbot.waitUntil(lambda: panel.report is not None, timeout=10000)
    assert not panel.report.ok and panel.report.problem == "head_changed"
    assert panel.verdict.text().startswith("✗")

    panel.expect.setText("yesterday's head")
    panel.verify()
    assert "POSITION:DIGEST" in panel.verdict.text()


def test_an_auditor_exports_the_history_to_an_empty_folder(
    auditor_window: MainWindow, qt_desk: FrontDesk, tmp_path, qtbot
) -> None:
    pytest.importorskip("projections.export")
    page = auditor_window.show_page("audit")
    page.show_view(page.integrity)
    panel = page.integrity
    assert panel.export_button.isEnabled()
    folder = tmp_path / "export"
    panel.choose_folder = lambda: folder
    before = qt_desk.event_count()
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.manifest is not None, timeout=20000)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["event_count"] == before
    assert str(folder) in panel.export_result.text()
    recorded = list(qt_desk.history(before + 1))
    assert recorded[-1].type == "HistoryExported"  # the export is recorded, with who took it
    assert recorded[-1].operator == "auditor1"
    assert panel.export_button.isEnabled()


def test_a_clerk_cannot_export(window: MainWindow, qtbot) -> None:
    page = window.show_page("audit")
    panel = page.integrity
    assert not panel.export_button.isEnabled()
    assert "auditor" in panel.export_button.toolTip()
    panel.choose_folder = lambda: pytest.fail("no folder is asked for")
    panel.export()


def test_events_recorded_meanwhile_join_the_end_of_the_log(
    window: MainWindow, live: LiveDesk, qt_desk, qtbot
) -> None:
    page = window.show_page("audit")
    qtbot.waitUntil(lambda: loaded(page), timeout=5000)
    before = len(shown(page))
    report_leak(live)  # the desk moves on: the page shown reads what is new
    qtbot.waitUntil(lambda: len(shown(page)) == qt_desk.event_count() > before, timeout=5000)
    assert shown(page)[-1].type == "Reported"


def test_every_event_the_domain_records_has_a_name_on_the_audit_screens(qapp) -> None:
    from desktop.audit.names import event_names
    from domain.history import event_types

    recorded = set(event_types())
    assert "Household.PersonalDataErased" in recorded
    assert recorded <= set(event_names()), sorted(recorded - set(event_names()))
