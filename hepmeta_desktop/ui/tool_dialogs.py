"""Dialogs of the Tools and Help menus: data quality, audit trail, settings, shortcuts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.errors import HepmetaError
from hepmeta_desktop.services.records import AuditRecord, QualityIssue
from hepmeta_desktop.ui.dialogs import error_label, refusal_text


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class QualityDialog(QDialog):
    """The data-quality list; a double-click (or Enter) opens the patient."""

    patient_requested = Signal(int)

    def __init__(self, issues: Sequence[QualityIssue], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quality_dialog")
        self.setWindowTitle(self.tr("Data quality"))
        self.resize(900, 520)
        self.issues = list(issues)
        severity = {"error": self.tr("Error"), "warning": self.tr("Warning")}
        rows = [
            (i.record_number, severity.get(i.severity, i.severity), i.text(lang))
            for i in self.issues
        ]
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr("%n problem(s) found. Double-click a line to open the patient.", "", len(rows))
        )
        layout.addWidget(summary)
        self.table = _table((self.tr("Record"), self.tr("Severity"), self.tr("Problem")), rows)
        self.table.setObjectName("quality_table")
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _open(self, row: int) -> None:
        pid = self.issues[row].patient_id
        if pid is not None:
            self.patient_requested.emit(pid)


def readable(variable: dd.Variable | None, text: str | None, lang: str) -> str:
    """An audit value (stored as interchange text) as a person reads it: labels, local dates."""
    if not text or variable is None:
        return text or ""
    if variable.type == dd.MULTI:
        return ", ".join(variable.choice_label(c, lang) for c in dd.split_multi(text))
    if variable.coded:
        return variable.choice_label(text, lang)
    if variable.type == dd.DATE:
        try:
            return dt.date.fromisoformat(text).strftime("%d/%m/%Y")
        except ValueError:
            return text
    if variable.type == dd.DECIMAL and lang == "fr":
        return text.replace(".", ",")
    return text


class AuditDialog(QDialog):
    """A patient's history: who changed what, when, from what to what, and why."""

    def __init__(self, entries: Sequence[AuditRecord], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("audit_dialog")
        self.setWindowTitle(self.tr("Audit trail of the patient"))
        self.resize(1240, 560)
        actions = {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
        }
        rows = []
        for e in entries:
            form = "followup" if e.table_name == "followup" else None
            try:
                variable: dd.Variable | None = dd.var(e.field, form) if e.field else None
            except KeyError:
                variable = None
            label = variable.label(lang) if variable else e.field
            if form:
                label = self.tr("News: {0}").format(label)
            stamp = e.at_utc if e.at_utc.tzinfo else e.at_utc.replace(tzinfo=dt.UTC)
            rows.append(
                (
                    stamp.astimezone().strftime("%d/%m/%Y %H:%M"),
                    e.user,
                    actions.get(e.action, e.action),
                    label,
                    readable(variable, e.old_value, lang),
                    readable(variable, e.new_value, lang),
                    e.reason or "",
                )
            )
        layout = QVBoxLayout(self)
        self.table = _table(
            (
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Old value"),
                self.tr("New value"),
                self.tr("Reason"),
            ),
            rows,
        )
        self.table.setObjectName("audit_table")
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


@dataclass
class AdminSettings:
    """The registry's own settings (administrator only): idle lock and backup folder.

    ``save(lock_minutes, backup_folder)`` stores them (raises a HepmetaError when refused).
    """

    lock_minutes: int
    backup_folder: str
    save: Callable[[int, str], None]
    lock_range: tuple[int, int] = (1, 240)


def _with_browse(edit: QLineEdit, browse: Callable[[], None], text: str) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    button = QPushButton(text)
    button.clicked.connect(browse)
    layout.addWidget(button)
    return row


class SettingsDialog(QDialog):
    """The interface language and the registry opened at start (this PC, next start);
    for the administrator, the idle lock and the backup folder (the registry's own)."""

    def __init__(
        self,
        current: str,
        parent: QWidget | None = None,
        *,
        database: str = "",
        admin: AdminSettings | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(680)
        self.admin, self.lang = admin, lang
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        form.addRow(self.tr("Interface language:"), self.language)
        self.database = QLineEdit(database)
        self.database.setObjectName("database")
        form.addRow(
            self.tr("Registry opened at start:"),
            _with_browse(self.database, self._browse_database, self.tr("Browse…")),
        )
        self.lock_minutes: QSpinBox | None = None
        self.backup_folder: QLineEdit | None = None
        if admin is not None:
            self.lock_minutes = QSpinBox()
            self.lock_minutes.setObjectName("lock_minutes")
            self.lock_minutes.setRange(*admin.lock_range)
            self.lock_minutes.setValue(admin.lock_minutes)
            self.lock_minutes.setSuffix(self.tr(" min"))
            form.addRow(self.tr("Lock the window after (without use):"), self.lock_minutes)
            self.backup_folder = QLineEdit(admin.backup_folder)
            self.backup_folder.setObjectName("backup_folder")
            form.addRow(
                self.tr("Backup folder:"),
                _with_browse(self.backup_folder, self._browse_backups, self.tr("Browse…")),
            )
        layout.addLayout(form)
        note = QLabel(self.tr("The new language and registry apply when HepMeta is started again."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = error_label("settings_error", hidden=False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_database(self) -> str:
        return self.database.text().strip()

    def _browse_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Registry opened at start"), self.chosen_database(), "HepMeta (*.db)"
        )
        if name:
            self.database.setText(name)

    def _browse_backups(self) -> None:
        assert self.backup_folder is not None
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_folder.text()
        )
        if name:
            self.backup_folder.setText(name)

    def accept(self) -> None:
        """Check and store what the dialog itself owns; stay open, saying why, on a refusal."""
        self.error.clear()
        chosen = self.chosen_database()
        if chosen and "://" not in chosen and not Path(chosen).expanduser().is_file():
            self.error.setText(self.tr("There is no registry file here: %1").replace("%1", chosen))
            self.database.setFocus()
            return
        if self.admin is not None and self.lock_minutes and self.backup_folder:
            try:
                self.admin.save(self.lock_minutes.value(), self.backup_folder.text().strip())
            except HepmetaError as exc:
                self.error.setText(refusal_text(exc, self.lang))
                return
            except OSError as exc:
                self.error.setText(f"{exc.strerror or exc}")
                return
        super().accept()


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts of the data-entry window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 420)
        rows = [
            ("Ctrl+N", self.tr("New patient")),
            ("Ctrl+S", self.tr("Save the patient and the news being typed")),
            ("Ctrl+F", self.tr("Search the list (record number or name)")),
            ("Ctrl+Z / Ctrl+Y", self.tr("Undo / redo the last changes of the form")),
            (self.tr("Enter"), self.tr("Next field")),
            (self.tr("Tab / Shift+Tab"), self.tr("Next / previous field")),
            ("Ctrl+1 … Ctrl+4", self.tr("Show a tab (Patient, Surgery, Follow-up, Analysis)")),
            ("Ctrl+Shift+N", self.tr("New news for this patient")),
            (self.tr("Letters in a list"), self.tr("Choose the answer starting with them")),
            (self.tr("Delete (in a list)"), self.tr("Back to 'not recorded' (—)")),
            (self.tr("Space"), self.tr("Tick or untick a box")),
            ("F1", self.tr("This list")),
        ]
        layout = QVBoxLayout(self)
        table = _table((self.tr("Keys"), self.tr("Action")), rows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


__all__ = [
    "AdminSettings",
    "AuditDialog",
    "QualityDialog",
    "SettingsDialog",
    "ShortcutsDialog",
    "Qt",
]
