"""The patient list and the reading operations the window uses."""

from __future__ import annotations

import datetime as dt

from conftest import sample_patient

from hepmeta_desktop.db import Database


def test_list_is_sorted_as_a_person_reads_names(db: Database, patients) -> None:
    for i, (last, first) in enumerate(
        [("Martin", "Zoé"), ("abadie", "Anne"), ("Émery", "Louise"), ("Emery", "Claire")]
    ):
        patients.create_patient(
            sample_patient(record_number=f"R{i}", last_name=last, first_name=first)
        )
    names = [(p.last_name, p.first_name) for p in patients.list_patients()]
    assert names == [
        ("abadie", "Anne"),
        ("Emery", "Claire"),
        ("Émery", "Louise"),
        ("Martin", "Zoé"),
    ]


def test_list_shows_the_latest_news_and_search_key(db: Database, patients, news) -> None:
    p = patients.create_patient(sample_patient())
    news.add_followup(p.id, {"visit_date": dt.date(2018, 1, 1), "vital_status": "ALIVE_NED"})
    news.add_followup(p.id, {"visit_date": dt.date(2017, 1, 1), "vital_status": "ALIVE_DISEASE"})
    [row] = patients.list_patients()
    assert (row.latest_status, row.latest_news_date) == ("ALIVE_NED", dt.date(2018, 1, 1))
    assert (row.liver_surgery_date, row.surgeon) == (dt.date(2016, 2, 3), "Dr Benali")
    assert "lefevre helene" in row.search_key and "2016-0042" in row.search_key
    assert patients.surgeons() == ["Dr Benali"]
    assert patients.find_by_record_number(" 2016-0042 ").id == p.id
    assert patients.find_by_record_number("nope") is None
    assert [f["visit_date"] for f in patients.get_patient(p.id).followups] == [
        dt.date(2017, 1, 1),
        dt.date(2018, 1, 1),
    ]


def test_a_record_gives_its_derived_values(patients, news) -> None:
    p = patients.create_patient(sample_patient())
    news.add_followup(
        p.id,
        {
            "visit_date": dt.date(2018, 2, 3),
            "vital_status": "DEAD",
            "death_date": dt.date(2018, 2, 3),
        },
    )
    derived = patients.get_patient(p.id).derived()
    assert derived.age == 51 and derived.timing == "METACHRONOUS"
    assert derived.outcome.os_event is True and derived.outcome.os_days == 731
