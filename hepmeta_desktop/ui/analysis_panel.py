"""The analysis panel: cohort filters, survival curves, Table 1, Results paragraph, checks."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Qt, Signal

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.analysis.options import CI_METHODS, CRITERIA, DAYS, LOG_LOG, MONTHS
from hepmeta_desktop.analysis.variables import grouping_variables
from hepmeta_desktop.ui.analysis_figure import draw_km, render_km_png, render_km_svg
from hepmeta_desktop.ui.analysis_models import AnalysisWorker, Table1Model, thread_pool
from hepmeta_desktop.ui.analysis_text import AnalysisTexts


class TextList(QtWidgets.QListView):
    """A read-only list of lines (a QListView on a QStandardItemModel)."""

    def __init__(self) -> None:
        super().__init__()
        self.setModel(QtGui.QStandardItemModel(self))
        self.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)

    def set_texts(self, texts: list[str]) -> None:
        model = self.model()
        model.clear()
        for text in texts:
            model.appendRow(QtGui.QStandardItem(text))

    def texts(self) -> list[str]:
        model = self.model()
        return [model.item(i).text() for i in range(model.rowCount())]


class AnalysisPanel(QtWidgets.QWidget):
    """Built on an :class:`~hepmeta_desktop.services.analysis_service.AnalysisService`.

    Filters recompute after a short pause; the computation runs in the thread pool, and
    only the newest request's result is shown.
    """

    computed = Signal(object)
    failed = Signal(str)

    def __init__(
        self, service: Any, lang: str = "fr", parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service, self.lang = service, lang
        self.result: Any = None
        self._ticket = 0
        self._reload_next = True
        # The registry changed (or nothing was computed yet): recompute when next shown.
        self._stale = True
        self._workers: dict[int, AnalysisWorker] = {}
        self.texts = AnalysisTexts(self)
        self._debounce = QtCore.QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.compute)
        self._build()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.surgeon = QtWidgets.QComboBox()
        self.surgeon.addItem(self.tr("All surgeons"), None)
        self.date_from, self.use_from = self._date_box(dt.date(2000, 1, 1), self.tr("From"))
        self.date_to, self.use_to = self._date_box(dt.date.today(), self.tr("To"))
        self.procedure = QtWidgets.QComboBox()
        self.procedure.addItem(self.tr("All procedures"), None)
        for c in dd.var("procedure").choices:
            self.procedure.addItem(c.label(self.lang), c.code)
        self.criteria = {c: QtWidgets.QCheckBox(self.texts.criterion(c)) for c in CRITERIA}
        self.enforce = QtWidgets.QCheckBox(self.tr("Leave out patients failing a criterion"))
        self.enforce.setChecked(True)
        self.group_by = QtWidgets.QComboBox()
        self.group_by.addItem(self.tr("No grouping"), None)
        for v in grouping_variables():
            self.group_by.addItem(v.label(self.lang), v.name)
        self.ci = QtWidgets.QComboBox()
        for m in CI_METHODS:
            self.ci.addItem(self.texts.ci_method(m), m)
        self.unit = QtWidgets.QComboBox()
        self.unit.addItem(self.tr("Months"), MONTHS)
        self.unit.addItem(self.tr("Days"), DAYS)
        self.endpoint = QtWidgets.QComboBox()
        self.endpoint.addItem(self.tr("Overall survival"), "os")
        self.endpoint.addItem(self.tr("Recurrence-free survival"), "rfs")
        self.refresh_button = QtWidgets.QPushButton(self.tr("Refresh"))
        self.export_png_button = QtWidgets.QPushButton(self.tr("Export PNG…"))
        self.export_svg_button = QtWidgets.QPushButton(self.tr("Export SVG…"))
        self.status = QtWidgets.QLabel(self.tr("Not computed yet."))
        self.progress = QtWidgets.QProgressBar(maximum=100, textVisible=False, maximumWidth=140)

        form = QtWidgets.QGridLayout()
        form.addWidget(QtWidgets.QLabel(self.tr("Surgeon")), 0, 0)
        form.addWidget(self.surgeon, 0, 1)
        form.addWidget(self.use_from, 0, 2)
        form.addWidget(self.date_from, 0, 3)
        form.addWidget(self.use_to, 0, 4)
        form.addWidget(self.date_to, 0, 5)
        form.addWidget(QtWidgets.QLabel(self.tr("Procedure")), 0, 6)
        form.addWidget(self.procedure, 0, 7)
        crit = QtWidgets.QHBoxLayout()
        crit.addWidget(QtWidgets.QLabel(self.tr("Inclusion criteria:")))
        for box in self.criteria.values():
            crit.addWidget(box)
        crit.addWidget(self.enforce)
        crit.addStretch(1)
        shown = QtWidgets.QHBoxLayout()
        for label, widget in ((self.tr("Compare by"), self.group_by), (self.tr("Curve"), self.endpoint),
                              (self.tr("95% CI"), self.ci), (self.tr("Time in"), self.unit)):  # fmt: skip
            shown.addWidget(QtWidgets.QLabel(label))
            shown.addWidget(widget)
        shown.addStretch(1)
        for w in (self.refresh_button, self.export_png_button, self.export_svg_button):
            shown.addWidget(w)
        status = QtWidgets.QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.progress)

        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self._curves_tab(), self.tr("Survival"))
        self.tabs.addTab(self._table_tab(), self.tr("Table 1"))
        self.tabs.addTab(self._results_tab(), self.tr("Results"))
        self.tabs.addTab(self._checks_tab(), self.tr("Exclusions and checks"))
        main = QtWidgets.QVBoxLayout(self)
        main.addLayout(form)
        main.addLayout(crit)
        main.addLayout(shown)
        main.addLayout(status)
        main.addWidget(self.tabs, 1)

        for combo in (self.surgeon, self.procedure, self.group_by, self.ci):
            combo.currentIndexChanged.connect(self.schedule)
        for box in (*self.criteria.values(), self.enforce, self.use_from, self.use_to):
            box.toggled.connect(self.schedule)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.schedule)
        self.unit.currentIndexChanged.connect(self.redraw)
        self.endpoint.currentIndexChanged.connect(self.redraw)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_png_button.clicked.connect(lambda: self._ask_export("png"))
        self.export_svg_button.clicked.connect(lambda: self._ask_export("svg"))

    def _date_box(self, default: dt.date, label: str):
        edit = QtWidgets.QDateEdit(QtCore.QDate(default.year, default.month, default.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setEnabled(False)
        use = QtWidgets.QCheckBox(label)
        use.toggled.connect(edit.setEnabled)
        return edit, use

    def _curves_tab(self) -> QtWidgets.QWidget:
        self.plot_view = pg.GraphicsLayoutWidget()
        self.plot_view.setBackground("w")
        self.plot_view.setMinimumSize(560, 420)
        self.drawing = None
        self.survival_summary = QtWidgets.QLabel()
        self.survival_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.survival_summary.setWordWrap(True)
        box = QtWidgets.QWidget()
        lay = QtWidgets.QVBoxLayout(box)
        lay.addWidget(self.plot_view, 1)
        lay.addWidget(self.survival_summary)
        return box

    def _table_tab(self) -> QtWidgets.QWidget:
        self.table_model = Table1Model(self)
        self.table_view = QtWidgets.QTableView()
        self.table_view.setModel(self.table_model)
        self.table_view.verticalHeader().hide()
        self.table_view.setSelectionBehavior(
            QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.table_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table_view.setAlternatingRowColors(True)
        self.table_footnote = QtWidgets.QLabel(wordWrap=True)
        box = QtWidgets.QWidget()
        lay = QtWidgets.QVBoxLayout(box)
        lay.addWidget(self.table_view, 1)
        lay.addWidget(self.table_footnote)
        return box

    def _results_tab(self) -> QtWidgets.QWidget:
        self.paragraph_lang = QtWidgets.QComboBox()
        self.paragraph_lang.addItem(self.tr("French"), "fr")
        self.paragraph_lang.addItem(self.tr("English"), "en")
        self.paragraph_lang.setCurrentIndex(0 if self.lang == "fr" else 1)
        self.paragraph_lang.currentIndexChanged.connect(self._show_paragraph)
        self.copy_button = QtWidgets.QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy_paragraph)
        self.paragraph = QtWidgets.QPlainTextEdit(readOnly=True)
        self.outcomes = QtWidgets.QTextBrowser()
        top = QtWidgets.QHBoxLayout()
        top.addWidget(QtWidgets.QLabel(self.tr("Drafted Results paragraph")))
        top.addStretch(1)
        top.addWidget(self.paragraph_lang)
        top.addWidget(self.copy_button)
        box = QtWidgets.QWidget()
        lay = QtWidgets.QVBoxLayout(box)
        lay.addLayout(top)
        lay.addWidget(self.paragraph, 2)
        lay.addWidget(QtWidgets.QLabel(self.tr("Outcomes of surgery")))
        lay.addWidget(self.outcomes, 2)
        return box

    def _checks_tab(self) -> QtWidgets.QWidget:
        self.exclusions = TextList()
        self.not_in_curve = TextList()
        self.inconsistencies = TextList()
        self.inconsistencies.setWordWrap(True)
        box = QtWidgets.QWidget()
        lay = QtWidgets.QGridLayout(box)
        lay.addWidget(QtWidgets.QLabel(self.tr("Left out by the selection")), 0, 0)
        lay.addWidget(QtWidgets.QLabel(self.tr("Cannot enter the survival curves")), 0, 1)
        lay.addWidget(self.exclusions, 1, 0)
        lay.addWidget(self.not_in_curve, 1, 1)
        lay.addWidget(QtWidgets.QLabel(self.tr("Inconsistencies and missing data")), 2, 0, 1, 2)
        lay.addWidget(self.inconsistencies, 3, 0, 1, 2)
        return box

    # ------------------------------------------------------------------ computing
    def options(self):
        from hepmeta_desktop.analysis.options import AnalysisOptions, CohortFilter

        def day(edit: QtWidgets.QDateEdit, use: QtWidgets.QCheckBox) -> dt.date | None:
            return edit.date().toPython() if use.isChecked() else None

        flt = CohortFilter(
            surgeon=self.surgeon.currentData(),
            date_from=day(self.date_from, self.use_from),
            date_to=day(self.date_to, self.use_to),
            procedure=self.procedure.currentData(),
            criteria=tuple(c for c, box in self.criteria.items() if box.isChecked()),
            enforce_criteria=self.enforce.isChecked(),
        )
        return AnalysisOptions(flt, self.group_by.currentData(), self.ci.currentData() or LOG_LOG)

    def schedule(self) -> None:
        self._debounce.start()

    def showEvent(self, event) -> None:  # noqa: N802 -- Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def mark_stale(self, *_args: object) -> None:
        """Slot for 'a patient was saved': refresh now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the database again and recompute (after patients were edited)."""
        self._reload_next = True
        self._stale = False
        self.compute()

    def compute(self) -> None:
        self._debounce.stop()
        self._ticket += 1
        worker = AnalysisWorker(self._ticket, self._service, self.options(), self._reload_next)
        self._reload_next = False
        worker.signals.succeeded.connect(self._on_success)
        worker.signals.failed.connect(self._on_failure)
        worker.signals.progress.connect(self._on_progress)
        self._workers[worker.ticket] = worker
        self.status.setText(self.tr("Computing…"))
        self.progress.setValue(0)
        thread_pool().start(worker)

    def _on_progress(self, ticket: int, fraction: float, _what: str) -> None:
        if ticket == self._ticket:
            self.progress.setValue(round(100 * fraction))

    def _on_failure(self, ticket: int, message: str) -> None:
        self._workers.pop(ticket, None)
        if ticket != self._ticket:
            return
        self.status.setText(self.tr("The analysis failed: %1").replace("%1", message))
        self.status.setStyleSheet("color: #b00020;")
        self.failed.emit(message)

    def _on_success(self, ticket: int, result: Any) -> None:
        self._workers.pop(ticket, None)
        if ticket != self._ticket:
            return  # a newer request is running: this result is stale
        self.result = result
        self.status.setStyleSheet("")
        self.progress.setValue(100)
        self._fill_surgeons(result)
        self._show(result)
        self.computed.emit(result)

    def _fill_surgeons(self, result: Any) -> None:
        names = sorted({str(s) for s in result.surgeons})
        present = [self.surgeon.itemData(i) for i in range(1, self.surgeon.count())]
        if names != present:
            current = self.surgeon.currentData()
            self.surgeon.blockSignals(True)
            while self.surgeon.count() > 1:
                self.surgeon.removeItem(1)
            for n in names:
                self.surgeon.addItem(n, n)
            self.surgeon.setCurrentIndex(max(0, self.surgeon.findData(current)))
            self.surgeon.blockSignals(False)

    # ------------------------------------------------------------------ showing
    def _show(self, r: Any) -> None:
        c = r.cohort
        self.status.setText(self.texts.status(c))
        self.table_model.set_table(r.table1, self.lang)
        self.table_view.resizeColumnsToContents()
        from hepmeta_desktop.analysis.table1_rows import footnote

        self.table_footnote.setText(footnote(r.table1, self.lang))
        self._show_paragraph()
        self.outcomes.setHtml(self.texts.outcomes_html(r.outcomes))
        self.exclusions.set_texts(
            [f"{e.record_number} — {self.texts.reason(e.reason)}" for e in c.excluded]
        )
        self.inconsistencies.set_texts([i.message(self.lang) for i in r.inconsistencies])
        self.redraw()

    def _show_paragraph(self) -> None:
        if self.result is not None:
            self.paragraph.setPlainText(
                self.result.paragraph.text(self.paragraph_lang.currentData())
            )

    def copy_paragraph(self) -> None:
        QtWidgets.QApplication.clipboard().setText(self.paragraph.toPlainText())

    def redraw(self) -> None:
        if self.result is None:
            return
        survival = self.result.survival(self.endpoint.currentData())
        self.plot_view.clear()
        px = self.logicalDpiY() / 72.0
        self.drawing = draw_km(self.plot_view.ci, survival, self.unit.currentData(), self.lang, px)
        self.survival_summary.setText(
            self.texts.survival_summary(survival, self.unit.currentData())
        )
        self.not_in_curve.set_texts(
            [f"{x.record_number} — {self.texts.reason(x.reason)}" for x in survival.not_in_curve]
        )

    # ------------------------------------------------------------------ export
    def _ask_export(self, kind: str) -> None:
        if self.result is None:
            return
        title = self.tr("Export the figure")
        pattern = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, title, f"survival.{kind}", pattern)
        if path:
            self.export_figure(path, kind)

    def export_figure(self, path: str, kind: str | None = None, dpi: int = 300) -> None:
        """The current curve as a publication figure (PNG at ``dpi``, or SVG)."""
        kind = kind or ("svg" if str(path).lower().endswith(".svg") else "png")
        endpoint, unit = self.endpoint.currentData(), self.unit.currentData()
        if kind == "svg":
            render_km_svg(self.result, path, self.lang, endpoint, unit)
        else:
            render_km_png(self.result, path, self.lang, dpi, endpoint, unit)
