"""Fixtures of the analysis tests: a real SQLite file per test, filled through the models."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import pytest
from sqlalchemy.orm import Session

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.db import open_database
from hepmeta_desktop.models import (
    BreastPrimary,
    FollowUp,
    LiverMetastases,
    LiverSurgery,
    Patient,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

D = dt.date
_FORM_MODEL = {
    "patient": Patient,
    "primary": BreastPrimary,
    "metastases": LiverMetastases,
    "surgery": LiverSurgery,
}
DEFAULTS: dict[str, Any] = {
    "last_name": "Test",
    "first_name": "Patient",
    "sex": "F",
    "birth_date": D(1960, 1, 1),
    "breast_surgery_date": D(2008, 1, 1),
    "breast_surgery_type": "MRM",
    "liver_mets_diagnosis_date": D(2013, 1, 1),
    "number_of_metastases": 1,
    "largest_size_cm": 3.0,
    "extrahepatic_disease": "no",
    "liver_surgery_date": D(2013, 3, 1),
    "surgeon": "Dr A",
    "procedure": "METASTASECTOMY",
    "margin_status": "R0",
}


def add_patient(engine, record_number: str, followups=(), **values: Any) -> None:
    """Insert one patient: ``values`` are dictionary variables (None to leave one empty)."""
    fields = {**DEFAULTS, **values}
    parts: dict[str, dict[str, Any]] = {form: {} for form in _FORM_MODEL}
    for name, value in fields.items():
        parts[dd.var(name).form][name] = value
    with Session(engine) as s, s.begin():
        patient = Patient(record_number=record_number, **parts["patient"])
        patient.primary = BreastPrimary(**parts["primary"])
        patient.metastases = LiverMetastases(**parts["metastases"])
        patient.surgery = LiverSurgery(**parts["surgery"])
        patient.followups = [FollowUp(**f) for f in followups]
        s.add(patient)


@pytest.fixture
def database(tmp_path):
    """A fresh registry file made by the application's own ``open_database``."""
    db = open_database(tmp_path / "registry.db")
    yield db
    db.dispose()


@pytest.fixture
def engine(database):
    return database.engine


def alive(day: dt.date, **kw: Any) -> dict[str, Any]:
    return {"visit_date": day, "vital_status": "ALIVE_NED", **kw}


def dead(day: dt.date, cause: str = "DISEASE", **kw: Any) -> dict[str, Any]:
    return {
        "visit_date": day,
        "vital_status": "DEAD",
        "death_date": day,
        "cause_of_death": cause,
        **kw,
    }


def add_abstract_series(engine) -> None:
    """The abstract's 6 women (2013-2020): see /work/shared/domain/README.md.

    Ages 75, 48, 48, 48, 48, 48 (mean 52.5, range 48-75); all Patey; delays 4 to 10
    years; 1-2 metastases of 2-5 cm, all unilobar; 4 metastasectomies and 2
    segmentectomies; no complication; R0 for all; adjuvant chemotherapy for all; 2 deaths
    at about 2 years from peritoneal carcinomatosis; 1 liver recurrence treated by RFA; 3
    alive without recurrence.
    """
    common = {
        "breast_surgery_type": "MRM",
        "axillary_surgery": "ALND",
        "distribution": "UNILOBAR",
        "extrahepatic_disease": "no",
        "preop_chemotherapy": "yes",
        "chemo_response": "PR",
        "performance_status": "0",
        "clavien_dindo": "NONE",
        "margin_status": "R0",
        "adjuvant_chemotherapy": "yes",
        "length_of_stay_days": 7,
        "surgeon": "Dr A",
    }
    series = [
        # record, birth, breast surgery, mets found, surgery, n, size, procedure, news
        (
            "A1",
            D(1938, 2, 1),
            D(2009, 3, 2),
            D(2013, 3, 2),
            D(2013, 4, 10),
            1,
            2.0,
            "METASTASECTOMY",
            [alive(D(2014, 4, 1)), alive(D(2021, 6, 1))],
        ),
        (
            "A2",
            D(1966, 1, 5),
            D(2004, 5, 2),
            D(2014, 5, 3),
            D(2014, 6, 2),
            2,
            5.0,
            "SEGMENTECTOMY",
            [
                alive(D(2015, 6, 1)),
                dead(
                    D(2016, 6, 20),
                    recurrence="yes",
                    recurrence_date=D(2016, 1, 5),
                    recurrence_sites="PERITONEUM",
                    recurrence_treatment="PALLIATIVE",
                    notes="carcinose péritonéale",
                ),
            ],
        ),
        (
            "A3",
            D(1968, 3, 1),
            D(2010, 9, 1),
            D(2016, 9, 1),
            D(2016, 11, 7),
            1,
            3.0,
            "METASTASECTOMY",
            [
                alive(D(2017, 11, 1)),
                {
                    "visit_date": D(2018, 6, 1),
                    "vital_status": "ALIVE_DISEASE",
                    "recurrence": "yes",
                    "recurrence_date": D(2018, 5, 20),
                    "recurrence_sites": "LIVER",
                    "recurrence_treatment": "RFA",
                },
                alive(D(2022, 1, 10)),
            ],
        ),
        (
            "A4",
            D(1969, 12, 1),
            D(2011, 2, 1),
            D(2017, 2, 1),
            D(2018, 3, 5),
            2,
            4.0,
            "METASTASECTOMY",
            [
                dead(
                    D(2020, 4, 1),
                    recurrence="yes",
                    recurrence_date=D(2019, 11, 1),
                    recurrence_sites="PERITONEUM",
                    recurrence_treatment="PALLIATIVE",
                    notes="carcinose péritonéale",
                )
            ],
        ),
        (
            "A5",
            D(1971, 6, 1),
            D(2013, 1, 15),
            D(2018, 1, 15),
            D(2019, 9, 9),
            1,
            2.5,
            "SEGMENTECTOMY",
            [alive(D(2023, 9, 1))],
        ),
        (
            "A6",
            D(1972, 7, 1),
            D(2014, 10, 1),
            D(2020, 10, 1),
            D(2020, 12, 1),
            1,
            3.5,
            "METASTASECTOMY",
            [alive(D(2024, 12, 2))],
        ),
    ]
    for rec, birth, breast, mets, surgery, n, size, procedure, news in series:
        add_patient(
            engine,
            rec,
            followups=news,
            birth_date=birth,
            breast_surgery_date=breast,
            liver_mets_diagnosis_date=mets,
            liver_surgery_date=surgery,
            number_of_metastases=n,
            largest_size_cm=size,
            procedure=procedure,
            **common,
        )
