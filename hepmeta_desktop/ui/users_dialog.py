"""Tools → Users…: the administrator's list of accounts (add, role, password, deactivate)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop.errors import HepmetaError
from hepmeta_desktop.models import utcnow
from hepmeta_desktop.services.permissions import ROLE_LABELS, ROLES, SURGEON
from hepmeta_desktop.services.users import MIN_PASSWORD, UserInfo, UserService
from hepmeta_desktop.ui.dialogs import (
    error_label,
    password_field,
    passwords_differ,
    refusal_text,
)


class AccountDialog(QDialog):
    """A new account (name, role, password twice) or a role change of ``existing``.

    The service is called on OK; a refusal keeps the dialog open with the reason.
    """

    def __init__(
        self,
        service: UserService,
        parent: QWidget | None = None,
        *,
        existing: UserInfo | None = None,
        lang: str = "fr",
    ) -> None:
        super().__init__(parent)
        self._service, self._existing, self._lang = service, existing, lang
        self.setWindowTitle(
            self.tr("Change the role of %1").replace("%1", existing.name)
            if existing
            else self.tr("New account")
        )
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setObjectName("name")
        self.name.setReadOnly(existing is not None)
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in ROLES:
            self.role.addItem(ROLE_LABELS[role].text(lang), role)
        self.surgeon_name = QLineEdit(existing.surgeon_name or "" if existing else "")
        self.surgeon_name.setObjectName("surgeon_name")
        self.surgeon_name.setPlaceholderText(self.tr("as typed in the Surgeon field"))
        self.own_series = QCheckBox(self.tr("Sees only this surgeon's own series"))
        self.own_series.setObjectName("own_series")
        if existing is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(existing.role)))
            self.own_series.setChecked(existing.own_series_only)
        self.password = password_field("password")
        self.confirm = password_field("confirm")
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("User &name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Surgeon's name:"), self.surgeon_name)
        form.addRow("", self.own_series)
        if existing is None:
            form.addRow(self.tr("&Password:"), self.password)
            form.addRow(self.tr("&Confirm the password:"), self.confirm)
            hint = self.tr("At least %n characters.", "", MIN_PASSWORD)
            form.addRow("", QLabel(hint))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Change") if existing else self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.setMinimumWidth(460)

    def _role_changed(self) -> None:
        surgeon = self.role.currentData() == SURGEON
        self.surgeon_name.setEnabled(surgeon)
        self.own_series.setEnabled(surgeon)

    def _apply(self) -> None:
        role = self.role.currentData()
        surgeon = self.surgeon_name.text().strip() if role == SURGEON else None
        own = role == SURGEON and self.own_series.isChecked()
        if own and not surgeon:
            self._show(self.tr("Type the surgeon's name to limit the account to their series."))
            return
        try:
            if self._existing is not None:
                self._service.set_role(
                    self._existing.name, role, surgeon_name=surgeon, own_series_only=own
                )
            else:
                differ = passwords_differ(self.password, self.confirm)
                if differ:
                    self._show(differ)
                    return
                self._service.create_user(
                    self.name.text(),
                    self.password.text(),
                    role,
                    surgeon_name=surgeon,
                    own_series_only=own,
                )
        except HepmetaError as exc:
            self._show(refusal_text(exc, self._lang))
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class PasswordDialog(QDialog):
    """The administrator sets a new password (typed twice); it also lifts a lockout."""

    def __init__(
        self, service: UserService, name: str, parent: QWidget | None = None, *, lang: str = "fr"
    ) -> None:
        super().__init__(parent)
        self._service, self._name, self._lang = service, name, lang
        self.setWindowTitle(self.tr("New password for %1").replace("%1", name))
        self.password = password_field("password")
        self.confirm = password_field("confirm")
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("New &password:"), self.password)
        form.addRow(self.tr("&Confirm the password:"), self.confirm)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)

    def _apply(self) -> None:
        differ = passwords_differ(self.password, self.confirm)
        if differ:
            self.error.setText(differ)
            self.error.show()
            return
        try:
            self._service.reset_password(self._name, self.password.text())
        except HepmetaError as exc:
            self.error.setText(refusal_text(exc, self._lang))
            self.error.show()
            return
        self.accept()


class UsersDialog(QDialog):
    """Every account with its role and status; the sub-dialogs open window-modal."""

    COLUMNS = 4

    def __init__(
        self, service: UserService, parent: QWidget | None = None, *, lang: str = "fr"
    ) -> None:
        super().__init__(parent)
        self._service, self._lang = service, lang
        self.users: list[UserInfo] = []
        self.setWindowTitle(self.tr("User accounts"))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("User"), self.tr("Role"), self.tr("Series"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the series' names
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.password_button = QPushButton(self.tr("Reset the &password…"))
        self.deactivate_button = QPushButton(self.tr("&Deactivate"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.reset_password)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.error = error_label()
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.role_button,
            self.password_button,
            self.deactivate_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(720, 360)
        self.refresh()

    # ------------------------------------------------------------------ list
    def refresh(self) -> None:
        chosen = self.selected()
        self.users = self._service.list_users()
        self.table.setRowCount(len(self.users))
        for r, u in enumerate(self.users):
            series = ""
            if u.role == SURGEON and u.surgeon_name:
                series = u.surgeon_name + (
                    self.tr(" (own series only)") if u.own_series_only else ""
                )
            texts = (u.name, ROLE_LABELS[u.role].text(self._lang), series, self.status_text(u))
            for c, text in enumerate(texts):
                self.table.setItem(r, c, QTableWidgetItem(text))
        names = [u.name for u in self.users]
        if chosen is not None and chosen.name in names:
            self.table.selectRow(names.index(chosen.name))
        self._selection_changed()

    def status_text(self, u: UserInfo, now: dt.datetime | None = None) -> str:
        if not u.active:
            return self.tr("Deactivated")
        now = now or utcnow()
        if u.locked_until is not None and u.locked_until > now:
            local = u.locked_until.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M")
            return self.tr("Locked until %1").replace("%1", local)
        return self.tr("Active")

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.users else []
        return self.users[rows[0].row()] if rows else None

    def select(self, name: str) -> None:
        for r, u in enumerate(self.users):
            if u.name == name:
                self.table.selectRow(r)

    def _selection_changed(self) -> None:
        u = self.selected()
        for button in (self.role_button, self.password_button):
            button.setEnabled(u is not None)
        self.deactivate_button.setEnabled(u is not None and u.active)

    # ------------------------------------------------------------------ actions
    def _open(self, dialog: QDialog) -> QDialog:
        """Window-modal and not blocking: the list refreshes when the dialog is accepted.

        Kept (not deleted on close) while this dialog lives: tests and slots still read it.
        """
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.current_dialog = dialog
        return dialog

    def add_user(self) -> AccountDialog:
        dialog = AccountDialog(self._service, self, lang=self._lang)
        self._open(dialog)
        dialog.accepted.connect(lambda: self.select(dialog.name.text().strip()))
        return dialog

    def change_role(self) -> AccountDialog | None:
        u = self.selected()
        if u is None:
            return None
        return self._open(AccountDialog(self._service, self, existing=u, lang=self._lang))  # type: ignore[return-value]

    def reset_password(self) -> PasswordDialog | None:
        u = self.selected()
        if u is None:
            return None
        return self._open(PasswordDialog(self._service, u.name, self, lang=self._lang))  # type: ignore[return-value]

    def deactivate(self, confirmed: bool | None = None) -> bool:
        """Deactivate the selected account (asked first; ``confirmed`` answers for tests)."""
        u = self.selected()
        if u is None:
            return False
        if confirmed is None:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate an account"),
                self.tr(
                    "Deactivate %1? The account can no longer sign in; the audit trail keeps "
                    "its name."
                ).replace("%1", u.name),
            )
            confirmed = answer == QMessageBox.StandardButton.Yes
        if not confirmed:
            return False
        try:
            self._service.deactivate(u.name)
        except HepmetaError as exc:
            self._show(refusal_text(exc, self._lang))
            return False
        self.error.hide()
        self.refresh()
        return True

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
