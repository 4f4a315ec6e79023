"""SPSS (.sav) and Stata (.dta) files of the analysis dataset, with variable and value labels.

One row per patient, the dictionary's variables and the derived times and events.  Coded
variables are numeric with value labels; the mapping is stable and documented in
docs/statistical_exports.md:

* yes/no: 1 = yes, 0 = no;
* a choice whose codes are whole numbers (performance status 0-4, SBR grade 1-3): the
  number itself;
* any other choice: its rank in the dictionary's code order, from 1 (sex: 1 = F, 2 = M);
* 'unknown' (UNK): 99, declared as a user-missing value in SPSS;
* a multiple choice: one 0/1 variable per code (``segments_involved_IV``).

Names respect both programs' limits (32 characters, letters, digits and '_', not starting
with a digit; 29 for a variable with value labels, whose label set is named after it with
a number appended): a name too long has ``liver_surgery`` shortened to ``ls``, then
``diagnosis`` to ``dx``, ``recurrence`` to ``rec``, ``treatment`` to ``tx``, then is cut
(see :func:`stat_name`); the 0/1 variables of one multiple choice share one prefix.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.analysis.variables import analysis_variable
from hepmeta_desktop.derived import DAYS_PER_MONTH
from hepmeta_desktop.services.pseudonym import interval_label

UNKNOWN_VALUE = 99
MAX_NAME = 32
#: pyreadstat names a Stata label set after its variable plus a counter (up to 3 digits).
LABELLED_MAX = 29
#: Shortenings applied in order to a name over the limit.
SHORTENINGS = (("liver_surgery", "ls"), ("diagnosis", "dx"), ("recurrence", "rec"),
               ("treatment", "tx"), ("_days_", "_d_"))  # fmt: skip
#: Columns of the dataset not exported (the database's own row id means nothing outside).
SKIPPED = ("patient_id",)
#: Derived dates and codes of the analysis dataset (the dictionary does not hold them).
DERIVED_DATES = {
    "last_news_date": ("Date of latest news", "Date des dernières nouvelles"),
    "death_date": ("Date of death", "Date du décès"),
    "first_recurrence_date": ("Date of first recurrence", "Date de la première récidive"),
}
EXTRA_LABELS = {
    "record_number": ("Hospital record number", "Numéro de dossier"),
    "os_days": ("Overall survival: time (days)", "Survie globale : délai (jours)"),
    "os_months": ("Overall survival: time (months)", "Survie globale : délai (mois)"),
    "os_event": ("Overall survival: death (1) or censored (0)", "Survie globale : décès (1) ou censure (0)"),
    "rfs_days": ("Recurrence-free survival: time (days)", "Survie sans récidive : délai (jours)"),
    "rfs_months": ("Recurrence-free survival: time (months)", "Survie sans récidive : délai (mois)"),
    "rfs_event": ("Recurrence-free survival: recurrence or death (1), censored (0)",
                  "Survie sans récidive : récidive ou décès (1), censure (0)"),
    "excluded_reason": ("Why left out of the survival curves", "Motif d'exclusion des courbes de survie"),
}  # fmt: skip
EVENT_LABELS = {1: ("Event", "Événement"), 0: ("Censored", "Censuré")}
#: Derived columns holding codes of a follow-up variable of the dictionary.
FOLLOWUP_CODED = ("recurrence_sites", "recurrence_treatment", "cause_of_death")


def stat_name(name: str, limit: int = MAX_NAME) -> str:
    """A variable name valid in SPSS and Stata, at most ``limit`` characters."""
    out = re.sub(r"[^A-Za-z0-9_]", "_", name)
    if not re.match(r"[A-Za-z]", out):
        out = "v_" + out
    for long, short in SHORTENINGS:
        if len(out) <= limit:
            break
        out = out.replace(long, short)
    return out[:limit]


def value_codes(choices: tuple[dd.Choice, ...], boolean: bool = False) -> dict[str, int]:
    """Code → number (the documented mapping above)."""
    if boolean:
        return {dd.YES: 1, dd.NO: 0, dd.UNKNOWN: UNKNOWN_VALUE}
    codes = [c.code for c in choices if c.code != dd.UNKNOWN]
    if codes and all(c.isdigit() for c in codes):
        out = {c: int(c) for c in codes}
    else:
        out = {c: i for i, c in enumerate(codes, start=1)}
    out[dd.UNKNOWN] = UNKNOWN_VALUE
    return out


@dataclass
class StatFrame:
    """The table to write and its metadata, in one language."""

    data: dict[str, object] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    value_labels: dict[str, dict[int, str]] = field(default_factory=dict)
    user_missing: dict[str, list[int]] = field(default_factory=dict)
    nominal: set[str] = field(default_factory=set)

    def add(self, name: str, values, label: str, labelled: bool = False) -> str:
        key = stat_name(name, LABELLED_MAX if labelled else MAX_NAME)
        if key in self.data:
            raise ValueError(f"two columns named {key}")
        self.data[key] = values
        self.labels[key] = label[:80]  # Stata's limit on a variable label
        return key

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.data)


def _coded(sf: StatFrame, name: str, col: pd.Series, choices, boolean: bool, label: str, lang: str):
    mapping = value_codes(choices, boolean)
    values = col.map(mapping).astype("float64")  # unknown codes and blanks → NaN
    key = sf.add(name, values, label, labelled=True)
    names = {c.code: c.label(lang) for c in choices}
    names.setdefault(dd.UNKNOWN, dd.UNKNOWN_CHOICE.label(lang))
    sf.value_labels[key] = {mapping[c]: names.get(c, c) for c in mapping}
    sf.user_missing[key] = [UNKNOWN_VALUE]
    sf.nominal.add(key)


def _multi(sf: StatFrame, name: str, col: pd.Series, choices, label: str, lang: str):
    recorded = col.notna() & (col.astype(str).str.strip() != "")
    # One vectorised pass: a 0/1 column per code written in the cell ('IV,V').
    dummies = col.where(recorded).str.replace(" ", "").str.get_dummies(sep=",")
    yes_no = {1: dd.BOOL_CHOICES[0].label(lang), 0: dd.BOOL_CHOICES[1].label(lang)}
    longest = max(len(c.code) for c in choices) + 1
    prefix = stat_name(name, LABELLED_MAX - longest)
    for c in choices:
        flags = dummies[c.code] if c.code in dummies else pd.Series(0, index=col.index)
        flags = flags.astype("float64").where(recorded)
        key = sf.add(f"{prefix}_{c.code}", flags.astype("float64"), f"{label}: {c.label(lang)}",
                     labelled=True)  # fmt: skip
        sf.value_labels[key] = dict(yes_no)
        sf.nominal.add(key)


def _dates(col: pd.Series) -> pd.Series:
    days = pd.to_datetime(col, errors="coerce")
    return pd.Series(np.where(days.notna(), days.dt.date, None), index=col.index, dtype=object)


def statistical_frame(data: pd.DataFrame, lang: str = "fr") -> StatFrame:
    """Labelled columns of the analysis dataset (raw, or already pseudonymised)."""
    sf = StatFrame()
    fr = lang == "fr"
    for name in data.columns:
        if name in SKIPPED:
            continue
        col = data[name]
        if isinstance(col.dtype, pd.CategoricalDtype):  # the dataset keeps codes as categories
            col = col.astype(object)
        try:
            v = dd.var(name, "followup") if name in FOLLOWUP_CODED else dd.var(name)
        except KeyError:
            v = None
        if name in EXTRA_LABELS:
            sf.add(name, col, EXTRA_LABELS[name][fr])
            if name.endswith("_event"):
                sf.value_labels[stat_name(name, LABELLED_MAX)] = {
                    k: t[fr] for k, t in EVENT_LABELS.items()
                }
                sf.nominal.add(stat_name(name))
            if name in ("os_days", "rfs_days"):
                stem = name.removesuffix("_days")
                sf.add(f"{stem}_months", col / DAYS_PER_MONTH, EXTRA_LABELS[f"{stem}_months"][fr])
        elif name in DERIVED_DATES:
            sf.add(name, _dates(col), DERIVED_DATES[name][fr])
        elif name.endswith(("_days_before_liver_surgery", "_days_after_liver_surgery")):
            date_name = _date_of_interval(name)
            sf.add(
                name,
                col.astype("float64"),
                interval_label(_date_label(date_name, lang), date_name, lang),
            )
        elif v is not None and v.type == dd.MULTI:
            _multi(sf, name, col, v.choices, v.label(lang), lang)
        elif v is not None and v.type in (dd.CHOICE, dd.BOOL):
            _coded(sf, name, col, v.choices, v.type == dd.BOOL, v.label(lang), lang)
        elif v is not None and v.type == dd.DATE:
            sf.add(name, _dates(col), v.label(lang))
        elif v is not None and v.numeric:
            sf.add(name, col.astype("float64"), v.label(lang) + (f" ({v.unit})" if v.unit else ""))
        elif name == "timing":
            a = analysis_variable(name)
            _coded(sf, name, col, a.levels, False, a.label(lang), lang)
        else:
            try:
                a = analysis_variable(name)
                text = a.label(lang) + (f" ({a.unit})" if a.unit else "")
            except KeyError:
                a, text = None, (v.label(lang) if v else name)
            if pd.api.types.is_numeric_dtype(col):
                sf.add(name, col.astype("float64"), text)
            else:
                sf.add(name, col.map(lambda x: "" if pd.isna(x) else str(x)).astype(object), text)
    return sf


def _date_of_interval(name: str) -> str:
    for side in ("_days_before_liver_surgery", "_days_after_liver_surgery"):
        if name.endswith(side):
            return name.removesuffix(side) + "_date"
    raise ValueError(name)


def _date_label(date_name: str, lang: str) -> str:
    if date_name in DERIVED_DATES:
        return DERIVED_DATES[date_name][lang == "fr"]
    try:
        return dd.var(date_name).label(lang)
    except KeyError:
        return date_name


def write_statistical(data: pd.DataFrame, path: str | os.PathLike[str], lang: str = "fr") -> None:
    """Write ``data`` as .sav or .dta (chosen by the extension)."""
    import pyreadstat

    sf = statistical_frame(data, lang)
    df = sf.frame()
    label = "HepMeta – analysis dataset" if lang == "en" else "HepMeta – jeu d'analyse"
    suffix = os.fspath(path).lower().rsplit(".", 1)[-1]
    if suffix == "sav":
        pyreadstat.write_sav(
            df,
            os.fspath(path),
            file_label=label,
            column_labels=sf.labels,
            variable_value_labels=sf.value_labels,
            missing_ranges={k: list(v) for k, v in sf.user_missing.items()},
            variable_measure={
                k: ("nominal" if k in sf.nominal else "scale")
                for k in df.columns
                if pd.api.types.is_numeric_dtype(df[k])
            },  # fmt: skip
        )
    elif suffix == "dta":
        pyreadstat.write_dta(
            df,
            os.fspath(path),
            file_label=label,
            column_labels=sf.labels,
            variable_value_labels=sf.value_labels,
            version=15,
        )
    else:
        raise ValueError(f"not a .sav or .dta file: {path}")
