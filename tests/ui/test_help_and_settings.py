"""Help > User guide and About, and the settings of this PC and of the registry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from hepmeta_desktop.db import open_database
from hepmeta_desktop.errors import Message, ValidationError
from hepmeta_desktop.services import backup, safety_settings
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.ui import first_run, i18n
from hepmeta_desktop.ui.about import AboutDialog
from hepmeta_desktop.ui.guide import GuideWindow
from hepmeta_desktop.ui.tool_dialogs import AdminSettings, SettingsDialog


def test_help_opens_the_guide_of_the_interface_language_and_about(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window("fr")
    window.actions_by_name["guide"].trigger()
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    assert guide.path is not None and guide.path.name == "guide_fr.md"
    assert guide.windowTitle() == "HepMeta — guide d'utilisation"
    window.actions_by_name["about"].trigger()
    about = window.findChild(AboutDialog)
    assert about is not None and about.windowTitle() == "À propos de HepMeta"
    assert window.db.display_name in about.findChild(QLabel, "about_text").text()


def test_the_registry_opened_at_start_is_checked_then_remembered(  # type: ignore[no-untyped-def]
    make_window, qtbot, tmp_path: Path
) -> None:
    window = make_window("en")
    dialog = window.show_settings()
    qtbot.addWidget(dialog)
    assert dialog.chosen_database() == str(window.db.path)
    dialog.database.setText(str(tmp_path / "nowhere.db"))
    dialog.accept()
    assert dialog.isVisible() and "nowhere.db" in dialog.error.text()
    other = tmp_path / "shared" / "service.db"
    open_database(other).dispose()
    dialog.database.setText(str(other))
    dialog.accept()
    assert not dialog.isVisible()
    assert first_run.remembered_database(i18n.settings()) == other


def test_the_registry_settings_are_stored_in_the_registry(  # type: ignore[no-untyped-def]
    make_window, qtbot, tmp_path: Path
) -> None:
    window = make_window("en")
    dialog = window.show_settings()
    qtbot.addWidget(dialog)
    assert dialog.lock_minutes is not None and dialog.backup_folder is not None
    assert dialog.lock_minutes.value() == safety_settings.DEFAULT_LOCK_MINUTES
    assert dialog.backup_folder.text() == str(backup.backup_folder(window.db))
    dialog.lock_minutes.setValue(25)
    dialog.backup_folder.setText(str(tmp_path / "usb" / "backups"))
    dialog.accept()
    assert not dialog.isVisible()
    assert safety_settings.lock_minutes(window.db) == 25
    assert backup.backup_folder(window.db) == tmp_path / "usb" / "backups"


def test_a_refused_registry_setting_keeps_the_dialog_open(qtbot, db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def save(minutes: int, folder: str) -> None:
        if minutes > 60:
            raise ValidationError({"lock": Message("Trop long.", "Too long.")})
        AuditService(db, "admin").log_event("settings", f"lock {minutes}, backups {folder}")

    admin = AdminSettings(lock_minutes=10, backup_folder=str(tmp_path / "b"), save=save)
    dialog = SettingsDialog("en", database=str(db.path), admin=admin, lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lock_minutes is not None and dialog.backup_folder is not None
    assert dialog.lock_minutes.value() == 10
    dialog.lock_minutes.setValue(90)
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == "Too long."
    dialog.lock_minutes.setValue(15)
    dialog.backup_folder.setText(str(tmp_path / "usb"))
    dialog.accept()
    assert not dialog.isVisible()
    details = [e.new_value for e in AuditService(db).entries() if e.action == "settings"]
    assert details == [f"lock 15, backups {tmp_path / 'usb'}"]
