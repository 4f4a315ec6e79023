"""Tools → Users…: the administrator's accounts dialog, driven with the keyboard and mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hepmeta_desktop.db import open_database
from hepmeta_desktop.errors import AuthenticationError
from hepmeta_desktop.services.permissions import ADMIN, SURGEON, CurrentUser
from hepmeta_desktop.services.users import UserService
from hepmeta_desktop.ui.users_dialog import UsersDialog

PASSWORD = "correct horse 42"
SHOTS = Path("/tmp/shots")


@pytest.fixture
def admin_service(db_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(db_path)
    admin = UserService(db).create_first_admin("chief", PASSWORD)
    yield UserService(db, admin)
    db.dispose()


def _rows(dialog: UsersDialog) -> list[list[str]]:
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.clear()
    qtbot.keyClicks(field, text)


def test_add_change_reset_and_deactivate(qtbot, admin_service) -> None:  # type: ignore[no-untyped-def]
    dialog = UsersDialog(admin_service, lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert _rows(dialog) == [["chief", "Administrator", "", "Active"]]
    # A new surgeon limited to her own series; the passwords typed differently first.
    add = dialog.add_user()
    _type(qtbot, add.name, "morel")
    add.role.setCurrentIndex(add.role.findData(SURGEON))
    _type(qtbot, add.surgeon_name, "Dr Morel")
    add.own_series.setChecked(True)
    _type(qtbot, add.password, "a long password")
    _type(qtbot, add.confirm, "a long pasword")
    add.ok.click()
    assert add.isVisible() and add.error.text() == "The two passwords differ."
    _type(qtbot, add.confirm, "short")
    _type(qtbot, add.password, "short")
    add.ok.click()
    assert add.isVisible() and add.error.text() == "At least 8 characters."
    _type(qtbot, add.password, "a long password")
    _type(qtbot, add.confirm, "a long password")
    qtbot.keyClick(add.confirm, Qt.Key.Key_Return)
    assert not add.isVisible()
    assert ["morel", "Surgeon", "Dr Morel (own series only)", "Active"] in _rows(dialog)
    assert UserService(admin_service._db).authenticate("morel", "a long password") == (
        CurrentUser("morel", SURGEON, "Dr Morel")
    )
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "wiring_users.png"))
    # The same name again is refused in the dialog.
    again = dialog.add_user()
    _type(qtbot, again.name, "Morel")
    _type(qtbot, again.password, "another password")
    _type(qtbot, again.confirm, "another password")
    again.ok.click()
    assert again.isVisible() and again.error.text() == "This user name exists."
    again.reject()
    # Change her role: administrator.
    dialog.select("morel")
    change = dialog.change_role()
    assert change.name.isReadOnly() and change.role.currentData() == SURGEON
    change.role.setCurrentIndex(change.role.findData(ADMIN))
    change.ok.click()
    assert ["morel", "Administrator", "", "Active"] in _rows(dialog)
    # Reset her password (typed twice): the old one no longer opens.
    reset = dialog.reset_password()
    _type(qtbot, reset.password, "brand new secret")
    _type(qtbot, reset.confirm, "brand new secret")
    qtbot.keyClick(reset.confirm, Qt.Key.Key_Return)
    assert not reset.isVisible()
    users = UserService(admin_service._db)
    with pytest.raises(AuthenticationError):
        users.authenticate("morel", "a long password")
    assert users.authenticate("morel", "brand new secret").role == ADMIN
    # Deactivate her; the last active administrator cannot be deactivated.
    assert dialog.deactivate(confirmed=True)
    assert ["morel", "Administrator", "", "Deactivated"] in _rows(dialog)
    assert not dialog.deactivate_button.isEnabled()
    dialog.select("chief")
    assert not dialog.deactivate(confirmed=True)
    assert dialog.error.text() == "At least one active administrator must remain."
    assert _rows(dialog)[0] == ["chief", "Administrator", "", "Active"]


@pytest.fixture
def french_ui(qapp):  # type: ignore[no-untyped-def]
    from hepmeta_desktop.ui import i18n

    i18n.install("fr")
    yield
    i18n.install("en")


def test_french_labels(qtbot, admin_service, french_ui) -> None:  # type: ignore[no-untyped-def]
    dialog = UsersDialog(admin_service, lang="fr")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Comptes utilisateurs"
    assert _rows(dialog) == [["chief", "Administrateur", "", "Actif"]]
    assert dialog.add_button.text() == "&Ajouter…"
    dialog.resize(720, 360)
    dialog.show()
    add = dialog.add_user()
    add.role.setCurrentIndex(add.role.findData(SURGEON))
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "wiring_users_fr.png"))
    add.grab().save(str(SHOTS / "wiring_users_add_fr.png"))
    assert add.windowTitle() == "Nouveau compte" and add.ok.text() == "Créer"
    add.reject()
