"""The one-call wiring of a main window: lock, other sessions, backups while working and on close."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TODAY, sample_patient
from PySide6.QtWidgets import QLabel, QMainWindow

from hepmeta_desktop.services.backup import list_backups, set_backup_folder
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.services.permissions import SECRETARY
from hepmeta_desktop.services.sessions import SessionRegistry
from hepmeta_desktop.ui.safety import SafetyGuard, network_share_box

pytestmark = [
    pytest.mark.usefixtures("sqlite_only"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def test_guard_backs_up_while_working_and_on_close(qtbot, db, accounts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    set_backup_folder(db, tmp_path / "usb", "system")
    window = QMainWindow()
    window.setCentralWidget(QLabel("HepMeta"))
    qtbot.addWidget(window)
    window.show()
    guard = SafetyGuard(window, db, accounts[SECRETARY], tick_ms=50)
    guard.scheduler.interval = 0  # type: ignore[union-attr]  # every tick may back up
    assert guard.lock.minutes == 10
    others = SessionRegistry(db).list_others()
    assert [o.user_name for o in others] == ["sec"]  # this window, seen from another copy
    PatientService(db, accounts[SECRETARY], today=lambda: TODAY).create_patient(sample_patient())
    qtbot.waitUntil(lambda: len(list_backups(tmp_path / "usb", db.path.stem)) == 1, timeout=5000)
    guard.wait_idle()
    PatientService(db, accounts[SECRETARY], today=lambda: TODAY).create_patient(
        sample_patient(record_number="B2", last_name="Autre")
    )
    guard._timer.stop()
    assert guard.close() is None
    backups = list_backups(tmp_path / "usb", db.path.stem)
    assert [b.patients for b in backups][0] == 2  # the closing backup holds the last save
    assert SessionRegistry(db).list_others() == []
    assert network_share_box(db) is None  # a temporary folder is on a local disk
