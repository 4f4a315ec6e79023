"""Reading an interchange file into rows of cells: .xlsx (calamine) or two CSV files."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.errors import Message
from hepmeta_desktop.services.interchange.layout import (
    FOLLOWUPS,
    PATIENTS,
    InterchangeFileError,
    sheet_columns,
)
from hepmeta_desktop.services.interchange.parse import map_columns

#: Sheet (or CSV file) names accepted for each sheet, folded.
SHEET_NAMES = {
    PATIENTS: ("patients", "patient", "patientes", "patiente"),
    FOLLOWUPS: ("followups", "followup", "follow-up", "suivi", "nouvelles"),
}
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
HEADER_SEARCH = 10


@dataclass
class SheetData:
    """One sheet as read: the header row and the data rows below it."""

    name: str
    header: list[Any]
    rows: list[list[Any]] = field(default_factory=list)
    header_row: int = 1  # as Excel numbers rows: the first data row is header_row + 1


@dataclass
class InterchangeData:
    """What was read: the two sheets (followups may be missing) and where they came from."""

    source: Path
    patients: SheetData
    followups: SheetData | None


def _unreadable(path: Path, why: str = "") -> InterchangeFileError:
    extra_fr = f" ({why})" if why else ""
    return InterchangeFileError(
        Message(
            f"Fichier illisible : {path.name}{extra_fr}.",
            f"Cannot read the file: {path.name}{extra_fr}.",
        )
    )


def _missing_patients(path: Path) -> InterchangeFileError:
    return InterchangeFileError(
        Message(
            f"{path.name} : feuille « patients » introuvable (ou fichier patients.csv absent).",
            f"{path.name}: no sheet 'patients' (or no patients.csv file).",
        )
    )


def _which(name: str) -> str | None:
    folded = dd.fold(Path(name).stem if name.lower().endswith(".csv") else name)
    for sheet, names in SHEET_NAMES.items():
        if folded in names:
            return sheet
    return None


def _header_index(table: list[list[Any]], sheet: str) -> int:
    """The header row: the first of the top rows naming two variables (a title may be above)."""
    columns = sheet_columns(sheet)
    for i, row in enumerate(table[:HEADER_SEARCH]):
        if len(map_columns(row, columns).index) >= 2:
            return i
    return 0


def _split(name: str, table: list[list[Any]], sheet: str) -> SheetData:
    if not table:
        return SheetData(name, [])
    top = _header_index(table, sheet)
    return SheetData(name, list(table[top]), [list(r) for r in table[top + 1 :]], top + 1)


def read_excel(path: Path, nrows: int | None = None) -> InterchangeData:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own errors for damaged or foreign files
        raise _unreadable(path, type(exc).__name__) from exc
    found: dict[str, SheetData] = {}
    for sheet_name in workbook.sheet_names:
        which = _which(sheet_name)
        if which is None or which in found:
            continue
        sheet = workbook.get_sheet_by_name(sheet_name)
        limit = None if nrows is None else nrows + HEADER_SEARCH
        table = sheet.to_python(skip_empty_area=False, nrows=limit)
        found[which] = _split(sheet_name, table, which)
    if PATIENTS not in found:
        raise _missing_patients(path)
    return InterchangeData(path, found[PATIENTS], found.get(FOLLOWUPS))


def decode(raw: bytes) -> str:
    """CSV bytes as text: UTF-8 with or without BOM, else Windows-1252 (old Excel)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_file(path: Path, sheet: str, nrows: int | None = None) -> SheetData:
    try:
        text = decode(path.read_bytes())
    except OSError as exc:
        raise _unreadable(path, exc.strerror or "") from exc
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    table = []
    try:
        for row in reader:
            table.append(row)
            if nrows is not None and len(table) > nrows + HEADER_SEARCH:
                break
    except csv.Error as exc:  # e.g. a cell longer than the csv module accepts
        raise _unreadable(path, str(exc)) from exc
    return _split(path.name, table, sheet)


def _find_csv(folder: Path, sheet: str) -> Path | None:
    for child in sorted(folder.iterdir()):
        if child.suffix.lower() == ".csv" and _which(child.name) == sheet:
            return child
    return None


def read_csv(path: Path, nrows: int | None = None) -> InterchangeData:
    folder = path if path.is_dir() else path.parent
    patients = _find_csv(folder, PATIENTS) if path.is_dir() or _which(path.name) else path
    if patients is None or not patients.exists():
        raise _missing_patients(path)
    news = _find_csv(folder, FOLLOWUPS)
    return InterchangeData(
        path,
        read_csv_file(patients, PATIENTS, nrows),
        read_csv_file(news, FOLLOWUPS, nrows) if news else None,
    )


def read_interchange(path: str | Path, nrows: int | None = None) -> InterchangeData:
    """Read an .xlsx workbook, or ``patients.csv`` (+ ``followups.csv``), or their folder."""
    path = Path(path)
    if not path.exists():
        raise InterchangeFileError(
            Message(f"Fichier introuvable : {path}", f"File not found: {path}")
        )
    if path.is_dir() or path.suffix.lower() == ".csv":
        return read_csv(path, nrows)
    if path.suffix.lower() in EXCEL_SUFFIXES:
        return read_excel(path, nrows)
    raise InterchangeFileError(
        Message(
            f"{path.name} : format non pris en charge (classeur .xlsx, fichiers .csv ou dossier).",
            f"{path.name}: unsupported format (an .xlsx workbook, .csv files or a folder).",
        )
    )
