"""The variables the analysis describes: the dictionary's, plus the derived ones."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from hepmeta_desktop import derived
from hepmeta_desktop import dictionary as dd

CONTINUOUS, CATEGORICAL, MULTIPLE = "continuous", "categorical", "multiple"


#: Identity columns the analysis never reads (it needs the record number and birth date only).
_SKIPPED = {"last_name", "first_name", "phone", "notes", "referring_centre"}


def dataset_variables() -> tuple[dd.Variable, ...]:
    """The dictionary variables read into the dataset, in the order of the paper file."""
    return tuple(v for v in dd.patient_variables() if v.name not in _SKIPPED)


@dataclass(frozen=True)
class AnalysisVariable:
    """How Table 1, the JSON output and the group-by menu see one column of the dataset."""

    name: str
    kind: str
    label_en: str
    label_fr: str
    unit: str = ""
    levels: tuple[dd.Choice, ...] = ()

    def label(self, lang: str = "fr") -> str:
        return self.label_fr if lang == "fr" else self.label_en

    def level_label(self, code: str, lang: str = "fr") -> str:
        for c in self.levels:
            if c.code == code:
                return c.label(lang)
        return code

    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.levels)


_DERIVED = (
    AnalysisVariable(
        "age", CONTINUOUS, "Age at liver surgery", "Âge à la chirurgie hépatique", "years"
    ),
    AnalysisVariable(
        "delay_months",
        CONTINUOUS,
        "Delay from breast surgery to liver metastases",
        "Délai chirurgie du sein – métastases hépatiques",
        "months",
    ),
    AnalysisVariable(
        "timing",
        CATEGORICAL,
        "Timing of liver metastases",
        "Chronologie des métastases hépatiques",
        levels=(
            dd.Choice(derived.SYNCHRONOUS, "Synchronous", "Synchrones"),
            dd.Choice(derived.METACHRONOUS, "Metachronous", "Métachrones"),
        ),
    ),
)
#: Columns that can split the cohort but are not described in Table 1.
GROUPING_ONLY = (
    AnalysisVariable(
        "period", CATEGORICAL, "Period of liver surgery", "Période de la chirurgie hépatique"
    ),
    AnalysisVariable("surgeon", CATEGORICAL, "Surgeon", "Chirurgien"),
)


@cache
def table1_variables() -> tuple[AnalysisVariable, ...]:
    """Derived variables first, then every numeric or coded dictionary variable in order."""
    out = list(_DERIVED)
    for v in dataset_variables():
        if v.numeric:
            out.append(AnalysisVariable(v.name, CONTINUOUS, v.label_en, v.label_fr, v.unit))
        elif v.type in (dd.CHOICE, dd.BOOL):
            out.append(AnalysisVariable(v.name, CATEGORICAL, v.label_en, v.label_fr, "", v.choices))
        elif v.type == dd.MULTI:
            out.append(AnalysisVariable(v.name, MULTIPLE, v.label_en, v.label_fr, "", v.choices))
    return tuple(out)


@cache
def grouping_variables() -> tuple[AnalysisVariable, ...]:
    """Variables the cohort can be split by (any single-choice column)."""
    return tuple(v for v in table1_variables() if v.kind == CATEGORICAL) + GROUPING_ONLY


def analysis_variable(name: str) -> AnalysisVariable:
    for v in table1_variables() + GROUPING_ONLY:
        if v.name == name:
            return v
    raise KeyError(f"unknown analysis variable: {name}")


def ordered_levels(variable: AnalysisVariable, present) -> list[str]:
    """Levels present in the data: dictionary order first (so R0 before R1), then sorted."""
    present = {str(x) for x in present if x is not None and x == x}
    known = [c for c in variable.codes() if c in present]
    return known + sorted(present.difference(known))


def present_values(values) -> list:
    """The distinct values recorded in a column (of a categorical one: the categories used)."""
    import numpy as np
    import pandas as pd

    if isinstance(values.dtype, pd.CategoricalDtype):
        own = np.asarray(values.cat.codes)
        used = np.bincount(own[own >= 0], minlength=len(values.cat.categories))
        return [values.cat.categories[i] for i in np.flatnonzero(used)]
    return list(pd.unique(values.dropna()))


def level_codes(values, levels: list[str]):
    """Each row's index in ``levels`` (int64; -1 when missing or not one of them).

    A categorical column (the dataset's coded variables) is recoded through its few
    categories rather than value by value.
    """
    import numpy as np
    import pandas as pd

    index = pd.Index(levels, dtype=object)
    if isinstance(values.dtype, pd.CategoricalDtype):
        own = np.asarray(values.cat.codes, dtype=np.int64)
        recode = np.append(index.get_indexer([str(c) for c in values.cat.categories]), -1)
        return recode[own]
    labels = values.astype(object).astype(str).to_numpy(dtype=object)
    return np.where(values.notna().to_numpy(), index.get_indexer(labels), -1).astype(np.int64)
