"""Table 1: every variable of the cohort described, optionally by group, with p-values.

Conventions (also in docs/stats_json.md):

* continuous: mean ± SD (SD with n - 1), median [Q1–Q3] (linear quantiles, R's type 7),
  min–max, and the number missing;
* categorical: n (%) per level, the percentage over the patients with a recorded value
  ('unknown' included); missing (not recorded) counted apart;
* multiple choice: patients with each code (a patient may count in several rows);
* tests, on the recorded values with 'unknown' left out: Fisher's exact test for a 2×2
  table, else Pearson's χ² without continuity correction; Mann-Whitney U (two-sided) for
  two groups, Kruskal-Wallis for more.  No test for multiple-choice variables.
"""

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
    ordered_levels,
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


def continuous_stats(values: pd.Series) -> ContinuousStats:
    x = values.to_numpy(dtype=float)
    x = x[~np.isnan(x)]
    missing = len(values) - len(x)
    if len(x) == 0:
        return ContinuousStats(0, missing, None, None, None, None, None, None, None)
    q1, med, q3 = np.quantile(x, [0.25, 0.5, 0.75])
    sd = float(np.std(x, ddof=1)) if len(x) > 1 else None
    return ContinuousStats(len(x), missing, float(x.mean()), sd, float(med), float(q1), float(q3),
                           float(x.min()), float(x.max()))  # fmt: skip


def categorical_stats(values: pd.Series, variable: AnalysisVariable) -> CategoricalStats:
    missing = int(values.isna().sum())
    if variable.kind == MULTIPLE:
        exploded = values.dropna().astype(str).str.split(",").explode().str.strip()
        counts = exploded[exploded != ""].value_counts()
    else:
        counts = values.dropna().astype(str).value_counts()
    recorded = len(values) - missing
    levels = ordered_levels(variable, counts.index)
    return CategoricalStats(
        tuple(
            LevelCount(c, int(counts[c]), 100.0 * counts[c] / recorded if recorded else None)
            for c in levels
        ),
        missing,
        recorded,
    )


def _test(variable: AnalysisVariable, col: pd.Series, groups: pd.Series, levels):
    from scipy import stats

    if variable.kind == CONTINUOUS:
        samples = [col[groups == lv].dropna().to_numpy(float) for lv in levels]
        samples = [s for s in samples if len(s)]
        if len(samples) < 2 or np.unique(np.concatenate(samples)).size < 2:
            return None, None
        if len(samples) == 2:
            return float(stats.mannwhitneyu(*samples, alternative="two-sided").pvalue), MANN_WHITNEY
        return float(stats.kruskal(*samples).pvalue), KRUSKAL
    if variable.kind != CATEGORICAL:
        return None, None
    keep = col.notna() & (col != dd.UNKNOWN) & groups.isin(levels)
    table = pd.crosstab(col[keep].astype(str), groups[keep])
    table = table.loc[table.sum(axis=1) > 0, table.sum(axis=0) > 0]
    if table.shape[0] < 2 or table.shape[1] < 2:
        return None, None
    if table.shape == (2, 2):
        return float(stats.fisher_exact(table.to_numpy()).pvalue), FISHER
    return float(stats.chi2_contingency(table.to_numpy(), correction=False).pvalue), CHI2


def _stats(variable: AnalysisVariable, col: pd.Series) -> Stats:
    return (
        continuous_stats(col) if variable.kind == CONTINUOUS else categorical_stats(col, variable)
    )


def build_table1(
    data: pd.DataFrame,
    group_by: str | None = None,
    variables: tuple[AnalysisVariable, ...] | None = None,
) -> Table1:
    """Describe ``data`` (one row per patient); split by ``group_by`` when given."""
    variables = variables or table1_variables()
    group_var = analysis_variable(group_by) if group_by else None
    levels: list[str] = []
    groups = pd.Series(dtype=object)
    if group_var is not None:
        groups = data[group_by].astype(object).where(data[group_by].notna(), None)
        levels = ordered_levels(group_var, groups.dropna().astype(str).unique())
        groups = groups.map(lambda x: None if x is None else str(x))
    out = []
    for v in variables:
        if v.name == group_by or v.name not in data:
            continue
        col = data[v.name]
        by_group: tuple[Stats, ...] = ()
        p, test = None, None
        if group_var is not None:
            by_group = tuple(_stats(v, col[groups == lv]) for lv in levels)
            p, test = _test(v, col, groups, levels)
        out.append(VariableSummary(v, _stats(v, col), by_group, _f(p), test))
    return Table1(
        n=len(data),
        group_variable=group_var,
        group_levels=tuple(levels),
        group_sizes=tuple(int((groups == lv).sum()) for lv in levels),
        group_missing=int(groups.isna().sum()) if group_var is not None else 0,
        variables=tuple(out),
    )
