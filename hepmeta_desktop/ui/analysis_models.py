"""Qt models of the analysis panel: Table 1, and the background worker of one refresh."""

from __future__ import annotations

import contextlib
import traceback
from typing import Any

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QRunnable, Qt, Signal

COL_VARIABLE = 0
COL_OVERALL = 1
# Group columns follow the overall column; the p-value column comes last when grouped.
COL_FIRST_GROUP = 2
# Role giving each row's position in Table 1 (the table is not reordered by value).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2


class Table1Model(QAbstractTableModel):
    """Table 1 rows (from :func:`hepmeta_desktop.analysis.table1_rows.table1_rows`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers: list[str] = []
        self._groups = 0

    def set_table(self, table: Any, lang: str) -> None:
        from hepmeta_desktop.analysis.table1_rows import header_labels, table1_rows

        self.beginResetModel()
        self._rows = table1_rows(table, lang)
        self._headers = header_labels(table, lang)
        self._groups = len(table.group_levels)
        self.endResetModel()

    @property
    def col_p(self) -> int | None:
        """The p-value column, when the table is split by group."""
        return COL_FIRST_GROUP + self._groups if self._groups else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def _text(self, row: Any, col: int) -> str:
        if col == COL_VARIABLE:
            return row.label
        if col == COL_OVERALL:
            return row.overall
        if col == self.col_p:
            return row.p
        return row.groups[col - COL_FIRST_GROUP]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.FontRole and row.kind == "header":
            font = QtGui.QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_VARIABLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.col_p and row.test:
            return row.test
        if role == SORT_ROLE:
            return index.row()
        if role == KIND_ROLE:
            return row.kind
        return None


class _WorkerSignals(QObject):
    succeeded = Signal(int, object)
    failed = Signal(int, str)
    progress = Signal(int, float, str)


class AnalysisWorker(QRunnable):
    """Runs ``service.analyse`` off the GUI thread; one success and one failure signal."""

    def __init__(self, ticket: int, service: Any, options: Any, reload: bool) -> None:
        super().__init__()
        self.ticket, self._service, self._options, self._reload = ticket, service, options, reload
        self.signals = _WorkerSignals()

    def run(self) -> None:
        try:
            result = self._service.analyse(
                self._options, progress=self._progress, reload=self._reload
            )
        except Exception as exc:  # every failure reaches the panel as a message
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            self._emit(self.signals.failed, self.ticket, detail)
            return
        self._emit(self.signals.succeeded, self.ticket, result)

    def _progress(self, fraction: float, what: str) -> None:
        self._emit(self.signals.progress, self.ticket, fraction, what)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        # The window may be closed while computing: nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


def thread_pool() -> QtCore.QThreadPool:
    return QtCore.QThreadPool.globalInstance()
