"""Opening the database: where it lives, connection settings, write locks."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from conftest import sample_patient
from sqlalchemy import event, text

from core.helpers import dump
from hepmeta_desktop import db as db_module
from hepmeta_desktop.db import Database, default_database_path, open_database, resolve_url
from hepmeta_desktop.errors import DatabaseError
from hepmeta_desktop.services.patients import PatientService


def test_where_the_database_is(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv(db_module.ENV_VAR, raising=False)
    from platformdirs import user_data_dir

    default = default_database_path()
    assert default == Path(user_data_dir("HepMeta", appauthor=False)) / "hepmeta.db"
    assert resolve_url() == f"sqlite:///{default.resolve()}"
    monkeypatch.setenv(db_module.ENV_VAR, str(tmp_path / "env.db"))
    assert resolve_url() == f"sqlite:///{(tmp_path / 'env.db').resolve()}"
    assert resolve_url(tmp_path / "opt.db") == f"sqlite:///{(tmp_path / 'opt.db').resolve()}"
    url = "postgresql+psycopg://u:secret@host/registry"
    assert resolve_url(url) == url


def test_display_name_never_shows_a_password(db: Database, sqlite_only: None) -> None:
    assert db.display_name == "registry.db" and db.path is not None and db.path.exists()
    other = Database("postgresql+psycopg://u:secret@host/reg", db.engine)
    assert "secret" not in other.display_name


def test_every_connection_has_the_safety_settings(db: Database, sqlite_only: None) -> None:
    # Two connections at once: both fresh from the pool, each set up on connect.
    with db.engine.connect() as a, db.engine.connect() as b:
        for conn in (a, b):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == db_module.BUSY_TIMEOUT_MS
    with db.read() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with db.write() as s:
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2


def test_writes_begin_immediate_reads_do_not(db: Database, sqlite_only: None) -> None:
    seen: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _capture(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        seen.append(statement.strip().upper())

    with db.write() as s:
        s.execute(text("SELECT 1"))
    assert seen[0] == "BEGIN IMMEDIATE"
    seen.clear()
    with db.read() as s:
        s.execute(text("SELECT 1"))
    assert seen[0] == "BEGIN"


def test_an_open_write_holds_the_lock_from_its_first_statement(
    db: Database, sqlite_only: None
) -> None:
    other = sqlite3.connect(str(db.path), timeout=0.05, isolation_level=None)
    try:
        with db.write() as s:
            s.execute(text("SELECT 1"))
            # Only read so far: a deferred BEGIN would hold no write lock at this point.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            # Readers are not blocked (WAL).
            assert other.execute("SELECT count(*) FROM patient").fetchone() == (0,)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_second_writer_waits_then_succeeds(
    db: Database, sqlite_only: None, db_path: Path
) -> None:
    second = open_database(db_path)
    done: list[int] = []
    try:
        with db.write() as s:
            s.execute(text("SELECT 1"))
            worker = threading.Thread(
                target=lambda: done.append(
                    PatientService(second, "bob").create_patient(sample_patient()).id
                )
            )
            worker.start()
            worker.join(0.3)
            assert worker.is_alive() and done == []  # waiting for the lock, not failing
        worker.join(10)
        assert done and PatientService(db).count() == 1
    finally:
        second.dispose()


def test_a_busy_database_gives_a_clear_error_and_writes_nothing(
    db: Database, sqlite_only: None, db_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 50)
    impatient = open_database(db_path)
    try:
        before = dump(db)
        with db.write() as s:
            s.execute(text("SELECT 1"))
            with pytest.raises(DatabaseError) as caught:
                PatientService(impatient, "bob").create_patient(sample_patient())
        assert "busy" in caught.value.message.en and "occupée" in caught.value.message.fr
        assert dump(db) == before
    finally:
        impatient.dispose()


def test_missing_file_is_refused_when_not_creating(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(tmp_path / "nope.db", create=False)
    assert "nope.db" in caught.value.message.en
    assert not (tmp_path / "nope.db").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    bogus = tmp_path / "letter.db"
    bogus.write_bytes(b"Dear colleague, " * 100)
    with pytest.raises(DatabaseError) as caught:
        open_database(bogus)
    assert "not a HepMeta database" in caught.value.message.en and caught.value.message.fr
    assert bogus.read_bytes() == b"Dear colleague, " * 100


def test_another_applications_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('x')")
    conn.close()
    with pytest.raises(DatabaseError):
        open_database(foreign)
    conn = sqlite3.connect(foreign)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    conn.close()
    assert names == ["contacts"]


def test_an_empty_file_becomes_a_new_registry(tmp_path: Path) -> None:
    empty = tmp_path / "new.db"
    empty.touch()
    db = open_database(empty)
    try:
        assert PatientService(db).count() == 0
    finally:
        db.dispose()
