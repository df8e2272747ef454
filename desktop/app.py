"""`frontdesk` with no arguments: sign in, then the desk."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import printer, style, translations
from desktop.cli.session import open_window_desk
from desktop.display import display_problem
from domain.errors import DomainError
from domain.staff import may
from domain.store import describe, store_url

# The desk's window, its workspaces and the read models are imported once the sign-in window
# shows, on a thread of their own, while the receptionist types her name and password
# (load_the_window_behind); the sign-in window shows before they load.
if TYPE_CHECKING:
    from desktop.building_demo import Build
    from desktop.main_window import MainWindow
    from domain import FrontDesk
    from projections.runner import ReadModels


def settings() -> QSettings:
    return QSettings("FrontDesk", "FrontDesk")


def forget_when_due(desk: FrontDesk, models: ReadModels) -> None:
    """The retention rule runs at every sign-in of someone allowed to apply it."""
    if may(desk.role(), "forget_personal_data"):
        from desktop.usecases.retention import forget_expired

        forget_expired(desk, models)


def prepare(desk: FrontDesk, progress: Callable[[int, int], None]) -> ReadModels:
    """What the desk needs before its window opens, run on a worker thread while the
    sign-in dialog shows the progress: the read models brought up to date, the retention
    rule applied; and the window's modules imported, not while the window is built."""
    import desktop.live
    import desktop.main_window  # noqa: F401
    from desktop.workspaces import default_pages
    from projections.catalogue import open_read_models

    _loaded()
    models = open_read_models(desk, catch_up=False)
    start = models.position()
    total = models.behind()
    models.catch_up(progress=lambda position: progress(position - start, total))
    forget_when_due(desk, models)
    default_pages()  # the workspaces' modules
    return models


LOAD_AFTER_MS = 200  # the sign-in window is up and painted by then
_loading: threading.Thread | None = None


def warm_up() -> None:
    """While the receptionist types her name and password: the process that draws passes
    starts (its PDF font takes ~0.7 s to load), and the window's modules are imported (~0.3 s
    otherwise spent between pressing Enter and the first screen)."""
    printer.start_drawing_process()
    QTimer.singleShot(LOAD_AFTER_MS, load_the_window_behind)


def load_the_window_behind() -> None:
    global _loading
    if _loading is None:
        _loading = threading.Thread(target=_load_the_window, name="loading-window", daemon=True)
        _loading.start()


def _load_the_window() -> None:
    try:
        import desktop.live
        import desktop.main_window  # noqa: F401
        from desktop.workspaces import default_pages
        from projections import catalogue

        default_pages()  # the workspaces' modules
        catalogue.ALL_MODELS  # noqa: B018 (the read models' modules)
    except Exception:  # prepare imports them again, and says what went wrong
        pass


def _loaded() -> None:
    """Imports from two threads at once could meet in a cycle: the loading ends first."""
    if _loading is not None:
        _loading.join()


def run_desktop(url: str | None = None, build_first: Build | None = None) -> int:
    """The sign-in, then the desk; `build_first` fills a new store first (the demo), while
    a progress dialog shows how far it has come."""
    if QApplication.instance() is None:
        problem = display_problem()
        if problem:  # before Qt, which would abort with pages of its own text
            print(problem, file=sys.stderr)
            return 1
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Front Desk")
    style.install(app)
    remembered = settings()
    translations.install(str(remembered.value("language", translations.system_language())))
    if build_first is not None:
        from desktop.building_demo import build_with_progress

        built = build_with_progress(build_first)
        if isinstance(built, DomainError):
            QMessageBox.critical(None, app.translate("App", "Front Desk"), built.message())
            return 1
    try:
        desk = open_window_desk(url, desk_name=remembered.value("desk_name") or None)
    except DomainError as refused:  # e.g. this desk lacks the store's key
        QMessageBox.critical(None, app.translate("App", "Front Desk"), refused.message())
        return 1
    if not desk.is_initialised():
        QMessageBox.warning(
            None,
            app.translate("App", "Front Desk"),
            app.translate(
                "App",
                "The store at {store} is not set up yet.\n"
                "Run `frontdesk demo` for a demo community, or `frontdesk init --admin USER`.",
            ).format(store=describe(store_url(url))),
        )
        return 1
    from desktop.sign_in import SignInDialog

    opened: list[MainWindow] = []

    def build_window(models: ReadModels) -> None:
        from desktop.live import LiveDesk
        from desktop.main_window import MainWindow

        # Built while the sign-in dialog still shows its progress, a workspace at a time.
        opened.append(MainWindow(LiveDesk(desk, models), remembered, progressive=True))

    warm_up()
    try:
        dialog = SignInDialog(
            desk, remembered, opening=lambda progress: prepare(desk, progress), then=build_window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        window = opened[0]
        window.show_at_start()
        window.live.follow()
        return app.exec()
    finally:
        printer.stop_drawing_process()
