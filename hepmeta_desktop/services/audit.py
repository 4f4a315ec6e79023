"""The audit trail: one row per changed field, written in the same transaction as the change."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.db import Database
from hepmeta_desktop.models import AuditEntry, utcnow
from hepmeta_desktop.services.permissions import Action, UserLike, require, user_name
from hepmeta_desktop.services.records import AuditRecord

CREATE, UPDATE, DELETE = "create", "update", "delete"


def _text(form: str, name: str, value: Any) -> str | None:
    if value is None:
        return None
    return dd.format_plain(dd.var(name, form), value)


def field_changes(
    form: str, old: Mapping[str, Any], new: Mapping[str, Any]
) -> list[tuple[str, str | None, str | None]]:
    """(field, old text, new text) for each variable of ``form`` whose value changed."""
    out = []
    for variable in dd.form_variables(form):
        name = variable.name
        if form == "followup" and name == "record_number":
            continue
        before, after = _text(form, name, old.get(name)), _text(form, name, new.get(name))
        if before != after:
            out.append((name, before, after))
    return out


def write_changes(
    session: Session,
    *,
    user: str,
    action: str,
    table_name: str,
    record_id: int,
    patient_id: int,
    version: int,
    changes: list[tuple[str, str | None, str | None]],
    reason: str | None,
) -> None:
    """Insert the audit rows of one record's change (a no-op when nothing changed)."""
    if not changes:
        return
    now = utcnow()
    # A Core executemany on the session's connection: same transaction, without the ORM
    # bulk machinery (and its autoflush) that cost a millisecond per call.
    session.connection().execute(
        insert(AuditEntry.__table__),
        [
            {
                "at_utc": now,
                "user": user,
                "action": action,
                "table_name": table_name,
                "record_id": record_id,
                "patient_id": patient_id,
                "version": version,
                "field": name,
                "old_value": old,
                "new_value": new,
                "reason": reason,
            }
            for name, old, new in changes
        ],
    )


def write_event(
    session: Session, *, user: str, action: str, detail: str, patient_id: int | None = None
) -> None:
    """Record an event that is not a field change (an import, an export, a backup)."""
    session.add(
        AuditEntry(
            at_utc=utcnow(),
            user=user,
            action=action,
            table_name="",
            field="",
            new_value=detail,
            patient_id=patient_id,
        )
    )


def _record(row: AuditEntry) -> AuditRecord:
    return AuditRecord(
        id=row.id,
        at_utc=row.at_utc,
        user=row.user,
        action=row.action,
        table_name=row.table_name,
        record_id=row.record_id,
        patient_id=row.patient_id,
        field=row.field,
        old_value=row.old_value,
        new_value=row.new_value,
        reason=row.reason,
    )


class AuditService:
    """Reading the trail (writing happens inside each service's own transaction)."""

    def __init__(self, db: Database, user: UserLike = "system") -> None:
        self._db = db
        self.current_user = user
        self._user = user_name(user)

    def patient_history(self, patient_id: int) -> list[AuditRecord]:
        """Every change of a patient's file and news, oldest first."""
        require(self.current_user, Action.VIEW_PATIENTS)
        with self._db.read() as s:
            rows = s.scalars(
                select(AuditEntry)
                .where(AuditEntry.patient_id == patient_id)
                .order_by(AuditEntry.id)
            )
            return [_record(r) for r in rows]

    def entries(self, since_id: int = 0, limit: int | None = None) -> list[AuditRecord]:
        """The whole trail from an id on, oldest first (the administrator's view)."""
        require(self.current_user, Action.SETTINGS)
        with self._db.read() as s:
            query = select(AuditEntry).where(AuditEntry.id > since_id).order_by(AuditEntry.id)
            if limit:
                query = query.limit(limit)
            return [_record(r) for r in s.scalars(query)]

    def log_event(self, action: str, detail: str) -> None:
        """Record an application event (import, export, report, backup) in the trail."""
        with self._db.write() as s:
            write_event(s, user=self._user, action=action, detail=detail)
