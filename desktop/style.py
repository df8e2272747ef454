"""How the desk looks: the bundled Chinese font, a calm palette, red only for what is late."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

import resources

FONT_FILES = ("fonts/wqy-microhei.ttc",)

# Where the keyboard is must always show: a ring one pixel wider, the padding one pixel less,
# so nothing moves when the focus does.
FOCUS_RING = """
QPushButton:focus { border: 2px solid #dd6b20; padding: 4px 12px; }
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus { border: 2px solid #3182ce;
    padding: 3px 5px; }
QPlainTextEdit:focus, QTextEdit:focus { border: 2px solid #3182ce; }
QListWidget:focus, QListView:focus, QTreeView:focus { border: 2px solid #3182ce; }
QCheckBox:focus, QRadioButton:focus { border: 1px dotted #dd6b20; }
QPushButton#Emergency:focus { border: 2px solid #f6ad55; padding: 6px 16px; }
"""

STYLESHEET = (
    """
QMainWindow, QDialog { background: #f4f6f8; }
QWidget#NavBar { background: #1f3a5f; }
QListWidget#Nav { background: #1f3a5f; color: #dfe7f1; border: none; font-size: 15px; outline: 0; }
QListWidget#Nav::item { padding: 11px 18px; border-left: 4px solid transparent; }
QListWidget#Nav::item:selected { background: #2c5282; color: white;
    border-left: 4px solid #f6ad55; }
QListWidget#Nav::item:hover:!selected { background: #27466f; }
QLabel#Brand { color: white; font-size: 17px; font-weight: bold; padding: 16px 18px 4px 18px; }
QLabel#BrandSub { color: #a9bcd6; padding: 0 18px 14px 18px; }
QWidget#TopBar { background: white; border-bottom: 1px solid #d9dee5; }
QLabel#PageTitle { font-size: 20px; font-weight: bold; color: #1a202c; }
QLabel#Clock { font-size: 15px; color: #2d3748; }
QLabel#Operator { color: #4a5568; }
QPushButton#Emergency { background: #c53030; color: white; font-weight: bold; font-size: 15px;
    padding: 8px 18px; border-radius: 4px; border: none; }
QPushButton#Emergency:hover { background: #9b2c2c; }
QPushButton#Emergency:disabled { background: #e2a0a0; }
QFrame#Card { background: white; border: 1px solid #d9dee5; border-radius: 6px; }
QLabel#CardTitle { font-size: 15px; font-weight: bold; color: #1a202c; }
QLabel#CardCount { font-size: 15px; font-weight: bold; color: #2c5282; }
QLabel#CardCount[alert="true"] { color: #c53030; }
QLabel#FieldError { color: #c53030; }
QLabel#Banner { background: #fefcbf; color: #744210; padding: 6px 12px;
    border-bottom: 1px solid #f6e05e; }
QTableView { background: white; alternate-background-color: #f7fafc;
    border: 2px solid transparent;
    selection-background-color: #bee3f8; selection-color: #1a202c; }
QTableView:focus { border: 2px solid #3182ce; }
QHeaderView::section { background: #edf2f7; color: #4a5568; padding: 5px 8px; border: none;
    border-bottom: 1px solid #d9dee5; font-weight: bold; }
QPushButton { padding: 5px 13px; background: white; color: #1a202c;
    border: 1px solid #a0aec0; border-radius: 4px; }
QPushButton:hover { background: #edf2f7; }
QPushButton:pressed, QPushButton:checked { background: #e2e8f0; }
QPushButton:disabled { color: #a0aec0; border-color: #e2e8f0; }
QPushButton[primary="true"] { background: #2c5282; color: white; border: 1px solid #2c5282;
    font-weight: bold; }
QPushButton[primary="true"]:hover { background: #2a4365; }
QPushButton[primary="true"]:disabled { background: #a0aec0; border-color: #a0aec0; }
QPushButton[destructive="true"] { color: #9b2c2c; }
QPushButton[destructive="true"]:disabled { color: #a0aec0; }
QLineEdit, QComboBox, QDateEdit, QDateTimeEdit, QSpinBox, QPlainTextEdit { padding: 4px 6px; }
QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit {
    border: 1px solid #a0aec0; border-radius: 3px; background: white; }
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled { background: #edf2f7; }
QComboBox { combobox-popup: 0; }
QComboBox QAbstractItemView { background: white; color: #1a202c; border: 1px solid #a0aec0;
    outline: 0; selection-background-color: #bee3f8; selection-color: #1a202c; }
QComboBox QAbstractItemView::item { min-height: 24px; padding: 0 6px; }
"""
    + FOCUS_RING
    + """
"""
)


def install(app: QApplication) -> str:
    """Register the bundled CJK font so Chinese renders on machines without Chinese fonts."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resources.path(name)
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families += QFontDatabase.applicationFontFamilies(font_id)
    family = families[0] if families else app.font().family()
    font = QFont(family, 10)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
    return family
