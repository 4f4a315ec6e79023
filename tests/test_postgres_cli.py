"""The command line against a PostgreSQL server: the same commands, plain one-line errors."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy.engine import make_url

from hepmeta_desktop import cli
from hepmeta_desktop.db import open_database
from hepmeta_desktop.errors import DatabaseError


def test_an_unreachable_server_fails_with_one_clear_line() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "hepmeta_desktop", "--lang", "en", "--db",
         "postgresql+psycopg://nurse:secret@127.0.0.1:1/registry", "check"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode == 2
    assert run.stderr.strip() == (
        "hepmeta: Cannot reach the database server (127.0.0.1:1/registry): check that it is "
        "running, the address and the network."
    )


def test_the_french_message_too(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["--lang", "fr", "--db", "postgresql+psycopg://nurse@127.0.0.1:1/r", "init"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("hepmeta: Serveur de base de données injoignable (127.0.0.1:1/r)")


@pytest.mark.postgres
def test_init_demo_and_check_on_postgresql(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--lang", "en", "--db", pg_url, "init"]) == 0
    assert cli.main(["--lang", "en", "--db", pg_url, "demo", "--no-gui", "--patients", "8"]) == 0
    assert cli.main(["--lang", "en", "--db", pg_url, "check"]) == 0
    out = capsys.readouterr().out
    assert "8 fictional patients" in out and "Database sound" in out
    assert "hepmeta-test-only" not in out  # the server's password is never shown


@pytest.mark.postgres
def test_a_missing_database_is_named_plainly(pg_url: str) -> None:
    wrong = make_url(pg_url).set(database="no_such_registry")
    with pytest.raises(DatabaseError) as missing:
        open_database(wrong.render_as_string(hide_password=False))
    assert missing.value.message.en == (
        "The database asked for does not exist on the server "
        f"({wrong.host}:{wrong.port}/no_such_registry)."
    )
