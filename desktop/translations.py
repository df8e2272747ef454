"""The interface language: Qt Linguist .ts files in resources/translations, compiled to .qm
with Qt's lrelease the first time they are needed (and again whenever a .ts file changes)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources
from domain.messages import LANGUAGES, language_for, set_language

LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
QT_OWN = ("zh_CN", "zh_TW")  # Qt's own strings are English already
_installed: list[QTranslator] = []


def system_language() -> str:
    return language_for(QLocale.system().name())


def ts_file(language: str) -> Path:
    return resources.path("translations", f"frontdesk_{language}.ts")


def compiled(language: str) -> Path | None:
    """The .qm for a language, compiled from its .ts when missing or out of date."""
    source = ts_file(language)
    if not source.exists():
        return None
    shipped = source.with_suffix(".qm")
    if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    cache = Path(platformdirs.user_cache_dir("frontdesk", appauthor=False)) / "translations"
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / shipped.name
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        lrelease = Path(PySide6.__file__).parent / "lrelease"
        subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
    return target


def install(language: str) -> str:
    """Switch the interface (Qt strings and the domain's messages) to `language`."""
    if language not in LANGUAGES:
        language = system_language()
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    qm = compiled(language)
    if qm is not None:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    qt_own = QTranslator(app)  # Qt's own dialogs, tooltips and context menus
    if language in QT_OWN and qt_own.load(f"qtbase_{language}", qt_translations()):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    set_language(language)
    forget_names()
    return language


def forget_names() -> None:
    """Names made once per language are made again from the translators now installed."""
    from desktop import labels
    from desktop.audit import field_names as audit_field_names

    labels._names_in.cache_clear()
    audit_field_names._field_names_in.cache_clear()


def qt_translations() -> str:
    """Where PySide6 keeps Qt's own .qm files (qtbase_zh_CN.qm …)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def update_sources() -> None:
    """Collect every tr() string of desktop/ into the .ts files (Qt's lupdate keeps the
    translations already made and marks the ones no longer used as obsolete)."""
    import desktop

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    sources = sorted(str(p) for p in Path(desktop.__file__).parent.rglob("*.py"))
    for language in LANGUAGES:
        subprocess.run(
            [
                str(lupdate),
                "-silent",
                "-locations",
                "none",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(ts_file(language)),
            ],
            check=True,
        )


def release_all() -> None:
    """Compile every .ts beside itself (for packaging); the desk also does it on demand."""
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    for language in LANGUAGES:
        source = ts_file(language)
        subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
            check=True,
        )


if __name__ == "__main__":
    import sys

    {"update": update_sources, "release": release_all}[
        sys.argv[1] if len(sys.argv) > 1 else "update"
    ]()
