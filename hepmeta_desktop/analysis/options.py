"""What the user selects (cohort filter, grouping, CI method): plain data, no pandas."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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
#: Steps of the selection other than the criteria (the reasons of the exclusion list).
SURGEON, PERIOD, PROCEDURE = "surgeon", "period", "procedure"

LOG_LOG, LOG = "log-log", "log"
CI_METHODS = (LOG_LOG, LOG)
MONTHS, DAYS = "months", "days"


@dataclass(frozen=True)
class CohortFilter:
    """What the surgeon selects; each criterion is a switch.

    With ``enforce_criteria`` the patients who fail a criterion are left out; without it
    the criteria are only claimed, and the patients who fail them are listed as
    inconsistencies (how a published series can be checked against its own data).
    A criterion whose variable is not recorded never excludes: it is listed instead.
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
class AnalysisOptions:
    filter: CohortFilter = field(default_factory=CohortFilter)
    group_by: str | None = None
    ci_method: str = LOG_LOG

    def __post_init__(self) -> None:
        from hepmeta_desktop.analysis.variables import analysis_variable

        if self.ci_method not in CI_METHODS:
            raise ValueError(f"unknown CI method: {self.ci_method}")
        if self.group_by:
            analysis_variable(self.group_by)  # raises KeyError on an unknown variable
