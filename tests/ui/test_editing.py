"""Correcting a saved patient: the reason asked, errors on the fields, the unsaved guard."""

from __future__ import annotations

from conftest import TODAY, sample_patient
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.ui.dialogs import DISCARD, SAVE, Prompter, ReasonDialog

from .keys import type_text


def saved_patient(db, **overrides):  # type: ignore[no-untyped-def]
    return PatientService(db, "setup", today=lambda: TODAY).create_patient(
        sample_patient(**overrides)
    )


def retype(qtbot, window, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    field = window.editor.pform.form.fields[name]
    window.editor.pform.form.focus_field(name)
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_a_change_asks_its_reason_in_the_real_dialog_and_goes_to_the_audit_trail(
    qtbot, make_window, db
) -> None:  # type: ignore[no-untyped-def]
    record = saved_patient(db)
    window = make_window("fr")
    window.editor.prompter = Prompter()  # the real dialogs for this test
    window.open_patient(record.id)
    retype(qtbot, window, "surgeon", "Dr Morel")
    answered = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReasonDialog)
        dialog.choice.setFocus()
        qtbot.keyClicks(dialog.choice, "Correction")
        type_text(qtbot, dialog.detail, "compte rendu opératoire")
        answered.append(dialog.reason())
        qtbot.keyClick(dialog.detail, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert answered == ["Correction d'après le dossier — compte rendu opératoire"]
    stored = PatientService(db).get_patient(record.id)
    assert stored["surgeon"] == "Dr Morel"
    assert stored.version == 2
    changes = [e for e in AuditService(db).patient_history(record.id) if e.action == "update"]
    assert [(e.field, e.old_value, e.new_value, e.user, e.reason) for e in changes] == [
        ("surgeon", "Dr Benali", "Dr Morel", "secretaire", answered[0])
    ]
    # Tools > Audit trail shows the change in a table.
    dialog = window.show_audit()
    table = dialog.table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert ["secretaire", "modifié", "Chirurgien", "Dr Benali", "Dr Morel", answered[0]] in [
        row[1:] for row in rows
    ]
    dialog.close()


def test_no_reason_no_change(qtbot, make_window, db, prompter) -> None:  # type: ignore[no-untyped-def]
    record = saved_patient(db)
    window = make_window("fr")
    window.open_patient(record.id)
    retype(qtbot, window, "surgeon", "Dr Morel")
    prompter.answer("reason", None)  # Cancel in the reason dialog
    assert window.editor.save() is False
    assert PatientService(db).get_patient(record.id)["surgeon"] == "Dr Benali"
    assert window.editor.is_dirty()


def test_errors_are_shown_on_the_fields_at_fault_and_nothing_is_saved(
    qtbot, make_window, db
) -> None:  # type: ignore[no-untyped-def]
    window = make_window("fr")
    form = window.editor.pform.form
    form.focus_field("last_name")
    qtbot.keyClicks(form.fields["last_name"], "Martin")
    qtbot.keyClicks(form.fields["number_of_metastases"], "deux")
    # Letters in a number are refused at once, with a message saying what is expected.
    assert not form.error_labels["number_of_metastases"].isHidden()
    assert "entier" in form.error_labels["number_of_metastases"].text()
    assert window.editor.save() is False
    assert "number_of_metastases" in form.errors_shown()
    form.fields["number_of_metastases"].clear()
    qtbot.keyClicks(form.fields["number_of_metastases"], "2")
    qtbot.keyClicks(form.fields["liver_mets_diagnosis_date"], "01/06/2015")
    qtbot.keyClicks(form.fields["liver_surgery_date"], "01/05/2015")
    assert window.editor.save() is False
    shown = form.errors_shown()
    assert shown["record_number"] == "Champ obligatoire."
    assert shown["first_name"] == "Champ obligatoire."
    assert "avant la découverte" in shown["liver_surgery_date"]
    assert "last_name" not in shown
    assert "red" in form.fields["record_number"].styleSheet() or "#c62828" in (
        form.fields["record_number"].styleSheet()
    )
    banner = window.editor.banner
    assert banner.isVisibleTo(window) and "Rien n'a été enregistré" in banner.text()
    assert "Numéro de dossier" in banner.text()
    assert PatientService(db).count() == 0
    # Correcting a field clears its mark.
    qtbot.keyClicks(form.fields["record_number"], "X1")
    assert "record_number" not in form.errors_shown()


def test_leaving_unsaved_changes_asks_save_discard_or_cancel(
    qtbot, make_window, db, prompter
) -> None:  # type: ignore[no-untyped-def]
    first = saved_patient(db)
    second = saved_patient(db, record_number="2017-0001", last_name="Bernard")
    window = make_window("fr")
    window.open_patient(first.id)
    retype(qtbot, window, "phone", "0102030405")
    prompter.answer("unsaved", "cancel")
    window.open_patient(second.id)
    assert window.editor.record.id == first.id
    assert window.editor.pform.form.fields["phone"].text() == "0102030405"
    prompter.answer("unsaved", DISCARD)
    window.open_patient(second.id)
    assert window.editor.record.id == second.id
    assert PatientService(db).get_patient(first.id)["phone"] is None
    # Save: the change is kept, with its reason, and the other patient opens.
    window.open_patient(first.id)
    retype(qtbot, window, "phone", "0607080910")
    prompter.answer("unsaved", SAVE)
    prompter.answer("reason", "Information complémentaire")
    window.open_patient(second.id)
    assert window.editor.record.id == second.id
    assert PatientService(db).get_patient(first.id)["phone"] == "0607080910"
    assert prompter.questions().count("unsaved") == 3


def test_closing_with_unsaved_changes_is_guarded(qtbot, make_window, prompter) -> None:  # type: ignore[no-untyped-def]
    window = make_window("fr")
    qtbot.keyClicks(window.editor.pform.form.fields["record_number"], "A1")
    prompter.answer("unsaved", "cancel")
    assert window.close() is False
    assert window.isVisible()
    prompter.answer("unsaved", DISCARD)
    assert window.close() is True


def test_undo_puts_back_the_last_edits(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("fr")
    form = window.editor.pform.form
    qtbot.keyClicks(form.fields["record_number"], "2020-01")
    form.focus_field("sex")
    qtbot.keyClicks(form.fields["sex"], "H")
    assert form.fields["sex"].value() == "M"
    qtbot.keyClick(form.fields["sex"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.fields["sex"].value() == "F"
    qtbot.keyClick(form.fields["sex"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.fields["record_number"].text() == ""  # the typing of one field is one step
    qtbot.keyClick(form.fields["sex"], Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert form.fields["record_number"].text() == "2020-01"


def test_a_namesake_born_the_same_day_asks_before_saving(qtbot, make_window, db, prompter) -> None:  # type: ignore[no-untyped-def]
    saved_patient(db)
    window = make_window("fr")
    form = window.editor.pform.form
    values = sample_patient(record_number="2016-9999", last_name="LEFEVRE", first_name="helene")
    for name, value in values.items():
        form.fields[name].set_value(value)
    prompter.answer("duplicate", False)
    assert window.editor.save() is False
    assert PatientService(db).count() == 1
    assert "2016-0042" in prompter.asked[-1][1]
    prompter.answer("duplicate", True)
    assert window.editor.save() is True
    assert PatientService(db).count() == 2


def test_a_record_number_in_use_is_refused_with_a_link_to_its_patient(
    qtbot, make_window, db, prompter
) -> None:  # type: ignore[no-untyped-def]
    existing = saved_patient(db)
    window = make_window("fr")
    form = window.editor.pform.form
    for name, value in sample_patient(last_name="Autre").items():
        form.fields[name].set_value(value)
    prompter.answer("existing", True)  # "Open that patient"
    prompter.answer("unsaved", DISCARD)
    assert window.editor.save() is False
    assert ("existing", "Le numéro de dossier 2016-0042 existe déjà.") in prompter.asked
    assert window.editor.record is not None and window.editor.record.id == existing.id
    assert PatientService(db).count() == 1


def test_a_number_out_of_range_is_flagged_when_the_field_is_left(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("fr")
    form = window.editor.pform.form
    window.editor.tabs.setCurrentIndex(1)
    form.focus_field("operative_time_min")
    qtbot.keyClicks(form.fields["operative_time_min"], "5")
    assert "operative_time_min" not in form.errors_shown()  # not while typing
    qtbot.keyClick(form.fields["operative_time_min"], Qt.Key.Key_Return)
    assert form.errors_shown()["operative_time_min"] == "Hors limites (10 à 1440 min)."
    assert form.fields["operative_time_min"].toolTip().count("10 – 1440 min") == 1


def test_a_change_saved_meanwhile_on_another_pc_is_not_overwritten(
    qtbot, make_window, db, prompter
) -> None:  # type: ignore[no-untyped-def]
    record = saved_patient(db)
    window = make_window("fr")
    window.open_patient(record.id)
    other_pc = PatientService(db, "autre_poste", today=lambda: TODAY)
    other_pc.update_patient(
        record.id, {"phone": "0400000000"}, expected_version=1, reason="Information complémentaire"
    )
    retype(qtbot, window, "surgeon", "Dr Morel")
    prompter.answer("reason", "Erreur de saisie")
    assert window.editor.save() is False
    assert "autre_poste" in window.editor.banner.text()
    stored = PatientService(db).get_patient(record.id)
    assert (stored["surgeon"], stored["phone"]) == ("Dr Benali", "0400000000")
    assert window.editor.is_dirty()  # the typing is kept for the user to decide


def test_deleting_a_patient_asks_why_and_empties_her_line(make_window, db, prompter) -> None:  # type: ignore[no-untyped-def]
    record = saved_patient(db)
    window = make_window("fr")
    window.open_patient(record.id)
    prompter.answer("reason", None)
    window.actions_by_name["delete_patient"].trigger()
    assert PatientService(db).count() == 1
    prompter.answer("reason", "Dossier en double")
    window.actions_by_name["delete_patient"].trigger()
    assert PatientService(db).count() == 0
    assert window.list_panel.model.rowCount() == 0
    assert window.editor.record is None
    reasons = {
        e.reason for e in AuditService(db).patient_history(record.id) if e.action == "delete"
    }
    assert reasons == {"Dossier en double"}


def test_delete_in_a_list_goes_back_to_not_recorded(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("fr")
    form = window.editor.pform.form
    form.focus_field("laterality")
    qtbot.keyClicks(form.fields["laterality"], "dr")
    assert form.fields["laterality"].value() == "R"
    qtbot.keyClick(form.fields["laterality"], Qt.Key.Key_Delete)
    assert form.fields["laterality"].value() is None
    assert form.fields["laterality"].currentText() == "—"


def test_a_damaged_file_found_after_the_window_opened_is_said_and_never_written(
    qtbot, make_window, db, db_path, prompter, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The file's check runs beside the window's start; when it finds damage the window
    says so in the banner and refuses every save, keeping what was typed."""
    import hashlib
    import threading

    from hepmeta_desktop import db as db_module

    record = saved_patient(db)
    db.dispose()
    release = threading.Event()

    def damaged(_path):  # type: ignore[no-untyped-def]
        release.wait(10)
        return ["*** in database main ***", "Page 7: btreeInitPage() returns error code 11"]

    monkeypatch.setattr(db_module, "_quick_check_problems", damaged)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    window = make_window("fr")
    assert not window.db.integrity.done()  # the window did not wait for the check
    window.open_patient(record.id)  # reading works meanwhile
    assert window.editor.pform.form.fields["surgeon"].text() == "Dr Benali"
    release.set()
    qtbot.waitUntil(lambda: window.damage is not None, timeout=3000)
    assert window.editor.banner.isVisible() and "endommagée" in window.editor.banner.text()
    assert "Fichier → Restaurer" in window.editor.banner.text()  # what to do, and who
    retype(qtbot, window, "surgeon", "Dr Morel")
    prompter.answer("reason", "Correction")
    assert window.editor.save() is False
    assert "endommagée" in window.editor.banner.text()
    assert window.editor.pform.form.fields["surgeon"].text() == "Dr Morel"  # typing kept
    assert window.editor.is_dirty()
    window.db.dispose()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
