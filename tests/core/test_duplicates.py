"""Duplicates: a record number is unique; a namesake born the same day needs a confirmation."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import sample_patient

from core.helpers import dump
from hepmeta_desktop.errors import DuplicateRecordNumberError, PossibleDuplicateError


def test_same_record_number_is_refused_naming_the_existing_patient(db, patients) -> None:
    first = patients.create_patient(sample_patient())
    before = dump(db)
    with pytest.raises(DuplicateRecordNumberError) as caught:
        patients.create_patient(sample_patient(last_name="Other", record_number=" 2016-0042 "))
    assert caught.value.existing_patient_id == first.id
    assert caught.value.errors["record_number"].fr and caught.value.errors["record_number"].en
    assert dump(db) == before


def test_changing_to_an_existing_record_number_is_refused(db, patients) -> None:
    first = patients.create_patient(sample_patient())
    second = patients.create_patient(sample_patient(record_number="B", first_name="Anne"))
    with pytest.raises(DuplicateRecordNumberError) as caught:
        patients.update_patient(
            second.id, {"record_number": "2016-0042"}, expected_version=1, reason="typo"
        )
    assert caught.value.existing_patient_id == first.id


def test_namesake_accents_and_case_ignored(db, patients) -> None:
    first = patients.create_patient(sample_patient())
    twin = sample_patient(record_number="2019-0001", last_name="LEFEVRE", first_name="helene")
    before = dump(db)
    with pytest.raises(PossibleDuplicateError) as caught:
        patients.create_patient(twin)
    assert caught.value.matches == [(first.id, "2016-0042")]
    assert caught.value.message.fr and caught.value.message.en
    assert dump(db) == before
    assert patients.find_possible_duplicates("lefèvre", "HÉLÈNE", dt.date(1964, 5, 17)) == [
        (first.id, "2016-0042")
    ]
    second = patients.create_patient(twin, allow_duplicate_name=True)
    assert patients.count() == 2 and second.id != first.id


def test_same_name_other_birth_date_is_not_a_duplicate(patients) -> None:
    patients.create_patient(sample_patient())
    assert patients.create_patient(
        sample_patient(record_number="X", birth_date=dt.date(1964, 5, 18))
    )
    assert patients.find_possible_duplicates("Lefèvre", "Hélène", dt.date(1965, 1, 1)) == []


def test_update_into_a_namesake_is_refused_when_asked(patients) -> None:
    patients.create_patient(sample_patient())
    other = patients.create_patient(sample_patient(record_number="X", first_name="Anne"))
    with pytest.raises(PossibleDuplicateError):
        patients.update_patient(
            other.id,
            {"first_name": "Helene"},
            expected_version=1,
            reason="typo",
            allow_duplicate_name=False,
        )
