"""Property tests: any input is either saved exactly (as the oracle normalises it) or
refused with messages, and a refusal leaves every table as it was."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from conftest import TODAY, sample_patient
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from core.helpers import clock, dump
from core.oracle import (
    expected_form,
    followup_is_valid,
    history_is_valid,
    patient_is_valid,
)
from core.strategies import BASE, news_item, patient_changes
from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import (
    DuplicateRecordNumberError,
    HepmetaError,
    PossibleDuplicateError,
    ValidationError,
)
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService

SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
COUNTER = itertools.count()
SURGERY = BASE["liver_surgery_date"]


def _assert_refusal_is_bilingual(exc: HepmetaError) -> None:
    assert exc.message.fr.strip() and exc.message.en.strip()
    if isinstance(exc, ValidationError):
        assert exc.errors
        for message in exc.errors.values():
            assert message.fr.strip() and message.en.strip()


@SETTINGS
@given(changes=patient_changes())
def test_a_new_patient_is_saved_exactly_or_refused_whole(db: Database, changes) -> None:
    service = PatientService(db, "alice", clock)
    n = next(COUNTER)
    # Unique by default; the drawn changes bring the namesakes and duplicate numbers.
    raw = {**BASE, "record_number": f"C{n}", "first_name": f"Anne {n}", **changes}
    expected, storable = expected_form(dd.patient_variables(), raw)
    valid = storable and patient_is_valid(expected)
    before = dump(db)
    existing = {p.record_number: p for p in service.list_patients()}
    try:
        saved = service.create_patient(raw)
    except (ValidationError, PossibleDuplicateError) as exc:
        _assert_refusal_is_bilingual(exc)
        event(f"refused: {type(exc).__name__}")
        assert dump(db) == before
        if isinstance(exc, DuplicateRecordNumberError):
            assert valid and exc.existing_patient_id == existing[expected["record_number"]].id
        elif isinstance(exc, PossibleDuplicateError):
            assert valid and expected["record_number"] not in existing
        else:
            assert not valid, exc.errors
        return
    event("saved")
    assert valid and expected["record_number"] not in existing
    assert dict(service.get_patient(saved.id).values) == expected


@SETTINGS
@given(changes=patient_changes(identity=False))
def test_an_edited_patient_is_saved_exactly_or_left_as_it_was(db: Database, changes) -> None:
    service = PatientService(db, "alice", clock)
    news = FollowupService(db, "alice", clock)
    number = f"E{next(COUNTER)}"
    p = service.create_patient(sample_patient(record_number=number), allow_duplicate_name=True)
    news.add_followup(p.id, {"visit_date": dt.date(2017, 3, 1), "vital_status": "ALIVE_NED"})
    stored = service.get_patient(p.id)
    expected, storable = expected_form(dd.patient_variables(), {**stored.values, **changes})
    valid = storable and patient_is_valid(expected, [f.values for f in stored.followups])
    before = dump(db)
    try:
        saved = service.update_patient(p.id, changes, expected_version=1, reason="property")
    except ValidationError as exc:
        _assert_refusal_is_bilingual(exc)
        assert not valid, exc.errors
        assert dump(db) == before
        event("refused")
        return
    event("saved")
    assert valid
    after = service.get_patient(p.id)
    assert dict(after.values) == expected
    assert after.version == (1 if expected == dict(stored.values) else 2) == saved.version


@settings(SETTINGS, max_examples=60)
@given(items=st.lists(news_item(), min_size=1, max_size=4))
def test_news_is_saved_exactly_or_refused_whole(db: Database, items) -> None:
    patients = PatientService(db, "alice", clock)
    service = FollowupService(db, "alice", clock)
    p = patients.create_patient(
        sample_patient(record_number=f"N{next(COUNTER)}"), allow_duplicate_name=True
    )
    accepted: list[dict[str, Any]] = []
    for raw in items:
        expected, storable = expected_form(dd.followup_variables(), raw)
        valid = (
            storable
            and followup_is_valid(expected, SURGERY)
            and history_is_valid([*accepted, expected])
        )
        before = dump(db)
        try:
            saved = service.add_followup(p.id, raw)
        except ValidationError as exc:
            _assert_refusal_is_bilingual(exc)
            assert not valid, (exc.errors, accepted)
            assert dump(db) == before
            event("news refused")
            continue
        event("news saved")
        assert valid, (expected, accepted)
        accepted.append(expected)
        assert dict(saved.values) == expected
    assert sorted((dict(f.values) for f in service.list_followups(p.id)), key=repr) == sorted(
        accepted, key=repr
    )


def test_the_oracle_accepts_the_sample_patient() -> None:
    # Guards the properties against an oracle that refuses everything.
    expected, storable = expected_form(dd.patient_variables(), BASE)
    assert storable and patient_is_valid(expected) and TODAY > SURGERY
