"""The import report: one line per problem (sheet, row, column, value, message), CSV or xlsx."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from hepmeta_desktop.services.interchange.layout import ERROR, Problem
from hepmeta_desktop.services.interchange.xlsx import Sheet, write_workbook

HEADERS = {
    "fr": ("Feuille", "Ligne", "Colonne", "Valeur", "Gravité", "Message"),
    "en": ("Sheet", "Row", "Column", "Value", "Severity", "Message"),
}
SEVERITY = {"fr": {"error": "erreur", "warning": "avertissement"}, "en": {}}


def default_report_path(source: Path) -> Path:
    """Beside the imported file: ``<name>_import_report.csv`` (in the folder for a folder)."""
    if source.is_dir():
        return source / "import_report.csv"
    return source.with_name(f"{source.stem}_import_report.csv")


def report_rows(problems: Sequence[Problem], lang: str = "fr") -> list[list[object]]:
    """The report's rows in the user's language (also what the window's table shows)."""
    names = SEVERITY.get(lang, {})
    return [
        [p.sheet, p.row, p.column, p.value, names.get(p.severity, p.severity), p.text(lang)]
        for p in problems
    ]


def write_report(path: Path, problems: Sequence[Problem], lang: str = "fr") -> Path:
    """Write the report as .xlsx when asked for, else as CSV (UTF-8 with BOM, for Excel)."""
    header = HEADERS.get(lang, HEADERS["en"])
    rows = report_rows(problems, lang)
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        write_workbook(path, [Sheet("report", header, rows)])
        return path
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def count_errors(problems: Sequence[Problem]) -> int:
    return sum(1 for p in problems if p.severity == ERROR)
