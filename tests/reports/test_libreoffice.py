"""The reports opened by a real office suite: LibreOffice converts them to PDF, we read the text.

One conversion of one .docx and one .xlsx per run (module fixture); the pages are rendered
to /tmp/shots/report_*.png for a person to look at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from hepmeta_desktop.analysis import text as tx
from hepmeta_desktop.analysis.run import AnalysisOptions
from hepmeta_desktop.db import open_database
from hepmeta_desktop.derived import DAYS_PER_MONTH
from hepmeta_desktop.export import content as ct
from hepmeta_desktop.services.report_service import ExportRequest, ReportService
from hepmeta_desktop.ui.figure_bridge import survival_figures
from reports.conftest import fill_registry

pytestmark = pytest.mark.slow
SHOTS = Path("/tmp/shots")


def _office() -> str:
    found = shutil.which("libreoffice") or shutil.which("soffice")
    if not found or not shutil.which("pdftotext"):
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice and poppler-utils are required in CI")
        pytest.skip("LibreOffice or pdftotext not installed")
    return found


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """(result, text of the Word PDF, text of the Excel PDF) after one LibreOffice run."""
    office = _office()
    folder = tmp_path_factory.mktemp("office")
    db = open_database(folder / "registry.db")
    fill_registry(db)
    service = ReportService(db, "t", figures=survival_figures)
    options = AnalysisOptions(group_by="margin_status")
    result = service.analyse(options, pseudonymise=False)
    docx, xlsx = folder / "report_word.docx", folder / "report_excel.xlsx"
    service.export(ExportRequest(docx, "en", options=options))
    service.export(ExportRequest(xlsx, "fr", options=options))
    db.dispose()
    # A private profile: parallel runs (and a desktop LibreOffice) do not clash.
    profile = Path(f"/tmp/lo_profile_{uuid.uuid4().hex}")
    try:
        subprocess.run(
            [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
             "pdf", "--outdir", str(folder), str(docx), str(xlsx)],
            check=True, capture_output=True, timeout=240,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    SHOTS.mkdir(exist_ok=True)
    for old in SHOTS.glob("report_*.png"):  # pages of an earlier, longer run
        old.unlink()
    texts = []
    for stem in ("report_word", "report_excel"):
        pdf = folder / f"{stem}.pdf"
        assert pdf.exists(), f"LibreOffice did not convert {stem}"
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-l", "8", str(pdf),
                            str(SHOTS / stem)], check=True)  # fmt: skip
        out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                             capture_output=True)  # fmt: skip
        texts.append(out.stdout.decode("utf-8"))
    return result, texts[0], texts[1]


def test_word_pdf_holds_the_tables_numbers(converted):
    result, word, _ = converted
    t1 = result.table1
    assert f"All (n = {t1.n})" in word
    for level, n in zip(t1.group_levels, t1.group_sizes, strict=True):
        assert f"{level} (n = {n})" in word
    sex = t1.get("sex")
    assert tx.level_cell(sex.overall, "F", "en") in word  # e.g. '7 (87.5%)'
    assert tx.p_value(sex.p_value, "en") in word
    curve = result.overall_survival.overall
    assert ct._median_text(curve, "en") in word  # median (95% CI) of the survival table
    assert f"Log-rank test: p = {tx.p_value(result.overall_survival.logrank.p, 'en')}" in word
    assert "Page 1 of" in word
    assert result.paragraph.en.split(",")[0] in word


def _shown(text: str, candidates: list[str]) -> bool:
    """The number as LibreOffice shows it in its locale ('36.8' or '36,8')."""
    return any(c in text or c.replace(".", ",") in text for c in candidates)


def test_excel_pdf_shows_the_numbers_formatted(converted):
    result, _, excel = converted
    table = excel.split("Caractéristique", 1)[1]  # past the summary sheet's sentences
    curve = result.overall_survival.overall
    # Stored as numbers, shown through the cells' formats (0.0 and 0.0%).
    assert _shown(table, [f"{curve.median / DAYS_PER_MONTH:.1f}"])
    sex = result.table1.get("sex").overall
    assert _shown(table, [f"{100 * sex.counts()['F'] / sex.recorded:.1f}%"])
    one_year = curve.at(12 * DAYS_PER_MONTH).survival
    assert _shown(table, [f"{100 * one_year:.1f}%"])
    assert "Survie globale" in table and "Tous les patients" in table
