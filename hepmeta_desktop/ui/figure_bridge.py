"""Survival figures for the reports: Kaplan-Meier curves with numbers at risk, as print PNGs.

The report writers are Qt-free and take PNG bytes; this bridge makes them, headless too
(``QT_QPA_PLATFORM=offscreen`` and a ``QApplication`` when none exists).  It paints on
a ``QImage`` with ``QPainter``, which Qt allows outside the GUI thread, so the report
dialog's worker can call it.
"""

from __future__ import annotations

import ctypes
import math
import os
import sys

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLineF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication

from hepmeta_desktop.analysis import text as tx
from hepmeta_desktop.analysis.km import KMCurve
from hepmeta_desktop.analysis.run import AnalysisResult
from hepmeta_desktop.analysis.survival import OS, RFS
from hepmeta_desktop.derived import DAYS_PER_MONTH
from hepmeta_desktop.export import content as ct
from hepmeta_desktop.export.word_report import Figure, figure_captions

#: Print-friendly colours, told apart in grey too thanks to the line styles.
COLOURS = ("#1f3a5f", "#c0392b", "#2e8b57", "#d68910", "#7d3c98", "#5d6d7e")
STYLES = (Qt.SolidLine, Qt.DashLine, Qt.DotLine, Qt.DashDotLine)
WIDTH_PT = 468.0  # 6.5 inches
FONT_FAMILY = "Arial"
_app = None


def _guard_singletons() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on every void call.

    The ui branch's ``qt_guard`` makes None, True and False as good as immortal; a report
    written from the command line has no window to install it, so the bridge does.
    """
    try:
        from hepmeta_desktop.ui import qt_guard  # noqa: F401  (guards on import)
    except ImportError:  # not merged yet: the same guard, inline
        if sys.version_info < (3, 12) and not getattr(sys, "_hepmeta_singletons_guarded", False):
            for obj in (None, True, False):
                ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
            sys._hepmeta_singletons_guarded = True  # type: ignore[attr-defined]


def ensure_gui_application() -> None:
    """A QApplication for fonts and painting; offscreen when there is no display.

    A QApplication, not a QGuiApplication: a window opened later in the same process
    (the tests, the dialog) needs one, and Qt allows a single application object.
    """
    global _app
    _guard_singletons()
    if QCoreApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication([])


def _font(size: int, bold: bool = False) -> QFont:
    f = QFont(FONT_FAMILY)
    f.setPixelSize(size)  # the painter is scaled so that one pixel is one point
    f.setBold(bold)
    return f


def _months(days) -> float:
    return float(days) / DAYS_PER_MONTH


def _step_points(curve: KMCurve, xmap, ymap, values) -> list[QPointF]:
    """The step curve as points (one polyline: one Qt call per curve, not one per step)."""
    points = [QPointF(xmap(0.0), ymap(1.0))]
    last = 1.0
    for t, s in zip(curve.time.tolist(), values, strict=True):
        s = last if s is None or (isinstance(s, float) and math.isnan(s)) else s
        x = xmap(_months(t))
        points.append(QPointF(x, ymap(last)))
        points.append(QPointF(x, ymap(s)))
        last = s
    return points


def _band(curve: KMCurve, xmap, ymap) -> QPolygonF:
    upper = _step_points(curve, xmap, ymap, curve.upper.tolist())
    lower = _step_points(curve, xmap, ymap, curve.lower.tolist())
    return QPolygonF(upper + lower[::-1])


def km_png(result: AnalysisResult, endpoint: str, lang: str = "fr", dpi: int = 300) -> bytes:
    """One endpoint's curves (overall, or one per group) with the numbers at risk below."""
    ensure_gui_application()
    s = result.survival(endpoint)
    curves = list(s.groups) if s.groups else [s.overall]
    names = [ct.curve_name(result, s, c, lang) for c in curves]
    label_font, tick_font = _font(8, True), _font(8)
    fm = QFontMetricsF(tick_font)
    left = max(40.0, max(QFontMetricsF(label_font).horizontalAdvance(n) for n in names) + 28)
    plot_top, plot_h, right = 14.0, 210.0, 14.0
    risk_top = plot_top + plot_h + 34
    height = risk_top + 16 + 13 * len(curves) + 6
    scale = dpi / 72.0
    image = QImage(int(WIDTH_PT * scale), int(height * scale), QImage.Format_ARGB32)
    image.setDotsPerMeterX(int(dpi / 0.0254))
    image.setDotsPerMeterY(int(dpi / 0.0254))
    image.fill(QColor("white"))
    max_m = max((_months(c.time[-1]) for c in curves if len(c.time)), default=12.0)
    step = 12 if max_m <= 120 else 24
    xmax = max(step, math.ceil(max_m / step) * step)
    plot_w = WIDTH_PT - left - right

    def xmap(m: float) -> float:
        return left + plot_w * m / xmax

    def ymap(v: float) -> float:
        return plot_top + plot_h * (1 - v)

    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.Antialiasing)
        p.setRenderHint(QPainter.TextAntialiasing)
        p.scale(scale, scale)
        axis = QPen(QColor("#333333"), 0.7)
        grid = QPen(QColor("#dddddd"), 0.4)
        p.setFont(tick_font)
        for v in range(0, 101, 20):
            y = ymap(v / 100)
            p.setPen(grid)
            p.drawLine(QPointF(left, y), QPointF(left + plot_w, y))
            p.setPen(axis)
            p.drawText(QRectF(0, y - 6, left - 5, 12), Qt.AlignRight | Qt.AlignVCenter, str(v))
        ticks = list(range(0, xmax + 1, step))
        for m in ticks:
            x = xmap(m)
            p.drawLine(QPointF(x, plot_top + plot_h), QPointF(x, plot_top + plot_h + 3))
            p.drawText(QRectF(x - 20, plot_top + plot_h + 4, 40, 11), Qt.AlignCenter, str(m))
        p.drawLine(QPointF(left, plot_top), QPointF(left, plot_top + plot_h))
        p.drawLine(QPointF(left, plot_top + plot_h), QPointF(left + plot_w, plot_top + plot_h))
        xtitle = (
            "Mois depuis la chirurgie hépatique" if lang == "fr" else "Months since liver surgery"
        )
        p.drawText(QRectF(left, plot_top + plot_h + 16, plot_w, 12), Qt.AlignCenter, xtitle)
        p.save()
        p.translate(9, plot_top + plot_h / 2)
        p.rotate(-90)
        ytitle = f"{ct.ENDPOINT_LABEL[endpoint][lang == 'fr']} (%)"
        p.drawText(QRectF(-plot_h / 2, -6, plot_h, 12), Qt.AlignCenter, ytitle)
        p.restore()
        for i, curve in enumerate(curves):
            colour = QColor(COLOURS[i % len(COLOURS)])
            if len(curves) == 1 and curve.n:
                fill = QColor(colour)
                fill.setAlpha(40)
                p.setPen(Qt.NoPen)
                p.setBrush(QBrush(fill))
                p.drawPolygon(_band(curve, xmap, ymap))
                p.setBrush(Qt.NoBrush)
            p.setPen(QPen(colour, 1.4, STYLES[i % len(STYLES)]))
            p.drawPolyline(QPolygonF(_step_points(curve, xmap, ymap, curve.survival.tolist())))
            p.setPen(QPen(colour, 0.8))
            censored = zip(curve.censor_time.tolist(), curve.censor_survival.tolist(), strict=True)
            marks = [QLineF(xmap(_months(t)), ymap(v) - 2.5, xmap(_months(t)), ymap(v) + 2.5)
                     for t, v in censored]  # fmt: skip
            if marks:
                p.drawLines(marks)
        # Legend, top right; the log-rank p under it when groups are compared.
        lines = [f"{n} (n = {c.n})" for n, c in zip(names, curves, strict=True)]
        legend_w = max(fm.horizontalAdvance(t) for t in lines) + 30
        lx, ly = left + plot_w - legend_w - 4, plot_top + 6
        for i, text in enumerate(lines):
            y = ly + 11 * i + 5
            p.setPen(QPen(QColor(COLOURS[i % len(COLOURS)]), 1.4, STYLES[i % len(STYLES)]))
            p.drawLine(QPointF(lx, y), QPointF(lx + 20, y))
            p.setPen(axis)
            p.drawText(QRectF(lx + 24, y - 6, legend_w, 12), Qt.AlignLeft | Qt.AlignVCenter, text)
        if s.logrank:
            text = f"Log-rank p = {tx.p_value(s.logrank.p, lang)}"
            y = ly + 11 * len(lines) + 5
            p.drawText(QRectF(lx, y - 6, legend_w + 24, 12), Qt.AlignLeft | Qt.AlignVCenter, text)
        # Numbers at risk, aligned on the ticks.
        p.setFont(label_font)
        p.drawText(QRectF(0, risk_top, WIDTH_PT, 12), Qt.AlignLeft | Qt.AlignVCenter,
                   ct.label("at_risk", lang))  # fmt: skip
        for i, (name, curve) in enumerate(zip(names, curves, strict=True)):
            y = risk_top + 16 + 13 * i
            p.setPen(QColor(COLOURS[i % len(COLOURS)]))
            p.setFont(label_font)
            p.drawText(QRectF(0, y, left - 22, 12), Qt.AlignRight | Qt.AlignVCenter, name)
            p.setFont(tick_font)
            p.setPen(axis)
            for m in ticks:
                n = curve.at_risk_at(m * DAYS_PER_MONTH)
                p.drawText(QRectF(xmap(m) - 20, y, 40, 12), Qt.AlignCenter, str(n))
    finally:
        p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def survival_figures(result: AnalysisResult, lang: str = "fr", dpi: int = 300) -> list[Figure]:
    """The report's two figures: overall and recurrence-free survival."""
    captions = figure_captions(lang)
    return [Figure(e, km_png(result, e, lang, dpi), captions[e]) for e in (OS, RFS)]
