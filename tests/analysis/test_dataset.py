"""The vectorised dataset agrees with the per-patient definitions of ``derived``."""

from __future__ import annotations

import datetime as dt
import math
import random

import pandas as pd
from sqlalchemy.orm import Session

from hepmeta_desktop import derived
from hepmeta_desktop.models import Patient
from hepmeta_desktop.services.dataset import load_dataset

from .conftest import D, add_patient


def _random_news(rng: random.Random, surgery: dt.date) -> list[dict]:
    news = []
    for _ in range(rng.randint(0, 4)):
        day = surgery + dt.timedelta(days=rng.randint(-5, 2500))
        item = {
            "visit_date": day,
            "vital_status": rng.choice(["ALIVE_NED", "ALIVE_DISEASE", "LOST", "DEAD"]),
        }
        if item["vital_status"] == "DEAD" and rng.random() < 0.7:
            item["death_date"] = day - dt.timedelta(days=rng.randint(0, 30))
        if rng.random() < 0.3:
            item["recurrence"] = "yes"
            item["recurrence_sites"] = rng.choice(["LIVER", "LUNG,BONE", "PERITONEUM"])
            if rng.random() < 0.6:
                item["recurrence_date"] = day - dt.timedelta(days=rng.randint(0, 90))
        news.append(item)
    return news


def test_dataset_matches_derived_definitions(engine):
    rng = random.Random(7)
    for i in range(60):
        surgery = D(2012, 1, 1) + dt.timedelta(days=rng.randint(0, 3000))
        breast = surgery - dt.timedelta(days=rng.randint(30, 4000))
        add_patient(
            engine,
            f"R{i:03d}",
            followups=_random_news(rng, surgery),
            birth_date=D(1950, 2, 28) + dt.timedelta(days=rng.randint(0, 9000)),
            breast_diagnosis_date=None
            if rng.random() < 0.5
            else breast - dt.timedelta(days=rng.randint(0, 60)),
            breast_surgery_date=breast,
            liver_mets_diagnosis_date=surgery - dt.timedelta(days=rng.randint(0, 400)),
            liver_surgery_date=None if i == 5 else surgery,
        )
    df = load_dataset(engine).set_index("record_number")
    assert len(df) == 60
    checked = 0
    with Session(engine) as s:
        for p in s.query(Patient).all():
            row = df.loc[p.record_number]
            news = [
                {
                    c: getattr(f, c)
                    for c in (
                        "visit_date",
                        "vital_status",
                        "death_date",
                        "recurrence",
                        "recurrence_date",
                    )
                }
                for f in p.followups
            ]
            surgery = p.surgery.liver_surgery_date
            out = derived.outcome(surgery, news)
            assert row["excluded_reason"] == out.excluded_reason
            for col in ("os_days", "rfs_days"):
                expected = getattr(out, col)
                assert (expected is None and math.isnan(row[col])) or row[col] == expected
            for col in ("os_event", "rfs_event"):
                expected = getattr(out, col)
                assert (expected is None and math.isnan(row[col])) or bool(row[col]) == expected
            last = row["last_news_date"]
            assert (
                out.last_news_date is None and pd.isna(last)
            ) or last.date() == out.last_news_date
            age = derived.age_at(p.birth_date, surgery)
            assert (age is None and math.isnan(row["age"])) or row["age"] == age
            delay = derived.delay_to_metastases_months(
                p.primary.breast_surgery_date, p.metastases.liver_mets_diagnosis_date
            )
            assert math.isclose(row["delay_months"], delay)
            timing = derived.timing(
                p.primary.breast_diagnosis_date,
                p.primary.breast_surgery_date,
                p.metastases.liver_mets_diagnosis_date,
            )
            assert row["timing"] == timing
            checked += 1
    assert checked == 60
    assert set(df["excluded_reason"]) >= {"", derived.NO_SURGERY_DATE}


def test_news_summaries(engine):
    add_patient(
        engine,
        "X1",
        followups=[
            {
                "visit_date": D(2014, 1, 1),
                "vital_status": "ALIVE_DISEASE",
                "recurrence": "yes",
                "recurrence_sites": "LIVER,LUNG",
                "recurrence_treatment": "RFA",
            },
            {
                "visit_date": D(2015, 1, 1),
                "vital_status": "DEAD",
                "cause_of_death": "DISEASE",
                "recurrence_sites": "LIVER,BONE",
            },
        ],
    )
    add_patient(engine, "X2")  # no news at all
    df = load_dataset(engine).set_index("record_number")
    assert set(df.loc["X1", "recurrence_sites"].split(",")) == {"LIVER", "LUNG", "BONE"}
    assert df.loc["X1", "recurrence_treatment"] == "RFA"
    assert df.loc["X1", "cause_of_death"] == "DISEASE"
    assert df.loc["X2", "excluded_reason"] == derived.NO_NEWS
    assert math.isnan(df.loc["X2", "os_days"])
