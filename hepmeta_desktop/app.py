"""Starting the window: the QApplication, the translations and the main window."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from hepmeta_desktop.db import open_database, resolve_url

if TYPE_CHECKING:
    from hepmeta_desktop.ui.dialogs import Prompter
    from hepmeta_desktop.ui.main_window import MainWindow


def ensure_application() -> object:
    """The running QApplication (created once per process)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("HepMeta Desktop")
        app.setOrganizationName("HepMeta")
        app.setStyle("Fusion")
    return app


def create_main_window(
    db_url: str | None,
    lang: str | None = None,
    *,
    user: str | None = None,
    prompter: Prompter | None = None,
    today: Callable[[], dt.date] = dt.date.today,
) -> MainWindow:
    """The ready main window for a database (tests and embedding use this).

    ``lang`` defaults to the language chosen in the settings, else the system's.
    """
    ensure_application()
    from hepmeta_desktop.ui import i18n
    from hepmeta_desktop.ui.main_window import MainWindow

    chosen = i18n.install(lang or i18n.preferred_language())
    db = open_database(db_url)
    if user is None:
        from hepmeta_desktop.cli import default_user

        user = os.environ.get("HEPMETA_USER") or default_user()
    return MainWindow(db, user, chosen, prompter=prompter, today=today)


def run_gui(db: str | None, lang: str | None = None) -> int:
    """``hepmeta`` without a command: the data-entry window."""
    from PySide6.QtCore import QTimer

    from hepmeta_desktop.ui import i18n

    app = ensure_application()
    stored = i18n.settings().value(i18n.SETTINGS_KEY, "")
    window = create_main_window(resolve_url(db), lang=stored or lang)
    window.restore_geometry()
    window.show()
    QTimer.singleShot(0, window.offer_draft)
    return app.exec()  # type: ignore[attr-defined]
