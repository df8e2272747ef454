"""Sign-in: username and password, the desk's name and the interface language, remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import translations
from domain import errors
from domain.application import FrontDesk


class SignInDialog(QDialog):
    def __init__(self, desk: FrontDesk, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.settings = settings
        self.setMinimumWidth(380)
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.community = QLabel()
        self.community.setObjectName("Operator")
        self.username = QLineEdit(str(settings.value("last_username", "")))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.desk_name = QLineEdit(desk.desk_name)
        self.language = QComboBox()
        for code, name in translations.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        current = str(settings.value("language", translations.system_language()))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.sign_in_button = QPushButton()
        self.sign_in_button.setProperty("primary", True)
        self.sign_in_button.setDefault(True)

        self.labels = [QLabel() for _ in range(4)]
        self.form = QFormLayout()
        for caption, field in zip(
            self.labels, (self.username, self.password, self.desk_name, self.language), strict=True
        ):
            self.form.addRow(caption, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.community)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.sign_in_button, alignment=Qt.AlignmentFlag.AlignRight)

        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.retranslate()
        (self.password if self.username.text() else self.username).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Front Desk — sign in"))
        self.title.setText(self.tr("Front Desk"))
        self.community.setText(self.desk.community() or self.tr("Service center"))
        texts = [self.tr("Username"), self.tr("Password"), self.tr("Desk"), self.tr("Language")]
        for caption, text in zip(self.labels, texts, strict=True):
            caption.setText(text)
        self.sign_in_button.setText(self.tr("Sign in"))

    def _on_language_changed(self) -> None:
        translations.install(self.language.currentData())
        self.retranslate()
        self.error.clear()

    def _on_sign_in_clicked(self) -> None:
        if self.desk_name.text().strip():
            self.desk.desk_name = self.desk_name.text().strip()
        try:
            self.desk.sign_in(self.username.text().strip(), self.password.text())
        except errors.DomainError as refusal:
            self.error.setText(str(refusal))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.settings.setValue("last_username", self.username.text().strip())
        self.settings.setValue("desk_name", self.desk.desk_name)
        self.settings.setValue("language", self.language.currentData())
        self.accept()
