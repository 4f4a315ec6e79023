"""One test per validation rule: the refusal (field named, FR and EN messages, nothing
written) and the accepted boundary."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from conftest import TODAY, sample_patient

from core.helpers import assert_bilingual, dump
from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.errors import ValidationError

DAY = dt.timedelta(days=1)


def refused(db, save, field: str) -> None:
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        save()
    assert_bilingual(caught.value.errors, field)
    assert dump(db) == before


def test_required_fields_of_a_patient(db, patients) -> None:
    for variable in dd.patient_variables():
        if variable.required:
            refused(
                db,
                lambda n=variable.name: patients.create_patient(sample_patient(**{n: None})),
                variable.name,
            )
    for blank in ("", "   "):
        refused(db, lambda b=blank: patients.create_patient(sample_patient(surgeon=b)), "surgeon")
    assert patients.create_patient(sample_patient(phone=None, notes="")).values["notes"] is None


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("last_name", 42),
        ("birth_date", "1964-05-17"),
        ("number_of_metastases", "2"),
        ("number_of_metastases", 1.5),
        ("number_of_metastases", True),
        ("largest_size_cm", "3,5"),
        ("largest_size_cm", float("nan")),
        ("sex", "X"),
        ("sex", "f"),
        ("performance_status", 0),
        ("extrahepatic_disease", True),
        ("extrahepatic_disease", "oui"),
        ("segments_involved", "IV,IX"),
        ("segments_involved", 4),
        ("segments_involved", [4]),
        ("notes", "x" * 10001),
    ],
)
def test_wrong_types_and_unknown_codes_are_refused(db, patients, name: str, value: Any) -> None:
    refused(db, lambda: patients.create_patient(sample_patient(**{name: value})), name)


@pytest.mark.parametrize(
    ("name", "bad", "good"),
    [
        ("number_of_metastases", 0, 1),
        ("number_of_metastases", 51, 50),
        ("largest_size_cm", 0.09, 0.1),
        ("largest_size_cm", 30.01, 30),
        ("ki67_percent", -0.5, 0),
        ("ki67_percent", 100.5, 100),
        ("blood_loss_ml", -1, 0),
        ("operative_time_min", 9, 10),
        ("operative_time_min", 1441, 1440),
        ("length_of_stay_days", 366, 365),
        ("margin_mm", 200.1, 200),
        ("birth_date", dt.date(1899, 12, 31), dt.date(1900, 1, 1)),
    ],
)
def test_bounds_refused_outside_accepted_at_the_limit(
    db, patients, name: str, bad: Any, good: Any
) -> None:
    refused(db, lambda: patients.create_patient(sample_patient(**{name: bad})), name)
    saved = patients.create_patient(sample_patient(**{name: good}))
    assert patients.get_patient(saved.id)[name] == good


def test_no_date_in_the_future(db, patients, news) -> None:
    refused(
        db,
        lambda: patients.create_patient(sample_patient(liver_surgery_date=TODAY + DAY)),
        "liver_surgery_date",
    )
    p = patients.create_patient(
        sample_patient(liver_surgery_date=TODAY, liver_mets_diagnosis_date=TODAY)
    )
    refused(
        db,
        lambda: news.add_followup(p.id, {"visit_date": TODAY + DAY, "vital_status": "ALIVE_NED"}),
        "visit_date",
    )
    assert news.add_followup(p.id, {"visit_date": TODAY, "vital_status": "ALIVE_NED"})


def test_breast_surgery_before_liver_metastases(db, patients) -> None:
    surgery = dt.date(2010, 6, 1)
    refused(
        db,
        lambda: patients.create_patient(
            sample_patient(breast_surgery_date=surgery, liver_mets_diagnosis_date=surgery - DAY)
        ),
        "liver_mets_diagnosis_date",
    )
    assert patients.create_patient(
        sample_patient(breast_surgery_date=surgery, liver_mets_diagnosis_date=surgery)
    )


def test_liver_metastases_found_before_liver_surgery(db, patients) -> None:
    found = dt.date(2015, 11, 20)
    refused(
        db,
        lambda: patients.create_patient(
            sample_patient(liver_mets_diagnosis_date=found, liver_surgery_date=found - DAY)
        ),
        "liver_surgery_date",
    )
    assert patients.create_patient(
        sample_patient(liver_mets_diagnosis_date=found, liver_surgery_date=found)
    )


def test_breast_diagnosis_not_after_its_surgery_nor_before_birth(db, patients) -> None:
    refused(
        db,
        lambda: patients.create_patient(sample_patient(breast_diagnosis_date=dt.date(2008, 3, 13))),
        "breast_surgery_date",
    )
    refused(
        db,
        lambda: patients.create_patient(sample_patient(breast_diagnosis_date=dt.date(1964, 5, 16))),
        "breast_diagnosis_date",
    )
    assert patients.create_patient(sample_patient(breast_diagnosis_date=dt.date(2008, 3, 12)))


def test_news_not_before_the_liver_surgery(db, patients, news) -> None:
    p = patients.create_patient(sample_patient())
    surgery = p["liver_surgery_date"]
    refused(
        db,
        lambda: news.add_followup(p.id, {"visit_date": surgery - DAY, "vital_status": "ALIVE_NED"}),
        "visit_date",
    )
    assert news.add_followup(p.id, {"visit_date": surgery, "vital_status": "ALIVE_NED"})


def test_liver_surgery_cannot_move_after_recorded_news(db, patients, news) -> None:
    p = patients.create_patient(sample_patient())
    news.add_followup(
        p.id,
        {
            "visit_date": dt.date(2018, 1, 10),
            "vital_status": "ALIVE_DISEASE",
            "recurrence": "yes",
            "recurrence_date": dt.date(2017, 3, 1),
            "recurrence_sites": ["LIVER"],
        },
    )
    # The visit is after the new date, but the recurrence it reports is not.
    refused(
        db,
        lambda: patients.update_patient(
            p.id, {"liver_surgery_date": dt.date(2017, 3, 2)}, expected_version=1, reason="typo"
        ),
        "liver_surgery_date",
    )
    moved = patients.update_patient(
        p.id, {"liver_surgery_date": dt.date(2017, 3, 1)}, expected_version=1, reason="typo"
    )
    assert moved["liver_surgery_date"] == dt.date(2017, 3, 1)


def test_recurrence_details_only_with_a_recurrence(db, patients, news) -> None:
    p = patients.create_patient(sample_patient())
    base = {"visit_date": dt.date(2018, 1, 10), "vital_status": "ALIVE_DISEASE"}
    for name, value in (
        ("recurrence_date", dt.date(2017, 6, 1)),
        ("recurrence_sites", "LUNG"),
        ("recurrence_treatment", ["CHEMO"]),
    ):
        for flag in (None, "no", dd.UNKNOWN):
            refused(
                db,
                lambda n=name, v=value, f=flag: news.add_followup(
                    p.id, {**base, "recurrence": f, n: v}
                ),
                name,
            )
    refused(db, lambda: news.add_followup(p.id, {**base, "recurrence": "yes"}), "recurrence_date")
    refused(
        db,
        lambda: news.add_followup(
            p.id, {**base, "recurrence": "yes", "recurrence_date": base["visit_date"] + DAY}
        ),
        "recurrence_date",
    )
    refused(
        db,
        lambda: news.add_followup(
            p.id, {**base, "recurrence": "yes", "recurrence_date": p["liver_surgery_date"] - DAY}
        ),
        "recurrence_date",
    )
    ok = news.add_followup(
        p.id,
        {
            **base,
            "recurrence": "yes",
            "recurrence_date": base["visit_date"],
            "recurrence_sites": "LUNG,LIVER",
        },
    )
    assert ok["recurrence_sites"] == "LIVER,LUNG"


def test_death_details_only_when_dead(db, patients, news) -> None:
    p = patients.create_patient(sample_patient())
    visit = dt.date(2019, 4, 2)
    for status in ("ALIVE_NED", "ALIVE_DISEASE", "LOST", dd.UNKNOWN):
        refused(
            db,
            lambda s=status: news.add_followup(
                p.id, {"visit_date": visit, "vital_status": s, "death_date": visit}
            ),
            "death_date",
        )
        refused(
            db,
            lambda s=status: news.add_followup(
                p.id, {"visit_date": visit, "vital_status": s, "cause_of_death": "DISEASE"}
            ),
            "cause_of_death",
        )
    refused(
        db,
        lambda: news.add_followup(p.id, {"visit_date": visit, "vital_status": "DEAD"}),
        "death_date",
    )
    refused(
        db,
        lambda: news.add_followup(
            p.id, {"visit_date": visit, "vital_status": "DEAD", "death_date": visit + DAY}
        ),
        "death_date",
    )
    refused(
        db,
        lambda: news.add_followup(
            p.id,
            {
                "visit_date": visit,
                "vital_status": "DEAD",
                "death_date": p["liver_surgery_date"] - DAY,
            },
        ),
        "death_date",
    )
    dead = news.add_followup(
        p.id,
        {
            "visit_date": visit,
            "vital_status": "DEAD",
            "death_date": visit,
            "cause_of_death": "DISEASE",
        },
    )
    assert dead["death_date"] == visit


def test_no_news_of_a_living_patient_after_her_death(db, patients, news) -> None:
    p = patients.create_patient(sample_patient())
    death = dt.date(2019, 4, 2)
    news.add_followup(
        p.id, {"visit_date": dt.date(2019, 5, 1), "vital_status": "DEAD", "death_date": death}
    )
    refused(
        db,
        lambda: news.add_followup(p.id, {"visit_date": death + DAY, "vital_status": "ALIVE_NED"}),
        "visit_date",
    )
    refused(
        db,
        lambda: news.add_followup(p.id, {"visit_date": death + DAY, "vital_status": "LOST"}),
        "visit_date",
    )
    refused(
        db,
        lambda: news.add_followup(
            p.id,
            {"visit_date": dt.date(2019, 6, 1), "vital_status": "DEAD", "death_date": death - DAY},
        ),
        "death_date",
    )
    assert news.add_followup(p.id, {"visit_date": death, "vital_status": "ALIVE_DISEASE"})


def test_a_death_before_news_already_recorded_is_refused(db, patients, news) -> None:
    p = patients.create_patient(sample_patient())
    news.add_followup(p.id, {"visit_date": dt.date(2020, 1, 1), "vital_status": "ALIVE_NED"})
    refused(
        db,
        lambda: news.add_followup(
            p.id,
            {
                "visit_date": dt.date(2020, 2, 1),
                "vital_status": "DEAD",
                "death_date": dt.date(2019, 12, 31),
            },
        ),
        "death_date",
    )
    assert news.add_followup(
        p.id,
        {
            "visit_date": dt.date(2020, 2, 1),
            "vital_status": "DEAD",
            "death_date": dt.date(2020, 1, 1),
        },
    )


def test_editing_news_is_validated_like_adding(db, patients, news) -> None:
    p = patients.create_patient(sample_patient())
    f = news.add_followup(p.id, {"visit_date": dt.date(2020, 1, 1), "vital_status": "ALIVE_NED"})
    refused(
        db,
        lambda: news.update_followup(
            f.id, {"vital_status": "DEAD"}, expected_version=1, reason="call"
        ),
        "death_date",
    )
    edited = news.update_followup(
        f.id,
        {"vital_status": "DEAD", "death_date": dt.date(2020, 1, 1)},
        expected_version=1,
        reason="call",
    )
    assert edited.version == 2 and edited["vital_status"] == "DEAD"


def test_a_change_needs_a_reason(db, patients, news) -> None:
    p = patients.create_patient(sample_patient())
    f = news.add_followup(p.id, {"visit_date": dt.date(2020, 1, 1), "vital_status": "ALIVE_NED"})
    for reason in ("", "  "):
        refused(
            db,
            lambda r=reason: patients.update_patient(
                p.id, {"phone": "0102"}, expected_version=1, reason=r
            ),
            "reason",
        )
        refused(
            db,
            lambda r=reason: news.update_followup(
                f.id, {"notes": "x"}, expected_version=1, reason=r
            ),
            "reason",
        )
        refused(
            db, lambda r=reason: news.delete_followup(f.id, expected_version=1, reason=r), "reason"
        )
        refused(
            db,
            lambda r=reason: patients.delete_patient(p.id, expected_version=1, reason=r),
            "reason",
        )


def test_a_response_to_chemotherapy_needs_a_chemotherapy(db, patients) -> None:
    refused(
        db,
        lambda: patients.create_patient(
            sample_patient(preop_chemotherapy="no", chemo_response="PR")
        ),
        "chemo_response",
    )
    for preop, response in (("no", dd.UNKNOWN), ("no", None), (dd.UNKNOWN, "SD"), (None, "CR")):
        saved = patients.create_patient(
            sample_patient(
                record_number=f"{preop}-{response}",
                first_name=f"{preop}{response}",
                preop_chemotherapy=preop,
                chemo_response=response,
            )
        )
        assert saved["chemo_response"] == response


def test_a_margin_over_1_mm_is_r0(db, patients) -> None:
    for status in ("R1", "R2"):
        refused(
            db,
            lambda s=status: patients.create_patient(
                sample_patient(margin_status=s, margin_mm=1.01)
            ),
            "margin_mm",
        )
        saved = patients.create_patient(
            sample_patient(
                record_number=status, first_name=status, margin_status=status, margin_mm=1
            )
        )
        assert saved["margin_mm"] == 1.0
