"""Never lose typing (drafts on disk, restored after a crash) and news edited in place."""

from __future__ import annotations

import datetime as dt
import json
import stat

from conftest import TODAY, sample_patient
from PySide6.QtCore import Qt

from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.ui.drafts import DraftStore

from .keys import type_text


def test_a_crash_loses_nothing_typed_and_the_next_start_offers_it_back(
    qtbot, make_window, prompter, db_path, state_dir
) -> None:  # type: ignore[no-untyped-def]
    window = make_window("fr")
    form = window.editor.pform.form
    type_text(qtbot, form.fields["record_number"], "2021-0001")
    type_text(qtbot, form.fields["last_name"], "Garçon")
    form.focus_field("segments_involved")
    qtbot.keyClick(form.fields["segments_involved"].boxes["IV"], Qt.Key.Key_Space)
    news = window.editor.ftab.form
    type_text(qtbot, news.fields["visit_date"], "01/02/2022")
    store = window.editor.drafts
    qtbot.waitUntil(store.exists, timeout=2000)  # written within the debounce delay
    draft = json.loads(store.path.read_text(encoding="utf-8"))
    assert draft["patient"]["last_name"] == "Garçon"
    assert draft["news"]["visit_date"] == "01/02/2022"
    # Private: in the state folder of the user, readable by them only.
    assert store.path.is_relative_to(state_dir)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    # The crash: the window vanishes without any close event, save or discard.
    window.hide()
    window.editor._draft_timer.stop()
    assert store.exists()

    prompter.answer("restore", True)
    again = make_window("fr")
    assert again.offer_draft() is True
    restored = again.editor.pform.form
    assert restored.fields["record_number"].text() == "2021-0001"
    assert restored.fields["last_name"].text() == "Garçon"
    assert restored.fields["segments_involved"].value() == "IV"
    assert again.editor.ftab.form.fields["visit_date"].text() == "01/02/2022"
    assert again.editor.is_dirty()
    assert "restore" in prompter.questions()


def test_a_draft_refused_is_removed_and_saving_removes_it_too(
    qtbot, make_window, db, prompter
) -> None:  # type: ignore[no-untyped-def]
    window = make_window("fr")
    for name, value in sample_patient().items():
        window.editor.pform.form.fields[name].set_value(value)
    window.editor.pform.form.edited.emit("record_number")
    window.editor.write_draft()
    assert window.editor.drafts.exists()
    assert window.editor.save() is True
    assert not window.editor.drafts.exists()
    store = DraftStore(window.db.url)
    store.save({"patient_id": None, "patient": {"last_name": "X"}, "news": {}})
    prompter.answer("restore", False)
    assert window.offer_draft() is False
    assert not store.exists()


def test_news_are_added_corrected_and_deleted_in_place(qtbot, make_window, db, prompter) -> None:  # type: ignore[no-untyped-def]
    record = PatientService(db, "setup", today=lambda: TODAY).create_patient(sample_patient())
    window = make_window("fr")
    window.open_patient(record.id)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tab = window.editor.ftab
    assert window.editor.tabs.currentWidget() is tab
    news = tab.form
    # Branching: recurrence details only with a recurrence, death details only for a death.
    assert not news.fields["recurrence_date"].isEnabled()
    assert not news.fields["death_date"].isEnabled()
    for when in ("12/06/2017", "03/03/2016"):
        news.focus_field("visit_date")
        qtbot.keyClicks(news.fields["visit_date"], when)
        news.focus_field("vital_status")
        type_text(qtbot, news.fields["vital_status"], "Vivante sans")
        qtbot.keyClick(tab.save_button, Qt.Key.Key_Space)
        assert not window.editor.is_dirty(), window.editor.banner.text()
    items = window.editor.record.followups
    assert [f["visit_date"] for f in tab.model.items] == [dt.date(2016, 3, 3), dt.date(2017, 6, 12)]
    assert len(items) == 2
    # Correct the later news: she had died; the death fields open up.
    tab.table.selectRow(1)
    tab._on_activated(tab.model.index(1, 0))
    assert tab.current is not None and tab.current["visit_date"] == dt.date(2017, 6, 12)
    news.focus_field("vital_status")
    type_text(qtbot, news.fields["vital_status"], "Décédée")
    assert news.fields["death_date"].isEnabled()
    qtbot.keyClicks(news.fields["death_date"], "01/06/2017")
    news.focus_field("cause_of_death")
    type_text(qtbot, news.fields["cause_of_death"], "Évolution")
    prompter.answer("reason", "Information complémentaire")
    assert window.editor.save() is True
    stored = PatientService(db).get_patient(record.id).followups
    dead = [f for f in stored if f["vital_status"] == "DEAD"]
    assert len(dead) == 1 and dead[0]["death_date"] == dt.date(2017, 6, 1)
    assert dead[0]["cause_of_death"] == "DISEASE"
    # The list line shows the latest status; the derived survival says dead.
    model = window.list_panel.model
    assert model.index(model.row_of(record.id), model.COL_STATUS).data() == "Décédée"
    assert "décédée" in window.editor.pform.derived_box.survival.text()
    # Delete the first news, with a reason kept in the audit trail.
    first = tab.model.items[0]
    prompter.answer("reason", "Dossier en double")
    tab.show_item(first)
    tab.delete_button.click()
    assert [f["visit_date"] for f in PatientService(db).get_patient(record.id).followups] == [
        dt.date(2017, 6, 12)
    ]
    deleted = [e for e in AuditService(db).patient_history(record.id) if e.action == "delete"]
    assert deleted and {e.reason for e in deleted} == {"Dossier en double"}
