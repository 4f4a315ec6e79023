"""Number formatting shared by the paragraph, Table 1 and the reports (French and English)."""

from __future__ import annotations

import math

from hepmeta_desktop.analysis.table1 import CategoricalStats, ContinuousStats

EN_DASH = "–"


def num(x: float | None, decimals: int = 1, lang: str = "en") -> str:
    """``x`` with at most ``decimals`` decimals, trailing zeros dropped ('4', '52.5', '52,5')."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    text = f"{x:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(".", ",") if lang == "fr" else text


def fixed(x: float | None, decimals: int = 1, lang: str = "en") -> str:
    """``x`` with exactly ``decimals`` decimals (tables keep their columns aligned)."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    text = f"{x:.{decimals}f}"
    return text.replace(".", ",") if lang == "fr" else text


def percent(n: int, total: int, lang: str = "en", decimals: int = 0) -> str:
    if not total:
        return "–"
    value = fixed(100.0 * n / total, decimals, lang)
    return f"{value} %" if lang == "fr" else f"{value}%"


def p_value(p: float | None, lang: str = "en") -> str:
    """p to 3 decimals, '< 0.001' below (the journals' usual convention)."""
    if p is None:
        return ""
    if p < 0.001:
        return "< 0,001" if lang == "fr" else "< 0.001"
    return fixed(p, 3, lang)


def span(lo: float | None, hi: float | None, decimals: int = 1, lang: str = "en") -> str:
    return f"{num(lo, decimals, lang)}{EN_DASH}{num(hi, decimals, lang)}"


def continuous_lines(
    s: ContinuousStats, lang: str = "en", decimals: int = 1
) -> tuple[str, str, str]:
    """(mean ± SD, median [Q1–Q3], min–max) of a Table 1 cell."""
    if s.n == 0:
        return ("–", "–", "–")
    sd = "" if s.sd is None else f" ± {fixed(s.sd, decimals, lang)}"
    return (
        f"{fixed(s.mean, decimals, lang)}{sd}",
        f"{num(s.median, decimals, lang)} [{num(s.q1, decimals, lang)}{EN_DASH}{num(s.q3, decimals, lang)}]",
        span(s.min, s.max, decimals, lang),
    )


def count_cell(n: int, total: int, lang: str = "en") -> str:
    """'n (x%)' with one decimal, the Table 1 convention."""
    if not total:
        return str(n)
    pct = fixed(100.0 * n / total, 1, lang)
    return f"{n} ({pct} %)" if lang == "fr" else f"{n} ({pct}%)"


def level_cell(stats: CategoricalStats, code: str, lang: str = "en") -> str:
    n = stats.counts().get(code, 0)
    return count_cell(n, stats.recorded, lang)


def join_words(items: list[str], lang: str = "en") -> str:
    """'a, b and c' / 'a, b et c'."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    last = " et " if lang == "fr" else " and "
    return ", ".join(items[:-1]) + last + items[-1]


def lower_first(text: str) -> str:
    """'Liver' → 'liver', but acronyms and codes ('RFA', 'R0') stay as they are."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
