"""Two PCs on one PostgreSQL registry: waits, conflicts and lost connections, interleaved
deterministically with a held row lock."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import (
    ConflictError,
    DatabaseError,
    DuplicateRecordNumberError,
    ValidationError,
)
from hepmeta_desktop.models import FollowUp, Patient
from hepmeta_desktop.services import audit
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import LOCK_PATIENT, PatientService, name_key

pytestmark = pytest.mark.postgres
TODAY = dt.date(2026, 11, 26)


def service(db: Database, user: str) -> PatientService:
    return PatientService(db, user, today=lambda: TODAY)


def in_thread(action: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except Exception as exc:  # handed to the test, which asserts on its type
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def wait_until_blocked(db: Database, thread: threading.Thread) -> None:
    """Until another session of this database waits on a lock (the thread's save)."""
    probe = create_engine(db.engine.url)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with probe.connect() as conn:
                waiting = conn.execute(
                    text(
                        "SELECT COUNT(*) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                    )
                ).scalar_one()
            if waiting:
                return
            assert thread.is_alive(), "the second save did not wait for the first"
            time.sleep(0.02)
        raise AssertionError("the second save never waited on the row lock")
    finally:
        probe.dispose()


def test_a_save_waiting_on_another_pc_reports_a_conflict(pg_db: Database, patient_values) -> None:
    """READ COMMITTED + SELECT ... FOR UPDATE: the waiting save re-reads the committed
    version and refuses, instead of overwriting the first PC's change."""
    first = service(pg_db, "ward-pc-1").create_patient(patient_values())
    second = service(pg_db, "ward-pc-2")
    with pg_db.write() as s:
        row = s.get(Patient, first.id, with_for_update=True)
        thread, outcome = in_thread(
            lambda: second.update_patient(
                first.id, {"margin_mm": 15.0}, expected_version=1, reason="report"
            )
        )
        wait_until_blocked(pg_db, thread)
        row.surgery.margin_mm, row.version = 11.0, 2
        s.flush()
        audit.write_changes(
            s,
            user="ward-pc-1",
            action=audit.UPDATE,
            table_name="liver_surgery",
            record_id=row.id,
            patient_id=row.id,
            version=2,
            changes=[("margin_mm", "12", "11")],
            reason="typo",
        )
    thread.join(20)
    assert isinstance(outcome.get("error"), ConflictError), outcome
    assert outcome["error"].changes[0][:2] == ("margin_mm", "ward-pc-1")
    kept = second.get_patient(first.id)
    assert (kept.version, kept["margin_mm"]) == (2, 11.0)


def test_the_same_record_number_typed_on_two_pcs_at_once(pg_db: Database, patient_values) -> None:
    second = service(pg_db, "ward-pc-2")
    with pg_db.write() as s:
        s.add(
            Patient(
                record_number="2024-0100",
                last_name="Martin",
                first_name="Anne",
                name_key=name_key("Martin", "Anne"),
            )
        )
        s.flush()
        thread, outcome = in_thread(
            lambda: second.create_patient(patient_values(record_number="2024-0100"))
        )
        wait_until_blocked(pg_db, thread)
    thread.join(20)
    error = outcome.get("error")
    assert isinstance(error, DuplicateRecordNumberError), outcome
    assert error.existing_patient_id == second.find_by_record_number("2024-0100").id
    assert second.count() == 1


def test_a_connection_lost_during_a_save_is_reported_and_recovered(
    pg_db: Database, patient_values
) -> None:
    killer = create_engine(pg_db.engine.url, isolation_level="AUTOCOMMIT")
    try:
        with pytest.raises(DatabaseError) as lost, pg_db.write() as s:
            backend = s.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with killer.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": backend})
            s.execute(text("SELECT 1"))
    finally:
        killer.dispose()
    assert lost.value.message.en == (
        "The connection to the database server was lost. Nothing was saved; what you typed is kept."
    )
    assert "perdue" in lost.value.message.fr
    # The next action reconnects by itself.
    assert service(pg_db, "ward-pc-1").create_patient(patient_values()).id == 1


def test_a_serialization_failure_is_reported_plainly(pg_db: Database, patient_values) -> None:
    made = service(pg_db, "ward-pc-1").create_patient(patient_values())
    other = create_engine(pg_db.engine.url, isolation_level="AUTOCOMMIT")
    try:
        with pytest.raises(DatabaseError) as failed, pg_db.write() as s:
            # A server configured for REPEATABLE READ would behave like this.
            s.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
            s.execute(text("SELECT version FROM patient WHERE id = :i"), {"i": made.id})
            with other.connect() as conn:
                conn.execute(text("UPDATE patient SET notes = 'a' WHERE id = :i"), {"i": made.id})
            s.execute(text("UPDATE patient SET notes = 'b' WHERE id = :i"), {"i": made.id})
    finally:
        other.dispose()
    assert failed.value.message.en.startswith("Another PC was saving at the same moment")
    assert "Nothing was saved" in failed.value.message.en


def test_news_rules_hold_when_two_pcs_change_the_same_file(pg_db: Database, patient_values) -> None:
    """A death typed on one PC while another saves later 'alive' news: the second to save
    sees the first's news and is refused, instead of both passing the rule."""
    patient = service(pg_db, "ward-pc-1").create_patient(patient_values())
    news = FollowupService(pg_db, "ward-pc-2", today=lambda: TODAY)
    first = news.add_followup(
        patient.id, {"visit_date": dt.date(2017, 1, 1), "vital_status": "ALIVE_NED"}
    )
    death = {"vital_status": "DEAD", "death_date": dt.date(2017, 1, 1), "cause_of_death": "DISEASE"}
    with pg_db.write() as s:  # ward PC 1 is saving news of 2019, 'alive'
        s.get(Patient, patient.id, with_for_update=LOCK_PATIENT)
        now = dt.datetime(2026, 11, 26, 10, 0)
        s.add(
            FollowUp(
                patient_id=patient.id, version=1, created_at=now, updated_at=now,
                visit_date=dt.date(2019, 1, 1), vital_status="ALIVE_NED",
            )
        )  # fmt: skip
        s.flush()
        thread, outcome = in_thread(
            lambda: news.update_followup(first.id, death, expected_version=1, reason="call")
        )
        wait_until_blocked(pg_db, thread)
    thread.join(20)
    error = outcome.get("error")
    assert isinstance(error, ValidationError), outcome
    assert "alive after this death" in error.messages("en")["death_date"]
    assert [f["vital_status"] for f in news.list_followups(patient.id)] == ["ALIVE_NED"] * 2
