"""A ticket is closed by `close_incident`; `close` is the application's own (it shuts the
store), and a batch file written while the catalogue still said `close` runs unchanged."""

from __future__ import annotations

import json

import pytest
from eventsourcing.application import Application

from desktop.cli.batch import apply_batch
from domain import FrontDesk
from domain.application import COMMANDS


def a_resolved_light(desk: FrontDesk) -> str:
    light = desk.report_incident(
        "repair", "lighting", "general", "3-2-1502 门口", "楼道灯不亮", "张伟", "counter"
    )
    desk.resolve(light, "换了灯泡", True)
    return light


@pytest.mark.parametrize("name", ["close_incident", "close"])
def test_a_batch_line_closes_a_ticket_by_either_name(desk: FrontDesk, name: str) -> None:
    light = a_resolved_light(desk)
    line = json.dumps({"command": name, "args": {"incident_id": light}})

    assert list(apply_batch(desk, [line])) == [
        {"line": 1, "command": name, "ok": True, "result": None}
    ]
    assert desk.get_incident(light).state == "closed"


def test_closing_the_desk_is_the_applications_own_close() -> None:
    assert FrontDesk.close is Application.close
    assert "close_incident" in COMMANDS and "close" not in COMMANDS
