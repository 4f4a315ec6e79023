"""Table 1 as rows of text (what the panel's table model and the Word/Excel writers show)."""

from __future__ import annotations

from dataclasses import dataclass

from hepmeta_desktop.analysis.table1 import (
    TEST_NAMES,
    CategoricalStats,
    ContinuousStats,
    Table1,
    VariableSummary,
)
from hepmeta_desktop.analysis.text import continuous_lines, count_cell, p_value
from hepmeta_desktop.analysis.variables import CONTINUOUS, MULTIPLE

HEADER, STAT, LEVEL, MISSING = "header", "stat", "level", "missing"
UNITS_FR = {"years": "ans", "months": "mois", "days": "jours"}


@dataclass(frozen=True)
class Table1Row:
    """One line: a variable's header (with its p-value) or one of its statistics/levels."""

    kind: str
    variable: str
    label: str
    overall: str
    groups: tuple[str, ...]
    p: str
    test: str


def header_labels(table: Table1, lang: str = "fr") -> list[str]:
    """Column titles: variable, overall (N = n), each group (n = k), p."""
    overall = "Ensemble" if lang == "fr" else "Overall"
    out = ["Variable", f"{overall} (N = {table.n})"]
    if table.group_variable is not None:
        v = table.group_variable
        out += [
            f"{v.level_label(lv, lang)} (n = {k})"
            for lv, k in zip(table.group_levels, table.group_sizes, strict=True)
        ]
        out.append("p")
    return out


def _unit(unit: str, lang: str) -> str:
    return UNITS_FR.get(unit, unit) if lang == "fr" else unit


def _summary_rows(s: VariableSummary, lang: str) -> list[Table1Row]:
    v = s.variable
    name = v.name
    test = TEST_NAMES[s.test][lang == "fr"] if s.test else ""
    p = p_value(s.p_value, lang)
    unit = f" ({_unit(v.unit, lang)})" if v.unit else ""
    if v.kind == CONTINUOUS:
        cells = [continuous_lines(s.overall, lang)] + [
            continuous_lines(g, lang) for g in s.by_group
        ]
        mean_sd = "moyenne ± ET" if lang == "fr" else "mean ± SD"
        rows = [Table1Row(HEADER, name, f"{v.label(lang)}{unit}, {mean_sd}", cells[0][0],
                          tuple(c[0] for c in cells[1:]), p, test)]  # fmt: skip
        for i, title in ((1, "médiane [IQR]" if lang == "fr" else "median [IQR]"),
                         (2, "min–max")):  # fmt: skip
            rows.append(
                Table1Row(
                    STAT, name, f"    {title}", cells[0][i], tuple(c[i] for c in cells[1:]), "", ""
                )
            )
        all_stats: list[ContinuousStats] = [s.overall, *s.by_group]  # type: ignore[list-item]
        if any(x.missing for x in all_stats):
            rows.append(Table1Row(MISSING, name, "    " + ("manquant" if lang == "fr" else "missing"),
                                  str(all_stats[0].missing), tuple(str(x.missing) for x in all_stats[1:]), "", ""))  # fmt: skip
        return rows
    overall: CategoricalStats = s.overall  # type: ignore[assignment]
    groups: list[CategoricalStats] = list(s.by_group)  # type: ignore[arg-type]
    suffix = (
        (" (plusieurs possibles)" if lang == "fr" else " (several possible)")
        if v.kind == MULTIPLE
        else ""
    )
    rows = [
        Table1Row(
            HEADER, name, f"{v.label(lang)}{suffix}, n (%)", "", tuple("" for _ in groups), p, test
        )
    ]
    for lv in overall.levels:
        cells = tuple(count_cell(g.counts().get(lv.code, 0), g.recorded, lang) for g in groups)
        rows.append(
            Table1Row(
                LEVEL,
                name,
                f"    {v.level_label(lv.code, lang)}",
                count_cell(lv.n, overall.recorded, lang),
                cells,
                "",
                "",
            )
        )
    if overall.missing or any(g.missing for g in groups):
        rows.append(Table1Row(MISSING, name, "    " + ("non renseigné" if lang == "fr" else "not recorded"),
                              str(overall.missing), tuple(str(g.missing) for g in groups), "", ""))  # fmt: skip
    return rows


def table1_rows(table: Table1, lang: str = "fr") -> list[Table1Row]:
    out: list[Table1Row] = []
    for s in table.variables:
        out += _summary_rows(s, lang)
    return out


def footnote(table: Table1, lang: str = "fr") -> str:
    """Names the tests used and the conventions, for under the table."""
    tests = [TEST_NAMES[t][lang == "fr"] for t in table.tests_used()]
    if lang == "fr":
        text = "Pourcentages sur les valeurs renseignées ; ET : écart-type ; IQR : intervalle interquartile."
        if tests:
            text += " p : " + ", ".join(tests) + " (valeurs « inconnu » exclues)."
    else:
        text = "Percentages of recorded values; SD: standard deviation; IQR: interquartile range."
        if tests:
            text += " p: " + ", ".join(tests) + " ('unknown' values left out)."
    if table.group_missing:
        text += (f" {table.group_missing} patient(e)s sans groupe renseigné." if lang == "fr"
                 else f" {table.group_missing} patient(s) without a recorded group.")  # fmt: skip
    return text
