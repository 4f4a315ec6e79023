"""Fixtures of the report tests: a registry typed in through the real services.

The patients carry distinctive identifying values (names, phones, notes, record numbers,
dates of birth) so that the pseudonymisation test can look for every one of them in the
exported files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest
from conftest import TODAY, sample_patient

from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService

D = dt.date


@dataclass
class Registry:
    db: object
    #: Every identifying value typed in (names, phones, notes, record numbers, birth dates).
    identifying: list[str] = field(default_factory=list)
    birth_dates: list[dt.date] = field(default_factory=list)
    record_numbers: list[str] = field(default_factory=list)
    values: dict[str, dict] = field(default_factory=dict)


# record, last, first, birth, margin, surgery date, news (visit, status, recurrence?, death?)
PATIENTS = [
    ("IPP-48213-07", "Quennehen", "Hortense", D(1958, 3, 14), "R0", D(2013, 4, 10),
     [(D(2014, 4, 1), "ALIVE_NED"), (D(2021, 6, 1), "ALIVE_NED")]),
    ("IPP-55102-31", "Vasseur-Bligny", "Ysaline", D(1966, 1, 5), "R1", D(2014, 6, 2),
     [(D(2015, 6, 1), "ALIVE_NED"), (D(2016, 6, 20), "DEAD")]),
    ("IPP-60977-12", "Oudinot", "Perrine", D(1968, 9, 23), "R0", D(2016, 11, 7),
     [(D(2017, 11, 1), "ALIVE_NED"), (D(2018, 6, 1), "ALIVE_DISEASE"), (D(2022, 1, 10), "ALIVE_DISEASE")]),
    ("IPP-61408-66", "Chabrerie", "Apolline", D(1969, 12, 11), "R1", D(2018, 3, 5),
     [(D(2020, 4, 1), "DEAD")]),
    ("IPP-70215-48", "Ferrandou", "Clémentine", D(1971, 6, 27), "R0", D(2019, 9, 9),
     [(D(2023, 9, 1), "ALIVE_NED")]),
    ("IPP-73364-05", "Lemarquis", "Gwladys", D(1972, 7, 19), "R0", D(2020, 12, 1),
     [(D(2022, 2, 2), "DEAD")]),
    ("IPP-80551-93", "Brizard", "Mathurine", D(1961, 10, 30), "R1", D(2021, 2, 15),
     [(D(2022, 3, 12), "ALIVE_NED"), (D(2024, 3, 12), "DEAD")]),
    # No news after surgery: listed by record number among the patients left out.
    ("IPP-91846-27", "Tessonneau", "Séverine", D(1963, 8, 8), "R0", D(2022, 5, 16), []),
]  # fmt: skip


def _news(day: dt.date, status: str, i: int) -> dict:
    values = {"visit_date": day, "vital_status": status, "notes": f"Appel famille confidentiel {i}"}
    if status == "DEAD":
        values.update(death_date=day, cause_of_death="DISEASE", recurrence="yes",
                      recurrence_date=day - dt.timedelta(days=120),
                      recurrence_sites="PERITONEUM", recurrence_treatment="PALLIATIVE")  # fmt: skip
    elif status == "ALIVE_DISEASE":
        values.update(recurrence="yes", recurrence_date=day - dt.timedelta(days=10),
                      recurrence_sites="LIVER", recurrence_treatment="RFA")  # fmt: skip
    return values


def fill_registry(db) -> Registry:
    patients = PatientService(db, "secretaire", today=lambda: TODAY)
    news = FollowupService(db, "secretaire", today=lambda: TODAY)
    reg = Registry(db)
    for i, (rec, last, first, birth, margin, surgery, visits) in enumerate(PATIENTS):
        phone = f"06 47 19 83 {10 + i}"
        note = f"Dossier papier rangé armoire {7 + i}B, voir Mme {last}"
        values = sample_patient(
            record_number=rec,
            last_name=last,
            first_name=first,
            birth_date=birth,
            phone=phone,
            notes=note,
            margin_status=margin,
            margin_mm=12.0 if margin == "R0" else 0.0,
            breast_diagnosis_date=surgery - dt.timedelta(days=2100 + 40 * i),
            breast_surgery_date=surgery - dt.timedelta(days=2000 + 40 * i),
            liver_mets_diagnosis_date=surgery - dt.timedelta(days=60 + i),
            liver_surgery_date=surgery,
            number_of_metastases=1 + i % 2,
            sex="M" if i == 4 else "F",
            length_of_stay_days=6 + i,
            performance_status=str(i % 2),
        )
        record = patients.create_patient(values)
        for visit in visits:
            news.add_followup(record.id, _news(visit[0], visit[1], i))
        reg.identifying += [rec, last, first, phone, note, birth.isoformat(),
                            birth.strftime("%d/%m/%Y")]  # fmt: skip
        if visits:
            reg.identifying.append(f"Appel famille confidentiel {i}")
        reg.birth_dates.append(birth)
        reg.record_numbers.append(rec)
        reg.values[rec] = values
    return reg


@pytest.fixture
def registry(db) -> Registry:
    return fill_registry(db)
