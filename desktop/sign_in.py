"""Sign-in: username and password, the desk's name and the interface language, remembered.

The store work that must happen before the desk opens (bringing the read models up to
date, the retention rule) runs on a worker thread while the dialog shows its progress: the
dialog never freezes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import translations
from desktop.preferences import keep
from desktop.widgets.jobs import Job, Progress
from domain import errors
from domain.application import FrontDesk
from domain.messages import current_language

CLOSE_DESK = 2  # the lock screen's result when the desk is closed instead


class SignInDialog(QDialog):
    """At the start, and as the lock screen (`locked`): the desk stays locked until someone
    signs in (Esc does not unlock it); "Close the desk" ends the program."""

    def __init__(
        self,
        desk: FrontDesk,
        settings: QSettings,
        parent: QWidget | None = None,
        locked: bool = False,
        opening: Callable[[Progress], Any] | None = None,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.settings = settings
        self.locked = locked
        self.opening = opening  # the store work after sign-in, on a worker thread
        self.opened: Any = None  # what it returned
        self.then = then  # with it, on the GUI thread, before the dialog closes (the window)
        self.job: Job | None = None
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
        current = (
            current_language()  # locked: the language the desk is speaking
            if locked
            else str(settings.value("language", translations.system_language()))
        )
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
        self.status = QLabel()  # how the opening goes: news, not a refusal
        self.status.setStyleSheet("color: #4a5568;")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.close_desk = QPushButton()
        self.close_desk.setAutoDefault(False)
        self.close_desk.setVisible(locked)
        self.close_desk.clicked.connect(lambda: self.done(CLOSE_DESK))
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_desk)
        buttons.addStretch()
        buttons.addWidget(self.sign_in_button)
        layout.addLayout(buttons)

        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.retranslate()
        (self.password if self.username.text() else self.username).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Front Desk — sign in"))
        self.title.setText(
            self.tr("Desk locked — sign in") if self.locked else self.tr("Front Desk")
        )
        self.close_desk.setText(self.tr("Close the desk"))
        self.community.setText(self.desk.community() or self.tr("Service center"))
        texts = [self.tr("Username"), self.tr("Password"), self.tr("Desk"), self.tr("Language")]
        for caption, text in zip(self.labels, texts, strict=True):
            caption.setText(text)
        self.sign_in_button.setText(self.tr("Sign in"))

    def reject(self) -> None:
        if not self.locked and self.job is None:  # a locked desk opens only to someone who signs in
            super().reject()

    def _on_language_changed(self) -> None:
        translations.install(self.language.currentData())
        self.retranslate()
        self.error.clear()

    def _on_sign_in_clicked(self) -> None:
        if self.desk_name.text().strip():
            self.desk.desk_name = self.desk_name.text().strip()
        username, password = self.username.text().strip(), self.password.text()
        if self.opening is None:
            try:
                self.desk.sign_in(username, password)
            except errors.DomainError as refusal:
                self._refused(refusal)
                return
            self._remember()
            self.accept()
            return
        opening = self.opening

        def sign_in_and_open(progress: Any) -> Any:
            # The password's check (scrypt, ~50 ms) on the worker too: the window keeps drawing.
            try:
                self.desk.sign_in(username, password)
            except errors.DomainError as refusal:
                raise _Refused(refusal) from None
            return opening(progress)

        self._set_busy(True)
        self._say(self.tr("Opening the desk…"))
        self.job = Job(sign_in_and_open, self)
        self.job.progressed.connect(self._on_job_progressed)
        self.job.succeeded.connect(self._on_job_succeeded)
        self.job.failed.connect(self._on_job_failed)
        self.job.start()

    def _set_busy(self, busy: bool) -> None:
        for field in (self.username, self.password, self.desk_name, self.language):
            field.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.setVisible(busy)
        if not busy:
            self._say("")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _on_job_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self._say(
                self.tr("Bringing the desk up to date: {done} of {total} new events…").format(
                    done=done, total=total
                )
            )

    def _on_job_succeeded(self, opened: object) -> None:
        self.job = None
        self._remember()
        self.opened = opened
        if self.then is not None:
            self._say(self.tr("Opening the desk…"))
            self.progress.setRange(0, 0)
            self.then(opened)
        self.accept()

    def _refused(self, refusal: errors.DomainError) -> None:
        self.error.setText(str(refusal))
        self.password.selectAll()
        self.password.setFocus()

    def _remember(self) -> None:
        keep(self.settings, "last_username", self.username.text().strip())
        keep(self.settings, "desk_name", self.desk.desk_name)
        keep(self.settings, "language", self.language.currentData())

    def _on_job_failed(self, problem: BaseException) -> None:
        self.job = None
        self._set_busy(False)
        if isinstance(problem, _Refused):  # a wrong password, say: nothing was opened
            self._refused(problem.refusal)
            return
        self.desk.sign_out()
        message = problem.message() if isinstance(problem, errors.DomainError) else str(problem)
        self.error.setText(
            self.tr("The desk could not be opened: {problem}").format(
                problem=message or type(problem).__name__
            )
        )


class _Refused(Exception):
    """The sign-in itself was refused, on the worker: said beside the password."""

    def __init__(self, refusal: errors.DomainError) -> None:
        super().__init__(str(refusal))
        self.refusal = refusal
