"""The customer display (叫号屏): a second window for those waiting — full screen on a second
monitor when there is one — with the number called and to which window, the latest calls
before it, how many wait and roughly how long. A number called out of turn says so, and why
(the procedure says the others are told). It follows every desk's calls: the live read models
follow the log (LiveDesk.moved), and it reads again each second besides, for the wait.

It speaks to the residents, not to the staff: its words are the documents' (the queue
ticket's companion, in resources/documents/<language>.json, "queue_display", editable there
like the ticket's), in Chinese whatever language the desk itself is set to."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.live import LiveDesk
from projections.documents.texts import fill, load_texts
from projections.queue_board import TicketRow, WaitEstimate

POLL_MS = 1000
LANGUAGE = "zh_CN"  # the waiting area's
EARLIER_SHOWN = 5
STYLE = """
QWidget#CustomerDisplay { background: #12263f; }
QLabel { color: white; }
QLabel#Calling { color: #a9bcd6; font-size: 34px; }
QLabel#Number { color: #fbd38d; font-size: 170px; font-weight: bold; }
QLabel#Window { font-size: 60px; font-weight: bold; }
QLabel#Priority { color: #fed7d7; background: #9b2c2c; font-size: 30px; padding: 8px 18px;
    border-radius: 6px; }
QFrame#Earlier { background: #1f3a5f; border-radius: 8px; }
QLabel#EarlierTitle { color: #a9bcd6; font-size: 26px; }
QLabel#EarlierNumber { font-size: 40px; font-weight: bold; }
QLabel#EarlierWindow { font-size: 32px; color: #dfe7f1; }
QLabel#Waiting { font-size: 36px; color: #dfe7f1; }
"""


@dataclass(frozen=True)
class Board:
    """What the display shows, read in one go."""

    called: list[TicketRow]
    waiting: int
    estimate: WaitEstimate


class CustomerDisplay(QWidget):
    """Large text for the waiting area; `show_on_screen` puts it where it belongs."""

    def __init__(
        self, live: LiveDesk, parent: QWidget | None = None, language: str = LANGUAGE
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.live = live
        self.language = language
        self.words: dict[str, str] = {}
        self.board: Board | None = None
        self.setObjectName("CustomerDisplay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.calling = QLabel()
        self.calling.setObjectName("Calling")
        self.number = QLabel()
        self.number.setObjectName("Number")
        self.window_line = QLabel()
        self.window_line.setObjectName("Window")
        self.priority = QLabel()
        self.priority.setObjectName("Priority")
        self.priority.setWordWrap(True)
        self.earlier_title = QLabel()
        self.earlier_title.setObjectName("EarlierTitle")
        self.earlier = QFrame()
        self.earlier.setObjectName("Earlier")
        self.earlier_rows: list[tuple[QLabel, QLabel]] = []
        grid = QGridLayout(self.earlier)
        grid.setContentsMargins(24, 16, 24, 16)
        grid.setVerticalSpacing(10)
        grid.addWidget(self.earlier_title, 0, 0, 1, 2)
        for row in range(EARLIER_SHOWN):
            ticket, window = QLabel(), QLabel()
            ticket.setObjectName("EarlierNumber")
            window.setObjectName("EarlierWindow")
            window.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(ticket, row + 1, 0)
            grid.addWidget(window, row + 1, 1)
            self.earlier_rows.append((ticket, window))
        grid.setRowStretch(EARLIER_SHOWN + 1, 1)
        self.waiting = QLabel()
        self.waiting.setObjectName("Waiting")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._build_layout()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(POLL_MS)
        live.moved.connect(self.refresh)  # another desk's call, as soon as it is read
        self.retranslate()

    def _build_layout(self) -> None:
        current = QVBoxLayout()
        current.setSpacing(6)
        current.addStretch(1)
        for label in (self.calling, self.number, self.window_line, self.priority):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            current.addWidget(label)  # across the column: a wrapped reason gets its height
        current.addStretch(2)
        top = QHBoxLayout()
        top.setSpacing(32)
        top.addLayout(current, 3)
        top.addWidget(self.earlier, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 32)
        layout.setSpacing(24)
        layout.addLayout(top, 1)
        layout.addWidget(self.waiting)

    def retranslate(self) -> None:
        """The words again (the documents' texts may have been edited meanwhile)."""
        self.words = load_texts(self.language).section("queue_display")
        self.setWindowTitle(self.words["title"])
        self.calling.setText(self.words["calling"])
        self.earlier_title.setText(self.words["earlier"])
        self.refresh()

    # --- reading --------------------------------------------------------------------------

    def read(self) -> Board:
        """Today's calls and wait, live (whatever moment the desk itself is showing)."""
        models, desk = self.live.live_models, self.live.desk
        board, day, now = models.queue_board, desk.today(), desk.now()
        with models.reading() as db:
            called = board.called(db, day, limit=EARLIER_SHOWN + 1)
            waiting = len(board.waiting(db, day))
            estimate = board.estimate(db, day, now)
        return Board(called, waiting, estimate)

    def refresh(self) -> None:
        if not self.isVisible() or getattr(self.live, "_stopped", False):
            return  # hidden, or the desk is closing: its store may be gone
        self.board = self.read()
        self._show(self.board)

    def _show(self, board: Board) -> None:
        latest = board.called[0] if board.called else None
        self.number.setText(latest.ticket if latest else "—")
        words = self.words
        self.window_line.setText(
            fill(words["window"], window=latest.window) if latest and latest.window else ""
        )
        if latest is not None and latest.out_of_turn:
            self.priority.setText(fill(words["priority"], reason=latest.reason))
            self.priority.show()
        else:
            self.priority.hide()
        earlier = board.called[1:]
        for index, (ticket, window) in enumerate(self.earlier_rows):
            row = earlier[index] if index < len(earlier) else None
            ticket.setText(row.ticket if row else "")
            window.setText(fill(words["window_short"], window=row.window) if row else "")
        self.waiting.setText(
            fill(words["waiting"], waiting=board.waiting, minutes=board.estimate.minutes)
            if board.waiting
            else words["waiting_none"]
        )

    def called_text(self) -> str:
        """The number called and its window, as shown (what a test reads)."""
        return f"{self.number.text()} {self.window_line.text()}".strip()

    # --- where it shows -------------------------------------------------------------------

    def show_on_screen(self) -> None:
        """Full screen on the second screen when there is one, else a window of its own."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            mine = self.live_screen()
            other = next((s for s in screens if s is not mine), screens[1])
            self.setScreen(other)
            self.setGeometry(other.geometry())
            self.showFullScreen()
        else:
            self.resize(1024, 640)
            self.showNormal()
        self.raise_()
        self.refresh()

    def live_screen(self) -> object:
        parent = self.parentWidget()
        return parent.screen() if parent is not None else QGuiApplication.primaryScreen()
