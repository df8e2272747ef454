"""Dashboard: the service center's KPIs for a month against their targets, each as a tile
(green when met, red when missed), and charts of the chosen KPI by month, by building and by
incident category (QtCharts)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label, minutes, target_text, unit_name
from desktop.live import LiveDesk
from desktop.widgets.page import Page
from domain.messages import current_language
from projections.kpis import MEASURES, MET, MISSED, TARGETS, KpiGroupRow, KpiRow

GREEN, RED, GREY = "#2f855a", "#c53030", "#718096"
VERDICT_COLOURS = {MET: GREEN, MISSED: RED}
MONTHS_SHOWN = 12
CATEGORIES_SHOWN = 6
TILE_STYLE = """
QPushButton#KpiTile { background: white; border: 1px solid #d9dee5; border-radius: 6px;
    text-align: left; padding: 0; }
QPushButton#KpiTile:hover { border-color: #90cdf4; }
QPushButton#KpiTile:checked { border: 2px solid #2c5282; background: #f7fbff; }
"""


def shown_value(value: float | None, measure: str) -> str:
    if value is None:
        return "—"
    return minutes(value) if TARGETS[measure].unit == "min" else f"{value:.1f} %"


class KpiTile(QPushButton):
    """One KPI: its value, its target, met or missed; pressing it charts that KPI."""

    def __init__(self, measure: str) -> None:
        super().__init__()
        self.measure = measure
        self.setObjectName("KpiTile")
        self.setCheckable(True)
        self.setMinimumHeight(118)
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setStyleSheet("font-weight: bold; color: #4a5568;")
        self.value = QLabel()
        self.target = QLabel()
        self.target.setStyleSheet(f"color: {GREY};")
        self.verdict = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        for part in (self.name, self.value, self.target, self.verdict):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            part.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(part)

    def show_row(self, row: KpiRow | None, target_text: str, sample_text: str) -> None:
        self.name.setText(label(self.measure))
        verdict = row.verdict if row else "no data"
        colour = VERDICT_COLOURS.get(verdict, GREY)
        self.value.setText(shown_value(row.value if row else None, self.measure))
        self.value.setStyleSheet(f"font-size: 24px; font-weight: bold; color: {colour};")
        self.target.setText(target_text.replace(">=", "≥"))
        mark = {MET: "✓ ", MISSED: "✗ "}.get(verdict, "")
        self.verdict.setText(f"{mark}{label(verdict)}   {sample_text}")
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.setProperty("verdict", verdict)


def chart_view() -> QChartView:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(6)
    chart.setMargins(QMargins(6, 6, 6, 6))
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)
    return view


def value_axis(values: Sequence[float], target: float, unit: str) -> QValueAxis:
    axis = QValueAxis()
    top = max([*values, target, 1.0]) * 1.15
    axis.setRange(0, 100 if unit == "%" and top > 60 else top)
    axis.applyNiceNumbers()
    axis.setLabelFormat("%.0f" if axis.max() >= 5 else "%.1f")
    axis.setTitleText(unit_name(unit))
    return axis


def verdict_bars(name: str, rows: Sequence[Any], horizontal: bool = False) -> QAbstractBarSeries:
    """One bar per row with its value on it: green when the target is met, red when missed."""
    bars = QBarSet(name)
    bars.setColor(QColor(GREEN))
    bars.setSelectedColor(QColor(RED))
    for r in rows:
        bars.append(r.value or 0.0)
    bars.selectBars([i for i, r in enumerate(rows) if r.verdict == MISSED])
    bars.setLabelColor(QColor("#2d3748"))
    series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setBarWidth(0.6)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    return series


def month_names(months: Sequence[str]) -> list[str]:
    """Short month names in the interface language; January also says its year."""
    locale = QLocale(
        QLocale.Language.Chinese
        if current_language().startswith("zh")
        else QLocale.Language.English
    )
    names = []
    for month in months:
        number = int(month[5:7])
        name = locale.standaloneMonthName(number, QLocale.FormatType.ShortFormat)
        names.append(name)
    return names


def target_line(name: str, count: int, target: float, horizontal: bool = False) -> QLineSeries:
    line = QLineSeries()
    line.setName(name)
    if horizontal:
        line.append(target, -0.5)
        line.append(target, count - 0.5)
    else:
        line.append(-0.5, target)
        line.append(count - 0.5, target)
    pen = QPen(QColor("#dd6b20"))
    pen.setWidth(2)
    pen.setStyle(Qt.PenStyle.DashLine)
    line.setPen(pen)
    return line


class DashboardPage(Page):
    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.setStyleSheet(TILE_STYLE)
        self.measure = MEASURES[0]
        self.rows: list[KpiRow] = []
        self.month_caption = QLabel()
        self.month = QComboBox()
        self.month.setMinimumWidth(140)
        self.note = QLabel()
        self.note.setStyleSheet(f"color: {GREY};")
        self.tiles = {measure: KpiTile(measure) for measure in MEASURES}
        self.tile_group = QButtonGroup(self)
        self.tile_group.setExclusive(True)
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in self.tiles.values():
            self.tile_group.addButton(tile)
            tiles.addWidget(tile, 1)
            tile.clicked.connect(self._on_tile_clicked)
        self.tiles[self.measure].setChecked(True)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(charts, 1)
        self.month.currentIndexChanged.connect(self._on_month_current_index_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Dashboard")

    def retranslate(self) -> None:
        self.month_caption.setText(self.tr("Month"))
        self.note.setText(
            self.tr("Targets from the service center's procedures. Press a tile to chart it.")
        )
        self.refresh()

    # --- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        kpis = self.live.models.kpis
        self.rows = self.live.read(lambda db: kpis.monthly(db))
        current = kpis.month_of(self.live.now())
        months = sorted({r.month for r in self.rows} | {current}, reverse=True)
        chosen = self.month.currentData() or current
        self.month.blockSignals(True)
        self.month.clear()
        for month in months:
            self.month.addItem(month, month)
        self.month.setCurrentIndex(max(0, self.month.findData(chosen)))
        self.month.blockSignals(False)
        self._show_month()

    def selected_month(self) -> str:
        return str(self.month.currentData())

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
        self._chart_by_month()
        kpis = self.live.models.kpis
        buildings, categories = self.live.read(
            lambda db: (kpis.by_building(db, month), kpis.by_category(db, month))
        )
        self._chart_groups(
            self.by_building,
            self.tr("{measure} by building, {month}"),
            [r for r in buildings if r.measure == self.measure],
            self._building_name,
        )
        measured = [r for r in categories if r.measure == self.measure and r.value is not None]
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
            self._category_name(categories),
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
        self._show_month()

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
