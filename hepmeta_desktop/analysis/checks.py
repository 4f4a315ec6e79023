"""Inconsistencies of the selected cohort: failed claims, missing data, impossible dates."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from hepmeta_desktop import derived
from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.analysis.cohort import (
    CRITERION_LABEL,
    CRITERION_VARIABLE,
    SOLITARY,
    Cohort,
    criterion_status,
)
from hepmeta_desktop.analysis.variables import dataset_variables

#: Record numbers named in one message before '…' (the full list is in ``records``).
SHOWN = 12


@dataclass(frozen=True)
class Inconsistency:
    kind: str
    records: tuple[str, ...]
    en: str
    fr: str

    def message(self, lang: str = "fr") -> str:
        return self.fr if lang == "fr" else self.en


def _names(records: list[str]) -> str:
    shown = ", ".join(records[:SHOWN])
    return shown + (f", … (+{len(records) - SHOWN})" if len(records) > SHOWN else "")


def _records(data: pd.DataFrame, mask: pd.Series) -> list[str]:
    return [str(r) for r in data.loc[mask.fillna(False).astype(bool), "record_number"]]


def _claims(cohort: Cohort) -> list[Inconsistency]:
    data, out = cohort.data, []
    for criterion in cohort.filter.criteria:
        status = criterion_status(data, criterion)
        en_label, fr_label = CRITERION_LABEL[criterion]
        failing = _records(data, status == False)  # noqa: E712 -- NA must stay out
        if failing:
            detail_en = detail_fr = ""
            if criterion == SOLITARY:
                counts = data.loc[status == False, "number_of_metastases"]  # noqa: E712
                lo, hi = int(counts.min()), int(counts.max())
                rng = str(lo) if lo == hi else f"{lo}–{hi}"
                detail_en = f" ({rng} metastases)"
                detail_fr = f" ({rng} métastases)"
            n = len(failing)
            out.append(
                Inconsistency(
                    f"claim:{criterion}",
                    tuple(failing),
                    f"Inclusion criterion '{en_label}' is claimed, but {n} patient(s) do not "
                    f"meet it{detail_en}: {_names(failing)}",
                    f"Critère d'inclusion « {fr_label} » revendiqué, mais {n} patient(e)s ne le "
                    f"remplissent pas{detail_fr} : {_names(failing)}",
                )
            )
        missing = _records(data, status.isna())
        if missing:
            variable = CRITERION_VARIABLE[criterion]
            out.append(
                Inconsistency(
                    f"claim_missing:{criterion}",
                    tuple(missing),
                    f"Inclusion criterion '{en_label}' is claimed, but {variable} is not recorded "
                    f"(or unknown) for {len(missing)} patient(s): {_names(missing)}",
                    f"Critère d'inclusion « {fr_label} » revendiqué, mais {variable} n'est pas "
                    f"renseigné (ou inconnu) pour {len(missing)} patient(e)s : {_names(missing)}",
                )
            )
    return out


def _missing_required(data: pd.DataFrame) -> list[Inconsistency]:
    out = []
    for v in dataset_variables():
        if not v.required or v.name not in data:
            continue
        missing = _records(data, data[v.name].isna())
        if missing:
            out.append(
                Inconsistency(
                    f"missing:{v.name}",
                    tuple(missing),
                    f"{v.label_en}: not recorded for {len(missing)} patient(s): {_names(missing)}",
                    f"{v.label_fr} : non renseigné pour {len(missing)} patient(e)s : {_names(missing)}",
                )
            )
    return out


def _rule(kind: str, data: pd.DataFrame, mask: pd.Series, en: str, fr: str) -> list[Inconsistency]:
    records = _records(data, mask)
    if not records:
        return []
    n = len(records)
    return [
        Inconsistency(
            kind,
            tuple(records),
            f"{en} ({n}): {_names(records)}",
            f"{fr} ({n}) : {_names(records)}",
        )
    ]


def inconsistencies(cohort: Cohort) -> tuple[Inconsistency, ...]:
    """Everything in the selected cohort that a careful reader of the results should know."""
    d = cohort.data
    surgery = d["liver_surgery_date"]
    days_to_death = (d["death_date"] - surgery).dt.days
    out = _claims(cohort) + _missing_required(d)
    out += _rule("no_news", d, d["excluded_reason"] == derived.NO_NEWS,
                 "No news after the liver surgery: left out of the survival curves",
                 "Aucune nouvelle après la chirurgie hépatique : hors des courbes de survie")  # fmt: skip
    out += _rule("dates:mets_before_breast", d, d["delay_months"] < 0,
                 "Liver metastases found before the breast surgery",
                 "Métastases hépatiques découvertes avant la chirurgie du sein")  # fmt: skip
    out += _rule("dates:surgery_before_mets", d, surgery < d["liver_mets_diagnosis_date"],
                 "Liver surgery dated before the liver metastases were found",
                 "Chirurgie hépatique datée avant la découverte des métastases")  # fmt: skip
    out += _rule("dates:recurrence_before_surgery", d, d["first_recurrence_date"] < surgery,
                 "Recurrence dated before the liver surgery",
                 "Récidive datée avant la chirurgie hépatique")  # fmt: skip
    out += _rule("dates:death_before_surgery", d, days_to_death < 0,
                 "Death dated before the liver surgery",
                 "Décès daté avant la chirurgie hépatique")  # fmt: skip
    out += _rule("clavien_v_alive", d, (d["clavien_dindo"] == "V") & ~(days_to_death <= 90),
                 "Clavien-Dindo V (postoperative death) but no death within 90 days",
                 "Clavien-Dindo V (décès postopératoire) sans décès à 90 jours")  # fmt: skip
    early = (days_to_death <= 30) & d["clavien_dindo"].notna() & (d["clavien_dindo"] != "V")
    early &= d["clavien_dindo"] != dd.UNKNOWN
    out += _rule("death_30d_not_v", d, early,
                 "Death within 30 days of surgery but Clavien-Dindo grade is not V",
                 "Décès dans les 30 jours mais grade de Clavien-Dindo différent de V")  # fmt: skip
    return tuple(out)
