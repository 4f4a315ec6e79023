"""Importing an interchange file: read, check every row, then write all (or the valid rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from hepmeta_desktop.db import Database
from hepmeta_desktop.services.interchange.check import RN, check_file
from hepmeta_desktop.services.interchange.layout import (
    READ,
    NullProgress,
    Progress,
    check_cancel,
    patient_columns,
)
from hepmeta_desktop.services.interchange.parse import map_columns, parse_cell, parse_text
from hepmeta_desktop.services.interchange.plan import ImportPlan, ImportResult
from hepmeta_desktop.services.interchange.reader import InterchangeData, read_interchange
from hepmeta_desktop.services.interchange.report import default_report_path, write_report
from hepmeta_desktop.services.interchange.store import (
    existing_record_numbers,
    load_stored,
    write_plan,
)


def _numbers(data: InterchangeData) -> list[str]:
    """Record numbers of the patients sheet, as written (for the database look-up)."""
    index = map_columns(data.patients.header, patient_columns()).index.get(RN)
    if index is None:
        return []
    out = []
    for row in data.patients.rows:
        value = parse_cell(parse_text, row[index] if index < len(row) else None)
        if isinstance(value, str):
            out.append(value.strip())
    return out


def plan_import(
    db: Database,
    data: InterchangeData,
    *,
    update: bool = False,
    valid_only: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Check a file that was read against the database; writes nothing."""
    progress = progress or NullProgress()
    existing = existing_record_numbers(db, _numbers(data))
    stored = load_stored(db, existing.values()) if update and existing else {}
    return check_file(
        data,
        existing,
        stored,
        update=update,
        valid_only=valid_only,
        today=today or dt.date.today(),
        progress=progress,
    )


def import_file(
    db: Database,
    path: str | Path,
    *,
    user: str,
    update: bool = False,
    valid_only: bool = False,
    report: str | Path | None = None,
    lang: str = "fr",
    today: Callable[[], dt.date] = dt.date.today,
    progress: Progress | None = None,
) -> ImportResult:
    """Import ``path`` (.xlsx, patients.csv or their folder) into the registry.

    By default nothing is written unless every row is valid. With ``valid_only`` the valid
    patients are written with their valid news (a patient whose row has errors is left out
    with all its news; a piece of news with errors is left out alone), and the others are
    listed in a report (``report``, by default beside the file). With ``update`` a record
    number already in the database updates that patient (audit reason "import"); news are
    paired with the stored news of the same date, and an import never deletes anything.
    """
    progress = progress or NullProgress()
    path = Path(path)
    progress.report(READ, 0, 1)
    data = read_interchange(path)
    check_cancel(progress)
    plan = plan_import(
        db, data, update=update, valid_only=valid_only, today=today(), progress=progress
    )
    rejected_patients = sum(1 for r in data.patients.rows if any(c not in (None, "") for c in r))
    rejected_patients -= len(plan.patients)
    good_news = sum(len(p.good_news()) for p in plan.patients)
    result = ImportResult(
        path,
        written=False,
        problems=plan.problems,
        patients_rejected=rejected_patients,
        news_rejected=plan.news_rows - good_news,
    )
    if plan.errors and not valid_only:
        if report is not None:
            result.report_path = write_report(Path(report), plan.problems, lang)
        return result
    event = (
        f"{path.name}: {len(plan.patients)} patients, {good_news} news"
        f"{' (update)' if update else ''}; rejected {rejected_patients} patients, "
        f"{result.news_rejected} news rows"
    )
    counts = write_plan(db, plan, user=user, event=event, progress=progress)
    result.written = True
    result.patients_created = counts.patients_created
    result.patients_updated = counts.patients_updated
    result.news_created = counts.news_created
    result.news_updated = counts.news_updated
    if plan.problems and (valid_only or report is not None):
        target = Path(report) if report is not None else default_report_path(path)
        result.report_path = write_report(target, plan.problems, lang)
    return result
