"""The pages of the first-start wizard: which registry, the administrator, the backups."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from hepmeta_desktop.db import default_database_path
from hepmeta_desktop.errors import HepmetaError
from hepmeta_desktop.services.users import MIN_PASSWORD
from hepmeta_desktop.ui.dialogs import (
    error_label,
    password_field,
    passwords_differ,
    refusal_text,
)

if TYPE_CHECKING:
    from hepmeta_desktop.ui.first_run import FirstRunWizard

NEW, EXISTING, DEMO = "new", "existing", "demo"
DEMO_FILE = "hepmeta-demo.db"
FILE_FILTER = "HepMeta (*.db *.sqlite);;* (*)"


def default_backup_folder() -> Path:
    return default_database_path().parent / "backups"


def demo_database_path() -> Path:
    return default_database_path().parent / DEMO_FILE


def _path_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


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
        self.error = error_label(hidden=False)
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
            self.error.setText(refusal_text(exc, self._wizard.lang))
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
                "%n characters and keep it safe.",
                "",
                MIN_PASSWORD,
            )
        )
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.password = password_field("password")
        self.confirm = password_field("confirm")
        self.error = error_label(hidden=False)
        form = QFormLayout(self)
        form.addRow(self.tr("&User name:"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Confirm the password:"), self.confirm)
        form.addRow(self.error)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.name.setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.error.clear()
        differ = passwords_differ(self.password, self.confirm)
        if differ:
            self.error.setText(differ)
            return False
        try:
            self._wizard.create_admin(self.name.text(), self.password.text())
        except HepmetaError as exc:
            self.error.setText(refusal_text(exc, self._wizard.lang))
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
        self.error = error_label(hidden=False)
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
            self.error.setText(refusal_text(exc, self._wizard.lang))
            return False
        except OSError as exc:
            self.error.setText(self.tr("This folder cannot be written: ") + (exc.strerror or ""))
            return False
        return True
