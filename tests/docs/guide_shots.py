"""The guide's screenshots: each made from the real widgets, on a real registry, by name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from hepmeta_desktop.db import open_database
from hepmeta_desktop.services.demo import create_demo
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.ui import first_run, i18n
from hepmeta_desktop.ui.dialogs import DISCARD, Prompter

#: What a ward PC shows in the path fields (the test's own temporary folders would not help).
WINDOWS_DATA = r"C:\Users\secretariat\AppData\Local\HepMeta"
BACKUPS_SHOWN = r"\\serveur-chu\chirurgie\HepMeta\sauvegardes"
Shot = Callable[..., QWidget]
SHOTS: dict[str, Shot] = {}


def shot(name: str) -> Callable[[Shot], Shot]:
    def register(make: Shot) -> Shot:
        SHOTS[name] = make
        return make

    return register


def use_language(lang: str) -> None:
    """Install the interface's translators, as the application does at start."""
    i18n.install(lang)


def _wizard(qtbot, lang: str) -> first_run.FirstRunWizard:  # type: ignore[no-untyped-def]
    wizard = first_run.FirstRunWizard(i18n.settings(), first_run.FirstRunActions(), lang=lang)
    qtbot.addWidget(wizard)
    wizard.resize(620, 440)
    wizard.show()
    return wizard


@shot("first_start_choice")
def first_start_choice(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, lang)
    wizard.choice_page.path.setText(WINDOWS_DATA + r"\hepmeta.db")
    return wizard


@shot("first_start_admin")
def first_start_admin(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, lang)
    wizard.choice_page.path.setText(str(tmp_path / "registry.db"))
    wizard.next()
    assert wizard.currentId() == wizard.ADMIN
    wizard.admin_page.name.setText("secretariat")
    wizard.admin_page.password.setText("a password")
    wizard.admin_page.confirm.setText("a password")
    return wizard


@shot("first_start_backup")
def first_start_backup(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    wizard = first_start_admin(qtbot, tmp_path, lang)
    wizard.next()
    assert wizard.currentId() == wizard.BACKUP
    wizard.backup_page.folder.setText(BACKUPS_SHOWN)
    QApplication.processEvents()
    return wizard


# ---------------------------------------------------------------------- the main window
TODAY = dt.date(2026, 11, 26)
SIZE = (1200, 700)


def _registry(tmp_path: Path) -> tuple[Path, int]:
    """The demonstration registry, with one correction made (with its reason) on the patient
    the screenshots show: the one with the most news."""
    path = tmp_path / "hepmeta.db"
    db = open_database(path)
    try:
        create_demo(db, 40, seed=2013, user="secretariat")
        patients = PatientService(db, "secretariat", today=lambda: TODAY)
        news = FollowupService(db, "secretariat")
        rows = patients.list_patients()
        chosen = max(rows, key=lambda r: (len(news.list_followups(r.id)), -r.id)).id
        record = patients.get_patient(chosen)
        patients.update_patient(
            chosen,
            {**record.values, "phone": "04 76 00 00 00"},
            expected_version=record.version,
            reason="Information from the patient or the GP",
        )
    finally:
        db.dispose()
    return path, chosen


class _NoQuestions(Prompter):
    """A screenshot asks nobody anything: typing left on screen is dropped when it closes."""

    def unsaved_changes(self, parent):  # type: ignore[no-untyped-def, override]
        return DISCARD

    def restore_draft(self, parent, text):  # type: ignore[no-untyped-def, override]
        return False

    def error(self, parent, title, text):  # type: ignore[no-untyped-def, override]
        raise AssertionError(f"the window reported an error: {text}")


def _window(qtbot, tmp_path: Path, lang: str, tab: int = 0):  # type: ignore[no-untyped-def]
    from hepmeta_desktop.app import create_main_window

    path, chosen = _registry(tmp_path)
    window = create_main_window(
        str(path), lang=lang, user="secretariat", prompter=_NoQuestions(), today=lambda: TODAY
    )
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 40)
    window.open_patient(chosen)
    window.list_panel.select(chosen)
    window.editor.tabs.setCurrentIndex(tab)
    QApplication.processEvents()
    return window


@shot("window_patient")
def window_patient(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    return _window(qtbot, tmp_path, lang, 0)


@shot("window_surgery")
def window_surgery(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    return _window(qtbot, tmp_path, lang, 1)


@shot("window_followup")
def window_followup(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    return _window(qtbot, tmp_path, lang, 2)


@shot("window_search")
def window_search(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    window = _window(qtbot, tmp_path, lang, 0)
    name = window.editor.pform.form.fields["last_name"].text()
    window.focus_search()
    qtbot.keyClicks(window.list_panel.search, name[:3].lower())
    QApplication.processEvents()
    return window


@shot("window_errors")
def window_errors(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    """What a secretary sees after Ctrl+S on an incomplete new patient."""
    window = _window(qtbot, tmp_path, lang, 0)
    window.new_patient()
    window.editor.pform.form.fields["last_name"].setText("Martin")
    window.editor.pform.form.fields["birth_date"].setText("31/02/1961")
    window.editor.save()
    window.editor.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    return window


@shot("reason_dialog")
def reason_dialog(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from hepmeta_desktop.ui.dialogs import ReasonDialog

    use_language(lang)
    what = QCoreApplication.translate("PatientEditor", "You are changing data already saved. Why?")
    dialog = ReasonDialog(what)
    qtbot.addWidget(dialog)
    dialog.resize(480, 180)
    dialog.show()
    return dialog


@shot("audit_trail")
def audit_trail(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    window = _window(qtbot, tmp_path, lang, 0)
    dialog = window.show_audit()
    qtbot.addWidget(dialog)
    dialog.resize(1100, 420)
    QApplication.processEvents()
    return dialog


@shot("settings")
def settings(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    window = _window(qtbot, tmp_path, lang, 0)
    dialog = window.show_settings()
    qtbot.addWidget(dialog)
    dialog.database.setText(WINDOWS_DATA + r"\hepmeta.db")
    if dialog.backup_folder is not None:
        dialog.backup_folder.setText(BACKUPS_SHOWN)
    QApplication.processEvents()
    return dialog


@shot("analysis")
def analysis(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    window = _window(qtbot, tmp_path, lang, 0)
    window.resize(1280, 800)
    window.editor.tabs.setCurrentIndex(3)
    panel = window.editor.tabs.widget(3)
    qtbot.waitUntil(lambda: getattr(panel, "result", None) is not None, timeout=60000)
    QApplication.processEvents()
    return window


@shot("report_dialog")
def report_dialog(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    from hepmeta_desktop.ui.report_dialog import ReportDialog

    path, _ = _registry(tmp_path)
    use_language(lang)
    db = open_database(path)
    dialog = ReportDialog(db, "secretariat", lang=lang)
    qtbot.addWidget(dialog)
    dialog.destroyed.connect(db.dispose)
    dialog.show()
    QApplication.processEvents()
    return dialog


@shot("import_dialog")
def import_dialog(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    """A department's sheet with mistakes: every problem listed, nothing imported."""
    from hepmeta_desktop.ui.interchange_dialogs import ImportDialog
    from tests.interchange.ix_fixtures import make_messy_xlsx

    use_language(lang)
    db = open_database(tmp_path / "hepmeta.db")
    dialog = ImportDialog(db, "secretariat", lang=lang)
    qtbot.addWidget(dialog)
    dialog.destroyed.connect(db.dispose)
    dialog.resize(1100, 700)
    dialog.show()
    dialog.set_path(make_messy_xlsx(tmp_path))
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    dialog.path_edit.setText(r"C:\Users\secretariat\Documents\serie_service.xlsx")
    QApplication.processEvents()
    return dialog


@shot("sign_in")
def sign_in(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    from hepmeta_desktop.services.users import UserService
    from hepmeta_desktop.ui.login import LoginDialog

    use_language(lang)
    db = open_database(tmp_path / "hepmeta.db")
    users = UserService(db)
    users.create_first_admin("secretariat", "a password")
    dialog = LoginDialog(users, last_user="secretariat", lang=lang)
    qtbot.addWidget(dialog)
    dialog.destroyed.connect(db.dispose)
    dialog.show()
    return dialog


@shot("restore_dialog")
def restore_dialog(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    from hepmeta_desktop.services.backup import backup_folder, backup_now
    from hepmeta_desktop.ui.backup_dialogs import RestoreDialog

    path, _ = _registry(tmp_path)
    use_language(lang)
    db = open_database(path)
    try:
        backup_now(db, user="secretariat")
        folder = backup_folder(db)
    finally:
        db.dispose()
    dialog = RestoreDialog(path, folder, "secretariat", lang=lang)
    qtbot.addWidget(dialog)
    for label in dialog.findChildren(QLabel):  # the test's folder means nothing to a reader
        label.setText(label.text().replace(str(folder), BACKUPS_SHOWN))
    dialog.resize(760, 380)
    dialog.show()
    QApplication.processEvents()
    return dialog
