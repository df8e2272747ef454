"""A table view set up the same way everywhere: sortable, whole-row selection, no grid noise."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from desktop.preferences import keep
from desktop.widgets.table_model import ROW_ROLE, SORT_ROLE, RowTableModel

FIT_ROWS = 40  # rows measured to fit a column to its content
FILTER_DELAY_MS = 200  # a filter applies once typing pauses, not at every key


class RowFilter(QSortFilterProxyModel):
    """The rows whose shown text contains what is typed, in any column and any case: one
    look at each row's text, which the model keeps, where Qt's own filter asked the model
    for every cell of every row again at each filtering."""

    def __init__(self, model: RowTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.source = model
        self._typed = ""

    def set_filter_text(self, text: str) -> None:
        typed = text.strip().casefold()
        if typed == self._typed:
            return
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._typed = typed
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._typed = typed
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        return not self._typed or self._typed in self.source.row_text(source_row)


class RowTable(QTableView):
    """Shows a RowTableModel through a sort/filter proxy; emits the row a person opens."""

    row_activated = Signal(object)

    def __init__(self, model: RowTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = RowFilter(model, self)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the read model's order until clicked
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(28)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.activated.connect(self._on_activated)
        self.doubleClicked.connect(self._on_activated)
        self._layout: tuple[QSettings, str] | None = None  # where its columns are kept
        self._stretch_column: int | None = None  # fitted to its content (fit_to_width)
        self._layout_changed = False

    def filter_as_typed(self, field: QLineEdit) -> None:
        """Filter the rows by what is typed in `field`, once the typing pauses: each key
        filtering a long list at once lost keys while the window was busy."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(FILTER_DELAY_MS)
        apply = lambda: self.proxy.set_filter_text(field.text())  # noqa: E731
        timer.timeout.connect(apply)

        def typed(text: str) -> None:
            if text.strip():
                timer.start()
            else:  # cleared: every row again at once (a pass looked for is selected next)
                timer.stop()
                apply()

        field.textChanged.connect(typed)
        self.filter_timer = timer

    def _on_activated(self, index: Any) -> None:
        self.row_activated.emit(self.proxy.data(index, ROW_ROLE))

    def selected_row(self) -> Any:
        indexes = self.selectionModel().selectedRows()
        return self.proxy.data(indexes[0], ROW_ROLE) if indexes else None

    def remember_layout(self, settings: QSettings, key: str) -> None:
        """Column widths, order and sorting come back as the person left them: kept by
        `keep_layout` as the window closes or the desk locks. Written at each change, the
        settings file was saved and flushed to disk on the window's thread whenever a list
        fitted its columns to new rows: up to a second's freeze while the disk was busy."""
        header = self.horizontalHeader()
        saved = settings.value(f"columns/{key}")
        if isinstance(saved, QByteArray | bytes) and not header.restoreState(QByteArray(saved)):
            settings.remove(f"columns/{key}")
        if self._stretch_column is not None:  # the saved state brings its resize modes back
            self._fit_modes()
        self._layout = (settings, f"columns/{key}")
        self._layout_changed = False

        def changed(*_: Any) -> None:
            self._layout_changed = True

        header.sectionResized.connect(changed)
        header.sectionMoved.connect(changed)
        header.sortIndicatorChanged.connect(changed)

    def keep_layout(self) -> None:
        """Store the columns as they are now, if they changed since they were restored."""
        if self._layout is None or not self._layout_changed:
            return
        settings, key = self._layout
        keep(settings, key, self.horizontalHeader().saveState())
        self._layout_changed = False

    def fit_to_width(self, stretch_column: int = 1) -> None:
        """For narrow panels: every column as wide as its content, one column takes the rest.

        The widths are measured again when the rows change, not at every showing: Qt's own
        fit-to-contents measured every column again each time the workspace was shown (the
        visitors' lists: 2,240 questions to the model at each Ctrl+4)."""
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        # Content widths from the first rows only: measuring every row of a long list on
        # each reload froze the window (the visitors' recent list, 0.2 s a switch).
        header.setResizeContentsPrecision(FIT_ROWS)
        self._stretch_column = stretch_column
        self._fit_modes()
        # As Qt does for its own: the changes of one turn of the event loop (a filter
        # removes rows range by range) are measured once, after them.
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(self._fit_columns)
        proxy = self.proxy
        for changed in (
            proxy.modelReset,
            proxy.layoutChanged,
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.dataChanged,
            proxy.headerDataChanged,
        ):
            changed.connect(lambda *_: timer.start())
        self._fit_columns()

    def _fit_modes(self) -> None:
        """Measured here, not by Qt (Fixed), but for the column that takes the rest."""
        header = self.horizontalHeader()
        for column in range(self.proxy.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == self._stretch_column
                else QHeaderView.ResizeMode.Fixed
            )
            header.setSectionResizeMode(column, mode)

    def _fit_columns(self) -> None:
        for column in range(self.proxy.columnCount()):
            if column != self._stretch_column:
                self.resizeColumnToContents(column)
