"""Cox model and log-rank test for one categorical variable, from the groups' risk sets."""

# With a single categorical covariate the Efron partial likelihood depends on the data only
# through, at each distinct event time, the number at risk and the number of events of each
# group.  Working on that table (events × groups) gives R's ``coxph(ties = "efron")`` and
# ``survdiff`` exactly, in milliseconds at 100,000 patients, where a general Cox fitter
# (lifelines' CoxPHFitter: about 1 s at 10,000 patients) loops over the event times.

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from hepmeta_desktop.analysis.km import Z95

MAX_ITER = 30
#: R's coxph.control: convergence when the log-likelihood changes by less than 1e-9.
EPS = 1e-9


@dataclass(frozen=True)
class RiskTable:
    """At each distinct event time: at risk (n) and events (d) of each group (columns)."""

    n: np.ndarray
    d: np.ndarray


@dataclass(frozen=True)
class CoxFit:
    coef: np.ndarray
    se: np.ndarray
    p: np.ndarray
    loglik: float
    iterations: int

    @property
    def hr(self) -> np.ndarray:
        return np.exp(self.coef)

    @property
    def lower(self) -> np.ndarray:
        return np.exp(self.coef - Z95 * self.se)

    @property
    def upper(self) -> np.ndarray:
        return np.exp(self.coef + Z95 * self.se)


def risk_table(durations, events, groups, k: int) -> RiskTable:
    """``groups`` are integer codes 0..k-1 (0 = reference)."""
    t = np.asarray(durations, dtype=float)
    e = np.asarray(events, dtype=bool)
    g = np.asarray(groups, dtype=np.int64)
    tau = np.unique(t[e])
    n = np.empty((len(tau), k))
    d = np.zeros((len(tau), k))
    for j in range(k):
        tg = np.sort(t[g == j])
        n[:, j] = len(tg) - np.searchsorted(tg, tau, side="left")
        d[:, j] = np.bincount(np.searchsorted(tau, t[(g == j) & e]), minlength=len(tau))
    return RiskTable(n, d)


def _efron_terms(table: RiskTable) -> np.ndarray:
    """Rows (one per event) of the Efron denominators' weights: n_g - (l / d) d_g."""
    d_total = table.d.sum(axis=1).astype(np.int64)
    rows = np.repeat(np.arange(len(d_total)), d_total)
    starts = np.repeat(np.cumsum(d_total) - d_total, d_total)
    frac = (np.arange(len(rows)) - starts) / d_total[rows]
    return table.n[rows] - frac[:, None] * table.d[rows]


def cox_categorical(table: RiskTable) -> CoxFit:
    """Newton-Raphson on the Efron partial likelihood, from beta = 0 (as coxph does)."""
    weights = _efron_terms(table)
    events_by_group = table.d.sum(axis=0)
    k = table.n.shape[1]
    beta = np.zeros(k - 1)

    def loglik_grad_info(b: np.ndarray):
        eb = np.exp(np.concatenate(([0.0], b)))
        denom = weights @ eb
        share = weights * eb / denom[:, None]
        loglik = float(events_by_group[1:] @ b - np.log(denom).sum())
        grad = events_by_group[1:] - share[:, 1:].sum(axis=0)
        info = np.diag(share[:, 1:].sum(axis=0)) - share[:, 1:].T @ share[:, 1:]
        return loglik, grad, info

    loglik, grad, info = loglik_grad_info(beta)
    iterations = 0
    for iterations in range(1, MAX_ITER + 1):  # noqa: B007 -- the count is reported
        step = np.linalg.solve(info, grad)
        new = beta + step
        new_loglik, new_grad, new_info = loglik_grad_info(new)
        while new_loglik < loglik - 1e-12 and np.abs(step).max() > 1e-12:  # step halving
            step /= 2
            new = beta + step
            new_loglik, new_grad, new_info = loglik_grad_info(new)
        done = abs(new_loglik - loglik) <= EPS * abs(loglik)
        beta, loglik, grad, info = new, new_loglik, new_grad, new_info
        if done:
            break
    se = np.sqrt(np.diag(np.linalg.inv(info)))
    from scipy.stats import norm

    p = 2 * norm.sf(np.abs(beta / se))
    return CoxFit(beta, se, p, loglik, iterations)


def logrank_chi2(table: RiskTable) -> tuple[float, int]:
    """R's survdiff statistic (rho = 0) and its degrees of freedom."""
    n, d = table.n, table.d
    n_tot, d_tot = n.sum(axis=1), d.sum(axis=1)
    expected = (n * (d_tot / n_tot)[:, None]).sum(axis=0)
    observed = d.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        c = np.where(n_tot > 1, d_tot * (n_tot - d_tot) / (n_tot - 1), 0.0)
    share = n / n_tot[:, None]
    var = np.diag((c[:, None] * share).sum(axis=0)) - (share * c[:, None]).T @ share
    diff = (observed - expected)[1:]
    v = var[1:, 1:]
    # A group that is never at risk at an event time leaves V singular: like survdiff's
    # generalised inverse, the test then has fewer degrees of freedom.
    df = int(np.linalg.matrix_rank(v, tol=1e-10 * max(1.0, float(np.abs(v).max(initial=0)))))
    chi2 = float(diff @ np.linalg.pinv(v, rcond=1e-10) @ diff)
    return chi2, df
