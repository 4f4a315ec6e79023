"""One refresh of the analysis: cohort, Table 1, outcomes, both survival curves, paragraph."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from hepmeta_desktop.analysis.checks import Inconsistency, inconsistencies
from hepmeta_desktop.analysis.cohort import Cohort, select_cohort
from hepmeta_desktop.analysis.options import AnalysisOptions, CohortFilter  # noqa: F401
from hepmeta_desktop.analysis.outcomes import Outcomes, surgical_outcomes
from hepmeta_desktop.analysis.paragraph import ResultsParagraph, results_paragraph
from hepmeta_desktop.analysis.survival import OS, RFS, SurvivalResult, survival_analysis
from hepmeta_desktop.analysis.table1 import Table1, build_table1
from hepmeta_desktop.analysis.variables import analysis_variable, ordered_levels

#: Receives (fraction done 0..1, what is being done); the core reports progress with no Qt.
Progress = Callable[[float, str], None]


@dataclass(frozen=True, eq=False)
class AnalysisResult:
    """Everything the panel, the CLI and the report writers show about one selection."""

    options: AnalysisOptions
    cohort: Cohort
    table1: Table1
    outcomes: Outcomes
    overall_survival: SurvivalResult
    recurrence_free_survival: SurvivalResult
    paragraph: ResultsParagraph
    inconsistencies: tuple[Inconsistency, ...]
    #: Every surgeon of the registry (not only the selected ones), for the filter's menu.
    surgeons: tuple[str, ...] = ()

    def survival(self, endpoint: str) -> SurvivalResult:
        return self.overall_survival if endpoint == OS else self.recurrence_free_survival


def run_analysis(
    dataset: pd.DataFrame, options: AnalysisOptions | None = None, progress: Progress | None = None
) -> AnalysisResult:
    """Compute every result of the selection from the analysis dataset."""
    options = options or AnalysisOptions()
    report = progress or (lambda fraction, what: None)
    report(0.0, "cohort")
    cohort = select_cohort(dataset, options.filter)
    data = cohort.data
    levels = None
    if options.group_by:
        levels = ordered_levels(
            analysis_variable(options.group_by), data[options.group_by].dropna().unique()
        )
    report(0.1, "table1")
    table1 = build_table1(data, options.group_by)
    report(0.4, "outcomes")
    outcomes = surgical_outcomes(data)
    report(0.5, "overall survival")
    os_ = survival_analysis(data, OS, options.ci_method, options.group_by, levels)
    report(0.7, "recurrence-free survival")
    rfs = survival_analysis(
        data, RFS, options.ci_method, options.group_by, levels, os_.median_follow_up_days
    )
    report(0.9, "paragraph")
    paragraph = results_paragraph(cohort, outcomes, os_)
    checks = inconsistencies(cohort)
    report(1.0, "done")
    surgeons = tuple(sorted(str(s) for s in dataset["surgeon"].dropna().unique()))
    return AnalysisResult(options, cohort, table1, outcomes, os_, rfs, paragraph, checks, surgeons)
