"""Schema migrations: an older file is backed up and upgraded, a newer one refused."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from conftest import sample_patient

from hepmeta_desktop import migrations
from hepmeta_desktop.db import Database, create_db_engine, open_database, resolve_url
from hepmeta_desktop.errors import SchemaTooNewError
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService

NOW = "2016-02-03 10:00:00"


def _rows(path: Path, table: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
    finally:
        conn.close()


def _old_registry(path: Path) -> None:
    """A registry at revision 0001 holding two patients, one piece of news and audit rows."""
    url = resolve_url(path)
    old = Database(url, create_db_engine(url))
    migrations.upgrade(old, "0001")
    with old.engine.begin() as conn:
        for i, rn in ((1, "A-1"), (2, "A-2")):
            conn.exec_driver_sql(
                "INSERT INTO patient (id, version, created_at, updated_at, name_key, "
                "record_number, last_name, first_name, sex, birth_date) "
                f"VALUES ({i}, 1, '{NOW}', '{NOW}', 'x y', '{rn}', 'X', 'Y', 'F', '1960-01-0{i}')"
            )
            conn.exec_driver_sql(
                "INSERT INTO liver_surgery (patient_id, liver_surgery_date, surgeon) "
                f"VALUES ({i}, '2016-02-03', 'Dr A')"
            )
        conn.exec_driver_sql(
            "INSERT INTO followup (id, patient_id, version, created_at, updated_at, visit_date, "
            f"vital_status) VALUES (7, 1, 1, '{NOW}', '{NOW}', '2017-01-01', 'ALIVE_NED')"
        )
        conn.exec_driver_sql(
            "INSERT INTO audit_log (at_utc, user, action, table_name, record_id, patient_id, "
            f"version, field, new_value) VALUES ('{NOW}', 'alice', 'create', 'patient', 1, 1, 1, "
            "'record_number', 'A-1')"
        )
    old.dispose()


def test_an_older_registry_is_backed_up_then_upgraded_keeping_every_row(tmp_path: Path) -> None:
    path = tmp_path / "registry.db"
    _old_registry(path)
    tables = ("patient", "liver_surgery", "followup", "audit_log")
    before = {t: _rows(path, t) for t in tables}
    assert _rows(path, "alembic_version") == [("0001",)]

    db = open_database(path)
    try:
        assert migrations.current_revision(db) == migrations.head_revision()
        assert {t: _rows(path, t) for t in tables} == before
        [backup] = sorted(tmp_path.glob("registry.before-*.db"))
        assert _rows(backup, "alembic_version") == [("0001",)]
        assert {t: _rows(backup, t) for t in tables} == before
        # The upgraded file works with the services.
        p = PatientService(db).get_patient(1)
        assert p["record_number"] == "A-1" and p.followups[0]["vital_status"] == "ALIVE_NED"
        assert [e.field for e in AuditService(db).patient_history(1)] == ["record_number"]
    finally:
        db.dispose()
    # Opening again: nothing to do, no second backup.
    open_database(path).dispose()
    assert len(list(tmp_path.glob("registry.before-*.db"))) == 1


def test_a_newer_registry_is_refused_and_left_alone(
    db: Database, sqlite_only: None, db_path: Path
) -> None:
    PatientService(db).create_patient(sample_patient())
    db.dispose()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = _rows(db_path, "patient")
    with pytest.raises(SchemaTooNewError) as caught:
        open_database(db_path)
    assert "newer version" in caught.value.message.en and caught.value.message.fr
    assert _rows(db_path, "alembic_version") == [("9999_from_the_future",)]
    assert _rows(db_path, "patient") == before
    assert list(db_path.parent.glob("*.before-*")) == []


def _rebuild_patient_table(conn: sa.Connection) -> None:
    """What an Alembic batch migration does on SQLite: copy, drop, rename."""
    ops = Operations(MigrationContext.configure(conn))
    with ops.batch_alter_table("patient", recreate="always") as batch:
        batch.add_column(sa.Column("extra", sa.Integer(), nullable=True))


def test_a_table_rebuild_during_an_upgrade_keeps_the_news(
    db: Database, sqlite_only: None, db_path: Path
) -> None:
    p = PatientService(db).create_patient(sample_patient())
    FollowupService(db).add_followup(
        p.id, {"visit_date": dt.date(2017, 1, 1), "vital_status": "ALIVE_NED"}
    )
    with migrations.schema_change(db) as conn:
        _rebuild_patient_table(conn)
    assert len(_rows(db_path, "followup")) == 1
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_without_that_care_the_rebuild_would_cascade(
    db: Database, sqlite_only: None, db_path: Path
) -> None:
    # The danger schema_change() guards against is real: the same rebuild with the
    # connection's foreign keys on deletes every piece of news.
    p = PatientService(db).create_patient(sample_patient())
    FollowupService(db).add_followup(
        p.id, {"visit_date": dt.date(2017, 1, 1), "vital_status": "ALIVE_NED"}
    )
    with db.engine.begin() as conn:
        _rebuild_patient_table(conn)
    assert _rows(db_path, "followup") == []


def test_an_older_registry_with_a_broken_link_still_opens(tmp_path: Path, capsys) -> None:
    # An orphan piece of news typed in by hand must not lock the user out: the upgrade
    # goes through and `check` names the problem.
    from hepmeta_desktop.cli import main

    path = tmp_path / "registry.db"
    _old_registry(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO followup (id, patient_id, version, created_at, updated_at, visit_date, "
            f"vital_status) VALUES (8, 99, 1, '{NOW}', '{NOW}', '2017-01-01', 'LOST')"
        )
    conn.close()
    open_database(path).dispose()
    assert main(["--lang", "en", "--db", str(path), "check"]) == 1
    assert "foreign_key_check: table followup rowid 8 -> patient" in capsys.readouterr().out


def test_a_schema_change_that_breaks_links_is_rolled_back(
    db: Database, db_path: Path, sqlite_only: None
) -> None:
    from hepmeta_desktop.errors import DatabaseError

    p = PatientService(db).create_patient(sample_patient())
    FollowupService(db).add_followup(
        p.id, {"visit_date": dt.date(2017, 1, 1), "vital_status": "ALIVE_NED"}
    )
    with pytest.raises(DatabaseError, match="break links"), migrations.schema_change(db) as conn:
        conn.exec_driver_sql("DELETE FROM patient")
    assert len(_rows(db_path, "patient")) == 1 and len(_rows(db_path, "followup")) == 1
