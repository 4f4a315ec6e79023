"""Crash safety: a writer killed at random never loses an acknowledged save; disk full."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import TODAY, sample_patient
from sqlalchemy import event

from hepmeta_desktop.db import open_database
from hepmeta_desktop.errors import DatabaseError
from hepmeta_desktop.services.patients import PatientService

pytestmark = pytest.mark.usefixtures("sqlite_only")
CHILD = Path(__file__).with_name("writer_child.py")
ROOT = Path(__file__).parents[2]


def _start(path: Path, prefix: str, count: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), prefix, str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    return child


def _wait_ready(child: subprocess.Popen[str]) -> None:
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "ready", (line, child.stderr.read() if child.stderr else "")


def _check_file(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return {r[0] for r in conn.execute("SELECT record_number FROM patient")}


@pytest.mark.slow
def test_kill_during_saves_never_loses_an_acknowledged_one(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = db.path
    db.dispose()
    rng = random.Random(20261126)
    runs, acknowledged_total = 50, 0
    # The next two children start (imports, open the file) while the current one writes.
    upcoming = [_start(path, f"K{k:02d}", 1000) for k in range(2)]
    for run in range(runs):
        child = upcoming.pop(0)
        _wait_ready(child)
        if run + 2 < runs:
            upcoming.append(_start(path, f"K{run + 2:02d}", 1000))
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write("go\n")
        child.stdin.flush()
        time.sleep(rng.uniform(0.05, 1.0))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        acknowledged = {line.strip() for line in out.splitlines() if line.strip()}
        present = _check_file(path)
        missing = acknowledged - present
        assert not missing, f"run {run}: acknowledged but lost: {sorted(missing)[:5]}"
        acknowledged_total += len(acknowledged)
    assert acknowledged_total > runs  # the kills really fell in the middle of saving
    reopened = open_database(path)  # and the application opens it again (quick_check)
    reopened.dispose()


@pytest.mark.slow
def test_two_copies_write_at_once_without_lock_errors(db) -> None:  # type: ignore[no-untyped-def]
    path = db.path
    children = [_start(path, prefix, 500) for prefix in ("A", "B")]
    for child in children:
        _wait_ready(child)
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err[-2000:]
        assert "locked" not in err and len(out.split()) == 500
    present = _check_file(path)
    assert {f"{p}-{i:04d}" for p in "AB" for i in range(500)} <= present
    assert PatientService(db).count() == 1000


def _snapshot(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        patients = conn.exec_driver_sql("SELECT count(*) FROM patient").scalar()
        audit = conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar()
    return int(patients or 0), int(audit or 0)


def test_disk_full_keeps_the_typed_values_and_the_database(db) -> None:  # type: ignore[no-untyped-def]
    service = PatientService(db, "sec", today=lambda: TODAY)
    service.create_patient(sample_patient(record_number="FIRST"))
    before = _snapshot(db)
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _no_room(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # The file may not grow by one page: what a full disk does to SQLite.
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    typed = sample_patient(record_number="SECOND", last_name="Durand", notes="x" * 9000)
    as_typed = dict(typed)
    with pytest.raises(DatabaseError) as caught:
        service.create_patient(typed)
    assert "disque" in caught.value.text("fr") and "disk" in caught.value.text("en")
    assert "Nothing was saved" in caught.value.text("en")
    assert typed == as_typed  # the form's values are untouched, ready to save again
    event.remove(db.engine, "connect", _no_room)
    db.engine.dispose()
    assert _snapshot(db) == before


def test_read_only_database_refuses_plainly(db) -> None:  # type: ignore[no-untyped-def]
    service = PatientService(db, "sec", today=lambda: TODAY)
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _read_only(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA query_only = ON")

    with pytest.raises(DatabaseError) as caught:
        service.create_patient(sample_patient())
    assert "lecture seule" in caught.value.text("fr") and "read-only" in caught.value.text("en")
    event.remove(db.engine, "connect", _read_only)
    db.engine.dispose()
    assert _snapshot(db) == (0, 0)
