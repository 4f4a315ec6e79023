"""Damaged files: byte flips in a real registry are caught on open and never backed up."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import TODAY
from sqlalchemy import text

from hepmeta_desktop.db import open_database
from hepmeta_desktop.errors import CorruptDatabaseError
from hepmeta_desktop.services.backup import backup_now, check_file, default_folder
from hepmeta_desktop.services.demo import create_demo

pytestmark = pytest.mark.usefixtures("sqlite_only")
PAGE = 4096


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A registry of 300 demo patients (checkpointed into one file) and a good backup of it."""
    folder = tmp_path_factory.mktemp("source")
    db = open_database(folder / "registry.db")
    create_demo(db, 300, seed=7, today=TODAY)
    good = backup_now(db, folder / "good", now=dt.datetime(2026, 11, 25, 18, 0))
    db.dispose()  # the last connection checkpoints the WAL into the file
    assert not Path(f"{db.path}-wal").exists()
    return db.path, good.path


def _flip(path: Path, offset: int, length: int) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        data = fh.read(length)
        fh.seek(offset)
        fh.write(bytes(b ^ 0xFF for b in data))


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _cases(size: int) -> list[tuple[int, int]]:
    """(offset, length) in the middle pages: page headers, cell pointers and cell bodies."""
    pages = size // PAGE
    cases = []
    for k, page in enumerate(range(pages // 4, 3 * pages // 4, max(1, pages // 24))):
        within = (0, 8, 40, PAGE // 2, PAGE - 64)[k % 5]
        cases.append((page * PAGE + within, 4))
    return cases


def test_byte_flips_are_detected_and_never_backed_up(registry, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source, good = registry
    detected = 0
    cases = _cases(source.stat().st_size)
    assert len(cases) >= 10
    for i, (offset, length) in enumerate(cases):
        case = tmp_path / f"flip{i}"
        case.mkdir()
        path = case / "registry.db"
        shutil.copyfile(source, path)
        backups = default_folder(path)
        backups.mkdir()
        kept = backups / good.name
        shutil.copyfile(good, kept)
        _flip(path, offset, length)
        damage = check_file(path)  # full integrity_check
        quick = check_file(path, quick=True)
        if quick:
            # Open refuses before anything is written, and names the good backup.
            before = path.read_bytes()
            with pytest.raises(CorruptDatabaseError) as caught:
                open_database(path)
            assert caught.value.backup == kept
            assert "endommagée" in caught.value.text("fr")
            assert "damaged" in caught.value.text("en") and good.name in caught.value.text("en")
            assert path.read_bytes() == before
        if damage:
            detected += 1
            # Even opened without the check, a damaged file never reaches the backups.
            db = open_database(path, migrate=False, check=False)
            try:
                before_backups = _digest(backups)
                with pytest.raises(CorruptDatabaseError) as refused:
                    backup_now(db)
                assert refused.value.backup == kept
                assert _digest(backups) == before_backups
            finally:
                db.dispose()
        else:
            assert not quick  # quick_check never sees what integrity_check misses
    # Some flips land in free space or inside a value, where SQLite cannot see them;
    # most, in page headers and cell pointers, it does.
    assert detected >= len(cases) // 3, (detected, len(cases))


def test_corruption_found_while_working_is_reported_as_such(registry, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source, good = registry
    path = tmp_path / "registry.db"
    shutil.copyfile(source, path)
    db = open_database(path)
    try:
        # The file gets damaged under a running copy (a failing disk): the next save
        # reports the damage plainly instead of a raw SQLite error.
        with sqlite3.connect(path) as conn:
            root = conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = 'followup'"
            ).fetchone()[0]
        db.engine.dispose()
        _flip(path, (root - 1) * PAGE, 8)
        with pytest.raises(CorruptDatabaseError) as caught, db.write() as s:
            s.execute(text("DELETE FROM followup WHERE id = 1"))
        assert "damaged" in caught.value.text("en") and "endommagée" in caught.value.text("fr")
    finally:
        db.dispose()


def _root_page(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[
                0
            ]
        )


def test_large_file_check_at_open_and_the_audit_trail_at_backup(  # type: ignore[no-untyped-def]
    registry, tmp_path: Path, monkeypatch
) -> None:
    """Above FULL_CHECK_BELOW (100,000 patients: 0.9 GB, 5.5 s for a full quick_check), open
    checks every table but the append-only audit trail, which each backup checks in full."""
    from hepmeta_desktop import db as db_module

    monkeypatch.setattr(db_module, "FULL_CHECK_BELOW", 0)
    source, good = registry
    for table, caught_at_open in (("patient", True), ("followup", True), ("audit_log", False)):
        path = tmp_path / table / "registry.db"
        path.parent.mkdir()
        shutil.copyfile(source, path)
        _flip(path, (_root_page(path, table) - 1) * PAGE, 8)
        assert check_file(path)
        if caught_at_open:
            with pytest.raises(CorruptDatabaseError):
                open_database(path)
            continue
        db = open_database(path)
        try:
            with pytest.raises(CorruptDatabaseError):
                backup_now(db, tmp_path / "backups")
            assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())
        finally:
            db.dispose()


def test_the_check_beside_the_start_holds_every_write_until_it_passes(  # type: ignore[no-untyped-def]
    registry, tmp_path: Path, monkeypatch
) -> None:
    """The window's start does not wait for the file's check (0.2 s at 100,000 patients):
    reading starts at once, a write waits for the check and a damaged file refuses it."""
    import threading

    from hepmeta_desktop import db as db_module

    source, good = registry
    path = tmp_path / "registry.db"
    shutil.copyfile(source, path)
    backups = default_folder(path)
    backups.mkdir()
    shutil.copyfile(good, backups / good.name)
    release = threading.Event()
    real_check = db_module._quick_check_problems

    def slow_check(target: Path) -> list[str]:
        release.wait(10)
        return real_check(target)

    monkeypatch.setattr(db_module, "_quick_check_problems", slow_check)
    _flip(path, (_root_page(path, "followup") - 1) * PAGE, 8)  # damage the news table
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    db = open_database(path, check_aside=True)  # returns while the check is still running
    try:
        assert db.integrity is not None and not db.integrity.done()
        with db.read() as s:  # reading does not wait
            assert s.execute(text("SELECT COUNT(*) FROM patient")).scalar() == 300
        outcome: list[BaseException] = []

        def save() -> None:
            try:
                with db.write() as s:
                    s.execute(text("UPDATE patient SET first_name = 'X' WHERE id = 1"))
            except BaseException as exc:  # recorded for the assertion below
                outcome.append(exc)

        writer = threading.Thread(target=save)
        writer.start()
        writer.join(0.3)
        assert writer.is_alive()  # the write waits for the check
        release.set()
        writer.join(10)
        [refused] = outcome
        assert isinstance(refused, CorruptDatabaseError)
        assert refused.backup == backups / good.name
        assert "endommagée" in refused.text("fr")
        with pytest.raises(CorruptDatabaseError):  # and every later write too
            db.ensure_sound()
    finally:
        db.dispose()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # nothing was written

    # A sound file: the write goes through once the check has passed.
    sound = tmp_path / "sound.db"
    shutil.copyfile(source, sound)
    db = open_database(sound, check_aside=True)
    try:
        with db.write() as s:
            s.execute(text("UPDATE patient SET first_name = 'X' WHERE id = 1"))
        assert db.integrity is not None and db.integrity.done()
    finally:
        db.dispose()
