"""The analysis as a named operation: read the dataset, select, compute (no Qt)."""

from __future__ import annotations

import threading

import pandas as pd

from hepmeta_desktop.analysis.run import AnalysisOptions, AnalysisResult, Progress, run_analysis
from hepmeta_desktop.services.dataset import load_dataset


class AnalysisService:
    """What the analysis panel, the ``stats`` command and the reports call.

    ``db`` is the lead's :class:`hepmeta_desktop.db.Database` (anything with ``.engine``).
    The last dataset read is kept so that changing a filter does not re-read the database;
    ``analyse(..., reload=True)`` reads it again (after an edit, or on the Refresh button).
    """

    def __init__(self, db) -> None:
        self._db = db
        self._dataset: pd.DataFrame | None = None
        self._lock = threading.Lock()  # the panel's worker thread and the GUI may both ask

    def dataset(self, reload: bool = False) -> pd.DataFrame:
        with self._lock:
            if reload or self._dataset is None:
                self._dataset = load_dataset(self._db.engine)
            return self._dataset

    def analyse(
        self,
        options: AnalysisOptions | None = None,
        progress: Progress | None = None,
        reload: bool = True,
    ) -> AnalysisResult:
        """One refresh: the database is read once, then every result is computed."""
        return run_analysis(self.dataset(reload), options, progress)

    def surgeons(self) -> list[str]:
        """The surgeons present in the registry (for the filter's menu)."""
        return sorted(str(s) for s in self.dataset()["surgeon"].dropna().unique())

    def surgery_years(self) -> tuple[int, int] | None:
        days = self.dataset()["liver_surgery_date"].dropna()
        return (int(days.min().year), int(days.max().year)) if len(days) else None
