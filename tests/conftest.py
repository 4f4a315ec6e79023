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
from collections.abc import Callable, Iterator
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


#: What a test could leave changed in a registry's schema (tables, columns, indexes,
#: triggers, functions, migration): compared after each test to decide reuse or rebuild.
SCHEMA_FINGERPRINT = """
SELECT md5(string_agg(x, ',' ORDER BY x)) FROM (
  SELECT 'c:' || table_name || '.' || column_name || ':' || data_type || ':' || is_nullable
    AS x FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL SELECT 'i:' || indexname || ':' || indexdef FROM pg_indexes
    WHERE schemaname = 'public'
  UNION ALL SELECT 't:' || tgname || ':' || tgenabled::text FROM pg_trigger
    WHERE NOT tgisinternal
  UNION ALL SELECT 'f:' || proname FROM pg_proc
    WHERE pronamespace = 'public'::regnamespace
  UNION ALL SELECT 'v:' || version_num FROM alembic_version
) AS schema_items
"""


#: Every sequence of the registry back to 1, as on a new database.
RESTART_SEQUENCES = """
SELECT setval(c.oid, 1, false) FROM pg_class c
WHERE c.relkind = 'S' AND c.relnamespace = 'public'::regnamespace
"""


class PgServer:
    """The test server. ``pg_db`` reuses one migrated database per session, emptied
    between tests (rows deleted, sequences back to 1: ~0.05 s, where copying a template
    costs ~0.5 s and TRUNCATE ~0.15 s on a busy machine) and rebuilt from the template
    whenever a test changed its schema or left it locked. ``pg_url`` gets a brand-new
    database."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.base = make_url(url)
        self.admin = create_engine(
            self.base, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5}
        )
        self._names = (f"hepmeta_t_{os.getpid()}_{n}" for n in itertools.count())
        self.template = f"hepmeta_tpl_{os.getpid()}"
        self.shared = f"hepmeta_db_{os.getpid()}"
        self._execute(f"DROP DATABASE IF EXISTS {self.shared} WITH (FORCE)")
        self._execute(f"DROP DATABASE IF EXISTS {self.template} WITH (FORCE)")
        self._execute(f"CREATE DATABASE {self.template} TEMPLATE template0")
        open_database(self.url(self.template)).dispose()
        self._execute(f"CREATE DATABASE {self.shared} TEMPLATE {self.template}")
        self._fingerprint, self._tables = self._inspect()
        self._used = False

    def _execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def _shared_engine(self):  # type: ignore[no-untyped-def]
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        return create_engine(self.url(self.shared), poolclass=NullPool)

    def _inspect(self) -> tuple[str, list[str]]:
        from sqlalchemy import MetaData, text

        engine = self._shared_engine()
        try:
            with engine.connect() as conn:
                fingerprint = conn.execute(text(SCHEMA_FINGERPRINT)).scalar_one()
                metadata = MetaData()
                metadata.reflect(bind=conn)
                tables = [
                    t for t in reversed(metadata.sorted_tables) if t.name != "alembic_version"
                ]
                return fingerprint, [f'"{t.name}"' for t in tables]
        finally:
            engine.dispose()

    def url(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def create(self, migrated: bool = True) -> str:
        """A brand-new database (a copy of the migrated template, or empty): its name."""
        name = next(self._names)
        source = self.template if migrated else "template0"
        self._execute(f"CREATE DATABASE {name} TEMPLATE {source}")
        return name

    def drop(self, name: str) -> None:
        self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def checkout(self) -> str:
        """The URL of the session's registry, emptied (or rebuilt) since its last test."""
        if self._used and not self._empty_shared():
            self.drop(self.shared)
            self._execute(f"CREATE DATABASE {self.shared} TEMPLATE {self.template}")
        self._used = True
        return self.url(self.shared)

    def _empty_shared(self) -> bool:
        from sqlalchemy import exc, text

        engine = self._shared_engine()
        try:
            with engine.begin() as conn:
                if conn.execute(text(SCHEMA_FINGERPRINT)).scalar_one() != self._fingerprint:
                    return False
                conn.execute(text("SET LOCAL lock_timeout = '2s'"))
                # Emptying the trail is refused by its trigger, rightly; the test server's
                # owner switches it off for this one transaction (DDL is transactional).
                conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
                for table in self._tables:  # children first
                    conn.execute(text(f"DELETE FROM {table}"))
                conn.execute(text(RESTART_SEQUENCES))
                conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
            return True
        except exc.DBAPIError:
            return False
        finally:
            engine.dispose()

    def close(self) -> None:
        self.drop(self.shared)
        self.drop(self.template)
        self.admin.dispose()


def _pg_unreachable(url: str | None) -> str | None:
    """Why the test server cannot be used (None when it answers)."""
    if not url:
        return f"PostgreSQL tests need {PG_URL_VAR} (bash scripts/pg-test-server.sh start)"
    from sqlalchemy import create_engine, text

    engine = create_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # refused, unknown host, bad password, missing driver...
        first_line = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return f"PostgreSQL server at {PG_URL_VAR} not reachable: {first_line}"
    finally:
        engine.dispose()
    return None


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    problem = _pg_unreachable(os.environ.get(PG_URL_VAR))
    if problem:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true, so PostgreSQL is required. {problem}", pytrace=False)
        pytest.skip(problem)
    # Past this point a failure is a bug to see, not a missing server to skip.
    server = PgServer(os.environ[PG_URL_VAR])
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
    """A PostgreSQL registry at the current schema, with no rows (ids start at 1)."""
    database = open_database(pg_server.checkout())
    yield database
    database.dispose()


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


@pytest.fixture
def patient_values() -> Callable[..., dict[str, Any]]:
    """``sample_patient`` as a fixture, for test folders that cannot import this module
    (``from conftest import`` resolves to another folder's conftest when several exist)."""
    return sample_patient
