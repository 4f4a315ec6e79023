"""Writing many new records at once: the demonstration registry and the importer.

Both create thousands of patients in one transaction. Core's executemany builds and
converts a parameter dict per row, which was most of the time at registry scale; here each
column's own bind processor (the dialect's, so dates and times are stored exactly as the
ORM stores them) runs once per value, and constant columns (the batch's timestamp, the
user) are converted once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Dialect, Table

from hepmeta_desktop.services.patients import name_key, split_by_form


def new_patient_rows(
    cleaned: Mapping[str, Any], patient_id: int, now: dt.datetime
) -> dict[str, dict[str, Any]]:
    """The rows of a new, validated patient file by form (patient, primary, metastases,
    surgery), with its id, first version, timestamps and name key."""
    parts = split_by_form(cleaned)
    rows = {form: {**values, "patient_id": patient_id} for form, values in parts.items()}
    rows["patient"] = {
        **parts["patient"],
        "id": patient_id,
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "name_key": name_key(cleaned["last_name"], cleaned["first_name"]),
    }
    return rows


def stored_form(dialect: Dialect, column: Column[Any], value: Any) -> Any:
    """``value`` as the database stores it in ``column`` (converted once for a whole batch)."""
    process = column.type._cached_bind_processor(dialect)
    return process(value) if process is not None else value


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One driver-level executemany of the rows (dicts of column values)."""
    if not rows:
        return
    present = set().union(*(row.keys() for row in rows))
    columns = [c for c in table.columns if c.name in present]
    dialect = conn.dialect
    by_column = []
    for column in columns:
        values = [row.get(column.name) for row in rows]
        process = column.type._cached_bind_processor(dialect)
        if process is not None:
            first = values[0]
            if all(v is first for v in values):
                values = [process(first)] * len(values)
            else:
                values = list(map(process, values))
        by_column.append(values)
    insert_tuples(conn, table, [c.name for c in columns], list(zip(*by_column, strict=True)))


def insert_tuples(
    conn: Connection, table: Table, names: Sequence[str], data: list[tuple[Any, ...]]
) -> None:
    """executemany of tuples already in the database's form, with the driver's paramstyle."""
    if not data:
        return
    quote = conn.dialect.identifier_preparer.quote
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    columns = ", ".join(quote(name) for name in names)
    marks = ", ".join(mark for _ in names)
    table_name = conn.dialect.identifier_preparer.format_table(table)
    conn.exec_driver_sql(f"INSERT INTO {table_name} ({columns}) VALUES ({marks})", data)
