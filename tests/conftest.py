"""Shared fixtures: a real registry file per test, and the clock the services use."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hepmeta_desktop.db import Database, open_database  # noqa: E402

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "registry.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh SQLite registry file, migrated to the current schema."""
    database = open_database(db_path)
    yield database
    database.dispose()


def sample_patient(**overrides: Any) -> dict[str, Any]:
    """A valid patient file (the kind of case the department's series holds)."""
    values: dict[str, Any] = {
        "record_number": "2016-0042",
        "last_name": "Lefèvre",
        "first_name": "Hélène",
        "sex": "F",
        "birth_date": dt.date(1964, 5, 17),
        "breast_diagnosis_date": dt.date(2008, 2, 1),
        "breast_surgery_date": dt.date(2008, 3, 12),
        "breast_surgery_type": "MRM",
        "axillary_surgery": "ALND",
        "liver_mets_diagnosis_date": dt.date(2015, 11, 20),
        "number_of_metastases": 1,
        "largest_size_cm": 3.5,
        "distribution": "UNILOBAR",
        "segments_involved": "VI",
        "extrahepatic_disease": "no",
        "preop_chemotherapy": "yes",
        "chemo_response": "PR",
        "performance_status": "0",
        "liver_surgery_date": dt.date(2016, 2, 3),
        "surgeon": "Dr Benali",
        "procedure": "METASTASECTOMY",
        "margin_status": "R0",
        "margin_mm": 12.0,
        "clavien_dindo": "NONE",
        "adjuvant_chemotherapy": "yes",
    }
    values.update(overrides)
    return values


@pytest.fixture
def today() -> dt.date:
    return TODAY
