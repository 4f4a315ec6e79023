"""Help > About: the version, the licence, and every library the application runs on."""

from __future__ import annotations

import platform
import sqlite3
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop import __version__
from hepmeta_desktop.ui.assets import app_icon

LICENCE = "MIT"
# The distributions the application runs on, in the order a reader cares about.
LIBRARIES = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "pandas",
    "numpy",
    "scipy",
    "lifelines",
    "pyqtgraph",
    "python-docx",
    "openpyxl",
    "pyreadstat",
    "argon2-cffi",
    "platformdirs",
    "psycopg",
)


def library_versions() -> list[tuple[str, str]]:
    """(name, version) of the runtime and of each library that is present (from metadata,
    which the bundle ships, so that nothing heavy is imported to fill the About box)."""
    found = [
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("SQLite", sqlite3.sqlite_version),
    ]
    for name in LIBRARIES:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            continue
    return found


class AboutDialog(QDialog):
    """What this copy of HepMeta is, for the user and for the IT department."""

    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About HepMeta"))
        self.resize(560, 620)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(
            "<h2>HepMeta Desktop {}</h2><p>{}</p><p>{}</p><p>{}</p>".format(
                __version__,
                self.tr(
                    "Registry of liver surgery for breast-cancer liver metastases: "
                    "data entry, survival analysis and reports."
                ),
                self.tr("Licence: %1").replace("%1", LICENCE),
                self.tr("Database: %1").replace("%1", database),
            )
        )
        heading.setObjectName("about_text")
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(heading, 1)
        rows = library_versions()
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("about_libraries")
        self.table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, (name, version) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(name))
            self.table.setItem(r, 1, QTableWidgetItem(version))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Built with:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def library_rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
