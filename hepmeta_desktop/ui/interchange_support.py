"""Table models, the background worker and the dialog base behind Import… and Export…."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QTableView, QWidget

from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import HepmetaError
from hepmeta_desktop.services import interchange as ix
from hepmeta_desktop.services.interchange import Problem, report_rows

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of plain values (the file preview)."""

    def __init__(self, header: Sequence[str] = (), rows: Sequence[Sequence[Any]] = ()) -> None:
        super().__init__()
        self._header = list(header)
        self._rows = [list(r) for r in rows]
        self._first_row = 2

    def set_rows(
        self, header: Sequence[str], rows: Sequence[Sequence[Any]], first_row: int = 2
    ) -> None:
        self.beginResetModel()
        self._header, self._rows = list(header), [list(r) for r in rows]
        self._first_row = first_row
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        if role == SORT_ROLE:
            return value if isinstance(value, int | float) else str(value or "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "" if value is None else str(value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._header[section] if section < len(self._header) else None
        return str(section + self._first_row)  # the row number Excel shows


class ProblemModel(RowsModel):
    """The import report: sheet, row, column, value, severity, message."""

    COL_SHEET, COL_ROW, COL_COLUMN, COL_VALUE, COL_SEVERITY, COL_MESSAGE = range(6)

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def set_problems(self, problems: Sequence[Problem]) -> None:
        header = [
            QCoreApplication.translate("ImportDialog", "Sheet"),
            QCoreApplication.translate("ImportDialog", "Row"),
            QCoreApplication.translate("ImportDialog", "Column"),
            QCoreApplication.translate("ImportDialog", "Value"),
            QCoreApplication.translate("ImportDialog", "Severity"),
            QCoreApplication.translate("ImportDialog", "Message"),
        ]
        self.set_rows(header, report_rows(problems, self.lang))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        return super().headerData(section, orientation, role)


class CopyableTable(QTableView):
    """A table whose selected rows Ctrl+C copies as tab-separated text (for Excel or a mail)."""

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_text(self) -> str:
        model = self.model()
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        lines = []
        for r in rows:
            cells = [
                str(model.data(model.index(r, c)) or "").replace("\t", " ").replace("\n", " ")
                for c in range(model.columnCount())
            ]
            lines.append("\t".join(cells))
        return "\n".join(lines)

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)


class Job(QObject):
    """Runs one core call in a thread; reports progress, success or failure as signals.

    It is also the core's progress object (``report`` / ``cancelled``): no Qt in the core.
    """

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Job], Any]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.thread = QThread()
        self.thread.setObjectName("interchange-worker")
        self.moveToThread(self.thread)
        self.thread.started.connect(self.run)

    # the core's Progress protocol (called from the worker thread)
    def report(self, stage: str, done: int, total: int) -> None:
        self.progressed.emit(stage, done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def start(self) -> None:
        self.thread.start()

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self)
        except HepmetaError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # an unexpected fault is shown, never lost with the thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.thread.quit()

    def wait(self, ms: int = 30000) -> bool:
        return self.thread.wait(ms)


def _language(parent: QWidget | None, lang: str | None) -> str:
    if lang in ("fr", "en"):
        return lang
    if parent is not None and getattr(parent, "lang", None) in ("fr", "en"):
        return str(parent.lang)
    from hepmeta_desktop.cli import system_language

    return system_language()


class JobDialog(QDialog):
    """What both dialogs share: a progress bar, a status line and one job at a time."""

    def __init__(self, db: Database, user: str, parent: QWidget | None, lang: str | None) -> None:
        super().__init__(parent)
        self.db, self.user, self.lang = db, user, _language(parent, lang)
        self.job: Job | None = None
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progress")
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    @property
    def running(self) -> bool:
        return self.job is not None

    def stage_text(self, stage: str) -> str:
        return {
            ix.READ: self.tr("Reading…"),
            ix.CHECK: self.tr("Checking the rows…"),
            ix.WRITE: self.tr("Writing…"),
        }.get(stage, stage)

    def _start(self, work: Any) -> None:
        job = Job(work)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(self._on_success)
        job.failed.connect(self._on_failure)
        self.job = job
        self._set_running(True)
        job.start()

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        self.status.setText(self.stage_text(stage))

    def _finish(self) -> None:
        if self.job is not None:
            self.job.wait()
            self.job = None
        self._set_running(False)

    def _on_success(self, result: Any) -> None:
        self._finish()
        self.progress_bar.setValue(self.progress_bar.maximum())
        self.succeeded(result)

    def _on_failure(self, error: Exception) -> None:
        self._finish()
        self.progress_bar.setValue(0)
        if isinstance(error, ix.Cancelled):
            self.status.setText(self.tr("Cancelled: nothing was changed."))
        elif isinstance(error, HepmetaError):
            self.status.setText(error.text(self.lang))
        else:
            self.status.setText(self.tr("Unexpected error: {0}").format(error))

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        # Closing while working cancels first: the core rolls the transaction back.
        if self.job is not None:
            self.cancel_job()
            return
        super().reject()

    def _set_running(self, running: bool) -> None:
        raise NotImplementedError

    def succeeded(self, result: Any) -> None:
        raise NotImplementedError
