"""Copying a whole registry into an empty database (SQLite file to PostgreSQL), verified.

Every table the schema holds is copied (clinical tables, audit trail, settings, and any
table a later migration adds, such as users) with its ids, in foreign-key order, in one
transaction on the target. Before committing, the copy is checked twice: the row count of
each table, and a canonical dump of both databases (each table's rows as normalised text,
sorted) must be equal. Anything short of that rolls the target back to empty.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, MetaData, Table, func, insert, select, text

from hepmeta_desktop.db import Database, sync_id_sequences
from hepmeta_desktop.errors import DatabaseError, Message
from hepmeta_desktop.models import AuditEntry, Base, utcnow

#: Not copied: Alembic's bookkeeping (each side has its own, both at the same head), and
#: the list of running copies that have the database open (app_session, when the users
#: migration is there): true of the old file, not of the new server.
SKIPPED_TABLES = frozenset({"alembic_version", "app_session"})
BATCH_ROWS = 2000

Progress = Callable[[str, int, int], None]  # (table, rows copied so far, rows in table)


@dataclass(frozen=True)
class CopyReport:
    """What was copied: rows per table (source = target), and the dump's fingerprint."""

    counts: dict[str, int]
    fingerprint: str

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def registry_tables(conn: Connection) -> list[Table]:
    """The registry's tables in foreign-key order: the models' definitions where they exist
    (exact types), the database's own for any other table."""
    reflected = MetaData()
    reflected.reflect(bind=conn)
    tables = []
    for table in reflected.sorted_tables:
        if table.name in SKIPPED_TABLES:
            continue
        tables.append(Base.metadata.tables.get(table.name, table))
    return tables


def row_counts(conn: Connection, tables: list[Table]) -> dict[str, int]:
    return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in tables}


def _text(value: Any) -> str | None:
    """One value as text, the same whichever back-end returned it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float | Decimal):
        return repr(float(value))
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return str(value)


def canonical_rows(conn: Connection, table: Table) -> list[list[str | None]]:
    """A table's rows, values as text, columns by name, rows sorted (in Python, so that
    neither back-end's collation decides the order)."""
    names = sorted(c.name for c in table.columns)
    rows = [[_text(row[n]) for n in names] for row in conn.execute(select(table)).mappings()]
    rows.sort(key=lambda r: [(v is not None, v or "") for v in r])
    return rows


def canonical_dump(conn: Connection, tables: list[Table]) -> dict[str, list[list[str | None]]]:
    """Every table's canonical rows, by table name."""
    return {table.name: canonical_rows(conn, table) for table in tables}


def _refuse(fr: str, en: str) -> DatabaseError:
    return DatabaseError(Message(fr, en))


def copy_registry(
    source: Database, target: Database, *, user: str = "system", progress: Progress | None = None
) -> CopyReport:
    """Copy ``source`` into the empty ``target`` (both at the current schema), verified.

    Raises ``DatabaseError`` if the target holds any row, if the two schemas differ, or if
    the verification finds any difference (the target is then left empty).
    """
    if source.engine.url == target.engine.url:
        raise _refuse("La source et la cible sont la même base.", "Source and target are one.")
    # One read transaction on the source: a consistent snapshot for the copy and the check.
    with (
        source.engine.connect() as src,
        target.engine.connect() as dst,
        src.begin(),
        dst.begin(),
    ):
        tables = registry_tables(dst)
        if dst.dialect.name == "postgresql":
            # No PC writes into the target (and no second copy starts) until this one ends.
            names = ", ".join(dst.dialect.identifier_preparer.format_table(t) for t in tables)
            dst.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))
        source_names = {t.name for t in registry_tables(src)}
        if source_names != {t.name for t in tables}:
            raise _refuse(
                "Les deux bases n'ont pas les mêmes tables (versions différentes).",
                "The two databases do not have the same tables (different versions).",
            )
        occupied = {n: c for n, c in row_counts(dst, tables).items() if c}
        if occupied:
            listed = ", ".join(f"{n} ({c})" for n, c in occupied.items())
            raise _refuse(
                f"La base cible n'est pas vide : {listed}. Rien n'a été copié ; "
                "indiquez une base neuve.",
                f"The target database is not empty: {listed}. Nothing was copied; "
                "give a new, empty database.",
            )
        counts = row_counts(src, tables)
        for table in tables:
            _copy_table(src, dst, table, counts[table.name], progress)
        sync_id_sequences(dst, tables, _audited_ids(dst))
        report = _verify(src, dst, tables, counts)
        if not report:  # raising rolls the target back
            raise _refuse(
                "La vérification de la copie a échoué ; la base cible est restée vide.",
                "The copy did not verify; the target database was left empty.",
            )
        dst.execute(
            insert(AuditEntry),
            {
                "at_utc": utcnow(),
                "user": user,
                "action": "migrate",
                "table_name": "",
                "field": "",
                "new_value": f"copied from {source.display_name}: "
                f"{report.total_rows} rows, sha256 {report.fingerprint}",
            },
        )
    return report


def _audited_ids(conn: Connection) -> dict[str, int]:
    """Next ids above every patient and news id the trail names, deleted ones included, so
    that PostgreSQL never gives a new patient the history of a deleted one."""
    log = AuditEntry.__table__.c
    top_patient = conn.scalar(select(func.max(log.patient_id)))
    top_news = conn.scalar(select(func.max(log.record_id)).where(log.table_name == "followup"))
    return {"patient": (top_patient or 0) + 1, "followup": (top_news or 0) + 1}


def _copy_table(
    src: Connection, dst: Connection, table: Table, total: int, progress: Progress | None
) -> None:
    done = 0
    if progress:
        progress(table.name, 0, total)
    result = src.execution_options(yield_per=BATCH_ROWS).execute(select(table))
    for batch in result.mappings().partitions():
        dst.execute(insert(table), [dict(row) for row in batch])
        done += len(batch)
        if progress:
            progress(table.name, done, total)


def _verify(
    src: Connection, dst: Connection, tables: list[Table], counts: dict[str, int]
) -> CopyReport | None:
    if row_counts(dst, tables) != counts:
        return None
    digest = hashlib.sha256()
    for table in tables:  # one table in memory at a time
        rows = canonical_rows(src, table)
        if canonical_rows(dst, table) != rows:
            return None
        digest.update(json.dumps([table.name, rows]).encode())
    return CopyReport(counts, digest.hexdigest())


__all__ = ["CopyReport", "copy_registry", "canonical_dump", "registry_tables", "row_counts"]
