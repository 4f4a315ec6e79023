"""Reports and statistical files as one named operation: analyse, write, record in the trail."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hepmeta_desktop.analysis.run import AnalysisOptions, AnalysisResult, Progress, run_analysis
from hepmeta_desktop.errors import HepmetaError, Message, ValidationError
from hepmeta_desktop.export.excel_report import write_excel_report
from hepmeta_desktop.export.statistical import write_statistical
from hepmeta_desktop.export.word_report import Figure, write_word_report
from hepmeta_desktop.services.analysis_service import AnalysisService
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.interchange.exporter import ExportData, collect, pseudonymise_data
from hepmeta_desktop.services.interchange.layout import FOLLOWUPS, PATIENTS
from hepmeta_desktop.services.permissions import in_series, series_filter
from hepmeta_desktop.services.pseudonym import Pseudonymiser

WORD, EXCEL, SPSS, STATA = ".docx", ".xlsx", ".sav", ".dta"
FORMATS = (WORD, EXCEL, SPSS, STATA)
EXPORT_ACTION = "export"
#: Makes the survival figures of a result (the Qt bridge, injected: the core has no Qt).
FigureMaker = Callable[[AnalysisResult, str], Sequence[Figure]]


class ExportWriteError(HepmetaError):
    """The file could not be written (open in Word or Excel, folder read-only, disk full)."""


@dataclass(frozen=True)
class ExportRequest:
    path: Path
    lang: str = "fr"
    pseudonymise: bool = False
    #: Excel only: add the raw data sheets in the interchange layout.
    raw: bool = False
    options: AnalysisOptions | None = None


@dataclass(frozen=True)
class RawTable:
    """One raw data sheet of the Excel report: column names and rows of typed values."""

    name: str
    columns: tuple[str, ...]
    rows: list[list[Any]]


def raw_tables(
    db, pseudonymiser: Pseudonymiser | None = None, series: str | None = None
) -> tuple[RawTable, RawTable]:
    """``patients`` and ``followups`` as the interchange exporter lays them out (its
    :func:`collect`), pseudonymised when a pseudonymiser is given; with ``series`` (a
    surgeon limited to their own series) only that surgeon's patients and their news."""
    data = collect(db)
    if series is not None:
        data = _series_only(data, series)
    if pseudonymiser is not None:
        data = pseudonymise_data(data, pseudonymiser)
    return (
        RawTable(PATIENTS, tuple(v.name for v in data.patient_columns), data.patients),
        RawTable(FOLLOWUPS, tuple(v.name for v in data.followup_columns), data.followups),
    )


def _series_only(data: ExportData, series: str) -> ExportData:
    """The rows of one surgeon's patients, and their news."""
    pcols = [v.name for v in data.patient_columns]
    surgeon, record = pcols.index("surgeon"), pcols.index("record_number")
    patients = [r for r in data.patients if in_series(r[surgeon], series)]
    mine = {r[record] for r in patients}
    owner = [v.name for v in data.followup_columns].index("record_number")
    followups = [r for r in data.followups if r[owner] in mine]
    return replace(data, patients=patients, followups=followups)


def format_of(path: str | os.PathLike[str]) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            {
                "path": Message(
                    f"Format non pris en charge : « {suffix or Path(path).name} » "
                    "(choisir .docx, .xlsx, .sav ou .dta).",
                    f"Unsupported format: '{suffix or Path(path).name}' "
                    "(choose .docx, .xlsx, .sav or .dta).",
                )
            }
        )
    return suffix


class ReportService:
    """What the ``report`` and ``export`` commands and the report dialog call."""

    def __init__(
        self,
        db,
        user: str = "system",
        figures: FigureMaker | None = None,
        analysis: AnalysisService | None = None,
        today: dt.date | None = None,
    ) -> None:
        self._db = db
        self._user = user
        self._figures = figures
        self._analysis = analysis or AnalysisService(db)
        self._today = today

    def analyse(
        self, options: AnalysisOptions | None, pseudonymise: bool, progress: Progress | None = None
    ) -> AnalysisResult:
        """The result a report shows; pseudonymised, every record number it lists is replaced."""
        data = self._analysis.dataset(reload=True)
        if pseudonymise:
            data = Pseudonymiser.for_database(self._db).with_pseudonyms(data)
        return run_analysis(data, options, progress)

    def export(self, request: ExportRequest, progress: Progress | None = None) -> Path:
        """Write the file the request names (format from the extension); returns its path."""
        kind = format_of(request.path)
        report = progress or (lambda fraction, what: None)
        path = Path(request.path)
        partial = path.with_name(f".{path.stem}.partial{kind}")
        if not path.parent.is_dir():
            raise ExportWriteError(
                Message(
                    f"Impossible d'écrire {path.name} : le dossier {path.parent} n'existe pas.",
                    f"Cannot write {path.name}: the folder {path.parent} does not exist.",
                )
            )
        try:
            if kind in (SPSS, STATA):
                report(0.1, "dataset")
                data = self._analysis.dataset(reload=True)
                if request.pseudonymise:
                    data = Pseudonymiser.for_database(self._db).dataset(data)
                report(0.5, "writing")
                write_statistical(data, partial, request.lang)
            else:
                result = self.analyse(
                    request.options, request.pseudonymise, lambda f, w: report(0.6 * f, w)
                )
                self.write(result, partial, request, report)
            report(0.95, "saving")
            # Written aside then renamed: a failed export never leaves half a file behind.
            os.replace(partial, path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise ExportWriteError(
                Message(
                    f"Impossible d'écrire {path.name} : {exc.strerror or exc}. Le fichier est "
                    "peut-être ouvert dans Word ou Excel, ou le dossier protégé.",
                    f"Cannot write {path.name}: {exc.strerror or exc}. The file may be open in "
                    "Word or Excel, or the folder read-only.",
                )
            ) from exc
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        AuditService(self._db, self._user).log_event(
            EXPORT_ACTION,
            f"{path.name} (format={kind[1:]}, pseudonymised={'yes' if request.pseudonymise else 'no'}"
            f"{', raw data' if request.raw and kind == EXCEL else ''})",
        )
        report(1.0, "done")
        return path

    def write(
        self,
        result: AnalysisResult,
        path: str | os.PathLike[str],
        request: ExportRequest,
        progress: Progress | None = None,
    ) -> None:
        """Write a report of an already computed ``result`` (no audit: see :meth:`export`)."""
        report = progress or (lambda fraction, what: None)
        kind = Path(request.path).suffix.lower()
        if kind == WORD:
            report(0.65, "figures")
            figures = list(self._figures(result, request.lang)) if self._figures else []
            report(0.8, "document")
            write_word_report(result, path, request.lang, figures,
                              pseudonymised=request.pseudonymise, today=self._today)  # fmt: skip
        elif kind == EXCEL:
            tables = ()
            if request.raw:
                report(0.65, "raw data")
                pseudo = Pseudonymiser.for_database(self._db) if request.pseudonymise else None
                tables = raw_tables(self._db, pseudo, series_filter(self._analysis.user))
            report(0.8, "workbook")
            write_excel_report(result, path, request.lang, raw_tables=tables,
                               pseudonymised=request.pseudonymise, today=self._today)  # fmt: skip
        else:
            format_of(request.path)
            raise ValidationError({"path": Message("Pas un rapport.", "Not a report.")})
