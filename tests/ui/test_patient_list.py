"""The patient list: its model checked by qtmodeltester, search as you type, sorting."""

from __future__ import annotations

import datetime as dt

from conftest import TODAY, sample_patient
from PySide6.QtCore import Qt

from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.ui.patient_list import ID_ROLE, PatientListModel

PEOPLE = [
    ("2016-0042", "Lefèvre", "Hélène", dt.date(1964, 5, 17)),
    ("2017-0100", "Dupont", "Marie", dt.date(1958, 1, 2)),
    ("2018-0007", "Lefebvre", "Anne", dt.date(1970, 9, 30)),
    ("2019-0420", "Ménard", "Zoé", dt.date(1949, 12, 1)),
]


def fill(db) -> list[int]:  # type: ignore[no-untyped-def]
    service = PatientService(db, "setup", today=lambda: TODAY)
    ids = []
    for rn, last, first, born in PEOPLE:
        ids.append(
            service.create_patient(
                sample_patient(record_number=rn, last_name=last, first_name=first, birth_date=born)
            ).id
        )
    FollowupService(db, "setup", today=lambda: TODAY).add_followup(
        ids[1], {"visit_date": dt.date(2020, 1, 15), "vital_status": "ALIVE_NED"}
    )
    return ids


def names(model: PatientListModel) -> list[str]:
    return [model.index(r, model.COL_NAME).data() for r in range(model.rowCount())]


def test_model_passes_qtmodeltester_and_shows_each_column(qtmodeltester, db) -> None:  # type: ignore[no-untyped-def]
    ids = fill(db)
    model = PatientListModel("fr")
    model.set_rows(PatientService(db).list_patients(), presorted=True)
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == 7
    row = model.row_of(ids[1])
    cells = [model.index(row, c).data() for c in range(7)]
    assert cells == [
        "2017-0100",
        "DUPONT Marie",
        "02/01/1958",
        "03/02/2016",
        "Dr Benali",
        "Vivante sans maladie",
        "15/01/2020",
    ]
    assert model.index(row, 0).data(ID_ROLE) == ids[1]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert len(set(headers)) == 7


def test_search_ignores_accents_and_case_and_matches_record_numbers(qtmodeltester, db) -> None:  # type: ignore[no-untyped-def]
    fill(db)
    model = PatientListModel("fr")
    model.set_rows(PatientService(db).list_patients(), presorted=True)
    model.set_query("lef")
    assert names(model) == ["LEFEBVRE Anne", "LEFÈVRE Hélène"]
    model.set_query("LEFÈV")
    assert names(model) == ["LEFÈVRE Hélène"]
    model.set_query("lefe")  # shorter again: widens back
    assert names(model) == ["LEFEBVRE Anne", "LEFÈVRE Hélène"]
    model.set_query("helene lef")
    assert names(model) == ["LEFÈVRE Hélène"]
    model.set_query("menard zoe")
    assert names(model) == ["MÉNARD Zoé"]
    model.set_query("2017-01")
    assert names(model) == ["DUPONT Marie"]
    model.set_query("nobody")
    assert names(model) == []
    model.set_query("")
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_sorting_by_columns_keeps_the_filter(db) -> None:  # type: ignore[no-untyped-def]
    fill(db)
    model = PatientListModel("en")
    model.set_rows(PatientService(db).list_patients())
    model.sort(model.COL_BIRTH, Qt.SortOrder.AscendingOrder)
    assert names(model)[0] == "MÉNARD Zoé"
    model.sort(model.COL_RECORD, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(4)] == [
        "2019-0420",
        "2018-0007",
        "2017-0100",
        "2016-0042",
    ]
    model.set_query("lef")
    model.sort(model.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["LEFÈVRE Hélène", "LEFEBVRE Anne"]


def test_typing_in_the_search_box_filters_the_window_list(qtbot, make_window, db) -> None:  # type: ignore[no-untyped-def]
    ids = fill(db)
    window = make_window("fr")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.list_panel.search.hasFocus()
    qtbot.keyClicks(window.list_panel.search, "menar")
    assert window.list_panel.model.rowCount() == 1
    assert window.list_panel.count.text() == "1 patiente sur 4"
    qtbot.keyClick(window.list_panel.search, Qt.Key.Key_Return)  # opens the first match
    assert window.editor.record.id == ids[3]
    assert window.editor.pform.form.fields["last_name"].text() == "Ménard"
