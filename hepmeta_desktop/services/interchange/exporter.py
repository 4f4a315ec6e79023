"""Export of the registry to the interchange file: .xlsx workbook or a folder of UTF-8 CSV."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import String, select, type_coerce

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import Message
from hepmeta_desktop.models import BreastPrimary, FollowUp, LiverMetastases, LiverSurgery, Patient
from hepmeta_desktop.services.audit import write_event
from hepmeta_desktop.services.interchange.layout import (
    DICTIONARY,
    FOLLOWUPS,
    PATIENTS,
    READ,
    WRITE,
    InterchangeFileError,
    NullProgress,
    Progress,
    check_cancel,
    followup_columns,
    patient_columns,
)
from hepmeta_desktop.services.interchange.parse import ambiguous_labels
from hepmeta_desktop.services.interchange.xlsx import Sheet, write_workbook
from hepmeta_desktop.services.pseudonym import Pseudonymiser, interval_label

_PART_MODELS = {
    "patient": Patient,
    "primary": BreastPrimary,
    "metastases": LiverMetastases,
    "surgery": LiverSurgery,
}
DICTIONARY_HEADER = (
    "sheet",
    "variable",
    "type",
    "required",
    "label_en",
    "label_fr",
    "unit",
    "min",
    "max",
    "codes",
    "note",
)


@dataclass
class ExportData:
    """The registry as the interchange file's rows of typed values, in codes."""

    patients: list[list[Any]]
    followups: list[list[Any]]
    #: The columns of each sheet (other than the layout's once pseudonymised).
    patient_columns: tuple[dd.Variable, ...] = field(default_factory=patient_columns)
    followup_columns: tuple[dd.Variable, ...] = field(default_factory=followup_columns)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    patients: int
    followups: int
    files: tuple[Path, ...]


def _column(model: Any, variable: dd.Variable) -> Any:
    column = getattr(model, variable.name)
    # Dates come back as text and are parsed below: SQLAlchemy's per-cell regex took a
    # third of the export's time.
    return type_coerce(column, String).label(variable.name) if variable.type == dd.DATE else column


def _dates(rows: Any, columns: tuple[dd.Variable, ...]) -> list[list[Any]]:
    indices = [i for i, v in enumerate(columns) if v.type == dd.DATE]
    parse = dt.date.fromisoformat
    out = []
    for row in rows:
        values = list(row)
        for i in indices:
            value = values[i]
            if value.__class__ is str:
                values[i] = parse(value[:10])
        out.append(values)
    return out


def collect(db: Database) -> ExportData:
    """Every patient (by record number) and every piece of news (by patient, then date)."""
    pcols = [_column(_PART_MODELS[v.form], v) for v in patient_columns()]
    query = (
        select(*pcols)
        .outerjoin(BreastPrimary, BreastPrimary.patient_id == Patient.id)
        .outerjoin(LiverMetastases, LiverMetastases.patient_id == Patient.id)
        .outerjoin(LiverSurgery, LiverSurgery.patient_id == Patient.id)
        .order_by(Patient.record_number)
    )
    fcols = [Patient.record_number] + [_column(FollowUp, v) for v in followup_columns()[1:]]
    news = (
        select(*fcols)
        .join(Patient, Patient.id == FollowUp.patient_id)
        .order_by(Patient.record_number, FollowUp.visit_date, FollowUp.id)
    )
    with db.read() as s:
        patients = _dates(s.execute(query), patient_columns())
        followups = _dates(s.execute(news), followup_columns())
    return ExportData(patients, followups)


def _derived_variable(form: str, name: str) -> dd.Variable:
    """A column the pseudonymised file adds (age, days from the liver surgery)."""
    if name == "age":
        en, fr = "Age at liver surgery (years)", "Âge à la chirurgie hépatique (ans)"
    else:
        stem = name.split("_days_", 1)[0] + "_date"
        date = dd.var(stem, "followup") if form == "followup" else dd.var(stem)
        en, fr = (
            interval_label(date.label_en, stem, "en"),
            interval_label(date.label_fr, stem, "fr"),
        )
    return dd.Variable(form=form, name=name, type=dd.INTEGER, required=False,
                       label_en=en, label_fr=fr)  # fmt: skip


def _columns_of(form: str, names, known: tuple[dd.Variable, ...]) -> tuple[dd.Variable, ...]:
    by_name = {v.name: v for v in known}
    return tuple(by_name.get(n) or _derived_variable(form, n) for n in names)


def pseudonymise_data(data: ExportData, pseudonymiser: Pseudonymiser) -> ExportData:
    """The rows with no identity, keyed pseudonyms and dates as days from surgery."""
    pnames = [v.name for v in data.patient_columns]
    fnames = [v.name for v in data.followup_columns]
    surgery: dict[Any, Any] = {}
    patients = []
    for row in data.patients:
        values = dict(zip(pnames, row, strict=True))
        surgery[values["record_number"]] = values.get("liver_surgery_date")
        patients.append(pseudonymiser.patient_row(values))
    news = [
        pseudonymiser.followup_row(dict(zip(fnames, row, strict=True)), surgery.get(row[0]))
        for row in data.followups
    ]
    p_keys = list(pseudonymiser.patient_row(dict.fromkeys(pnames)))
    f_keys = list(pseudonymiser.followup_row(dict.fromkeys(fnames), None))
    return ExportData(
        [list(p.values()) for p in patients],
        [list(f.values()) for f in news],
        _columns_of("patient", p_keys, data.patient_columns),
        _columns_of("followup", f_keys, data.followup_columns),
    )


def _converter(variable: dd.Variable, labels: str | None, as_text: bool) -> Callable[[Any], Any]:
    """How one column's stored value is written: typed for xlsx, text for CSV."""
    if labels and variable.coded:
        shared = ambiguous_labels(variable)

        def label(value: Any) -> Any:
            if value is None:
                return None
            if (
                variable.type != dd.MULTI
                and dd.fold(variable.choice_label(value, labels)) in shared
            ):
                return value  # a label two codes share would not import back: the code
            return dd.format_label(variable, value, labels)

        return label
    if as_text:
        return lambda v: None if v is None else dd.format_plain(variable, v)
    return lambda v: v


def _convert(rows: list[list[Any]], columns: tuple[dd.Variable, ...], labels, as_text) -> list:
    converters = [_converter(v, labels, as_text) for v in columns]
    plain = [i for i, v in enumerate(columns) if not (v.coded and labels) and not as_text]
    if len(plain) == len(columns):
        return rows
    return [[f(value) for f, value in zip(converters, row, strict=True)] for row in rows]


def dictionary_rows(data: ExportData | None = None) -> list[list[str]]:
    """The ``dictionary`` sheet: every column of both sheets with its labels, unit and codes."""
    out = []
    pcols = data.patient_columns if data else patient_columns()
    fcols = data.followup_columns if data else followup_columns()
    for sheet, columns in ((PATIENTS, pcols), (FOLLOWUPS, fcols)):
        for v in columns:
            codes = "; ".join(f"{c.code}={c.label_en}|{c.label_fr}" for c in v.choices)
            out.append(
                [
                    sheet,
                    v.name,
                    v.type,
                    "yes" if v.required else "no",
                    v.label_en,
                    v.label_fr,
                    v.unit,
                    dd.format_plain(v, v.min),
                    dd.format_plain(v, v.max),
                    codes,
                    v.note,
                ]
            )
    return out


def _headers(data: ExportData) -> tuple[list[str], list[str]]:
    return [v.name for v in data.patient_columns], [v.name for v in data.followup_columns]


def write_xlsx(data: ExportData, target: Path, labels: str | None) -> tuple[Path, ...]:
    p_head, f_head = _headers(data)
    pcols, fcols = data.patient_columns, data.followup_columns
    write_workbook(
        target,
        [
            Sheet(PATIENTS, p_head, _convert(data.patients, pcols, labels, False)),
            Sheet(FOLLOWUPS, f_head, _convert(data.followups, fcols, labels, False)),
            Sheet(DICTIONARY, list(DICTIONARY_HEADER), dictionary_rows(data)),
        ],
    )
    return (target,)


def _write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(["" if v is None else v for v in row] for row in rows)
    tmp.replace(path)


def write_csv_folder(data: ExportData, target: Path, labels: str | None) -> tuple[Path, ...]:
    folder = target.parent if target.suffix.lower() == ".csv" else target
    folder.mkdir(parents=True, exist_ok=True)
    p_head, f_head = _headers(data)
    files = (folder / "patients.csv", folder / "followups.csv", folder / "dictionary.csv")
    _write_csv(files[0], p_head, _convert(data.patients, data.patient_columns, labels, True))
    _write_csv(files[1], f_head, _convert(data.followups, data.followup_columns, labels, True))
    _write_csv(files[2], list(DICTIONARY_HEADER), dictionary_rows(data))
    return files


Writer = Callable[[ExportData, Path, "str | None"], tuple[Path, ...]]
#: Writers by format; other formats (.sav, .dta) register here with ``register_format``.
FORMATS: dict[str, Writer] = {"xlsx": write_xlsx, "csv": write_csv_folder}
#: File suffix → format; a folder (or a path without suffix) means CSV.
SUFFIXES: dict[str, str] = {".xlsx": "xlsx", ".csv": "csv"}


def register_format(name: str, suffix: str, writer: Writer) -> None:
    """Add an export format (e.g. ``register_format("sav", ".sav", write_sav)``)."""
    FORMATS[name] = writer
    SUFFIXES[suffix.lower()] = name


def format_for(target: Path) -> str:
    """The format a target path asks for: by its suffix; a folder or no suffix is CSV."""
    if target.is_dir() or not target.suffix:
        return "csv"
    try:
        return SUFFIXES[target.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(SUFFIXES))
        raise InterchangeFileError(
            Message(
                f"Format d'export inconnu : {target.suffix} (formats : {known}, ou un dossier).",
                f"Unknown export format: {target.suffix} (formats: {known}, or a folder).",
            )
        ) from None


def export_file(
    db: Database,
    target: str | Path,
    *,
    user: str,
    labels: str | None = None,
    fmt: str | None = None,
    progress: Progress | None = None,
    pseudonymise: bool = False,
) -> ExportResult:
    """Write the registry to ``target`` and record the export in the audit trail.

    Pseudonymised (services.pseudonym): no names, phone, notes or birth date, keyed
    pseudonyms for the record numbers, dates as days from the liver surgery.
    """
    progress = progress or NullProgress()
    target = Path(target)
    fmt = fmt or format_for(target)
    progress.report(READ, 0, 2)
    data = collect(db)
    if pseudonymise:
        data = pseudonymise_data(data, Pseudonymiser.for_database(db))
    check_cancel(progress)
    progress.report(WRITE, 1, 2)
    files = FORMATS[fmt](data, target, labels)
    progress.report(WRITE, 2, 2)
    names = ", ".join(f.name for f in files)
    detail = (
        f"{names}: {len(data.patients)} patients, {len(data.followups)} news"
        + (f", labels {labels}" if labels else "")
        + f", pseudonymised={'yes' if pseudonymise else 'no'}"
    )
    with db.write() as s:
        write_event(s, user=user, action="export", detail=detail)
    return ExportResult(target, len(data.patients), len(data.followups), files)
