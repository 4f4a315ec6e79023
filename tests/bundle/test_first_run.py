"""The first start, driven with the keyboard: new registry, existing file, demo; asked once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from hepmeta_desktop.db import default_database_path, open_database
from hepmeta_desktop.services.backup import backup_folder
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.services.permissions import ADMIN
from hepmeta_desktop.services.users import UserService
from hepmeta_desktop.ui import first_run, i18n
from hepmeta_desktop.ui.first_run import FirstRunActions, FirstRunWizard

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def user_folders(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # type: ignore[no-untyped-def]
    """The user's data folder and the window's settings live in the test's own folder; the
    interface speaks English (another test may have left the French translators in)."""
    i18n.install("en")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HEPMETA_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("HEPMETA_DB", raising=False)
    return tmp_path


def actions() -> FirstRunActions:
    """The real actions: accounts and backup settings written into the registry."""
    return FirstRunActions()


def type_keys(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(QApplication.focusWidget(), text)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def open_wizard(qtbot, settings: QSettings, **kwargs) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(settings, actions(), lang="en", **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    # Keys go to the focused widget: wait until it is the wizard's (not another test's window).
    qtbot.waitUntil(lambda: wizard.isAncestorOf(QApplication.focusWidget()))
    return wizard


def test_new_registry_admin_and_backups_with_the_keyboard(qtbot, user_folders: Path) -> None:
    settings = i18n.settings()
    assert first_run.needs_first_run(settings)
    wizard = open_wizard(qtbot, settings)
    assert wizard.currentId() == wizard.CHOICE
    assert wizard.choice_page.path.text() == str(default_database_path())
    press(qtbot, Qt.Key.Key_Return)  # "Create a new registry" is chosen by default
    assert wizard.currentId() == wizard.ADMIN
    type_keys(qtbot, "admin")
    for text in ("short", "short"):
        press(qtbot, Qt.Key.Key_Tab)
        type_keys(qtbot, text)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.ADMIN
    assert wizard.admin_page.error.text() == "At least 8 characters."  # the service's words
    for edit in (wizard.admin_page.password, wizard.admin_page.confirm):
        edit.clear()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is wizard.admin_page.password
    type_keys(qtbot, "long enough")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "long enougH")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.ADMIN
    assert "differ" in wizard.admin_page.error.text()
    type_keys(qtbot, "long enough")  # the confirmation was emptied: typed again
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.BACKUP
    backups = user_folders / "usb" / "hepmeta-backups"
    wizard.backup_page.folder.selectAll()
    type_keys(qtbot, str(backups))
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert backups.is_dir()

    stored = Path(str(settings.value(first_run.DATABASE_KEY)))
    assert stored == default_database_path() and stored.is_file()
    db = open_database(stored, create=False)
    try:
        assert UserService(db).authenticate("admin", "long enough").role == ADMIN
        assert backup_folder(db) == backups
    finally:
        db.dispose()
    # Nothing asks twice: the next start opens the registry directly.
    assert not first_run.needs_first_run(i18n.settings())
    assert first_run.start_database(i18n.settings()) == stored


def test_an_existing_registry_with_its_administrator_asks_nothing_more(
    qtbot, user_folders: Path
) -> None:
    existing = user_folders / "shared" / "service.db"
    db = open_database(existing)
    UserService(db).create_first_admin("chief", "a good password")
    db.dispose()
    settings = i18n.settings()
    wizard = open_wizard(qtbot, settings)
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(wizard.choice_page.existing.isChecked)  # a mnemonic clicks, animated
    assert wizard.choice_page.path.text() == ""
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # the "File:" label
    assert QApplication.focusWidget() is wizard.choice_page.path
    type_keys(qtbot, str(user_folders / "nowhere.db"))
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.CHOICE
    assert "no file" in wizard.choice_page.error.text()
    wizard.choice_page.path.selectAll()
    type_keys(qtbot, str(existing))
    press(qtbot, Qt.Key.Key_Return)
    # It has its administrator, who chose its backups: nothing more to ask.
    qtbot.waitUntil(lambda: wizard.result() == QWizard.DialogCode.Accepted)
    assert not wizard.isVisible()
    assert first_run.remembered_database(i18n.settings()) == existing


def test_demo_fills_a_registry_in_the_data_folder(qtbot) -> None:
    wizard = open_wizard(qtbot, i18n.settings())
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(wizard.choice_page.demo.isChecked)
    assert not wizard.choice_page.path.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.ADMIN
    type_keys(qtbot, "demo")
    for text in ("demo-password", "demo-password"):
        press(qtbot, Qt.Key.Key_Tab)
        type_keys(qtbot, text)
    press(qtbot, Qt.Key.Key_Return)  # no backup page for the demonstration
    assert wizard.result() == QWizard.DialogCode.Accepted
    path = first_run.remembered_database(i18n.settings())
    assert path == default_database_path().parent / first_run.DEMO_FILE
    db = open_database(path, create=False)
    try:
        assert PatientService(db).count() == first_run.DEMO_PATIENTS
    finally:
        db.dispose()


def test_new_refuses_an_existing_file_and_a_moved_registry_is_said(qtbot, user_folders) -> None:
    settings = i18n.settings()
    gone = user_folders / "unplugged" / "hepmeta.db"
    settings.setValue(first_run.DATABASE_KEY, str(gone))
    default_database_path().parent.mkdir(parents=True)
    default_database_path().write_bytes(b"")
    # The remembered file has gone: asked again (and the default file is not adopted silently).
    assert first_run.needs_first_run(settings)
    wizard = open_wizard(qtbot, settings, missing=first_run.missing_database(settings))
    assert str(gone) in wizard.choice_page.error.text()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.CHOICE
    assert "already exists" in wizard.choice_page.error.text()


def test_without_accounts_the_backup_folder_is_kept_in_the_settings(
    qtbot, user_folders: Path
) -> None:
    settings = i18n.settings()
    wizard = FirstRunWizard(
        settings, FirstRunActions(has_users=None, create_admin=None, set_backup_folder=None)
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: wizard.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.BACKUP
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert settings.value(first_run.BACKUP_KEY) == str(first_run.default_backup_folder())
    assert first_run.default_backup_folder().is_dir()


def test_closing_the_wizard_opens_nothing(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = i18n.settings()

    def escape() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunWizard)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(200, escape)
    assert first_run.start_database(settings, "en", actions()) is None
    assert first_run.needs_first_run(settings)
    assert not default_database_path().exists()
