"""The analysis panel on a real registry file: curves, Table 1, filters, exports, screenshots."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtGui
from PySide6.QtSvg import QSvgRenderer

from hepmeta_desktop.services.analysis_service import AnalysisService
from hepmeta_desktop.ui.analysis_models import COL_OVERALL, COL_VARIABLE

from .conftest import D, add_abstract_series, add_patient, alive, dead

SHOTS = Path("/tmp/shots")


@pytest.fixture
def panel(qtbot, database):
    from hepmeta_desktop.ui.analysis_panel import AnalysisPanel

    add_abstract_series(database.engine)
    for i in range(8):  # a second surgeon with R1 resections, some deaths
        news = [alive(D(2016, 1, 1))] + ([dead(D(2017 + i % 3, 3, 1))] if i % 2 else [])
        add_patient(database.engine, f"B{i}", surgeon="Dr B", margin_status="R1" if i < 5 else "R0",
                    liver_surgery_date=D(2015, 1 + i, 10), followups=news)  # fmt: skip
    widget = AnalysisPanel(AnalysisService(database), lang="en")
    qtbot.addWidget(widget)
    widget.resize(1200, 850)

    with qtbot.waitSignal(widget.computed, timeout=20000):
        widget.compute()
    return widget


def _recompute(qtbot, panel):
    with qtbot.waitSignal(panel.computed, timeout=20000):
        panel.compute()


def test_panel_computes_and_draws_step_curves(panel, qtbot):
    assert panel.result.cohort.n == 14
    assert "14 of 14 patients selected" in panel.status.text()
    (curve,) = panel.drawing.curves
    x, y = curve.getData()
    # A step function: every segment is horizontal or vertical, never sloped.
    dx, dy = np.diff(x), np.diff(y)
    assert np.all((dx == 0) | (dy == 0))
    assert y[0] == 1.0 and np.all(dy <= 0)
    assert len(panel.drawing.bands) == 1
    n_ticks = len(panel.drawing.ticks)
    assert [t.toPlainText() for t in panel.drawing.risk_texts][0] == "14"
    assert len(panel.drawing.risk_texts) == n_ticks
    model = panel.table_model
    labels = [model.data(model.index(r, COL_VARIABLE)) for r in range(model.rowCount())]
    age_row = next(r for r, text in enumerate(labels) if text.startswith("Age at liver surgery"))
    assert model.data(model.index(age_row, COL_OVERALL)).startswith(
        f"{panel.result.table1.get('age').overall.mean:.1f}"
    )
    assert "Mean age" in panel.paragraph.toPlainText()
    panel.grab().save(str(SHOTS / "analysis_panel_curves.png"))


def test_filters_change_n_and_grouping_draws_one_curve_per_group(panel, qtbot):
    panel.surgeon.setCurrentIndex(panel.surgeon.findData("Dr B"))
    _recompute(qtbot, panel)
    assert panel.result.cohort.n == 8
    assert len(panel.exclusions.texts()) == 6
    panel.surgeon.setCurrentIndex(0)
    panel.criteria["r0"].setChecked(True)
    _recompute(qtbot, panel)
    assert panel.result.cohort.n == 9
    panel.criteria["r0"].setChecked(False)
    panel.group_by.setCurrentIndex(panel.group_by.findData("margin_status"))
    _recompute(qtbot, panel)
    assert len(panel.drawing.curves) == 2
    assert panel.table_model.col_p == 4
    assert "Log-rank p" in panel.drawing.annotation.toPlainText()
    panel.endpoint.setCurrentIndex(1)  # RFS: redrawn without recomputing
    assert panel.drawing.plot.getAxis("left").labelText == "Recurrence-free survival"
    panel.grab().save(str(SHOTS / "analysis_panel_grouped.png"))
    panel.tabs.setCurrentIndex(1)
    panel.grab().save(str(SHOTS / "analysis_panel_table1.png"))
    panel.tabs.setCurrentIndex(2)
    panel.grab().save(str(SHOTS / "analysis_panel_results.png"))
    panel.tabs.setCurrentIndex(3)
    panel.grab().save(str(SHOTS / "analysis_panel_checks.png"))


def test_export_png_and_svg_are_valid(panel, tmp_path):
    png, svg = tmp_path / "km.png", tmp_path / "km.svg"
    panel.export_figure(str(png), dpi=300)
    panel.export_figure(str(svg))
    image = QtGui.QImage(str(png))
    assert (image.width(), image.height()) == (2100, 1500)
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    assert renderer.viewBox().size().toTuple() == (672, 480)  # 7 × 5 in at 96 dpi
    assert "177.8mm" in svg.read_text()  # 7 inches wide
    image.save(str(SHOTS / "analysis_export_300dpi.png"))


def test_failure_path_is_shown(qtbot, database):
    from hepmeta_desktop.ui.analysis_panel import AnalysisPanel

    class Broken:
        def analyse(self, *args, **kwargs):
            raise RuntimeError("disk on fire")

    widget = AnalysisPanel(Broken(), lang="en")
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.failed, timeout=5000) as blocker:
        widget.compute()
    assert "disk on fire" in blocker.args[0]
    assert "disk on fire" in widget.status.text()
    assert widget.result is None


def test_pandas_and_lifelines_load_only_on_first_computation():
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
        "from hepmeta_desktop.ui.analysis_panel import AnalysisPanel\n"
        "from hepmeta_desktop.services.analysis_service import AnalysisService\n"
        "p = AnalysisPanel(AnalysisService(None), lang='en')\n"
        "print(sorted(m for m in ('pandas', 'lifelines', 'scipy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).parents[2])  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_table1_model_passes_qtmodeltester(panel, qtmodeltester):
    qtmodeltester.check(panel.table_model)


def test_render_km_png_for_reports_without_a_window(database, tmp_path):
    # The report writer's path: no QApplication and no widget exist beforehand.
    add_abstract_series(database.engine)
    out = tmp_path / "report_km.png"
    code = (
        "import sys; from hepmeta_desktop.db import open_database\n"
        "from hepmeta_desktop.services.analysis_service import AnalysisService\n"
        "from hepmeta_desktop.ui.analysis_figure import render_km_png\n"
        f"r = AnalysisService(open_database({str(database.path)!r})).analyse()\n"
        f"render_km_png(r, {str(out)!r}, 'fr', dpi=200, endpoint='rfs')\n"
        "from PySide6.QtWidgets import QApplication\n"
        "print(len(QApplication.topLevelWidgets()), [w.isVisible() for w in QApplication.topLevelWidgets()])\n"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parents[2], env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "True" not in done.stdout  # no window left visible
    image = QtGui.QImage(str(out))
    assert (image.width(), image.height()) == (1400, 1000)


def test_first_show_computes_and_saves_mark_it_stale(qtbot, database):
    from hepmeta_desktop.ui.analysis_panel import AnalysisPanel

    add_abstract_series(database.engine)
    widget = AnalysisPanel(AnalysisService(database), lang="fr")
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.computed, timeout=20000):
        widget.showEvent(QtGui.QShowEvent())  # what the tab does when it is first opened
    assert widget.result.cohort.n == 6
    add_patient(database.engine, "NEW1", followups=[alive(D(2016, 1, 1))])
    widget.mark_stale()  # not visible: nothing happens until shown again
    assert widget.result.cohort.n == 6
    with qtbot.waitSignal(widget.computed, timeout=20000):
        widget.showEvent(QtGui.QShowEvent())
    assert widget.result.cohort.n == 7
