"""The analysis as a named operation: read the dataset, select, compute (no Qt)."""

# pandas and lifelines are imported on the first computation, not when the window opens.

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hepmeta_desktop.analysis.options import AnalysisOptions
    from hepmeta_desktop.analysis.run import AnalysisResult, Progress


class AnalysisService:
    """What the analysis panel, the ``stats`` command and the reports call.

    ``db`` is the lead's :class:`hepmeta_desktop.db.Database` (anything with ``.engine``).
    The last dataset read is kept so that the menus can be filled without a second query;
    ``analyse`` reads the database again unless told not to.
    """

    def __init__(self, db: Any) -> None:
        self._db = db
        self._dataset = None
        self._lock = threading.Lock()  # the panel's worker thread and the GUI may both ask

    @property
    def db(self):
        """The database analysed (the report dialog writes with the same one)."""
        return self._db

    def dataset(self, reload: bool = False):
        from hepmeta_desktop.services.dataset import load_dataset

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
        from hepmeta_desktop.analysis.run import run_analysis

        return run_analysis(self.dataset(reload), options, progress)

    def surgeons(self) -> list[str]:
        """The surgeons present in the registry (for the filter's menu)."""
        return sorted(str(s) for s in self.dataset()["surgeon"].dropna().unique())
