"""Menus and tools: data quality, optional dialogs, settings, start-up without heavy modules."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import TODAY, sample_patient

from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.ui import i18n
from hepmeta_desktop.ui.main_window import MainWindow


def test_the_window_is_titled_with_its_database_and_sized_for_a_ward_pc(
    make_window, db_path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window("en")
    assert isinstance(window, MainWindow)
    assert window.windowTitle() == f"HepMeta — {db_path.name}"
    assert (window.width(), window.height()) == (1366, 768)
    names = {a.objectName() for a in window.findChildren(type(window.actions_by_name["save"]))}
    assert {"action_new_patient", "action_save", "action_undo", "action_quality"} <= names
    assert window.actions_by_name["save"].shortcut().toString() == "Ctrl+S"
    assert window.actions_by_name["new_patient"].shortcut().toString() == "Ctrl+N"
    assert window.actions_by_name["search"].shortcut().toString() == "Ctrl+F"


def test_every_field_widget_is_named_after_its_variable(make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from hepmeta_desktop import dictionary as dd

    window = make_window("fr", show=False)
    for variable in dd.patient_variables():
        assert window.editor.pform.form.fields[variable.name].objectName() == variable.name
        assert window.editor.pform.identity_page.findChild(QWidget, variable.name) or (
            window.editor.pform.surgery_page.findChild(QWidget, variable.name)
        )
    for variable in dd.followup_variables():
        assert window.editor.ftab.findChild(QWidget, variable.name) is not None


def test_quality_list_opens_the_patient_on_double_click(qtbot, make_window, db) -> None:  # type: ignore[no-untyped-def]
    service = PatientService(db, "setup", today=lambda: TODAY)
    service.create_patient(sample_patient(record_number="A-1", last_name="Alpha"))
    second = service.create_patient(sample_patient(record_number="B-2", last_name="Beta"))
    window = make_window("fr")
    dialog = window.show_quality()
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert rows == {"A-1", "B-2"}  # both have no news after surgery
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "B-2")
    dialog.table.doubleClicked.emit(dialog.table.model().index(row, 2))
    assert window.editor.record.id == second.id


def test_dialogs_from_other_parts_say_when_they_are_missing(
    make_window, prompter, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from hepmeta_desktop.ui import main_window as mw

    window = make_window("fr")
    monkeypatch.setattr(mw, "IMPORT_DIALOG", ("hepmeta_desktop.ui.no_such_module", "X"))
    window.actions_by_name["import"].trigger()
    assert prompter.asked[-1] == (
        "info",
        "Cette fonction n'est pas disponible dans cette version de HepMeta.",
    )
    assert mw.optional_class("hepmeta_desktop.ui.dialogs", "ReasonDialog") is not None
    assert mw.optional_class("hepmeta_desktop.ui.no_such_module", "X") is None


def test_the_analysis_tab_is_built_when_first_shown(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("fr")
    editor = window.editor
    before = editor.tabs.widget(3)
    editor.tabs.setCurrentIndex(3)
    after = editor.tabs.widget(3)
    assert after is not before and editor.tabs.currentIndex() == 3
    assert editor.tabs.tabText(3) == "&Analyse"


def test_the_language_chosen_in_settings_is_kept(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window("fr")
    dialog = window.show_settings()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert i18n.preferred_language() == "en"


def test_start_up_does_not_load_the_analysis_libraries(db_path: Path, state_dir: Path) -> None:
    code = (
        "import sys\n"
        "from hepmeta_desktop.app import create_main_window\n"
        f"w = create_main_window({str(db_path)!r}, lang='fr', user='t')\n"
        "w.show()\n"
        "print(sorted(m for m in ('lifelines', 'pandas', 'pyqtgraph', 'alembic') if m in sys.modules))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "HEPMETA_STATE_DIR": str(state_dir), "PATH": "/usr/bin"}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    # A first opening creates the file (and runs the migrations); the second is the daily start.
    for _ in range(2):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
        )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
