"""Starting the window: the QApplication, the translations and the main window."""

from __future__ import annotations

import sys

from hepmeta_desktop.db import open_database, resolve_url


def create_main_window(db_url: str | None, lang: str = "fr"):  # type: ignore[no-untyped-def]
    """The ready main window for a database (tests and embedding use this)."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    db = open_database(db_url)
    window = QMainWindow()
    window.setWindowTitle(f"HepMeta — {db.display_name}")
    window.setCentralWidget(QLabel("HepMeta Desktop"))
    window.db = db  # type: ignore[attr-defined]
    return window


def run_gui(db: str | None, lang: str = "fr") -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    window = create_main_window(resolve_url(db), lang=lang)
    window.show()
    return app.exec()
