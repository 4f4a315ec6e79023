"""The log file holds ids and events, never a patient's identity, a typed value or a password."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from conftest import PASSWORD, TODAY, sample_patient
from sqlalchemy import insert, select

from hepmeta_desktop.errors import (
    AuthenticationError,
    DatabaseError,
    HepmetaError,
    ValidationError,
)
from hepmeta_desktop.logging_setup import setup_logging
from hepmeta_desktop.models import Patient
from hepmeta_desktop.services.backup import backup_now
from hepmeta_desktop.services.demo import create_demo
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.services.permissions import SECRETARY
from hepmeta_desktop.services.users import UserService

WRONG_PASSWORD = "Tulipe-Secrete-2026"


@pytest.fixture
def log_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    yield path
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "hepmeta", False):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_log_has_no_identifying_data(db, accounts, log_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    importer = logging.getLogger("hepmeta_desktop.importer")
    create_demo(db, 60, seed=11, today=TODAY)
    sec = accounts[SECRETARY]
    patients = PatientService(db, sec, today=lambda: TODAY)
    typed = sample_patient(
        record_number="LOG-1", last_name="Quesnel-Vautrin", phone="06 98 76 54 32",
        notes="Voisine de la patiente Mme Quesnel-Vautrin",
    )  # fmt: skip
    saved = patients.create_patient(typed)
    patients.update_patient(
        saved.id, {"phone": "07 11 22 33 44"}, expected_version=1, reason="nouveau numéro"
    )
    FollowupService(db, sec, today=lambda: TODAY).add_followup(
        saved.id, {"visit_date": TODAY, "vital_status": "ALIVE_NED", "notes": "Appel de sa fille"}
    )
    with pytest.raises(AuthenticationError):
        UserService(db).authenticate("sec", WRONG_PASSWORD)
    with pytest.raises(AuthenticationError):
        UserService(db).authenticate(WRONG_PASSWORD, PASSWORD)  # password typed as the name
    # Import-like errors, logged the way an importer would log a refused row.
    bad_rows = [
        sample_patient(record_number="LOG-2", last_name="Zéphirine", birth_date="31/02/1970"),
        sample_patient(record_number="LOG-1", last_name="Quesnel-Vautrin"),
    ]
    for n, row in enumerate(bad_rows, start=2):
        try:
            patients.create_patient(row)
        except HepmetaError:
            importer.exception("row %d refused", n)
    # A raw database error (duplicate key) whose SQL parameters would hold the name.
    try:
        with db.write() as s:
            s.execute(
                insert(Patient).values(
                    record_number="LOG-1", last_name="Quesnel-Vautrin", first_name="Anne",
                    name_key="x", version=1, created_at=TODAY, updated_at=TODAY,
                )
            )  # fmt: skip
    except Exception:
        importer.exception("raw insert failed")
    if db.is_sqlite:
        backup_now(db, tmp_path / "b")
    with pytest.raises((ValidationError, DatabaseError)):
        patients.create_patient({**typed, "record_number": "LOG-3", "birth_date": "bad"})

    text = log_file.read_text(encoding="utf-8")
    # The log is not empty: the events are there, by id.
    assert f"patient id {saved.id} created" in text and "sign-in refused" in text
    assert "row 2 refused" in text and "ValidationError fields=birth_date" in text
    assert "IntegrityError" in text
    assert "backup written" in text or not db.is_sqlite
    secrets = {PASSWORD, WRONG_PASSWORD, "Quesnel", "Zéphirine", "06 98 76 54 32", "07 11 22 33 44"}
    secrets |= {"Appel de sa fille", "Voisine", "1964-05-17", "17/05/1964", "31/02/1970"}
    with db.read() as s:
        for last, first, phone, born in s.execute(
            select(Patient.last_name, Patient.first_name, Patient.phone, Patient.birth_date)
        ):
            secrets |= {f"{last} {first}", last, phone or last}
            if born:
                secrets |= {born.isoformat(), born.strftime("%d/%m/%Y")}
    found = sorted(s for s in secrets if s and s in text)
    assert not found, f"identifying data in the log: {found}"
