"""An independent statement of the saving rules, for the property tests.

Written from the data dictionary and the brief, not from ``services.validation``: the
property tests check that the services accept exactly what this oracle accepts, store
exactly the value it expects, and refuse the rest.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from conftest import TODAY

from hepmeta_desktop import dictionary as dd


class Invalid(Exception):
    """The value cannot be stored."""


def expected_value(variable: dd.Variable, value: Any) -> Any:
    """What the registry stores for ``value``; raises ``Invalid`` when it must refuse it."""
    if value is None:
        return None
    if isinstance(value, str) and variable.type != dd.MULTI:
        value = value.strip()
        if not value:
            return None
    t = variable.type
    if t == dd.TEXT:
        if not isinstance(value, str):
            raise Invalid
        if len(value) > (10000 if variable.name == "notes" else 200):
            raise Invalid
        return value
    if t == dd.DATE:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        raise Invalid
    if t == dd.INTEGER:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise Invalid
    if t == dd.DECIMAL:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise Invalid
        if not math.isfinite(value):
            raise Invalid
        return abs(float(value)) if value == 0 else float(value)
    if t in (dd.CHOICE, dd.BOOL):
        if isinstance(value, str) and value in variable.codes():
            return value
        raise Invalid
    assert t == dd.MULTI
    if isinstance(value, str):
        codes = [p.strip() for p in value.split(",") if p.strip()]
    elif isinstance(value, list | tuple | set | frozenset):
        codes = list(value)
    else:
        raise Invalid
    if any(not isinstance(c, str) or c not in variable.codes() for c in codes):
        raise Invalid
    ordered = [c for c in variable.codes() if c in codes]
    return ",".join(ordered) or None


def _in_bounds(variable: dd.Variable, value: Any) -> bool:
    if variable.min is not None and value < variable.min:
        return False
    if variable.max is not None and value > variable.max:
        return False
    return not (variable.type == dd.DATE and value > TODAY)


def expected_form(
    variables: Sequence[dd.Variable], raw: Mapping[str, Any]
) -> tuple[dict[str, Any], bool]:
    """(stored values, every value storable, present when required and within bounds)."""
    out: dict[str, Any] = {}
    ok = True
    for variable in variables:
        try:
            value = expected_value(variable, raw.get(variable.name))
        except Invalid:
            ok, value = False, None
        else:
            if value is None and variable.required:
                ok = False
            if value is not None and not _in_bounds(variable, value):
                ok = False
        out[variable.name] = value
    return out, ok


PATIENT_ORDER = (
    ("birth_date", "breast_diagnosis_date"),
    ("birth_date", "breast_surgery_date"),
    ("breast_diagnosis_date", "breast_surgery_date"),
    ("breast_diagnosis_date", "liver_mets_diagnosis_date"),
    ("breast_surgery_date", "liver_mets_diagnosis_date"),
    ("liver_mets_diagnosis_date", "liver_surgery_date"),
)


def patient_is_valid(v: Mapping[str, Any], news: Iterable[Mapping[str, Any]] = ()) -> bool:
    """The clinical rules of a patient's file whose values are all storable."""
    for earlier, later in PATIENT_ORDER:
        if v[earlier] is not None and v[later] is not None and v[later] < v[earlier]:
            return False
    if v["chemo_response"] not in (None, dd.UNKNOWN) and v["preop_chemotherapy"] == dd.NO:
        return False
    if v["margin_mm"] is not None and v["margin_mm"] > 1 and v["margin_status"] in ("R1", "R2"):
        return False
    surgery = v["liver_surgery_date"]
    news_dates = [
        f[k] for f in news for k in ("visit_date", "recurrence_date", "death_date") if f[k]
    ]
    return not (surgery is not None and news_dates and min(news_dates) < surgery)


def followup_is_valid(item: Mapping[str, Any], surgery: dt.date | None) -> bool:
    """The rules of one piece of news taken alone, all its values storable."""
    visit = item["visit_date"]
    recurrence = item["recurrence"] == dd.YES
    if not recurrence and any(
        item[k] is not None for k in ("recurrence_date", "recurrence_sites", "recurrence_treatment")
    ):
        return False
    if recurrence and item["recurrence_date"] is None:
        return False
    dead = item["vital_status"] == "DEAD"
    if not dead and (item["death_date"] is not None or item["cause_of_death"] is not None):
        return False
    if dead and item["death_date"] is None:
        return False
    for name in ("visit_date", "recurrence_date", "death_date"):
        day = item[name]
        if day is not None and surgery is not None and day < surgery:
            return False
        if day is not None and name != "visit_date" and day > visit:
            return False
    return True


def history_is_valid(items: Sequence[Mapping[str, Any]]) -> bool:
    """Across a patient's news: one date of death, no news of a living patient after it."""
    deaths = {f["death_date"] for f in items if f["vital_status"] == "DEAD"}
    if not deaths:
        return True
    if len(deaths) > 1:
        return False
    death = deaths.pop()
    return all(f["vital_status"] == "DEAD" or f["visit_date"] <= death for f in items)
