"""A deleted record's id is never given to a new one, so its audit trail stays its own."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from hepmeta_desktop import migrations
from hepmeta_desktop.db import Database, create_db_engine, open_database
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService
from tests.conftest import TODAY, sample_patient


def _today() -> dt.date:
    return TODAY


def test_new_news_never_takes_a_deleted_news_id(db) -> None:  # type: ignore[no-untyped-def]
    patients = PatientService(db, "ana", today=_today)
    news = FollowupService(db, "ana", today=_today)
    p = patients.create_patient(sample_patient())
    first = news.add_followup(
        p.id, {"visit_date": dt.date(2017, 1, 5), "vital_status": "ALIVE_NED"}
    )
    last = news.add_followup(p.id, {"visit_date": dt.date(2018, 1, 5), "vital_status": "ALIVE_NED"})
    news.delete_followup(last.id, expected_version=last.version, reason="doublon")
    again = news.add_followup(
        p.id, {"visit_date": dt.date(2019, 1, 5), "vital_status": "ALIVE_NED"}
    )
    assert again.id not in (first.id, last.id)
    trail = [r for r in AuditService(db, "ana").patient_history(p.id) if r.record_id == again.id]
    assert {r.action for r in trail if r.table_name == "followup"} == {"create"}


def test_upgrade_to_autoincrement_keeps_rows_and_skips_ids_the_trail_has_seen(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.db"
    old = Database(f"sqlite:///{path}", create_db_engine(f"sqlite:///{path}"))
    migrations.upgrade(old, "0003")
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO patient (id, version, created_at, updated_at, name_key, record_number,"
                " last_name, first_name) VALUES (3, 1, '2020-01-01', '2020-01-01', 'a b', 'R3', 'A', 'B')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO audit_log (at_utc, user, action, table_name, record_id, patient_id,"
                " field, new_value) VALUES ('2020-01-01', 'u', 'create', 'followup', 41, 9, 'notes', 'x')"
            )
        )
    old.dispose()
    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT record_number FROM patient")).scalars().all() == ["R3"]
        seq = dict(conn.execute(text("SELECT name, seq FROM sqlite_sequence")).all())
    assert seq["patient"] == 9 and seq["followup"] == 41
    fresh = PatientService(db, "ana", today=_today).create_patient(
        sample_patient(record_number="R10")
    )
    assert fresh.id == 10
    db.dispose()
