"""Starting the window: the QApplication, the translations and the main window."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from hepmeta_desktop.db import Database, open_database
from hepmeta_desktop.services.permissions import UserLike

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


def build_main_window(
    db: Database,
    lang: str,
    user: UserLike,
    *,
    prompter: Prompter | None = None,
    today: Callable[[], dt.date] = dt.date.today,
) -> MainWindow:
    """The window on an opened registry; ``user`` a signed-in ``CurrentUser`` (checked)."""
    from hepmeta_desktop.ui.main_window import MainWindow

    return MainWindow(db, user, lang, prompter=prompter, today=today)


def create_main_window(
    db_url: str | None,
    lang: str | None = None,
    *,
    user: UserLike | None = None,
    prompter: Prompter | None = None,
    today: Callable[[], dt.date] = dt.date.today,
) -> MainWindow:
    """The ready main window for a database (tests and embedding use this).

    ``lang`` defaults to the language chosen in the settings, else the system's. Without
    ``user`` the window runs as a trusted system user named after the OS account (no
    sign-in, nothing checked); the application itself goes through ``ui.startup``.
    """
    ensure_application()
    from hepmeta_desktop.ui import i18n

    chosen = i18n.install(lang or i18n.preferred_language())
    db = open_database(db_url)
    if user is None:
        from hepmeta_desktop.cli import default_user

        user = os.environ.get("HEPMETA_USER") or default_user()
    return build_main_window(db, chosen, user, prompter=prompter, today=today)


def run_gui(db: str | None, lang: str | None = None) -> int:
    """``hepmeta`` without a command: open, sign in, then the data-entry window."""
    from hepmeta_desktop.ui.startup import run_gui as run

    return run(db, lang)
