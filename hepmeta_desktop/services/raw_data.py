"""The registry's raw rows in the interchange layout, for the Excel report's ``--raw`` sheets.

The layout is the interchange exporter's (:func:`services.interchange.exporter.collect`):
the report's sheets ``patients`` and ``followups`` hold what ``hepmeta export`` writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hepmeta_desktop.services.interchange.exporter import collect, pseudonymise_data
from hepmeta_desktop.services.interchange.layout import FOLLOWUPS, PATIENTS
from hepmeta_desktop.services.pseudonym import Pseudonymiser


@dataclass(frozen=True)
class RawTable:
    """One sheet: column names (variable names) and rows of Python-typed values."""

    name: str
    columns: tuple[str, ...]
    rows: list[list[Any]]


def raw_tables(db, pseudonymiser: Pseudonymiser | None = None) -> tuple[RawTable, RawTable]:
    """Every patient and every piece of news; pseudonymised when a pseudonymiser is given."""
    data = collect(db)
    if pseudonymiser is not None:
        data = pseudonymise_data(data, pseudonymiser)
    return (
        RawTable(PATIENTS, tuple(v.name for v in data.patient_columns), data.patients),
        RawTable(FOLLOWUPS, tuple(v.name for v in data.followup_columns), data.followups),
    )
