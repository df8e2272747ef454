"""Can the desk open a window here? Asked before Qt starts: when Qt cannot load its xcb
platform plugin it aborts with pages of text; the desk says instead, in one line, what is
missing (no display, or which Debian packages to install)."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping

from domain.messages import render

# The X11 libraries Qt's xcb platform plugin loads, by Debian package and library name
# (libxcb and libxkbcommon themselves come with the desktop).
XCB_LIBRARIES = {
    "libxcb-icccm4": "libxcb-icccm.so.4",
    "libxcb-keysyms1": "libxcb-keysyms.so.1",
    "libxcb-image0": "libxcb-image.so.0",
    "libxcb-render-util0": "libxcb-render-util.so.0",
    "libxcb-xinerama0": "libxcb-xinerama.so.0",
    "libxcb-xkb1": "libxcb-xkb.so.1",
    "libxkbcommon-x11-0": "libxkbcommon-x11.so.0",
    "libxcb-cursor0": "libxcb-cursor.so.0",
    "libxcb-randr0": "libxcb-randr.so.0",
    "libxcb-shape0": "libxcb-shape.so.0",
}
HEADLESS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


def _loadable(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing_libraries() -> list[str]:
    """The Debian packages of the xcb libraries that cannot be loaded."""
    return [package for package, library in XCB_LIBRARIES.items() if not _loadable(library)]


def display_problem(env: Mapping[str, str] | None = None, platform: str | None = None) -> str:
    """Why no window can be opened, in one line, or "" when nothing is in the way."""
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith("linux"):
        return ""
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen in HEADLESS or (chosen.startswith("wayland") and env.get("WAYLAND_DISPLAY")):
        return ""
    if not env.get("DISPLAY"):
        if not chosen and env.get("WAYLAND_DISPLAY"):
            return ""  # Qt picks Wayland
        return render("desk_no_display")
    missing = missing_libraries()
    if missing:
        return render("desk_missing_libraries", names=" ".join(missing))
    if not reachable(env["DISPLAY"]):
        return render("desk_display_unreachable", where=env["DISPLAY"])
    return ""


def reachable(display: str) -> bool:
    """Whether an X server answers at `display` (libxcb's own connect, as Qt's would)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # let Qt say it: this check is only to spare the receptionist its dump
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)
