"""The pieces wired into one program: start-up, roles in the menus, backup, analysis, reports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY, sample_patient

from hepmeta_desktop.db import open_database
from hepmeta_desktop.services.backup import backup_folder, backup_now, check_file
from hepmeta_desktop.services.demo import create_demo
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.services.permissions import ADMIN, SECRETARY, SURGEON, CurrentUser
from hepmeta_desktop.services.sessions import SessionRegistry
from hepmeta_desktop.services.users import UserService
from hepmeta_desktop.ui import startup
from hepmeta_desktop.ui.startup import StartupUi

PASSWORD = "correct horse 42"


def _accounts(db) -> None:  # type: ignore[no-untyped-def]
    admin = UserService(db).create_first_admin("admin", PASSWORD)
    manager = UserService(db, admin)
    manager.create_user("sec", PASSWORD, SECRETARY)
    manager.create_user("surg", PASSWORD, SURGEON, surgeon_name="Dr Benali")
    manager.create_user("own", PASSWORD, SURGEON, surgeon_name="Dr Benali", own_series_only=True)


class Script:
    """What the start-up dialogs would have answered; records what they were shown."""

    def __init__(self, prompter, name: str | None = "admin", password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
        self.name, self.password = name, password
        self.shown: list[tuple[str, str]] = []
        self.restore_answer = True
        self.ui = StartupUi(
            sign_in=self.sign_in,
            ask_restore=lambda err, lang: self.restore_answer,
            error=lambda title, text: self.shown.append(("error", text)),
            info=lambda title, text: self.shown.append(("info", text)),
            warn_network=lambda db, lang: self.shown.append(("network", db.display_name)),
            prompter=prompter,
            today=lambda: TODAY,
        )

    def sign_in(self, auth: UserService, lang: str) -> CurrentUser | None:
        if self.name is None:
            return None  # the user clicked Quit
        if not auth.has_users():
            return auth.create_first_admin(self.name, self.password)
        return auth.authenticate(self.name, self.password)


@pytest.fixture
def started(qtbot, db_path: Path, prompter) -> Iterator[Callable[..., Any]]:  # type: ignore[no-untyped-def]
    """``start(name)``: the real start-up on the test's registry, signed in as ``name``."""
    windows: list[Any] = []

    def start(name: str = "admin", lang: str = "en", script: Script | None = None) -> Any:
        script = script or Script(prompter, name)
        window = startup.start(str(db_path), lang, script.ui)
        assert window is not None, script.shown
        qtbot.addWidget(window)
        windows.append(window)
        window.script = script
        window.show()
        return window

    yield start
    for window in windows + startup.WINDOWS:
        window.editor.drafts.clear()
        window.detach_safety()
        window.db.dispose()
    startup.WINDOWS.clear()


def test_first_start_creates_the_administrator_and_attaches_the_safety(
    qtbot, started, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = started("chief")
    assert window.user == CurrentUser("chief", ADMIN)
    assert window.script.shown == [("network", db_path.name)]  # the share check was made
    assert window.safety is not None and window.safety.lock is not None
    assert "chief (Administrator)" in window.windowTitle()
    assert window.findChild(type(window.status), "signed_in").text() == "chief (Administrator)"
    # Every service call now runs checked, under the signed-in name.
    assert window.editor.patients.current_user == window.user
    # Closing: the unsaved-changes guard, then the guard's closing backup and unregistering.
    db = open_database(db_path)
    try:
        window.close()
        assert window.safety is None
        assert SessionRegistry(db).list_others() == []
        assert any(backup_folder(db).glob("*.db"))
    finally:
        db.dispose()


def test_quit_at_sign_in_and_unreadable_registry(qtbot, tmp_path: Path, prompter) -> None:  # type: ignore[no-untyped-def]
    quitter = Script(prompter, name=None)
    assert startup.run_gui(str(tmp_path / "new.db"), "en", ui=quitter.ui) == 0
    assert not quitter.ui.failed
    bad = tmp_path / "letter.db"
    bad.write_text("Dear Sir, this is not a database.")
    script = Script(prompter)
    assert startup.run_gui(str(bad), "en", ui=script.ui) == 1
    [(kind, text)] = script.shown
    assert kind == "error" and "letter.db" in text


def test_a_damaged_registry_is_restored_from_its_backup_then_opened(
    qtbot, started, db_path: Path, prompter
) -> None:  # type: ignore[no-untyped-def]
    db = open_database(db_path)
    _accounts(db)
    create_demo(db, 5, today=TODAY)
    backup_now(db)
    db.dispose()
    with db_path.open("r+b") as fh:  # wreck every b-tree page header after the schema
        for page in range(1, db_path.stat().st_size // 4096):
            fh.seek(page * 4096)
            fh.write(b"\xff" * 8)
    script = Script(prompter, "sec")
    window = started(script=script)
    assert [k for k, _ in script.shown] == ["info", "network"]
    assert "replaced" in script.shown[0][1]
    assert PatientService(window.db, window.user).count() == 5
    # Refused: nothing opens, the reason is not shown twice.
    script = Script(prompter, "sec")
    script.restore_answer = False
    window.close()
    window.db.dispose()
    with db_path.open("r+b") as fh:
        for page in range(1, db_path.stat().st_size // 4096):
            fh.seek(page * 4096)
            fh.write(b"\xff" * 8)
    assert startup.start(str(db_path), "en", script.ui) is None and script.ui.failed


def test_damage_found_while_signing_in_offers_the_backup_before_the_window(
    qtbot, started, db_path: Path, prompter, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The file's check runs while the user signs in; if it finds damage, the sign-in
    stops, the latest good backup is offered and put back, and the start goes on."""
    from hepmeta_desktop import db as db_module

    db = open_database(db_path)
    _accounts(db)
    create_demo(db, 4, today=TODAY)
    backup_now(db)
    db.dispose()
    real_check = db_module._quick_check_problems
    checks: list[Path] = []

    def first_check_finds_damage(path: Path) -> list[str]:
        checks.append(path)
        return (
            ["Page 3: btreeInitPage() returns error code 11"]
            if len(checks) == 1
            else (real_check(path))
        )

    monkeypatch.setattr(db_module, "_quick_check_problems", first_check_finds_damage)
    script = Script(prompter, "sec")
    window = started(script=script)
    # Warned about the share once, told of the restore, then signed in on the restored file.
    assert [k for k, _ in script.shown] == ["network", "info"]
    assert "put back" in script.shown[1][1]
    # Checked again when the backup was put back, and when the restored file was opened.
    assert len(checks) == 3 and window.damage is None
    assert PatientService(window.db, window.user).count() == 4


VISIBLE = {
    "sec": set(),
    "surg": {"import", "export", "export_report", "delete_patient", "tab_3"},
    "admin": {
        "import",
        "export",
        "export_report",
        "delete_patient",
        "tab_3",
        "backup",
        "restore",
        "users",
    },  # fmt: skip
}


@pytest.mark.parametrize("name", ["sec", "surg", "admin"])
def test_menus_follow_the_role(qtbot, started, db_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    db = open_database(db_path)
    _accounts(db)
    db.dispose()
    window = started(name)
    gated = VISIBLE["admin"]
    shown = {n for n in gated if window.actions_by_name[n].isVisible()}
    assert shown == VISIBLE[name]
    from hepmeta_desktop.ui.patient_editor import TAB_ANALYSIS

    assert window.editor.tabs.isTabVisible(TAB_ANALYSIS) == ("tab_3" in VISIBLE[name])
    assert window.actions_by_name["save"].isVisible()  # everyone enters data


def test_a_forbidden_action_reached_anyway_is_refused_plainly(qtbot, started, db_path) -> None:  # type: ignore[no-untyped-def]
    from hepmeta_desktop.ui import window_actions

    db = open_database(db_path)
    _accounts(db)
    db.dispose()
    window = started("sec")
    for action in ("restore", "back_up_now", "export_report", "manage_users", "export_data"):
        assert getattr(window_actions, action)(window) is None
    errors = [text for kind, text in window.prompter.asked if kind == "error"]
    assert len(errors) == 5
    assert errors[0] == "Your role (Secretary) does not allow you to restore a backup."
    assert not hasattr(window, "restore_dialog") and not hasattr(window, "users_dialog")


def test_file_back_up_now_writes_a_verified_backup(qtbot, started) -> None:  # type: ignore[no-untyped-def]
    window = started("admin")
    create_demo(window.db, 3, today=TODAY)
    window.actions_by_name["backup"].trigger()
    dialog = window.backup_dialog
    dialog.wait_done()
    qtbot.waitUntil(lambda: dialog.result_info is not None or dialog.error is not None)
    info = dialog.result_info
    assert info is not None and info.patients == 3
    assert info.path.parent == backup_folder(window.db) and check_file(info.path) == []
    copy = open_database(info.path, create=False)
    try:
        assert PatientService(copy).count() == 3
    finally:
        copy.dispose()
    dialog.close()


def _analysis(qtbot, window):  # type: ignore[no-untyped-def]
    from hepmeta_desktop.ui.patient_editor import TAB_ANALYSIS

    window.editor.tabs.setCurrentIndex(TAB_ANALYSIS)
    panel = window.analysis_panel
    qtbot.waitUntil(lambda: panel.result is not None, timeout=30000)
    return panel


def test_a_surgeon_limited_to_her_series_analyses_only_her_patients(
    qtbot, started, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db = open_database(db_path)
    _accounts(db)
    create_demo(db, 30, today=TODAY)
    everyone = PatientService(db).list_patients()
    mine = sum(
        1 for p in everyone if PatientService(db).get_patient(p.id)["surgeon"] == "Dr Benali"
    )
    db.dispose()
    assert 0 < mine < 30
    panel = _analysis(qtbot, started("own"))
    assert panel.result.cohort.n_total == mine
    assert panel.result.surgeons == ("Dr Benali",)
    assert [panel.surgeon.itemData(i) for i in range(panel.surgeon.count())] == [None, "Dr Benali"]
    # The same registry, a surgeon not limited: the whole series.
    panel = _analysis(qtbot, started("surg"))
    assert panel.result.cohort.n_total == 30


def test_the_analysis_recomputes_after_a_save(qtbot, started, prompter) -> None:  # type: ignore[no-untyped-def]
    window = started("admin")
    create_demo(window.db, 6, today=TODAY)
    panel = _analysis(qtbot, window)
    assert panel.result.cohort.n_total == 6
    window.new_patient()
    form = window.editor.pform.form
    for name, value in sample_patient(record_number="2026-0999", last_name="Nouvelle").items():
        form.fields[name].set_value(value)
    first = panel.result
    assert window.editor.save()  # the real save of the editor, signed in as the administrator
    assert panel.result is first  # hidden behind the Patient tab: marked stale, not computed
    _analysis(qtbot, window)  # shown again: recomputed on the registry as it now is
    qtbot.waitUntil(lambda: panel.result is not first, timeout=30000)
    assert panel.result.cohort.n_total == 7
    # A deletion while the analysis is on screen recomputes at once.
    shown = panel.result
    panel.mark_stale()  # what editor.deleted triggers; the tab is the current one
    window.editor.deleted.emit(0)
    qtbot.waitUntil(lambda: panel.result is not shown, timeout=30000)


def test_report_opened_from_the_panel_keeps_its_options_and_writes(
    qtbot, started, db_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db = open_database(db_path)
    _accounts(db)
    create_demo(db, 12, today=TODAY)
    service = PatientService(db)
    mine = sum(service.get_patient(p.id)["surgeon"] == "Dr Benali" for p in service.list_patients())
    db.dispose()
    assert 0 < mine < 12
    window = started("own")  # also checks that a limited surgeon may export her series
    assert window.user.surgeon_name == "Dr Benali"
    panel = _analysis(qtbot, window)
    panel.group_by.setCurrentIndex(panel.group_by.findData("margin_status"))
    panel.report_button.click()
    dialog = window.report_dialog
    assert dialog.isVisible() and dialog.request().options == panel.options()
    assert dialog.request().options.group_by == "margin_status"
    target = tmp_path / "series.xlsx"
    dialog.format.setCurrentIndex(dialog.format.findData(".xlsx"))
    dialog.path.setText(str(target))
    assert dialog.raw.isVisible() and "your series" in dialog.raw.text()
    dialog.raw.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.export_button.click()
    import openpyxl

    book = openpyxl.load_workbook(target, read_only=True)
    summary = " ".join(str(c) for row in book["Summary"].iter_rows(values_only=True) for c in row)
    # The report is computed on her series alone (n shown / n of her series).
    assert f"{panel.result.cohort.n} patients / {mine}" in summary
    # The raw sheets hold her patients alone (the registry has others), and their news only.
    rows = list(book["patients"].iter_rows(values_only=True))
    surgeon = rows[0].index("surgeon")
    assert len(rows) - 1 == mine and {r[surgeon] for r in rows[1:]} == {"Dr Benali"}
    theirs = {r[rows[0].index("record_number")] for r in rows[1:]}
    news = list(book["followups"].iter_rows(values_only=True))
    owner = news[0].index("record_number")
    assert len(news) > 1 and {r[owner] for r in news[1:]} <= theirs
    book.close()
    dialog.close()


def test_file_restore_reopens_the_registry_and_asks_to_sign_in_again(
    qtbot, started, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from hepmeta_desktop.ui.backup_dialogs import RestoreDialog

    window = started("admin")
    create_demo(window.db, 4, today=TODAY)
    backup_now(window.db)
    later = PatientService(window.db, "setup", today=lambda: TODAY)
    for i in range(3):
        later.create_patient(sample_patient(record_number=f"2026-090{i}", last_name=f"Later{i}"))
    assert PatientService(window.db).count() == 7
    # The confirmation box is answered "Restore" (its own test clicks the real box).
    monkeypatch.setattr(RestoreDialog, "confirm", lambda self, info: True)
    window.actions_by_name["restore"].trigger()
    dialog = window.restore_dialog
    dialog.restore_button.click()
    assert dialog.replaced_by is not None and dialog.kept_aside.exists()
    [new] = startup.WINDOWS
    assert new is not window and not window.isVisible() and window.safety is None
    assert PatientService(new.db, new.user).count() == 4
    assert new.list_panel.model.rowCount() == 4
    assert new.safety is not None
    infos = [text for kind, text in window.prompter.asked if kind == "info"]
    assert "sign in again" in infos[-1] and dialog.kept_aside.name in infos[-1]


def test_closing_says_when_the_closing_backup_failed(qtbot, started, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from hepmeta_desktop.services.backup import set_backup_folder

    window = started("admin")
    folder = tmp_path / "backups"
    set_backup_folder(window.db, folder, window.user)
    folder.rmdir()
    folder.write_text("a file where the backup folder should be")
    create_demo(window.db, 2, today=TODAY)
    window.close()
    assert not window.isVisible() and window.safety is None
    [text] = [text for kind, text in window.prompter.asked if kind == "error"]
    assert text.startswith(f"Cannot back up into {folder}")


def test_opening_another_registry_signs_in_to_it(
    qtbot, started, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    window = started("admin")
    other = tmp_path / "other.db"
    db = open_database(other)
    create_demo(db, 3, today=TODAY)
    UserService(db).create_first_admin("boss", PASSWORD)
    db.dispose()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    # Signing in is cancelled: this window stays as it was.
    window.script.name = None
    window.actions_by_name["open_database"].trigger()
    assert window.isVisible() and startup.WINDOWS == [] and window.safety is not None
    # With the other registry's own account: a new window, this one closed.
    window.script.name = "boss"
    window.actions_by_name["open_database"].trigger()
    [new] = startup.WINDOWS
    assert new.user.name == "boss" and new.db.path == other
    assert new.list_panel.model.rowCount() == 3
    assert not window.isVisible() and window.safety is None
