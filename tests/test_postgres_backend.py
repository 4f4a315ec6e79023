"""The same registry on PostgreSQL: migrations, append-only audit trail, values, sequences."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import joinedload

from hepmeta_desktop import migrations
from hepmeta_desktop.db import Database, open_database
from hepmeta_desktop.errors import ValidationError
from hepmeta_desktop.models import AuditEntry, FollowUp, Patient
from hepmeta_desktop.services.demo import create_demo
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import LOCK_PATIENT, PatientService
from hepmeta_desktop.services.quality import database_integrity

REFUSED = "audit_log rows cannot be changed or deleted"
TODAY = dt.date(2026, 11, 26)


def service(db: Database, user: str = "secretary") -> PatientService:
    return PatientService(db, user, today=lambda: TODAY)


@pytest.mark.postgres
def test_migrations_go_up_and_down_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        assert migrations.current_revision(db) == migrations.head_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert {"patient", "followup", "audit_log", "app_setting", "alembic_version"} <= tables
        cfg = migrations.alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        assert set(inspect(db.engine).get_table_names()) == {"alembic_version"}
        with db.engine.connect() as conn:
            # The trigger function went with its table.
            assert not conn.execute(
                text("SELECT 1 FROM pg_proc WHERE proname = 'audit_log_read_only'")
            ).first()
        migrations.upgrade(db)
        assert migrations.current_revision(db) == migrations.head_revision()
    finally:
        db.dispose()


def test_audit_trail_refuses_update_and_delete(db: Database, patient_values) -> None:
    service(db).create_patient(patient_values())
    with db.engine.connect() as conn:
        count = conn.execute(text("SELECT COUNT(*) FROM audit_log")).scalar_one()
    assert count > 10
    for sql in ("UPDATE audit_log SET field = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(sa_exc.DBAPIError, match=REFUSED), db.engine.begin() as conn:
            conn.execute(text(sql))
    # Appending stays allowed (that is how the trail grows).
    with db.engine.begin() as conn:
        conn.execute(AuditEntry.__table__.insert().values(user="u", action="event", field=""))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM audit_log")).scalar_one() == count + 1


@pytest.mark.postgres
def test_audit_trail_refuses_truncate_on_postgresql(pg_db: Database) -> None:
    with pytest.raises(sa_exc.DBAPIError, match=REFUSED), pg_db.engine.begin() as conn:
        conn.execute(text("TRUNCATE audit_log"))


def test_values_come_back_exactly(db: Database, patient_values) -> None:
    typed = patient_values(
        last_name="N'Guessan-Økland",
        first_name="Zoë",
        largest_size_cm=2.35,
        segments_involved=["IV", "VIII", "II"],
        notes="Deux lignes :\nrésection « R0 » ; 10 % — suivi.",
        ki67_percent=12.5,
    )
    saved = service(db).create_patient(typed)
    back = service(db).get_patient(saved.id)
    assert back.values == saved.values
    assert back["segments_involved"] == "II,IV,VIII"
    assert back["largest_size_cm"] == 2.35 and back["birth_date"] == typed["birth_date"]
    assert back["last_name"] == "N'Guessan-Økland"


def test_new_patients_follow_a_demo_registry(db: Database, patient_values) -> None:
    """The demo inserts explicit ids; PostgreSQL's sequences must not hand them out again."""
    create_demo(db, 5, today=TODAY)
    made = service(db).create_patient(patient_values(record_number="NEW-1"))
    assert made.id == 6
    news = FollowupService(db, "secretary", today=lambda: TODAY).add_followup(
        made.id, {"visit_date": dt.date(2017, 1, 5), "vital_status": "ALIVE_NED"}
    )
    with db.read() as s:
        assert news.id == s.scalar(select(func.count(FollowUp.id)))
    with db.read() as s:
        assert s.scalar(select(AuditEntry.patient_id).order_by(AuditEntry.id.desc())) == 6


def test_a_patient_locked_with_its_parts_loaded(db: Database, patient_values) -> None:
    """The services lock the patient row while loading the whole file in one query;
    PostgreSQL refuses FOR UPDATE on the outer-joined parts unless told which table."""
    made = service(db).create_patient(patient_values())
    whole = [joinedload(Patient.primary), joinedload(Patient.surgery)]
    with db.write() as s:
        p = s.get(Patient, made.id, with_for_update=LOCK_PATIENT, options=whole)
        assert p is not None and p.surgery.margin_mm == 12.0


@pytest.mark.postgres
def test_each_test_gets_an_empty_registry_with_its_guards(pg_server, patient_values) -> None:
    """The pg_db fixture empties the session's database between tests: no row left, ids
    from 1 again, and the audit trail still refuses changes."""
    for _ in range(2):
        db = open_database(pg_server.checkout())
        try:
            assert service(db).count() == 0
            assert service(db).create_patient(patient_values()).id == 1
            with pytest.raises(sa_exc.DBAPIError, match=REFUSED), db.engine.begin() as conn:
                conn.execute(text("DELETE FROM audit_log"))
        finally:
            db.dispose()


@pytest.mark.postgres
def test_check_reports_a_switched_off_audit_guard(pg_db: Database) -> None:
    assert database_integrity(pg_db) == []
    with pg_db.engine.begin() as conn:  # the tables' owner can do this; check must see it
        conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"))
    try:
        assert database_integrity(pg_db) == ["audit_log: trigger audit_log_no_change disabled"]
    finally:
        with pg_db.engine.begin() as conn:
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change"))


def test_a_null_character_is_refused_on_both_back_ends(db: Database, patient_values) -> None:
    """PostgreSQL cannot store U+0000 in text; SQLite could. Validation refuses it, so a
    registry holds the same on both (found by the audit-replay property test on PG)."""
    with pytest.raises(ValidationError) as refused:
        service(db).create_patient(patient_values(notes="appel\x00de la fille"))
    assert "Null character" in refused.value.messages("en")["notes"]
    assert service(db).count() == 0
