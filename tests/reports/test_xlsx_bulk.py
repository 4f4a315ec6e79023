"""The fast path of big sheets gives the same workbook as openpyxl's own writing."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from hepmeta_desktop.export import xlsx_bulk
from hepmeta_desktop.export.excel_report import write_excel_report
from hepmeta_desktop.services.pseudonym import Pseudonymiser
from hepmeta_desktop.services.report_service import ReportService, raw_tables


def _cells(path):
    wb = load_workbook(path)
    return {
        ws.title: [
            [(c.value, c.number_format, bool(c.font.b)) for c in row] for row in ws.iter_rows()
        ]
        for ws in wb.worksheets
    }, {ws.title: ws.freeze_panes for ws in wb.worksheets}


def test_bulk_rows_read_back_like_openpyxl_rows(registry, tmp_path, monkeypatch):
    result = ReportService(registry.db).analyse(None, pseudonymise=False)
    tables = raw_tables(registry.db)
    day = dt.date(2026, 11, 26)
    write_excel_report(result, tmp_path / "plain.xlsx", "fr", raw_tables=tables, today=day)
    monkeypatch.setattr(xlsx_bulk, "BULK_ROWS", 0)  # every table sheet takes the fast path
    write_excel_report(result, tmp_path / "bulk.xlsx", "fr", raw_tables=tables, today=day)
    plain, plain_panes = _cells(tmp_path / "plain.xlsx")
    fast, fast_panes = _cells(tmp_path / "bulk.xlsx")
    assert plain == fast
    assert plain_panes == fast_panes
    assert len(fast["Table de survie"]) > 10
    first = fast["patients"][1]  # IPP-48213-07, born 1958-03-14
    assert first[0][0] == "IPP-48213-07" and first[4] == (
        dt.datetime(1958, 3, 14),
        "yyyy-mm-dd",
        False,
    )


def test_cell_xml_escapes_text_and_drops_control_characters():
    assert xlsx_bulk.cell_xml("A1", "a<b & c\x01", 0) == (
        '<c r="A1" t="inlineStr"><is><t>a&lt;b &amp; c</t></is></c>'
    )
    assert xlsx_bulk.cell_xml("B2", 0.1, 3) == '<c r="B2" s="3"><v>0.1</v></c>'
    assert xlsx_bulk.cell_xml("C3", float("nan"), 0) == ""
    assert xlsx_bulk.cell_xml("D4", dt.date(2000, 1, 1), 5) == '<c r="D4" s="5"><v>36526</v></c>'
    assert xlsx_bulk.cell_xml("E5", " x", 0).count('xml:space="preserve"') == 1


def test_pseudonymised_raw_sheet_in_bulk(registry, tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_bulk, "BULK_ROWS", 0)
    result = ReportService(registry.db).analyse(None, pseudonymise=True)
    tables = raw_tables(registry.db, Pseudonymiser.for_database(registry.db))
    write_excel_report(result, tmp_path / "p.xlsx", "en", raw_tables=tables)
    ws = load_workbook(tmp_path / "p.xlsx")["patients"]
    header = [c.value for c in ws[1]]
    assert "last_name" not in header and "age" in header
    assert all(str(r[0]).startswith("PS") for r in ws.iter_rows(min_row=2, values_only=True))
