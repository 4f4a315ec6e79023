"""The patient list: a table model over PatientSummary rows with search as you type.

At 100,000 patients a QSortFilterProxyModel calls back into Python for every row on each
keystroke (130 ms to 1.3 s measured), so the model filters and sorts itself: the search
keys are folded once by the service, a keystroke is one list comprehension over the keys
(narrowed further while the query grows), and sorting uses keys computed once per column.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.services.patients import name_key
from hepmeta_desktop.services.records import PatientRecord, PatientSummary

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_MIN_DATE = dt.date.min


def summary_of(record: PatientRecord) -> PatientSummary:
    """The list line of a patient just saved (no need to reload the whole list)."""
    v = record.values
    news = [f.values for f in record.followups if f.values.get("visit_date")]
    latest = max(news, key=lambda f: f["visit_date"], default=None)
    return PatientSummary(
        id=record.id,
        record_number=record.record_number,
        last_name=v.get("last_name") or "",
        first_name=v.get("first_name") or "",
        birth_date=v.get("birth_date"),
        liver_surgery_date=v.get("liver_surgery_date"),
        surgeon=v.get("surgeon"),
        latest_status=latest.get("vital_status") if latest else None,
        latest_news_date=latest.get("visit_date") if latest else None,
        search_key=f"{dd.fold(record.record_number)} {name_key(v.get('last_name'), v.get('first_name'))}",
    )


class PatientListModel(QAbstractTableModel):
    """Rows of the list; ``visible`` holds the indices shown, in the current sort order."""

    (
        COL_RECORD,
        COL_NAME,
        COL_BIRTH,
        COL_SURGERY,
        COL_SURGEON,
        COL_STATUS,
        COL_NEWS,
    ) = range(7)
    COLUMN_COUNT = 7

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[PatientSummary] = []
        self.visible: list[int] = []
        self._visible_keys: list[str] = []
        self._order: list[int] = []
        self._order_keys: list[str] = []
        self._query: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] = (self.COL_NAME, Qt.SortOrder.AscendingOrder)
        self._status = dd.var("vital_status", "followup")
        self._titles = (
            self.tr("Record"),
            self.tr("Name"),
            self.tr("Born"),
            self.tr("Liver surg."),
            self.tr("Surgeon"),
            self.tr("Status"),
            self.tr("Latest news"),
        )

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[self.visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == SORT_ROLE:
            return self._sort_key(row, index.column())
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None

    @staticmethod
    def _date(row: PatientSummary, column: int) -> dt.date | None:
        """The date shown in a date column (birth, liver surgery, latest news)."""
        return (
            None,
            None,
            row.birth_date,
            row.liver_surgery_date,
            None,
            None,
            row.latest_news_date,
        )[column]

    def _display(self, row: PatientSummary, column: int) -> str:
        if column == self.COL_RECORD:
            return row.record_number
        if column == self.COL_NAME:
            return f"{row.last_name.upper()} {row.first_name}"
        if column == self.COL_SURGEON:
            return row.surgeon or ""
        if column == self.COL_STATUS:
            return self._status.choice_label(row.latest_status, self.lang)
        day = self._date(row, column)
        return day.strftime("%d/%m/%Y") if day else ""

    def _sort_key(self, row: PatientSummary, column: int) -> Any:
        if column == self.COL_RECORD:
            return row.record_number
        if column == self.COL_NAME:
            return row.search_key.partition(" ")[2], row.id
        if column == self.COL_SURGEON:
            return dd.fold(row.surgeon or "")
        if column == self.COL_STATUS:
            return self._display(row, column)
        day = self._date(row, column)
        return day or _MIN_DATE

    # ------------------------------------------------------------------ content
    def set_rows(self, rows: Sequence[PatientSummary], presorted: bool = False) -> None:
        """Show these rows; ``presorted`` when they come in name order (skips a sort at start)."""
        self.beginResetModel()
        self.rows = list(rows)
        if presorted and self._sort == (self.COL_NAME, Qt.SortOrder.AscendingOrder):
            self._reorder(list(range(len(self.rows))))
        else:
            self._reorder(self._sorted(*self._sort))
        self.endResetModel()

    def upsert(self, summary: PatientSummary) -> None:
        """Add or replace one patient's line (after a save)."""
        for i, row in enumerate(self.rows):
            if row.id == summary.id:
                self.rows[i] = summary
                break
        else:
            self.rows.append(summary)
        self.set_rows(self.rows)

    def remove(self, patient_id: int) -> None:
        self.set_rows([r for r in self.rows if r.id != patient_id])

    def row_of(self, patient_id: int) -> int:
        """The visible row of a patient, or -1."""
        for i, index in enumerate(self.visible):
            if self.rows[index].id == patient_id:
                return i
        return -1

    def patient_id(self, row: int) -> int:
        return self.rows[self.visible[row]].id

    # ------------------------------------------------------------------ search and sort
    def set_query(self, text: str) -> None:
        """Keep the patients whose record number or names contain every word typed."""
        words = dd.fold(text).split()
        if words == self._query:
            return
        narrowing = bool(self._query) and all(
            any(old in new for new in words) for old in self._query
        )
        self.beginResetModel()
        if narrowing:  # a longer query only searches the rows still shown
            self.visible, self._visible_keys = self._filter(self.visible, self._visible_keys, words)
        else:
            self.visible, self._visible_keys = self._filter(self._order, self._order_keys, words)
        self._query = words
        self.endResetModel()

    @staticmethod
    def _filter(base: list[int], keys: list[str], words: list[str]) -> tuple[list[int], list[str]]:
        """The rows (and their keys) whose key holds every word; one pass per word."""
        for word in words:
            hits = [n for n, key in enumerate(keys) if word in key]
            base, keys = [base[n] for n in hits], [keys[n] for n in hits]
        return list(base), list(keys)

    def _reorder(self, order: list[int]) -> None:
        self._order = order
        rows = self.rows
        self._order_keys = [rows[i].search_key for i in order]
        self.visible, self._visible_keys = self._filter(order, self._order_keys, self._query)

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        rows = self.rows
        keys = [self._sort_key(r, column) for r in rows]
        return sorted(
            range(len(rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._reorder(self._sorted(column, order))
        self.layoutChanged.emit()


class ListLoader(QObject):
    """Loads the whole list in a thread while the window is already usable (100,000 rows)."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, fetch: Callable[[], list[PatientSummary]], parent: QObject | None = None):
        super().__init__(parent)
        self._fetch = fetch
        self.thread: threading.Thread | None = None
        self._pending: QTimer | None = None  # a start asked for later

    def start(self, delay_ms: int | None = None) -> None:
        """Load now, or ``delay_ms`` after the event loop next runs (counted as loading)."""
        if delay_ms is not None:
            self._pending = QTimer(self)
            self._pending.setSingleShot(True)
            self._pending.timeout.connect(self.start)
            self._pending.start(delay_ms)
            return
        self._pending = None
        self.thread = threading.Thread(target=self._run, name="patient-list", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            rows = self._fetch()
        except Exception as exc:  # reported in the window; the first rows stay shown
            rows, error = None, exc
        else:
            error = None
        try:
            if error is None:
                self.loaded.emit(rows)  # queued to the GUI thread
            else:
                self.failed.emit(error)
        except RuntimeError:
            pass  # the window was closed while the list was loading

    def running(self) -> bool:
        """Loading, or about to (a start asked for later counts)."""
        if self._pending is not None:
            return True
        return self.thread is not None and self.thread.is_alive()


class PatientListPanel(QWidget):
    """The search box above the list; emits the id of the patient chosen."""

    patient_chosen = Signal(int)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PatientListModel(lang, self)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: record number or name (Ctrl+F)"))
        self.search.textChanged.connect(self.model.set_query)
        self.search.textChanged.connect(lambda _t: self._update_count())
        self.search.returnPressed.connect(self._choose_first)
        self.view = QTableView()
        self.view.setObjectName("patient_list")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(PatientListModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(22)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        # Widths from the font (ResizeToContents would measure 100,000 rows).
        metrics = self.view.fontMetrics()
        samples = (
            "2016-00420",
            "LEFÈVRE Marie-Hélène",
            "00/00/0000",
            "00/00/0000",
            "Dr Benali",
            "Vivante avec maladie",
            "00/00/0000",
        )
        for column, sample in enumerate(samples):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 18)
            header.resizeSection(column, width + 14)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)
        self.count = QLabel()
        self.count.setObjectName("patient_count")
        self.count.setStyleSheet("color: #555;")
        # A fixed box: a new count must not re-layout (and repaint) the window per keystroke.
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.count.setFixedHeight(self.count.sizeHint().height() + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.model.modelReset.connect(self._update_count)

    def set_loading(self, total: int | None) -> None:
        """While the rest of a long list loads: say so (search covers the loaded rows)."""
        self._loading_total = total
        self._update_count()

    def _update_count(self) -> None:
        if getattr(self, "_loading_total", None):
            self.count.setText(
                self.tr("Loading the list of {0} patients…").format(self._loading_total)
            )
            return
        shown, total = self.model.rowCount(), len(self.model.rows)
        if shown == total:
            self.count.setText(
                self.tr("1 patient") if total == 1 else self.tr("{0} patients").format(total)
            )
        else:
            self.count.setText(self.tr("%n of {0} patient(s)", "", shown).format(total))

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.patient_chosen.emit(self.model.patient_id(index.row()))

    def _choose_first(self) -> None:
        if self.model.rowCount():
            self.view.selectRow(0)
            self.patient_chosen.emit(self.model.patient_id(0))

    def select(self, patient_id: int) -> None:
        row = self.model.row_of(patient_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        else:
            self.view.clearSelection()
