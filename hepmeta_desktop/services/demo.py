"""Fictional registries for demonstration, training and benchmarks.

The patients are invented, in the spirit of the department's series (metachronous
solitary metastases, mostly R0 metastasectomies, years of news with recurrences and
deaths); larger registries keep plausible distributions and correlations.  Every
generated file goes through the same validation as a typed one, and is written in bulk
with its audit rows in one transaction.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.db import Database, sync_id_sequences
from hepmeta_desktop.errors import ValidationError
from hepmeta_desktop.models import (
    AuditEntry,
    BreastPrimary,
    FollowUp,
    LiverMetastases,
    LiverSurgery,
    Patient,
    utcnow,
)
from hepmeta_desktop.services.audit import CREATE, write_event
from hepmeta_desktop.services.bulk import bulk_insert, insert_tuples, new_patient_rows, stored_form
from hepmeta_desktop.services.patients import next_patient_id, split_by_form
from hepmeta_desktop.services.validation import validate_followup, validate_patient

LAST_NAMES = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Muller",
    "Henry",
    "Roussel",
    "Nicolas",
    "Perrin",
    "Morin",
    "Mathieu",
    "Clément",
    "Gauthier",
    "Dumont",
    "Lopez",
    "Fontaine",
    "Chevalier",
    "Robin",
    "Masson",
    "Sanchez",
    "Gérard",
    "N'Diaye",
    "Benali",
    "Haddad",
    "D'Almeida",
]
FIRST_NAMES_F = [
    "Marie",
    "Nathalie",
    "Isabelle",
    "Sylvie",
    "Catherine",
    "Françoise",
    "Martine",
    "Christine",
    "Valérie",
    "Sandrine",
    "Véronique",
    "Sophie",
    "Céline",
    "Hélène",
    "Anne",
    "Aurélie",
    "Émilie",
    "Chantal",
    "Nadia",
    "Fatima",
    "Amina",
    "Léa",
    "Chloé",
    "Brigitte",
    "Monique",
    "Josiane",
    "Agnès",
    "Éliane",
    "Zoé",
    "Inès",
]
FIRST_NAMES_M = ["Jean", "Michel", "Philippe", "Alain", "Patrick", "Karim"]
SURGEONS = ("Dr Benali", "Dr Lefèvre", "Pr Moreau")
CENTRES = ("CHU", "Centre de lutte contre le cancer", "Clinique du Parc", "Hôpital régional")
PROCEDURES = (
    ("METASTASECTOMY", 0.45),
    ("SEGMENTECTOMY", 0.25),
    ("BISEGMENTECTOMY", 0.1),
    ("RIGHT_HEPATECTOMY", 0.08),
    ("LEFT_HEPATECTOMY", 0.07),
    ("EXTENDED_HEPATECTOMY", 0.05),
)
SEGMENTS = ("II", "III", "IV", "V", "VI", "VII", "VIII")


def _weighted(rng: random.Random, pairs: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    span = max((end - start).days, 0)
    return start + dt.timedelta(days=rng.randint(0, span))


def fictional_patient(
    rng: random.Random, number: int, today: dt.date
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One invented patient's file and news."""
    male = rng.random() < 0.02
    liver_surgery = _day(rng, dt.date(2013, 1, 1), min(today, dt.date(2025, 6, 30)))
    age = max(30, min(85, round(rng.gauss(54, 9))))
    birth = liver_surgery - dt.timedelta(days=int(age * 365.25 + rng.randint(0, 364)))
    synchronous = rng.random() < 0.12
    delay_months = rng.randint(0, 5) if synchronous else max(7, round(rng.gammavariate(4, 15)))
    mets_found = liver_surgery - dt.timedelta(days=rng.randint(30, 150))
    breast_surgery = mets_found - dt.timedelta(days=int(delay_months * 30.4375))
    diagnosis = breast_surgery - dt.timedelta(days=rng.randint(10, 60))
    if diagnosis <= birth + dt.timedelta(days=365 * 20):
        diagnosis = birth + dt.timedelta(days=365 * 20)
        breast_surgery = max(breast_surgery, diagnosis + dt.timedelta(days=20))
        mets_found = max(mets_found, breast_surgery)
    n_mets = rng.choices([1, 2, 3, 4, 5], weights=[55, 25, 10, 6, 4])[0]
    bilobar = n_mets > 2 and rng.random() < 0.5
    procedure = _weighted(rng, PROCEDURES)
    margin = rng.choices(["R0", "R1", "R2"], weights=[85, 13, 2])[0]
    clavien = rng.choices(
        ["NONE", "I", "II", "IIIa", "IIIb", "IVa"], weights=[62, 12, 14, 7, 3, 2]
    )[0]
    er = rng.choices(["POS", "NEG"], weights=[70, 30])[0]
    her2 = rng.choices(["POS", "LOW", "NEG"], weights=[20, 40, 40])[0]
    chemo = rng.random() < 0.85
    segs = rng.sample(SEGMENTS, k=min(n_mets, rng.randint(1, 3)))
    values: dict[str, Any] = {
        "record_number": f"HM{number:06d}",
        "last_name": rng.choice(LAST_NAMES),
        "first_name": rng.choice(FIRST_NAMES_M if male else FIRST_NAMES_F),
        "sex": "M" if male else "F",
        "birth_date": birth,
        "phone": f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "referring_centre": rng.choice(CENTRES),
        "notes": None,
        "breast_diagnosis_date": diagnosis,
        "laterality": rng.choice(["L", "R"]),
        "breast_surgery_date": breast_surgery,
        "breast_surgery_type": rng.choices(["MRM", "TM", "BCS"], weights=[60, 15, 25])[0],
        "axillary_surgery": None,
        "histology": rng.choices(["NST", "ILC", "OTHER"], weights=[80, 15, 5])[0],
        "grade": rng.choice(["1", "2", "3"]),
        "pT": rng.choice(["T1", "T2", "T2", "T3", "T4"]),
        "pN": rng.choice(["N0", "N1", "N1", "N2", "N3"]),
        "er_status": er,
        "pr_status": er if rng.random() < 0.8 else "NEG",
        "her2_status": her2,
        "ki67_percent": float(rng.randint(5, 60)),
        "primary_chemotherapy": dd.YES if rng.random() < 0.8 else dd.NO,
        "primary_radiotherapy": dd.YES if rng.random() < 0.7 else dd.NO,
        "primary_hormone_therapy": dd.YES if er == "POS" else dd.NO,
        "primary_anti_her2": dd.YES if her2 == "POS" else dd.NO,
        "liver_mets_diagnosis_date": mets_found,
        "number_of_metastases": n_mets,
        "largest_size_cm": round(min(15.0, max(0.5, rng.gammavariate(3, 1.1))), 1),
        "distribution": "BILOBAR" if bilobar else "UNILOBAR",
        "segments_involved": segs,
        "extrahepatic_disease": dd.YES if rng.random() < 0.08 else dd.NO,
        "preop_chemotherapy": dd.YES if chemo else dd.NO,
        "chemo_response": rng.choices(["CR", "PR", "SD", "PD"], weights=[10, 50, 32, 8])[0]
        if chemo
        else None,
        "performance_status": rng.choices(["0", "1", "2"], weights=[60, 33, 7])[0],
        "ca15_3": round(rng.lognormvariate(3.3, 0.7), 1),
        "liver_surgery_date": liver_surgery,
        "surgeon": rng.choice(SURGEONS),
        "approach": rng.choices(["OPEN", "LAPARO", "ROBOT"], weights=[60, 35, 5])[0],
        "procedure": procedure,
        "segments_resected": segs,
        "intraop_ablation": dd.YES if rng.random() < 0.1 else dd.NO,
        "blood_loss_ml": rng.randint(50, 1200),
        "transfusion": dd.YES if rng.random() < 0.1 else dd.NO,
        "operative_time_min": rng.randint(90, 420),
        "margin_status": margin,
        "margin_mm": round(rng.uniform(1.5, 25), 1) if margin == "R0" else 0.0,
        "clavien_dindo": clavien,
        "length_of_stay_days": rng.randint(4, 12) + (8 if clavien not in ("NONE", "I") else 0),
        "adjuvant_chemotherapy": dd.YES if rng.random() < 0.75 else dd.NO,
        "adjuvant_hormone_therapy": dd.YES if er == "POS" else dd.NO,
        "adjuvant_anti_her2": dd.YES if her2 == "POS" else dd.NO,
    }
    values["axillary_surgery"] = (
        "ALND" if values["breast_surgery_type"] == "MRM" else rng.choice(["ALND", "SLNB"])
    )
    return values, _fictional_news(rng, values, today)


def _fictional_news(rng: random.Random, v: dict[str, Any], today: dt.date) -> list[dict[str, Any]]:
    """Visits every 3 to 9 months; recurrence and death hazards grow with risk factors."""
    risk = 1.0 + 0.5 * (v["margin_status"] != "R0") + 0.3 * (v["number_of_metastases"] > 2)
    risk += 0.4 * (v["extrahepatic_disease"] == dd.YES) + 0.3 * (v["er_status"] == "NEG")
    recurrence_at = v["liver_surgery_date"] + dt.timedelta(days=int(rng.expovariate(risk / 900)))
    death_at = recurrence_at + dt.timedelta(days=int(rng.expovariate(risk / 1100)))
    lost_at = v["liver_surgery_date"] + dt.timedelta(days=int(rng.expovariate(1 / 4000)))
    news: list[dict[str, Any]] = []
    visit = v["liver_surgery_date"]
    recurred = False
    while True:
        visit = visit + dt.timedelta(days=rng.randint(90, 270))
        if visit > today or visit > lost_at:
            if news and visit > lost_at and visit <= today and rng.random() < 0.5:
                news[-1]["vital_status"] = "LOST" if not recurred else news[-1]["vital_status"]
            return news
        item: dict[str, Any] = {"visit_date": visit, "recurrence": dd.NO}
        if death_at <= visit:
            item.update(vital_status="DEAD", death_date=death_at, recurrence=dd.NO)
            item["cause_of_death"] = rng.choices(
                ["DISEASE", "OTHER", "UNKNOWN"], weights=[85, 10, 5]
            )[0]
            if not recurred:
                item.update(
                    recurrence=dd.YES,
                    recurrence_date=death_at,
                    recurrence_sites=["PERITONEUM"],
                    recurrence_treatment=["PALLIATIVE"],
                )
            if item["cause_of_death"] == "DISEASE" and rng.random() < 0.3:
                item["notes"] = "Carcinose péritonéale"
            news.append(item)
            return news
        if not recurred and recurrence_at <= visit:
            recurred = True
            sites = rng.sample(
                ["LIVER", "LIVER", "LUNG", "BONE", "PERITONEUM", "BRAIN", "NODES"],
                k=rng.randint(1, 2),
            )
            treatment = (
                ["RFA"]
                if sites == ["LIVER"] and rng.random() < 0.5
                else [rng.choice(["CHEMO", "RESECTION", "RADIO"])]
            )
            item.update(
                recurrence=dd.YES,
                recurrence_date=recurrence_at,
                recurrence_sites=sorted(set(sites)),
                recurrence_treatment=treatment,
            )
        item["vital_status"] = "ALIVE_DISEASE" if recurred else "ALIVE_NED"
        news.append(item)


def create_demo(
    db: Database,
    n_patients: int = 40,
    *,
    seed: int = 2013,
    user: str = "demo",
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add ``n_patients`` fictional patients; returns how many were written.

    Each file is validated like a typed one; the rows and their audit trail are inserted
    in bulk, in one transaction per batch of 2,000 patients.
    """
    today = today or dt.date.today()
    rng = random.Random(seed)
    with db.read() as s:
        start = next_patient_id(s) - 1  # ids of deleted patients are never reused
    written = 0
    batch = 2000
    for first in range(0, n_patients, batch):
        rows = [
            fictional_patient(rng, start + first + i + 1, today)
            for i in range(min(batch, n_patients - first))
        ]
        _write_batch(db, rows, start + first, user, today)
        written += len(rows)
        if progress:
            progress(written, n_patients)
    with db.write() as s:
        write_event(s, user=user, action="demo", detail=f"{written} fictional patients")
    return written


def _write_batch(
    db: Database,
    rows: list[tuple[dict[str, Any], list[dict[str, Any]]]],
    id_offset: int,
    user: str,
    today: dt.date,
) -> None:
    tables: dict[str, list[dict[str, Any]]] = {
        "patient": [],
        "primary": [],
        "metastases": [],
        "surgery": [],
    }
    news_rows: list[dict[str, Any]] = []
    audit_rows: list[tuple[Any, ...]] = []
    now = utcnow()
    # The audit rows are tuples already in the database's form: the stamp converted once.
    stamp = stored_form(db.engine.dialect, AuditEntry.__table__.c.at_utc, now)
    for index, (values, news) in enumerate(rows):
        pid = id_offset + index + 1
        cleaned, errors = validate_patient(values, news, today)
        checked_news = []
        for item in news:
            item_clean, item_errors = validate_followup(
                item, cleaned["liver_surgery_date"], checked_news, today
            )
            errors.update({f"followup.{k}": m for k, m in item_errors.items()})
            checked_news.append(item_clean)
        if errors:
            raise ValidationError(errors)
        parts = split_by_form(cleaned)
        for form, row in new_patient_rows(cleaned, pid, now).items():
            tables[form].append(row)
        for form, table in (
            ("patient", "patient"),
            ("primary", "breast_primary"),
            ("metastases", "liver_metastases"),
            ("surgery", "liver_surgery"),
        ):
            for name, value in parts[form].items():
                if value is not None:
                    audit_rows.append(
                        _audit_row(
                            stamp,
                            user,
                            table,
                            pid,
                            pid,
                            name,
                            dd.format_plain(dd.var(name, form), value),
                        )
                    )
        for item in checked_news:
            news_rows.append(
                {**item, "patient_id": pid, "version": 1, "created_at": now, "updated_at": now}
            )
    with db.write() as s:
        conn = s.connection()
        bulk_insert(conn, Patient.__table__, tables["patient"])
        bulk_insert(conn, BreastPrimary.__table__, tables["primary"])
        bulk_insert(conn, LiverMetastases.__table__, tables["metastases"])
        bulk_insert(conn, LiverSurgery.__table__, tables["surgery"])
        if news_rows:
            # The write lock is held (BEGIN IMMEDIATE), so ids after the current maximum are ours.
            next_id = int(conn.scalar(select(func.coalesce(func.max(FollowUp.id), 0))) or 0)
            for offset, item in enumerate(news_rows, start=1):
                item["id"] = next_id + offset
                for name, value in item.items():
                    if value is not None and name in _FOLLOWUP_NAMES:
                        audit_rows.append(
                            _audit_row(
                                stamp,
                                user,
                                "followup",
                                item["id"],
                                item["patient_id"],
                                name,
                                dd.format_plain(dd.var(name, "followup"), value),
                            )
                        )
            bulk_insert(conn, FollowUp.__table__, news_rows)
        insert_tuples(conn, AuditEntry.__table__, _AUDIT_COLUMNS, audit_rows)
        # Patients and news were given explicit ids: PostgreSQL's sequences must follow.
        sync_id_sequences(conn, [Patient.__table__, FollowUp.__table__])


_FOLLOWUP_NAMES = frozenset(v.name for v in dd.followup_variables())


_AUDIT_COLUMNS = (
    "at_utc",
    "user",
    "action",
    "table_name",
    "record_id",
    "patient_id",
    "version",
    "field",
    "old_value",
    "new_value",
    "reason",
)


def _audit_row(
    at_utc: Any, user: str, table: str, record_id: int, patient_id: int, name: str, value: str
) -> tuple[Any, ...]:
    """One creation row of the audit trail, in the order of ``_AUDIT_COLUMNS``."""
    return (at_utc, user, CREATE, table, record_id, patient_id, 1, name, None, value, None)
