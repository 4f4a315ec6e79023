"""The Excel report (.xlsx): one sheet per table, numbers stored as numbers with formats."""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from hepmeta_desktop.analysis.run import AnalysisResult
from hepmeta_desktop.analysis.survival import OS, RFS
from hepmeta_desktop.derived import DAYS_PER_MONTH
from hepmeta_desktop.export import content as ct
from hepmeta_desktop.export import summary as sm
from hepmeta_desktop.export import xlsx_bulk as bulk

FORMATS = {"count": "0", "percent": "0.0%", "decimal": "0.0", "days": "0", "p": "0.000",
           "hr": "0.00", "date": "yyyy-mm-dd", "survival": "0.0000"}  # fmt: skip
BOLD = Font(name="Arial", bold=True, size=10)
PLAIN = Font(name="Arial", size=10)
TITLE = Font(name="Arial", bold=True, size=13)
UNDER = Border(bottom=Side(style="thin"))
MAX_WIDTH = 60

SHEETS = {
    "summary": ("Summary", "Résumé"),
    "table1": ("Table 1", "Tableau 1"),
    "survival": ("Survival", "Survie"),
    "comparisons": ("Comparisons", "Comparaisons"),
    "at_risk": ("At risk", "À risque"),
    "life_table": ("Life table", "Table de survie"),
    "outcomes": ("Outcomes", "Résultats chirurgicaux"),
    "checks": ("Checks", "Points à vérifier"),
}


def _clean(x: Any) -> Any:
    if x is None:
        return None
    if isinstance(x, np.generic):
        x = x.item()
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return None
    return x


class _Sheet:
    """A write-only sheet whose column widths are fitted to its content before writing.

    Big sheets (life table, raw data) take the fast path of :mod:`xlsx_bulk`.
    """

    #: Rows looked at to fit the column widths (enough to see every kind of value).
    WIDTH_SAMPLE = 400

    def __init__(self, wb: Workbook, title: str, header: Sequence[str], freeze_cols: int = 1):
        self.wb = wb
        self.ws = wb.create_sheet(title[:31])
        self.header = list(header)
        self.rows: list[tuple[list[Any], Sequence[str | None], bool]] = []
        self.freeze_cols = freeze_cols

    def add(self, values: Sequence[Any], formats: Sequence[str | None] = (), bold: bool = False):
        self.rows.append(([_clean(v) for v in values], formats, bold))

    def _widths(self) -> list[int]:
        widths = [len(str(h)) for h in self.header]
        for values, _, _ in self.rows[: self.WIDTH_SAMPLE]:
            widths += [0] * (len(values) - len(widths))
            for i, value in enumerate(values):
                if isinstance(value, str):
                    shown = len(value)
                elif isinstance(value, (dt.date, dt.datetime)):
                    shown = 10
                else:
                    shown = 8 if value is not None else 0
                widths[i] = max(widths[i], shown)
        return widths

    def cells(self):
        """Every row as (value, format, bold) triples."""
        for values, formats, bold in self.rows:
            yield [
                (v, formats[i] if i < len(formats) else None, bold) for i, v in enumerate(values)
            ]

    def write(self) -> None:
        ws = self.ws
        for i, width in enumerate(self._widths(), start=1):
            ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, width + 2)
        ws.freeze_panes = f"{get_column_letter(self.freeze_cols + 1)}2"
        head = []
        for text in self.header:
            c = WriteOnlyCell(ws, value=text)
            c.font, c.border = BOLD, UNDER
            c.alignment = Alignment(wrap_text=True, vertical="bottom")
            head.append(c)
        ws.append(head)
        if len(self.rows) > bulk.BULK_ROWS:
            xml, widest = bulk.rows_xml(self.cells(), bulk.StyleIds(ws, FORMATS, BOLD))
            sheets = self.wb.__dict__.setdefault("_hepmeta_bulk", [])
            sheets.append(bulk.BulkSheet(ws, xml, max(widest, len(self.header))))
            return
        for row in self.cells():
            out = []
            for value, fmt, bold in row:
                if fmt is None and not bold:
                    out.append(value)
                    continue
                c = WriteOnlyCell(ws, value=value)
                if fmt:
                    c.number_format = FORMATS.get(fmt, fmt)
                if bold:
                    c.font = BOLD
                out.append(c)
            ws.append(out)


def _summary(wb: Workbook, result: AnalysisResult, lang: str, pseudonymised: bool, day: dt.date):
    ws = wb.create_sheet(SHEETS["summary"][lang == "fr"])
    ws.column_dimensions["A"].width = 110
    title = WriteOnlyCell(ws, value=ct.label("title", lang))
    title.font = TITLE
    ws.append([title])
    lines = [*sm.selection_lines(result, lang),
             f"{ct.label('generated', lang)} {day.isoformat()}"]  # fmt: skip
    if pseudonymised:
        lines.append(ct.label("pseudonymised", lang))
    for line in lines:
        ws.append([line])
    ws.append([])
    head = WriteOnlyCell(ws, value=ct.label("results", lang))
    head.font = BOLD
    ws.append([head])
    # One sentence per row: a wrapped cell's height is not recomputed by every spreadsheet.
    for sentence in _sentences(result.paragraph.text(lang)):
        ws.append([sentence])
    ws.append([])
    for line in ct.comparison_lines(result, lang) + [""] + sm.methods_lines(result, lang):
        ws.append([line])


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9])", text) if s.strip()]


def _table1(wb: Workbook, result: AnalysisResult, lang: str) -> None:
    view = ct.table1_view(result, lang)
    sub = ("n, mean, median, min", "%, SD, Q1, max", "Q3") if lang == "en" else \
          ("n, moyenne, médiane, min", "%, ET, Q1, max", "Q3")  # fmt: skip
    header = [ct.label("characteristic", lang), ""]
    for col in view.columns:
        header += [f"{col}: {s}" for s in sub]
    if view.grouped:
        header += ["p", "Test"]
    sheet = _Sheet(wb, SHEETS["table1"][lang == "fr"], header, freeze_cols=2)
    for r in view.rows:
        if r.kind == "variable":
            values = [r.label, ""] + [None] * (3 * len(view.columns))
            formats: list[str | None] = [None] * len(values)
            if view.grouped:
                values += [r.p_value, r.p_text.split(" ")[-1] if " " in r.p_text else ""]
                formats += ["p", None]
            sheet.add(values, formats, bold=True)
            continue
        values, formats = ["", r.label], [None, None]
        for numbers in r.numbers:
            cells = list(numbers) + [None] * (3 - len(numbers))
            values += cells
            formats += list(r.formats) + [None] * (3 - len(r.formats))
        sheet.add(values, formats)
    sheet.write()
    notes = wb.create_sheet(f"{SHEETS['table1'][lang == 'fr']} – notes"[:31])
    notes.column_dimensions["A"].width = 110
    for note in view.notes:
        notes.append([note])


def _section_sheet(wb: Workbook, title: str, sec: ct.Section, first_cols: int) -> None:
    """A section whose rows hold groups of numbers (value, lower, upper) per column."""
    header = list(sec.columns[:first_cols])
    for col in sec.columns[first_cols:]:
        header.append(col)
    sheet = _Sheet(wb, title, header, freeze_cols=first_cols)
    for r in sec.rows:
        sheet.add(*_flatten(r, first_cols))
    sheet.write()


def _flatten(r: ct.Row, first_cols: int) -> tuple[list[Any], list[str | None]]:
    values: list[Any] = [r.label] + list(r.texts[: first_cols - 1])
    formats: list[str | None] = [None] * len(values)
    for numbers, fmt in zip(r.numbers, _repeat(r.formats, len(r.numbers)), strict=True):
        values += list(numbers)
        formats += [fmt] * len(numbers)
    return values, formats


def _repeat(formats: Sequence[str], n: int) -> list[str]:
    return [formats[min(i, len(formats) - 1)] for i in range(n)] if formats else [None] * n


def _survival(wb: Workbook, result: AnalysisResult, lang: str) -> None:
    sec = ct.survival_section(result, lang)
    lo, hi = ct.label("lower", lang), ct.label("upper", lang)
    header = [sec.columns[0], sec.columns[1], "n", sec.columns[3]]
    med = ct.label("median", lang)
    header += [med, f"{med} – {lo}", f"{med} – {hi}"]
    for col in sec.columns[5:]:
        header += [col, f"{col} – {lo}", f"{col} – {hi}"]
    sheet = _Sheet(wb, SHEETS["survival"][lang == "fr"], header, freeze_cols=2)
    for r in sec.rows:
        values, formats = [r.label, r.texts[0]], [None, None]
        for numbers, fmt in zip(r.numbers, r.formats, strict=True):
            values += list(numbers)
            formats += [fmt] * len(numbers)
        sheet.add(values, formats)
    sheet.write()


def _comparisons(wb: Workbook, result: AnalysisResult, lang: str) -> None:
    if not result.options.group_by:
        return
    v = result.table1.group_variable
    header = [ct.label("endpoint", lang), ct.label("group", lang), "Reference" if lang == "en" else "Référence",
              "HR", ct.label("lower", lang), ct.label("upper", lang), "p (Cox)",
              "χ² (log-rank)", "df", "p (log-rank)"]  # fmt: skip
    sheet = _Sheet(wb, SHEETS["comparisons"][lang == "fr"], header, freeze_cols=2)
    fmts = [None, None, None, "hr", "hr", "hr", "p", "hr", "count", "p"]
    for endpoint in (OS, RFS):
        s = result.survival(endpoint)
        name = ct.ENDPOINT_LABEL[endpoint][lang == "fr"]
        lr = s.logrank
        test = [lr.chi2, lr.df, lr.p] if lr else [None, None, None]
        sheet.add([name, "", "", None, None, None, None, *test], fmts)
        for h in s.hazard_ratios:
            level = v.level_label(h.level, lang) if v else h.level
            ref = v.level_label(h.reference, lang) if v else h.reference
            sheet.add([name, level, ref, h.hr, h.lower, h.upper, h.p], fmts)
    sheet.write()


def _life_table(wb: Workbook, result: AnalysisResult, lang: str) -> None:
    header = [ct.label("endpoint", lang), ct.label("group", lang), ct.label("time_days", lang),
              ct.label("time_months", lang), ct.label("at_risk", lang), ct.label("events", lang),
              ct.label("censored", lang), ct.label("surv", lang), ct.label("lower", lang),
              ct.label("upper", lang)]  # fmt: skip
    sheet = _Sheet(wb, SHEETS["life_table"][lang == "fr"], header, freeze_cols=2)
    fmts = [
        None,
        None,
        "days",
        "decimal",
        "count",
        "count",
        "count",
        "survival",
        "survival",
        "survival",
    ]
    for endpoint in (OS, RFS):
        s = result.survival(endpoint)
        name = ct.ENDPOINT_LABEL[endpoint][lang == "fr"]
        for c in ct.curves(s):
            group = ct.curve_name(result, s, c, lang)
            t = ct.life_table(c)
            columns = zip(t["time"].tolist(), (t["time"] / DAYS_PER_MONTH).tolist(),
                          t["at_risk"].tolist(), t["events"].tolist(), t["censored"].tolist(),
                          t["survival"].tolist(), t["lower"].tolist(), t["upper"].tolist(), strict=True)  # fmt: skip
            for row in columns:
                sheet.add([name, group, *row], fmts)
    sheet.write()


def _outcomes(wb: Workbook, result: AnalysisResult, lang: str) -> None:
    sec = sm.outcomes_section(result, lang)
    sheet = _Sheet(
        wb, SHEETS["outcomes"][lang == "fr"], [sec.columns[0], "n / median", "% / Q1", "Q3"]
    )
    for r in sec.rows:
        values, formats = [r.label.strip()], [None]
        for numbers, fmt in zip(r.numbers, _repeat(r.formats, len(r.numbers)), strict=True):
            values += list(numbers)
            formats += [fmt] * len(numbers)
        sheet.add(values, formats)
    sheet.write()


def _checks(wb: Workbook, result: AnalysisResult, lang: str) -> None:
    if not result.inconsistencies:
        return
    ws = wb.create_sheet(SHEETS["checks"][lang == "fr"])
    ws.column_dimensions["A"].width = 120
    for item in result.inconsistencies:
        ws.append([item.message(lang)])


def _raw(wb: Workbook, tables: Iterable) -> None:
    """The interchange sheets: variable names as headers, codes and ISO dates as values."""
    for table in tables:
        sheet = _Sheet(wb, table.name, table.columns, freeze_cols=1)
        for row in table.rows:
            sheet.add(row, ["date" if isinstance(x, dt.date) else None for x in row])
        sheet.write()


def write_excel_report(
    result: AnalysisResult,
    path: str | os.PathLike[str],
    lang: str = "fr",
    *,
    raw_tables: Iterable = (),
    pseudonymised: bool = False,
    today: dt.date | None = None,
) -> None:
    """Write the workbook; ``raw_tables`` (services.report_service.raw_tables) adds the raw data sheets."""
    wb = Workbook(write_only=True)
    day = today or dt.date.today()
    _summary(wb, result, lang, pseudonymised, day)
    _table1(wb, result, lang)
    _survival(wb, result, lang)
    _comparisons(wb, result, lang)
    _section_sheet(wb, SHEETS["at_risk"][lang == "fr"], ct.at_risk_section(result, lang), 2)
    _life_table(wb, result, lang)
    _outcomes(wb, result, lang)
    _checks(wb, result, lang)
    _raw(wb, raw_tables)
    wb.save(os.fspath(path))
    bulk.inject(path, wb.__dict__.get("_hepmeta_bulk", []))
