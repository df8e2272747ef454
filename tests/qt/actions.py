"""A person at the counter, as the tests drive the desk: keys go where the focus is, and
what costs an action is counted — each key chord and each click is one; typing a visitor's
name or a caller's words is not (that is the data, the same on paper)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from domain import FrontDesk

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def keyboard_target(window: QWidget | None) -> QWidget | None:
    """Where a key pressed now goes: an open popup (a menu, a completer's list) has the
    keyboard while it shows, else the widget with the focus, else the window."""
    popup = QApplication.activePopupWidget()
    if popup is not None and popup.isVisible():
        return popup
    return QApplication.focusWidget() or window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def recorded(desk: FrontDesk, since: int) -> list[str]:
    """The types of the events recorded after position `since`."""
    return [row.type for row in desk.history(start=since + 1)]


class Actions:
    """Counts the actions of a flow and keeps what they were, for the budget's message."""

    def __init__(self, qtbot, window: QWidget | None = None) -> None:
        self.qtbot = qtbot
        self.window = window
        self.done: list[str] = []

    @property
    def count(self) -> int:
        return len(self.done)

    def _window_manager(self) -> None:
        """The offscreen platform leaves a closed completer popup the active window, where a
        window manager gives the activation back: so does this."""
        active = QApplication.activeWindow()
        if active is not None and active.isVisible():
            return
        back = QApplication.activeModalWidget() or self.window
        if back is not None:
            back.activateWindow()
            self.qtbot.waitUntil(back.isActiveWindow)

    def _target(self) -> QWidget:
        target = keyboard_target(self.window)
        assert target is not None, "nothing has the keyboard focus"
        return target

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER, said: str = "") -> None:
        """One key chord, to whatever has the focus (as a keyboard does)."""
        self.done.append(said or _spoken(key, modifier))
        self._window_manager()
        self.qtbot.keyClick(self._target(), key, modifier)
        self.qtbot.wait(1)  # the event loop turns between key presses, as it does for a person

    def click(self, widget: QWidget, said: str = "") -> None:
        self.done.append(said or f"click {widget.objectName() or type(widget).__name__}")
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.qtbot.wait(1)

    def type(self, text: str, into: QWidget | None = None) -> None:
        """Data, typed where the focus is (not counted). `into` checks where that is."""
        self._window_manager()
        widget = focused()
        if into is not None:
            assert widget is into or widget.parentWidget() is into, (
                f"typing {text!r} would land in {type(widget).__name__} "
                f"{_name(widget)!r}, not in {type(into).__name__} {_name(into)!r}"
            )
        type_text(self.qtbot, widget, text)
        self.qtbot.wait(1)  # the event loop turns while a person types (a completer shows)

    def scan(self, payload: str) -> None:
        """A USB scanner types the payload and its Enter: the person only holds up the pass."""
        self._window_manager()
        widget = focused()
        type_text(self.qtbot, widget, payload)
        self.qtbot.keyClick(widget, Qt.Key.Key_Return)
        self.qtbot.wait(1)

    def within(self, budget: int) -> None:
        assert self.count <= budget, f"{self.count} actions > {budget}: {self.done}"


def workspace(window: QWidget, name: str) -> Qt.Key:
    """The digit that opens a workspace with Ctrl, wherever the navigation lists it."""
    from desktop.main_window import workspace_key

    row = list(window.pages).index(name)  # type: ignore[attr-defined]
    return Qt.Key(Qt.Key.Key_0 + int(workspace_key(row)))


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """ASCII as key presses; Chinese as an input method commits it (QTest knows only ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def _name(widget: QWidget) -> str:
    return widget.objectName() or getattr(widget, "placeholderText", str)()


def _spoken(key: Qt.Key, modifier: Qt.KeyboardModifier) -> str:
    names: Iterable[tuple[Qt.KeyboardModifier, str]] = (
        (Qt.KeyboardModifier.ControlModifier, "Ctrl+"),
        (Qt.KeyboardModifier.AltModifier, "Alt+"),
        (Qt.KeyboardModifier.ShiftModifier, "Shift+"),
    )
    prefix = "".join(name for flag, name in names if modifier & flag)
    return prefix + key.name.removeprefix("Key_")


class Printer:
    """The desk's printer (passes, receipts, labels): the one part a test cannot have.
    Keeps the title of every PDF sent to it."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(self, pdf: bytes, title: str, parent: object = None) -> bool:
        assert pdf.startswith(b"%PDF")
        self.sent.append(title)
        return True

    preview = send  # a preview "printed" from counts as sent
    print = send


def households_read_on(live: Any, monkeypatch: Any) -> list[str]:
    """The names of the threads who lives where is read on, from now on."""
    files = live.models.resident_files
    read_on: list[str] = []
    members_by_unit = files.members_by_unit

    def noted(db: Any) -> Any:
        read_on.append(threading.current_thread().name)
        return members_by_unit(db)

    monkeypatch.setattr(files, "members_by_unit", noted)
    return read_on


def dashboard_read(window: Any, qtbot: Any) -> Any:
    """The dashboard shown, once its figures are read (off the GUI thread)."""
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: not page.reading)
    return page


def today_read(window: Any, qtbot: Any) -> Any:
    """Today shown and read afresh, once its cards are read (off the GUI thread)."""
    today = window.show_page("today")
    today.refresh()
    qtbot.waitUntil(lambda: not today.reading)
    return today


def dashboard_tab(window: Any, key: str, qtbot: Any) -> Any:
    """A tab of the dashboard brought forward ("cases", "contacts", "scorecards"), once
    what it shows is read (off the GUI thread)."""
    page = dashboard_read(window, qtbot)
    tab = page.show_tab(key)
    qtbot.waitUntil(lambda: not page.reading)
    return tab


def in_the_loop(action: Callable[[], Any]) -> Any:
    """`action()` (a key, a click) delivered from inside a running event loop, as the desk's
    own loop delivers a receptionist's key: what the desk does only inside a loop (a command
    written off the window's thread while the window keeps answering) then happens too."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except BaseException as problem:  # raised again outside the loop
            outcome["problem"] = problem
        loop.quit()

    QTimer.singleShot(0, run)
    loop.exec()
    if "problem" in outcome:
        raise outcome["problem"]
    return outcome.get("value")
