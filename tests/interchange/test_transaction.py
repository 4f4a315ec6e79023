"""All or nothing for real: a cancel mid-write rolls back; a process killed mid-import
leaves the registry exactly as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ix_fixtures import big_workbook
from sqlalchemy import func, select

from hepmeta_desktop.db import Database, open_database
from hepmeta_desktop.models import AuditEntry, FollowUp, Patient
from hepmeta_desktop.services.interchange import WRITE, Cancelled, import_file
from hepmeta_desktop.services.patients import PatientService
from tests.conftest import sample_patient


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(  # type: ignore[return-value]
            int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Patient, FollowUp, AuditEntry)
        )


class CancelDuringWrite:
    """Says 'cancel' once the first chunk of patients has been inserted."""

    def __init__(self) -> None:
        self.stages: list[tuple[str, int]] = []

    def report(self, stage: str, done: int, total: int) -> None:
        self.stages.append((stage, done))

    def cancelled(self) -> bool:
        return any(stage == WRITE and done >= 1000 for stage, done in self.stages)


def test_cancel_between_batches_rolls_everything_back(db: Database, tmp_path: Path) -> None:
    PatientService(db).create_patient(sample_patient(record_number="KEEP-1"))
    before = counts(db)
    big = big_workbook(tmp_path / "big.xlsx", 2500, news_per_patient=1)
    progress = CancelDuringWrite()
    with pytest.raises(Cancelled):
        import_file(db, big, user="t", progress=progress)
    assert (WRITE, 1000) in progress.stages  # the first chunk was written, then undone
    assert counts(db) == before


@pytest.mark.slow
def test_killed_import_leaves_the_registry_as_before(tmp_path: Path) -> None:
    # A SQLite file of its own: the -wal file and integrity_check are SQLite's.
    db_path = tmp_path / "killed.db"
    db = open_database(db_path)
    PatientService(db).create_patient(sample_patient(record_number="KEEP-1"))
    before = counts(db)
    db.dispose()  # checkpointed: the -wal file is now empty or absent
    big = big_workbook(tmp_path / "big.xlsx", 6000, news_per_patient=3)
    wal = Path(f"{db_path}-wal")
    start_size = wal.stat().st_size if wal.exists() else 0
    process = subprocess.Popen(
        [sys.executable, "-m", "hepmeta_desktop", "--db", str(db_path), "import", str(big)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        # The write transaction spills pages to the -wal file as it goes: kill it mid-way.
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if wal.stat().st_size > start_size + 2_000_000:
                    break
            except FileNotFoundError:
                pass  # not made yet, or removed as the import's start-up checks close
            time.sleep(0.01)
        assert process.poll() is None, "the import ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    reopened = open_database(db_path)
    try:
        assert counts(reopened) == before
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert PatientService(reopened).find_by_record_number("KEEP-1") is not None
        # and the registry takes writes again at once (no lock left behind)
        PatientService(reopened).create_patient(
            sample_patient(record_number="AFTER-1", last_name="Après")
        )
    finally:
        reopened.dispose()
