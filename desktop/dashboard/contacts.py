"""The dashboard's counter and hotline: the KPIs measured on contacts beside their targets,
the calls received and answered, the queue waits by hour (median and 90th percentile) and the
peak hours by weekday (projections/contact_kpis.py)."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.dashboard.charts import GREY, KpiTile, chart_view, target_line
from desktop.dashboard.heatmap import PeakHoursMap, weekday_names
from desktop.labels import target_text, unit_name
from desktop.live import LiveDesk
from desktop.widgets.jobs import Reading
from projections import contact_kpis
from projections.contact_kpis import ContactTotals, HourWaits
from projections.kpis import CONTACT_MEASURES, QUEUE_WAIT_MEDIAN, QUEUE_WAIT_P90, TARGETS

MEDIAN_COLOUR, P90_COLOUR = "#3182ce", "#dd6b20"


@dataclass(frozen=True)
class MonthRead:
    month: str
    totals: ContactTotals | None
    waits: list[HourWaits]
    peaks: dict[tuple[int, int], int]


class CallsBox(QFrame):
    """The month's calls received and answered, and the contacts served, as large numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.title = QLabel()
        self.title.setObjectName("CardTitle")
        self.captions = {key: QLabel() for key in ("calls", "answered", "missed", "served")}
        self.numbers = {key: QLabel("—") for key in self.captions}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for column, key in enumerate(self.captions):
            self.numbers[key].setStyleSheet("font-size: 22px; font-weight: bold; color: #2c5282;")
            self.captions[key].setStyleSheet(f"color: {GREY};")
            grid.addWidget(self.numbers[key], 0, column)
            grid.addWidget(self.captions[key], 1, column)
        self.numbers["missed"].setStyleSheet("font-size: 22px; font-weight: bold; color: #c53030;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addLayout(grid)

    def show_totals(self, totals: ContactTotals | None) -> None:
        values = (totals.calls, totals.answered, totals.missed, totals.closed) if totals else None
        for i, key in enumerate(self.numbers):
            self.numbers[key].setText("—" if values is None else str(values[i]))


class ContactsPanel(QWidget):
    """Counter and hotline: its KPI tiles, the calls, the waits by hour and the peak hours."""

    def __init__(self, live: LiveDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.month = ""
        self.totals: ContactTotals | None = None
        self.waits: list[HourWaits] = []
        self.tiles = {measure: KpiTile(measure, checkable=False) for measure in CONTACT_MEASURES}
        self.calls = CallsBox()
        self.by_hour = chart_view()
        self.peak_title = QLabel()
        self.peak_title.setObjectName("CardTitle")
        self.busiest = QLabel()
        self.busiest.setStyleSheet(f"color: {GREY};")
        self.peak_hours = PeakHoursMap()
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.calls)
        left.addWidget(self.by_hour, 1)
        peak = QFrame()
        peak.setObjectName("Card")
        peak_layout = QVBoxLayout(peak)
        peak_layout.setContentsMargins(12, 10, 12, 10)
        peak_layout.addWidget(self.peak_title)
        peak_layout.addWidget(self.peak_hours, 1)
        peak_layout.addWidget(self.busiest)
        below = QHBoxLayout()
        below.setSpacing(10)
        below.addLayout(left, 4)
        below.addWidget(peak, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(tiles)
        layout.addLayout(below, 1)
        self.month_read = Reading(self._ask_month, self._show_read, self._month_not_read, self)

    def retranslate(self) -> None:
        self.calls.title.setText(self.tr("Calls and contacts"))
        for key, text in (
            ("calls", self.tr("Calls received")),
            ("answered", self.tr("Calls answered")),
            ("missed", self.tr("Missed calls")),
            ("served", self.tr("Contacts served")),
        ):
            self.calls.captions[key].setText(text)

    @property
    def reading(self) -> bool:
        return self.month_read.busy

    def show_month(self, month: str) -> None:
        """Reads one month on a worker and shows it (the tiles are filled by the page, with
        the others): a month of ten years of contacts is a quarter of a second cold."""
        self.month = month
        self.retranslate()
        self.month_read.start()

    def _ask_month(self) -> Callable[[], MonthRead]:
        live, month = self.live, self.month
        return lambda: live.read(
            lambda db: MonthRead(
                month,
                contact_kpis.month_totals(db, month).get(month),
                contact_kpis.waits_by_hour(db, month),
                contact_kpis.peak_hours(db, month),
            )
        )

    def _month_not_read(self, _problem: object) -> None:
        self.busiest.setText(self.tr("This month could not be read. Show the dashboard again."))

    def _show_read(self, found: MonthRead) -> None:
        month, peaks = found.month, found.peaks
        self.totals, self.waits = found.totals, found.waits
        self.calls.show_totals(found.totals)
        self._chart_waits()
        self.peak_title.setText(
            self.tr("Peak hours, {month}: contacts and calls by weekday and hour").format(
                month=month
            )
        )
        self.peak_hours.set_counts(peaks)
        busiest = self.peak_hours.busiest()
        if busiest is None:
            self.busiest.setText(self.tr("No contacts this month."))
        else:
            day, hour = busiest
            self.busiest.setText(
                self.tr("Busiest: {day} {hour}:00–{next}:00, {count} contacts").format(
                    day=weekday_names()[day], hour=hour, next=hour + 1, count=peaks[busiest]
                )
            )

    def _chart_waits(self) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitle(self.tr("Queue waits by hour, {month}").format(month=self.month))
        view = self.by_hour
        view.setChart(chart)
        if not self.waits:
            chart.setTitle(chart.title() + "\n" + self.tr("no data"))
            chart.legend().hide()
            return
        median = QBarSet(self.tr("Median"))
        median.setColor(QColor(MEDIAN_COLOUR))
        p90 = QBarSet(self.tr("90th percentile"))
        p90.setColor(QColor(P90_COLOUR))
        for row in self.waits:
            median.append(round(row.median, 1))
            p90.append(round(row.p90, 1))
        series = QBarSeries()
        series.append(median)
        series.append(p90)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        hours = QBarCategoryAxis()
        hours.append([str(row.hour) for row in self.waits])  # hours read as on the heat map
        hours.setTitleText(self.tr("Hour the ticket was taken"))
        chart.addAxis(hours, Qt.AlignmentFlag.AlignBottom)
        values = QValueAxis()
        values.setRange(
            0, max([row.p90 for row in self.waits] + [TARGETS[QUEUE_WAIT_P90].value]) * 1.2
        )
        values.applyNiceNumbers()
        values.setLabelFormat("%.0f")
        values.setTitleText(unit_name("min"))
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(hours)
        series.attachAxis(values)
        for measure, colour in ((QUEUE_WAIT_MEDIAN, MEDIAN_COLOUR), (QUEUE_WAIT_P90, P90_COLOUR)):
            target = TARGETS[measure]
            name = self.tr("target {target}").format(target=target_text(target))
            line = target_line(html.escape(name), len(self.waits), target.value)
            pen = line.pen()
            pen.setColor(QColor(colour))
            line.setPen(pen)
            chart.addSeries(line)
            line.attachAxis(hours)
            line.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def chart(self) -> QChart:
        return self.by_hour.chart()
