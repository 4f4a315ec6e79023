"""The patient list query: latest news per patient, name order, search keys, first rows."""

from __future__ import annotations

import datetime as dt

from conftest import TODAY, sample_patient

from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService


def test_list_patients_gives_the_latest_news_and_the_name_order(db) -> None:  # type: ignore[no-untyped-def]
    patients = PatientService(db, "t", today=lambda: TODAY)
    news = FollowupService(db, "t", today=lambda: TODAY)
    a = patients.create_patient(
        sample_patient(record_number="R-2", last_name="Élie", first_name="Zoé")
    )
    b = patients.create_patient(
        sample_patient(record_number="r-1", last_name="Dupont", first_name="Anne")
    )
    c = patients.create_patient(
        sample_patient(record_number="R-3", last_name="elie", first_name="Ada")
    )
    news.add_followup(a.id, {"visit_date": dt.date(2019, 1, 1), "vital_status": "ALIVE_DISEASE"})
    news.add_followup(a.id, {"visit_date": dt.date(2017, 1, 1), "vital_status": "ALIVE_NED"})
    news.add_followup(b.id, {"visit_date": dt.date(2018, 5, 5), "vital_status": "LOST"})
    rows = patients.list_patients()
    assert [r.id for r in rows] == [b.id, c.id, a.id]  # dupont, elie ada, elie zoe
    by_id = {r.id: r for r in rows}
    assert (by_id[a.id].latest_status, by_id[a.id].latest_news_date) == (
        "ALIVE_DISEASE",
        dt.date(2019, 1, 1),
    )
    assert (by_id[b.id].latest_status, by_id[b.id].latest_news_date) == (
        "LOST",
        dt.date(2018, 5, 5),
    )
    assert (by_id[c.id].latest_status, by_id[c.id].latest_news_date) == (None, None)
    assert by_id[a.id].search_key == "r-2 elie zoe"
    assert by_id[a.id].surgeon == "Dr Benali"
    assert by_id[a.id].liver_surgery_date == dt.date(2016, 2, 3)
    assert [r.id for r in patients.list_patients(limit=2)] == [b.id, c.id]
