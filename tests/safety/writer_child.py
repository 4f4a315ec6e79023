"""A writing copy of the application, driven by the crash and concurrency tests.

Usage: python writer_child.py DB PREFIX COUNT. Prints "ready", waits for a line on stdin,
then saves COUNT patients (and a piece of news every 4th) through the real services,
printing each record number only after the service returned (the save is acknowledged).
"""

from __future__ import annotations

import datetime as dt
import sys

from hepmeta_desktop.db import open_database
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService

TODAY = dt.date(2026, 11, 26)


def values(record_number: str) -> dict[str, object]:
    return {
        "record_number": record_number,
        "last_name": f"Crash{record_number}",
        "first_name": "Test",
        "sex": "F",
        "birth_date": dt.date(1960, 1, 1),
        "breast_surgery_date": dt.date(2008, 3, 12),
        "breast_surgery_type": "MRM",
        "axillary_surgery": "ALND",
        "number_of_metastases": 1,
        "largest_size_cm": 3.5,
        "extrahepatic_disease": "no",
        "procedure": "METASTASECTOMY",
        "liver_mets_diagnosis_date": dt.date(2015, 11, 20),
        "liver_surgery_date": dt.date(2016, 2, 3),
        "surgeon": "Dr Benali",
        "margin_status": "R0",
    }


def main(path: str, prefix: str, count: int) -> None:
    # The test migrated the file already; skipping Alembic's import halves the start-up.
    db = open_database(path, migrate=False)
    patients = PatientService(db, f"writer-{prefix}", today=lambda: TODAY)
    news = FollowupService(db, f"writer-{prefix}", today=lambda: TODAY)
    print("ready", flush=True)
    sys.stdin.readline()
    for i in range(count):
        number = f"{prefix}-{i:04d}"
        record = patients.create_patient(values(number))
        if i % 4 == 3:
            news.add_followup(
                record.id,
                {
                    "visit_date": dt.date(2017, 1, 1),
                    "vital_status": "ALIVE_NED",
                    "recurrence": "no",
                },
            )
        print(number, flush=True)
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
