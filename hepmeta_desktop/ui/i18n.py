"""Interface language: the user's choice (QSettings), the system default and the translators."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = ("fr", "en")
SETTINGS_KEY = "ui/language"
#: Tests (and a shared ward PC) may keep settings and drafts in a folder of their own.
STATE_ENV = "HEPMETA_STATE_DIR"

_installed: list[QTranslator] = []


def settings() -> QSettings:
    """The window's settings: an INI file under $HEPMETA_STATE_DIR, else the platform's store."""
    folder = os.environ.get(STATE_ENV)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "hepmeta.ini"), QSettings.Format.IniFormat)
    return QSettings("HepMeta", "HepMeta Desktop")


def system_language() -> str:
    """'fr' when the system speaks French, else 'en'."""
    from hepmeta_desktop.cli import system_language as from_environment

    if any(os.environ.get(v) for v in ("LC_ALL", "LC_MESSAGES", "LANG")):
        return from_environment()
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def preferred_language() -> str:
    """The language chosen in the settings dialog, else the system's."""
    chosen = settings().value(SETTINGS_KEY, "")
    return chosen if chosen in LANGUAGES else system_language()


def save_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    store = settings()
    store.setValue(SETTINGS_KEY, lang)
    store.sync()


def qm_path(lang: str) -> Path | None:
    """The compiled translation of the window (the source tree first, then the package)."""
    name = f"hepmeta_{lang}.qm"
    local = Path(__file__).resolve().parents[2] / "resources" / "i18n" / name
    if local.exists():
        return local
    try:
        packaged = resources.files("hepmeta_desktop.resources").joinpath("i18n", name)
        if packaged.is_file():
            return Path(str(packaged))
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    return None


def install(lang: str) -> str:
    """Load the translators of ``lang`` into the running application (replacing others)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = lang if lang in LANGUAGES else "en"
    if lang == "en":
        return lang
    ours = QTranslator(app)
    path = qm_path(lang)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings: the buttons of standard dialogs (Annuler, Enregistrer...).
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if base.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(base)
        _installed.append(base)
    return lang
