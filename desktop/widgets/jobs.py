"""Long audit work (verifying the chain, exporting, rebuilding the desk as of a moment,
reading a page of the log) runs off the GUI thread and reports back through signals; a
command waits for the store off it too, while the window keeps answering."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal

T = TypeVar("T")

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The person pressed Cancel; the work stops at its next progress report."""


class Job(QObject):
    """Runs `work(progress)` on a worker thread; the signals arrive on the GUI thread."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception it raised (Cancelled when cancelled)

    _running: set[Job] = set()  # kept alive until they finish, even if nobody holds them

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self._cancel = threading.Event()
        self.done = threading.Event()
        self.succeeded.connect(self._finished)
        self.failed.connect(self._finished)

    @classmethod
    def finish_all(cls, timeout: float = 10.0) -> None:
        """Cancel what can be cancelled and wait for the rest: called before the store
        closes, which must not happen under a thread still reading it."""
        running = list(cls._running)
        for job in running:
            job.cancel()
        deadline = time.monotonic() + timeout
        for job in running:
            job.done.wait(max(0.0, deadline - time.monotonic()))

    def start(self) -> Job:
        Job._running.add(self)
        threading.Thread(target=self._run, name="audit-job", daemon=True).start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            self.progressed.emit(done, total)

    def _run(self) -> None:
        try:
            result = self.work(self._progress)
        except BaseException as problem:  # handed to the GUI thread, to be shown
            signal, value = self.failed, problem
        else:
            signal, value = self.succeeded, result
        self.done.set()
        with contextlib.suppress(RuntimeError):
            signal.emit(value)

    def _finished(self, _value: object) -> None:
        Job._running.discard(self)


class Reading(QObject):
    """What a view shows, read on a worker thread. Asked again while a reading runs, it reads
    once more when that one ends (whether it was read or failed), with what is asked then;
    only the last one read is shown. Once abandoned (its view thrown away as the desk is
    locked), nothing more is shown or said.

    `ask` runs on the GUI thread and returns the read to run (what it reads is taken from the
    widgets then); `show` and `fail` receive its result or its exception on the GUI thread."""

    def __init__(
        self,
        ask: Callable[[], Callable[[], Any]],
        show: Callable[[Any], None],
        fail: Callable[[object], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ask, self.show, self.fail = ask, show, fail
        self._job: Job | None = None
        self._again = False
        self._abandoned = False

    @property
    def busy(self) -> bool:
        return self._job is not None

    def abandon(self) -> None:
        """The view is going away with the person signed in: what is being read for it is
        dropped when it arrives."""
        self._abandoned = True

    def start(self) -> None:
        if self._abandoned:
            return
        if self._job is not None:
            self._again = True
            return
        read = self.ask()
        job = Job(lambda _progress: read(), self)
        job.succeeded.connect(self._read)
        job.failed.connect(self._not_read)
        self._job = job.start()

    def _read(self, found: object) -> None:
        self._ended(self.show, found)

    def _not_read(self, problem: object) -> None:
        self._ended(self.fail, problem)

    def _ended(self, then: Callable[[Any], None], outcome: object) -> None:
        self._job = None
        if self._abandoned:
            return
        if self._again:  # asked meanwhile: what is asked now, not what this one read
            self._again = False
            self.start()
            return
        then(outcome)


class _Finished(QObject):
    finished = Signal()


# One thread, so that commands are recorded one after another in the order they were given.
_commands = ThreadPoolExecutor(max_workers=1, thread_name_prefix="command")


def without_freezing(work: Callable[[], T]) -> T:
    """`work()`, run on the commands' thread while the window waits for it without freezing:
    it keeps painting and its timers and signals keep arriving (a commit waiting for a busy
    disk took the window with it for half a second). What the person types or clicks
    meanwhile is held back and delivered in order once `work` is done: never acted on
    halfway through a command, never lost. Off the window's thread, or before its event loop
    runs (nothing to keep answering, and a loop started here would also start what was left
    for it: a dialog deleted later would go while its button's handler still runs), `work`
    simply runs."""
    application = QCoreApplication.instance()
    thread = QThread.currentThread()
    if application is None or thread is not application.thread() or thread.loopLevel() == 0:
        return work()
    loop = QEventLoop()
    told = _Finished()
    # Queued behind whatever the work announced (the read models moved on, say), so the
    # pages have heard of it before the command's caller goes on.
    told.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    future: Future[T] = _commands.submit(work)
    future.add_done_callback(lambda _future: told.finished.emit())
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    return future.result()
