"""One object that gives a main window its safety: idle lock, other sessions, backups.

The lead's wiring, in the window's start-up (after ``sign_in``) and ``closeEvent``::

    self.safety = SafetyGuard(self, db, user, lang=lang)   # lock, status bar, backups
    ...
    def closeEvent(self, event):
        problem = self.safety.close()                       # backup on closing, unregister
        if problem: QMessageBox.warning(self, "HepMeta", problem)
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import HepmetaError
from hepmeta_desktop.services.backup import BackupScheduler
from hepmeta_desktop.services.permissions import CurrentUser
from hepmeta_desktop.services.safety_settings import lock_minutes
from hepmeta_desktop.services.sessions import SessionRegistry, network_share_warning
from hepmeta_desktop.services.users import UserService
from hepmeta_desktop.ui.idle_lock import IdleLock
from hepmeta_desktop.ui.sessions_indicator import SessionIndicator

TICK_MS = 60_000


class _TickWorker(QObject):
    failed = Signal(object)
    finished = Signal()

    def __init__(self, scheduler: BackupScheduler) -> None:
        super().__init__()
        self._scheduler = scheduler

    def run(self) -> None:
        try:
            self._scheduler.tick()
        except HepmetaError as exc:
            self.failed.emit(exc)
        self.finished.emit()


class SafetyGuard(QObject):
    """Idle lock, "also open on PC X" note, and automatic backups for ``window``."""

    backup_failed = Signal(object)  # HepmetaError: shown in the status bar as well

    def __init__(
        self,
        window: QMainWindow,
        db: Database,
        user: CurrentUser,
        *,
        lang: str = "fr",
        auth_service: UserService | None = None,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(window)
        self._window, self._db, self._lang = window, db, lang
        self.lock = IdleLock(
            window, auth_service or UserService(db), user, lock_minutes(db), lang=lang
        )
        self.sessions = SessionIndicator(SessionRegistry(db), user.name, window, lang=lang)
        window.statusBar().addPermanentWidget(self.sessions)
        self.scheduler = BackupScheduler(db) if db.is_sqlite else None
        self._thread: QThread | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        if self.scheduler is not None:
            self._timer.start(tick_ms)

    def _tick(self) -> None:
        """A due backup runs off the GUI thread: a large registry takes seconds to check."""
        if self.scheduler is None or self._thread is not None:
            return
        self._thread = QThread(self)
        worker = _TickWorker(self.scheduler)
        worker.moveToThread(self._thread)
        self._thread.started.connect(worker.run)
        worker.failed.connect(self._on_failed)
        # Direct: the thread must stop even while the GUI thread waits for it (closing).
        worker.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self._done)
        self._worker = worker
        self._thread.start()

    def _done(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        self._thread = None

    def _on_failed(self, exc: HepmetaError) -> None:
        self._window.statusBar().showMessage(exc.text(self._lang))
        self.backup_failed.emit(exc)

    def wait_idle(self) -> None:
        """Let a running automatic backup finish (closing, tests)."""
        if self._thread is not None:
            self._thread.wait()

    def close(self) -> str | None:
        """Backup on closing, then unregister; returns a message if the backup failed."""
        self._timer.stop()
        self.wait_idle()
        problem = None
        if self.scheduler is not None:
            try:
                self.scheduler.on_close()
            except HepmetaError as exc:
                problem = exc.text(self._lang)
        self.sessions.stop()
        self.lock.stop()
        return problem


def network_share_box(db: Database, parent: QWidget | None = None, *, lang: str = "fr"):  # type: ignore[no-untyped-def]
    """The warning to show once at opening when the SQLite file is on a network share."""
    message = network_share_warning(db.path) if db.path is not None else None
    if message is None:
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, "HepMeta", message.text(lang), parent=parent)
    return box
