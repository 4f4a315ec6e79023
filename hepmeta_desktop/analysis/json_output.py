"""The statistics of a selection as plain JSON (schema: docs/stats_json.md)."""

from __future__ import annotations

import json
import math
from typing import Any

from hepmeta_desktop.analysis.km import KMCurve
from hepmeta_desktop.analysis.run import AnalysisResult
from hepmeta_desktop.analysis.survival import LANDMARK_MONTHS, SurvivalResult
from hepmeta_desktop.analysis.table1 import CategoricalStats, ContinuousStats
from hepmeta_desktop.analysis.variables import CONTINUOUS
from hepmeta_desktop.derived import DAYS_PER_MONTH

SCHEMA_VERSION = 1
#: Significant digits kept: enough for any clinical figure, few enough that SQLite and
#: PostgreSQL (whose sums may differ in the last bits) print the same text.
DIGITS = 10


def _num(x: Any) -> Any:
    if x is None:
        return None
    x = float(x)
    if math.isnan(x) or math.isinf(x):
        return None
    rounded = float(f"{x:.{DIGITS}g}")
    return int(rounded) if rounded.is_integer() and abs(rounded) < 2**53 else rounded


def _months(days: float | None) -> Any:
    return None if days is None else _num(days / DAYS_PER_MONTH)


def _continuous(s: ContinuousStats) -> dict[str, Any]:
    keys = ("n", "mean", "sd", "median", "q1", "q3", "min", "max", "missing")
    return {k: _num(getattr(s, k)) for k in keys}


def _categorical(s: CategoricalStats) -> dict[str, Any]:
    out: dict[str, Any] = {lv.code: lv.n for lv in s.levels}
    out["null"] = s.missing
    return out


def _at_months(curve: KMCurve) -> dict[str, Any]:
    out = {}
    for m in LANDMARK_MONTHS:
        a = curve.at(m * DAYS_PER_MONTH)
        out[str(m)] = {
            "survival": _num(a.survival),
            "lower": _num(a.lower),
            "upper": _num(a.upper),
            "at_risk": a.at_risk,
            "events": a.events,
        }
    return out


def _curve(curve: KMCurve) -> dict[str, Any]:
    return {
        "n": curve.n,
        "events": curve.events,
        "median_days": _num(curve.median),
        "median_days_ci": [_num(curve.median_lower), _num(curve.median_upper)],
        "median_months": _months(curve.median),
        "median_months_ci": [_months(curve.median_lower), _months(curve.median_upper)],
        "at_months": _at_months(curve),
    }


def _survival(s: SurvivalResult) -> dict[str, Any]:
    out = _curve(s.overall)
    out["ci_method"] = s.ci_method
    out["not_in_curve"] = [
        {"record_number": x.record_number, "reason": x.reason} for x in s.not_in_curve
    ]
    return out


def _groups(r: AnalysisResult, s: SurvivalResult) -> dict[str, Any]:
    return {
        "variable": s.group_variable,
        "logrank_chi2": _num(s.logrank.chi2) if s.logrank else None,
        "logrank_df": s.logrank.df if s.logrank else None,
        "logrank_p": _num(s.logrank.p) if s.logrank else None,
        "levels": {c.label: _curve(c) for c in s.groups},
        "hazard_ratios": {
            h.level: {
                "hr": _num(h.hr),
                "lower": _num(h.lower),
                "upper": _num(h.upper),
                "p": _num(h.p),
                "reference": h.reference,
            }  # fmt: skip
            for h in s.hazard_ratios
        },
        "cox_note": s.cox_note,
    }


def result_to_dict(r: AnalysisResult, lang: str = "fr") -> dict[str, Any]:
    """Every figure of the selection; numbers are rounded to 10 significant digits."""
    flt = r.cohort.filter
    o = r.outcomes
    continuous, categorical, p_values = {}, {}, {}
    for v in r.table1.variables:
        if v.variable.kind == CONTINUOUS:
            continuous[v.variable.name] = _continuous(v.overall)
        else:
            categorical[v.variable.name] = _categorical(v.overall)
        if v.test:
            p_values[v.variable.name] = {"p": _num(v.p_value), "test": v.test}
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "selection": {
            "surgeon": flt.surgeon,
            "from": flt.date_from.isoformat() if flt.date_from else None,
            "to": flt.date_to.isoformat() if flt.date_to else None,
            "procedure": flt.procedure,
            "criteria": list(flt.criteria),
            "enforce_criteria": flt.enforce_criteria,
            "group_by": r.options.group_by,
        },
        "n_total": r.cohort.n_total,
        "n_patients": r.cohort.n,
        "excluded": [
            {"record_number": e.record_number, "reason": e.reason} for e in r.cohort.excluded
        ],
        "excluded_by_step": dict(r.cohort.excluded_by_step),
        "continuous": continuous,
        "categorical": categorical,
        "outcomes": {
            "morbidity_n": o.morbidity_n,
            "major_morbidity_n": o.major_morbidity_n,
            "clavien_recorded_n": o.clavien_recorded,
            "mortality_30d_n": o.mortality_30d_n,
            "mortality_90d_n": o.mortality_90d_n,
            "r0_n": o.r0_n,
            "margin_recorded_n": o.margin_recorded,
            "deaths_n": o.deaths_n,
            "death_causes": dict(o.death_causes),
            "recurrences_n": o.recurrences_n,
            "recurrence_sites": dict(o.recurrence_sites),
            "recurrence_treatments": dict(o.recurrence_treatments),
            "alive_without_recurrence_n": o.alive_without_recurrence_n,
            "length_of_stay_days": _continuous(o.length_of_stay),
        },
        "overall_survival": _survival(r.overall_survival),
        "recurrence_free_survival": _survival(r.recurrence_free_survival),
        "median_follow_up_months": _months(r.overall_survival.median_follow_up_days),
        "results_paragraph": {"fr": r.paragraph.fr, "en": r.paragraph.en},
        "inconsistencies": [i.message(lang) for i in r.inconsistencies],
    }
    if r.options.group_by:
        out["groups"] = _groups(r, r.overall_survival)
        out["groups"]["recurrence_free_survival"] = _groups(r, r.recurrence_free_survival)
        out["groups"]["table1_p_values"] = p_values
    return out


def dumps(data: dict[str, Any]) -> str:
    """Deterministic text: sorted keys, fixed indentation, UTF-8 characters kept."""
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)
