"""Conflicts, --update through the audit trail, duplicates in the file, and the commands."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from ix_fixtures import make_messy_xlsx, sheet_values, write_workbook
from sqlalchemy import func, select

from hepmeta_desktop.db import Database, open_database
from hepmeta_desktop.models import FollowUp
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.interchange import export_file, import_file
from hepmeta_desktop.services.patients import PatientService
from tests.conftest import sample_patient


def _saved(db: Database) -> int:
    service = PatientService(db)
    record = service.create_patient(sample_patient())
    FollowupService(db).add_followup(
        record.id, {"visit_date": dt.date(2017, 3, 1), "vital_status": "ALIVE_NED"}
    )
    return record.id


def _edit(path: Path, target: Path, changes: dict[str, object]) -> Path:
    values = sheet_values(path)
    header = values["patients"][0]
    for name, value in changes.items():
        values["patients"][1][header.index(name)] = value
    return write_workbook(
        target,
        {
            n: (rows[0], [[c if c != "" else None for c in r] for r in rows[1:]])
            for n, rows in values.items()
        },
    )


def test_record_number_in_database_is_a_conflict_unless_update(
    db: Database, tmp_path: Path
) -> None:
    pid = _saved(db)
    exported = tmp_path / "x.xlsx"
    export_file(db, exported, user="a")
    edited = _edit(exported, tmp_path / "edited.xlsx", {"largest_size_cm": 4.2, "phone": None})
    refused = import_file(db, edited, user="b")
    assert not refused.written
    assert [(p.sheet, p.row, p.column, p.text("en")) for p in refused.problems] == [
        (
            "patients",
            2,
            "record_number",
            "This record number is already in the database (update not requested).",
        )
    ]
    done = import_file(db, edited, user="b", update=True)
    assert done.written and (done.patients_updated, done.news_updated, done.news_created) == (
        1,
        0,
        0,
    )
    record = PatientService(db).get_patient(pid)
    assert record["largest_size_cm"] == 4.2 and record.version == 2
    assert len(record.followups) == 1  # the news of the same date was paired, not doubled
    changes = [e for e in AuditService(db).patient_history(pid) if e.action == "update"]
    assert [(e.field, e.old_value, e.new_value, e.reason, e.user) for e in changes] == [
        ("largest_size_cm", "3.5", "4.2", "import", "b")
    ]
    again = import_file(db, edited, user="b", update=True)  # nothing changed: nothing written
    assert (again.patients_updated, again.news_updated) == (0, 0)
    assert PatientService(db).get_patient(pid).version == 2


def test_record_number_twice_in_the_file_is_an_error(db: Database, tmp_path: Path) -> None:
    values = sample_patient()
    header = list(values)
    row = [values[k] for k in header]
    path = write_workbook(
        tmp_path / "twice.xlsx",
        {"patients": (header, [row, row]), "followups": (["record_number", "visit_date"], [])},
    )
    result = import_file(db, path, user="a")
    assert [p.line("fr") for p in result.errors] == [
        "patients, ligne 3, colonne « record_number » : "
        "Numéro de dossier en double dans le fichier (déjà ligne 2)."
    ]
    assert PatientService(db).count() == 0


def test_missing_required_column_is_said_once(db: Database, tmp_path: Path) -> None:
    values = sample_patient()
    del values["surgeon"]
    header = list(values)
    rows = [[values[k] for k in header], [{**values, "record_number": "X2"}[k] for k in header]]
    path = write_workbook(tmp_path / "nosurgeon.xlsx", {"patients": (header, rows)})
    result = import_file(db, path, user="a")
    assert [p.line("en") for p in result.problems] == [
        "patients, row 1, column 'surgeon': Required column missing.",
        "followups, row 1: No 'followups' sheet: no news imported.",
    ]
    assert not result.written


def hepmeta(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hepmeta_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_commands_export_then_import(tmp_path: Path) -> None:
    messy_xlsx = make_messy_xlsx(tmp_path)
    db_path = tmp_path / "cli.db"  # the file the commands open
    db = open_database(db_path)
    _saved(db)
    db.dispose()
    out = tmp_path / "series.xlsx"
    done = hepmeta("--lang", "en", "--db", str(db_path), "export", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"1 patient(s) and 1 news exported: {out}"
    folder = tmp_path / "csv"
    assert hepmeta("--db", str(db_path), "export", str(folder), "--labels", "fr").returncode == 0
    assert (folder / "dictionary.csv").exists()
    empty = tmp_path / "empty.db"
    imported = hepmeta("--lang", "fr", "--db", str(empty), "import", str(out))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "1 patiente(s) créée(s)" in imported.stdout
    refused = hepmeta("--lang", "en", "--db", str(empty), "import", str(messy_xlsx))
    assert refused.returncode == 1
    assert "patients, row 3, column 'Geste': Unexpected value" in refused.stdout
    assert "row 2, column 'Numéro de dossier': This record number is already" in refused.stdout
    assert refused.stdout.strip().endswith("Import refused: 8 error(s); nothing was saved.")
    report = tmp_path / "report.xlsx"
    partial = hepmeta(
        "--lang",
        "en",
        "--db",
        str(empty),
        "import",
        str(messy_xlsx),
        "--valid-only",
        "--report",
        str(report),
    )
    assert partial.returncode == 0 and f"Report: {report}" in partial.stdout
    assert sheet_values(report)["report"][0] == [
        "Sheet",
        "Row",
        "Column",
        "Value",
        "Severity",
        "Message",
    ]
    bad = hepmeta("--lang", "en", "--db", str(empty), "export", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and "Unknown export format: .pdf" in bad.stderr


def test_news_count_of_update_with_new_news(db: Database, tmp_path: Path) -> None:
    pid = _saved(db)
    exported = tmp_path / "x.xlsx"
    export_file(db, exported, user="a")
    values = sheet_values(exported)
    news = values["followups"]
    news.append(
        [
            "2016-0042",
            dt.date(2018, 5, 2),
            "ALIVE_DISEASE",
            "yes",
            dt.date(2018, 4, 1),
            "LIVER",
            "RFA",
            "",
            "",
            "",
        ]
    )
    path = write_workbook(
        tmp_path / "more.xlsx",
        {
            n: (rows[0], [[c if c != "" else None for c in r] for r in rows[1:]])
            for n, rows in values.items()
        },
    )
    gone = FollowupService(db).add_followup(
        pid, {"visit_date": dt.date(2019, 1, 1), "vital_status": "ALIVE_NED"}
    )
    FollowupService(db).delete_followup(gone.id, expected_version=1, reason="erreur")
    result = import_file(db, path, user="b", update=True)
    assert (result.patients_updated, result.news_created, result.news_updated) == (0, 1, 0)
    added = [f for f in PatientService(db).get_patient(pid).followups if f["recurrence"] == "yes"]
    assert added[0].id > gone.id  # a deleted news' id (and trail) is never taken again
    with db.read() as s:
        assert s.scalar(select(func.count(FollowUp.id)).where(FollowUp.patient_id == pid)) == 2


def test_imported_patients_never_take_a_deleted_patients_id(db: Database, tmp_path: Path) -> None:
    service = PatientService(db)
    gone = _saved(db)
    service.delete_patient(gone, expected_version=1, reason="doublon")
    values = sample_patient(record_number="NEW-1", last_name="Nouvelle")
    header = list(values)
    path = write_workbook(
        tmp_path / "one.xlsx",
        {
            "patients": (header, [[values[k] for k in header]]),
            "followups": (
                ["record_number", "visit_date", "vital_status"],
                [["NEW-1", dt.date(2017, 1, 5), "ALIVE_NED"]],
            ),
        },
    )
    assert import_file(db, path, user="a").written
    new = service.find_by_record_number("NEW-1")
    assert new is not None and new.id != gone
    history = AuditService(db).patient_history(new.id)
    assert {e.action for e in history} == {"create"}  # not the deleted patient's trail
    deleted_news = {
        e.record_id
        for e in AuditService(db).entries()
        if e.table_name == "followup" and e.action == "delete"
    }
    assert new.followups[0].id not in deleted_news
