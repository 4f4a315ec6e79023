"""Help > About: version, licence, database, and the libraries with their versions."""

from __future__ import annotations

import sqlalchemy
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QLabel

from hepmeta_desktop import __version__
from hepmeta_desktop.ui.about import AboutDialog, library_versions


def test_about_names_the_version_licence_database_and_libraries(qtbot) -> None:
    dialog = AboutDialog("registry.db")
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "about_text")
    assert f"HepMeta Desktop {__version__}" in label.text()
    assert "MIT" in label.text() and "registry.db" in label.text()
    rows = dict(dialog.library_rows())
    assert rows["Qt"] == qVersion()
    assert rows["SQLAlchemy"] == sqlalchemy.__version__
    assert rows == dict(library_versions())
    assert {"Python", "SQLite", "PySide6-Essentials", "alembic", "pandas", "lifelines"} <= set(rows)
