"""Server passwords: never in the saved URL, found by libpq in the password file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from hepmeta_desktop.db import open_database
from hepmeta_desktop.errors import DatabaseError
from hepmeta_desktop.services.credentials import (
    password_source,
    pgpass_file,
    remember_password,
    safe_url,
    stored_password,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "postgresql+psycopg://nurse:s3cr%40t@ward-server:5433/registry",
            "postgresql+psycopg://nurse@ward-server:5433/registry",
        ),
        (
            "postgresql+psycopg://nurse@ward-server/registry",
            "postgresql+psycopg://nurse@ward-server/registry",
        ),
        (
            "postgresql+psycopg://nurse@ward-server/registry?password=x&sslmode=require",
            "postgresql+psycopg://nurse@ward-server/registry?sslmode=require",
        ),
        ("sqlite:////data/hepmeta.db", "sqlite:////data/hepmeta.db"),
        ("C:\\HepMeta\\hepmeta.db", "C:\\HepMeta\\hepmeta.db"),
        ("weird://nurse:hunter2@host/x y z", "weird://nurse@host/x y z"),
    ],
)
def test_safe_url_drops_the_password_only(url: str, expected: str) -> None:
    assert safe_url(url) == expected
    assert "s3cr" not in safe_url(url) and "hunter2" not in safe_url(url)


def test_pgpass_file_follows_pgpassfile(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pw.conf"))
    assert pgpass_file() == tmp_path / "pw.conf"
    monkeypatch.delenv("PGPASSFILE")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert pgpass_file() == tmp_path / ".pgpass"


def test_remember_password_writes_a_private_line_and_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "pgpass"
    path.parent.mkdir()
    path.write_text("# ward server\nother:5432:*:bob:pw\n")
    url = "postgresql+psycopg://nurse:old%3Apw%5C@srv:5433/reg"
    assert remember_password(url, path) == "postgresql+psycopg://nurse@srv:5433/reg"
    assert stored_password("postgresql+psycopg://nurse@srv:5433/reg", path) == "old:pw\\"
    remember_password("postgresql+psycopg://nurse:new@srv:5433/reg", path)
    lines = path.read_text().splitlines()
    assert lines == ["# ward server", "other:5432:*:bob:pw", "srv:5433:reg:nurse:new"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # A wildcard line serves every database of that server for that user.
    assert stored_password("postgresql+psycopg://bob@other/any", path) == "pw"
    assert stored_password("postgresql+psycopg://bob@other:5999/any", path) is None


def test_password_source(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    bare = "postgresql+psycopg://nurse@srv/reg"
    assert password_source("postgresql+psycopg://nurse:x@srv/reg") == "url"
    assert password_source(bare) is None
    remember_password("postgresql+psycopg://nurse:x@srv/reg")
    assert password_source(bare) == "pgpass"
    monkeypatch.setenv("PGPASSWORD", "y")
    assert password_source(bare) == "PGPASSWORD"


@pytest.mark.postgres
def test_libpq_takes_the_password_from_the_file_or_the_environment(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The saved URL has no password; libpq (through psycopg) finds it, or the login fails
    with one clear message."""
    password = make_url(pg_url).password
    saved = safe_url(pg_url)
    assert password and password not in saved
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(DatabaseError) as refused:
        open_database(saved)
    assert "refused the login" in refused.value.message.en and password not in str(refused.value)

    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    assert remember_password(pg_url) == saved
    db = open_database(saved)
    try:
        with db.read() as s:
            assert s.execute(text("SELECT current_user")).scalar_one() == make_url(saved).username
        assert password not in db.display_name
    finally:
        db.dispose()

    os.unlink(tmp_path / "pgpass")
    monkeypatch.setenv("PGPASSWORD", password)
    open_database(saved).dispose()
