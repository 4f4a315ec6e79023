"""Starting the window: the QApplication, the translations and the main window."""

from __future__ import annotations

import os
import sys

from hepmeta_desktop.db import ENV_VAR, open_database, resolve_url

#: Milliseconds after which the window closes itself (the bundle's smoke test sets it).
SMOKE_ENV = "HEPMETA_SMOKE_EXIT_MS"


def create_main_window(db_url: str | None, lang: str = "fr"):  # type: ignore[no-untyped-def]
    """The ready main window for a database (tests and embedding use this)."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    db = open_database(db_url)
    window = QMainWindow()
    window.setWindowTitle(f"HepMeta — {db.display_name}")
    window.setCentralWidget(QLabel("HepMeta Desktop"))
    window.db = db  # type: ignore[attr-defined]
    return window


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


def run_gui(db: str | None, lang: str = "fr") -> int:
    from PySide6.QtWidgets import QApplication

    from hepmeta_desktop.ui.assets import app_icon
    from hepmeta_desktop.ui.first_run import app_settings, start_database

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("HepMeta Desktop")
    app.setWindowIcon(app_icon())
    windows: list = []
    _arm_smoke_exit(app, windows)
    target = db or os.environ.get(ENV_VAR)
    if not target:
        # No --db and no $HEPMETA_DB: the registry chosen at the first start.
        chosen = start_database(app_settings(), lang)
        if chosen is None:
            return 0
        target = str(chosen)
    window = create_main_window(resolve_url(target), lang=lang)
    windows.append(window)
    window.show()
    return app.exec()
