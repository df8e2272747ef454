"""A list's columns are as wide as what they show, measured when the rows change, not each
time the workspace is shown (Qt's own fit-to-contents asked the model for the first 40
rows' every cell at each Ctrl+4: the longest freeze of a morning at the counter); and a list
read again that comes back unchanged is left alone."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QVBoxLayout, QWidget

from desktop.widgets.table_model import Column, RowTableModel
from desktop.widgets.tables import RowTable


@dataclass(frozen=True)
class Visit:
    pass_id: str
    name: str
    unit: str


class MeasuringDelegate(QStyledItemDelegate):
    """Counts how often a cell is measured (a column fitted to its content)."""

    measured = 0

    def sizeHint(self, option, index):
        MeasuringDelegate.measured += 1
        return super().sizeHint(option, index)


def a_table(qtbot) -> tuple[QWidget, RowTable, RowTableModel]:
    model = RowTableModel(
        [Column("Pass", lambda r: r.pass_id), Column("Visitor", lambda r: r.name),
         Column("Unit", lambda r: r.unit)],
        ZoneInfo("Asia/Shanghai"),
    )  # fmt: skip
    table = RowTable(model)
    table.fit_to_width(stretch_column=2)
    table.setItemDelegate(MeasuringDelegate(table))
    panel = QWidget()
    QVBoxLayout(panel).addWidget(table)
    panel.resize(600, 400)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, table, model


def fitted(qtbot, table: RowTable) -> None:
    """The widths are measured once the event loop turns after a change."""
    qtbot.wait(20)


def test_a_column_widens_and_narrows_with_what_it_shows(qtbot) -> None:
    _, table, model = a_table(qtbot)
    model.set_rows([Visit("P1", "王", "1-1-101")])
    fitted(qtbot, table)
    narrow = table.columnWidth(1)
    model.set_rows([Visit("P1", "欧阳长长长长长长长长长长长长长长长长", "1-1-101")])
    fitted(qtbot, table)
    wide = table.columnWidth(1)
    assert wide > narrow + 100
    model.set_rows([Visit("P1", "王", "1-1-101")])
    fitted(qtbot, table)
    assert table.columnWidth(1) == narrow


def test_showing_the_list_again_measures_nothing(qtbot) -> None:
    panel, table, model = a_table(qtbot)
    model.set_rows([Visit(f"P{n}", f"访客{n}", f"1-1-{n}") for n in range(200)])
    fitted(qtbot, table)
    measured = MeasuringDelegate.measured
    for _ in range(3):  # the workspace left and opened again
        panel.hide()
        panel.show()
        qtbot.waitExposed(panel)
        fitted(qtbot, table)
    assert MeasuringDelegate.measured == measured
    model.set_rows([Visit("P1", "新来的访客", "1-1-101")])  # new rows are measured
    fitted(qtbot, table)
    assert MeasuringDelegate.measured > measured


def test_a_list_read_again_unchanged_is_left_alone(qtbot) -> None:
    _, table, model = a_table(qtbot)
    rows = [Visit(f"P{n}", f"访客{n}", "1-1-101") for n in range(5)]
    model.update_rows(rows, key=lambda r: r.pass_id)
    table.selectRow(3)
    with qtbot.assertNotEmitted(model.dataChanged), qtbot.assertNotEmitted(model.modelReset):
        model.update_rows(list(rows), key=lambda r: r.pass_id)  # equal rows, read again
    changed = [*rows[:2], Visit("P2", "访客二", "1-1-101"), *rows[3:]]
    with qtbot.waitSignal(model.dataChanged):
        model.update_rows(changed, key=lambda r: r.pass_id)
    assert model.row(model.index(2, 0)).name == "访客二"
    assert table.selected_row() == rows[3]  # the selection stays


def test_columns_kept_by_an_earlier_desk_are_still_measured_only_when_rows_change(
    qtbot, tmp_path
) -> None:
    """A layout saved before (Qt measuring every column at each showing) brings its resize
    modes back with it: the list still measures only when its rows change."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    _kept_alive, earlier, _ = a_table(qtbot)  # the table lives as long as its panel
    header = earlier.horizontalHeader()
    for column in range(3):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    settings.setValue("columns/visitors/0", header.saveState())

    panel, table, model = a_table(qtbot)
    table.remember_layout(settings, "visitors/0")
    model.set_rows([Visit(f"P{n}", f"访客{n}", f"1-1-{n}") for n in range(50)])
    fitted(qtbot, table)
    measured = MeasuringDelegate.measured
    panel.hide()
    panel.show()
    qtbot.waitExposed(panel)
    fitted(qtbot, table)
    assert MeasuringDelegate.measured == measured
