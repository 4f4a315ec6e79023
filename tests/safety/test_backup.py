"""Backups: rotation with fake dates, verified copies, the scheduler, and the restore drill."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import TODAY, sample_patient

from hepmeta_desktop.db import open_database
from hepmeta_desktop.errors import DatabaseError, PermissionDeniedError
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.backup import (
    BackupScheduler,
    backup_folder,
    backup_now,
    backups_to_keep,
    check_file,
    list_backups,
    rotate,
    set_backup_folder,
)
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.services.permissions import ADMIN, SECRETARY, SURGEON
from hepmeta_desktop.services.restore import restore_backup
from hepmeta_desktop.services.sessions import SessionRegistry

# SQLite only: backups copy the file itself (skipped when the db fixture is PostgreSQL).
pytestmark = pytest.mark.usefixtures("sqlite_only")


def D(y: int, m: int, d: int, h: int = 12, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi)


def test_rotation_keeps_last_daily_weekly_monthly() -> None:
    # One backup a day at noon from 1 Jan 2025 to Thursday 26 Nov 2026.
    days = [
        D(2025, 1, 1) + dt.timedelta(days=i)
        for i in range((D(2026, 11, 26) - D(2025, 1, 1)).days + 1)
    ]
    keep = backups_to_keep(days)
    last_ten = {D(2026, 11, d) for d in range(17, 27)}  # also covers the 7 daily
    weekly = {D(2026, 11, 15), D(2026, 11, 8), D(2026, 11, 1), D(2026, 10, 25),
              D(2026, 10, 18), D(2026, 10, 11)}  # Sundays; 22 Nov is already kept  # fmt: skip
    monthly = {D(2026, 10, 31), D(2026, 9, 30), D(2026, 8, 31), D(2026, 7, 31), D(2026, 6, 30),
               D(2026, 5, 31), D(2026, 4, 30), D(2026, 3, 31), D(2026, 2, 28), D(2026, 1, 31),
               D(2025, 12, 31)}  # fmt: skip
    assert keep == last_ten | weekly | monthly
    assert len(keep) == 27


def test_rotation_with_many_backups_a_day() -> None:
    # Every 20 minutes on 26 Nov, plus one a day on the 6 days before.
    today = [D(2026, 11, 26, 8) + dt.timedelta(minutes=20 * i) for i in range(30)]
    before = [D(2026, 11, 26 - k, 17) for k in range(1, 7)]
    keep = backups_to_keep(today + before)
    assert set(sorted(today)[-10:]) <= keep  # the last ten
    assert set(before) <= keep  # the newest of each of the other 6 days
    assert not (set(sorted(today)[:-10]) & keep)  # the older ones of today go
    assert backups_to_keep([]) == set()


def test_rotate_deletes_files_the_rotation_drops(tmp_path: Path) -> None:
    stamps = [D(2026, 1, 1) + dt.timedelta(hours=6 * i) for i in range(60)]
    for t in stamps:
        (tmp_path / f"registry-{t:%Y%m%d-%H%M%S}.db").write_bytes(b"x")
    (tmp_path / "other-file.txt").write_text("not a backup")
    deleted = rotate(tmp_path, "registry")
    left = sorted(p.name for p in tmp_path.glob("registry-*.db"))
    expected = sorted(f"registry-{t:%Y%m%d-%H%M%S}.db" for t in backups_to_keep(stamps))
    assert left == expected and len(deleted) == 60 - len(expected)
    assert (tmp_path / "other-file.txt").exists()


def _patients(db, n: int) -> None:  # type: ignore[no-untyped-def]
    service = PatientService(db, "system", today=lambda: TODAY)
    for i in range(n):
        service.create_patient(sample_patient(record_number=f"R{i:03d}", last_name=f"Nom{i}"))


def test_backup_is_verified_standalone_and_counted(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _patients(db, 5)
    seen: list[tuple[int, int]] = []
    info = backup_now(db, tmp_path / "usb", progress=lambda done, total: seen.append((done, total)))
    assert info.path.parent == tmp_path / "usb" and info.patients == 5
    assert check_file(info.path) == []
    assert not Path(f"{info.path}-wal").exists()
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert seen and seen[-1][0] == seen[-1][1]
    assert not list((tmp_path / "usb").glob(".*partial"))
    [listed] = list_backups(tmp_path / "usb", db.path.stem)
    assert (listed.path, listed.patients, listed.size) == (info.path, 5, info.path.stat().st_size)


def test_backup_folder_setting_and_rights(db, accounts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert backup_folder(db) == db.path.parent / "registry-backups"
    with pytest.raises(PermissionDeniedError):
        set_backup_folder(db, tmp_path / "usb", accounts[SURGEON])
    set_backup_folder(db, tmp_path / "usb", accounts[ADMIN])
    assert backup_folder(db) == tmp_path / "usb"
    with pytest.raises(PermissionDeniedError):
        backup_now(db, user=accounts[SECRETARY])
    assert backup_now(db, user=accounts[ADMIN]).path.parent == tmp_path / "usb"


def test_scheduler_backs_up_only_after_changes_and_interval(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    set_backup_folder(db, tmp_path / "b", "system")
    clock = [0.0]
    scheduler = BackupScheduler(db, interval_minutes=10, clock=lambda: clock[0])
    clock[0] = 11 * 60
    assert scheduler.tick() is None  # nothing changed
    _patients(db, 1)
    clock[0] = 12 * 60
    first = scheduler.tick()
    assert first is not None and first.patients == 1
    PatientService(db, "system", today=lambda: TODAY).create_patient(
        sample_patient(record_number="X2", last_name="Autre")
    )
    clock[0] = 15 * 60
    assert scheduler.tick() is None  # changed, but only 3 minutes since the last one
    closing = scheduler.on_close()
    assert closing is not None and closing.patients == 2
    assert scheduler.on_close() is None  # nothing new since


def test_restore_drill(db, accounts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _patients(db, 3)
    good = backup_now(db, tmp_path / "b", user=accounts[ADMIN])
    _patients_after = PatientService(db, accounts[SECRETARY], today=lambda: TODAY)
    _patients_after.create_patient(sample_patient(record_number="LATE", last_name="Tardive"))
    # A power cut now: the file as it is on disk, the latest save still in the -wal only.
    path = tmp_path / "crashed" / "registry.db"
    path.parent.mkdir()
    for ext in ("", "-wal"):
        shutil.copyfile(f"{db.path}{ext}", f"{path}{ext}")
    db.dispose()
    assert Path(f"{path}-wal").stat().st_size > 0
    with pytest.raises(PermissionDeniedError):
        restore_backup(path, good.path, user=accounts[SURGEON])
    aside = restore_backup(path, good.path, user=accounts[ADMIN])
    # The replaced file, with its -wal, still holds the patient typed after the backup.
    with sqlite3.connect(aside) as conn:
        assert conn.execute("SELECT count(*) FROM patient").fetchone()[0] == 4
    restored = open_database(path)
    try:
        assert PatientService(restored).count() == 3
        events = [
            e for e in AuditService(restored, accounts[ADMIN]).entries() if e.action == "restore"
        ]
        assert len(events) == 1 and events[0].user == "admin"
        assert good.path.name in (events[0].new_value or "")
    finally:
        restored.dispose()


def test_restore_refuses_damaged_backup_and_open_sessions(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _patients(db, 3)
    good = backup_now(db, tmp_path / "b")
    bad = tmp_path / "b" / "registry-20200101-000000.db"
    shutil.copyfile(good.path, bad)
    with bad.open("r+b") as fh:  # wreck the b-tree page headers past the schema page
        size = bad.stat().st_size
        for page in range(1, size // 4096):
            fh.seek(page * 4096)
            fh.write(b"\xff" * 8)
    assert check_file(bad)
    before = db.path.read_bytes()
    with pytest.raises(DatabaseError) as refused:
        restore_backup(db.path, bad)
    assert "endommagée" in refused.value.text("fr") and "damaged" in refused.value.text("en")
    assert db.path.read_bytes() == before
    other = SessionRegistry(db)
    other.register("sec", host="PC-ACCUEIL")
    with pytest.raises(DatabaseError) as busy:
        restore_backup(db.path, good.path)
    assert "PC-ACCUEIL" in busy.value.text("en")
    db.dispose()
    restore_backup(db.path, good.path, force=True)
