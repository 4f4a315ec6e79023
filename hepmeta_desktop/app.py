"""Starting the window: the QApplication, the translations and the main window."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from hepmeta_desktop.db import ENV_VAR, Database, open_database
from hepmeta_desktop.services.permissions import UserLike

if TYPE_CHECKING:
    from hepmeta_desktop.ui.dialogs import Prompter
    from hepmeta_desktop.ui.main_window import MainWindow

#: Milliseconds after which the window closes itself (the bundle's smoke test sets it).
SMOKE_ENV = "HEPMETA_SMOKE_EXIT_MS"


def ensure_application() -> object:
    """The running QApplication (created once per process)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("HepMeta Desktop")
        app.setOrganizationName("HepMeta")
        app.setStyle("Fusion")
    if app.windowIcon().isNull():  # type: ignore[attr-defined]
        from hepmeta_desktop.ui.assets import app_icon

        app.setWindowIcon(app_icon())  # type: ignore[attr-defined]
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
    The file's integrity check runs beside Qt's start: the window reads at once, and a
    damaged file is said in a red banner while every save is refused (``db.write``).
    """
    db = open_database(db_url, check_aside=True)
    try:
        ensure_application()
        from hepmeta_desktop.ui import i18n

        chosen = i18n.install(lang or i18n.preferred_language())
        if user is None:
            from hepmeta_desktop.cli import default_user

            user = os.environ.get("HEPMETA_USER") or default_user()
        return build_main_window(db, chosen, user, prompter=prompter, today=today)
    except BaseException:
        db.dispose()
        raise


def _arm_smoke_exit(app, windows: list) -> None:  # type: ignore[no-untyped-def]
    """With $HEPMETA_SMOKE_EXIT_MS, close the main window after that delay and say so.

    Armed before anything is shown, so that a dialog left open (nobody to answer it in a
    smoke test) ends the process with status 3 instead of hanging.
    """
    delay = os.environ.get(SMOKE_ENV)
    if not delay:
        return
    from PySide6.QtCore import QTimer

    def finish() -> None:
        shown = [w for w in windows if w.isVisible()]
        if not shown:
            dialog = app.activeModalWidget()
            title = dialog.windowTitle() if dialog is not None else "none"
            print(f"smoke: no main window; dialog open: {title}", flush=True)
            os._exit(3)
        print(f"smoke: window shown: {shown[0].windowTitle()}", flush=True)
        for window in shown:
            window.close()
        app.quit()

    QTimer.singleShot(int(delay), finish)


def run_gui(db: str | None, lang: str | None = None) -> int:
    """``hepmeta`` without a command: the first-start questions when neither ``--db``,
    ``$HEPMETA_DB`` nor a remembered registry says which; then open (or restore), sign
    in, and the data-entry window with its safety."""
    from hepmeta_desktop.ui import i18n, startup
    from hepmeta_desktop.ui.first_run import start_database

    app = ensure_application()
    _arm_smoke_exit(app, startup.WINDOWS)
    stored = i18n.settings().value(i18n.SETTINGS_KEY, "")
    chosen_lang = i18n.install(stored or lang or i18n.preferred_language())
    target = db or os.environ.get(ENV_VAR)
    if not target:
        path = start_database(i18n.settings(), chosen_lang)
        if path is None:
            return 0
        target = str(path)
    return startup.run_gui(target, chosen_lang)
