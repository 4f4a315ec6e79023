"""The analysis as a named operation: read the dataset, select, compute (no Qt)."""

# pandas and lifelines are imported on the first computation, not when the window opens.

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from hepmeta_desktop.services.permissions import Action, UserLike, require, series_filter

if TYPE_CHECKING:
    from hepmeta_desktop.analysis.options import AnalysisOptions
    from hepmeta_desktop.analysis.run import AnalysisResult, Progress


_gc_lock = threading.Lock()
_gc_holders = 0
_gc_was_enabled = False


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector off for one refresh (then on again, as it was).

    A refresh makes hundreds of thousands of short-lived containers (the rows read, pandas'
    intermediate objects); each of them is freed by its reference count at once, but their
    number alone sets the collector scanning every object of the process over and over,
    a tenth of a refresh at 10,000 patients. Nested and concurrent refreshes share one pause.
    """
    global _gc_holders, _gc_was_enabled
    with _gc_lock:
        if _gc_holders == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_holders += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_holders -= 1
            if _gc_holders == 0 and _gc_was_enabled:
                gc.enable()


class AnalysisService:
    """What the analysis panel, the ``stats`` command and the reports call.

    ``db`` is the lead's :class:`hepmeta_desktop.db.Database` (anything with ``.engine``).
    The last dataset read is kept so that the menus can be filled without a second query;
    ``analyse`` reads the database again unless told not to.

    ``user`` (a :class:`~hepmeta_desktop.services.permissions.CurrentUser` in the window)
    must be allowed to analyse; a surgeon limited to their series gets only the patients
    they operated on, in every result and report built on this service.
    """

    def __init__(self, db: Any, user: UserLike = "system") -> None:
        self._db = db
        self.user = user
        self._dataset = None
        self._lock = threading.Lock()  # the panel's worker thread and the GUI may both ask

    @property
    def db(self):
        """The database analysed (the report dialog writes with the same one)."""
        return self._db

    def dataset(self, reload: bool = False):
        """The analysis dataset this user may see (checked on every call)."""
        from hepmeta_desktop.services.dataset import load_dataset

        require(self.user, Action.ANALYSE)
        with self._lock:
            if reload or self._dataset is None:
                data = load_dataset(self._db.engine)
                own = series_filter(self.user)
                if own is not None:  # same comparison as permissions.require_series
                    mine = data["surgeon"].astype("string").fillna("").str.strip() == own.strip()
                    data = data[mine].reset_index(drop=True)
                self._dataset = data
            return self._dataset

    def analyse(
        self,
        options: AnalysisOptions | None = None,
        progress: Progress | None = None,
        reload: bool = True,
    ) -> AnalysisResult:
        """One refresh: the database is read once, then every result is computed."""
        require(self.user, Action.ANALYSE)
        from hepmeta_desktop.analysis.run import run_analysis

        with cycle_collector_paused():
            return run_analysis(self.dataset(reload), options, progress)

    def surgeons(self) -> list[str]:
        """The surgeons present in the registry (for the filter's menu)."""
        return sorted(str(s) for s in self.dataset()["surgeon"].dropna().unique())
