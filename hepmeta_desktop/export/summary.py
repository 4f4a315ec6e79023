"""What a report says around its tables: the selection, the surgical outcomes, the methods."""

from __future__ import annotations

import datetime as dt

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.analysis import text as tx
from hepmeta_desktop.analysis.cohort import CRITERION_LABEL
from hepmeta_desktop.analysis.run import AnalysisResult
from hepmeta_desktop.export.content import Row, Section, label


# ------------------------------------------------------------------------------ outcomes
def outcomes_section(result: AnalysisResult, lang: str) -> Section:
    o = result.outcomes
    fr = lang == "fr"
    sec = Section(label("outcomes", lang), (label("characteristic", lang), "n", "%"))

    def add(en: str, fr_: str, n: int, total: int) -> None:
        sec.rows.append(Row(fr_ if fr else en, "stat", (str(n), tx.percent(n, total, lang, 1)),
                            ((n,), (n / total if total else None,)), formats=("count", "percent")))  # fmt: skip

    add(
        "Morbidity (Clavien-Dindo ≥ I)",
        "Morbidité (Clavien-Dindo ≥ I)",
        o.morbidity_n,
        o.clavien_recorded,
    )
    add("Major morbidity (Clavien-Dindo ≥ IIIa)", "Morbidité majeure (Clavien-Dindo ≥ IIIa)",
        o.major_morbidity_n, o.clavien_recorded)  # fmt: skip
    add("Mortality within 30 days", "Mortalité à 30 jours", o.mortality_30d_n, o.n)
    add("Mortality within 90 days", "Mortalité à 90 jours", o.mortality_90d_n, o.n)
    add("R0 resection", "Résection R0", o.r0_n, o.margin_recorded)
    add(
        "Adjuvant chemotherapy",
        "Chimiothérapie adjuvante",
        o.adjuvant_chemotherapy_n,
        o.adjuvant_recorded,
    )
    add("Recurrence", "Récidive", o.recurrences_n, o.n)
    site = dd.var("recurrence_sites")
    for code, n in o.recurrence_sites.items():
        add(
            f"  site: {site.choice_label(code, 'en')}",
            f"  site : {site.choice_label(code, 'fr')}",
            n,
            o.recurrences_n,
        )
    treat = dd.var("recurrence_treatment")
    for code, n in o.recurrence_treatments.items():
        add(f"  treatment: {treat.choice_label(code, 'en')}", f"  traitement : {treat.choice_label(code, 'fr')}",
            n, o.recurrences_n)  # fmt: skip
    add("Deaths", "Décès", o.deaths_n, o.n)
    cause = dd.var("cause_of_death")
    for code, n in o.death_causes.items():
        add(
            f"  cause: {cause.choice_label(code, 'en')}",
            f"  cause : {cause.choice_label(code, 'fr')}",
            n,
            o.deaths_n,
        )
    add("Alive without recurrence", "Vivant(e)s sans récidive", o.alive_without_recurrence_n, o.n)
    add("No news after surgery", "Sans nouvelles après la chirurgie", o.no_news_n, o.n)
    los = o.length_of_stay
    if los.n:
        sec.rows.append(Row("Length of stay, days: median [Q1–Q3]" if not fr else
                            "Durée de séjour, jours : médiane [Q1–Q3]", "stat",
                            (tx.continuous_lines(los, lang)[1], ""), ((los.median, los.q1, los.q3), ()),
                            formats=("decimal",)))  # fmt: skip
    return sec


# ------------------------------------------------------------------------------ headings
def selection_lines(result: AnalysisResult, lang: str) -> list[str]:
    """The cohort and its filters, one line each."""
    f = result.cohort.filter
    fr = lang == "fr"
    c = result.cohort
    lines = [f"{c.n} {label('patients', lang)} / {c.n_total}"]
    if f.surgeon:
        lines.append(f"{dd.var('surgeon').label(lang)}{' : ' if fr else ': '}{f.surgeon}")
    if f.date_from or f.date_to:

        def d(x: dt.date | None) -> str:
            return "…" if x is None else (x.strftime("%d/%m/%Y") if fr else x.isoformat())

        lines.append(f"{dd.var('liver_surgery_date').label(lang)}{' : ' if fr else ': '}"
                     f"{d(f.date_from)} – {d(f.date_to)}")  # fmt: skip
    if f.procedure:
        v = dd.var("procedure")
        lines.append(f"{v.label(lang)}{' : ' if fr else ': '}{v.choice_label(f.procedure, lang)}")
    if f.criteria:
        names = [CRITERION_LABEL[k][fr] for k in f.criteria]
        head = ("Critères d'inclusion" if fr else "Inclusion criteria") + (
            "" if f.enforce_criteria else (" (revendiqués)" if fr else " (claimed only)")
        )
        lines.append(f"{head}{' : ' if fr else ': '}{tx.join_words(names, lang)}")
    if result.options.group_by:
        v = result.table1.group_variable
        name = v.label(lang) if v else result.options.group_by
        lines.append(f"{'Comparaison selon' if fr else 'Compared by'}{' : ' if fr else ': '}{name}")
    return lines


def methods_lines(result: AnalysisResult, lang: str) -> list[str]:
    ci = result.overall_survival.ci_method
    if lang == "fr":
        return [
            "Survie globale : de la chirurgie hépatique au décès, censure aux dernières nouvelles.",
            "Survie sans récidive : de la chirurgie hépatique à la première récidive ou au décès.",
            f"Courbes de Kaplan-Meier, intervalles de confiance à 95 % par transformation {ci}; "
            "suivi médian par la méthode de Kaplan-Meier inversée.",
            "Morbidité : tout grade de Clavien-Dindo ≥ I ; majeure : ≥ IIIa.",
        ]
    return [
        "Overall survival: from liver surgery to death, censored at the latest news.",
        "Recurrence-free survival: from liver surgery to the first recurrence or death.",
        f"Kaplan-Meier curves with 95% confidence intervals ({ci} transformation); median "
        "follow-up by the reverse Kaplan-Meier method.",
        "Morbidity: any Clavien-Dindo grade ≥ I; major: ≥ IIIa.",
    ]
