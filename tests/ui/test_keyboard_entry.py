"""A whole case typed with the keyboard only, from Ctrl+N to Ctrl+S, then read back."""

from __future__ import annotations

import datetime as dt

from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from hepmeta_desktop.services.patients import PatientService

from .keys import type_text

D = dt.date

# (variable, keys typed, extra navigation) in the order of the paper file; a multiple
# choice lists the 0-based boxes to tick.  Enter follows each field.
PATIENT_KEYS = [
    ("record_number", "2019-0077"),
    ("last_name", "Dupré"),
    ("first_name", "Agnès"),
    ("sex", "Fe"),
    ("birth_date", "03041961"),
    ("phone", "06 12 34 56 78"),
    ("referring_centre", "CH Annecy"),
    ("notes", "Adressée par le Dr Martin"),
    ("breast_diagnosis_date", "10/01/2009"),
    ("laterality", "G"),
    ("breast_surgery_date", "2/2/2009"),
    ("breast_surgery_type", "Mastectomie totale avec"),
    ("axillary_surgery", "Cu"),
    ("histology", "Carc"),
    ("grade", "SBR II"),
    ("pT", "T2"),
    ("pN", "N1"),
    ("er_status", "P"),
    ("pr_status", "Né"),
    ("her2_status", "Né"),
    ("ki67_percent", "15"),
    ("primary_chemotherapy", "O"),
    ("primary_radiotherapy", "O"),
    ("primary_hormone_therapy", "O"),
    ("primary_anti_her2", "Non"),
    ("liver_mets_diagnosis_date", "15.06.2015"),
    ("number_of_metastases", "2"),
    ("largest_size_cm", "3,5"),
    ("distribution", "U"),
    ("segments_involved", [5, 6]),
    ("extrahepatic_disease", "Non"),
    ("preop_chemotherapy", "O"),
    ("chemo_response", "Réponse p"),
    ("performance_status", "0"),
    ("ca15_3", "42,5"),
    ("liver_surgery_date", "20/10/2015"),
    ("surgeon", "Dr Benali"),
    ("approach", "La"),
    ("procedure", "Segm"),
    ("segments_resected", [5, 6]),
    ("intraop_ablation", "Non"),
    ("blood_loss_ml", "350"),
    ("transfusion", "Non"),
    ("operative_time_min", "180"),
    ("margin_status", "R0"),
    ("margin_mm", "12"),
    ("clavien_dindo", "Pas"),
    ("length_of_stay_days", "7"),
    ("adjuvant_chemotherapy", "O"),
    ("adjuvant_hormone_therapy", "O"),
    ("adjuvant_anti_her2", "Non"),
]
# The death fields stay disabled for a living patient: Enter skips them.
NEWS_KEYS = [
    ("visit_date", "15/03/2018"),
    ("vital_status", "Vivante avec"),
    ("recurrence", "O"),
    ("recurrence_date", "01/03/2018"),
    ("recurrence_sites", [0]),
    ("recurrence_treatment", [1]),
    ("notes", "RF au CHU"),
]

EXPECTED = {
    "record_number": "2019-0077",
    "last_name": "Dupré",
    "first_name": "Agnès",
    "sex": "F",
    "birth_date": D(1961, 4, 3),
    "phone": "06 12 34 56 78",
    "referring_centre": "CH Annecy",
    "notes": "Adressée par le Dr Martin",
    "breast_diagnosis_date": D(2009, 1, 10),
    "laterality": "L",
    "breast_surgery_date": D(2009, 2, 2),
    "breast_surgery_type": "MRM",
    "axillary_surgery": "ALND",
    "histology": "NST",
    "grade": "2",
    "pT": "T2",
    "pN": "N1",
    "er_status": "POS",
    "pr_status": "NEG",
    "her2_status": "NEG",
    "ki67_percent": 15.0,
    "primary_chemotherapy": "yes",
    "primary_radiotherapy": "yes",
    "primary_hormone_therapy": "yes",
    "primary_anti_her2": "no",
    "liver_mets_diagnosis_date": D(2015, 6, 15),
    "number_of_metastases": 2,
    "largest_size_cm": 3.5,
    "distribution": "UNILOBAR",
    "segments_involved": "VI,VII",
    "extrahepatic_disease": "no",
    "preop_chemotherapy": "yes",
    "chemo_response": "PR",
    "performance_status": "0",
    "ca15_3": 42.5,
    "liver_surgery_date": D(2015, 10, 20),
    "surgeon": "Dr Benali",
    "approach": "OPEN",
    "procedure": "SEGMENTECTOMY",
    "segments_resected": "VI,VII",
    "intraop_ablation": "no",
    "blood_loss_ml": 350,
    "transfusion": "no",
    "operative_time_min": 180,
    "margin_status": "R0",
    "margin_mm": 12.0,
    "clavien_dindo": "NONE",
    "length_of_stay_days": 7,
    "adjuvant_chemotherapy": "yes",
    "adjuvant_hormone_therapy": "yes",
    "adjuvant_anti_her2": "no",
}
EXPECTED_NEWS = {
    "visit_date": D(2018, 3, 15),
    "vital_status": "ALIVE_DISEASE",
    "recurrence": "yes",
    "recurrence_date": D(2018, 3, 1),
    "recurrence_sites": "LIVER",
    "recurrence_treatment": "RFA",
    "death_date": None,
    "cause_of_death": None,
    "notes": "RF au CHU",
}


def focused_field() -> str:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget.objectName().split(":")[0]


def type_fields(qtbot, keys) -> None:  # type: ignore[no-untyped-def]
    for name, typed in keys:
        assert focused_field() == name, f"Enter should have led to {name}"
        widget = QApplication.focusWidget()
        if isinstance(typed, list):  # a check list: Tab to each box to tick, Space ticks it
            position = 0
            for target in typed:
                while position < target:
                    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
                    position += 1
                assert isinstance(QApplication.focusWidget(), QCheckBox)
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        else:
            type_text(qtbot, widget, typed)
        if name == "notes":  # Enter adds a line in notes: Tab leaves them
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        else:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_a_whole_case_with_news_typed_with_the_keyboard_only(qtbot, make_window, db) -> None:  # type: ignore[no-untyped-def]
    window = make_window("fr")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.record is None
    type_fields(qtbot, PATIENT_KEYS)
    # Enter in the last field of the surgery tab leads to the news of the Follow-up tab.
    assert window.editor.tabs.currentWidget() is window.editor.ftab
    type_fields(qtbot, NEWS_KEYS)
    assert window.editor.ftab.form.fields["death_date"].isEnabled() is False
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    service = PatientService(db, "test", today=lambda: TODAY)
    assert service.count() == 1
    record = service.find_by_record_number("2019-0077")
    assert record is not None
    assert dict(record.values) == EXPECTED
    assert len(record.followups) == 1
    assert dict(record.followups[0].values) == EXPECTED_NEWS
    # The window shows the saved patient, clean, and the list has its line.
    assert not window.editor.is_dirty()
    assert window.editor.record.id == record.id
    assert window.list_panel.model.rowCount() == 1
    assert "2019-0077" in window.editor.title.text()
    assert not window.editor.drafts.exists()


def test_tab_follows_the_paper_file(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from hepmeta_desktop import dictionary as dd

    window = make_window("fr")
    names = [v.name for v in dd.form_variables("patient") + dd.form_variables("primary")]
    window.editor.pform.form.focus_field(names[0])
    visited = [focused_field()]
    for _ in names[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(focused_field())
    assert visited == names
