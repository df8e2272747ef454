"""The desk's window loads while the receptionist types at the sign-in: its modules are
imported on a thread of their own once the sign-in window is up, not before it shows (the
cold start) and not after Enter (the wait for the first screen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# In a fresh interpreter: which of the window's modules are loaded right after warm_up, and
# once the event loop has run as long as a person takes to type a password.
SCRIPT = """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop import app as desk_app, printer
printer.start_drawing_process = lambda: None  # the drawing process is another test's
WATCHED = ("desktop.main_window", "desktop.visitors.page", "projections.time_travel")
desk_app.warm_up()
before = [m for m in WATCHED if m in sys.modules]
QTimer.singleShot(desk_app.LOAD_AFTER_MS + 1500, app.quit)
app.exec()
desk_app._loaded()
print(json.dumps({"before": before, "after": [m for m in WATCHED if m in sys.modules],
                  "thread": desk_app._loading.name}))
"""


def test_the_window_s_modules_load_while_the_sign_in_waits() -> None:
    ran = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert ran.returncode == 0, ran.stderr
    seen = json.loads(ran.stdout.strip().splitlines()[-1])
    assert seen["before"] == []  # the sign-in window shows first
    assert seen["after"] == [
        "desktop.main_window",
        "desktop.visitors.page",
        "projections.time_travel",
    ]
    assert seen["thread"] == "loading-window"
