"""A repair reported at the counter for a resident of the unit is linked to their household:
the incident panel shows who reported it and what they said, and once the household is
forgotten it shows both as erased, with nothing else of the incident changed."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desktop.live import LiveDesk
from desktop.main_window import MainWindow
from tests.qt.test_incidents import type_in


def test_the_panel_shows_the_reporter_then_erased_once_their_household_is_forgotten(
    window: MainWindow, live: LiveDesk, clock, qtbot
) -> None:
    desk = live.desk
    page = window.show_page("incidents")
    form = page.form
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.kind, "R")  # Repair
    qtbot.keyClick(form.kind, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.category, "P")  # Plumbing
    type_in(form.location, "3号楼2单元1502 厨房")
    qtbot.keyClicks(form.unit, "3-2-1502")
    type_in(form.description, "水管爆裂，张伟 13812345678 在家等")
    type_in(form.reporter, "张伟")
    qtbot.keyClicks(form.channel, "Ph")
    qtbot.keyClick(form.channel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    incident_id = form.last_id
    household = desk.get_unit("3-2-1502").household_id
    assert desk.get_incident(incident_id).reporter_household_id == household

    page.show_record("incident", incident_id)
    panel = page.panel
    assert panel.values["reporter"].text().startswith("张伟 · ")
    assert panel.description.text() == "水管爆裂，张伟 13812345678 在家等"

    live.run(desk.move_out, household, desk.now().date().isoformat())
    clock.advance(timedelta(days=181))
    live.run(desk.forget_personal_data, household)
    page.show_record("incident", incident_id)

    assert panel.values["reporter"].text().startswith("erased · ")
    assert panel.description.text() == "erased"
    assert panel.row.ticket == "R260302-001" and panel.row.location == "3号楼2单元1502 厨房"
