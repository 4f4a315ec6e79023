"""File → Back up now / Restore…, and the plain message shown when the database is damaged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import CorruptDatabaseError, HepmetaError
from hepmeta_desktop.services.backup import BackupInfo, backup_now, backup_time, list_backups
from hepmeta_desktop.services.permissions import UserLike
from hepmeta_desktop.services.restore import restore_backup
from hepmeta_desktop.ui.dialogs import error_label


class _BackupWorker(QObject):
    progress = Signal(int, int)
    done = Signal(object)  # BackupInfo
    failed = Signal(object)  # HepmetaError

    def __init__(self, db: Database, user: UserLike, folder: Path | None) -> None:
        super().__init__()
        self._db, self._user, self._folder = db, user, folder

    def run(self) -> None:
        try:
            info = backup_now(self._db, self._folder, user=self._user, progress=self.progress.emit)
        except HepmetaError as exc:
            self.failed.emit(exc)
        else:
            self.done.emit(info)


def _size(n: int, lang: str) -> str:
    """A file size as the user writes it: "1,4 Mo" in French, "1.4 MB" in English."""
    value, unit = (n / 1e6, ("Mo", "MB")) if n >= 1e6 else (n / 1e3, ("ko", "kB"))
    text = f"{value:.1f}"
    return f"{text.replace('.', ',')} {unit[0]}" if lang == "fr" else f"{text} {unit[1]}"


def _when(moment: dt.datetime, lang: str) -> str:
    return moment.strftime("%d/%m/%Y %H:%M" if lang == "fr" else "%Y-%m-%d %H:%M")


class BackupNowDialog(QDialog):
    """Copies, checks and files a backup off the GUI thread, showing its progress."""

    def __init__(
        self,
        db: Database,
        user: UserLike,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
        lang: str = "fr",
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.result_info: BackupInfo | None = None
        self.error: HepmetaError | None = None
        self.setWindowTitle(self.tr("Back up now"))
        self.status = QLabel(self.tr("Checking the database, then copying it…"))
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.bar, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)
        self._thread = QThread(self)
        self._worker = _BackupWorker(db, user, folder)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        # Direct: the thread stops as soon as the work ends, even if the GUI thread waits.
        for signal in (self._worker.done, self._worker.failed):
            signal.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _finish(self) -> None:
        # The wrapped status grew: give it the height of its text before the dialog resizes.
        width = max(self.status.width(), self.minimumWidth() - 24)
        self.status.setMinimumHeight(self.status.heightForWidth(width))
        self.adjustSize()
        self._thread.wait()
        self.buttons.setEnabled(True)

    def _on_done(self, info: BackupInfo) -> None:
        self.result_info = info
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(
            self.tr("Backup checked and saved:\n%1\n%2, %3 patients.")
            .replace("%1", str(info.path))
            .replace("%2", _size(info.size, self._lang))
            .replace("%3", str(info.patients))
        )
        self._finish()

    def _on_failed(self, exc: HepmetaError) -> None:
        self.error = exc
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status.setText(exc.text(self._lang))
        self.status.setStyleSheet("color: #b00020;")
        self._finish()

    def wait_done(self) -> None:
        """Block until the worker has finished (tests and closing)."""
        self._thread.wait()


class RestoreDialog(QDialog):
    """The backups of the registry (date, size, patients); restores the chosen one.

    ``before_restore`` is called first so that the window closes its connection to the
    database; after a successful restore the dialog is accepted, ``replaced_by`` holds the
    backup and ``kept_aside`` where the old file went, and the window reopens the database.
    """

    COL_DATE, COL_SIZE, COL_PATIENTS = range(3)

    def __init__(
        self,
        db_path: Path,
        folder: Path,
        user: UserLike,
        parent: QWidget | None = None,
        *,
        before_restore: Callable[[], None] | None = None,
        lang: str = "fr",
    ) -> None:
        super().__init__(parent)
        self._db_path, self._user, self._lang = Path(db_path), user, lang
        self._before = before_restore
        self.replaced_by: Path | None = None
        self.kept_aside: Path | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.backups = list_backups(Path(folder), self._db_path.stem)
        intro = QLabel(
            self.tr(
                "Choose the backup to put back. The current database is not deleted: it is "
                "kept aside, beside it. Backups folder: %1"
            ).replace("%1", str(folder))
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Size"), self.tr("Patients")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(self.backups):
            when = _when(info.taken_at, lang)
            patients = "?" if info.patients is None else str(info.patients)
            for col, text in ((0, when), (1, _size(info.size, lang)), (2, patients)):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        if self.backups:
            self.table.selectRow(0)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore…"))
        self.restore_button.setEnabled(bool(self.backups))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def confirm(self, info: BackupInfo) -> bool:
        """Asks the user; tests replace nothing here, they answer the message box."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(
            self.tr(
                "Put back the backup of %1 (%2 patients)?\n\nEverything saved after that "
                "moment will no longer be in the registry (the current file is kept aside)."
            )
            .replace("%1", _when(info.taken_at, self._lang))
            .replace("%2", "?" if info.patients is None else str(info.patients))
        )
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        self.confirmation = box
        box.exec()
        return box.clickedButton() is yes

    def _restore(self) -> None:
        info = self.selected()
        if info is None or not self.confirm(info):
            return
        if self._before is not None:
            self._before()
        try:
            self.kept_aside = restore_backup(self._db_path, info.path, user=self._user)
        except HepmetaError as exc:
            self.error.setText(exc.text(self._lang))
            self.error.show()
            return
        self.replaced_by = info.path
        self.accept()


class CorruptDatabaseBox(QMessageBox):
    """The plain message for a damaged database, offering its latest sound backup.

    The window calls ``exec()``; when ``box.clickedButton() is box.restore`` it restores
    ``error.backup`` with ``restore_backup`` and reopens the database.
    """

    def __init__(
        self, error: CorruptDatabaseError, parent: QWidget | None = None, *, lang: str = "fr"
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Damaged database"))
        self.setText(error.text(lang))
        if error.problems:
            self.setDetailedText("\n".join(error.problems))
        self.restore: QAbstractButton | None = None
        if error.backup is not None:
            stamp = backup_time(error.backup) or dt.datetime.fromtimestamp(
                Path(error.backup).stat().st_mtime
            )
            label = self.tr("Restore the backup of %1").replace("%1", _when(stamp, lang))
            self.restore = self.addButton(label, QMessageBox.ButtonRole.AcceptRole)
            self.setDefaultButton(self.restore)  # type: ignore[arg-type]
        self.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
