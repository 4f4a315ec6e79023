"""First start: choose (create, open or demo) the registry, make the administrator, pick backups."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from hepmeta_desktop.db import Database, default_database_path, open_database
from hepmeta_desktop.ui.assets import app_icon
from hepmeta_desktop.ui.first_run_pages import (
    DEMO,
    DEMO_FILE,
    EXISTING,
    NEW,
    AdminPage,
    BackupPage,
    ChoicePage,
    default_backup_folder,
    demo_database_path,
)

DEMO_PATIENTS = 40
# QSettings keys: the registry opened at every start, and where backups go.
DATABASE_KEY = "database/path"
BACKUP_KEY = "backup/folder"


def _create_demo(db: Database) -> None:
    from hepmeta_desktop.services.demo import create_demo
    from hepmeta_desktop.services.patients import PatientService

    if PatientService(db).count() == 0:
        create_demo(db, DEMO_PATIENTS)


def _has_users(db: Database) -> bool:
    from hepmeta_desktop.services.users import UserService

    return UserService(db).has_users()


def _create_admin(db: Database, name: str, password: str) -> Any:
    from hepmeta_desktop.services.users import UserService

    return UserService(db).create_first_admin(name, password)


def _set_backup_folder(db: Database, folder: Path, admin: Any) -> None:
    from hepmeta_desktop.services.backup import set_backup_folder

    set_backup_folder(db, folder, admin)


@dataclass
class FirstRunActions:
    """What the wizard does to the registry, injected so that each step is replaceable.

    ``has_users`` / ``create_admin(db, name, password) -> user`` come from the accounts
    service (None: no administrator page).  ``set_backup_folder(db, folder, user)`` stores
    the chosen folder in the registry, as the administrator just made (None: in QSettings).
    """

    open_database: Callable[..., Database] = open_database
    create_demo: Callable[[Database], None] = _create_demo
    has_users: Callable[[Database], bool] | None = _has_users
    create_admin: Callable[[Database, str, str], Any] | None = _create_admin
    set_backup_folder: Callable[[Database, Path, Any], None] | None = _set_backup_folder


class FirstRunWizard(QWizard):
    """The three questions of the first start; ``database_path`` holds the answer."""

    CHOICE, ADMIN, BACKUP = range(3)

    def __init__(
        self,
        settings: QSettings,
        actions: FirstRunActions | None = None,
        lang: str = "fr",
        parent: QWidget | None = None,
        missing: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.missing = missing
        self.actions = actions or FirstRunActions()
        self.lang = lang
        self.database: Database | None = None
        self.database_path: Path | None = None
        self.choice: str | None = None
        self.admin: Any = None
        self.setWindowTitle(self.tr("HepMeta Desktop — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.choice_page = ChoicePage(self)
        self.admin_page = AdminPage(self)
        self.backup_page = BackupPage(self)
        self.setPage(self.CHOICE, self.choice_page)
        self.setPage(self.ADMIN, self.admin_page)
        self.setPage(self.BACKUP, self.backup_page)
        self.setStartId(self.CHOICE)

    # The pages after the choice depend on the registry: the administrator page while it has
    # no account; the backup page for the registry whose administrator is made here (an
    # existing registry's own administrator has chosen already), never for the demo.
    def nextId(self) -> int:  # noqa: N802 - Qt's name
        current = self.currentId()
        if current == self.CHOICE:
            if self.database is None:
                # Not chosen yet: promise a next page, so that the button says Next.
                return self.ADMIN if self.actions.create_admin is not None else self.BACKUP
            if self._needs_admin():
                return self.ADMIN
            return self.BACKUP if self._wants_backup() else -1
        if current == self.ADMIN:
            return self.BACKUP if self.choice != DEMO else -1
        return -1

    def _needs_admin(self) -> bool:
        if self.database is None or self.actions.create_admin is None or self.admin is not None:
            return False
        has_users = self.actions.has_users
        return has_users is None or not has_users(self.database)

    def _wants_backup(self) -> bool:
        if self.database is None or self.choice == DEMO:
            return False
        # Without accounts (create_admin not given) the folder is asked for every registry.
        return self.admin is not None or self.actions.create_admin is None

    def use_database(self, choice: str, path: Path) -> None:
        """Create or open the chosen registry (the demo is filled on its first opening)."""
        if self.database is not None and self.database_path == path:
            self.choice = choice
            return
        self.close_database()
        database = self.actions.open_database(path, create=choice != EXISTING)
        try:
            if choice == DEMO:
                self.actions.create_demo(database)
        except Exception:
            database.dispose()
            raise
        self.database, self.database_path, self.choice = database, path, choice

    def create_admin(self, name: str, password: str) -> None:
        if self.database is None or self.actions.create_admin is None:
            return
        if self.admin is not None:  # Back, then Next again: the account exists already.
            return
        self.admin = self.actions.create_admin(self.database, name, password)

    def set_backup_folder(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".hepmeta-write-test"
        probe.write_bytes(b"")
        probe.unlink()
        if self.database is not None and self.actions.set_backup_folder is not None:
            self.actions.set_backup_folder(self.database, folder, self.admin)
        else:
            self.settings.setValue(BACKUP_KEY, str(folder))

    def done(self, result: int) -> None:
        # QWizard.done validates the last page; ours validates first, then remembers.
        if result == QWizard.DialogCode.Accepted:
            if not self.validateCurrentPage():
                return
            self.finish()
            return
        self.close_database()
        super().done(result)

    def finish(self) -> None:
        """Remember the registry (so that nothing asks twice) and close with Accepted."""
        if self.database_path is not None:
            self.settings.setValue(DATABASE_KEY, str(self.database_path))
            self.settings.sync()
        self.close_database()
        QDialog.done(self, QWizard.DialogCode.Accepted)

    def close_database(self) -> None:
        if self.database is not None:
            self.database.dispose()
            self.database = None


def remembered_database(settings: QSettings) -> Path | None:
    """The registry chosen at the first start, if it still exists."""
    value = settings.value(DATABASE_KEY, "")
    if value and Path(str(value)).is_file():
        return Path(str(value))
    return None


def missing_database(settings: QSettings) -> Path | None:
    """The registry remembered in the settings when its file has gone (moved, drive absent)."""
    value = settings.value(DATABASE_KEY, "")
    if value and not Path(str(value)).is_file():
        return Path(str(value))
    return None


def needs_first_run(settings: QSettings) -> bool:
    """True when nothing says which registry to open (no setting, no default file)."""
    if remembered_database(settings) is not None:
        return False
    if missing_database(settings) is None and default_database_path().is_file():
        # A registry made before this dialog existed (or by `hepmeta init`): adopt it.
        settings.setValue(DATABASE_KEY, str(default_database_path()))
        settings.sync()
        return False
    return True


def start_database(
    settings: QSettings, lang: str = "fr", actions: FirstRunActions | None = None
) -> Path | None:
    """The registry to open at start: the remembered one, else the wizard's answer (None:
    the user closed the wizard)."""
    if not needs_first_run(settings):
        return remembered_database(settings)
    wizard = FirstRunWizard(settings, actions, lang, missing=missing_database(settings))
    if wizard.exec() != QWizard.DialogCode.Accepted:
        return None
    return wizard.database_path


__all__ = [
    "BACKUP_KEY",
    "DATABASE_KEY",
    "DEMO",
    "DEMO_FILE",
    "DEMO_PATIENTS",
    "EXISTING",
    "NEW",
    "FirstRunActions",
    "FirstRunWizard",
    "default_backup_folder",
    "demo_database_path",
    "missing_database",
    "needs_first_run",
    "remembered_database",
    "start_database",
]
