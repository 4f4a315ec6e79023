"""Screenshots of every tab in both languages, for people to look at (HEPMETA_SCREENSHOTS)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from conftest import TODAY, sample_patient
from PySide6.QtWidgets import QApplication

from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService

TABS = ("patient", "surgery", "followup", "analysis")


def test_screenshots_of_each_tab_in_both_languages(qtbot, make_window, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = Path(os.environ.get("HEPMETA_SCREENSHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    patients = PatientService(db, "setup", today=lambda: TODAY)
    news = FollowupService(db, "setup", today=lambda: TODAY)
    record = patients.create_patient(sample_patient(phone="04 50 12 34 56", ki67_percent=20.0))
    for i, (rn, last, first) in enumerate(
        [
            ("2014-0311", "Dupont", "Marie"),
            ("2018-0007", "Ménard", "Zoé"),
            ("2020-0150", "Roux", "Claire"),
        ]
    ):
        patients.create_patient(
            sample_patient(
                record_number=rn,
                last_name=last,
                first_name=first,
                birth_date=dt.date(1950 + 5 * i, 3, 1),
            )
        )
    news.add_followup(record.id, {"visit_date": dt.date(2017, 2, 10), "vital_status": "ALIVE_NED"})
    news.add_followup(
        record.id,
        {
            "visit_date": dt.date(2019, 5, 2),
            "vital_status": "ALIVE_DISEASE",
            "recurrence": "yes",
            "recurrence_date": dt.date(2019, 4, 20),
            "recurrence_sites": "LIVER",
            "recurrence_treatment": "RFA",
            "notes": "Récidive hépatique unique traitée par radiofréquence",
        },
    )
    saved = []
    for lang in ("fr", "en"):
        window = make_window(lang)
        window.resize(1366, 768)
        window.open_patient(record.id)
        for index, name in enumerate(TABS):
            window.editor.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            path = folder / f"window_{lang}_{index + 1}_{name}.png"
            assert window.grab().save(str(path))
            saved.append(path)
        for name, dialog in (("quality", window.show_quality()), ("audit", window.show_audit())):
            qtbot.addWidget(dialog)
            QApplication.processEvents()
            path = folder / f"dialog_{lang}_{name}.png"
            assert dialog.grab().save(str(path))
            saved.append(path)
            dialog.close()
        # The errors as a secretary sees them after Ctrl+S on an incomplete new patient.
        window.editor.new_patient()
        window.editor.pform.form.fields["last_name"].setText("Martin")
        window.editor.pform.form.fields["number_of_metastases"].setText("2")
        window.editor.save()
        window.editor.tabs.setCurrentIndex(0)
        QApplication.processEvents()
        path = folder / f"window_{lang}_5_errors.png"
        assert window.grab().save(str(path))
        saved.append(path)
        window.editor.pform.form.load({})
    assert all(p.stat().st_size > 10_000 for p in saved)
    assert window.size().width() == 1366 and window.size().height() == 768
