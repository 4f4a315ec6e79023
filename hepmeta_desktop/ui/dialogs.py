"""The questions the window asks (save?, why?, duplicate?) and the small dialogs of the menus.

``Prompter`` gathers every question in one injectable object, so that tests (and a future
kiosk mode) answer them without modal dialogs blocking the event loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop.errors import HepmetaError, ValidationError

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
# The colour of a refusal said under a form (sign-in, accounts, wizard, settings, restore).
ERROR_COLOUR = "#b00020"


def error_label(name: str = "error", *, hidden: bool = True) -> QLabel:
    """A red message line under a form, for what a save or sign-in was refused for."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(not hidden)
    return label


def password_field(name: str) -> QLineEdit:
    """A line where a password is typed (shown as dots); ``name`` is its objectName."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def passwords_differ(password: QLineEdit, confirm: QLineEdit) -> str | None:
    """The message when the confirmation is not the password typed (the confirmation is then
    emptied and focused, to be typed again); None when they match."""
    if password.text() == confirm.text():
        return None
    confirm.clear()
    confirm.setFocus()
    return QCoreApplication.translate("Passwords", "The two passwords differ.")


def refusal_text(exc: HepmetaError, lang: str) -> str:
    """What a dialog says when the service refuses: each field's message, or the error's."""
    if isinstance(exc, ValidationError):
        return "\n".join(exc.messages(lang).values())
    return exc.text(lang)


def reasons() -> list[str]:
    """The usual reasons for changing saved data (the user may also type their own)."""
    return [
        QCoreApplication.translate("ReasonDialog", "Typing error"),
        QCoreApplication.translate("ReasonDialog", "Additional information"),
        QCoreApplication.translate("ReasonDialog", "Correction from the medical file"),
        QCoreApplication.translate("ReasonDialog", "Information from the patient or the GP"),
        QCoreApplication.translate("ReasonDialog", "Duplicate record"),
    ]


class ReasonDialog(QDialog):
    """Why saved data is changed: a short list plus free text, kept in the audit trail."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setWindowTitle(self.tr("Reason for the change"))
        layout = QVBoxLayout(self)
        intro = QLabel(what)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("reason_choice")
        self.choice.addItems(reasons())
        self.detail = QLineEdit()
        self.detail.setObjectName("reason_detail")
        self.detail.setPlaceholderText(self.tr("Details (optional)"))
        form.addRow(self.tr("Reason:"), self.choice)
        form.addRow(self.tr("Details:"), self.detail)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choice.setFocus()

    def reason(self) -> str:
        detail = self.detail.text().strip()
        return f"{self.choice.currentText()} — {detail}" if detail else self.choice.currentText()


class Prompter:
    """Every question the data-entry window asks its user, as real dialogs."""

    def unsaved_changes(self, parent: QWidget | None) -> str:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Prompter", "Unsaved changes"))
        box.setText(
            QCoreApplication.translate("Prompter", "This file has changes that are not saved yet.")
        )
        box.setInformativeText(QCoreApplication.translate("Prompter", "Save them before leaving?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {
            QMessageBox.StandardButton.Save: SAVE,
            QMessageBox.StandardButton.Discard: DISCARD,
        }.get(QMessageBox.StandardButton(answer), CANCEL)

    def reason(self, parent: QWidget | None, what: str) -> str | None:
        dialog = ReasonDialog(what, parent)
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def possible_duplicate(self, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.warning(
            parent,
            QCoreApplication.translate("Prompter", "Possible duplicate"),
            text + "\n\n" + QCoreApplication.translate("Prompter", "Save this patient anyway?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def existing_record(self, parent: QWidget | None, text: str) -> bool:
        """A record number already taken: True to open the patient who has it."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Prompter", "Record number already used"))
        box.setText(text)
        open_button = box.addButton(
            QCoreApplication.translate("Prompter", "Open that patient"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is open_button

    def restore_draft(self, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Prompter", "Restore unsaved typing?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)
