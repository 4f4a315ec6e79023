"""Checking an interchange file row by row with the services' own validators; writes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.errors import Message
from hepmeta_desktop.services.interchange.layout import (
    CHECK,
    FOLLOWUPS,
    PATIENTS,
    WARNING,
    Problem,
    Progress,
    check_cancel,
    followup_columns,
    patient_columns,
)
from hepmeta_desktop.services.interchange.parse import (
    cell_text,
    map_columns,
    parse_cell,
    parser_for,
)
from hepmeta_desktop.services.interchange.plan import (
    ImportPlan,
    NewsRow,
    PatientRow,
    StoredPatient,
)
from hepmeta_desktop.services.interchange.reader import InterchangeData, SheetData
from hepmeta_desktop.services.validation import REQUIRED, validate_followup, validate_patient

RN = "record_number"
BATCH = 500

EXTRA_COLUMN = Message("Colonne inconnue, ignorée.", "Unknown column, ignored.")
MISSING_COLUMN = Message("Colonne obligatoire absente.", "Required column missing.")
NO_FOLLOWUPS = Message(
    "Pas de feuille « followups » : aucune nouvelle importée.",
    "No 'followups' sheet: no news imported.",
)
IN_DATABASE = Message(
    "Ce numéro de dossier existe déjà dans la base (mise à jour non demandée).",
    "This record number is already in the database (update not requested).",
)
NO_PATIENT = Message(
    "Aucune patiente de ce numéro de dossier dans la feuille patients.",
    "No patient with this record number in the patients sheet.",
)


def _repeated(first_row: int) -> Message:
    return Message(
        f"Numéro de dossier en double dans le fichier (déjà ligne {first_row}).",
        f"Record number repeated in the file (already row {first_row}).",
    )


def _duplicate_column(first: str) -> Message:
    return Message(
        f"Colonne en double (même variable que « {first} »), ignorée.",
        f"Duplicate column (same variable as '{first}'), ignored.",
    )


def _patient_rejected(row: int) -> Message:
    return Message(
        f"Non importée : la ligne de la patiente (ligne {row}) a des erreurs.",
        f"Not imported: the patient's row (row {row}) has errors.",
    )


class _Sheet:
    """One sheet being checked: its column map and how to report a problem in it."""

    def __init__(self, data: SheetData, sheet: str, columns: tuple[dd.Variable, ...]) -> None:
        self.data = data
        self.sheet = sheet
        self.columns = map_columns(data.header, columns)
        self.parsers = [
            (v.name, self.columns.index[v.name], parser_for(v))
            for v in columns
            if v.name in self.columns.index
        ]
        self.missing = {v.name for v in columns if v.name not in self.columns.index}
        self.required_missing = {v.name for v in columns if v.required} & self.missing
        self.hidden = False  # some row was refused for a required column the sheet lacks
        self.present = tuple(self.columns.index)

    def column(self, name: str) -> str:
        return self.columns.header.get(name, name)

    def problem(self, row: int, name: str, message: Message, cells: Mapping[str, Any]) -> Problem:
        return Problem(self.sheet, row, self.column(name), message, cell_text(cells.get(name)))

    def parse(self, cells: list[Any]) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """(values for the validator, cells as read) of one row; None for an empty row."""
        raw: dict[str, Any] = {}
        shown: dict[str, Any] = {}
        width = len(cells)
        for name, index, parser in self.parsers:
            cell = cells[index] if index < width else None
            value = parse_cell(parser, cell)
            if value is not None:
                raw[name] = value
                shown[name] = cell
        return (raw, shown) if raw or any(c not in (None, "") for c in cells) else None

    def header_problems(self, need_required: bool) -> list[Problem]:
        out = [
            Problem(self.sheet, self.data.header_row, text, EXTRA_COLUMN, text, WARNING)
            for _, text in self.columns.extra
        ]
        out += [
            Problem(
                self.sheet, self.data.header_row, text, _duplicate_column(self.column(name)), text
            )
            for _, text, name in self.columns.duplicate
        ]
        if need_required:
            out += [
                Problem(self.sheet, self.data.header_row, n, MISSING_COLUMN)
                for n in sorted(self.required_missing)
            ]
        return out

    def report(
        self, problems: list[Problem], row: int, errors: Mapping[str, Message], cells: Mapping
    ) -> None:
        for name, message in errors.items():
            if name in self.missing:
                self.hidden = True  # said once, at the top of the column that is not there
                continue
            problems.append(self.problem(row, name, message, cells))


def check_file(
    data: InterchangeData,
    existing: Mapping[str, int],
    stored: Mapping[str, StoredPatient],
    *,
    update: bool,
    valid_only: bool,
    today: dt.date,
    progress: Progress,
) -> ImportPlan:
    """Parse and validate every row; ``existing`` maps the database's record numbers to ids."""
    problems: list[Problem] = []
    psheet = _Sheet(data.patients, PATIENTS, patient_columns())
    fsheet = _Sheet(data.followups, FOLLOWUPS, followup_columns()) if data.followups else None
    if RN not in psheet.columns.index:
        problems.append(Problem(PATIENTS, psheet.data.header_row, RN, MISSING_COLUMN))
        return ImportPlan([], problems)
    if fsheet is None:
        problems.append(Problem(FOLLOWUPS, 1, "", NO_FOLLOWUPS, severity=WARNING))
    elif RN not in fsheet.columns.index:
        problems.append(Problem(FOLLOWUPS, fsheet.data.header_row, RN, MISSING_COLUMN))
        fsheet = None
    total = len(data.patients.rows) + (len(data.followups.rows) if data.followups else 0)
    patients = _read_patients(psheet, existing, stored, update, problems, progress, total)
    news_rows = _read_news(fsheet, patients, problems, progress, total) if fsheet else 0
    for i, prow in enumerate(patients):
        if i % BATCH == 0:
            progress.report(CHECK, total + i, total + len(patients))
            check_cancel(progress)
        _validate_patient(prow, psheet, fsheet, today, problems)
    problems[:0] = psheet.header_problems(psheet.hidden)
    if fsheet:
        problems[:0] = fsheet.header_problems(fsheet.hidden)
    if valid_only:
        for prow in patients:
            if not prow.ok:
                for n in prow.news:
                    if n.cleaned is not None and fsheet is not None:
                        problems.append(
                            fsheet.problem(n.row, RN, _patient_rejected(prow.row), n.cells)
                        )
    problems.sort(key=lambda p: (p.sheet != PATIENTS, p.row))
    return ImportPlan([p for p in patients if p.ok], problems, news_rows)


def _read_patients(
    sheet: _Sheet,
    existing: Mapping[str, int],
    stored: Mapping[str, StoredPatient],
    update: bool,
    problems: list[Problem],
    progress: Progress,
    total: int,
) -> list[PatientRow]:
    out: list[PatientRow] = []
    first_row: dict[str, int] = {}
    for offset, cells in enumerate(sheet.data.rows):
        if offset % BATCH == 0:
            progress.report(CHECK, offset, total)
            check_cancel(progress)
        parsed = sheet.parse(cells)
        if parsed is None:
            continue
        raw, shown = parsed
        row = offset + sheet.data.header_row + 1
        rn = raw.get(RN)
        rn = rn.strip() if isinstance(rn, str) else rn
        prow = PatientRow(row, rn, raw, shown)
        if isinstance(rn, str):
            if rn in first_row:
                problems.append(sheet.problem(row, RN, _repeated(first_row[rn]), shown))
                prow.record_number = None  # its news belong to the first row
                continue
            first_row[rn] = row
            if rn in existing:
                if not update:
                    problems.append(sheet.problem(row, RN, IN_DATABASE, shown))
                    prow.record_number = None
                    out.append(prow)  # its news are checked, and refused with it
                    continue
                prow.stored = stored[rn]
        out.append(prow)
        prow.ok = True  # until validation says otherwise
    return out


def _read_news(
    sheet: _Sheet,
    patients: list[PatientRow],
    problems: list[Problem],
    progress: Progress,
    total: int,
) -> int:
    by_number = {p.raw[RN].strip(): p for p in patients if isinstance(p.raw.get(RN), str)}
    count = 0
    start = total - len(sheet.data.rows)
    for offset, cells in enumerate(sheet.data.rows):
        if offset % BATCH == 0:
            progress.report(CHECK, start + offset, total)
            check_cancel(progress)
        parsed = sheet.parse(cells)
        if parsed is None:
            continue
        count += 1
        raw, shown = parsed
        row = offset + sheet.data.header_row + 1
        rn = raw.pop(RN, None)
        if rn is None:
            problems.append(sheet.problem(row, RN, REQUIRED, shown))
            continue
        owner = by_number.get(str(rn).strip())
        if owner is None:
            problems.append(sheet.problem(row, RN, NO_PATIENT, shown))
            continue
        owner.news.append(NewsRow(row, raw, shown))
    return count


def _match_stored(prow: PatientRow, emptied: dict[str, None]) -> list[dict[str, Any]]:
    """Pair file news with stored news of the same date; returns the unpaired stored news.

    A paired row keeps the stored values of the columns the sheet does not have; an empty
    cell of a column it has means "not recorded".
    """
    assert prow.stored is not None
    pool: dict[Any, list] = {}
    for f in sorted(prow.stored.news, key=lambda f: (f.values["visit_date"], f.id)):
        pool.setdefault(f.values["visit_date"], []).append(f)
    for n in prow.news:
        candidates = pool.get(n.raw.get("visit_date"))
        if candidates:
            n.match = candidates.pop(0)
            n.raw = {**n.match.values, **emptied, **n.raw}
    return [dict(f.values) for fs in pool.values() for f in fs]


def _validate_patient(
    prow: PatientRow,
    psheet: _Sheet,
    fsheet: _Sheet | None,
    today: dt.date,
    problems: list[Problem],
) -> None:
    others: list[dict[str, Any]] = []
    raw = prow.raw
    if prow.stored is not None:
        news_emptied = dict.fromkeys(fsheet.present if fsheet else ())
        news_emptied.pop(RN, None)
        others = _match_stored(prow, news_emptied)
        raw = {**prow.stored.values, **dict.fromkeys(psheet.present), **raw}
    cleaned, errors = validate_patient(raw, [*others, *(n.raw for n in prow.news)], today)
    if errors:
        psheet.report(problems, prow.row, errors, prow.cells)
        prow.ok = False
    elif prow.ok:
        prow.cleaned = cleaned
    surgery = cleaned.get("liver_surgery_date") if "liver_surgery_date" not in errors else None
    for n in prow.news:
        item, item_errors = validate_followup(n.raw, surgery, others, today)
        if item_errors:
            assert fsheet is not None
            fsheet.report(problems, n.row, item_errors, n.cells)
            continue
        n.cleaned = item
        others.append(item)
