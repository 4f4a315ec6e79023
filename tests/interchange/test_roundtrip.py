"""Round trip: export, import into an empty registry, export again gives identical files."""

from __future__ import annotations

import datetime as dt
import filecmp
from pathlib import Path

import openpyxl
import pytest
from ix_fixtures import sheet_values

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.db import Database, open_database
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.demo import create_demo
from hepmeta_desktop.services.interchange import export_file, import_file
from hepmeta_desktop.services.patients import PatientService


@pytest.fixture
def demo_db(db: Database) -> Database:
    create_demo(db, 40)
    return db


def test_xlsx_round_trip_of_the_demo_is_identical(demo_db: Database, tmp_path: Path) -> None:
    first = tmp_path / "first.xlsx"
    result = export_file(demo_db, first, user="surgeon")
    assert result.patients == 40 and result.followups > 40
    copy = open_database(tmp_path / "copy.db")
    try:
        imported = import_file(copy, first, user="surgeon")
        assert imported.written and not imported.errors, imported.problems[:3]
        assert imported.patients_created == 40
        assert imported.news_created == result.followups
        second = tmp_path / "second.xlsx"
        export_file(copy, second, user="surgeon")
    finally:
        copy.dispose()
    a, b = sheet_values(first), sheet_values(second)
    assert list(a) == ["patients", "followups", "dictionary"]
    assert a == b
    assert len(a["patients"]) == 41 and a["patients"][0][0] == "record_number"


def test_xlsx_cells_are_typed_with_real_dates(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "typed.xlsx"
    export_file(demo_db, target, user="surgeon")
    wb = openpyxl.load_workbook(target)  # the reader Excel users' scripts use
    ws = wb["patients"]
    header = [c.value for c in ws[1]]
    row = {h: c for h, c in zip(header, ws[2], strict=True)}
    assert isinstance(row["birth_date"].value, dt.datetime)
    assert row["birth_date"].number_format == "yyyy-mm-dd"
    assert isinstance(row["number_of_metastases"].value, int)
    assert isinstance(row["largest_size_cm"].value, int | float)
    assert ws.freeze_panes == "A2"
    dictionary = wb["dictionary"]
    names = [r[1] for r in dictionary.iter_rows(min_row=2, values_only=True)]
    assert names == [v.name for v in dd.patient_variables()] + [
        v.name for v in dd.followup_variables(include_link=True)
    ]
    sex = next(r for r in dictionary.iter_rows(values_only=True) if r[1] == "sex")
    assert sex[9] == "F=Female|Femme; M=Male|Homme; UNK=Unknown|Inconnu"


def test_csv_round_trip_is_byte_identical(demo_db: Database, tmp_path: Path) -> None:
    first = tmp_path / "first"
    files = export_file(demo_db, first, user="surgeon").files
    assert [f.name for f in files] == ["patients.csv", "followups.csv", "dictionary.csv"]
    raw = (first / "patients.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")
    copy = open_database(tmp_path / "copy.db")
    try:
        assert import_file(copy, first / "patients.csv", user="surgeon").written
        export_file(copy, tmp_path / "second", user="surgeon")
    finally:
        copy.dispose()
    for name in ("patients.csv", "followups.csv", "dictionary.csv"):
        assert filecmp.cmp(first / name, tmp_path / "second" / name, shallow=False), name


def test_label_export_imports_back_to_the_same_codes(demo_db: Database, tmp_path: Path) -> None:
    codes, labels = tmp_path / "codes.xlsx", tmp_path / "labels_fr.xlsx"
    export_file(demo_db, codes, user="s")
    export_file(demo_db, labels, user="s", labels="fr")
    values = sheet_values(labels)["patients"]
    header = values[0]
    assert values[1][header.index("sex")] in ("Femme", "Homme")
    assert values[1][header.index("extrahepatic_disease")] in ("Oui", "Non", "Inconnu")
    copy = open_database(tmp_path / "copy.db")
    try:
        result = import_file(copy, labels, user="s")
        assert result.written, [p.line("en") for p in result.errors[:5]]
        export_file(copy, tmp_path / "again.xlsx", user="s")
    finally:
        copy.dispose()
    assert sheet_values(codes)["patients"] == sheet_values(tmp_path / "again.xlsx")["patients"]


def test_export_is_recorded_in_the_trail(demo_db: Database, tmp_path: Path) -> None:
    export_file(demo_db, tmp_path / "x.xlsx", user="dr_benali", labels="en")
    event = AuditService(demo_db).entries()[-1]
    assert (event.action, event.user) == ("export", "dr_benali")
    assert event.new_value is not None and event.new_value.startswith("x.xlsx: 40 patients")
    assert PatientService(demo_db).count() == 40


def test_imported_trail_is_the_one_the_forms_write(db: Database, tmp_path: Path) -> None:
    """Bulk-written audit rows say what PatientService/FollowupService would have said."""
    from hepmeta_desktop.services.followups import FollowupService
    from tests.conftest import sample_patient

    record = PatientService(db, "a").create_patient(sample_patient(notes="à revoir, l'équipe"))
    FollowupService(db, "a").add_followup(
        record.id,
        {
            "visit_date": dt.date(2018, 6, 1),
            "vital_status": "ALIVE_DISEASE",
            "recurrence": "yes",
            "recurrence_date": dt.date(2018, 5, 2),
            "recurrence_sites": ["LIVER", "LUNG"],
        },
    )
    export_file(db, tmp_path / "one.xlsx", user="a")
    copy = open_database(tmp_path / "copy.db")
    try:
        import_file(copy, tmp_path / "one.xlsx", user="a")
        imported = PatientService(copy).find_by_record_number(record.record_number)
        assert imported is not None
        theirs = AuditService(copy).patient_history(imported.id)
    finally:
        copy.dispose()
    ours = AuditService(db).patient_history(record.id)

    def key(e):  # type: ignore[no-untyped-def]
        return (e.action, e.table_name, e.field, e.old_value, e.new_value, e.user)

    assert sorted(map(key, theirs)) == sorted(map(key, ours))
    assert {e.reason for e in theirs} == {"import"}


@pytest.mark.parametrize("cause", ["UNK", "UNKNOWN"])
def test_a_label_two_codes_share_is_exported_as_its_code(
    db: Database, tmp_path: Path, cause: str
) -> None:
    """Cause of death: 'Unknown' is both UNKNOWN and UNK in English; never guess."""
    from hepmeta_desktop.services.followups import FollowupService
    from tests.conftest import sample_patient

    record = PatientService(db, "a").create_patient(sample_patient())
    FollowupService(db, "a").add_followup(
        record.id,
        {
            "visit_date": dt.date(2019, 1, 10),
            "vital_status": "DEAD",
            "death_date": dt.date(2019, 1, 10),
            "cause_of_death": cause,
        },
    )
    export_file(db, tmp_path / "en.xlsx", user="a", labels="en")
    news = sheet_values(tmp_path / "en.xlsx")["followups"]
    assert news[1][news[0].index("cause_of_death")] == cause
    assert news[1][news[0].index("vital_status")] == "Dead"
    copy = open_database(tmp_path / "copy.db")
    try:
        assert import_file(copy, tmp_path / "en.xlsx", user="a").written
        back = PatientService(copy).find_by_record_number(record.record_number)
        assert back is not None and back.followups[0]["cause_of_death"] == cause
        news[1][news[0].index("cause_of_death")] = "Unknown"
        from ix_fixtures import write_workbook

        sheets = sheet_values(tmp_path / "en.xlsx")
        sheets["followups"] = news
        edited = write_workbook(
            tmp_path / "edited.xlsx",
            {
                n: (r[0], [[c if c != "" else None for c in row] for row in r[1:]])
                for n, r in sheets.items()
            },
        )
        assert import_file(copy, edited, user="a", update=True).written
        # 'Unknown' is read as the code UNKNOWN (codes match ignoring case), never guessed
        again = PatientService(copy).find_by_record_number(record.record_number)
        assert again is not None and again.followups[0]["cause_of_death"] == "UNKNOWN"
    finally:
        copy.dispose()
