"""The main window: navigation on the left, the workspace, and always in view the clock,
who is signed in at which desk, the way to a past moment and the Emergency button."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.alarm import sound_alarm
from desktop.as_of import AsOfBanner, AsOfControl
from desktop.emergency_banner import EmergencyAlert
from desktop.handover.hand_over import HAND_OVER_KEY, HandOverDialog
from desktop.handover.take_over import TakeOverDialog
from desktop.labels import label
from desktop.live import LiveDesk
from desktop.preferences import keep
from desktop.sign_in import CLOSE_DESK, SignInDialog
from desktop.widgets.jobs import Reading
from desktop.widgets.page import Page
from desktop.widgets.tables import RowTable
from desktop.workspace_set import Workspaces
from desktop.workspaces import PageFactory, default_pages
from domain.errors import DomainError
from domain.staff import may

SMALL_SCREEN = (1366, 768)  # at this size or below the desk opens maximized


def workspace_key(row: int) -> str:
    """The digit that, with Ctrl, opens the workspace at `row`: 1…9, then 0; "" past ten."""
    return str((row + 1) % 10) if row < 10 else ""


class MainWindow(QMainWindow):
    def __init__(
        self,
        live: LiveDesk,
        settings: QSettings,
        pages: dict[str, PageFactory] | None = None,
        progressive: bool = False,
    ) -> None:
        """The first workspace is built now, the others once the window is up, one an
        event-loop turn (or at once, when one is asked for first). `progressive`: let the
        event loop run while the window is built (the sign-in dialog's progress moves on;
        nothing else can reach this window yet)."""
        super().__init__()
        self.live = live
        self.settings = settings
        live.opening = True
        self.pages = Workspaces({}, self._build_page)
        self.locked = False
        self.lock_dialog: QDialog | None = None
        self.handover_dialog: QDialog | None = None  # handing over, or taking over
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_nav_bar())
        layout.addWidget(self._build_workspace())
        self.setCentralWidget(central)
        self._factories = pages or default_pages()
        self._add_pages(self._factories, progressive)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self._install_keys()
        self._follow_live()
        if progressive:
            QApplication.processEvents()
        self.retranslate()
        self._on_ticker_timeout()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        live.opening = False
        if progressive:
            QApplication.processEvents()
        self.nav.setCurrentRow(0)

    def _build_nav_bar(self) -> QWidget:
        """The community's name over the list of workspaces."""
        self.nav = QListWidget()
        self.nav.setObjectName("Nav")
        self.brand = QLabel()
        self.brand.setObjectName("Brand")
        self.brand_sub = QLabel(self.live.desk.community())
        self.brand_sub.setObjectName("BrandSub")
        nav_bar = QWidget()
        nav_bar.setObjectName("NavBar")
        nav_bar.setFixedWidth(190)
        nav_layout = QVBoxLayout(nav_bar)
        nav_layout.setContentsMargins(0, 0, 0, 0)
        nav_layout.setSpacing(0)
        nav_layout.addWidget(self.brand)
        nav_layout.addWidget(self.brand_sub)
        nav_layout.addWidget(self.nav)
        return nav_bar

    def _build_top_bar(self) -> QWidget:
        """The workspace's title, who is signed in, the clock, As of… and Emergency."""
        self.page_title = QLabel()
        self.page_title.setObjectName("PageTitle")
        self.operator = QLabel()
        self.operator.setObjectName("Operator")
        self.clock = QLabel()
        self.clock.setObjectName("Clock")
        self.as_of = AsOfControl(self.live, self)
        self.as_of_button = QPushButton()
        self.as_of_button.setObjectName("AsOf")
        self.as_of_button.clicked.connect(self.as_of.choose)
        self.emergency = QPushButton()
        self.emergency.setObjectName("Emergency")
        self.emergency.clicked.connect(self._on_emergency_clicked)
        top_bar = QWidget()
        top_bar.setObjectName("TopBar")
        top = QHBoxLayout(top_bar)
        top.setContentsMargins(18, 10, 18, 10)
        top.addWidget(self.page_title)
        top.addStretch()
        top.addWidget(self.operator)
        self.sign_out = QPushButton()
        self.sign_out.setObjectName("SignOut")
        self.sign_out.clicked.connect(self.lock)
        self.hand_over_button = QPushButton()
        self.hand_over_button.setObjectName("SignOut")
        self.hand_over_button.clicked.connect(self.hand_over)
        top.addSpacing(6)
        top.addWidget(self.hand_over_button)
        top.addSpacing(6)
        top.addWidget(self.sign_out)
        top.addSpacing(18)
        top.addWidget(self.clock)
        top.addSpacing(18)
        top.addWidget(self.as_of_button)
        top.addSpacing(8)
        top.addWidget(self.emergency)
        return top_bar

    def _build_workspace(self) -> QWidget:
        """The top bar, the banners (a past moment, an emergency, read-only), the workspace."""
        self.stack = QStackedWidget()
        top_bar = self._build_top_bar()
        self.banner = QLabel()
        self.banner.setObjectName("Banner")
        self.banner.hide()
        self.as_of_banner = AsOfBanner()
        self.as_of_banner.other.clicked.connect(self.as_of.choose)
        self.as_of_banner.back.clicked.connect(self.as_of.return_to_live)
        workspace = QWidget()
        work = QVBoxLayout(workspace)
        work.setContentsMargins(0, 0, 0, 0)
        work.setSpacing(0)
        work.addWidget(top_bar)
        work.addWidget(self.as_of_banner)
        self.alert = EmergencyAlert(self.live.desk.timezone, self._staff_name)
        self.alert.open_incident.connect(self._on_alert_open_incident)
        work.addWidget(self.alert)
        work.addWidget(self.banner)
        work.addWidget(self.stack)
        return workspace

    def _add_pages(self, pages: dict[str, PageFactory], progressive: bool) -> None:
        """The workspaces in the navigation, the first of them built."""
        self.pages = Workspaces(pages, self._build_page)
        for key in pages:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        if progressive:
            QApplication.processEvents()
        self.pages.build_first()
        if progressive:
            QApplication.processEvents()  # built, then styled in the window: two turns
        self.pages.build_the_rest(self, self._styled)

    def _build_page(self, key: str, factory: PageFactory) -> Page:
        """A workspace goes into the window as it is built: it is styled once, as it is
        added (built apart, the whole tree was styled again when it got its window)."""
        # Built without reading anything, as while the window opens: a workspace reads when
        # it is shown (built behind the window, the dashboard's figures froze it for 33 s on
        # a ten-year store, the contracts' for 1.3 s).
        opening, self.live.opening = self.live.opening, True
        try:
            page = factory(self.live)
        finally:
            self.live.opening = opening
        page.open_record.connect(self._on_page_open_record)
        self.stack.addWidget(page)
        for number, table in enumerate(page.findChildren(RowTable)):
            table.remember_layout(self.settings, f"{key}/{table.objectName() or number}")
        page.set_read_only(self.live.read_only)
        return page

    def _styled(self, page: Page) -> None:
        """Styled and measured ahead of its first showing (else, when first shown, a
        freeze the receptionist would see)."""
        page.ensurePolished()
        page.minimumSizeHint()

    def _throw_away_pages(self) -> None:
        """What the last person had on screen (a full ID number shown to a supervisor, a
        record read with their rights, a scan, a half-typed form) goes with them."""
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        self.pages.closed = True  # those not built yet never will be
        self._keep_layouts()
        for page in self.pages.built():
            for reading in page.findChildren(Reading):  # read with the last person's rights
                reading.abandon()
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = Workspaces({}, self._build_page)

    def _install_keys(self) -> None:
        """Ctrl+1… a workspace (Ctrl+0 the tenth), F12 the emergency, Ctrl+L locks the desk."""
        for row in range(min(len(self.pages), 10)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{workspace_key(row)}"), self)
            shortcut.activated.connect(lambda row=row: self.start_work(row))
        # F12 works over any dialog too: each window the desk opens gets its own F12 when
        # it first takes the focus (a modal dialog blocks the main window's shortcuts).
        QShortcut(QKeySequence("F12"), self).activated.connect(self._on_emergency_clicked)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window is only made inside the application
        app.focusWindowChanged.connect(self._on_focus_window_changed)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.lock)
        QShortcut(QKeySequence(HAND_OVER_KEY), self).activated.connect(self.hand_over)

    def _follow_live(self) -> None:
        """Emergencies, changes and the mode as the desk reports them; the clock each second."""
        self.live.emergency_reported.connect(self._on_live_emergency_reported)
        self.live.emergencies_answered.connect(self.alert.keep_only)
        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self._on_ticker_timeout)
        self.ticker.start(1000)
        self.live.changed.connect(self._on_live_changed)
        self.live.mode_changed.connect(self._on_live_mode_changed)
        self._show_mode()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Front Desk"))
        self.brand.setText(self.tr("Front Desk"))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            title = self.pages.title(item.data(Qt.ItemDataRole.UserRole))
            key = workspace_key(row)
            item.setText(f"{title}  Ctrl+{key}" if key else title)
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=title, n=key) if key else "")
        self.emergency.setText(self.tr("Emergency (F12)"))
        self.sign_out.setText(self.tr("Lock / switch user (Ctrl+L)"))
        self.hand_over_button.setText(self.tr("Hand over (Ctrl+H)"))
        self.hand_over_button.setToolTip(
            self.tr("Hand the shift over: the open matters and your notes, for the next person")
        )
        self.sign_out.setToolTip(
            self.tr("Lock the desk: the next person signs in, and is who the records name")
        )
        self.alert.retranslate()
        self.as_of_button.setText(self.tr("As of…"))
        self.as_of_button.setToolTip(
            self.tr("Show every workspace as it stood at a past moment (read-only)")
        )
        self.as_of_banner.retranslate()
        staff = self.live.desk.get_staff(self.live.desk.operator or "")
        self.operator.setText(
            self.tr("{name} · {role} · desk {desk}").format(
                name=staff.name, role=label(staff.role), desk=self.live.desk.desk_name
            )
        )
        self.banner.setText(self.tr("Read-only: an auditor's desk changes nothing."))
        self.as_of_banner.show_moment(self.live.as_of, self.live.desk.timezone)
        for page in self.pages.built():  # one built later is translated as it is built
            page.retranslate()
        self._on_nav_current_row_changed(self.nav.currentRow())

    def page(self, key: str) -> Page:
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        self.nav.setCurrentRow(list(self.pages).index(key))
        return self.pages[key]

    def start_work(self, row: int) -> None:
        """A workspace shortcut: the workspace, with the cursor where its work starts."""
        if self.locked:
            return
        self.nav.setCurrentRow(row)
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.start_work()

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[self.nav.item(row).data(Qt.ItemDataRole.UserRole)]
        self.stack.setCurrentWidget(page)
        self.page_title.setText(page.title())
        page.refresh()

    def _on_page_open_record(self, kind: str, record_id: str) -> None:
        target = {
            "incident": "incidents",
            "visitor": "visitors",
            "household": "residents",
            "contract": "contracts",
            "activity": "activities",
            "parcel": "parcels",
            "item": "parcels",
        }.get(kind)
        if target is not None and target in self.pages:
            self.show_page(target).show_record(kind, record_id)

    def _on_emergency_clicked(self) -> None:
        """From anywhere: over an open dialog, and from a past moment (the emergency is now,
        so the desk returns to live first)."""
        if self.locked or not may(self.live.role, "desk_work"):
            return
        if self.live.as_of is not None:
            self.as_of.return_to_live()
        over = QApplication.activeModalWidget()
        page = self.show_page("incidents")
        start = getattr(page, "start_emergency", None)
        if start is None:
            return
        if over is not None and over is not getattr(page, "emergency", None):
            start(parent=over)
        else:
            start()

    def _on_focus_window_changed(self, focused: object) -> None:
        """A dialog (or any other window of the desk) took the focus: F12 there too. (An
        event filter on the whole application would see every event in Python, and slow
        the desk; this costs one shortcut per window.)"""
        window = QApplication.activeWindow()
        if focused is None or window is None or window is self or not self.isVisible():
            return
        if window.property("emergency_key"):
            return
        window.setProperty("emergency_key", True)
        key = QShortcut(QKeySequence("F12"), window)
        key.setContext(Qt.ShortcutContext.WindowShortcut)
        key.activated.connect(self._on_emergency_clicked)
        if not isinstance(window, SignInDialog):  # and Ctrl+L: a dialog is no place to hide
            key = QShortcut(QKeySequence("Ctrl+L"), window)
            key.setContext(Qt.ShortcutContext.WindowShortcut)
            key.activated.connect(self._lock_from_a_dialog)

    def _lock_from_a_dialog(self) -> None:
        """Ctrl+L in a dialog: the open dialogs close (what was half typed goes with the
        person who locked), then the desk locks, once they are out of the way."""
        for window in QApplication.topLevelWidgets():
            if isinstance(window, QDialog) and window.isVisible():
                window.reject()
        QTimer.singleShot(0, self.lock)

    def _staff_name(self, username: str) -> str:
        try:
            return self.live.desk.get_staff(username).name
        except DomainError:  # signed out (locked), or no such staff: the username it is
            return username

    def _on_live_emergency_reported(self, row: object) -> None:
        self.alert.announce(row)
        sound_alarm()

    def _on_alert_open_incident(self, incident_id: str) -> None:
        if not self.locked:
            self.show_page("incidents").show_record("incident", incident_id)

    # --- lock, sign out, switch user ------------------------------------------------------

    def lock(self) -> None:
        """Sign out and hide the workspace behind the sign-in: whoever signs in next is who
        the records name from then on."""
        if self.locked:
            return
        self.locked = True
        self.live.desk.sign_out()
        workspace = self.centralWidget()
        if workspace is not None:
            workspace.hide()
        self._throw_away_pages()
        self.lock_dialog = SignInDialog(self.live.desk, self.settings, parent=self, locked=True)
        self.lock_dialog.finished.connect(self._on_lock_dialog_finished)
        self.lock_dialog.open()

    def _on_lock_dialog_finished(self, result: int) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == CLOSE_DESK:
            self.close()
            return
        self.live.signed_in_again()  # the role first: the workspaces are built for it
        self.live.opening = True
        self._add_pages(self._factories, progressive=True)  # a fresh desk for them
        self.live.opening = False
        self.locked = False
        self._show_mode()
        self.retranslate()
        workspace = self.centralWidget()
        if workspace is not None:
            workspace.show()
        self.activateWindow()  # the lock screen had the keyboard: it comes back here
        self.start_work(0)
        self.offer_handover()

    # --- the shift handover ---------------------------------------------------------------

    def hand_over(self) -> None:
        """Ctrl+H: the checklist as it stands, notes, and the handover recorded."""
        if self.locked or self.live.read_only:
            return
        self._replace_handover_dialog(HandOverDialog(self.live, self))

    def offer_handover(self) -> None:
        """At sign-in: a handover waiting from someone else is shown to take over (or later)."""
        if self.locked or self.live.read_only:
            return
        log, username = self.live.models.handover_log, self.live.desk.operator or ""
        row = self.live.read(lambda db: log.awaiting(db, username))
        if row is None:
            return
        dialog = TakeOverDialog(self.live, row, self)
        dialog.taken_over.connect(lambda _id: self.show_page("today"))
        self._replace_handover_dialog(dialog)

    def _replace_handover_dialog(self, dialog: QDialog) -> None:
        if self.handover_dialog is not None:
            self.handover_dialog.deleteLater()
        self.handover_dialog = dialog
        dialog.open()

    def show_at_start(self) -> None:
        """Where it was left; the first time, maximized on a small screen (at 1366×768 a
        window that size loses its bottom to the task bar), else most of the screen."""
        geometry = self.settings.value("window/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            self.show()
            self.offer_handover()
            return
        screen = self.screen().availableGeometry()
        if screen.width() <= SMALL_SCREEN[0] or screen.height() <= SMALL_SCREEN[1]:
            self.showMaximized()
            self.offer_handover()
            return
        self.resize(min(1600, screen.width() * 9 // 10), min(1000, screen.height() * 9 // 10))
        self.move(screen.center() - self.rect().center())
        self.show()
        self.offer_handover()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Without a window manager (a kiosk, Xvfb) nobody gives the window the keyboard.
        self.activateWindow()
        self.raise_()

    def _show_mode(self) -> None:
        """Live or a past moment: what may be pressed, and the banner that says which."""
        read_only, as_of = self.live.read_only, self.live.as_of
        self.emergency.setEnabled(may(self.live.role, "desk_work"))  # F12 returns to live
        self.hand_over_button.setEnabled(not read_only)
        self.as_of_banner.show_moment(as_of, self.live.desk.timezone)
        self.banner.setVisible(read_only and as_of is None)
        for page in self.pages.built():  # one built later is told as it is built
            page.set_read_only(read_only)

    def _on_live_mode_changed(self) -> None:
        self._show_mode()  # `changed` follows, and the page shown reads again

    def _on_ticker_timeout(self) -> None:
        now = self.live.desk.now().astimezone(self.live.desk.timezone)  # the real time, always
        self.clock.setText(now.strftime("%Y-%m-%d %H:%M:%S"))

    def _on_live_changed(self) -> None:
        if self.locked:
            return  # nobody signed in: the pages read again when someone is
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.refresh()

    def _keep_layouts(self) -> None:
        for page in self.pages.built():
            for table in page.findChildren(RowTable):
                table.keep_layout()

    def closeEvent(self, event: QCloseEvent) -> None:
        keep(self.settings, "window/geometry", self.saveGeometry())
        self._keep_layouts()
        self.live.stop()  # also throws away the read models of a past moment
        super().closeEvent(event)
