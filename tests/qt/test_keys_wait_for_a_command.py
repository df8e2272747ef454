"""Keys typed while a command is being written wait for it, then arrive in order: none is
acted on halfway through the command, none is lost. Only a real display shows this (the
test platform hands a test's keys straight to the widget), so the desk runs on a virtual
X server (Xvfb) and xdotool types as a keyboard does. Skipped where those are not
installed, unless FRONTDESK_REQUIRE_X11 is set (`.ci/run` sets it)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TITLE = "frontdesk-keys-wait"
# The desk in a process of its own on the X display: a line edit with the focus, F5 takes
# a queue ticket through LiveDesk.run while the disk is "busy" for a second.
DESK = f"""
import json, sys, time
from datetime import datetime
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit
from desktop.live import LiveDesk
from domain import SimulatedClock
from tests.conftest import SHANGHAI, open_desk
from tests.support import PASSWORD

app = QApplication([])
clock = SimulatedClock(datetime(2026, 3, 2, 9, tzinfo=SHANGHAI))
desk = open_desk("sqlite:///" + sys.argv[1], clock)
desk.initialise("admin", "系统管理员", PASSWORD, community="阳光花园")
desk.sign_in("admin", PASSWORD)
live = LiveDesk(desk)
edit = QLineEdit()
edit.setWindowTitle("{TITLE}")
edit.show()
seen = {{}}

def slowly():
    time.sleep(1.0)  # a commit waiting for a busy disk
    return desk.take_queue_ticket("enquiry")

def take_a_ticket():
    seen["before"] = edit.text()
    seen["ticket"] = live.run(slowly)
    seen["returned"] = edit.text()
    QTimer.singleShot(1500, finish)

def finish():
    seen["after"] = edit.text()
    print(json.dumps(seen), flush=True)
    live.stop()
    desk.close()
    app.quit()

QShortcut(QKeySequence("F5"), edit).activated.connect(take_a_ticket)
print("ready", flush=True)
app.exec()
"""


def _missing() -> str:
    tools = [t for t in ("Xvfb", "xdotool") if shutil.which(t) is None]
    return f"needs {' and '.join(tools)} (Debian: xvfb, xdotool)" if tools else ""


@pytest.fixture
def display() -> Iterator[str]:
    """A virtual X display of its own (Xvfb picks a free number)."""
    missing = _missing()
    if missing:
        if os.environ.get("FRONTDESK_REQUIRE_X11"):
            pytest.fail(missing)
        pytest.skip(missing)
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as told:
        number = told.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def xdotool(display: str, *args: str) -> None:
    env = {**os.environ, "DISPLAY": display}
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=30)


def test_keys_typed_while_a_command_is_written_arrive_after_it_in_order(
    display: str, tmp_path: Path
) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    desk = subprocess.Popen(
        [sys.executable, "-c", DESK, str(tmp_path / "desk.sqlite")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert desk.stdout is not None
        assert desk.stdout.readline().strip() == "ready", desk.stderr.read()  # type: ignore[union-attr]
        xdotool(display, "search", "--sync", "--name", TITLE, "windowfocus", "--sync")
        time.sleep(0.3)  # the window has taken the focus
        xdotool(display, "type", "12")
        xdotool(display, "key", "F5")
        xdotool(display, "type", "--delay", "20", "hello")
        seen = json.loads(desk.stdout.readline())
    finally:
        desk.wait(30)
    assert seen["ticket"] == "A001"
    assert seen["before"] == "12"
    assert seen["returned"] == "12"  # nothing typed meanwhile was acted on
    assert seen["after"] == "12hello"  # and nothing was lost
