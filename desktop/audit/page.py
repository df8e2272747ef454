"""Audit (审计): the log with who, when and where, narrowed as the auditor asks; one record's
life step by step; the whole desk as it stood at any moment; verifying the integrity chain;
and a sealed export. Nothing here changes the desk, except that an export is recorded."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desktop.audit.history import HistoryBrowser
from desktop.audit.integrity import IntegrityPanel
from desktop.audit.timeline import TimelineView
from desktop.live import LiveDesk
from desktop.widgets.page import Page
from desktop.widgets.quiet import set_text

STYLE = """
QLabel#AuditHeading { font-size: 15px; font-weight: bold; color: #1a202c; }
QLabel#Caption { color: #718096; }
QLabel#Hint { color: #718096; }
QLabel#Head { color: #4a5568; font-family: monospace; }
QLabel#Digest { font-family: monospace; color: #2d3748; }
QLabel#Changes { color: #744210; background: #fefcbf; border-radius: 4px; padding: 3px 8px; }
QWidget#AuditStrip { border-bottom: 1px solid #d9dee5; }
QTabBar::tab { padding: 7px 18px; border: 1px solid transparent; border-bottom: none;
    color: #4a5568; }
QTabBar::tab:selected { background: white; border-color: #d9dee5; color: #1a202c;
    font-weight: bold; border-top: 2px solid #2c5282; }
"""
DIGEST_SHOWN = 16


class AuditPage(Page):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.setStyleSheet(STYLE)
        self.head = QLabel()
        self.head.setObjectName("Head")
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = HistoryBrowser(live)
        self.timeline = TimelineView(live)
        self.integrity = IntegrityPanel(live)
        # Tabs on the left of one strip, the log's head on its right.
        self.tabs = QTabBar()
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.views = QStackedWidget()
        for view in (self.history, self.timeline, self.integrity):
            self.tabs.addTab("")
            self.views.addWidget(view)
        self.tabs.currentChanged.connect(self.views.setCurrentIndex)
        strip = QWidget()
        strip.setObjectName("AuditStrip")
        strip_layout = QHBoxLayout(strip)
        strip_layout.setContentsMargins(14, 6, 16, 0)
        strip_layout.addWidget(self.tabs, 0, Qt.AlignmentFlag.AlignBottom)
        strip_layout.addStretch()
        strip_layout.addWidget(self.head)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(strip)
        layout.addWidget(self.views, 1)

        self.history.open_timeline.connect(self.open_timeline)
        self.history.show_moment.connect(self._on_show_moment)
        self.timeline.show_moment.connect(self._on_show_moment)
        self._shown_as_of: datetime | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("Audit")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("History"))
        self.tabs.setTabText(1, self.tr("Record timeline"))
        self.tabs.setTabText(2, self.tr("Verify and export"))
        self.history.retranslate()
        self.timeline.retranslate()
        self.integrity.retranslate()
        self._show_head()

    def refresh(self) -> None:
        self._show_head()
        self.history.refresh()
        if self.live.as_of != self._shown_as_of:
            self._shown_as_of = self.live.as_of
            self.timeline.refresh()

    def _show_head(self) -> None:
        """The newest event and the start of its digest: what an auditor writes down to
        prove later that nothing before it changed (the whole digest is in the tooltip)."""
        position, digest = self.live.desk.chain_head()
        set_text(
            self.head,
            self.tr("Log head #{position} · {digest}").format(
                position=position, digest=digest[:DIGEST_SHOWN]
            ),
        )
        self.head.setToolTip(f"{position}:{digest}")

    def show_view(self, view: QWidget) -> None:
        self.tabs.setCurrentIndex(self.views.indexOf(view))

    def open_timeline(self, record_id: str) -> None:
        self.show_view(self.timeline)
        self.timeline.show_record(record_id)

    def show_record(self, kind: str, record_id: str) -> None:
        self.open_timeline(record_id)

    def set_read_only(self, read_only: bool) -> None:
        self.integrity.set_read_only(read_only)

    def _on_show_moment(self, moment: datetime) -> None:
        window = self.window()
        as_of = getattr(window, "as_of", None)
        if as_of is not None:
            as_of.go_to(moment)
