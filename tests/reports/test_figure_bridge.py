"""Survival figures of the reports: print resolution, one per endpoint, headless."""

from __future__ import annotations

import io
import sys

from PIL import Image

from hepmeta_desktop.analysis.run import AnalysisOptions
from hepmeta_desktop.services.report_service import ReportService
from hepmeta_desktop.ui.figure_bridge import WIDTH_PT, km_png, survival_figures


def test_figures_are_print_resolution_pngs(registry):
    result = ReportService(registry.db).analyse(AnalysisOptions(group_by="margin_status"), False)
    figures = survival_figures(result, "en", dpi=300)
    assert [f.endpoint for f in figures] == ["os", "rfs"]
    assert figures[0].caption.startswith("Figure 1. Overall survival")
    image = Image.open(io.BytesIO(figures[0].png))
    assert image.size[0] == int(WIDTH_PT * 300 / 72)
    assert round(image.info["dpi"][0]) == 300
    # The curves are drawn in colour on white: not a blank page.
    colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert len(colours) > 50


def test_ungrouped_figure_and_none_guard(registry):
    result = ReportService(registry.db).analyse(None, False)
    png = km_png(result, "os", "fr", dpi=96)
    assert Image.open(io.BytesIO(png)).size[0] == int(WIDTH_PT * 96 / 72)
    if sys.version_info < (3, 12):  # PySide6 6.12 drops a None reference per void call
        assert sys.getrefcount(None) > 1 << 39
