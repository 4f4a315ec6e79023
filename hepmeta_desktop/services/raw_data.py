"""The registry's raw rows in the interchange layout (sheets ``patients`` and ``followups``).

The Excel report's ``--raw`` option writes these two tables.  The interchange exporter
(branch ``interchange``) owns the layout; when it is merged, :func:`raw_tables` is the one
place to point at it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.models import Patient
from hepmeta_desktop.services.pseudonym import Pseudonymiser

PATIENTS_SHEET, FOLLOWUPS_SHEET = "patients", "followups"
_PART = {"primary": "primary", "metastases": "metastases", "surgery": "surgery"}


@dataclass(frozen=True)
class RawTable:
    """One sheet: column names (variable names) and rows of Python-typed values."""

    name: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def _patient_values(p: Patient) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for v in dd.patient_variables():
        holder = p if v.form == "patient" else getattr(p, _PART[v.form])
        values[v.name] = getattr(holder, v.name) if holder is not None else None
    return values


def _followup_values(record_number: str, f) -> dict[str, Any]:
    values: dict[str, Any] = {"record_number": record_number}
    for v in dd.followup_variables():
        values[v.name] = getattr(f, v.name)
    return values


def _table(name: str, dicts: list[dict[str, Any]], default: tuple[str, ...]) -> RawTable:
    columns = tuple(dicts[0]) if dicts else default
    return RawTable(name, columns, [tuple(d.get(c) for c in columns) for d in dicts])


def raw_tables(db, pseudonymiser: Pseudonymiser | None = None) -> tuple[RawTable, RawTable]:
    """Every patient and every piece of news; pseudonymised when a pseudonymiser is given."""
    patients: list[dict[str, Any]] = []
    news: list[dict[str, Any]] = []
    with db.read() as s:
        query = (
            select(Patient)
            .options(
                selectinload(Patient.primary),
                selectinload(Patient.metastases),
                selectinload(Patient.surgery),
                selectinload(Patient.followups),
            )
            .order_by(Patient.record_number)
        )
        for p in s.scalars(query):
            values = _patient_values(p)
            surgery_day = values.get("liver_surgery_date")
            rows = [_followup_values(p.record_number, f) for f in p.followups]
            if pseudonymiser is not None:
                values = pseudonymiser.patient_row(values)
                rows = [pseudonymiser.followup_row(r, surgery_day) for r in rows]
            patients.append(values)
            news.extend(rows)
    patient_cols = tuple(v.name for v in dd.patient_variables())
    news_cols = tuple(v.name for v in dd.followup_variables(include_link=True))
    return (
        _table(PATIENTS_SHEET, patients, patient_cols),
        _table(FOLLOWUPS_SHEET, news, news_cols),
    )
