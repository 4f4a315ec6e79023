"""Dialogs of the Tools and Help menus: data quality, audit trail, settings, shortcuts, about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.services.records import AuditRecord, QualityIssue


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


class SettingsDialog(QDialog):
    """The interface language (applied at the next start)."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        form.addRow(self.tr("Interface language:"), self.language)
        layout.addLayout(form)
        note = QLabel(self.tr("The new language applies when HepMeta is started again."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())


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


def about_text(version: str, database: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "About",
        "<h3>HepMeta Desktop {0}</h3><p>Registry of liver surgery for breast-cancer "
        "liver metastases: data entry, survival analysis and reports.</p>"
        "<p>Database: {1}</p>",
    ).format(version, database)


__all__ = [
    "AuditDialog",
    "QualityDialog",
    "SettingsDialog",
    "ShortcutsDialog",
    "about_text",
    "Qt",
]
