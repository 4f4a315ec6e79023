"""The Follow-up tab: the patient's news, oldest first, added, edited and deleted in place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.services.records import FollowupRecord
from hepmeta_desktop.ui.forms import FieldForm

RECURRENCE_FIELDS = ("recurrence_date", "recurrence_sites", "recurrence_treatment")
DEATH_FIELDS = ("death_date", "cause_of_death")

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class FollowupTableModel(QAbstractTableModel):
    """The news of one patient, oldest first."""

    COL_DATE, COL_STATUS, COL_RECURRENCE, COL_DEATH, COL_NOTES = range(5)
    NAMES = ("visit_date", "vital_status", "recurrence", "death_date", "notes")

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.items: list[FollowupRecord] = []
        self._variables = [dd.var(n, "followup") for n in self.NAMES]
        self._titles = (
            self.tr("Date of news"),
            self.tr("Status"),
            self.tr("Recurrence"),
            self.tr("Date of death"),
            self.tr("Notes"),
        )

    def set_items(self, items: Sequence[FollowupRecord]) -> None:
        self.beginResetModel()
        self.items = sorted(items, key=lambda f: (f["visit_date"] is None, f["visit_date"], f.id))
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.NAMES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        variable = self._variables[index.column()]
        value = self.items[index.row()].values.get(variable.name)
        if variable.type == dd.DATE and value is not None:
            return value.strftime("%d/%m/%Y")
        text = dd.format_label(variable, value, self.lang)
        return text.replace("\n", " ")[:80]

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None


class FollowupTab(QWidget):
    """List of news above, the news being typed below (a new one unless a row is chosen)."""

    #: The user asked to delete the selected news.
    delete_requested = Signal(object)
    #: The user asked to save the news being typed.
    save_requested = Signal()
    #: The editor now shows another piece of news (or a blank one).
    current_changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_followup")
        self.lang = lang
        self.current: FollowupRecord | None = None
        #: Asked before the editor drops typed news (the controller's unsaved-changes guard).
        self.can_leave: Callable[[], bool] = lambda: True
        self.model = FollowupTableModel(lang, self)
        self.table = QTableView()
        self.table.setObjectName("followup_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(170)
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_activated)

        self.form = FieldForm(dd.followup_variables(), lang, self)
        names = list(self.form.fields)
        self.title = QLabel()
        self.title.setObjectName("followup_editor_title")
        self.title.setStyleSheet("font-weight: 600; font-size: 13px;")
        self.new_button = QPushButton(self.tr("&New news"))
        self.new_button.setObjectName("new_followup")
        self.save_button = QPushButton(self.tr("Save news"))
        self.save_button.setObjectName("save_followup")
        self.delete_button = QPushButton(self.tr("&Delete this news…"))
        self.delete_button.setObjectName("delete_followup")
        self.new_button.clicked.connect(self._on_new)
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button.clicked.connect(self._on_delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        heading = QLabel(self.tr("News, oldest first (click a line to correct it)"))
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.box = self.form.section("", names)
        layout.addWidget(self.box, 1)
        self.form.edited.connect(self._apply_branching)
        self.form.finished.connect(self.save_button.setFocus)
        self.start_new()

    # ------------------------------------------------------------------ branching
    def _apply_branching(self, _name: str = "") -> None:
        """Recurrence details only with a recurrence; death details only for a death."""
        values = self.form.raw_values()
        recurrence = values.get("recurrence") == dd.YES
        dead = values.get("vital_status") == "DEAD"
        for name in RECURRENCE_FIELDS:
            self._enable(name, recurrence)
        for name in DEATH_FIELDS:
            self._enable(name, dead)

    def _enable(self, name: str, on: bool) -> None:
        self.form.fields[name].setEnabled(on)
        self.form.labels[name].setEnabled(on)
        if not on:
            self.form.clear_error(name)

    # ------------------------------------------------------------------ records
    def set_followups(self, items: Sequence[FollowupRecord]) -> None:
        self.model.set_items(items)
        if self.current is not None:
            still = [f for f in self.model.items if f.id == self.current.id]
            self.show_item(still[0] if still else None)

    def start_new(self) -> None:
        self.show_item(None)
        self.form.focus_field("visit_date")

    def show_item(self, item: FollowupRecord | None) -> None:
        self.current = item
        self.form.load(item.values if item else {})
        self._apply_branching()
        if item is None:
            self.table.clearSelection()
            self.title.setText(self.tr("New news"))
        else:
            when = item["visit_date"]
            self.title.setText(
                self.tr("Correcting the news of {0}").format(
                    when.strftime("%d/%m/%Y") if when else "?"
                )
            )
        self.delete_button.setEnabled(item is not None)
        self.current_changed.emit()

    def _on_new(self) -> None:
        if self.current is None and not self.is_dirty():
            self.form.focus_field("visit_date")
        elif self.can_leave():
            self.start_new()

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        item = self.model.items[index.row()]
        if self.current is not None and item.id == self.current.id:
            return
        if self.can_leave():
            self.show_item(item)

    def _on_delete(self) -> None:
        if self.current is not None:
            self.delete_requested.emit(self.current)

    def is_dirty(self) -> bool:
        return self.form.is_dirty()
