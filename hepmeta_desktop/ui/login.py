"""Signing in: the login dialog, and the first-start dialog that creates the administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop.errors import (
    AuthenticationError,
    CorruptDatabaseError,
    HepmetaError,
)
from hepmeta_desktop.services.permissions import CurrentUser
from hepmeta_desktop.services.users import MIN_PASSWORD, UserService
from hepmeta_desktop.ui.dialogs import (
    error_label,
    password_field,
    passwords_differ,
    refusal_text,
)


class _StartDialog(QDialog):
    """What the two start-up dialogs share: the account signed in, or the damage found.

    Both write to the registry (the sign-in is recorded), so both are where the open-time
    check of a damaged file is met: the dialog then closes and ``sign_in`` raises it.
    """

    def __init__(self, auth_service: UserService, parent: QWidget | None, lang: str) -> None:
        super().__init__(parent)
        self._auth = auth_service
        self._lang = lang
        self.current_user: CurrentUser | None = None
        #: Set when the registry's open-time check found it damaged.
        self.damage: CorruptDatabaseError | None = None

    def _stop_on_damage(self, exc: CorruptDatabaseError) -> None:
        self.damage = exc
        self.reject()


class LoginDialog(_StartDialog):
    """User name and password; ``current_user`` is set when the dialog is accepted.

    A wrong password keeps the dialog open with the reason (wrong, or locked for N min).
    """

    def __init__(
        self,
        auth_service: UserService,
        parent: QWidget | None = None,
        *,
        last_user: str = "",
        lang: str = "fr",
    ) -> None:
        super().__init__(auth_service, parent, lang)
        self.setWindowTitle(self.tr("HepMeta — Sign in"))
        self.name = QLineEdit(last_user)
        self.name.setObjectName("name")
        self.password = password_field("password")
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Sign in to open the registry."))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        (self.password if last_user else self.name).setFocus()

    def _try(self) -> None:
        try:
            self.current_user = self._auth.authenticate(self.name.text(), self.password.text())
        except CorruptDatabaseError as exc:
            self._stop_on_damage(exc)
            return
        except AuthenticationError as exc:
            self.error.setText(exc.text(self._lang))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class CreateAdminDialog(_StartDialog):
    """First start: nobody has an account yet, so the first person creates the administrator."""

    def __init__(
        self, auth_service: UserService, parent: QWidget | None = None, *, lang: str = "fr"
    ) -> None:
        super().__init__(auth_service, parent, lang)
        self.setWindowTitle(self.tr("HepMeta — First start"))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.password = password_field("password")
        self.confirm = password_field("confirm")
        self.error = error_label()
        intro = QLabel(
            self.tr(
                "This registry has no accounts yet. Create the administrator's account: "
                "the administrator then creates the accounts of the secretaries and surgeons, "
                "and manages backups. Password: at least %n characters.",
                "",
                MIN_PASSWORD,
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Administrator's &name:"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Confirm the password:"), self.confirm)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _create(self) -> None:
        differ = passwords_differ(self.password, self.confirm)
        if differ:
            self._show(differ)
            return
        try:
            self.current_user = self._auth.create_first_admin(
                self.name.text(), self.password.text()
            )
        except CorruptDatabaseError as exc:
            self._stop_on_damage(exc)
            return
        except HepmetaError as exc:
            self._show(refusal_text(exc, self._lang))
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def sign_in(
    auth_service: UserService,
    parent: QWidget | None = None,
    *,
    last_user: str = "",
    lang: str = "fr",
) -> CurrentUser | None:
    """The signed-in user at start-up (first start: creates the administrator); None = quit."""
    dialog: _StartDialog
    if auth_service.has_users():
        dialog = LoginDialog(auth_service, parent, last_user=last_user, lang=lang)
    else:
        dialog = CreateAdminDialog(auth_service, parent, lang=lang)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if dialog.damage is not None:  # the start offers the latest good backup
        raise dialog.damage
    return dialog.current_user if accepted else None
