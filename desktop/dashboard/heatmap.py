"""The peak hours of the counter and the phone: contacts (missed calls too) of a month by
weekday and hour, painted as a grid whose cells darken with the count, each count written
in its cell."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from domain.messages import current_language

FIRST_HOUR, LAST_HOUR = 7, 21  # shown at least; hours with contacts outside widen the grid
LOW, HIGH = QColor("#e6f0fa"), QColor("#1c4a86")
EMPTY = QColor("#f7fafc")


def weekday_names() -> list[str]:
    """Monday to Sunday, short, in the interface language (周一…周日, 週一…週日, Mon…Sun)."""
    language = current_language()
    if language.startswith("zh"):
        locale = QLocale(
            QLocale.Language.Chinese,
            QLocale.Script.TraditionalChineseScript
            if language == "zh_TW"
            else QLocale.Script.SimplifiedChineseScript,
            QLocale.Country.Taiwan if language == "zh_TW" else QLocale.Country.China,
        )
    else:
        locale = QLocale(QLocale.Language.English)
    return [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]


def shade(count: int, most: int) -> QColor:
    """A cell's colour: pale for one contact, the desk's navy for the busiest hour."""
    if count <= 0 or most <= 0:
        return EMPTY
    share = 0.15 + 0.85 * count / most
    return QColor(
        round(LOW.red() + (HIGH.red() - LOW.red()) * share),
        round(LOW.green() + (HIGH.green() - LOW.green()) * share),
        round(LOW.blue() + (HIGH.blue() - LOW.blue()) * share),
    )


class PeakHoursMap(QWidget):
    """Weekdays down, hours across; `counts` maps (weekday 0 = Monday, hour) to contacts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[tuple[int, int], int] = {}
        self.hours = list(range(FIRST_HOUR, LAST_HOUR + 1))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(420, 200))
        self.setMouseTracking(True)

    def set_counts(self, counts: dict[tuple[int, int], int]) -> None:
        self.counts = dict(counts)
        hours = [hour for (_day, hour) in counts]
        first = min([FIRST_HOUR, *hours])
        last = max([LAST_HOUR, *hours])
        self.hours = list(range(first, last + 1))
        self.setToolTip("")
        self.update()

    def count(self, weekday: int, hour: int) -> int:
        return self.counts.get((weekday, hour), 0)

    def busiest(self) -> tuple[int, int] | None:
        """The (weekday, hour) with the most contacts; None when there were none."""
        if not self.counts:
            return None
        return max(self.counts, key=lambda key: (self.counts[key], -key[0], -key[1]))

    # --- geometry ---------------------------------------------------------------------------

    def _label_width(self) -> float:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(name) for name in weekday_names()) + 12.0

    def _header_height(self) -> float:
        return self.fontMetrics().height() + 8.0

    def cell_rect(self, weekday: int, hour: int) -> QRectF:
        """Where the cell of a weekday and hour is painted (empty when the hour is not shown)."""
        if hour not in self.hours:
            return QRectF()
        left, top = self._label_width(), self._header_height()
        width = (self.width() - left - 2) / len(self.hours)
        height = (self.height() - top - 2) / 7
        column = self.hours.index(hour)
        return QRectF(left + column * width, top + weekday * height, width, height)

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """The (weekday, hour) painted at a point, or None outside the grid."""
        for weekday in range(7):
            for hour in self.hours:
                if self.cell_rect(weekday, hour).contains(x, y):
                    return weekday, hour
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """The cell under the pointer says its weekday, hour and count."""
        cell = self.cell_at(event.position().x(), event.position().y())
        if cell is None:
            self.setToolTip("")
        else:
            day, hour = cell
            self.setToolTip(f"{weekday_names()[day]} {hour}:00–{hour + 1}:00  {self.count(*cell)}")
        super().mouseMoveEvent(event)

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), QColor("white"))
        most = max(self.counts.values(), default=0)
        names = weekday_names()
        label_width, header = self._label_width(), self._header_height()
        painter.setPen(QColor("#4a5568"))
        for hour in self.hours:
            rect = self.cell_rect(0, hour)
            painter.drawText(
                QRectF(rect.left(), 0, rect.width(), header),
                Qt.AlignmentFlag.AlignCenter,
                str(hour),
            )
        for weekday in range(7):
            rect = self.cell_rect(weekday, self.hours[0])
            painter.setPen(QColor("#4a5568"))
            painter.drawText(
                QRectF(0, rect.top(), label_width - 8, rect.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                names[weekday],
            )
            for hour in self.hours:
                self._paint_cell(painter, weekday, hour, most)
        painter.end()

    def _paint_cell(self, painter: QPainter, weekday: int, hour: int, most: int) -> None:
        rect = self.cell_rect(weekday, hour).adjusted(1, 1, -1, -1)
        count = self.count(weekday, hour)
        colour = shade(count, most)
        painter.fillRect(rect, colour)
        if not count:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        if self.fontMetrics().horizontalAdvance(str(count)) > rect.width() - 2:
            return  # too narrow to say it: the colour does
        painter.setFont(font)
        dark = colour.lightness() < 140
        painter.setPen(QPen(QColor("white" if dark else "#1a202c")))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.setFont(self.font())
