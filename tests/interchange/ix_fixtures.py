"""Helpers and fixtures of the interchange tests: a messy department workbook, as secretaries
keep them (not a conftest.py: tests/ui imports the top conftest by that name)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from python_calamine import CalamineWorkbook

PATIENT_HEADERS = [
    "Numéro de dossier",
    "NOM",
    "Prénom",
    "Sexe",
    "Date de naissance",
    "Date de la chirurgie du sein",
    "Chirurgie du sein",
    "Date de découverte des métastases hépatiques",
    "Nombre de métastases hépatiques",
    "Taille de la plus grande métastase (cm)",
    "Maladie extra-hépatique",
    "Segments atteints (Couinaud)",
    "Date de la chirurgie hépatique",
    "  CHIRURGIEN ",
    "Geste",
    "Marge de résection",
    "Marge minimale (mm)",
    "Commentaire",
]
PATIENT_ROWS: list[list[Any]] = [
    [
        "2016-0042 ",
        "Lefèvre",
        "Hélène",
        "Femme",
        "17/05/1964",
        dt.datetime(2008, 3, 12),
        "Mastectomie totale avec curage axillaire (Patey)",
        "20/11/2015",
        1,
        "3,5",
        "non",
        "IV, V",
        "03/02/2016",
        "Dr Benali",
        "Métastasectomie",
        "R0",
        "12,5",
        "revue en RCP",
    ],
    [
        "2017-0007",
        "N'Diaye",
        "Aïssata",
        "F",
        "31/02/1960",
        "2010-06-01",
        "MRM",
        "2016-09-15",
        "deux",
        4,
        "oui",
        None,
        "2017-01-10",
        None,
        "Hépatectomie totale",
        "R0",
        None,
        "",
    ],
    [
        "2018-0100",
        "Dupont",
        "Marie",
        "F",
        dt.datetime(1958, 1, 30),
        "12/04/2012",
        "Total mastectomy",
        dt.datetime(2017, 11, 2),
        2,
        2.8,
        "No",
        "VI",
        "15/01/2018",
        "Dr Benali",
        "SEGMENTECTOMY",
        "r0",
        None,
        None,
    ],
]
FOLLOWUP_HEADERS = [
    "Numéro de dossier",
    "Date des nouvelles",
    "État",
    "Récidive constatée",
    "Date de la récidive",
    "Sites de récidive",
    "Date du décès",
    "Remarques",
]
FOLLOWUP_ROWS: list[list[Any]] = [
    ["2016-0042", "15/03/2017", "Vivante sans maladie", "non", None, None, None, None],
    [
        "2016-0042",
        "10/01/2019",
        "Décédée",
        "oui",
        "01/06/2018",
        "Péritoine",
        "10/01/2019",
        "carcinose péritonéale",
    ],
    ["2019-0001", "01/02/2020", "ALIVE_NED", "no", None, None, None, None],
    ["2017-0007", "01/02/2018", "Vivante", "non", None, None, None, None],
    [
        "2018-0100",
        dt.datetime(2019, 1, 15),
        "Alive with disease",
        "1",
        "2018-12-01",
        "Foie",
        None,
        None,
    ],
    ["2018-0100", "2019-06-01", "ALIVE_DISEASE", "yes", "2019-07-01", "LIVER", None, None],
]


def write_workbook(path: Path, sheets: dict[str, tuple[list[str], list[list[Any]]]]) -> Path:
    """Write sheets with openpyxl, the way Excel itself stores them (dates as date cells)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, (header, rows) in sheets.items():
        ws = wb.create_sheet(name)
        ws.append(header)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def make_messy_xlsx(tmp_path: Path) -> Path:
    """The department's workbook: French headers, labels, local dates, errors."""
    return write_workbook(
        tmp_path / "serie_service.xlsx",
        {
            "patients": (PATIENT_HEADERS, PATIENT_ROWS),
            "followups": (FOLLOWUP_HEADERS, FOLLOWUP_ROWS),
        },
    )


def csv_text(header: list[str], rows: list[list[Any]], sep: str = ";") -> str:
    def cell(v: Any) -> str:
        if v is None:
            return ""
        if isinstance(v, dt.datetime):
            return v.strftime("%d/%m/%Y")
        return str(v)

    return "\r\n".join(sep.join(cell(v) for v in row) for row in [header, *rows]) + "\r\n"


def sheet_values(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet's cell values (for comparing two workbooks)."""
    wb = CalamineWorkbook.from_path(str(path))
    return {n: wb.get_sheet_by_name(n).to_python(skip_empty_area=False) for n in wb.sheet_names}


def big_workbook(path: Path, n: int, news_per_patient: int = 4) -> Path:
    """A valid workbook of ``n`` patients with their news, written fast (for cancel and kill)."""
    from hepmeta_desktop import dictionary as dd
    from hepmeta_desktop.services.interchange.xlsx import Sheet
    from hepmeta_desktop.services.interchange.xlsx import write_workbook as fast_write
    from tests.conftest import sample_patient

    base = sample_patient()
    pnames = [v.name for v in dd.patient_variables()]
    fnames = [v.name for v in dd.followup_variables(include_link=True)]
    patients, news = [], []
    for i in range(n):
        rn = f"BIG-{i:06d}"
        values = {**base, "record_number": rn, "last_name": f"Nom{i}"}
        patients.append([values.get(k) for k in pnames])
        for j in range(news_per_patient):
            item = {"record_number": rn, "visit_date": dt.date(2017 + j, 3, 1)}
            item["vital_status"] = "ALIVE_NED"
            item["notes"] = "visite de contrôle, bilan normal"
            news.append([item.get(k) for k in fnames])
    fast_write(path, [Sheet("patients", pnames, patients), Sheet("followups", fnames, news)])
    return path
