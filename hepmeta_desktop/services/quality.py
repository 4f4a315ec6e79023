"""Data quality: database integrity and the clinical rules, checked over the whole registry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from hepmeta_desktop import derived
from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.db import Database
from hepmeta_desktop.models import Patient
from hepmeta_desktop.services.patients import form_values, patient_values
from hepmeta_desktop.services.records import QualityIssue
from hepmeta_desktop.services.validation import validate_followup, validate_patient

BATCH = 2000


def database_integrity(db: Database) -> list[str]:
    """Problems SQLite itself finds in the file (empty when sound)."""
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


def quality_issues(
    db: Database, today: Callable[[], dt.date] = dt.date.today
) -> list[QualityIssue]:
    """Every patient whose file breaks a rule, or who cannot enter a survival curve."""
    issues: list[QualityIssue] = []
    last_id = 0
    day = today()
    while True:
        with db.read() as s:
            batch = list(
                s.scalars(
                    select(Patient)
                    .where(Patient.id > last_id)
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
