"""First start: choose (create, open or demo) the registry, make the administrator, pick backups."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hepmeta_desktop.db import Database, default_database_path, open_database
from hepmeta_desktop.errors import HepmetaError, ValidationError
from hepmeta_desktop.ui.assets import app_icon

NEW, EXISTING, DEMO = "new", "existing", "demo"
DEMO_FILE = "hepmeta-demo.db"
DEMO_PATIENTS = 40
# QSettings keys: the registry opened at every start, and where backups go.
DATABASE_KEY = "database/path"
BACKUP_KEY = "backup/folder"
ERROR_STYLE = "color: #c62828;"
FILE_FILTER = "HepMeta (*.db *.sqlite);;* (*)"


def default_backup_folder() -> Path:
    return default_database_path().parent / "backups"


def demo_database_path() -> Path:
    return default_database_path().parent / DEMO_FILE


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


def error_text(exc: HepmetaError, lang: str) -> str:
    """What went wrong, in the user's language (a refused form: one line per field)."""
    if isinstance(exc, ValidationError):
        return "\n".join(exc.messages(lang).values())
    return exc.text(lang)


def _path_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


class ChoicePage(QWizardPage):
    """Which registry: a new one, an existing file, or the demonstration."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Welcome to HepMeta Desktop"))
        self.setSubTitle(self.tr("Which registry should HepMeta open at every start?"))
        self.new = QRadioButton(self.tr("&Create a new registry"))
        self.existing = QRadioButton(self.tr("&Open an existing registry file"))
        self.demo = QRadioButton(self.tr("Try the &demonstration (fictional patients)"))
        self.group = QButtonGroup(self)
        for button in (self.new, self.existing, self.demo):
            self.group.addButton(button)
        self.new.setChecked(True)
        self.path = QLineEdit(str(default_database_path()))
        self.path.setObjectName("path")
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self._browse)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        for button in (self.new, self.existing, self.demo):
            layout.addWidget(button)
        self.path_label = QLabel(self.tr("&File:"))
        self.path_label.setBuddy(self.path)
        layout.addWidget(self.path_label)
        layout.addWidget(_path_row(self.path, self.browse))
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._choice_changed)
        if wizard.missing is not None:
            self.error.setText(
                self.tr("The registry used until now cannot be found: %1").replace(
                    "%1", str(wizard.missing)
                )
            )

    def choice(self) -> str:
        if self.existing.isChecked():
            return EXISTING
        return DEMO if self.demo.isChecked() else NEW

    def _choice_changed(self) -> None:
        self.error.clear()
        choice = self.choice()
        if choice == NEW:
            self.path.setText(str(default_database_path()))
        elif choice == EXISTING:
            self.path.clear()
        self.path.setEnabled(choice != DEMO)
        self.browse.setEnabled(choice != DEMO)

    def _browse(self) -> None:
        if self.choice() == EXISTING:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open a registry"), self.path.text(), FILE_FILTER
            )
        else:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("New registry"), self.path.text(), FILE_FILTER
            )
        if name:
            self.path.setText(name)

    def chosen_path(self) -> Path | None:
        if self.choice() == DEMO:
            return demo_database_path()
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.error.clear()
        choice, path = self.choice(), self.chosen_path()
        if path is None:
            self.error.setText(self.tr("Type or choose the file of the registry."))
            self.path.setFocus()
            return False
        if choice == NEW and path.exists():
            self.error.setText(
                self.tr("This file already exists: choose “Open an existing registry file”.")
            )
            return False
        if choice == EXISTING and not path.is_file():
            self.error.setText(self.tr("There is no file here: check the folder and the name."))
            return False
        if choice == NEW and path.suffix == "":
            path = path.with_suffix(".db")
        try:
            self._wizard.use_database(choice, path)
        except HepmetaError as exc:
            self.error.setText(error_text(exc, self._wizard.lang))
            return False
        except OSError as exc:
            self.error.setText(f"{exc.strerror or exc} ({path})")
            return False
        if self._wizard.nextId() == -1:
            # Nothing more to ask (the demo, already with its accounts): done.
            QTimer.singleShot(0, self._wizard.finish)
        return True


class AdminPage(QWizardPage):
    """The first account: the administrator who later adds the secretaries and surgeons."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(
            self.tr(
                "This account adds the other users. Choose a password of at least "
                "8 characters and keep it safe."
            )
        )
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&User name:"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Confirm the password:"), self.confirm)
        form.addRow(self.error)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.name.setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.error.clear()
        if self.password.text() != self.confirm.text():
            self.error.setText(self.tr("The two passwords differ."))
            self.confirm.selectAll()
            self.confirm.setFocus()
            return False
        try:
            self._wizard.create_admin(self.name.text(), self.password.text())
        except HepmetaError as exc:
            self.error.setText(error_text(exc, self._wizard.lang))
            return False
        return True


class BackupPage(QWizardPage):
    """Where the copies of the registry go (another disk or a network folder is best)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Backups"))
        self.setSubTitle(
            self.tr(
                "HepMeta copies the registry into this folder. A folder on another disk "
                "or on the hospital network protects the data if this PC fails."
            )
        )
        self.folder = QLineEdit(str(default_backup_folder()))
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Backup &folder:"))
        label.setBuddy(self.folder)
        layout.addWidget(label)
        layout.addWidget(_path_row(self.folder, browse))
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.folder.setFocus()

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if name:
            self.folder.setText(name)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.error.clear()
        text = self.folder.text().strip()
        if not text:
            self.error.setText(self.tr("Type or choose a folder."))
            return False
        try:
            self._wizard.set_backup_folder(Path(text).expanduser())
        except HepmetaError as exc:
            self.error.setText(error_text(exc, self._wizard.lang))
            return False
        except OSError as exc:
            self.error.setText(self.tr("This folder cannot be written: ") + (exc.strerror or ""))
            return False
        return True


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
