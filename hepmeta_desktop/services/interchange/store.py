"""Writing a checked import: one transaction, bulk inserts, audit rows, all or nothing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, selectinload

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import HepmetaError, Message
from hepmeta_desktop.models import (
    AuditEntry,
    BreastPrimary,
    FollowUp,
    LiverMetastases,
    LiverSurgery,
    Patient,
    utcnow,
)
from hepmeta_desktop.services import audit
from hepmeta_desktop.services.bulk import bulk_insert, insert_tuples, new_patient_rows, stored_form
from hepmeta_desktop.services.interchange.layout import WRITE, Progress, check_cancel
from hepmeta_desktop.services.interchange.plan import ImportPlan, PatientRow, StoredPatient
from hepmeta_desktop.services.patients import (
    PART_ATTR,
    apply_values,
    followup_record,
    form_values,
    next_patient_id,
    patient_values,
    split_by_form,
)

REASON = "import"
RN = "record_number"
CHUNK = 1000
_TABLES = {
    "patient": Patient.__table__,
    "primary": BreastPrimary.__table__,
    "metastases": LiverMetastases.__table__,
    "surgery": LiverSurgery.__table__,
}
_TABLE_NAMES = {form: table.name for form, table in _TABLES.items()}


RACE = Message(
    "La base a changé pendant l'import (un autre poste) ; relancez l'import.",
    "The database changed during the import (another PC); run the import again.",
)


class ImportRaceError(HepmetaError):
    """Another PC saved a patient of the file between the check and the write."""


@dataclass
class Counts:
    patients_created: int = 0
    patients_updated: int = 0
    news_created: int = 0
    news_updated: int = 0


def _chunks(items: list[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def existing_record_numbers(db: Database, numbers: Iterable[str]) -> dict[str, int]:
    """The database's patient id for each of these record numbers that it already holds."""
    wanted = sorted({n for n in numbers if n})
    out: dict[str, int] = {}
    with db.read() as s:
        for chunk in _chunks(wanted, 500):
            rows = s.execute(
                select(Patient.record_number, Patient.id).where(Patient.record_number.in_(chunk))
            )
            out.update({rn: pid for rn, pid in rows})
    return out


def load_stored(db: Database, ids: Iterable[int]) -> dict[str, StoredPatient]:
    """Stored values and news of the patients an update will change, by record number."""
    out: dict[str, StoredPatient] = {}
    with db.read() as s:
        for chunk in _chunks(sorted(set(ids)), 500):
            query = (
                select(Patient)
                .where(Patient.id.in_(chunk))
                .options(
                    *(selectinload(getattr(Patient, a)) for a in ("followups", *PART_ATTR.values()))
                )
            )
            for p in s.scalars(query):
                out[p.record_number] = StoredPatient(
                    p.id, p.version, patient_values(p), [followup_record(f) for f in p.followups]
                )
    return out


def write_plan(
    db: Database, plan: ImportPlan, *, user: str, event: str, progress: Progress
) -> Counts:
    """Write every valid row in one transaction; any error or a cancel leaves the base as it was."""
    counts = Counts()
    new = [p for p in plan.patients if p.stored is None]
    updated = [p for p in plan.patients if p.stored is not None]
    total = len(plan.patients)
    with db.write() as s:
        _recheck(s, new, updated)
        conn = s.connection()
        next_pid, next_fid = _next_ids(s)
        now = utcnow()
        done = 0
        for chunk in _chunks(new):
            check_cancel(progress)
            next_pid, next_fid = _insert_chunk(conn, chunk, next_pid, next_fid, now, user, counts)
            done += len(chunk)
            progress.report(WRITE, done, total)
        for prow in updated:
            next_fid = _update_one(s, prow, user, counts, next_fid)
            done += 1
            if done % CHUNK == 0:
                check_cancel(progress)
                progress.report(WRITE, done, total)
        check_cancel(progress)
        if s.connection().dialect.name == "postgresql":
            # The ids were given explicitly: move the sequences past them.
            for table in ("patient", "followup"):
                s.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
        audit.write_event(s, user=user, action="import", detail=event)
    progress.report(WRITE, total, total)
    return counts


def _next_ids(s: Session) -> tuple[int, int]:
    """Ids no patient and no news ever had, even deleted ones (SQLite would reuse the highest
    id of a deleted row, and its trail would then read as the new record's history)."""
    pid = next_patient_id(s)
    fid = max(
        s.scalar(select(func.max(FollowUp.id))) or 0,
        s.scalar(select(func.max(AuditEntry.record_id)).where(AuditEntry.table_name == "followup"))
        or 0,
    )
    return pid, int(fid) + 1


def _recheck(s: Session, new: list[PatientRow], updated: list[PatientRow]) -> None:
    """What another PC saved since the check: a new record number taken, a patient changed."""
    numbers = [p.record_number for p in new if p.record_number]
    for chunk in _chunks(numbers, 500):
        taken = s.scalar(select(Patient.id).where(Patient.record_number.in_(chunk)).limit(1))
        if taken is not None:
            raise ImportRaceError(RACE)
    for chunk in _chunks(updated, 500):
        versions = dict(
            s.execute(
                select(Patient.id, Patient.version).where(
                    Patient.id.in_([p.stored.id for p in chunk if p.stored])
                )
            ).all()
        )
        for prow in chunk:
            assert prow.stored is not None
            if versions.get(prow.stored.id) != prow.stored.version:
                raise ImportRaceError(RACE)


@cache
def _audited(form: str) -> tuple[tuple[str, dd.Variable], ...]:
    names = [v for v in dd.form_variables(form) if not (form == "followup" and v.name == RN)]
    return tuple((v.name, v) for v in names)


#: Columns of the audit rows written in bulk, in the order ``_trail`` builds them.
AUDIT_COLUMNS = (
    "at_utc",
    "user",
    "action",
    "version",
    "reason",
    "old_value",
    "table_name",
    "record_id",
    "patient_id",
    "field",
    "new_value",
)


def _trail(out: list[tuple[Any, ...]], form: str, values: dict[str, Any], head: tuple) -> None:
    """Audit rows of a created record: one per recorded value (as ``audit.field_changes``)."""
    for name, variable in _audited(form):
        value = values.get(name)
        if value is not None:
            out.append((*head, name, dd.format_plain(variable, value)))


def _insert_chunk(
    conn: Any, chunk: list[PatientRow], pid: int, fid: int, now: Any, user: str, counts: Counts
) -> tuple[int, int]:
    rows: dict[str, list[dict[str, Any]]] = {form: [] for form in _TABLES}
    news: list[dict[str, Any]] = []
    trail: list[tuple[Any, ...]] = []
    # at_utc goes as the database stores it, converted once (not 700,000 times).
    at = stored_form(conn.dialect, AuditEntry.__table__.c.at_utc, now)
    base = (at, user, audit.CREATE, 1, REASON, None)
    for prow in chunk:
        cleaned = prow.cleaned
        assert cleaned is not None
        parts = split_by_form(cleaned)
        for form, row in new_patient_rows(cleaned, pid, now).items():
            rows[form].append(row)
        for form in dd.PATIENT_FORMS:
            _trail(trail, form, parts[form], (*base, _TABLE_NAMES[form], pid, pid))
        for n in prow.good_news():
            assert n.cleaned is not None
            news.append(
                {**n.cleaned, "id": fid, "patient_id": pid, "version": 1}
                | {"created_at": now, "updated_at": now}
            )
            _trail(trail, "followup", n.cleaned, (*base, "followup", fid, pid))
            fid += 1
        pid += 1
    for form, table in _TABLES.items():
        bulk_insert(conn, table, rows[form])
    bulk_insert(conn, FollowUp.__table__, news)
    insert_tuples(conn, AuditEntry.__table__, AUDIT_COLUMNS, trail)
    counts.patients_created += len(chunk)
    counts.news_created += len(news)
    return pid, fid


def _update_one(s: Session, prow: PatientRow, user: str, counts: Counts, fid: int) -> int:
    """Apply one patient's changes and news through the ORM, with audit rows (reason 'import').

    New news take ids from ``fid`` on (never a deleted one's); returns the next free id.
    """
    assert prow.stored is not None and prow.cleaned is not None
    p = s.get(Patient, prow.stored.id)
    assert p is not None
    old = patient_values(p)
    cleaned = prow.cleaned
    if any(audit.field_changes(form, old, cleaned) for form in dd.PATIENT_FORMS):
        apply_values(p, cleaned)
        p.version += 1
        p.updated_at = utcnow()
        s.flush()
        for form in dd.PATIENT_FORMS:
            audit.write_changes(
                s,
                user=user,
                action=audit.UPDATE,
                table_name=_TABLE_NAMES[form],
                record_id=p.id,
                patient_id=p.id,
                version=p.version,
                changes=audit.field_changes(form, old, cleaned),
                reason=REASON,
            )
        counts.patients_updated += 1
    for n in prow.good_news():
        assert n.cleaned is not None
        if n.match is not None:
            f = s.get(FollowUp, n.match.id)
            assert f is not None
            before = form_values(f, "followup")
            changes = audit.field_changes("followup", before, n.cleaned)
            if not changes:
                continue
            for name, value in n.cleaned.items():
                setattr(f, name, value)
            f.version += 1
            f.updated_at = utcnow()
            action = audit.UPDATE
            counts.news_updated += 1
        else:
            now = utcnow()
            f = FollowUp(id=fid, patient_id=p.id, version=1, created_at=now, updated_at=now)
            for name, value in n.cleaned.items():
                setattr(f, name, value)
            fid += 1
            s.add(f)
            changes = audit.field_changes("followup", {}, n.cleaned)
            action = audit.CREATE
            counts.news_created += 1
        s.flush()
        audit.write_changes(
            s,
            user=user,
            action=action,
            table_name="followup",
            record_id=f.id,
            patient_id=p.id,
            version=f.version,
            changes=changes,
            reason=REASON,
        )
    return fid
