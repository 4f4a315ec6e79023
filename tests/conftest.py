"""Shared fixtures: a real registry per test (SQLite file, and PostgreSQL when a server is
reachable), and the clock the services use.

Fixtures for a database: ``db`` (parametrised: runs once on SQLite and once on PostgreSQL,
ids ``[sqlite]`` / ``[postgresql]``), ``sqlite_db`` (SQLite only: pragmas, file backups),
``pg_db`` (PostgreSQL only), ``pg_url`` (URL of a fresh, empty PostgreSQL database).
PostgreSQL comes from ``$HEPMETA_TEST_PG_URL`` (``eval "$(bash scripts/pg-test-server.sh
start)"``); without it the PostgreSQL variants are skipped, except under ``CI=true`` where
they fail.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hepmeta_desktop.db import Database, open_database  # noqa: E402

TODAY = dt.date(2026, 11, 26)
PG_URL_VAR = "HEPMETA_TEST_PG_URL"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "registry.db"


@pytest.fixture
def sqlite_db(db_path: Path) -> Iterator[Database]:
    """A fresh SQLite registry file, migrated to the current schema."""
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Database:
    """A fresh registry migrated to the current schema: a SQLite file, then a PostgreSQL
    database (each test using it runs on both)."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


class PgServer:
    """The test server: a migrated template database, copied for each test (fast)."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        self.base = make_url(url)
        self.admin = create_engine(
            self.base, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5}
        )
        with self.admin.connect() as conn:
            version = conn.execute(text("SHOW server_version_num")).scalar_one()
        # FILE_COPY (PostgreSQL 15+) copies a small template faster than the WAL_LOG default.
        self._strategy = " STRATEGY FILE_COPY" if int(version) >= 150000 else ""
        self._names = (f"hepmeta_t_{os.getpid()}_{n}" for n in itertools.count())
        self.template = f"hepmeta_tpl_{os.getpid()}"
        self._execute(f"DROP DATABASE IF EXISTS {self.template}")
        self._execute(f"CREATE DATABASE {self.template} TEMPLATE template0")
        open_database(self.url(self.template)).dispose()

    def _execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def url(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def create(self, migrated: bool = True) -> str:
        """A new database (a copy of the migrated template, or empty); returns its name."""
        name = next(self._names)
        source = self.template if migrated else "template0"
        self._execute(f"CREATE DATABASE {name} TEMPLATE {source}{self._strategy}")
        return name

    def drop(self, name: str) -> None:
        self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        self.drop(self.template)
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    url = os.environ.get(PG_URL_VAR)
    in_ci = os.environ.get("CI", "").lower() == "true"
    problem = None
    server = None
    if not url:
        problem = f"PostgreSQL tests need {PG_URL_VAR} (bash scripts/pg-test-server.sh start)"
    else:
        try:
            server = PgServer(url)
        except Exception as exc:  # any failure to reach or prepare the server
            problem = f"PostgreSQL server not usable ({type(exc).__name__}: {exc})"
    if server is None:
        if in_ci:
            pytest.fail(f"CI=true and {problem}", pytrace=False)
        pytest.skip(problem)
    yield server
    server.close()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database (no schema yet)."""
    name = pg_server.create(migrated=False)
    yield pg_server.url(name)
    pg_server.drop(name)


@pytest.fixture
def pg_db(pg_server: PgServer) -> Iterator[Database]:
    """A fresh PostgreSQL registry migrated to the current schema."""
    name = pg_server.create()
    database = open_database(pg_server.url(name))
    yield database
    database.dispose()
    pg_server.drop(name)


def sample_patient(**overrides: Any) -> dict[str, Any]:
    """A valid patient file (the kind of case the department's series holds)."""
    values: dict[str, Any] = {
        "record_number": "2016-0042",
        "last_name": "Lefèvre",
        "first_name": "Hélène",
        "sex": "F",
        "birth_date": dt.date(1964, 5, 17),
        "breast_diagnosis_date": dt.date(2008, 2, 1),
        "breast_surgery_date": dt.date(2008, 3, 12),
        "breast_surgery_type": "MRM",
        "axillary_surgery": "ALND",
        "liver_mets_diagnosis_date": dt.date(2015, 11, 20),
        "number_of_metastases": 1,
        "largest_size_cm": 3.5,
        "distribution": "UNILOBAR",
        "segments_involved": "VI",
        "extrahepatic_disease": "no",
        "preop_chemotherapy": "yes",
        "chemo_response": "PR",
        "performance_status": "0",
        "liver_surgery_date": dt.date(2016, 2, 3),
        "surgeon": "Dr Benali",
        "procedure": "METASTASECTOMY",
        "margin_status": "R0",
        "margin_mm": 12.0,
        "clavien_dindo": "NONE",
        "adjuvant_chemotherapy": "yes",
    }
    values.update(overrides)
    return values


@pytest.fixture
def today() -> dt.date:
    return TODAY
