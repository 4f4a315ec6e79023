"""The Word and Excel reports read back: structure, numbers as numbers, the result's figures."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import load_workbook

from hepmeta_desktop.analysis.run import AnalysisOptions
from hepmeta_desktop.derived import DAYS_PER_MONTH
from hepmeta_desktop.export.excel_report import SHEETS
from hepmeta_desktop.services.report_service import ExportRequest, ReportService
from hepmeta_desktop.ui.figure_bridge import survival_figures

GROUPED = AnalysisOptions(group_by="margin_status")


def _write(registry, path, lang="en", raw=False, options=GROUPED):
    service = ReportService(registry.db, "t", figures=survival_figures, today=dt.date(2026, 11, 26))
    result = service.analyse(options, pseudonymise=False)
    service.export(ExportRequest(path, lang, raw=raw, options=options))
    return result


def test_excel_sheets_hold_numbers_with_formats(registry, tmp_path):
    path = tmp_path / "r.xlsx"
    result = _write(registry, path, "en", raw=True)
    wb = load_workbook(path)
    assert wb.sheetnames[:2] == ["Summary", "Table 1"]
    assert {"Survival", "At risk", "Life table", "Outcomes", "patients", "followups"} <= set(
        wb.sheetnames
    )
    t1 = wb["Table 1"]
    assert t1.freeze_panes == "C2"
    assert t1["A1"].font.b
    assert t1.column_dimensions["A"].width > 20
    rows = list(t1.iter_rows(min_row=2))
    sex = next(i for i, r in enumerate(rows) if r[0].value == "Sex")
    female = rows[sex + 1]
    assert female[1].value == "Female"
    n_female = result.table1.get("sex").overall.counts()["F"]
    assert female[2].value == n_female and female[2].number_format == "0"
    assert female[3].value == pytest.approx(n_female / result.table1.get("sex").overall.recorded)
    assert female[3].number_format == "0.0%"
    age = next(i for i, r in enumerate(rows) if r[0].value == "Age at liver surgery, years")
    assert rows[age + 1][2].value == pytest.approx(result.table1.get("age").overall.mean)
    p = rows[sex][-2]
    assert p.value == pytest.approx(result.table1.get("sex").p_value) and p.number_format == "0.000"

    survival = wb["Survival"]
    first = [c.value for c in survival[2]]
    curve = result.overall_survival.overall
    assert first[:4] == ["Overall survival", "All patients", curve.n, curve.events]
    assert first[4] == pytest.approx(curve.median / DAYS_PER_MONTH)
    assert survival.cell(2, 8).number_format == "0.0%"

    life = wb["Life table"]
    body = list(life.iter_rows(min_row=2, values_only=True))
    os_all = [r for r in body if r[0] == "Overall survival" and r[1] == "All patients"]
    assert [r[2] for r in os_all] == curve.time.tolist()
    assert sum(r[5] for r in os_all) == curve.events
    assert sum(r[5] + r[6] for r in os_all) == curve.n  # every patient has an event or a censoring
    at_risk = wb["At risk"]
    assert [c.value for c in at_risk[2]][2:] == [
        curve.at_risk_at(m * DAYS_PER_MONTH) for m in (0, 12, 24, 36, 48, 60)
    ]

    patients = wb["patients"]
    assert [c.value for c in patients[1]][:3] == ["record_number", "last_name", "first_name"]
    assert patients.cell(2, 5).is_date and patients.cell(2, 5).number_format == "yyyy-mm-dd"
    assert wb["followups"].max_row > 1


def test_excel_in_french_names_sheets_in_french(registry, tmp_path):
    path = tmp_path / "r.xlsx"
    _write(registry, path, "fr", options=None)
    wb = load_workbook(path)
    assert SHEETS["table1"][1] in wb.sheetnames and "patients" not in wb.sheetnames


def _cell_align(cell):
    return cell.paragraphs[0].alignment


def test_word_report_structure(registry, tmp_path):
    path = tmp_path / "r.docx"
    result = _write(registry, path, "en")
    doc = Document(path)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert result.paragraph.en.split(".")[0] in text
    assert "Table 1. Characteristics of the patients" in text
    assert len(doc.inline_shapes) == 2  # overall and recurrence-free survival
    assert all(s.width > 5_000_000 for s in doc.inline_shapes)  # ~15.5 cm wide
    table1 = doc.tables[0]
    header = table1.rows[0]
    assert [c.text for c in header.cells][-1] == "p"
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table1.rows)
    assert table1._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    sex = next(r for r in table1.rows if r.cells[0].text == "Female")
    assert _cell_align(sex.cells[1]) == WD_ALIGN_PARAGRAPH.RIGHT
    n = result.table1.n
    assert header.cells[1].text == f"All (n = {n})"
    assert any("Fisher" in p.text or "χ²" in p.text for p in doc.paragraphs)
    footer = doc.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert doc.styles["Normal"].font.name == "Arial"
    survival = doc.tables[1]
    assert survival.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert any(c.text.startswith("Overall survival – Log-rank test") for c in doc.paragraphs)


def test_report_command_applies_the_stats_filters(registry, db, tmp_path):
    from hepmeta_desktop.cli import main

    path = tmp_path / "filtered.docx"
    argv = ["--db", db.url, "report", str(path), "--lang", "en",
            "--surgeon", "Dr Benali", "--from", "2016-01-01", "--ci", "log"]  # fmt: skip
    assert main(argv) == 0
    text = "\n".join(p.text for p in Document(path).paragraphs)
    assert "6 patients / 8" in text
    assert "Surgeon: Dr Benali" in text
    assert "Date of liver surgery: 2016-01-01 – …" in text
    assert "(log transformation)" in text
    assert main(["--db", db.url, "report", str(tmp_path / "x.docx"), "--group-by", "nope"]) == 2
