"""The Import… and Export… dialogs of the interchange file (Excel workbook or CSV files)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import HepmetaError
from hepmeta_desktop.services import interchange as ix
from hepmeta_desktop.services.interchange.parse import cell_text
from hepmeta_desktop.ui.interchange_support import (
    SORT_ROLE,
    CopyableTable,
    Job,
    JobDialog,
    ProblemModel,
    RowsModel,
)

PREVIEW_ROWS = 20


class ImportDialog(JobDialog):
    """Choose a file, preview it, check and import it (all or nothing, or the valid rows)."""

    def __init__(
        self, db: Database, user: str, parent: QWidget | None = None, lang: str | None = None
    ) -> None:
        super().__init__(db, user, parent, lang)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import an Excel or CSV file"))
        self.result_data: ix.ImportResult | None = None
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        self.path_edit.setPlaceholderText(self.tr("An .xlsx workbook, patients.csv, or a folder"))
        self.path_edit.editingFinished.connect(lambda: self.set_path(self.path_edit.text()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("&File:")))
        row.itemAt(0).widget().setBuddy(self.path_edit)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)

        self.preview_tabs = QTabWidget()
        self.preview_tabs.setObjectName("preview")
        self.preview_models: dict[str, RowsModel] = {}
        self.preview_views: dict[str, QTableView] = {}
        for sheet in (ix.layout.PATIENTS, ix.layout.FOLLOWUPS):
            model = RowsModel()
            view = QTableView()
            view.setModel(model)
            view.setObjectName(f"preview_{sheet}")
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.horizontalHeader().setMaximumSectionSize(260)
            self.preview_models[sheet] = model
            self.preview_views[sheet] = view
            self.preview_tabs.addTab(view, sheet)

        self.valid_only = QCheckBox(self.tr("Import only the &valid rows (report the others)"))
        self.valid_only.setObjectName("valid_only")
        self.update_box = QCheckBox(self.tr("&Update patients already in the database"))
        self.update_box.setObjectName("update")

        self.problems = ProblemModel(self.lang)
        self.problems.set_problems([])
        self.sorted_problems = QSortFilterProxyModel()
        self.sorted_problems.setSourceModel(self.problems)
        self.sorted_problems.setSortRole(SORT_ROLE)
        self.problem_view = CopyableTable()
        self.problem_view.setObjectName("problems")
        self.problem_view.setModel(self.sorted_problems)
        self.problem_view.setSortingEnabled(True)
        self.problem_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.problem_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problem_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_view.horizontalHeader().setStretchLastSection(True)
        self.problem_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)

        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("import_button")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.clicked.connect(self.cancel_job)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Preview (first rows of each sheet):")))
        layout.addWidget(self.preview_tabs, 2)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.update_box)
        layout.addWidget(QLabel(self.tr("Problems found (Ctrl+C copies the selected rows):")))
        layout.addWidget(self.problem_view, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(980, 680)
        self._set_running(False)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import"),
            "",
            self.tr("Excel or CSV files (*.xlsx *.csv);;All files (*)"),
        )
        if path:
            self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        """Choose the file and show the first rows of each sheet."""
        text = str(path).strip()
        self.path_edit.setText(text)
        self.summary.clear()
        self.problems.set_problems([])
        for model in self.preview_models.values():
            model.set_rows([], [])
        if not text:
            self._set_running(False)
            return
        try:
            data = ix.read_interchange(text, nrows=PREVIEW_ROWS)
        except HepmetaError as exc:
            self.status.setText(exc.text(self.lang))
        else:
            for sheet, content in (
                (ix.layout.PATIENTS, data.patients),
                (ix.layout.FOLLOWUPS, data.followups),
            ):
                if content is not None:
                    rows = [[cell_text(c) for c in r] for r in content.rows[:PREVIEW_ROWS]]
                    self.preview_models[sheet].set_rows(
                        [cell_text(h) for h in content.header], rows, content.header_row + 1
                    )
                    self.preview_views[sheet].resizeColumnsToContents()
            self.status.setText(self.tr("Ready to import {0}.").format(Path(text).name))
        self._set_running(False)

    def start_import(self) -> None:
        path = self.path_edit.text().strip()
        if not path or self.running:
            return
        self.result_data = None
        self.summary.clear()
        self.problems.set_problems([])
        valid_only, update = self.valid_only.isChecked(), self.update_box.isChecked()
        db, user, lang = self.db, self.user, self.lang

        def work(job: Job) -> ix.ImportResult:
            return ix.import_file(
                db, path, user=user, valid_only=valid_only, update=update, lang=lang, progress=job
            )

        self._start(work)

    def succeeded(self, result: ix.ImportResult) -> None:
        self.result_data = result
        self.problems.set_problems(result.problems)
        self.problem_view.resizeColumnsToContents()
        text = result.summary().text(self.lang)
        if result.report_path is not None:
            text += "\n" + self.tr("Report: {0}").format(result.report_path)
        self.summary.setText(text)
        if result.written:
            self.status.setText(self.tr("Done."))
        else:
            self.status.setText(
                self.tr("Correct the file and import it again, or import only the valid rows.")
            )

    def _set_running(self, running: bool) -> None:
        self.import_button.setEnabled(not running and bool(self.path_edit.text().strip()))
        self.cancel_button.setEnabled(running)
        for widget in (self.path_edit, self.valid_only, self.update_box):
            widget.setEnabled(not running)


class ExportDialog(JobDialog):
    """Write the registry to an .xlsx workbook or a folder of CSV files, in codes or labels."""

    def __init__(
        self, db: Database, user: str, parent: QWidget | None = None, lang: str | None = None
    ) -> None:
        super().__init__(db, user, parent, lang)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export to Excel or CSV"))
        self.result_data: ix.ExportResult | None = None
        self.format_box = QComboBox()
        self.format_box.setObjectName("format")
        self.format_box.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format_box.addItem(self.tr("CSV files in a folder"), "csv")
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QWidget()
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path_edit, 1)
        path_layout.addWidget(browse)
        values = QGroupBox(self.tr("Coded values"))
        self.codes = QRadioButton(self.tr("Codes (re-importable)"))
        self.codes.setObjectName("codes")
        self.labels_fr = QRadioButton(self.tr("French labels"))
        self.labels_fr.setObjectName("labels_fr")
        self.labels_en = QRadioButton(self.tr("English labels"))
        self.labels_en.setObjectName("labels_en")
        self.codes.setChecked(True)
        group = QButtonGroup(self)
        box = QVBoxLayout(values)
        for button in (self.codes, self.labels_fr, self.labels_en):
            group.addButton(button)
            box.addWidget(button)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Destination:"), path_row)
        form.labelForField(path_row).setBuddy(self.path_edit)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(values)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(560, 300)
        self.path_edit.textChanged.connect(lambda _t: self._set_running(self.running))
        self._set_running(False)

    def labels(self) -> str | None:
        if self.labels_fr.isChecked():
            return "fr"
        return "en" if self.labels_en.isChecked() else None

    def browse(self) -> None:
        if self.format_box.currentData() == "csv":
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"))
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export"), "hepmeta.xlsx", self.tr("Excel workbook (*.xlsx)")
            )
        if path:
            self.path_edit.setText(path)

    def set_path(self, path: str | Path, fmt: str | None = None) -> None:
        if fmt is not None:
            self.format_box.setCurrentIndex(self.format_box.findData(fmt))
        self.path_edit.setText(str(path))

    def start_export(self) -> None:
        text = self.path_edit.text().strip()
        if not text or self.running:
            return
        fmt = self.format_box.currentData()
        target = Path(text)
        if fmt == "xlsx" and target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        elif fmt == "csv" and target.suffix.lower() == ".xlsx":
            target = target.with_suffix("")  # the folder, not a directory named '….xlsx'
        self.path_edit.setText(str(target))
        db, user, labels = self.db, self.user, self.labels()
        self.result_data = None

        def work(job: Job) -> ix.ExportResult:
            return ix.export_file(db, target, user=user, labels=labels, fmt=fmt, progress=job)

        self._start(work)

    def succeeded(self, result: ix.ExportResult) -> None:
        self.result_data = result
        files = ", ".join(f.name for f in result.files)
        self.status.setText(
            self.tr("{0} patients and {1} news exported: {2}").format(
                result.patients, result.followups, files
            )
        )

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running and bool(self.path_edit.text().strip()))
        for widget in (self.format_box, self.path_edit, self.codes, self.labels_fr, self.labels_en):
            widget.setEnabled(not running)
