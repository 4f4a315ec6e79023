"""Outcomes of the liver surgery: morbidity, mortality, margins, stay, recurrences, deaths."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.analysis.table1 import ContinuousStats, continuous_stats, split_codes

CLAVIEN_ORDER = ("NONE", "I", "II", "IIIa", "IIIb", "IVa", "IVb", "V")
#: Morbidity is any Clavien-Dindo grade from I; major morbidity from IIIa.
MORBID = frozenset(CLAVIEN_ORDER[1:])
MAJOR = frozenset(CLAVIEN_ORDER[3:])


@dataclass(frozen=True)
class Outcomes:
    n: int
    #: Patients whose Clavien-Dindo grade is recorded (and not 'unknown').
    clavien_recorded: int
    morbidity_n: int
    major_morbidity_n: int
    #: Deaths within 30 / 90 days of the liver surgery (the day of surgery included).
    mortality_30d_n: int
    mortality_90d_n: int
    margin_recorded: int
    r0_n: int
    length_of_stay: ContinuousStats
    adjuvant_chemotherapy_n: int
    adjuvant_recorded: int
    recurrences_n: int
    #: Patients per recurrence site and per treatment (a patient may count in several).
    recurrence_sites: dict[str, int]
    recurrence_treatments: dict[str, int]
    deaths_n: int
    death_causes: dict[str, int]
    #: Recurrence sites of the patients who died of their cancer.
    death_disease_sites: dict[str, int]
    #: Times from surgery to each death, in days (sorted).
    death_days: tuple[float, ...]
    alive_without_recurrence_n: int
    #: Patients with no news after surgery: their status is unknown.
    no_news_n: int


def _multi_counts(series: pd.Series, variable_name: str) -> dict[str, int]:
    counts = split_codes(series).value_counts()
    order = [c for c in dd.var(variable_name, "followup").codes() if c in counts.index]
    order += sorted(set(counts.index) - set(order))
    return {c: int(counts[c]) for c in order}


def surgical_outcomes(data: pd.DataFrame) -> Outcomes:
    """Outcomes of ``data`` (the selected cohort of the analysis dataset)."""
    clavien = data["clavien_dindo"]
    dead = data["death_date"].notna()
    days_to_death = (data["death_date"] - data["liver_surgery_date"]).dt.days
    recurred = data["first_recurrence_date"].notna()
    margin = data["margin_status"]
    adjuvant = data["adjuvant_chemotherapy"]
    causes = data.loc[dead, "cause_of_death"].astype(object).fillna(dd.UNKNOWN).value_counts()
    cause_order = [c for c in dd.var("cause_of_death").codes() if c in causes.index]
    disease = dead & (data["cause_of_death"] == "DISEASE")
    no_news = data["excluded_reason"] != ""
    return Outcomes(
        n=len(data),
        clavien_recorded=int((clavien.notna() & (clavien != dd.UNKNOWN)).sum()),
        morbidity_n=int(clavien.isin(MORBID).sum()),
        major_morbidity_n=int(clavien.isin(MAJOR).sum()),
        mortality_30d_n=int((dead & (days_to_death <= 30)).sum()),
        mortality_90d_n=int((dead & (days_to_death <= 90)).sum()),
        margin_recorded=int((margin.notna() & (margin != dd.UNKNOWN)).sum()),
        r0_n=int((margin == "R0").sum()),
        length_of_stay=continuous_stats(data["length_of_stay_days"]),
        adjuvant_chemotherapy_n=int((adjuvant == dd.YES).sum()),
        adjuvant_recorded=int(adjuvant.isin([dd.YES, dd.NO]).sum()),
        recurrences_n=int(recurred.sum()),
        recurrence_sites=_multi_counts(data.loc[recurred, "recurrence_sites"], "recurrence_sites"),
        recurrence_treatments=_multi_counts(
            data.loc[recurred, "recurrence_treatment"], "recurrence_treatment"
        ),
        deaths_n=int(dead.sum()),
        death_causes={c: int(causes[c]) for c in cause_order},
        death_disease_sites=_multi_counts(
            data.loc[disease, "recurrence_sites"], "recurrence_sites"
        ),
        death_days=tuple(sorted(float(x) for x in days_to_death[dead].dropna())),
        alive_without_recurrence_n=int((~dead & ~recurred & ~no_news).sum()),
        no_news_n=int(no_news.sum()),
    )
