"""Kaplan-Meier figure (pyqtgraph): step curves, CI bands, censor ticks, number at risk."""

# The same drawing serves the panel on screen and the exported files: the figure is built
# for a size in points, every font and pen is given in points and converted with
# ``px_per_pt``, so a 300 dpi PNG has the proportions of the screen figure.

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from hepmeta_desktop.analysis.options import DAYS, MONTHS
from hepmeta_desktop.derived import DAYS_PER_MONTH

# Okabe-Ito colours: distinguishable by colour-blind readers and in greyscale print.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
OVERALL_COLOUR = "#1a1a1a"
SVG_DPI = 96
SCREEN_PX_PER_PT = 96 / 72
FONT_PT, SMALL_PT, LINE_PT, AXIS_PT = 10.0, 8.5, 1.6, 0.8
TEXTS = {
    "os": ("Overall survival", "Survie globale"),
    "rfs": ("Recurrence-free survival", "Survie sans récidive"),
    MONTHS: ("Months since liver surgery", "Mois depuis la chirurgie hépatique"),
    DAYS: ("Days since liver surgery", "Jours depuis la chirurgie hépatique"),
    "at_risk": ("Number at risk", "Nombre de sujets à risque"),
    "all": ("All patients", "Ensemble"),
    "median": ("median", "médiane"),
    "nr": ("NR", "NA"),
    "logrank": ("Log-rank", "Log-rank"),
    "ci": ("95% CI", "IC 95 %"),
}


def _t(key: str, lang: str) -> str:
    en, fr = TEXTS[key]
    return fr if lang == "fr" else en


@dataclass
class KMDrawing:
    """The items drawn, kept so that tests (and the panel) can inspect them."""

    plot: pg.PlotItem
    risk: pg.PlotItem
    curves: list[pg.PlotCurveItem] = field(default_factory=list)
    bands: list[pg.FillBetweenItem] = field(default_factory=list)
    censors: list[pg.ScatterPlotItem] = field(default_factory=list)
    risk_texts: list[pg.TextItem] = field(default_factory=list)
    annotation: pg.TextItem | None = None
    legend: pg.LegendItem | None = None
    ticks: list[float] = field(default_factory=list)


def step_xy(time: np.ndarray, value: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Vertices of a right-continuous step function from (0, 1): no sloped segment."""
    t = np.concatenate(([0.0], time))
    v = np.concatenate(([1.0], value))
    x, y = np.repeat(t, 2)[1:], np.repeat(v, 2)[:-1]
    # Drop repeated vertices: a zero-length segment shows as a dot in SVG viewers.
    keep = np.ones(len(x), dtype=bool)
    keep[1:] = (np.diff(x) != 0) | (np.diff(y) != 0)
    return x[keep], y[keep]


def _band_values(surv: np.ndarray, bound: np.ndarray) -> np.ndarray:
    # R leaves the band undefined where S = 1 (log-log) or S = 0: draw it closed there.
    return np.where(np.isnan(bound), np.where(surv >= 1.0, 1.0, 0.0), bound)


def tick_step(t_max: float, unit: str) -> float:
    """A readable tick spacing: whole years (or half years) in months, years in days."""
    base = 12.0 if unit == MONTHS else 365.0
    for mult in (0.5, 1, 2, 3, 5, 10):
        if t_max / (base * mult) <= 8:
            return base * mult
    return base * 20


def _font(pt: float, px_per_pt: float, bold: bool = False) -> QtGui.QFont:
    font = QtGui.QFont("DejaVu Sans")
    font.setPixelSize(max(1, round(pt * px_per_pt)))
    font.setBold(bold)
    return font


def _median_text(curve, scale: float, lang: str) -> str:
    def fmt(x):
        if x is None:
            return _t("nr", lang)
        text = f"{x / scale:.1f}"
        return text.replace(".", ",") if lang == "fr" else text

    return f"{_t('median', lang)} {fmt(curve.median)} ({fmt(curve.median_lower)}–{fmt(curve.median_upper)})"


def _scale_sample(sample: pg.GraphicsWidget, px: float) -> None:
    """pyqtgraph draws legend samples 20 px wide: scale them with the figure's resolution."""
    k = px / SCREEN_PX_PER_PT
    if k > 1.01:
        sample.setScale(k)
        sample.setFixedWidth(20 * k)
        sample.setFixedHeight(20 * k)


def _style_axis(axis: pg.AxisItem, px: float, label: str | None = None) -> None:
    axis.setPen(pg.mkPen("#000000", width=AXIS_PT * px))
    axis.setTextPen(pg.mkPen("#000000"))
    axis.setTickFont(_font(SMALL_PT, px))
    axis.setStyle(
        tickLength=round(4 * px), tickTextOffset=round(3 * px), hideOverlappingLabels=False
    )
    if label:
        axis.setLabel(label, **{"font-size": f"{round(FONT_PT * px)}px", "color": "#000000"})


def draw_km(layout: pg.GraphicsLayout, survival, unit: str = MONTHS, lang: str = "fr",
            px_per_pt: float = 1.0, show_ci: bool = True) -> KMDrawing:  # fmt: skip
    """Draw one endpoint (a :class:`SurvivalResult`) into an empty GraphicsLayout."""
    px = px_per_pt
    scale = DAYS_PER_MONTH if unit == MONTHS else 1.0
    curves = list(survival.groups) or [survival.overall]
    grouped = bool(survival.groups)
    plot = layout.addPlot(row=0, col=0)
    risk = layout.addPlot(row=2, col=0)
    # The at-risk table gets one text line per curve; the plot takes the rest.
    risk_height = round(len(curves) * SMALL_PT * px * 2.2)
    risk.setMinimumHeight(risk_height)
    risk.setMaximumHeight(risk_height)
    title = pg.LabelItem(
        _t("at_risk", lang), size=f"{round(SMALL_PT * px)}px", color="#000000", justify="left"
    )
    layout.addItem(title, row=1, col=0)
    drawing = KMDrawing(plot, risk)
    plot.setMenuEnabled(False)
    risk.setMenuEnabled(False)
    for p in (plot, risk):
        p.getViewBox().setMouseEnabled(False, False)
        p.hideButtons()
    left_width = round(70 * px)
    _style_axis(plot.getAxis("left"), px, _t(survival.endpoint, lang))
    _style_axis(plot.getAxis("bottom"), px, _t(unit, lang))
    plot.getAxis("left").setWidth(left_width)
    # Room for the tick labels and the title at any resolution (pyqtgraph sizes it in pixels).
    plot.getAxis("bottom").setHeight(round((SMALL_PT + FONT_PT) * px * 2.0))
    plot.getAxis("left").setTicks(
        [
            [
                (v, f"{v:.1f}".replace(".", "," if lang == "fr" else "."))
                for v in np.arange(0, 1.01, 0.2)
            ]
        ]
    )
    t_max = max((float(c.time[-1]) for c in curves if c.n), default=1.0) / scale or 1.0
    step = tick_step(t_max, unit)
    ticks = list(np.arange(0.0, t_max + 1e-9, step))
    drawing.ticks = ticks
    plot.getAxis("bottom").setTicks([[(t, f"{t:g}") for t in ticks]])
    legend = pg.LegendItem(offset=(-round(10 * px), round(10 * px)), labelTextSize=f"{round(SMALL_PT * px)}px",
                           labelTextColor="#000000", verSpacing=0,
                           brush=pg.mkBrush(255, 255, 255, 210))  # fmt: skip
    legend.setParentItem(plot.getViewBox())
    drawing.legend = legend
    for i, curve in enumerate(curves):
        if curve.n == 0:
            continue
        colour = PALETTE[i % len(PALETTE)] if grouped else OVERALL_COLOUR
        qc = QtGui.QColor(colour)
        t = curve.time / scale
        if show_ci:
            lo = pg.PlotCurveItem(
                *step_xy(t, _band_values(curve.survival, curve.lower)), pen=pg.mkPen(None)
            )
            hi = pg.PlotCurveItem(
                *step_xy(t, _band_values(curve.survival, curve.upper)), pen=pg.mkPen(None)
            )
            fill = QtGui.QColor(qc)
            fill.setAlpha(45)
            band = pg.FillBetweenItem(lo, hi, brush=pg.mkBrush(fill))
            plot.addItem(band)
            drawing.bands.append(band)
        line = pg.PlotCurveItem(*step_xy(t, curve.survival), pen=pg.mkPen(qc, width=LINE_PT * px))
        plot.addItem(line)
        drawing.curves.append(line)
        ticks_item = pg.ScatterPlotItem(curve.censor_time / scale, curve.censor_survival, symbol="|",
                                        size=round(7 * px), pen=pg.mkPen(qc, width=LINE_PT * px * 0.8), brush=None)  # fmt: skip
        plot.addItem(ticks_item)
        drawing.censors.append(ticks_item)
        name = survival_label(survival, curve, lang) if grouped else _t("all", lang)
        legend.addItem(line, f"{name} (n = {curve.n}) — {_median_text(curve, scale, lang)}")
        _scale_sample(legend.items[-1][0], px)
        row = len(curves) - 1 - i
        for tk in ticks:
            text = pg.TextItem(str(curve.at_risk_at(tk * scale)), color=qc, anchor=(0.5, 0.5))
            text.setFont(_font(SMALL_PT, px))
            text.setPos(tk, row + 0.5)
            risk.addItem(text)
            drawing.risk_texts.append(text)
    lines = []
    if survival.logrank is not None:
        p = survival.logrank.p
        p_text = "< 0.001" if p < 0.001 else f"= {p:.3f}"
        if lang == "fr":
            p_text = p_text.replace(".", ",")
        lines.append(f"{_t('logrank', lang)} p {p_text}")
    colon = " : " if lang == "fr" else ": "  # French typography: a space before the colon
    lines.append(f"{_t('ci', lang)}{colon}{survival.ci_method}")
    note = pg.TextItem("\n".join(lines), color="#000000", anchor=(0, 1))
    note.setFont(_font(SMALL_PT, px))
    note.setPos(0.02 * t_max, 0.03)
    plot.addItem(note)
    drawing.annotation = note
    # Fixed ranges (no auto-range): the at-risk texts must not widen the linked time axis.
    for p in (plot, risk):
        p.getViewBox().disableAutoRange()
    risk.setXLink(plot)
    x_pad = 0.03 * t_max
    plot.setXRange(-x_pad, t_max + x_pad, padding=0)
    plot.setYRange(-0.02, 1.02, padding=0)  # a margin so that 0 keeps its tick label
    risk.setYRange(0, len(curves), padding=0)
    risk.hideAxis("bottom")
    axis = risk.getAxis("left")
    _style_axis(axis, px)
    axis.setWidth(left_width)
    axis.setPen(pg.mkPen(None))
    names = [survival_label(survival, c, lang) if grouped else _t("all", lang) for c in curves]
    axis.setTicks([[(len(curves) - 1 - i + 0.5, n) for i, n in enumerate(names)]])
    axis.setStyle(tickLength=0)
    return drawing


def survival_label(survival, curve, lang: str) -> str:
    """A group's label in the user's language (dictionary label of its code)."""
    from hepmeta_desktop.analysis.variables import analysis_variable

    try:
        return analysis_variable(survival.group_variable).level_label(curve.label, lang)
    except KeyError:
        return curve.label


def _scene_for(survival, width_pt: float, height_pt: float, px_per_pt: float, unit: str, lang: str):
    """A hidden scene holding the figure at its final pixel size (no window is shown)."""
    ensure_application()
    width, height = round(width_pt * px_per_pt), round(height_pt * px_per_pt)
    view = pg.GraphicsLayoutWidget()
    # Laid out like a shown widget, but never mapped on the screen.
    view.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.setBackground("w")
    view.setFrameShape(view.Shape.NoFrame)
    view.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.ci.setContentsMargins(*(round(8 * px_per_pt),) * 4)
    drawing = draw_km(view.ci, survival, unit, lang, px_per_pt)
    view.resize(width, height)
    view.show()
    QtCore.QCoreApplication.processEvents()
    return view, drawing, width, height


_APP = None


def ensure_application():
    """The running QApplication, or an offscreen one for a report made without the window."""
    global _APP
    app = QtWidgets.QApplication.instance()
    if app is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = _APP = QtWidgets.QApplication([])
    return app


def _survival_of(result, endpoint: str):
    return result.survival(endpoint) if hasattr(result, "survival") else result


def render_km_png(result, path, lang: str = "fr", dpi: int = 300, endpoint: str = "os",
                  unit: str = MONTHS, size_in: tuple[float, float] = (7.0, 5.0)) -> None:  # fmt: skip
    """Write the Kaplan-Meier figure of ``result`` (AnalysisResult or SurvivalResult) as PNG.

    Uses the running QApplication, or starts an offscreen one; no window is shown.
    """
    px = dpi / 72.0
    view, _, w, h = _scene_for(
        _survival_of(result, endpoint), size_in[0] * 72, size_in[1] * 72, px, unit, lang
    )
    image = QtGui.QImage(w, h, QtGui.QImage.Format.Format_ARGB32)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
    view.scene().render(painter, QtCore.QRectF(0, 0, w, h), QtCore.QRectF(0, 0, w, h))
    painter.end()
    view.close()
    view.deleteLater()
    # Set the resolution only now: pyqtgraph's axes replay QPictures, which Qt rescales
    # by the device's DPI; painting at 96 dpi keeps the sizes computed in pixels.
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


def render_km_svg(result, path, lang: str = "fr", endpoint: str = "os", unit: str = MONTHS,
                  size_in: tuple[float, float] = (7.0, 5.0)) -> None:  # fmt: skip
    """Write the figure as SVG through QSvgGenerator (pyqtgraph's SVGExporter fails on PySide6 6.11+)."""
    from PySide6.QtSvg import QSvgGenerator

    # 96 dpi, the resolution pyqtgraph's axis pictures are recorded at (else they rescale).
    px = SVG_DPI / 72.0
    view, _, w, h = _scene_for(
        _survival_of(result, endpoint), size_in[0] * 72, size_in[1] * 72, px, unit, lang
    )
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(QtCore.QSize(w, h))
    gen.setViewBox(QtCore.QRect(0, 0, w, h))
    gen.setResolution(SVG_DPI)
    gen.setTitle(_t(endpoint, lang))
    painter = QtGui.QPainter(gen)
    view.scene().render(painter, QtCore.QRectF(0, 0, w, h), QtCore.QRectF(0, 0, w, h))
    painter.end()
    view.close()
    view.deleteLater()
