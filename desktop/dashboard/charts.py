"""The dashboard's pieces: a KPI tile (its value beside its target, green when met, red when
missed) and the QtCharts helpers its charts share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout

from desktop.labels import label, minutes, unit_name
from domain.messages import current_language
from projections.kpis import MET, MISSED, TARGETS, KpiRow

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
    """One KPI: its value, its target, met or missed; pressing a checkable one charts it."""

    def __init__(self, measure: str, checkable: bool = True) -> None:
        super().__init__()
        self.measure = measure
        self.setObjectName("KpiTile")
        self.setCheckable(checkable)
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
