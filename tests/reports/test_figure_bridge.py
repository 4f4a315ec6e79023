"""Survival figures of the reports: print resolution, one per endpoint, headless."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage

from hepmeta_desktop.analysis.run import AnalysisOptions
from hepmeta_desktop.services.report_service import ReportService
from hepmeta_desktop.ui.figure_bridge import WIDTH_PT, km_png, survival_figures


def test_figures_are_print_resolution_pngs(registry):
    result = ReportService(registry.db).analyse(AnalysisOptions(group_by="margin_status"), False)
    figures = survival_figures(result, "en", dpi=300)
    assert [f.endpoint for f in figures] == ["os", "rfs"]
    assert figures[0].caption.startswith("Figure 1. Overall survival")
    image = QImage.fromData(figures[0].png, "PNG")
    assert image.width() == int(WIDTH_PT * 300 / 72)
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    # The curves are drawn in colour on white: not a blank page.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 50


def test_ungrouped_figure_and_none_guard(registry):
    result = ReportService(registry.db).analyse(None, False)
    png = km_png(result, "os", "fr", dpi=96)
    assert QImage.fromData(png, "PNG").width() == int(WIDTH_PT * 96 / 72)
    if sys.version_info < (3, 12):  # PySide6 6.12 drops a None reference per void call
        assert sys.getrefcount(None) > 1 << 39
