"""Derived values: the definitions the analysis uses, as pure functions.

Every definition follows the department's brief:

* **Age** at liver surgery in whole years (birthdays counted).
* **Delay to liver metastases**: breast surgery to the date the liver metastases were
  found, in months of 30.4375 days (the mean month of the Gregorian calendar).
* **Synchronous** when the liver metastases were found within 6 calendar months of the
  breast cancer diagnosis (the breast surgery date when the diagnosis date is missing);
  otherwise **metachronous**.
* **Overall survival**: liver surgery to death (event), else censored at the latest news.
* **Recurrence-free survival**: liver surgery to the first recurrence or death, whichever
  comes first (event), else censored at the latest news.
* A patient with no news after the liver surgery (and no death) cannot enter a curve.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

DAYS_PER_MONTH = 30.4375
DAYS_PER_YEAR = 365.25
SYNCHRONOUS_MONTHS = 6

SYNCHRONOUS, METACHRONOUS = "SYNC", "METACHRONOUS"
DEAD = "DEAD"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months later (clamped to the month's end)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def age_at(birth_date: dt.date | None, on: dt.date | None) -> int | None:
    """Age in whole years on a given date (None when either date is missing)."""
    if birth_date is None or on is None:
        return None
    before_birthday = (on.month, on.day) < (birth_date.month, birth_date.day)
    return on.year - birth_date.year - int(before_birthday)


def months_between(start: dt.date | None, end: dt.date | None) -> float | None:
    """Months (of 30.4375 days) from ``start`` to ``end``."""
    if start is None or end is None:
        return None
    return (end - start).days / DAYS_PER_MONTH


def delay_to_metastases_months(
    breast_surgery_date: dt.date | None, liver_mets_diagnosis_date: dt.date | None
) -> float | None:
    """Delay from breast surgery to the discovery of the liver metastases, in months."""
    return months_between(breast_surgery_date, liver_mets_diagnosis_date)


def timing(
    breast_diagnosis_date: dt.date | None,
    breast_surgery_date: dt.date | None,
    liver_mets_diagnosis_date: dt.date | None,
) -> str | None:
    """``SYNC`` or ``METACHRONOUS`` by the 6-month rule (None when dates are missing)."""
    reference = breast_diagnosis_date or breast_surgery_date
    if reference is None or liver_mets_diagnosis_date is None:
        return None
    limit = add_months(reference, SYNCHRONOUS_MONTHS)
    return SYNCHRONOUS if liver_mets_diagnosis_date <= limit else METACHRONOUS


@dataclass(frozen=True)
class Outcome:
    """Survival times of one patient, in days from the liver surgery."""

    last_news_date: dt.date | None
    death_date: dt.date | None
    first_recurrence_date: dt.date | None
    os_days: int | None
    os_event: bool | None
    rfs_days: int | None
    rfs_event: bool | None
    #: Why the patient cannot enter a survival curve ('' when they can).
    excluded_reason: str = ""

    @property
    def os_months(self) -> float | None:
        return None if self.os_days is None else self.os_days / DAYS_PER_MONTH

    @property
    def rfs_months(self) -> float | None:
        return None if self.rfs_days is None else self.rfs_days / DAYS_PER_MONTH


NO_SURGERY_DATE = "no_liver_surgery_date"
NO_NEWS = "no_news_after_surgery"


def latest_news_date(followups: Iterable[Mapping[str, Any]]) -> dt.date | None:
    """The latest date known of a patient: the latest visit or death date."""
    dates = [
        d for f in followups for d in (f.get("visit_date"), f.get("death_date")) if d is not None
    ]
    return max(dates) if dates else None


def death_date_of(followups: Iterable[Mapping[str, Any]]) -> dt.date | None:
    """The date of death (the death date of a 'dead' news item, else its visit date)."""
    dates = [
        f.get("death_date") or f.get("visit_date")
        for f in followups
        if f.get("vital_status") == DEAD
    ]
    dates = [d for d in dates if d is not None]
    return min(dates) if dates else None


def first_recurrence_date(followups: Iterable[Mapping[str, Any]]) -> dt.date | None:
    """The first recurrence (its recurrence date, else the date of the news reporting it)."""
    dates = [
        f.get("recurrence_date") or f.get("visit_date")
        for f in followups
        if f.get("recurrence") == "yes"
    ]
    dates = [d for d in dates if d is not None]
    return min(dates) if dates else None


def outcome(liver_surgery_date: dt.date | None, followups: Iterable[Mapping[str, Any]]) -> Outcome:
    """Overall and recurrence-free survival of one patient from their news."""
    items = list(followups)
    last = latest_news_date(items)
    death = death_date_of(items)
    recurrence = first_recurrence_date(items)
    if liver_surgery_date is None:
        return Outcome(last, death, recurrence, None, None, None, None, NO_SURGERY_DATE)
    if death is None and (last is None or last <= liver_surgery_date):
        return Outcome(last, death, recurrence, None, None, None, None, NO_NEWS)
    if death is not None:
        os_days, os_event = (death - liver_surgery_date).days, True
    else:
        assert last is not None
        os_days, os_event = (last - liver_surgery_date).days, False
    rfs_end = [d for d in (recurrence, death) if d is not None]
    if rfs_end:
        rfs_days, rfs_event = (min(rfs_end) - liver_surgery_date).days, True
    else:
        rfs_days, rfs_event = os_days, False
    return Outcome(last, death, recurrence, os_days, os_event, rfs_days, rfs_event)
