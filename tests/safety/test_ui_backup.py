"""Back up now, Restore… and the damaged-database message, driven with qtbot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import TODAY, sample_patient
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hepmeta_desktop.db import open_database
from hepmeta_desktop.errors import CorruptDatabaseError
from hepmeta_desktop.services.backup import backup_now, default_folder
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.services.permissions import ADMIN, SECRETARY
from hepmeta_desktop.ui.backup_dialogs import BackupNowDialog, CorruptDatabaseBox, RestoreDialog

pytestmark = [
    pytest.mark.usefixtures("sqlite_only"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
]
SHOTS = Path("/tmp/shots")


def _add(db, n: int, start: int = 0) -> None:  # type: ignore[no-untyped-def]
    service = PatientService(db, "system", today=lambda: TODAY)
    for i in range(start, start + n):
        service.create_patient(sample_patient(record_number=f"U{i:03d}", last_name=f"Nom{i}"))


def test_back_up_now_shows_progress_and_result(qtbot, db, accounts, french, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _add(db, 4)
    dialog = BackupNowDialog(db, accounts[ADMIN], folder=tmp_path / "usb", lang="fr")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10000)
    info = dialog.result_info
    assert info is not None and info.patients == 4 and info.path.exists()
    assert "4 patientes" in dialog.status.text() and str(info.path) in dialog.status.text()
    assert dialog.buttons.isEnabled() and dialog.bar.value() == dialog.bar.maximum()
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "safety_backup_now.png"))


def test_back_up_now_refused_to_a_secretary(qtbot, db, accounts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupNowDialog(db, accounts[SECRETARY], folder=tmp_path / "usb", lang="fr")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=10000)
    assert "ne permet pas" in dialog.status.text()
    assert not (tmp_path / "usb").exists()


def _answer(button_text: str) -> None:
    """Click a button of the confirmation box as soon as it is shown."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        SHOTS.mkdir(exist_ok=True)
        box.grab().save(str(SHOTS / "safety_restore_confirm.png"))
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(20, click)


def test_restore_dialog_lists_confirms_and_restores(
    qtbot, db, accounts, french, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "b"
    _add(db, 2)
    older = backup_now(db, folder, now=dt.datetime(2026, 11, 20, 17, 30))
    _add(db, 3, start=2)
    backup_now(db, folder, now=dt.datetime(2026, 11, 25, 18, 5))
    _add(db, 1, start=5)
    closed = []
    dialog = RestoreDialog(
        db.path, folder, accounts[ADMIN], before_restore=lambda: (db.dispose(), closed.append(1)),
        lang="fr",
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 2).text() for r in range(2)] == ["5", "2"]  # newest first
    assert dialog.table.item(0, 1).text().endswith(" ko")
    dialog.table.selectRow(1)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "safety_restore.png"))
    assert dialog.table.item(1, 0).text() == "20/11/2026 17:30"
    _answer("Annuler")
    dialog.restore_button.click()
    assert dialog.replaced_by is None and not closed
    _answer("Restaurer")
    dialog.restore_button.click()
    assert closed and dialog.replaced_by == older.path and dialog.kept_aside.exists()
    reopened = open_database(db.path)
    try:
        assert PatientService(reopened).count() == 2
    finally:
        reopened.dispose()


def test_damaged_database_message_offers_the_backup(qtbot, db, french, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _add(db, 3)
    good = backup_now(db, default_folder(db.path))
    path = db.path
    db.dispose()
    with path.open("r+b") as fh:  # wreck every b-tree page header after the schema
        for page in range(1, path.stat().st_size // 4096):
            fh.seek(page * 4096)
            fh.write(b"\xff" * 8)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(path)
    box = CorruptDatabaseBox(caught.value, lang="fr")
    qtbot.addWidget(box)
    box.show()
    assert box.restore is not None and "endommagée" in box.text() and good.path.name in box.text()
    assert box.restore.text().startswith("Restaurer la sauvegarde du ")
    box.grab().save(str(SHOTS / "safety_damaged.png"))
