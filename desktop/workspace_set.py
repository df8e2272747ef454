"""The main window's workspaces, each built when first needed: the one shown at sign-in at
once, the others one at a time while the window waits for the receptionist, and any of them
at once when it is asked for first (its shortcut, a record opened from elsewhere)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop.widgets.page import Page
from desktop.workspaces import PageFactory


class Workspaces(Mapping[str, Page]):
    """Every workspace by key, in the navigation's order. Reading one builds it if it is not
    built yet; `built()` gives those that are, without building the others."""

    def __init__(
        self, factories: dict[str, PageFactory], build: Callable[[str, PageFactory], Page]
    ) -> None:
        self._factories = dict(factories)
        self._build = build
        self._built: dict[str, Page] = {}
        self.closed = False  # thrown away (the desk locked): nothing more is built

    def __getitem__(self, key: str) -> Page:
        if key not in self._built:
            if key not in self._factories or self.closed:
                raise KeyError(key)
            self._built[key] = self._build(key, self._factories[key])
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def build_first(self) -> None:
        for key in list(self._factories)[:1]:
            self[key]

    def built(self) -> list[Page]:
        return list(self._built.values())

    def is_built(self, key: str) -> bool:
        return key in self._built

    def title(self, key: str) -> str:
        """A workspace's title for the navigation, built or not: an unbuilt one's `title()`
        is asked of a stand-in that translates as the page would (its class's context)."""
        if key in self._built:
            return self._built[key].title()
        factory = self._factories[key]
        if isinstance(factory, type) and issubclass(factory, Page):
            return factory.title(_Translating(factory.__name__))  # type: ignore[arg-type]
        return self[key].title()  # a factory that is not a workspace's class: built now

    def build_the_rest(self, owner: QObject, each: Callable[[Page], None]) -> None:
        """Build the workspaces not built yet, one an event-loop turn (each takes 10-50 ms:
        the window answers keys in between); none once `owner` is gone or this is closed."""

        def next_one() -> None:
            waiting = [key for key in self._factories if key not in self._built]
            if self.closed or not waiting:
                return
            each(self[waiting[0]])
            if len(waiting) > 1:
                QTimer.singleShot(0, owner, next_one)

        QTimer.singleShot(0, owner, next_one)


class _Translating:
    """What a workspace's `title()` needs of its page: `tr` in the page class's context."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.context, text, disambiguation, n)
