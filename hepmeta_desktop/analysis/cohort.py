"""Cohort selection: surgeon, period, procedure and the series' inclusion criteria."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from hepmeta_desktop import derived
from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.analysis.options import (  # noqa: F401 -- re-exported for callers
    CRITERIA,
    CRITERION_LABEL,
    CRITERION_VARIABLE,
    GOOD_STATE,
    LIVER_ONLY,
    METACHRONOUS,
    PERIOD,
    PROCEDURE,
    R0,
    RESPONSE,
    SOLITARY,
    SURGEON,
    CohortFilter,
)


@dataclass(frozen=True)
class Exclusion:
    record_number: str
    reason: str


@dataclass(frozen=True, eq=False)
class Cohort:
    """The selected patients and who was left out, step by step (the first failing step)."""

    data: pd.DataFrame
    filter: CohortFilter
    n_total: int
    excluded: tuple[Exclusion, ...]
    #: Step (surgeon, period, procedure or criterion) → patients it left out, in order.
    excluded_by_step: dict[str, int] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.data)


def criterion_status(data: pd.DataFrame, criterion: str) -> pd.Series:
    """True = meets, False = fails, NA = not recorded (or 'unknown')."""
    col = data[CRITERION_VARIABLE[criterion]]
    if criterion == SOLITARY:
        return (col == 1).where(col.notna())
    passing, failing = {
        METACHRONOUS: ({derived.METACHRONOUS}, {derived.SYNCHRONOUS}),
        LIVER_ONLY: ({dd.NO}, {dd.YES}),
        RESPONSE: ({"CR", "PR", "SD"}, {"PD"}),
        GOOD_STATE: ({"0", "1"}, {"2", "3", "4"}),
        R0: ({"R0"}, {"R1", "R2"}),
    }[criterion]
    known = col.isin(passing | failing)
    return col.isin(passing).where(known)


def select_cohort(data: pd.DataFrame, flt: CohortFilter) -> Cohort:
    """Apply the filter in a fixed order; each patient is excluded by the first step failed."""
    steps: list[tuple[str, pd.Series]] = []
    if flt.surgeon:
        steps.append((SURGEON, data["surgeon"] == flt.surgeon))
    if flt.date_from or flt.date_to:
        day = data["liver_surgery_date"]
        keep = day.notna()
        if flt.date_from:
            keep &= day >= pd.Timestamp(flt.date_from)
        if flt.date_to:
            keep &= day <= pd.Timestamp(flt.date_to)
        steps.append((PERIOD, keep))
    if flt.procedure:
        steps.append((PROCEDURE, data["procedure"] == flt.procedure))
    if flt.enforce_criteria:
        # A criterion not recorded does not exclude: it is listed as an inconsistency.
        steps += [(c, criterion_status(data, c).fillna(True).astype(bool)) for c in flt.criteria]
    remaining = pd.Series(True, index=data.index)
    excluded: list[Exclusion] = []
    counts: dict[str, int] = {}
    for name, keep in steps:
        out = remaining & ~keep.fillna(False).astype(bool)
        counts[name] = int(out.sum())
        excluded += [Exclusion(str(r), name) for r in data.loc[out, "record_number"]]
        remaining &= ~out
    return Cohort(
        # Everyone kept: the same frame, not a copy of it (the analysis never changes it).
        data=data if bool(remaining.all()) else data.loc[remaining],
        filter=flt,
        n_total=len(data),
        excluded=tuple(excluded),
        excluded_by_step=counts,
    )
