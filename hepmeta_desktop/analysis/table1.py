"""Table 1: every variable of the cohort described, optionally by group, with p-values."""

# Conventions (also in docs/stats_json.md):
#
# * continuous: mean ± SD (SD with n - 1), median [Q1–Q3] (linear quantiles, R's type 7),
#   min–max, and the number missing;
# * categorical: n (%) per level, the percentage over the patients with a recorded value
#   ('unknown' included); missing (not recorded) counted apart;
# * multiple choice: patients with each code (a patient may count in several rows);
# * tests, on the recorded values with 'unknown' left out: Fisher's exact test for a 2×2
#   table, else Pearson's χ² without continuity correction; Mann-Whitney U (two-sided) for
#   two groups (R's exact/approximate rule), Kruskal-Wallis for more.  No test for multiple-choice variables.

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.analysis.variables import (
    CATEGORICAL,
    CONTINUOUS,
    MULTIPLE,
    AnalysisVariable,
    analysis_variable,
    level_codes,
    ordered_levels,
    present_values,
    table1_variables,
)

FISHER, CHI2, MANN_WHITNEY, KRUSKAL = "fisher", "chi2", "mann_whitney", "kruskal_wallis"
TEST_NAMES = {
    FISHER: ("Fisher's exact test", "test exact de Fisher"),
    CHI2: ("Pearson's χ² test", "test du χ² de Pearson"),
    MANN_WHITNEY: ("Mann-Whitney U test", "test de Mann-Whitney"),
    KRUSKAL: ("Kruskal-Wallis test", "test de Kruskal-Wallis"),
}


@dataclass(frozen=True)
class ContinuousStats:
    n: int
    missing: int
    mean: float | None
    sd: float | None
    median: float | None
    q1: float | None
    q3: float | None
    min: float | None
    max: float | None


@dataclass(frozen=True)
class LevelCount:
    code: str
    n: int
    percent: float | None


@dataclass(frozen=True)
class CategoricalStats:
    levels: tuple[LevelCount, ...]
    missing: int
    recorded: int

    def counts(self) -> dict[str, int]:
        return {lv.code: lv.n for lv in self.levels}


Stats = ContinuousStats | CategoricalStats


@dataclass(frozen=True)
class VariableSummary:
    variable: AnalysisVariable
    overall: Stats
    #: One entry per group level, in the order of ``Table1.group_levels``.
    by_group: tuple[Stats, ...]
    p_value: float | None
    test: str | None


@dataclass(frozen=True)
class Table1:
    n: int
    group_variable: AnalysisVariable | None
    group_levels: tuple[str, ...]
    group_sizes: tuple[int, ...]
    #: Patients left out of the group columns because their group is not recorded.
    group_missing: int
    variables: tuple[VariableSummary, ...]

    def get(self, name: str) -> VariableSummary:
        for s in self.variables:
            if s.variable.name == name:
                return s
        raise KeyError(name)

    def tests_used(self) -> tuple[str, ...]:
        return tuple(t for t in TEST_NAMES if any(s.test == t for s in self.variables))


def _f(x) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def continuous_stats(values) -> ContinuousStats:
    x = np.asarray(values, dtype=float)
    missing = int(np.isnan(x).sum())
    x = x[~np.isnan(x)]
    if len(x) == 0:
        return ContinuousStats(0, missing, None, None, None, None, None, None, None)
    q1, med, q3 = np.quantile(x, [0.25, 0.5, 0.75])
    sd = float(np.std(x, ddof=1)) if len(x) > 1 else None
    return ContinuousStats(len(x), missing, float(x.mean()), sd, float(med), float(q1), float(q3),
                           float(x.min()), float(x.max()))  # fmt: skip


def split_codes(values: pd.Series) -> pd.Series:
    """'IV,V' cells → one item per chosen code, indexed by its row, empty items dropped.

    The same as ``values.dropna().astype(str).str.split(",").explode().str.strip()``
    without the empty strings, but each distinct cell is split once: a registry has a few
    hundred distinct combinations for 100,000 patients, and splitting every cell in Python
    was a tenth of an analysis refresh.
    """
    present = values.dropna()
    cells = pd.Categorical(present.astype(str))
    parts = [[p.strip() for p in str(c).split(",") if p.strip()] for c in cells.categories]
    flat = np.array([p for part in parts for p in part], dtype=object)
    sizes = np.array([len(part) for part in parts], dtype=np.int64)
    starts = np.cumsum(sizes) - sizes
    per_row = sizes[cells.codes] if len(sizes) else np.zeros(len(present), dtype=np.int64)
    row = np.repeat(np.arange(len(present)), per_row)
    first = np.repeat(np.cumsum(per_row) - per_row, per_row)
    take = np.repeat(starts[cells.codes], per_row) + (np.arange(len(row)) - first)
    return pd.Series(flat[take] if len(take) else np.array([], dtype=object),
                     index=present.index[row], dtype=object)  # fmt: skip


def _codes(
    values: pd.Series, variable: AnalysisVariable
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(row of each code, its level index, levels): one row per patient, or per chosen code."""
    if variable.kind == MULTIPLE:
        exploded = split_codes(values)
        rows = values.index.get_indexer(exploded.index)
        values = exploded
    else:
        rows = np.arange(len(values))
    levels = ordered_levels(variable, present_values(values))
    return np.asarray(rows), level_codes(values, levels), levels


def _categorical(
    counts: np.ndarray, levels: list[str], missing: int, recorded: int
) -> CategoricalStats:
    return CategoricalStats(
        tuple(
            LevelCount(c, int(k), 100.0 * k / recorded if recorded else None)
            for c, k in zip(levels, counts, strict=True)
            if k > 0
        ),
        missing,
        recorded,
    )


def categorical_stats(values: pd.Series, variable: AnalysisVariable) -> CategoricalStats:
    values = values.reset_index(drop=True)
    rows, codes, levels = _codes(values, variable)
    counts = np.bincount(codes[codes >= 0], minlength=len(levels))
    missing = int(values.isna().sum())
    return _categorical(counts, levels, missing, len(values) - missing)


def _ranks(pooled: np.ndarray) -> tuple[np.ndarray, int, float]:
    """Average ranks (ties share their mean rank), the number of distinct values, and
    Σ (t³ − t) over the groups of ties: one sort for all three."""
    order = np.argsort(pooled, kind="mergesort")
    ordered = pooled[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1], True])
    counts = np.diff(starts).astype(float)
    mean_rank = (starts[:-1] + starts[1:] + 1) / 2.0
    ranks = np.empty(pooled.size)
    ranks[order] = np.repeat(mean_rank, counts.astype(np.int64))
    return ranks, len(counts), float((counts**3 - counts).sum())


def _test_continuous(samples: list[np.ndarray]):
    """Mann-Whitney (2 groups) or Kruskal-Wallis p-value, as R's wilcox.test/kruskal.test.

    The rank statistics are computed here (scipy's are the same formulas; its per-call
    overhead was a quarter of Table 1's time): average ranks of ties, ties-corrected
    variance, continuity correction for Mann-Whitney's normal approximation.
    """
    from scipy import special, stats

    samples = [s for s in samples if len(s)]
    if len(samples) < 2:
        return None, None
    pooled = np.concatenate(samples)
    n = pooled.size
    ranks, distinct, ties = _ranks(pooled)
    if distinct < 2:
        return None, None
    bounds = np.cumsum([0] + [len(s) for s in samples])
    rank_sums = np.add.reduceat(ranks, bounds[:-1])
    if len(samples) == 2:
        # R's wilcox.test rule: exact below 50 per group without ties, else the normal
        # approximation with continuity correction.
        n1, n2 = len(samples[0]), len(samples[1])
        if max(n1, n2) < 50 and ties == 0:
            p = stats.mannwhitneyu(*samples, alternative="two-sided", method="exact").pvalue
            return float(p), MANN_WHITNEY
        u = rank_sums[0] - n1 * (n1 + 1) / 2
        mean = n1 * n2 / 2
        sd = np.sqrt(n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1))))
        z = (abs(u - mean) - 0.5) / sd
        return float(min(1.0, 2 * special.ndtr(-z))), MANN_WHITNEY
    sizes = np.diff(bounds)
    h = 12 / (n * (n + 1)) * float((rank_sums**2 / sizes).sum()) - 3 * (n + 1)
    h /= 1 - ties / (n**3 - n)
    return float(special.chdtrc(len(samples) - 1, h)), KRUSKAL


def _test_categorical(table: np.ndarray, levels: list[str]):
    """Fisher's exact test for 2 × 2, else Pearson's χ² without continuity correction."""
    from scipy import special, stats

    known = np.array([lv != dd.UNKNOWN for lv in levels], dtype=bool)
    table = table[known]
    table = table[table.sum(axis=1) > 0][:, table.sum(axis=0) > 0]
    if table.shape[0] < 2 or table.shape[1] < 2:
        return None, None
    if table.shape == (2, 2):
        return float(stats.fisher_exact(table).pvalue), FISHER
    observed = table.astype(float)
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0)) / observed.sum()
    chi2 = float(((observed - expected) ** 2 / expected).sum())
    dof = (table.shape[0] - 1) * (table.shape[1] - 1)
    return float(special.chdtrc(dof, chi2)), CHI2


def _summarise(
    v: AnalysisVariable, col: pd.Series, gcodes: np.ndarray | None, k: int
) -> VariableSummary:
    """One variable, overall and by group (``gcodes``: group index per patient, -1 = none)."""
    if v.kind == CONTINUOUS:
        x = col.to_numpy(dtype=float)
        if gcodes is None:
            return VariableSummary(v, continuous_stats(x), (), None, None)
        parts = [x[gcodes == g] for g in range(k)]
        p, test = _test_continuous([s[~np.isnan(s)] for s in parts])
        return VariableSummary(
            v, continuous_stats(x), tuple(continuous_stats(s) for s in parts), _f(p), test
        )
    col = col.reset_index(drop=True)
    rows, codes, levels = _codes(col, v)
    missing_rows = col.isna().to_numpy()
    present = codes >= 0
    overall = _categorical(np.bincount(codes[present], minlength=len(levels)), levels,
                           int(missing_rows.sum()), len(col) - int(missing_rows.sum()))  # fmt: skip
    if gcodes is None:
        return VariableSummary(v, overall, (), None, None)
    g_of = gcodes[rows[present]]
    in_group = g_of >= 0
    flat = codes[present][in_group] * k + g_of[in_group]
    table = np.bincount(flat, minlength=len(levels) * k).reshape(len(levels), k)
    sizes = np.bincount(gcodes[gcodes >= 0], minlength=k)
    miss = np.bincount(gcodes[(gcodes >= 0) & missing_rows], minlength=k)
    by_group = tuple(
        _categorical(table[:, g], levels, int(miss[g]), int(sizes[g] - miss[g])) for g in range(k)
    )
    p, test = _test_categorical(table, levels) if v.kind == CATEGORICAL else (None, None)
    return VariableSummary(v, overall, by_group, _f(p), test)


def build_table1(
    data: pd.DataFrame,
    group_by: str | None = None,
    variables: tuple[AnalysisVariable, ...] | None = None,
) -> Table1:
    """Describe ``data`` (one row per patient); split by ``group_by`` when given."""
    variables = variables or table1_variables()
    group_var = analysis_variable(group_by) if group_by else None
    levels: list[str] = []
    gcodes = None
    if group_var is not None:
        g = data[group_by]
        levels = ordered_levels(group_var, present_values(g))
        gcodes = level_codes(g, levels)
    out = [
        _summarise(v, data[v.name], gcodes, len(levels))
        for v in variables
        if v.name != group_by and v.name in data
    ]
    sizes = np.bincount(gcodes[gcodes >= 0], minlength=len(levels)) if gcodes is not None else []
    return Table1(
        n=len(data),
        group_variable=group_var,
        group_levels=tuple(levels),
        group_sizes=tuple(int(x) for x in sizes),
        group_missing=int((gcodes < 0).sum()) if gcodes is not None else 0,
        variables=tuple(out),
    )
