"""The ``hepmeta`` command line on real files: init, check, demo, and its errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import sample_patient

from hepmeta_desktop import __version__, migrations
from hepmeta_desktop.cli import main
from hepmeta_desktop.db import open_database
from hepmeta_desktop.services.patients import PatientService


def hepmeta(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hepmeta_desktop", "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def one_clear_line(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hepmeta: ") and expected in lines[0]


def test_init_creates_an_empty_registry(tmp_path: Path, capsys) -> None:
    path = tmp_path / "new.db"
    assert main(["--lang", "fr", "--db", str(path), "init"]) == 0
    assert "Base prête : new.db" in capsys.readouterr().out
    db = open_database(path)
    try:
        assert migrations.current_revision(db) == migrations.head_revision()
    finally:
        db.dispose()


def test_demo_without_window_then_check(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.db"
    assert main(["--lang", "en", "--db", str(path), "demo", "--patients", "12", "--no-gui"]) == 0
    assert "12 fictional patients created" in capsys.readouterr().out
    assert main(["--lang", "en", "--db", str(path), "demo", "--no-gui"]) == 0
    assert "already holds patients" in capsys.readouterr().out
    assert main(["--lang", "en", "--db", str(path), "check"]) == 0
    assert "Database sound" in capsys.readouterr().out


def test_check_lists_what_is_wrong_and_exits_1(tmp_path: Path, capsys) -> None:
    path = tmp_path / "r.db"
    db = open_database(path)
    service = PatientService(db, "alice")
    service.create_patient(sample_patient(record_number="GOOD-1"))
    service.create_patient(sample_patient(record_number="ORDER-2", first_name="Anne"))
    service.create_patient(sample_patient(record_number="TYPE-3", first_name="Marie"))
    db.dispose()
    conn = sqlite3.connect(path)
    with conn:
        # Written behind the application's back: what no form would have saved.
        conn.execute(
            "UPDATE liver_surgery SET liver_surgery_date = '2015-01-01' WHERE patient_id = "
            "(SELECT id FROM patient WHERE record_number = 'ORDER-2')"
        )
        conn.execute(
            "UPDATE liver_metastases SET number_of_metastases = 'many' WHERE patient_id = "
            "(SELECT id FROM patient WHERE record_number = 'TYPE-3')"
        )
        conn.execute(
            "UPDATE liver_surgery SET liver_surgery_date = '2016-13-45' WHERE patient_id = "
            "(SELECT id FROM patient WHERE record_number = 'TYPE-3')"
        )
    conn.close()
    assert main(["--lang", "en", "--db", str(path), "check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert (
        "ERROR ORDER-2: Date of liver surgery: Liver surgery before the metastases were found "
        "(2015-11-20)." in out
    )
    assert "ERROR TYPE-3: Number of liver metastases: invalid stored value 'many'." in out
    assert "ERROR TYPE-3: Date of liver surgery: invalid stored value '2016-13-45'." in out
    assert not any(line.startswith("ERROR GOOD-1") for line in out)
    assert (
        "WARNING GOOD-1: No news after the liver surgery: left out of the survival curves." in out
    )
    assert out[-1] == "3 problem(s) to fix."
    assert main(["--lang", "fr", "--db", str(path), "check"]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "3 problème(s) à corriger."


def test_check_reports_broken_links(tmp_path: Path, capsys) -> None:
    path = tmp_path / "r.db"
    open_database(path).dispose()
    conn = sqlite3.connect(path)  # foreign keys off in a bare connection
    with conn:
        conn.execute(
            "INSERT INTO followup (patient_id, version, created_at, updated_at, visit_date, "
            "vital_status) VALUES (99, 1, '2020-01-01', '2020-01-01', '2020-01-01', 'LOST')"
        )
    conn.close()
    assert main(["--lang", "en", "--db", str(path), "check"]) == 1
    out = capsys.readouterr().out
    assert "foreign_key_check: table followup" in out


def test_version_and_help() -> None:
    assert hepmeta("--version").stdout.strip() == f"hepmeta {__version__}"
    helped = hepmeta("--help")
    assert helped.returncode == 0
    for command in ("init", "check", "demo", "--db", "--user", "--lang"):
        assert command in helped.stdout


def test_check_of_a_missing_file(tmp_path: Path) -> None:
    one_clear_line(hepmeta("--db", str(tmp_path / "absent.db"), "check"), "File not found")
    assert not (tmp_path / "absent.db").exists()


def test_check_of_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "minutes.db"
    bogus.write_text("Minutes of the staff meeting\n" * 20)
    one_clear_line(hepmeta("--db", str(bogus), "check"), "is not a HepMeta database")


def test_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    one_clear_line(hepmeta("--db", str(path), "check"), "newer version of HepMeta")
    one_clear_line(hepmeta("--db", str(path), "init"), "newer version of HepMeta")


@pytest.mark.parametrize("n", ["0", "-3"])
def test_demo_needs_at_least_one_patient(tmp_path: Path, n: str) -> None:
    result = hepmeta("--db", str(tmp_path / "d.db"), "demo", "--patients", n, "--no-gui")
    one_clear_line(result, "At least one patient")
