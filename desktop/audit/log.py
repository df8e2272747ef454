"""The log as a table model read a page at a time, off the GUI thread, as the table scrolls;
narrowed by the domain's HistoryFilter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal

from desktop.widgets.jobs import Job
from desktop.widgets.table_model import Column, RowTableModel
from domain.application import FrontDesk
from domain.errors import DomainError
from domain.history import HistoryFilter, HistoryRow

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Filters:
    """What the browser asks the log for (every field None lets everything through)."""

    since: datetime | None = None
    until: datetime | None = None
    operator: str | None = None
    desk: str | None = None
    event_type: str | None = None
    aggregate_id: str | None = None
    unit: str | None = None

    @property
    def narrowed(self) -> bool:
        return any(value is not None for value in vars(self).values())


def read_page(desk: FrontDesk, start: int, limit: int, filters: Filters) -> list[HistoryRow]:
    return list(desk.history(start, limit, HistoryFilter(**vars(filters))))


class LogModel(RowTableModel):
    """The log a page at a time: Qt asks for more as the table scrolls to its end. The
    whole log opens at its latest page (what an auditor came to see is usually recent);
    `fetch_earlier` reads the page before the first shown."""

    loading_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, desk: FrontDesk, columns: list[Column], zone: ZoneInfo) -> None:
        super().__init__(columns, zone)
        self.desk = desk
        self.filters = Filters()
        self.generation = 0
        self.next_start = 1
        self.first_start = 1  # the log position of the first row shown (earlier: fetch_earlier)
        self.at_end = False
        self.loading = False
        self.job: Job | None = None

    def reload(self, filters: Filters) -> None:
        self.generation += 1
        self.filters = filters
        latest = 1 if filters.narrowed else self.desk.event_count() - PAGE_SIZE + 1
        self.next_start = self.first_start = max(1, latest)
        self.at_end = False
        self._set_loading(False)
        self.set_rows([])
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.at_end and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._set_loading(True)
        desk, start, filters = self.desk, self.next_start, self.filters
        self.job = Job(lambda _progress: read_page(desk, start, PAGE_SIZE, filters), self)
        self.job.succeeded.connect(partial(self._on_page_read, self.generation))
        self.job.failed.connect(partial(self._on_page_failed, self.generation))
        self.job.start()

    @property
    def has_earlier(self) -> bool:
        return self.first_start > 1 and not self.filters.narrowed

    def fetch_earlier(self) -> None:
        """The page of the log just before the first row shown, put above it."""
        if self.loading or not self.has_earlier:
            return
        self._set_loading(True)
        start = max(1, self.first_start - PAGE_SIZE)
        desk, limit, filters = self.desk, self.first_start - start, self.filters
        self.job = Job(lambda _progress: read_page(desk, start, limit, filters), self)
        self.job.succeeded.connect(partial(self._on_earlier_read, self.generation, start))
        self.job.failed.connect(partial(self._on_page_failed, self.generation))
        self.job.start()

    def _on_earlier_read(self, generation: int, start: int, rows: list[Any]) -> None:
        if generation != self.generation:
            return
        rows = [r for r in rows if r.position < self.first_start]
        self.first_start = start
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows[:0] = rows
            self.endInsertRows()
        self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        if self.loading != loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    def _on_page_read(self, generation: int, rows: list[Any]) -> None:
        if generation != self.generation:
            return  # the filters changed while this page was read
        self.at_end = len(rows) < PAGE_SIZE
        if rows:
            self.next_start = rows[-1].position + 1
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._set_loading(False)

    def _on_page_failed(self, generation: int, problem: BaseException) -> None:
        if generation != self.generation:
            return
        self.at_end = True
        self._set_loading(False)
        self.failed.emit(str(problem) if isinstance(problem, DomainError) else repr(problem))
