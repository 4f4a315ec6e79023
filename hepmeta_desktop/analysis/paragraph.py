"""The drafted Results paragraph of the selected cohort, in French and in English."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.analysis.cohort import Cohort
from hepmeta_desktop.analysis.outcomes import Outcomes
from hepmeta_desktop.analysis.survival import SurvivalResult
from hepmeta_desktop.analysis.text import join_words, lower_first, num, percent
from hepmeta_desktop.derived import DAYS_PER_MONTH, DAYS_PER_YEAR

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]  # fmt: skip
#: Up to this many patients, ranges are given without medians (as in an abstract).
SMALL = 12
#: Plural nouns of the procedures (the dictionary holds singular labels only).
PROCEDURE_NOUNS = {
    "METASTASECTOMY": ("metastasectomy", "metastasectomies", "métastasectomie", "métastasectomies"),
    "SEGMENTECTOMY": ("segmentectomy", "segmentectomies", "segmentectomie", "segmentectomies"),
    "BISEGMENTECTOMY": ("bisegmentectomy", "bisegmentectomies", "bisegmentectomie", "bisegmentectomies"),
    "RIGHT_HEPATECTOMY": ("right hepatectomy", "right hepatectomies", "hépatectomie droite", "hépatectomies droites"),
    "LEFT_HEPATECTOMY": ("left hepatectomy", "left hepatectomies", "hépatectomie gauche", "hépatectomies gauches"),
    "EXTENDED_HEPATECTOMY": ("extended hepatectomy", "extended hepatectomies", "hépatectomie élargie", "hépatectomies élargies"),
    "OTHER": ("other procedure", "other procedures", "autre geste", "autres gestes"),
}  # fmt: skip


@dataclass(frozen=True)
class ResultsParagraph:
    fr: str
    en: str

    def text(self, lang: str = "fr") -> str:
        return self.fr if lang == "fr" else self.en


class _Writer:
    """Builds the sentences of one language; ``self.f`` is True for an all-female cohort."""

    def __init__(self, lang: str, data: pd.DataFrame) -> None:
        self.lang, self.d = lang, data
        self.f = bool(len(data)) and bool((data["sex"] == "F").all())

    def t(self, en: str, fr: str) -> str:
        return fr if self.lang == "fr" else en

    def people(self, n: int) -> str:
        if self.lang == "fr":
            return f"{n} patiente{'s' * (n > 1)}" if self.f else f"{n} patient{'s' * (n > 1)}"
        return f"{n} {('woman', 'women')[n > 1]}" if self.f else f"{n} patient{'s' * (n > 1)}"

    def agree(self, word: str, n: int) -> str:
        """French past participle agreement: 'opéré' → 'opérées' for several women."""
        return word + ("e" if self.f else "") + ("s" if n > 1 else "")

    def all_(self) -> str:
        return self.t("all patients", "toutes les patientes" if self.f else "tous les patients")

    def num(self, x, decimals: int = 1) -> str:
        return num(x, decimals, self.lang)

    def pct(self, n: int, total: int) -> str:
        return percent(n, total, self.lang)

    def label(self, variable: str, code: str) -> str:
        return lower_first(dd.var(variable).choice_label(code, self.lang))

    def month(self, ts: pd.Timestamp) -> str:
        names = MONTHS_FR if self.lang == "fr" else MONTHS_EN
        return f"{names[ts.month - 1]} {ts.year}"

    def counted(self, variable: str, counts: dict[str, int]) -> str:
        return join_words([f"{self.label(variable, c)} {n}" for c, n in counts.items()], self.lang)


def _sentences(w: _Writer, cohort: Cohort, out: Outcomes, os_: SurvivalResult | None) -> list[str]:
    d, n, t = w.d, len(w.d), w.t
    s: list[str] = []
    start = (
        pd.Timestamp(cohort.filter.date_from)
        if cohort.filter.date_from
        else d["liver_surgery_date"].min()
    )
    end = (
        pd.Timestamp(cohort.filter.date_to)
        if cohort.filter.date_to
        else d["liver_surgery_date"].max()
    )
    who = w.people(n)
    when = (
        t(
            f"From {w.month(start)} to {w.month(end)}, ",
            f"{_de(w.month(start)).capitalize()} à {w.month(end)}, ",
        )
        if pd.notna(start)
        else ""
    )
    s.append(when + t(f"{who} underwent liver surgery for liver metastases of breast cancer.",
                      f"{who} ont été {w.agree('opéré', n)} de métastases hépatiques d'un cancer du sein."))  # fmt: skip
    age = d["age"].dropna()
    if len(age):
        s.append(t(f"Mean age was {w.num(age.mean())} years (range {w.num(age.min())}–{w.num(age.max())}).",
                   f"L'âge moyen était de {w.num(age.mean())} ans (extrêmes {w.num(age.min())}–{w.num(age.max())})."))  # fmt: skip
    breast = _counts(d["breast_surgery_type"])
    if len(breast) == 1 and breast.iloc[0] == n:
        s.append(t(f"Breast surgery: {w.label('breast_surgery_type', breast.index[0])} in {w.all_()}.",
                   f"Chirurgie du sein : {w.label('breast_surgery_type', breast.index[0])} chez {w.all_()}."))  # fmt: skip
    elif len(breast):
        parts = [
            f"{w.label('breast_surgery_type', c)} {k} ({w.pct(k, n)})" for c, k in breast.items()
        ]
        s.append(t("Breast surgery: ", "Chirurgie du sein : ") + join_words(parts, w.lang) + ".")
    delay = d["delay_months"].dropna() * DAYS_PER_MONTH / DAYS_PER_YEAR
    mets = d["number_of_metastases"].dropna()
    size = d["largest_size_cm"].dropna()
    if len(delay):
        # A small series reads as a range (the abstract's style); a large one needs its median.
        med = (
            t(f" (median {w.num(delay.median())})", f" (médiane {w.num(delay.median())})")
            if len(delay) > SMALL
            else ""
        )
        s.append(t(f"Liver metastases appeared {w.num(delay.min())} to {w.num(delay.max())} years{med} after breast surgery.",
                   f"Les métastases hépatiques sont apparues {w.num(delay.min())} à {w.num(delay.max())} ans{med} après la chirurgie du sein."))  # fmt: skip
    parts = []
    if len(mets):
        lo, hi, solitary = int(mets.min()), int(mets.max()), int((mets == 1).sum())
        if lo == hi:
            parts.append(t(f"{lo} liver metastases each" if lo > 1 else "a solitary liver metastasis",
                           f"{lo} métastases chacune" if lo > 1 else "une métastase unique"))  # fmt: skip
        else:
            parts.append(t(f"{lo} to {hi} liver metastases (solitary in {solitary})",
                           f"{lo} à {hi} métastases (unique chez {solitary})"))  # fmt: skip
    if len(size):
        parts.append(
            t(
                f"{w.num(size.min())} to {w.num(size.max())} cm in size",
                f"de {w.num(size.min())} à {w.num(size.max())} cm",
            )
        )
    dist = _counts(d["distribution"])
    if len(dist) == 1 and dist.iloc[0] == n:
        parts.append(t(f"{w.label('distribution', dist.index[0])} in all",
                       f"{w.label('distribution', dist.index[0])}{'s' if n > 1 else ''} dans tous les cas"))  # fmt: skip
    elif len(dist):
        missing = n - int(dist.sum())
        note = (
            t(f" (not recorded in {missing})", f" (non renseigné chez {missing})")
            if missing
            else ""
        )
        parts.append(w.counted("distribution", dist.to_dict()) + note)
    if parts:
        subject = t("Patients had ", ("Les patientes avaient " if w.f else "Les patients avaient "))
        s.append(subject + ", ".join(parts) + ".")
    procs = _counts(d["procedure"])
    if len(procs):
        codes = [c for c in dd.var("procedure").codes() if c in procs.index]
        words = []
        for c in codes:
            k = int(procs[c])
            en1, en2, fr1, fr2 = PROCEDURE_NOUNS.get(c, (c, c, c, c))
            words.append(f"{k} {t(en2 if k > 1 else en1, fr2 if k > 1 else fr1)}")
        s.append(t("Procedures: ", "Gestes : ") + join_words(words, w.lang) + ".")
    s += _morbidity(w, out)
    if out.margin_recorded:
        s.append(t(f"Resection was R0 in {w.pct(out.r0_n, out.margin_recorded)} ({out.r0_n}/{out.margin_recorded}).",
                   f"La résection était R0 dans {w.pct(out.r0_n, out.margin_recorded)} des cas ({out.r0_n}/{out.margin_recorded})."))  # fmt: skip
    if out.adjuvant_recorded:
        k = out.adjuvant_chemotherapy_n
        if k == n:
            s.append(
                t(
                    f"Adjuvant chemotherapy was given to {w.all_()}.",
                    f"Une chimiothérapie adjuvante a été administrée à {w.all_()}.",
                )
            )
        else:
            s.append(t(f"Adjuvant chemotherapy: {k}/{out.adjuvant_recorded} ({w.pct(k, out.adjuvant_recorded)}).",
                       f"Chimiothérapie adjuvante : {k}/{out.adjuvant_recorded} ({w.pct(k, out.adjuvant_recorded)})."))  # fmt: skip
    s += _follow_up(w, out, os_)
    return s


def _morbidity(w: _Writer, out: Outcomes) -> list[str]:
    t = w.t
    if out.clavien_recorded == out.n and out.morbidity_n == 0 and out.mortality_90d_n == 0:
        return [
            t(
                "There was no postoperative morbidity and no mortality.",
                "Il n'y a eu ni morbidité ni mortalité postopératoire.",
            )
        ]
    s = []
    if out.clavien_recorded:
        m, mm, r = out.morbidity_n, out.major_morbidity_n, out.clavien_recorded
        s.append(t(f"Postoperative morbidity was {w.pct(m, r)} ({m}/{r}), major (Clavien-Dindo ≥ IIIa) {w.pct(mm, r)} ({mm}/{r}).",
                   f"La morbidité postopératoire était de {w.pct(m, r)} ({m}/{r}), majeure (Clavien-Dindo ≥ IIIa) {w.pct(mm, r)} ({mm}/{r})."))  # fmt: skip
    s.append(t(f"Mortality was {out.mortality_30d_n} at 30 days and {out.mortality_90d_n} at 90 days.",
               f"La mortalité était de {out.mortality_30d_n} à 30 jours et {out.mortality_90d_n} à 90 jours."))  # fmt: skip
    return s


def _follow_up(w: _Writer, out: Outcomes, os_: SurvivalResult | None) -> list[str]:
    t, s = w.t, []
    fu = os_.median_follow_up_days if os_ else None
    lead = (
        t(
            f"During a median follow-up of {w.num(fu / DAYS_PER_MONTH, 0)} months, ",
            f"Au cours d'un suivi médian de {w.num(fu / DAYS_PER_MONTH, 0)} mois, ",
        )
        if fu
        else ""
    )
    k = out.deaths_n
    if k:
        years = _years(w, out.death_days)
        several = len(out.death_causes) > 1
        causes = join_words([f"{w.label('cause_of_death', c)}" + (f" ({m})" if several else "")
                             for c, m in out.death_causes.items()], w.lang)  # fmt: skip
        sites = ""
        if out.death_disease_sites:
            sites = w.counted("recurrence_sites", out.death_disease_sites)
            # With one cause the sites qualify it; with several, say whose sites they are.
            sites = f" ({sites})" if not several else t(
                f"; recurrence sites of the deaths from cancer: {sites}",
                f" ; sites de récidive des décès par cancer : {sites}")  # fmt: skip
        verb = (
            t("died", "sont " + w.agree("décédé", k))
            if k > 1
            else t("died", "est " + w.agree("décédé", 1))
        )
        s.append(lead + t(f"{w.people(k)} {verb}, at {years} years, of {causes}{sites}.",
                          f"{w.people(k)} {verb}, à {years} ans, {_de(causes)}{sites}."))  # fmt: skip
    elif lead:
        s.append(lead + t("no patient died.", "aucun décès n'est survenu."))
    if out.recurrences_n:
        r = out.recurrences_n
        sites = w.counted("recurrence_sites", out.recurrence_sites)
        treated = join_words(
            [
                f"{w.label('recurrence_treatment', c)} ({m})"
                for c, m in out.recurrence_treatments.items()
            ],
            w.lang,
        )
        line = t(
            f"Recurrence occurred in {w.people(r)}", f"Une récidive est survenue chez {w.people(r)}"
        )
        line += f" ({sites})" if sites else ""
        line += t(f", treated by {treated}", f", traitée par {treated}") if treated else ""
        s.append(line + ".")
    a = out.alive_without_recurrence_n
    s.append(t(f"{w.people(a).capitalize()} {'was' if a == 1 else 'were'} alive without recurrence.",
               f"{w.people(a).capitalize()} {'était' if a == 1 else 'étaient'} {w.agree('vivant', a)} sans récidive."))  # fmt: skip
    if os_ and os_.overall.n:
        c = os_.overall
        if c.median is not None:
            nr = t("not reached", "non atteinte")
            lo = w.num(c.median_lower / DAYS_PER_MONTH) if c.median_lower is not None else nr
            hi = w.num(c.median_upper / DAYS_PER_MONTH) if c.median_upper is not None else nr
            ci = f"{lo}–{hi}"
            s.append(t(f"Median overall survival was {w.num(c.median / DAYS_PER_MONTH)} months (95% CI {ci}).",
                       f"La survie globale médiane était de {w.num(c.median / DAYS_PER_MONTH)} mois (IC 95 % {ci})."))  # fmt: skip
        else:
            s.append(
                t(
                    "Median overall survival was not reached.",
                    "La survie globale médiane n'était pas atteinte.",
                )
            )
        at = [(m // 12, x.survival) for m, x in os_.landmarks().items() if x.survival is not None]
        if at:
            items = [
                t(
                    f"{w.num(100 * v, 0)}% at {y} year{'s' * (y > 1)}",
                    f"{w.num(100 * v, 0)} % à {y} an{'s' * (y > 1)}",
                )
                for y, v in at
            ]
            s.append(
                t(
                    f"Overall survival was {join_words(items, 'en')}.",
                    f"La survie globale était de {join_words(items, 'fr')}.",
                )
            )
    return s


def _counts(series: pd.Series) -> pd.Series:
    """Counts of the values present (a categorical column also lists absent codes)."""
    counts = series.dropna().astype(object).value_counts()
    return counts[counts > 0]


def _years(w: _Writer, days: tuple[float, ...]) -> str:
    """'2.1 and 2.1' for a few deaths; 'a median of 2.3 (range 0.1–9.8)' for many."""
    if len(days) <= 5:
        return join_words([w.num(x / DAYS_PER_YEAR) for x in days], w.lang)
    mid = float(pd.Series(days).median()) / DAYS_PER_YEAR
    lo, hi = days[0] / DAYS_PER_YEAR, days[-1] / DAYS_PER_YEAR
    return w.t(f"a median of {w.num(mid)} (range {w.num(lo)}–{w.num(hi)})",
               f"une médiane de {w.num(mid)} (extrêmes {w.num(lo)}–{w.num(hi)})")  # fmt: skip


def _de(text: str) -> str:
    """French 'de' with elision: 'd'évolution', 'de complication'."""
    return ("d'" if text[:1].lower() in "aeiouyéèêh" else "de ") + text


def results_paragraph(
    cohort: Cohort, outcomes: Outcomes, os_: SurvivalResult | None
) -> ResultsParagraph:
    """Draft the paragraph in both languages from the selected cohort."""
    if cohort.n == 0:
        return ResultsParagraph("Aucun patient sélectionné.", "No patient selected.")
    texts = {}
    for lang in ("fr", "en"):
        texts[lang] = " ".join(_sentences(_Writer(lang, cohort.data), cohort, outcomes, os_))
    return ResultsParagraph(texts["fr"], texts["en"])
