"""The abstract's six-patient series: every number of its Results section, in both languages."""

from __future__ import annotations

from hepmeta_desktop.analysis.cohort import CRITERIA, CohortFilter
from hepmeta_desktop.analysis.run import AnalysisOptions, run_analysis
from hepmeta_desktop.services.dataset import load_dataset

from .conftest import D, add_abstract_series


def _result(engine, **flt):
    add_abstract_series(engine)
    options = AnalysisOptions(CohortFilter(date_from=D(2013, 1, 1), date_to=D(2020, 12, 31), **flt))
    return run_analysis(load_dataset(engine), options)


def test_outcomes_of_the_series(engine):
    r = _result(engine, criteria=CRITERIA, enforce_criteria=False)
    o = r.outcomes
    assert r.cohort.n == 6
    assert (o.morbidity_n, o.major_morbidity_n, o.mortality_30d_n, o.mortality_90d_n) == (
        0,
        0,
        0,
        0,
    )
    assert (o.r0_n, o.margin_recorded) == (6, 6)
    assert o.deaths_n == 2 and o.death_causes == {"DISEASE": 2}
    assert o.death_disease_sites == {"PERITONEUM": 2}
    assert o.recurrence_treatments == {"RFA": 1, "PALLIATIVE": 2}
    assert o.alive_without_recurrence_n == 3
    age = r.table1.get("age").overall
    assert (age.mean, age.min, age.max) == (52.5, 48, 75)


def test_paragraph_has_the_abstracts_numbers(engine):
    r = _result(engine, criteria=CRITERIA, enforce_criteria=False)
    en, fr = r.paragraph.en, r.paragraph.fr
    print(en, fr, sep="\n\n")
    for piece in (
        "From January 2013 to December 2020, 6 women",
        "Mean age was 52.5 years (range 48–75)",
        "modified radical mastectomy (Patey) in all patients",
        "4 to 10 years after breast surgery",
        "1 to 2 liver metastases (solitary in 4)",
        "2 to 5 cm in size",
        "unilobar in all",
        "4 metastasectomies and 2 segmentectomies",
        "no postoperative morbidity and no mortality",
        "R0 in 100%",
        "Adjuvant chemotherapy was given to all patients",
        "2 women died, at 2.1 and 2.1 years, of breast cancer progression (peritoneum 2)",
        "peritoneum 2",
        "radiofrequency ablation (1)",
        "3 women were alive without recurrence",
    ):
        assert piece in en, piece
    for piece in (
        "De janvier 2013 à décembre 2020, 6 patientes ont été opérées",
        "L'âge moyen était de 52,5 ans (extrêmes 48–75)",
        "mastectomie totale avec curage axillaire (Patey) chez toutes les patientes",
        "4 à 10 ans après la chirurgie du sein",
        "1 à 2 métastases (unique chez 4)",
        "de 2 à 5 cm",
        "unilobaires dans tous les cas",
        "4 métastasectomies et 2 segmentectomies",
        "ni morbidité ni mortalité",
        "R0 dans 100 % des cas",
        "chimiothérapie adjuvante a été administrée à toutes les patientes",
        "2 patientes sont décédées, à 2,1 et 2,1 ans, d'évolution du cancer (péritoine 2)",
        "péritoine 2",
        "radiofréquence (1)",
        "3 patientes étaient vivantes sans récidive",
    ):
        assert piece in fr, piece


def test_solitary_claim_is_flagged_not_hidden(engine):
    r = _result(engine, criteria=CRITERIA, enforce_criteria=False)
    solitary = [i for i in r.inconsistencies if i.kind == "claim:solitary"]
    assert len(solitary) == 1
    assert solitary[0].records == ("A2", "A4")
    assert "2 metastases" in solitary[0].en and "2 métastases" in solitary[0].fr


def test_enforced_criteria_leave_out_and_name_patients(engine):
    r = _result(engine, criteria=("solitary",))
    assert r.cohort.n == 4
    assert [(e.record_number, e.reason) for e in r.cohort.excluded] == [
        ("A2", "solitary"),
        ("A4", "solitary"),
    ]
    assert r.cohort.excluded_by_step == {"period": 0, "solitary": 2}


def test_without_a_period_the_paragraph_gives_the_operations_dates(engine):
    add_abstract_series(engine)
    r = run_analysis(load_dataset(engine), AnalysisOptions())
    assert r.paragraph.en.startswith("From April 2013 to December 2020, 6 women")
    assert r.paragraph.fr.startswith("D'avril 2013 à décembre 2020, 6 patientes")  # elision
