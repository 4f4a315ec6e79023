"""Cohort selection: surgeon, period, procedure and the series' inclusion criteria."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from hepmeta_desktop import derived
from hepmeta_desktop import dictionary as dd

METACHRONOUS, LIVER_ONLY, SOLITARY, RESPONSE, GOOD_STATE, R0 = (
    "metachronous",
    "liver_only",
    "solitary",
    "response",
    "good_state",
    "r0",
)
CRITERIA = (METACHRONOUS, LIVER_ONLY, SOLITARY, RESPONSE, GOOD_STATE, R0)
#: The variable each criterion reads.
CRITERION_VARIABLE = {
    METACHRONOUS: "timing",
    LIVER_ONLY: "extrahepatic_disease",
    SOLITARY: "number_of_metastases",
    RESPONSE: "chemo_response",
    GOOD_STATE: "performance_status",
    R0: "margin_status",
}
CRITERION_LABEL = {
    METACHRONOUS: ("metachronous", "métachrones"),
    LIVER_ONLY: ("confined to the liver", "limitées au foie"),
    SOLITARY: ("solitary", "uniques"),
    RESPONSE: (
        "response or stability after chemotherapy",
        "réponse ou stabilité sous chimiothérapie",
    ),
    GOOD_STATE: ("good general state (PS 0-1)", "bon état général (OMS 0-1)"),
    R0: ("R0 resection", "résection R0"),
}
SURGEON, PERIOD, PROCEDURE = "surgeon", "period", "procedure"


@dataclass(frozen=True)
class CohortFilter:
    """What the surgeon selects; each criterion is a switch.

    With ``enforce_criteria`` the patients who fail a criterion are left out; without it
    the criteria are only claimed, and the patients who fail them are listed as
    inconsistencies (how a published series can be checked against its own data).
    """

    surgeon: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    procedure: str | None = None
    criteria: tuple[str, ...] = ()
    enforce_criteria: bool = True

    def __post_init__(self) -> None:
        unknown = set(self.criteria) - set(CRITERIA)
        if unknown:
            raise ValueError(f"unknown criteria: {', '.join(sorted(unknown))}")


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
        data=data.loc[remaining],
        filter=flt,
        n_total=len(data),
        excluded=tuple(excluded),
        excluded_by_step=counts,
    )
