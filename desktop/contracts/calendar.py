"""The contracts workspace's left card: the month with end dates and notice-due dates marked
(a click picks a day), and the selected contract's facts."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.contracts.sign import to_date, to_qdate
from desktop.labels import label
from desktop.widgets.quiet import set_flag
from domain.clock import EARLIEST_DAY, LATEST_DAY
from domain.messages import current_language
from projections.contract_rows import ContractRow

END = QColor("#bee3f8")
NOTICE = QColor("#fefcbf")
OVERDUE = QColor("#c53030")
FACTS = ("household", "kind", "term", "fee", "deposit", "notice", "status", "record")


class CalendarCard(QFrame):
    day_chosen = Signal(object)  # the date clicked
    list_chosen = Signal()  # back from one day to the list
    month_changed = Signal()  # another month shown: its marks are to be read

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setObjectName("Card")
        self.setFixedWidth(340)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setFixedHeight(230)
        # The days a contract can have (Qt's own range starts 4714 BC, no date a Python one)
        self.calendar.setDateRange(to_qdate(EARLIEST_DAY), to_qdate(LATEST_DAY))
        weekend = QTextCharFormat()
        weekend.setForeground(QBrush(QColor("#4a5568")))  # red is kept for what is late
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, weekend)
        self._marks: dict[date, str] = {}
        self._painted: tuple[int, int, tuple[tuple[date, str], ...]] | None = None
        self.legend = [QLabel() for _ in range(3)]
        legend = QHBoxLayout()
        legend.setSpacing(6)
        swatches = ("background: #bee3f8;", "background: #fefcbf;", "background: #fefcbf; "
                    "border: 2px solid #c53030;")  # fmt: skip
        for text, look in zip(self.legend, swatches, strict=True):
            swatch = QLabel()
            swatch.setObjectName("Swatch")
            swatch.setStyleSheet(look)
            text.setObjectName("Hint")
            legend.addWidget(swatch)
            legend.addWidget(text)
            legend.addSpacing(6)
        legend.addStretch()
        self.day_filter = QLabel()
        self.day_filter.setObjectName("DayFilter")
        self.day_filter.setWordWrap(True)
        self.show_list = QPushButton()
        self.day_box = QWidget()
        day_row = QHBoxLayout(self.day_box)
        day_row.setContentsMargins(0, 0, 0, 0)
        day_row.addWidget(self.day_filter, 1)
        day_row.addWidget(self.show_list)
        self.day_box.hide()

        self.title = QLabel()
        self.title.setObjectName("SectionTitle")
        self.empty = QLabel()
        self.empty.setObjectName("Hint")
        self.empty.setWordWrap(True)
        self.captions = {key: QLabel() for key in FACTS}
        self.values = {key: QLabel() for key in FACTS}
        self.facts = QWidget()
        facts = QGridLayout(self.facts)
        facts.setContentsMargins(0, 0, 0, 0)
        facts.setHorizontalSpacing(10)
        facts.setVerticalSpacing(4)
        facts.setColumnStretch(1, 1)
        for row, key in enumerate(FACTS):
            self.captions[key].setObjectName("Caption")
            self.values[key].setObjectName("Value")
            self.values[key].setWordWrap(True)
            self.values[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addWidget(self.captions[key], row, 0, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(self.values[key], row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.calendar)
        layout.addLayout(legend)
        layout.addWidget(self.day_box)
        layout.addSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.facts)
        layout.addStretch()
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.calendar.currentPageChanged.connect(self._on_calendar_current_page_changed)
        self.show_list.clicked.connect(self._on_show_list_clicked)

    def retranslate(self) -> None:
        self.calendar.setLocale(QLocale(current_language()))  # month and day names
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)  # as the desk's week runs
        for text, caption in zip(
            self.legend,
            (self.tr("Ends"), self.tr("Notice due"), self.tr("Notice overdue")),
            strict=True,
        ):
            text.setText(caption)
        self.show_list.setText(self.tr("Show the list"))
        self.empty.setText(self.tr("Choose a contract in the list to act on it."))
        captions = (
            self.tr("Household"),
            self.tr("Kind"),
            self.tr("Term"),
            self.tr("Monthly fee"),
            self.tr("Deposit"),
            self.tr("Renewal notice"),
            self.tr("Status"),
            self.tr("On record"),
        )
        for key, caption in zip(FACTS, captions, strict=True):
            self.captions[key].setText(caption)

    # --- the month ------------------------------------------------------------------------

    def mark(self, marks: dict[date, str], today: date) -> None:
        """End dates in blue, notice-due dates in yellow, overdue notices in red on yellow
        (`marks`: the renewal calendar's, per day)."""
        first_time = self._painted is None
        self._marks = marks
        if first_time:
            self.calendar.setSelectedDate(to_qdate(today))
        self._paint_page()

    def shown_days(self) -> tuple[date, date]:
        """The first and last day of the weeks the month shows (a little more)."""
        year = min(max(self.calendar.yearShown(), EARLIEST_DAY.year), LATEST_DAY.year)
        first = date(year, self.calendar.monthShown(), 1)
        before, after = timedelta(days=7), timedelta(days=44)
        start = first - before if first - date.min > before else date.min
        end = first + after if date.max - first > after else date.max  # the calendar's end
        return start, end

    def _paint_page(self) -> None:
        """Format only the weeks on show, and only when their marks changed."""
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        start, end = self.shown_days()
        marks = tuple(sorted((day, m) for day, m in self._marks.items() if start <= day <= end))
        if self._painted == (year, month, marks):
            return
        self._painted = (year, month, marks)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date
        for day, mark in marks:
            look = QTextCharFormat()
            look.setFontWeight(QFont.Weight.Bold)
            look.setBackground(QBrush(END if mark == "end" else NOTICE))
            if mark == "overdue":
                look.setForeground(QBrush(OVERDUE))
            self.calendar.setDateTextFormat(to_qdate(day), look)

    def _on_calendar_current_page_changed(self, _year: int, _month: int) -> None:
        self._paint_page()
        self.month_changed.emit()

    def _on_calendar_clicked(self, value: QDate) -> None:
        self.day_chosen.emit(to_date(value))

    def _on_show_list_clicked(self) -> None:
        self.day_box.hide()
        self.list_chosen.emit()

    def show_day(self, day: date, count: int) -> None:
        self.day_filter.setText(
            self.tr("On {day}: {n} ending or with a notice due").format(
                n=count, day=day.isoformat()
            )
        )
        self.day_box.show()

    # --- the selected contract ------------------------------------------------------------

    def show_contract(
        self, row: ContractRow | None, household: str, today: date, late: bool
    ) -> None:
        self.empty.setVisible(row is None)
        self.facts.setVisible(row is not None)
        if row is None:
            self.title.setText(self.tr("Contract"))
            return
        self.title.setText(f"{row.unit} · {label(row.kind)}")
        self.values["household"].setText(household)
        self.values["kind"].setText(label(row.kind))
        term = f"{row.start.isoformat()} – {row.end.isoformat()}"
        if row.renewals:
            term += "  " + self.tr("(renewed {n}×)").format(n=row.renewals)
        self.values["term"].setText(term)
        self.values["fee"].setText(f"¥{row.monthly_fee}")
        deposit = self.tr("none")
        if row.deposit:
            deposit = self.tr("¥{agreed} agreed · ¥{paid} paid · ¥{held} held").format(
                agreed=row.deposit, paid=row.deposit_paid, held=row.deposit_held
            )
        self.values["deposit"].setText(deposit)
        if row.notice_sent_on is not None:
            notice = self.tr("sent {on} by {channel} (due {due})").format(
                on=row.notice_sent_on.isoformat(),
                channel=label(row.notice_channel),
                due=row.notice_due.isoformat(),
            )
        else:
            notice = self.tr("due {due}, not sent").format(due=row.notice_due.isoformat())
        self.values["notice"].setText(notice)
        status = label(row.status(today))
        if row.terminated_on is not None:
            status += f" {row.terminated_on.isoformat()}: {row.termination_reason}"
        self.values["status"].setText(status)
        set_flag(self.values["status"], "alert", late)
        signed = row.signed_at.astimezone(self.zone).date()
        record = self.tr("signed {at}").format(at=signed.isoformat())
        if row.breaches:
            record += " · " + self.tr("breaches: {n}").format(n=row.breaches)
        self.values["record"].setText(record)
