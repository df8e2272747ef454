"""A desk that cannot open its window says why in one line — no display, an X server that
does not answer, or the system libraries Qt needs missing (with the packages to install) —
instead of Qt's abort and its page of plugin text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import display


def run_desk(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    base.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli"],  # `frontdesk`: the desk
        env={
            **base,
            "FRONTDESK_LANG": "en",
            "FRONTDESK_STORE": f"sqlite:///{tmp_path / 'd.sqlite'}",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
@pytest.mark.slow
def test_no_display_is_said_in_one_line(tmp_path: Path) -> None:
    ran = run_desk({}, tmp_path)
    assert ran.returncode == 1
    assert ran.stderr.strip().splitlines() == [
        "The desk cannot open its window: there is no display (DISPLAY or WAYLAND_DISPLAY "
        "is not set). Start it in a desktop session, or set DISPLAY."
    ]
    assert "qt.qpa" not in ran.stderr and "Aborted" not in ran.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
@pytest.mark.slow
def test_a_display_nobody_answers_is_named(tmp_path: Path) -> None:
    ran = run_desk({"DISPLAY": ":57", "QT_QPA_PLATFORM": "xcb"}, tmp_path)
    assert ran.returncode == 1
    [line] = ran.stderr.strip().splitlines()
    assert "display :57 cannot be reached" in line


def test_missing_xcb_libraries_are_named_with_their_packages(monkeypatch) -> None:
    gone = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    monkeypatch.setattr(display, "_loadable", lambda library: library not in gone)
    problem = display.display_problem({"DISPLAY": ":0"}, platform="linux")
    assert problem == (
        "The desk cannot open its window: the system libraries Qt needs are missing: "
        "libxcb-icccm4 libxcb-keysyms1. Install them: sudo apt install libxcb-icccm4 "
        "libxcb-keysyms1"
    )


def test_offscreen_wayland_and_other_systems_need_no_x_display() -> None:
    assert display.display_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") == ""
    assert display.display_problem({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") == ""
    assert display.display_problem({}, platform="win32") == ""
