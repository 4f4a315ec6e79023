"""A department's messy sheet: exact report lines in French and English; nothing half-written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ix_fixtures import (
    FOLLOWUP_HEADERS,
    FOLLOWUP_ROWS,
    PATIENT_HEADERS,
    PATIENT_ROWS,
    csv_text,
    make_messy_xlsx,
)
from sqlalchemy import func, select

from hepmeta_desktop.db import Database
from hepmeta_desktop.models import AuditEntry, FollowUp, Patient
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.interchange import import_file
from hepmeta_desktop.services.patients import PatientService

PROCEDURES = (
    "METASTASECTOMY, SEGMENTECTOMY, BISEGMENTECTOMY, RIGHT_HEPATECTOMY, LEFT_HEPATECTOMY, "
    "EXTENDED_HEPATECTOMY, OTHER, UNK"
)
STATUSES = "ALIVE_NED, ALIVE_DISEASE, DEAD, LOST, UNK"
EXPECTED_FR = [
    ("patients", 1, "Commentaire", "Colonne inconnue, ignorée."),
    ("patients", 3, "Date de naissance", "Date attendue (JJ/MM/AAAA)."),
    ("patients", 3, "Nombre de métastases hépatiques", "Nombre entier attendu."),
    ("patients", 3, "CHIRURGIEN", "Champ obligatoire."),
    ("patients", 3, "Geste", f"Valeur non prévue (choix : {PROCEDURES})."),
    (
        "followups",
        4,
        "Numéro de dossier",
        "Aucune patiente de ce numéro de dossier dans la feuille patients.",
    ),
    ("followups", 5, "État", f"Valeur non prévue (choix : {STATUSES})."),
    ("followups", 7, "Date de la récidive", "Récidive postérieure à la date des nouvelles."),
]
EXPECTED_EN = [
    ("patients", 1, "Commentaire", "Unknown column, ignored."),
    ("patients", 3, "Date de naissance", "Date expected (DD/MM/YYYY)."),
    ("patients", 3, "Nombre de métastases hépatiques", "Whole number expected."),
    ("patients", 3, "CHIRURGIEN", "Required field."),
    ("patients", 3, "Geste", f"Unexpected value (choices: {PROCEDURES})."),
    (
        "followups",
        4,
        "Numéro de dossier",
        "No patient with this record number in the patients sheet.",
    ),
    ("followups", 5, "État", f"Unexpected value (choices: {STATUSES})."),
    ("followups", 7, "Date de la récidive", "Recurrence after the date of the news."),
]


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(  # type: ignore[return-value]
            int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Patient, FollowUp, AuditEntry)
        )


def lines(result, lang):  # type: ignore[no-untyped-def]
    return [(p.sheet, p.row, p.column, p.text(lang)) for p in result.problems]


def test_messy_sheet_is_refused_with_exact_lines_and_nothing_written(
    db: Database, tmp_path: Path
) -> None:
    messy_xlsx = make_messy_xlsx(tmp_path)
    before = counts(db)
    result = import_file(db, messy_xlsx, user="secretariat")
    assert not result.written
    assert lines(result, "fr") == EXPECTED_FR
    assert lines(result, "en") == EXPECTED_EN
    assert [p.value for p in result.problems][1:5] == [
        "31/02/1960",
        "deux",
        "",
        "Hépatectomie totale",
    ]
    assert counts(db) == before
    assert result.summary().en == "Import refused: 7 error(s); nothing was saved."
    assert result.problems[0].line("fr") == (
        "patients, ligne 1, colonne « Commentaire » : Colonne inconnue, ignorée."
    )
    assert result.problems[2].line("en") == (
        "patients, row 3, column 'Nombre de métastases hépatiques': Whole number expected."
    )


def test_valid_only_imports_valid_rows_and_reports_the_rest(db: Database, tmp_path: Path) -> None:
    messy_xlsx = make_messy_xlsx(tmp_path)
    result = import_file(db, messy_xlsx, user="secretariat", valid_only=True, lang="fr")
    assert result.written
    assert (result.patients_created, result.news_created) == (2, 3)
    assert (result.patients_rejected, result.news_rejected) == (1, 3)
    assert lines(result, "en") == EXPECTED_EN
    service = PatientService(db)
    helene = service.find_by_record_number("2016-0042")
    assert helene is not None
    v = helene.values
    # labels, French dates, decimal commas, 'non', 'IV, V', trailing spaces: all read right
    assert v["record_number"] == "2016-0042"
    assert v["sex"] == "F" and v["breast_surgery_type"] == "MRM"
    assert v["birth_date"] == dt.date(1964, 5, 17)
    assert v["breast_surgery_date"] == dt.date(2008, 3, 12)
    assert v["largest_size_cm"] == 3.5 and v["margin_mm"] == 12.5
    assert v["extrahepatic_disease"] == "no" and v["segments_involved"] == "IV,V"
    assert v["procedure"] == "METASTASECTOMY" and v["surgeon"] == "Dr Benali"
    news = [f.values for f in helene.followups]
    assert [n["vital_status"] for n in news] == ["ALIVE_NED", "DEAD"]
    assert news[1]["recurrence_sites"] == "PERITONEUM"
    assert news[1]["notes"] == "carcinose péritonéale"
    marie = service.find_by_record_number("2018-0100")
    assert marie is not None and marie["margin_status"] == "R0"
    assert [f["recurrence"] for f in marie.followups] == ["yes"]  # the faulty news was left out
    assert service.find_by_record_number("2017-0007") is None
    # the report, beside the file, in French
    assert result.report_path == messy_xlsx.with_name("serie_service_import_report.csv")
    text = result.report_path.read_text(encoding="utf-8-sig").splitlines()
    assert text[0] == "Feuille,Ligne,Colonne,Valeur,Gravité,Message"
    assert (
        text[3] == "patients,3,Nombre de métastases hépatiques,deux,erreur,Nombre entier attendu."
    )
    # the import is one event of the trail; the created values carry the reason 'import'
    trail = AuditEntryReader(db)
    assert trail.events == [
        "serie_service.xlsx: 2 patients, 3 news; rejected 1 patients, 3 news rows"
    ]
    assert trail.reasons == {"import"}


class AuditEntryReader:
    def __init__(self, db: Database) -> None:
        rows = AuditService(db).entries()
        self.events = [r.new_value for r in rows if r.action == "import"]
        self.reasons = {r.reason for r in rows if r.action == "create"}


def test_csv_cp1252_semicolons_and_utf8_bom_give_the_same_report(
    db: Database, tmp_path: Path
) -> None:
    variants = {
        "cp1252": lambda t: t.encode("cp1252"),
        "bom": lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
        "utf8-comma": None,
    }
    for name, encode in variants.items():
        folder = tmp_path / name
        folder.mkdir()
        if encode is None:
            import csv

            for file, header, rows in (
                ("patients.csv", PATIENT_HEADERS, PATIENT_ROWS),
                ("followups.csv", FOLLOWUP_HEADERS, FOLLOWUP_ROWS),
            ):
                with (folder / file).open("w", encoding="utf-8", newline="") as fh:
                    csv.writer(fh).writerows(
                        [header]
                        + [
                            [
                                v.strftime("%d/%m/%Y") if isinstance(v, dt.datetime) else v
                                for v in row
                            ]
                            for row in rows
                        ]
                    )
        else:
            (folder / "patients.csv").write_bytes(encode(csv_text(PATIENT_HEADERS, PATIENT_ROWS)))
            (folder / "followups.csv").write_bytes(
                encode(csv_text(FOLLOWUP_HEADERS, FOLLOWUP_ROWS))
            )
        for target in (folder, folder / "patients.csv"):
            result = import_file(db, target, user="t")
            assert lines(result, "fr") == EXPECTED_FR, name
            assert not result.written
    assert counts(db) == (0, 0, 0)


def test_title_rows_above_the_header_shift_the_row_numbers(db: Database, tmp_path: Path) -> None:
    from ix_fixtures import write_workbook

    title = ["Série hépatique 2013–2020 (service de chirurgie)"]
    path = write_workbook(
        tmp_path / "titled.xlsx",
        {
            "Patients": (title, [[None], PATIENT_HEADERS, *PATIENT_ROWS]),
            "FOLLOWUPS": (FOLLOWUP_HEADERS, FOLLOWUP_ROWS),
        },
    )
    result = import_file(db, path, user="t")
    shifted = [(s, r + 2 if s == "patients" else r, c, m) for s, r, c, m in EXPECTED_EN]
    assert lines(result, "en") == shifted
    assert counts(db) == (0, 0, 0)
