"""Opening a store with many new events keeps the window responsive and shows progress."""

from __future__ import annotations

from desktop.catching_up import catch_up_with_progress
from projections.catalogue import open_read_models


def test_the_read_models_catch_up_off_the_gui_thread_reporting_progress(qt_desk, qtbot) -> None:
    models = open_read_models(qt_desk, catch_up=False)
    assert models.behind() == qt_desk.event_count()
    seen: list[int] = []
    models.changed.append(seen.append)
    catch_up_with_progress(models)
    assert models.behind() == 0
    assert seen == [qt_desk.event_count()]
    with models.reading() as db:
        assert [h.unit for h in models.resident_files.current(db)] == ["3-2-1502"]  # type: ignore[attr-defined]
