"""Dashboard: the service center's KPIs for a month against their targets, each as a tile
(green when met, red when missed), in three tabs: the cases (incident measures, with charts of
the chosen one by month, by building and by incident category, QtCharts), the counter and
hotline (desktop/dashboard/contacts.py) and the staff scorecards
(desktop/dashboard/scorecard.py)."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.dashboard.charts import (
    CATEGORIES_SHOWN,
    GREY,
    MONTHS_SHOWN,
    TILE_STYLE,
    KpiTile,
    chart_view,
    month_names,
    shown_value,
    target_line,
    value_axis,
    verdict_bars,
)
from desktop.dashboard.contacts import ContactsPanel
from desktop.dashboard.scorecard import ScorecardPanel
from desktop.labels import label, target_text
from desktop.live import LiveDesk
from desktop.widgets.jobs import Reading
from desktop.widgets.page import Page
from projections.kpis import CONTACT_MEASURES, MEASURES, TARGETS, KpiGroupRow, KpiRow, Kpis
from projections.store import Db

CASE_MEASURES = tuple(m for m in MEASURES if m not in CONTACT_MEASURES)
__all__ = ["DashboardPage", "shown_value"]


@dataclass(frozen=True)
class Figures:
    """What the cases' tab shows for a month: every month there is to choose, the KPIs of the
    months charted up to it, and its KPIs by building and by category."""

    month: str
    months: list[str]
    rows: list[KpiRow]
    buildings: list[KpiGroupRow]
    categories: list[KpiGroupRow]


def figures(kpis: Kpis, db: Db, month: str, current: str) -> Figures:
    """Read on a worker thread: ten years of contacts take seconds to measure, so only the
    months charted are."""
    months = sorted({*kpis.months(db), current}, reverse=True)
    charted = [m for m in months if m <= month][:MONTHS_SHOWN]
    return Figures(
        month,
        months,
        kpis.monthly(db, month, since=charted[-1] if charted else month),
        kpis.by_building(db, month),
        kpis.by_category(db, month),
    )


class DashboardPage(Page):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.setStyleSheet(TILE_STYLE)
        self.measure = CASE_MEASURES[0]
        self.rows: list[KpiRow] = []
        self.buildings: list[KpiGroupRow] = []
        self.categories: list[KpiGroupRow] = []
        self.figures = Reading(self._ask_figures, self._figures_read, self._figures_not_read, self)
        self.month_caption = QLabel()
        self.month = QComboBox()
        self.month.setMinimumWidth(140)
        self.note = QLabel()
        self.note.setStyleSheet(f"color: {GREY};")
        self.tiles = {measure: KpiTile(measure) for measure in CASE_MEASURES}
        self.tile_group = QButtonGroup(self)
        self.tile_group.setExclusive(True)
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in self.tiles.values():
            self.tile_group.addButton(tile)
            tiles.addWidget(tile, 1)
            tile.clicked.connect(self._on_tile_clicked)
        self.tiles[self.measure].setChecked(True)
        self.contacts = ContactsPanel(live)
        self.tiles.update(self.contacts.tiles)
        self.scorecards = ScorecardPanel(live)
        self.by_month = chart_view()
        self.by_building = chart_view()
        self.by_category = chart_view()
        top = QHBoxLayout()
        top.addWidget(self.month_caption)
        top.addWidget(self.month)
        top.addSpacing(16)
        top.addWidget(self.note, 1)
        charts = QGridLayout()
        charts.setSpacing(10)
        charts.addWidget(self.by_month, 0, 0, 2, 1)
        charts.addWidget(self.by_building, 0, 1)
        charts.addWidget(self.by_category, 1, 1)
        charts.setColumnStretch(0, 5)
        charts.setColumnStretch(1, 4)
        cases = QWidget()
        cases_layout = QVBoxLayout(cases)
        cases_layout.setContentsMargins(0, 8, 0, 0)
        cases_layout.setSpacing(10)
        cases_layout.addLayout(tiles)
        cases_layout.addLayout(charts, 1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_pages: dict[str, QWidget] = {
            "cases": cases,
            "contacts": self.contacts,
            "scorecards": self.scorecards,
        }
        for widget in self.tab_pages.values():
            self.tabs.addTab(widget, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.month.currentIndexChanged.connect(self._on_month_current_index_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Dashboard")

    def retranslate(self) -> None:
        self.month_caption.setText(self.tr("Month"))
        for key, text in (
            ("cases", self.tr("Cases")),
            ("contacts", self.tr("Counter and hotline")),
            ("scorecards", self.tr("Staff appraisal")),
        ):
            self.tabs.setTabText(self.tabs.indexOf(self.tab_pages[key]), text)
        if not self.reading:
            self._show_note()
        self.refresh()

    # --- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.figures.start()

    @property
    def reading(self) -> bool:
        """The figures, or the open tab's, are being read (the last ones read shown until
        then)."""
        return self.figures.busy or self.contacts.reading or self.scorecards.reading

    def _ask_figures(self) -> Callable[[], Figures]:
        live, kpis = self.live, self.live.models.kpis
        current = kpis.month_of(live.now())
        month = self.month.currentData() or current
        if not self.month.count():  # the month being read is named while it is
            self.month.blockSignals(True)
            self.month.addItem(month, month)
            self.month.blockSignals(False)
        self.note.setText(self.tr("Reading the figures…"))
        return lambda: live.read(lambda db: figures(kpis, db, month, current))

    def _figures_read(self, found: Figures) -> None:
        self.rows, self.buildings, self.categories = found.rows, found.buildings, found.categories
        self.month.blockSignals(True)
        self.month.clear()
        for month in found.months:
            self.month.addItem(month, month)
        self.month.setCurrentIndex(max(0, self.month.findData(found.month)))
        self.month.blockSignals(False)
        self._show_note()
        self._show_month()

    def _figures_not_read(self, _problem: object) -> None:
        self.note.setText(self.tr("The figures could not be read. Show the dashboard again."))

    def _show_note(self) -> None:
        self.note.setText(
            self.tr("Targets from the service center's procedures. Press a tile to chart it.")
        )

    def selected_month(self) -> str:
        return str(self.month.currentData())

    def show_tab(self, key: str) -> QWidget:
        """Bring a tab forward (cases, contacts or scorecards); it reads the month shown."""
        self.tabs.setCurrentWidget(self.tab_pages[key])
        return self.tab_pages[key]

    def _show_tab_month(self) -> None:
        """The counter's and the scorecards' tabs read their month when they are shown."""
        current = self.tabs.currentWidget()
        if current is self.contacts:
            self.contacts.show_month(self.selected_month())
        elif current is self.scorecards:
            self.scorecards.show_month(self.selected_month())

    def _show_month(self) -> None:
        month = self.selected_month()
        this_month = {r.measure: r for r in self.rows if r.month == month}
        for measure, tile in self.tiles.items():
            row = this_month.get(measure)
            tile.show_row(
                row,
                self.tr("target {target}").format(target=target_text(TARGETS[measure])),
                self.tr("n = {count}").format(count=row.sample_size) if row else "",
            )
        self._show_tab_month()
        self._chart_by_month()
        self._chart_groups(
            self.by_building,
            self.tr("{measure} by building, {month}"),
            [r for r in self.buildings if r.measure == self.measure],
            self._building_name,
        )
        measured = [r for r in self.categories if r.measure == self.measure and r.value is not None]
        worst = sorted(measured, key=self._shortfall, reverse=True)[:CATEGORIES_SHOWN]
        title = (
            self.tr("{measure} by category, {month}")
            if len(worst) == len(measured)
            else self.tr("{measure} by category, {month} (worst {shown})")
        )
        self._chart_groups(
            self.by_category,
            title.replace("{shown}", str(len(worst))),
            list(reversed(worst)),  # the worst at the top
            self._category_name(self.categories),
            horizontal=True,
        )

    def _shortfall(self, row: KpiGroupRow) -> float:
        """How far a value falls short of its target (negative when it beats it)."""
        value = row.value or 0.0
        return value - row.target if TARGETS[row.measure].comparison == "<" else row.target - value

    def _building_name(self, row: KpiGroupRow) -> str:
        if not row.group:
            return self.tr("Common")
        return self.tr("Bldg {number}").format(number=row.group)

    def _category_name(self, rows: list[KpiGroupRow]) -> Any:
        kinds: dict[str, set[str]] = {}
        for r in rows:
            kinds.setdefault(r.group, set()).add(r.kind)

        def name(row: KpiGroupRow) -> str:
            if len(kinds.get(row.group, ())) > 1:
                return f"{label(row.group)} ({label(row.kind)})"
            return label(row.group)

        return name

    # --- charts -----------------------------------------------------------------------------

    def _chart_by_month(self) -> None:
        month = self.selected_month()
        rows = sorted(
            (r for r in self.rows if r.measure == self.measure and r.month <= month),
            key=lambda r: r.month,
        )[-MONTHS_SHOWN:]
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitle(self.tr("{measure} by month").format(measure=label(self.measure)))
        self._title_font(chart)
        target = TARGETS[self.measure]
        bars = verdict_bars(label(self.measure), rows)
        chart.addSeries(bars)
        name = self.tr("target {target}").format(target=target_text(target))
        line = target_line(html.escape(name), len(rows), target.value)  # legends read HTML
        chart.addSeries(line)
        months = QBarCategoryAxis()
        months.append(month_names([r.month for r in rows] or [month]))
        months.setTitleText(f"{rows[0].month} – {rows[-1].month}" if rows else month)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        values = value_axis([r.value or 0.0 for r in rows], target.value, target.unit)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, line):
            series.attachAxis(months)
            series.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.by_month.setChart(chart)
        for marker in chart.legend().markers(bars):
            marker.setVisible(False)  # green met, red missed: the tiles say so; the target stays

    def _chart_groups(
        self,
        view: QChartView,
        title: str,
        rows: list[KpiGroupRow],
        name: Any,
        horizontal: bool = False,
    ) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitle(title.format(measure=label(self.measure), month=self.selected_month()))
        self._title_font(chart)
        rows = [r for r in rows if r.value is not None]
        chart.legend().hide()
        view.setChart(chart)
        if not rows:
            chart.setTitle(chart.title() + "\n" + self.tr("no data"))
            return
        target = TARGETS[self.measure]
        bars = verdict_bars(label(self.measure), rows, horizontal)
        chart.addSeries(bars)
        line = target_line("", len(rows), target.value, horizontal)
        chart.addSeries(line)
        groups = QBarCategoryAxis()
        groups.append([name(r) for r in rows])
        values = value_axis([r.value or 0.0 for r in rows], target.value, target.unit)
        chart.addAxis(
            groups, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        chart.addAxis(
            values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        )
        for series in (bars, line):
            series.attachAxis(groups)
            series.attachAxis(values)

    def _title_font(self, chart: QChart) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        chart.setTitleFont(font)

    # --- slots ------------------------------------------------------------------------------

    def _on_month_current_index_changed(self, _index: int) -> None:
        self.figures.start()

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._show_tab_month()

    def _on_tile_clicked(self) -> None:
        tile = self.sender()
        if isinstance(tile, KpiTile):
            self.measure = tile.measure
            self._show_month()

    def charts(self) -> dict[str, QChart]:
        return {
            "by_month": self.by_month.chart(),
            "by_building": self.by_building.chart(),
            "by_category": self.by_category.chart(),
        }
