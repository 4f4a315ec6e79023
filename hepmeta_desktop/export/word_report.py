"""The Word report (.docx): title and selection, Results paragraph, Table 1, survival, outcomes."""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from hepmeta_desktop.analysis.run import AnalysisResult
from hepmeta_desktop.analysis.survival import OS, RFS
from hepmeta_desktop.export import content as ct
from hepmeta_desktop.export import docx_tools as dx
from hepmeta_desktop.export import summary as sm

NBSP = "\u00a0"


@dataclass(frozen=True)
class Figure:
    """A survival figure already rendered (PNG bytes, e.g. at 300 dpi) with its caption."""

    endpoint: str
    png: bytes
    caption: str


def _date_text(day: dt.date, lang: str) -> str:
    return day.strftime("%d/%m/%Y") if lang == "fr" else day.isoformat()


def _title(doc, result: AnalysisResult, lang: str, day: dt.date, pseudonymised: bool) -> None:
    doc.add_paragraph(ct.label("title", lang), style="Title")
    lines = sm.selection_lines(result, lang)
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    head = p.add_run(f"{ct.label('selection', lang)}{' : ' if lang == 'fr' else ': '}")
    head.bold = True
    p.add_run(" · ".join(lines))
    gen = doc.add_paragraph()
    gen.add_run(f"{ct.label('generated', lang)} {_date_text(day, lang)}").italic = True
    if pseudonymised:
        gen.add_run(f"\n{ct.label('pseudonymised', lang)}").italic = True


def _table1(doc, result: AnalysisResult, lang: str) -> None:
    view = ct.table1_view(result, lang)
    dx.caption(doc, ct.label("table1", lang))
    header = [ct.label("characteristic", lang), *view.columns] + (["p"] if view.grouped else [])
    first = 5.0 if view.grouped else 9.0
    p_width = 1.9 if view.grouped else 0.0
    each = (dx.TEXT_WIDTH_CM - first - p_width) / len(view.columns)
    if not view.grouped:
        each = min(each, 4.5)
    widths = [first] + [each] * len(view.columns) + ([p_width] if view.grouped else [])
    rows, bold, indent, keep = [], [], [], []
    for i, r in enumerate(view.rows):
        nxt = view.rows[i + 1] if i + 1 < len(view.rows) else None
        cells = list(r.texts) or [""] * len(view.columns)
        # A p-value and its mark never break across two lines ('< 0.001 d').
        rows.append([r.label, *cells] + ([r.p_text.replace(" ", NBSP)] if view.grouped else []))
        bold.append(r.kind == "variable")
        indent.append(r.kind != "variable")
        # A variable's rows stay together: every row but its last keeps with the next.
        keep.append(nxt is not None and nxt.kind != "variable")
    size = dx.TABLE_PT if len(view.columns) <= 4 else 8
    dx.add_table(doc, header, rows, widths, bold_rows=bold, indent_rows=indent, keep_rows=keep,
                 size=size)  # fmt: skip
    for i, note in enumerate(view.notes):
        dx.add_note(doc, note, keep=i + 1 < len(view.notes))


def _survival(doc, result: AnalysisResult, lang: str, figures: Sequence[Figure]) -> None:
    doc.add_paragraph(ct.label("survival", lang), style="Heading 1")
    for fig in figures:
        dx.caption(doc, fig.caption)
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run().add_picture(io.BytesIO(fig.png), width=Cm(15.5))
    sec = ct.survival_section(result, lang)
    dx.caption(doc, sec.title)
    header = list(sec.columns[1:])
    widths = [2.6, 1.0, 1.6, 3.1, 2.9, 2.9, 2.9]
    rows, bold, indent, keep = [], [], [], []
    current = None
    for r in sec.rows:
        if r.label != current:
            current = r.label
            rows.append([r.label] + [""] * (len(header) - 1))
            bold.append(True), indent.append(False), keep.append(True)
        rows.append(list(r.texts))
        bold.append(False), indent.append(True), keep.append(False)
    for i in range(len(keep) - 1):
        keep[i] = keep[i] or not bold[i + 1]
    dx.add_table(doc, header, rows, widths, bold_rows=bold, indent_rows=indent, keep_rows=keep,
                 span_rows=bold)  # fmt: skip
    lines = ct.comparison_lines(result, lang)
    for line in lines:
        dx.add_note(doc, line).runs[0].font.size = Pt(dx.BODY_PT - 1)
    not_in = result.overall_survival.not_in_curve
    if not_in:
        names = ", ".join(x.record_number for x in not_in[:30])
        more = f" … (+{len(not_in) - 30})" if len(not_in) > 30 else ""
        dx.add_note(
            doc,
            f"{ct.label('not_in_curve', lang)} ({len(not_in)}){' : ' if lang == 'fr' else ': '}{names}{more}",
        )


def _outcomes(doc, result: AnalysisResult, lang: str) -> None:
    sec = sm.outcomes_section(result, lang)
    doc.add_paragraph(sec.title, style="Heading 1")
    rows = [[r.label.strip(), *r.texts] for r in sec.rows]
    indent = [r.label.startswith("  ") for r in sec.rows]
    keep = [i + 1 < len(sec.rows) and indent[i + 1] for i in range(len(sec.rows))]
    dx.add_table(doc, list(sec.columns), rows, [9.5, 3.0, 2.5], indent_rows=indent, keep_rows=keep)


def _checks(doc, result: AnalysisResult, lang: str) -> None:
    if not result.inconsistencies:
        return
    doc.add_paragraph(ct.label("inconsistencies", lang), style="Heading 1")
    for item in result.inconsistencies:
        p = doc.add_paragraph(item.message(lang), style="List Bullet")
        p.paragraph_format.space_after = Pt(1)
        for run in p.runs:
            run.font.size = Pt(dx.BODY_PT - 1)


def write_word_report(
    result: AnalysisResult,
    path: str | os.PathLike[str],
    lang: str = "fr",
    figures: Sequence[Figure] = (),
    *,
    pseudonymised: bool = False,
    today: dt.date | None = None,
) -> None:
    """Write the report; ``figures`` are rendered beforehand (the core has no Qt)."""
    day = today or dt.date.today()
    doc = Document()
    dx.setup_document(doc)
    doc.core_properties.title = ct.label("title", lang)
    doc.core_properties.author = "HepMeta Desktop"
    doc.core_properties.language = "fr-FR" if lang == "fr" else "en-GB"
    dx.add_footer(doc, f"HepMeta Desktop – {_date_text(day, lang)}", ct.label("page", lang),
                  ct.label("of", lang))  # fmt: skip
    _title(doc, result, lang, day, pseudonymised)
    doc.add_paragraph(ct.label("results", lang), style="Heading 1")
    for block in result.paragraph.text(lang).split("\n"):
        if block.strip():
            para = doc.add_paragraph(block.strip())
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _table1(doc, result, lang)
    _survival(doc, result, lang, figures)
    _outcomes(doc, result, lang)
    _checks(doc, result, lang)
    doc.add_paragraph(ct.label("methods", lang), style="Heading 1")
    for line in sm.methods_lines(result, lang):
        dx.add_note(doc, line).runs[0].font.size = Pt(dx.BODY_PT - 1)
    doc.save(os.fspath(path))


def figure_captions(lang: str) -> dict[str, str]:
    """Captions of the two survival figures, numbered in the report's order."""
    fig = "Figure"
    return {
        OS: f"{fig} 1. {ct.ENDPOINT_LABEL[OS][lang == 'fr']} (Kaplan-Meier)",
        RFS: f"{fig} 2. {ct.ENDPOINT_LABEL[RFS][lang == 'fr']} (Kaplan-Meier)",
    }
