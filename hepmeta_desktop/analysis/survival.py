"""Survival of a cohort: overall curve, curves by group, log-rank test and Cox hazard ratios."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from hepmeta_desktop.analysis.cox import cox_categorical, logrank_chi2, risk_table
from hepmeta_desktop.analysis.km import (
    LOG_LOG,
    KMCurve,
    SurvivalAt,
    kaplan_meier,
    reverse_km_median,
)
from hepmeta_desktop.analysis.variables import level_codes, present_values
from hepmeta_desktop.derived import DAYS_PER_MONTH

OS, RFS = "os", "rfs"
ENDPOINTS = (OS, RFS)
#: Landmarks of every survival table, in months (1, 3 and 5 years).
LANDMARK_MONTHS = (12, 36, 60)


@dataclass(frozen=True)
class LogRank:
    chi2: float
    df: int
    p: float


@dataclass(frozen=True)
class HazardRatio:
    """Cox hazard ratio of one level against the reference (the first level)."""

    level: str
    reference: str
    hr: float
    lower: float
    upper: float
    p: float


@dataclass(frozen=True)
class NotInCurve:
    record_number: str
    reason: str


@dataclass(frozen=True, eq=False)
class SurvivalResult:
    """One endpoint (OS or RFS) of the selected cohort; every time is in days."""

    endpoint: str
    ci_method: str
    overall: KMCurve
    group_variable: str | None
    groups: tuple[KMCurve, ...]
    logrank: LogRank | None
    hazard_ratios: tuple[HazardRatio, ...]
    #: Why no hazard ratio could be estimated ('' when they were).
    cox_note: str
    not_in_curve: tuple[NotInCurve, ...]
    median_follow_up_days: float | None

    def landmarks(self, curve: KMCurve | None = None) -> dict[int, SurvivalAt]:
        """Survival at 12, 36 and 60 months (read on the step curve)."""
        c = curve or self.overall
        return {m: c.at(m * DAYS_PER_MONTH) for m in LANDMARK_MONTHS}


#: Marker: compute the median follow-up (callers that already have it pass it in).
_COMPUTE = object()


def _columns(endpoint: str) -> tuple[str, str]:
    if endpoint not in ENDPOINTS:
        raise ValueError(f"unknown endpoint: {endpoint}")
    return f"{endpoint}_days", f"{endpoint}_event"


def logrank(durations, events, groups) -> LogRank | None:
    """Log-rank test across groups: R's survdiff (checked against R and lifelines)."""
    groups = np.asarray(groups, dtype=object).astype(str)
    levels = sorted(set(groups))
    codes = np.searchsorted(np.array(levels, dtype=object), groups)
    return _logrank(
        np.asarray(durations, float), np.asarray(events, dtype=bool), codes, len(levels)
    )


def _logrank(t: np.ndarray, e: np.ndarray, codes: np.ndarray, k: int) -> LogRank | None:
    """``logrank`` on group indices ``codes`` (0 … k − 1)."""
    from scipy.special import chdtrc

    if k < 2 or not e.any():
        return None
    stat, df = logrank_chi2(risk_table(t, e, codes, k))
    if df == 0:
        return None
    return LogRank(stat, df, float(chdtrc(df, stat)))


def hazard_ratios(
    durations, events, groups, levels: list[str]
) -> tuple[tuple[HazardRatio, ...], str]:
    """Cox model of the group (Efron ties, as R's coxph); reference = ``levels[0]``.

    Fitted on the groups' risk sets (:mod:`hepmeta_desktop.analysis.cox`): the same
    estimates as lifelines' CoxPHFitter and R, a hundred times faster at 100,000 patients.
    """
    groups = np.asarray(groups, dtype=object)
    codes = np.full(len(groups), -1, dtype=np.int64)
    for i, lv in enumerate(levels):
        codes[groups == lv] = i
    t, e = np.asarray(durations, float), np.asarray(events, dtype=bool)
    return _hazard_ratios(t, e, codes, levels)


def _hazard_ratios(
    t: np.ndarray, e: np.ndarray, codes: np.ndarray, levels: list[str]
) -> tuple[tuple[HazardRatio, ...], str]:
    """``hazard_ratios`` on group indices ``codes`` into ``levels`` (-1: in no group)."""
    if len(levels) < 2:
        return (), "fewer than two groups"
    keep = codes >= 0
    with_event = np.bincount(codes[keep & e], minlength=len(levels)) > 0
    silent = [lv for lv, any_event in zip(levels, with_event, strict=True) if not any_event]
    if silent:
        # A group without any event has an infinite (or null) hazard ratio: not reported.
        return (), f"no event in group(s): {', '.join(silent)}"
    table = risk_table(t[keep], e[keep], codes[keep], len(levels))
    try:
        fit = cox_categorical(table)
    except np.linalg.LinAlgError:
        return (), "Cox model not estimable (singular information matrix)"
    if not np.all(np.isfinite(fit.se)):
        return (), "Cox model not estimable"
    out = tuple(
        HazardRatio(
            lv,
            levels[0],
            float(fit.hr[i]),
            float(fit.lower[i]),
            float(fit.upper[i]),
            float(fit.p[i]),
        )
        for i, lv in enumerate(levels[1:])
    )
    return out, ""


def survival_analysis(
    data: pd.DataFrame,
    endpoint: str = OS,
    ci_method: str = LOG_LOG,
    group_by: str | None = None,
    levels: list[str] | None = None,
    follow_up: float | None | object = _COMPUTE,
) -> SurvivalResult:
    """Curves of ``data`` (the analysis dataset) for one endpoint, optionally by group.

    ``levels`` fixes the order of the groups (the first is the Cox reference); by default
    the levels present, sorted.
    """
    tcol, ecol = _columns(endpoint)
    usable = data[tcol].notna().to_numpy()
    excluded = data.loc[~usable]
    not_in = tuple(
        NotInCurve(str(r), str(why or "not_recorded"))
        for r, why in zip(excluded["record_number"], excluded["excluded_reason"], strict=True)
    )
    d = data.loc[usable]
    t = d[tcol].to_numpy(float)
    e = d[ecol].to_numpy(float) > 0
    overall = kaplan_meier(t, e, "all", ci_method)
    if follow_up is _COMPUTE:
        follow_up = reverse_km_median(
            *(data.loc[usable, ["os_days", "os_event"]].to_numpy(float).T)
        )
    groups: tuple[KMCurve, ...] = ()
    test, hrs, note = None, (), ""
    if group_by:
        g = d[group_by]
        present = {str(x) for x in present_values(g)}
        order = [lv for lv in (levels or sorted(present)) if lv in present]
        codes = level_codes(g, order)
        groups = tuple(
            kaplan_meier(t[codes == i], e[codes == i], lv, ci_method) for i, lv in enumerate(order)
        )
        has = codes >= 0
        test = _logrank(t[has], e[has], codes[has], len(order))
        hrs, note = _hazard_ratios(t, e, codes, order)
    return SurvivalResult(
        endpoint=endpoint,
        ci_method=ci_method,
        overall=overall,
        group_variable=group_by,
        groups=groups,
        logrank=test,
        hazard_ratios=hrs,
        cox_note=note,
        not_in_curve=not_in,
        median_follow_up_days=follow_up,
    )
