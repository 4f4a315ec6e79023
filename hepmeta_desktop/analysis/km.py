"""Kaplan-Meier curves with R's confidence intervals and R's median definition."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from hepmeta_desktop.analysis.options import CI_METHODS, LOG, LOG_LOG  # noqa: F401

#: R's qnorm(0.975).
Z95 = 1.959963984540054
#: R's quantile.survfit default tolerance, sqrt(.Machine$double.eps).
TOLERANCE = math.sqrt(np.finfo(float).eps)


@dataclass(frozen=True)
class SurvivalAt:
    """The curve read at one time (the step value, never interpolated)."""

    time: float
    survival: float | None
    lower: float | None
    upper: float | None
    #: Patients still followed at ``time``: n(time >= t), as R's summary.survfit counts.
    at_risk: int
    #: Events up to and including ``time``.
    events: int


@dataclass(frozen=True, eq=False)
class KMCurve:
    """One Kaplan-Meier curve; times are in the unit of the durations given (days here)."""

    label: str
    n: int
    events: int
    ci_method: str
    #: Every distinct time (events and censorings), starting at 0.
    time: np.ndarray
    survival: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    at_risk: np.ndarray
    cumulative_events: np.ndarray
    #: Times where somebody was censored (for the tick marks), with the curve's value there.
    censor_time: np.ndarray
    censor_survival: np.ndarray
    median: float | None
    median_lower: float | None
    median_upper: float | None

    def at(self, t: float) -> SurvivalAt:
        """S(t) with its CI; survival is None beyond the last follow-up time."""
        first = int(np.searchsorted(self.time, t, side="left"))
        at_risk = int(self.at_risk[first]) if first < len(self.time) else 0
        i = int(np.searchsorted(self.time, t, side="right")) - 1
        events = int(self.cumulative_events[i]) if i >= 0 else 0
        if self.n == 0 or t > self.time[-1]:
            return SurvivalAt(float(t), None, None, None, at_risk, events)
        s = float(self.survival[i])
        if s == 1.0:  # before the first event R's summary reports the band as [1, 1]
            return SurvivalAt(float(t), 1.0, 1.0, 1.0, at_risk, events)
        lo, hi = float(self.lower[i]), float(self.upper[i])
        return SurvivalAt(
            float(t),
            s,
            None if math.isnan(lo) else lo,
            None if math.isnan(hi) else hi,
            at_risk,
            events,
        )

    def at_risk_at(self, t: float) -> int:
        first = int(np.searchsorted(self.time, t, side="left"))
        return int(self.at_risk[first]) if first < len(self.time) else 0


def confidence_band(
    surv: np.ndarray, std_err: np.ndarray, method: str = LOG_LOG
) -> tuple[np.ndarray, np.ndarray]:
    """R's survfit_confint: ``std_err`` is the Greenwood standard error of log S."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        if method == LOG:
            xx = np.where(surv == 0, np.nan, surv)
            lower = np.exp(np.log(xx) - Z95 * std_err)
            upper = np.minimum(np.exp(np.log(xx) + Z95 * std_err), 1.0)
            upper = np.where(np.isnan(xx), np.nan, upper)
        elif method == LOG_LOG:
            xx = np.where((surv == 0) | (surv == 1), np.nan, surv)
            se2 = Z95 * std_err / np.log(xx)
            lower = np.exp(-np.exp(np.log(-np.log(xx)) - se2))
            upper = np.exp(-np.exp(np.log(-np.log(xx)) + se2))
        else:
            raise ValueError(f"unknown CI method: {method}")
    return lower, upper


def find_quantile(x: np.ndarray, y: np.ndarray, p: float = 0.5, tol: float = TOLERANCE):
    """Port of survival:::findq: the time where the distribution ``y`` = 1 - S reaches ``p``.

    Where the curve sits exactly at ``p`` over an interval, the midpoint of that interval
    is returned, as R does.
    """
    valid = ~np.isnan(y)
    if not valid.any() or np.nanmax(y) < p:
        return None
    xmax = x[-1]
    # duplicated(y): keep the first time each value (NA included) is reached.
    key = np.where(valid, y, np.inf)
    _, first = np.unique(key, return_index=True)
    keep = np.sort(first)
    x, y = x[keep], y[keep]
    index = np.arange(len(y))

    def constant_f1(shift: float) -> int | None:
        ok = ~np.isnan(y)
        xs, vs = y[ok] + shift, index[ok]
        order = np.argsort(xs, kind="stable")
        xs, vs = xs[order], vs[order]
        if p < xs[0] or p > xs[-1]:
            return None
        return int(vs[int(np.searchsorted(xs, p, side="left"))])

    i1, i2 = constant_f1(tol), constant_f1(-tol)
    last = y[-1]
    if i1 is not None and not math.isnan(last) and abs(p - last) < tol:
        return float((x[i1] + xmax) / 2)
    if i1 is None or i2 is None:
        return None
    return float((x[i1] + x[i2]) / 2)


def kaplan_meier(durations, events, label: str = "", ci_method: str = LOG_LOG) -> KMCurve:
    """Fit a Kaplan-Meier curve (lifelines' estimate) and add R's CI and median CI."""
    durations = np.asarray(durations, dtype=float)
    events = np.asarray(events, dtype=bool)
    if len(durations) == 0:
        empty = np.zeros(0)
        return KMCurve(label, 0, 0, ci_method, np.zeros(1), np.ones(1), np.ones(1), np.ones(1),
                       np.zeros(1), np.zeros(1), empty, empty, None, None, None)  # fmt: skip
    time, d, n, censored, surv = event_table(durations, events)
    with np.errstate(divide="ignore", invalid="ignore"):
        std_err = np.sqrt(np.cumsum(np.where(d > 0, d / (n * (n - d)), 0.0)))
    lower, upper = confidence_band(surv, std_err, ci_method)
    x = np.concatenate(([0.0], time))
    median = find_quantile(x, np.concatenate(([0.0], 1 - surv)))
    median_lower = find_quantile(x, np.concatenate(([0.0], 1 - lower)))
    median_upper = find_quantile(x, np.concatenate(([0.0], 1 - upper)))
    has_censor = censored > 0
    return KMCurve(
        label=label,
        n=len(durations),
        events=int(events.sum()),
        ci_method=ci_method,
        time=time,
        survival=surv,
        lower=lower,
        upper=upper,
        at_risk=np.rint(n).astype(int),
        cumulative_events=np.rint(np.cumsum(d)).astype(int),
        censor_time=time[has_censor],
        censor_survival=surv[has_censor],
        median=median,
        median_lower=median_lower,
        median_upper=median_upper,
    )


def event_table(
    durations: np.ndarray, events: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(time, deaths, at risk, censored, survival): lifelines' KaplanMeierFitter, in numpy.

    The same table (every distinct time, plus the time-0 row where everyone enters) and
    the same arithmetic (S = exp(cumsum(log(n - d) - log(n)))), so the same floats; a
    lifelines fit cost ten times more in pandas bookkeeping than the estimate itself
    (the OS and RFS stages of a refresh were mostly that, and slower than R's survfit).
    """
    if (durations < 0).any():  # not in a valid registry: lifelines' own handling
        return _lifelines_table(durations, events)
    t = np.sort(durations, kind="stable")
    e = events[np.argsort(durations, kind="stable")].astype(np.int64)
    starts = np.flatnonzero(np.concatenate(([True], t[1:] != t[:-1])))
    time = t[starts]
    removed = np.diff(np.append(starts, len(t)))
    observed = np.add.reduceat(e, starts)
    if time[0] != 0.0:  # lifelines' birth row: everyone enters at 0
        time = np.concatenate(([0.0], time))
        removed = np.concatenate(([0], removed))
        observed = np.concatenate(([0], observed))
    at_risk = len(t) - np.concatenate(([0], np.cumsum(removed)[:-1]))
    with np.errstate(divide="ignore", invalid="ignore"):
        survival = np.exp(np.cumsum(np.log(at_risk - observed) - np.log(at_risk)))
    return (time, observed.astype(float), at_risk.astype(float),
            (removed - observed).astype(float), survival)  # fmt: skip


def _lifelines_table(durations: np.ndarray, events: np.ndarray):  # type: ignore[no-untyped-def]
    from lifelines import KaplanMeierFitter

    # One row per distinct (time, event) pair, with its count as weight.
    order = np.lexsort((events, durations))
    t_sorted, e_sorted = durations[order], events[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (np.diff(t_sorted) != 0) | (np.diff(e_sorted.astype(np.int8)) != 0)
    starts = np.flatnonzero(first)
    counts = np.diff(np.append(starts, len(order)))
    kmf = KaplanMeierFitter().fit(t_sorted[starts], e_sorted[starts], weights=counts)
    table = kmf.event_table
    return (
        table.index.to_numpy(dtype=float),
        table["observed"].to_numpy(dtype=float),
        table["at_risk"].to_numpy(dtype=float),
        table["censored"].to_numpy(dtype=float),
        kmf.survival_function_.iloc[:, 0].to_numpy(dtype=float),
    )


def reverse_km_median(durations, events) -> float | None:
    """Median follow-up by the reverse Kaplan-Meier method (censoring as the event)."""
    durations = np.asarray(durations, dtype=float)
    if len(durations) == 0:
        return None
    flipped = ~np.asarray(events, dtype=bool)
    return kaplan_meier(durations, flipped).median
