"""The app's languages: English (the source text) and French, as Qt translations.

``resources/translations/fieldvault_fr.ts`` holds every user-visible string with its French
translation (edit it with Qt Linguist, or by hand); ``scripts/build-translations.sh`` refreshes it from
the code (pyside6-lupdate) and compiles it into ``fieldvault_fr.qm`` (pyside6-lrelease), which is
shipped as package data and loaded here at start. Qt's own strings (OK, Cancel…) come from the
``qtbase_fr.qm`` that PySide6 ships.

A language is installed before windows are built; ``install`` replaces the one in force, so windows
built afterwards speak the new language (the main window is rebuilt at once when the setting changes).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger("fieldvault.ui")

LANGUAGES = {"en": "English", "fr": "Français"}
FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
_installed: list[QTranslator] = []


def qm_path(lang: str) -> Path:
    return FOLDER / f"fieldvault_{lang}.qm"


def install(lang: str) -> bool:
    """Make ``lang`` the language of every window built from now on. English needs no file; False when
    the translation for another language cannot be loaded (the app stays in English)."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English))
    if lang not in LANGUAGES or lang == "en":
        return lang == "en"
    ours = QTranslator(app)
    if not ours.load(str(qm_path(lang))):
        log.warning("translation %s could not be loaded", lang)
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return True


def current() -> str:
    return "fr" if _installed else "en"
