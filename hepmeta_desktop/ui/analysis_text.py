"""Visible texts of the analysis panel (criteria, reasons, summaries), all through tr()."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QObject

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.analysis.options import (
    GOOD_STATE,
    LIVER_ONLY,
    LOG,
    LOG_LOG,
    METACHRONOUS,
    MONTHS,
    PERIOD,
    PROCEDURE,
    R0,
    RESPONSE,
    SOLITARY,
    SURGEON,
)
from hepmeta_desktop.derived import DAYS_PER_MONTH, NO_NEWS, NO_SURGERY_DATE


class AnalysisTexts(QObject):
    """Translatable texts; ``lang`` of the parent panel picks dictionary labels."""

    def __init__(self, panel: Any) -> None:
        super().__init__(panel)
        self._panel = panel

    @property
    def lang(self) -> str:
        return self._panel.lang

    def criterion(self, code: str) -> str:
        return {
            METACHRONOUS: self.tr("Metachronous"),
            LIVER_ONLY: self.tr("Liver only"),
            SOLITARY: self.tr("Solitary"),
            RESPONSE: self.tr("Response or stability"),
            GOOD_STATE: self.tr("Good general state (PS 0–1)"),
            R0: self.tr("R0"),
        }[code]

    def ci_method(self, method: str) -> str:
        return {LOG_LOG: self.tr("log-log (lifelines)"), LOG: self.tr("log (R default)")}[method]

    def reason(self, code: str) -> str:
        known = {
            SURGEON: self.tr("other surgeon"),
            PERIOD: self.tr("operated outside the period"),
            PROCEDURE: self.tr("other procedure"),
            NO_NEWS: self.tr("no news after the liver surgery"),
            NO_SURGERY_DATE: self.tr("no liver surgery date"),
        }
        if code in known:
            return known[code]
        return self.tr("fails: %1").replace("%1", self.criterion(code)) if code in (
            METACHRONOUS, LIVER_ONLY, SOLITARY, RESPONSE, GOOD_STATE, R0) else code  # fmt: skip

    def status(self, cohort: Any) -> str:
        text = (
            self.tr("%1 of %2 patients selected")
            .replace("%1", str(cohort.n))
            .replace("%2", str(cohort.n_total))
        )
        if cohort.excluded:
            text += " — " + self.tr("%1 left out (see Exclusions)").replace(
                "%1", str(len(cohort.excluded))
            )
        return text

    def _num(self, x: float | None, decimals: int = 1) -> str:
        if x is None:
            return self.tr("not reached")
        text = f"{x:.{decimals}f}"
        return text.replace(".", ",") if self.lang == "fr" else text

    def survival_summary(self, survival: Any, unit: str) -> str:
        scale = DAYS_PER_MONTH if unit == MONTHS else 1.0
        unit_text = self.tr("months") if unit == MONTHS else self.tr("days")
        c = survival.overall

        def t(x):  # noqa: E306
            return None if x is None else x / scale

        parts = [
            self.tr("n = %1, events = %2").replace("%1", str(c.n)).replace("%2", str(c.events)),
            self.tr("median %1 %2 (95% CI %3–%4)")
            .replace("%1", self._num(t(c.median)))
            .replace("%2", unit_text)
            .replace("%3", self._num(t(c.median_lower)))
            .replace("%4", self._num(t(c.median_upper))),
        ]
        for months, at in survival.landmarks().items():
            if at.survival is not None:
                parts.append(self.tr("%1 months: %2% (%3–%4), at risk %5").replace("%1", str(months))
                             .replace("%2", self._num(100 * at.survival, 0))
                             .replace("%3", self._num(None if at.lower is None else 100 * at.lower, 0))
                             .replace("%4", self._num(None if at.upper is None else 100 * at.upper, 0))
                             .replace("%5", str(at.at_risk)))  # fmt: skip
        fu = survival.median_follow_up_days
        if fu is not None:
            parts.append(
                self.tr("median follow-up %1 %2")
                .replace("%1", self._num(t(fu)))
                .replace("%2", unit_text)
            )
        for hr in survival.hazard_ratios:
            parts.append(self.tr("HR %1 vs %2: %3 (%4–%5)").replace("%1", hr.level).replace("%2", hr.reference)
                         .replace("%3", self._num(hr.hr, 2)).replace("%4", self._num(hr.lower, 2))
                         .replace("%5", self._num(hr.upper, 2)))  # fmt: skip
        if survival.logrank is not None:
            parts.append(self.tr("log-rank χ² = %1, p = %2").replace("%1", self._num(survival.logrank.chi2, 2))
                         .replace("%2", self._num(survival.logrank.p, 3)))  # fmt: skip
        if survival.not_in_curve:
            parts.append(
                self.tr("%1 patient(s) cannot enter the curve").replace(
                    "%1", str(len(survival.not_in_curve))
                )
            )
        parts.append(self.tr("95% CI: %1").replace("%1", self.ci_method(survival.ci_method)))
        return " · ".join(parts)

    def _counts(self, variable: str, counts: dict[str, int]) -> str:
        v = dd.var(variable)
        return (
            ", ".join(f"{html.escape(v.choice_label(c, self.lang))} {n}" for c, n in counts.items())
            or "—"
        )

    def outcomes_html(self, o: Any) -> str:
        def pct(n: int, d: int) -> str:
            return f"{n}/{d} ({100 * n / d:.0f}%)" if d else f"{n}"

        los = o.length_of_stay
        rows = [
            (self.tr("Morbidity (Clavien-Dindo ≥ I)"), pct(o.morbidity_n, o.clavien_recorded)),
            (self.tr("Major morbidity (≥ IIIa)"), pct(o.major_morbidity_n, o.clavien_recorded)),
            (self.tr("30-day mortality"), pct(o.mortality_30d_n, o.n)),
            (self.tr("90-day mortality"), pct(o.mortality_90d_n, o.n)),
            (self.tr("R0 resection"), pct(o.r0_n, o.margin_recorded)),
            (self.tr("Length of stay, median [IQR] (days)"),
             "—" if los.n == 0 else f"{los.median:g} [{los.q1:g}–{los.q3:g}]"),
            (self.tr("Recurrences"), str(o.recurrences_n)),
            (self.tr("Recurrence sites"), self._counts("recurrence_sites", o.recurrence_sites)),
            (self.tr("Treatment of recurrence"), self._counts("recurrence_treatment", o.recurrence_treatments)),
            (self.tr("Deaths"), str(o.deaths_n)),
            (self.tr("Causes of death"), self._counts("cause_of_death", o.death_causes)),
            (self.tr("Alive without recurrence"), str(o.alive_without_recurrence_n)),
        ]  # fmt: skip
        body = "".join(f"<tr><td>{html.escape(a)}</td><td><b>{b}</b></td></tr>" for a, b in rows)
        return f"<table cellspacing='4'>{body}</table>"
