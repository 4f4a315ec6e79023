"""Data quality: database integrity and the clinical rules, checked over the whole registry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from hepmeta_desktop import derived
from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.db import Database
from hepmeta_desktop.models import FORM_MODELS, Patient
from hepmeta_desktop.services.patients import form_values, patient_values
from hepmeta_desktop.services.records import QualityIssue
from hepmeta_desktop.services.validation import validate_followup, validate_patient

BATCH = 2000


#: The triggers that keep the audit trail append-only on PostgreSQL (migration 0001).
PG_AUDIT_GUARDS = ("audit_log_no_change", "audit_log_no_truncate")


def database_integrity(db: Database) -> list[str]:
    """Problems the database itself finds (empty when sound): SQLite's integrity and
    foreign-key checks; on PostgreSQL, whether the audit trail's guards are still on (the
    tables' owner could switch them off)."""
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as conn:
            found = dict(
                conn.exec_driver_sql(
                    "SELECT tgname, tgenabled::text FROM pg_trigger "
                    "WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal"
                ).fetchall()
            )
        return [
            f"audit_log: trigger {name} {'missing' if name not in found else 'disabled'}"
            for name in PG_AUDIT_GUARDS
            if found.get(name, "D") == "D"
        ]
    if not db.is_sqlite:
        return []
    problems: list[str] = []
    with db.engine.connect() as conn:
        result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems += [f"integrity_check: {r}" for r in result]
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign_key_check: table {row[0]} rowid {row[1]} -> {row[2]}")
    return problems


def _stored_problem(variable: dd.Variable, value: Any) -> bool:
    """True when a raw stored value is not what the column's variable can hold."""
    t = variable.type
    if t == dd.DATE:
        if isinstance(value, dt.date):
            return False
        if not isinstance(value, str) or len(value) != 10:
            return True
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return True
        return False
    if t == dd.INTEGER:
        return isinstance(value, bool) or not isinstance(value, int)
    if t == dd.DECIMAL:
        return isinstance(value, bool) or not isinstance(value, int | float)
    if not isinstance(value, str):
        return True
    if t == dd.MULTI:
        return any(variable.choice(c) is None for c in dd.split_multi(value))
    if t in (dd.CHOICE, dd.BOOL):
        return variable.choice(value) is None
    return False


def stored_value_issues(db: Database) -> list[QualityIssue]:
    """Cells holding what no form could have saved (a date that is not a date, a code that
    does not exist): written by hand or by another program. Read raw, so that a bad cell is
    reported rather than crashing the reading of the registry."""
    issues: list[QualityIssue] = []
    with db.read() as s:
        numbers = {i: rn for i, rn in s.execute(select(Patient.id, Patient.record_number))}
        quote = s.get_bind().dialect.identifier_preparer.quote
        for form, model in FORM_MODELS.items():
            table = model.__table__
            owner = "id" if form == "patient" else "patient_id"
            cols = [c for c in table.columns if "variable" in c.info]
            sql = f"SELECT {quote(owner)}, " + ", ".join(quote(c.name) for c in cols)
            for row in s.execute(text(f"{sql} FROM {quote(table.name)}")):
                for col, value in zip(cols, row[1:], strict=True):
                    variable = col.info["variable"]
                    if value is None or not _stored_problem(variable, value):
                        continue
                    shown = str(value)[:40]
                    issues.append(
                        QualityIssue(
                            str(numbers.get(row[0], f"#{row[0]}")),
                            f"{table.name}.{col.name}",
                            f"{variable.label_fr} : valeur stockée invalide « {shown} ».",
                            f"{variable.label_en}: invalid stored value '{shown}'.",
                            patient_id=row[0],
                        )
                    )
    return issues


def quality_issues(
    db: Database,
    today: Callable[[], dt.date] = dt.date.today,
    skip: Collection[int] = (),
) -> list[QualityIssue]:
    """Every patient whose file breaks a rule, or who cannot enter a survival curve.

    ``skip``: patients not to read (those ``stored_value_issues`` found unreadable).
    """
    issues: list[QualityIssue] = []
    last_id = 0
    day = today()
    while True:
        with db.read() as s:
            batch = list(
                s.scalars(
                    select(Patient)
                    .where(Patient.id > last_id, Patient.id.not_in(list(skip)))
                    .order_by(Patient.id)
                    .limit(BATCH)
                    .options(
                        selectinload(Patient.primary),
                        selectinload(Patient.metastases),
                        selectinload(Patient.surgery),
                        selectinload(Patient.followups),
                    )
                )
            )
            for p in batch:
                issues += _patient_issues(p, day)
            if len(batch) < BATCH:
                return issues
            last_id = batch[-1].id


def _patient_issues(p: Patient, day: dt.date) -> list[QualityIssue]:
    out: list[QualityIssue] = []
    rn = p.record_number
    values = patient_values(p)
    news = [form_values(f, "followup") for f in p.followups]
    _, errors = validate_patient(values, news, day)
    for field, message in errors.items():
        label = dd.var(field)
        out.append(
            QualityIssue(
                rn,
                field,
                f"{label.label_fr} : {message.fr}",
                f"{label.label_en}: {message.en}",
                patient_id=p.id,
            )
        )
    surgery = values.get("liver_surgery_date")
    for i, item in enumerate(news):
        others = news[:i] + news[i + 1 :]
        _, ferrors = validate_followup(item, surgery, others, day)
        for field, message in ferrors.items():
            label = dd.var(field, "followup")
            when = item.get("visit_date")
            out.append(
                QualityIssue(
                    rn,
                    f"followup.{field}",
                    f"Nouvelles du {when:%d/%m/%Y}, {label.label_fr} : {message.fr}"
                    if when
                    else message.fr,
                    f"News of {when}, {label.label_en}: {message.en}" if when else message.en,
                    patient_id=p.id,
                )
            )
    outcome = derived.outcome(surgery, news)
    if outcome.excluded_reason == derived.NO_NEWS:
        out.append(
            QualityIssue(
                rn,
                "followup",
                "Aucune nouvelle après la chirurgie hépatique : exclue des courbes de survie.",
                "No news after the liver surgery: left out of the survival curves.",
                severity="warning",
                patient_id=p.id,
            )
        )
    if values.get("breast_surgery_type") == "MRM" and values.get("axillary_surgery") not in (
        None,
        "ALND",
    ):
        out.append(
            QualityIssue(
                rn,
                "axillary_surgery",
                "Un Patey comprend un curage axillaire.",
                "A modified radical mastectomy includes an axillary dissection.",
                severity="warning",
                patient_id=p.id,
            )
        )
    return out
