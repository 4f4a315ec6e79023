"""The statistics do not depend on the back-end: `stats --json` is the same on both."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from hepmeta_desktop.db import open_database
from hepmeta_desktop.services.demo import create_demo
from hepmeta_desktop.services.transfer import copy_registry

# `stats` comes with the analysis branch: this test waits for it.
pytest.importorskip("hepmeta_desktop.commands.stats")


def stats_json(db: str) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "hepmeta_desktop", "--lang", "en", "--db", db, "stats", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


@pytest.mark.postgres
@pytest.mark.slow
def test_stats_json_is_identical_on_sqlite_and_postgresql(
    tmp_path: Path, pg_url: str, today: dt.date
) -> None:
    path = tmp_path / "department.db"
    sqlite = open_database(path)
    create_demo(sqlite, 60, today=today)
    server = open_database(pg_url)
    try:
        copy_registry(sqlite, server)
    finally:
        server.dispose()
        sqlite.dispose()
    on_sqlite, on_server = stats_json(str(path)), stats_json(pg_url)
    assert json.loads(on_sqlite)  # real figures, not an empty answer
    assert on_server == on_sqlite
