"""The report dialog: Word, Excel, SPSS or Stata, in French or English, pseudonymised or not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import Qt, Signal

from hepmeta_desktop.errors import HepmetaError
from hepmeta_desktop.services.analysis_service import AnalysisService
from hepmeta_desktop.services.report_service import (
    EXCEL,
    SPSS,
    STATA,
    WORD,
    ExportRequest,
    ReportService,
)
from hepmeta_desktop.ui.figure_bridge import survival_figures


class ExportWorker(QtCore.QObject):
    """Runs one export off the GUI thread; reports progress, then success or failure."""

    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, service: ReportService, request: ExportRequest, lang: str) -> None:
        super().__init__()
        self._service, self._request, self._lang = service, request, lang

    @QtCore.Slot()
    def run(self) -> None:
        try:
            path = self._service.export(
                self._request, lambda f, what: self.progress.emit(round(100 * f), what)
            )
        except HepmetaError as exc:
            self.failed.emit(exc.text(self._lang))
        except Exception as exc:  # shown to the user, never a crash of the window
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(path)


class ReportDialog(QtWidgets.QDialog):
    """Built on an AnalysisService (keeps the panel's dataset) or a Database.

    ``options`` is the panel's current selection (cohort filters, grouping, CI method).
    """

    exported = Signal(object)
    export_failed = Signal(str)

    def __init__(
        self,
        analysis_service_or_db: Any,
        user: str,
        parent: QtWidgets.QWidget | None = None,
        options: Any = None,
        lang: str = "fr",
    ) -> None:
        super().__init__(parent)
        if isinstance(analysis_service_or_db, AnalysisService):
            analysis, db = analysis_service_or_db, analysis_service_or_db.db
        else:
            db = analysis_service_or_db
            analysis = AnalysisService(db)
        self._service = ReportService(db, user, figures=survival_figures, analysis=analysis)
        self._options, self._ui_lang = options, lang
        self._thread: QtCore.QThread | None = None
        self._worker: ExportWorker | None = None
        self.setWindowTitle(self.tr("Export a report"))
        self._build()

    def _build(self) -> None:
        self.format = QtWidgets.QComboBox()
        for text, suffix in (
            (self.tr("Word report (.docx)"), WORD),
            (self.tr("Excel workbook (.xlsx)"), EXCEL),
            (self.tr("SPSS data file (.sav)"), SPSS),
            (self.tr("Stata data file (.dta)"), STATA),
        ):
            self.format.addItem(text, suffix)
        self.language = QtWidgets.QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if self._ui_lang == "fr" else 1)
        self.pseudonymise = QtWidgets.QCheckBox(
            self.tr("Pseudonymise (no names, phone, notes or dates of birth)")
        )
        self.raw = QtWidgets.QCheckBox(self.tr("Add the raw data sheets"))
        self.path = QtWidgets.QLineEdit(str(Path.home() / "hepmeta_report.docx"))
        browse = QtWidgets.QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Language:"), self.language)
        file_label = QtWidgets.QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow("", self.pseudonymise)
        form.addRow("", self.raw)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QtWidgets.QDialogButtonBox.AcceptRole
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.resize(560, self.sizeHint().height())

    def _format_changed(self) -> None:
        suffix = self.format.currentData()
        self.raw.setEnabled(suffix == EXCEL)
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(suffix)))

    def _browse(self) -> None:
        suffix = self.format.currentData()
        chosen, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), f"*{suffix}"
        )
        if chosen:
            self.path.setText(str(Path(chosen).with_suffix(suffix)))

    def request(self) -> ExportRequest:
        suffix = self.format.currentData()
        return ExportRequest(
            path=Path(self.path.text().strip()).with_suffix(suffix),
            lang=self.language.currentData(),
            pseudonymise=self.pseudonymise.isChecked(),
            raw=self.raw.isChecked() and suffix == EXCEL,
            options=self._options,
        )

    def busy(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Export in a worker thread; the dialog stays responsive and shows progress."""
        if self.busy() or not self.path.text().strip():
            return
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporting…"))
        self._thread = QtCore.QThread(self)
        self._worker = ExportWorker(self._service, self.request(), self._ui_lang)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)
        self._thread.start()

    def _on_progress(self, percent: int, _what: str) -> None:
        self.progress.setValue(percent)

    def _finish(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread, self._worker = None, None
        self.export_button.setEnabled(True)

    def _on_success(self, path: Path) -> None:
        self._finish()
        self.progress.setValue(100)
        self.path.setText(str(path))
        self.status.setText(self.tr("Written: %1").replace("%1", str(path)))
        self.exported.emit(path)

    def _on_failure(self, message: str) -> None:
        self._finish()
        self.progress.setValue(0)
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.tr("Export failed: %1").replace("%1", message))
        self.export_failed.emit(message)

    def reject(self) -> None:
        if self.busy():  # the file is being written: closing now would leave it half done
            return
        super().reject()
