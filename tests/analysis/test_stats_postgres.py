"""The stats JSON is byte-identical on SQLite and PostgreSQL (needs a PostgreSQL server)."""

# The server is the test server of tests/conftest.py (HEPMETA_TEST_PG_URL, started by
# scripts/pg-test-server.sh; skipped without it, failed under CI=true).

from __future__ import annotations

import pytest

from hepmeta_desktop.cli import main
from hepmeta_desktop.db import open_database

from .conftest import D, add_abstract_series, add_patient, alive, dead

pytestmark = pytest.mark.postgres


@pytest.fixture
def postgres_url(pg_url: str) -> str:
    """A new, empty database on the test server."""
    return pg_url


def _fill(target) -> None:
    db = open_database(target)
    add_abstract_series(db.engine)
    for i in range(30):
        news = [alive(D(2015, 2, 1))]
        news += [dead(D(2016 + i % 5, 5, 1))] if i % 2 else [
            alive(D(2019, 1, 1), recurrence="yes", recurrence_sites="LUNG,BONE")]  # fmt: skip
        add_patient(db.engine, f"C{i}", surgeon="Dr C", margin_status=("R0", "R1", "R2")[i % 3],
                    liver_surgery_date=D(2014, 1 + i % 12, 1 + i % 28), number_of_metastases=1 + i % 4,
                    largest_size_cm=1.5 + i / 7, clavien_dindo=("NONE", "I", "IIIa", None)[i % 4],
                    followups=news)  # fmt: skip
    db.dispose()


def test_same_json_on_sqlite_and_postgresql(postgres_url, tmp_path, capsys):
    outputs = []
    for target in (str(tmp_path / "registry.db"), postgres_url):
        _fill(target)
        args = ["--lang", "en", "--db", target, "stats", "--json", "--group-by", "margin_status"]
        assert main([*args, "--ci", "log"]) == 0
        outputs.append(capsys.readouterr().out)
    assert '"n_patients": 36' in outputs[0]
    assert outputs[0] == outputs[1]
