"""`hepmeta migrate-db`: a department's SQLite registry copied into PostgreSQL, verified."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, text

from hepmeta_desktop import cli
from hepmeta_desktop.db import Database, open_database
from hepmeta_desktop.models import AppSetting, AuditEntry
from hepmeta_desktop.services.demo import create_demo
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.services.transfer import canonical_dump, registry_tables

pytestmark = pytest.mark.postgres
TODAY = dt.date(2026, 11, 26)


def department_registry(path: Path, sample_patient: Callable[..., dict[str, Any]]) -> Database:
    """A registry with a history: demo patients, typed ones, changes, a deletion, a setting."""
    db = open_database(path)
    create_demo(db, 12, today=TODAY)
    patients = PatientService(db, "secretary", today=lambda: TODAY)
    typed = patients.create_patient(sample_patient())
    patients.update_patient(typed.id, {"margin_mm": 9.5}, expected_version=1, reason="report")
    FollowupService(db, "secretary", today=lambda: TODAY).add_followup(
        typed.id, {"visit_date": dt.date(2017, 2, 3), "vital_status": "ALIVE_NED"}
    )
    gone = patients.create_patient(sample_patient(record_number="X-1", last_name="Doublon"))
    patients.delete_patient(gone.id, expected_version=1, reason="typed twice")
    with db.write() as s:
        s.add(AppSetting(key="pseudonym_key", value="9f2c…é"))
    return db


def dump(db: Database) -> dict[str, list[list[str | None]]]:
    with db.engine.connect() as conn:
        return canonical_dump(conn, registry_tables(conn))


def migrate(capsys: pytest.CaptureFixture[str], source: Path, target: str) -> tuple[int, str]:
    code = cli.main(
        ["--lang", "en", "--user", "admin", "--db", str(source), "migrate-db", "--to", target]
    )
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_copy_is_identical_and_the_server_carries_on(
    tmp_path: Path, patient_values, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source_path = tmp_path / "department.db"
    source = department_registry(source_path, patient_values)
    before = dump(source)
    code, out = migrate(capsys, source_path, pg_url)
    assert code == 0, out
    with source.engine.connect() as conn:
        copied = len(registry_tables(conn))
    assert copied >= 7 and f"Verified: {copied} tables" in out and "patient: 13/13" in out
    assert "hepmeta-test-only" not in out  # the password is never printed

    target = open_database(pg_url)
    try:
        after = dump(target)
        # Identical, ids included, plus one audit event saying where the data came from.
        event = [r for r in after["audit_log"] if r not in before["audit_log"]]
        assert len(event) == 1 and "copied from department.db" in str(event[0])
        after["audit_log"].remove(event[0])
        assert after == before
        services = PatientService(target, "nurse", today=lambda: TODAY)
        typed = services.find_by_record_number(patient_values()["record_number"])
        assert typed is not None and typed.version == 2 and typed["margin_mm"] == 9.5
        assert [f["vital_status"] for f in typed.followups] == ["ALIVE_NED"]
        # The sequences were moved past the copied ids, and past the deleted patient 14
        # whose history the trail keeps: new rows get new ids.
        fresh = services.create_patient(patient_values(record_number="NEW-1", last_name="Neuve"))
        assert fresh.id == 15
        news = FollowupService(target, "nurse", today=lambda: TODAY).add_followup(
            fresh.id, {"visit_date": dt.date(2017, 1, 1), "vital_status": "ALIVE_NED"}
        )
        with source.read() as s:
            assert news.id == 1 + s.scalar(text("SELECT MAX(id) FROM followup"))
        with target.read() as s:
            audit_ids = list(s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))
        assert audit_ids == list(range(1, len(audit_ids) + 1))
    finally:
        target.dispose()
        source.dispose()


def test_a_target_with_rows_is_refused(
    tmp_path: Path, patient_values, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source_path = tmp_path / "department.db"
    department_registry(source_path, patient_values).dispose()
    occupied = open_database(pg_url)
    PatientService(occupied, "nurse", today=lambda: TODAY).create_patient(patient_values())
    try:
        code, out = migrate(capsys, source_path, pg_url)
        assert code == 2
        assert "The target database is not empty: audit_log (" in out and "patient (1)" in out
        with occupied.read() as s:
            assert s.scalar(text("SELECT COUNT(*) FROM patient")) == 1
    finally:
        occupied.dispose()


def test_a_table_added_later_is_copied_too(
    tmp_path: Path, patient_values, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every table of the schema goes across (users too, once a migration adds them),
    including tables this module does not know."""
    source_path = tmp_path / "department.db"
    source = department_registry(source_path, patient_values)
    target = open_database(pg_url)
    try:
        with source.engine.begin() as conn:
            conn.execute(
                text(
                    "CREATE TABLE ward_whiteboard (id INTEGER PRIMARY KEY, login VARCHAR(40) NOT NULL, "
                    "active BOOLEAN NOT NULL, created_at DATETIME)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO ward_whiteboard VALUES (1, 'amel', 1, '2026-01-02 03:04:05.678900')"
                )
            )
            conn.execute(text("INSERT INTO ward_whiteboard VALUES (4, 'paul', 0, NULL)"))
        with target.engine.begin() as conn:
            conn.execute(
                text(
                    "CREATE TABLE ward_whiteboard (id SERIAL PRIMARY KEY, login VARCHAR(40) NOT NULL, "
                    "active BOOLEAN NOT NULL, created_at TIMESTAMP)"
                )
            )
        code, out = migrate(capsys, source_path, pg_url)
        assert code == 0, out
        assert "ward_whiteboard: 2 = 2" in out
        with target.engine.begin() as conn:
            rows = conn.execute(
                text("SELECT id, login, active, created_at FROM ward_whiteboard ORDER BY id")
            )
            assert [tuple(r) for r in rows] == [
                (1, "amel", True, dt.datetime(2026, 1, 2, 3, 4, 5, 678900)),
                (4, "paul", False, None),
            ]
            new_id = conn.execute(
                text(
                    "INSERT INTO ward_whiteboard (login, active) VALUES ('zoe', true) RETURNING id"
                )
            ).scalar_one()
        assert new_id == 5
    finally:
        target.dispose()
        source.dispose()


def test_the_canonical_dump_sees_a_single_changed_value(
    tmp_path: Path, patient_values, pg_url: str
) -> None:
    source = department_registry(tmp_path / "department.db", patient_values)
    target = open_database(pg_url)
    try:
        from hepmeta_desktop.services.transfer import copy_registry

        copy_registry(source, target)
        with target.engine.begin() as conn:
            conn.execute(insert(AuditEntry), {"user": "x", "action": "event", "field": ""})
        assert dump(target) != dump(source)
        with target.engine.begin() as conn:
            conn.execute(text("UPDATE liver_surgery SET margin_mm = 9.50001 WHERE margin_mm = 9.5"))
        assert dump(target)["liver_surgery"] != dump(source)["liver_surgery"]
    finally:
        target.dispose()
        source.dispose()
