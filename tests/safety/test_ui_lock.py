"""Login, first start and idle lock, driven with qtbot on a plain window with a typed form."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QMainWindow, QMenuBar, QWidget

from hepmeta_desktop.services.permissions import ADMIN, SECRETARY, CurrentUser
from hepmeta_desktop.services.users import UserService
from hepmeta_desktop.ui.idle_lock import IdleLock
from hepmeta_desktop.ui.login import CreateAdminDialog, LoginDialog

# The offscreen platform warns that it cannot resize windows to their hints: harmless.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
SHOTS = Path("/tmp/shots")


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"safety_{name}.png"))


def _form_window(qtbot) -> tuple[QMainWindow, QLineEdit]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    window.setWindowTitle("HepMeta")
    window.setMenuBar(QMenuBar())
    window.menuBar().addMenu("&Fichier")
    central = QWidget()
    form = QFormLayout(central)
    field = QLineEdit()
    form.addRow("Nom", field)
    form.addRow("Prénom", QLineEdit())
    window.setCentralWidget(central)
    window.resize(720, 460)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    return window, field


def test_first_start_creates_the_administrator(qtbot, db, french) -> None:  # type: ignore[no-untyped-def]
    dialog = CreateAdminDialog(UserService(db), lang="fr")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "chef")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.confirm, "something else")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.error.text() == "Les deux mots de passe diffèrent."
    assert dialog.current_user is None
    qtbot.keyClicks(dialog.confirm, PASSWORD)
    _shot(dialog, "first_start")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.current_user == CurrentUser("chef", ADMIN, None)
    assert UserService(db).has_users()


def test_login_dialog_refuses_then_accepts(qtbot, db, accounts, french) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(UserService(db), last_user="sec", lang="fr")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "pas le bon")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.current_user is None and dialog.isVisible()
    assert dialog.error.text() == "Nom ou mot de passe incorrect."
    assert dialog.password.text() == ""
    _shot(dialog, "login_refused")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.current_user is not None and dialog.current_user.role == SECRETARY
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_idle_lock_keeps_the_typed_form(qtbot, db, accounts, french) -> None:  # type: ignore[no-untyped-def]
    window, field = _form_window(qtbot)
    qtbot.keyClicks(field, "Lefevre-Dupont")
    field.setCursorPosition(3)
    lock = IdleLock(window, UserService(db), accounts[SECRETARY], minutes=0.5 / 60, lang="fr")
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    # Every visible window is covered; this test looks at its own.
    [overlay] = [o for o in lock.overlays() if o.parent() is window]
    assert overlay.isVisible() and overlay.geometry() == window.rect()
    # Keys typed at the covered form do not reach it.
    qtbot.keyClicks(field, "zzz")
    assert field.text() == "Lefevre-Dupont"
    # The wrong password keeps it locked, with the reason.
    qtbot.keyClicks(overlay.password, "mauvais")
    qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    assert lock.is_locked() and "incorrect" in overlay.error.text()
    window.resize(800, 520)  # the cover follows the window
    qtbot.waitUntil(lambda: overlay.geometry() == window.rect(), timeout=2000)
    _shot(window, "idle_lock")
    with qtbot.waitSignal(lock.unlocked, timeout=3000):
        qtbot.keyClicks(overlay.password, PASSWORD)
        qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    assert not lock.is_locked()
    assert field.text() == "Lefevre-Dupont" and field.cursorPosition() == 3
    assert field.hasFocus()
    qtbot.keyClicks(field, "X")
    assert field.text() == "LefXevre-Dupont"
    lock.stop()


def test_activity_keeps_the_window_unlocked(qtbot, db, accounts) -> None:  # type: ignore[no-untyped-def]
    window, field = _form_window(qtbot)
    lock = IdleLock(window, UserService(db), accounts[SECRETARY], minutes=0.6 / 60)
    for _ in range(8):  # typing every 0.2 s for 1.6 s: longer than the 0.6 s delay
        qtbot.keyClicks(field, "a")
        qtbot.wait(200)
        assert not lock.is_locked()
    assert field.text() == "a" * 8
    lock.set_minutes(10)
    lock.lock()  # "Lock now"
    assert lock.is_locked()
    assert lock.unlock_with(PASSWORD)
    lock.stop()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lock_messages_are_translated(qtbot, db, accounts, lang: str) -> None:  # type: ignore[no-untyped-def]
    window, _ = _form_window(qtbot)
    lock = IdleLock(window, UserService(db), accounts[SECRETARY], minutes=10, lang=lang)
    lock.lock()
    assert not lock.unlock_with("wrong one")
    [overlay] = [o for o in lock.overlays() if o.parent() is window]
    text = overlay.error.text()
    assert text == (
        "Nom ou mot de passe incorrect." if lang == "fr" else "Wrong user name or password."
    )
    lock.stop()


def test_lock_covers_an_open_modal_dialog_too(qtbot, db, accounts) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    window, _ = _form_window(qtbot)
    dialog = QDialog(window)
    qtbot.addWidget(dialog)  # closed after the test: a dialog left open would be covered next time
    note = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(note)
    dialog.setModal(True)
    dialog.resize(420, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(note, "Motif en cours")
    lock = IdleLock(window, UserService(db), accounts[SECRETARY], minutes=10)
    lock.lock()
    covered = {o.parentWidget() for o in lock.overlays()}
    assert {window, dialog} <= covered  # (and any other window still open in this process)
    # The modal dialog is where the keyboard is: its cover takes the password.
    [on_dialog] = [o for o in lock.overlays() if o.parentWidget() is dialog]
    with qtbot.waitSignal(lock.unlocked, timeout=3000):
        qtbot.keyClicks(on_dialog.password, PASSWORD)
        qtbot.keyClick(on_dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and note.text() == "Motif en cours"
    lock.stop()
