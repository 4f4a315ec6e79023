"""The audit trail: one row per changed field, in the same transaction, never altered."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy.exc
from conftest import sample_patient
from sqlalchemy import text

from core.helpers import dump
from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.db import Database
from hepmeta_desktop.services import audit
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.patients import PatientService


def test_create_writes_one_row_per_recorded_field(db: Database, patients) -> None:
    values = sample_patient()
    p = patients.create_patient(values)
    rows = AuditService(db).patient_history(p.id)
    recorded = {k for k, v in values.items() if v is not None}
    assert sorted(r.field for r in rows) == sorted(recorded)
    for r in rows:
        assert (r.user, r.action, r.record_id, r.old_value, r.reason) == (
            "alice",
            "create",
            p.id,
            None,
            None,
        )
        assert r.new_value == dd.format_plain(dd.var(r.field), values[r.field])
        assert abs(dt.datetime.now(dt.UTC).replace(tzinfo=None) - r.at_utc).total_seconds() < 60
    tables = {r.field: r.table_name for r in rows}
    assert tables["last_name"] == "patient" and tables["margin_mm"] == "liver_surgery"
    assert tables["er_status" if "er_status" in tables else "breast_surgery_type"] == (
        "breast_primary"
    )


def test_update_writes_only_changed_fields_with_user_and_reason(db: Database) -> None:
    p = PatientService(db, "alice").create_patient(sample_patient())
    bob = PatientService(db, "bob")
    bob.update_patient(
        p.id,
        {"margin_mm": 8.5, "phone": "01 02", "surgeon": "Dr Benali"},
        expected_version=1,
        reason="  pathology report  ",
    )
    rows = [r for r in AuditService(db).patient_history(p.id) if r.action == "update"]
    assert {(r.field, r.old_value, r.new_value) for r in rows} == {
        ("margin_mm", "12", "8.5"),
        ("phone", None, "01 02"),
    }
    assert {(r.user, r.reason, r.table_name) for r in rows} == {
        ("bob", "pathology report", "liver_surgery"),
        ("bob", "pathology report", "patient"),
    }


def test_saving_nothing_new_writes_nothing(db: Database, patients) -> None:
    p = patients.create_patient(sample_patient())
    before = dump(db)
    same = patients.update_patient(p.id, {"margin_mm": 12}, expected_version=1, reason="none")
    assert same.version == 1 and dump(db) == before


def test_news_and_deletions_are_in_the_patients_history(db: Database, patients, news) -> None:
    p = patients.create_patient(sample_patient())
    f = news.add_followup(p.id, {"visit_date": dt.date(2020, 1, 1), "vital_status": "ALIVE_NED"})
    news.update_followup(f.id, {"notes": "phone call"}, expected_version=1, reason="added")
    news.delete_followup(f.id, expected_version=2, reason="wrong patient")
    rows = [r for r in AuditService(db).patient_history(p.id) if r.table_name == "followup"]
    assert [(r.action, r.field, r.old_value, r.new_value) for r in rows] == [
        ("create", "visit_date", None, "2020-01-01"),
        ("create", "vital_status", None, "ALIVE_NED"),
        ("update", "notes", None, "phone call"),
        ("delete", "visit_date", "2020-01-01", None),
        ("delete", "vital_status", "ALIVE_NED", None),
        ("delete", "notes", "phone call", None),
    ]
    assert rows[-1].reason == "wrong patient"
    patients.delete_patient(p.id, expected_version=1, reason="test patient")
    history = AuditService(db).patient_history(p.id)  # outlives the patient
    deleted = {r.field for r in history if r.action == "delete" and r.table_name != "followup"}
    assert deleted == {k for k, v in sample_patient().items() if v is not None}


def test_the_database_refuses_to_alter_or_delete_audit_rows(db: Database, patients) -> None:
    patients.create_patient(sample_patient())
    before = dump(db)
    for sql in (
        "UPDATE audit_log SET new_value = 'forged' WHERE id = 1",
        "UPDATE audit_log SET \"user\" = 'mallory'",  # quoted: reserved on PostgreSQL
        "DELETE FROM audit_log WHERE id = 1",
        "DELETE FROM audit_log",
    ):
        with (
            pytest.raises(sqlalchemy.exc.DatabaseError, match="cannot be changed"),
            db.engine.begin() as conn,
        ):
            conn.execute(text(sql))
    assert dump(db) == before


@pytest.mark.parametrize("operation", ["create", "update", "delete", "add_news", "edit_news"])
def test_a_failure_before_the_audit_rows_leaves_nothing(
    db: Database, patients, news, monkeypatch, operation: str
) -> None:
    p = patients.create_patient(sample_patient(record_number="KEEP"))
    f = news.add_followup(p.id, {"visit_date": dt.date(2020, 1, 1), "vital_status": "ALIVE_NED"})
    before = dump(db)

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("power cut between the data and its audit rows")

    monkeypatch.setattr(audit, "write_changes", broken)
    actions = {
        "create": lambda: patients.create_patient(
            sample_patient(record_number="NEW", first_name="Anne")
        ),
        "update": lambda: patients.update_patient(
            p.id, {"phone": "01"}, expected_version=1, reason="r"
        ),
        "delete": lambda: patients.delete_patient(p.id, expected_version=1, reason="r"),
        "add_news": lambda: news.add_followup(
            p.id, {"visit_date": dt.date(2021, 1, 1), "vital_status": "ALIVE_NED"}
        ),
        "edit_news": lambda: news.update_followup(
            f.id, {"notes": "x"}, expected_version=1, reason="r"
        ),
    }
    with pytest.raises(RuntimeError, match="power cut"):
        actions[operation]()
    assert dump(db) == before


def test_events_and_the_whole_trail(db: Database, patients) -> None:
    AuditService(db, "carol").log_event("export", "Table 1 to Word")
    p = patients.create_patient(sample_patient())
    entries = AuditService(db).entries()
    assert (entries[0].user, entries[0].action, entries[0].new_value) == (
        "carol",
        "export",
        "Table 1 to Word",
    )
    assert all(e.patient_id == p.id for e in entries[1:])
    assert AuditService(db).entries(since_id=entries[0].id, limit=2) == entries[1:3]


def test_a_deleted_patients_id_is_never_given_again(db: Database, patients) -> None:
    first = patients.create_patient(sample_patient(record_number="A", first_name="Anne"))
    second = patients.create_patient(sample_patient(record_number="B", first_name="Berthe"))
    patients.delete_patient(second.id, expected_version=1, reason="entered twice")
    third = patients.create_patient(sample_patient(record_number="C", first_name="Claire"))
    assert len({first.id, second.id, third.id}) == 3
    history = AuditService(db).patient_history(third.id)
    assert {r.action for r in history} == {"create"}
    assert {r.new_value for r in history if r.field == "first_name"} == {"Claire"}
    # Even when every patient was deleted.
    for p in (first, third):
        patients.delete_patient(p.id, expected_version=1, reason="test")
    fourth = patients.create_patient(sample_patient(record_number="D"))
    assert fourth.id > third.id
