"""The application's log: a rotating file in the user's log folder, with no patient data in it.

What may be logged: record ids, counts, durations, error classes, field names. What must
never be: names, phones, birth dates, notes, passwords, or any typed value. The code logs
ids only; two guards catch what slips through: SQLAlchemy's ``hide_parameters`` (set in
``db``) keeps the values out of database errors, and :class:`SafeFormatter` writes an
exception as its class, its field names (for a ValidationError) and its traceback lines,
never its message, since a message may quote what was typed.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

APP_NAME = "HepMeta"
LOG_FILE = "hepmeta.log"
ENV_VAR = "HEPMETA_LOG_DIR"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def default_log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(os.environ.get(ENV_VAR) or user_log_dir(APP_NAME, appauthor=False))


def describe_exception(exc: BaseException) -> str:
    """An exception as it may be logged: its class and, for a refused form, the fields."""
    from hepmeta_desktop.errors import ValidationError

    text = type(exc).__name__
    if isinstance(exc, ValidationError):
        text += " fields=" + ",".join(sorted(exc.errors))
    return text


class SafeFormatter(logging.Formatter):
    """Writes exceptions without their message (which may quote typed values)."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full exception text on the record: never
        # reuse it, always format the exception our way.
        cached, record.exc_text = record.exc_text, None
        try:
            text = super().format(record)
        finally:
            record.exc_text = cached
        return text

    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def,override]  # noqa: N802
        _type, exc, tb = ei
        frames = "".join(traceback.format_tb(tb)) if tb else ""
        return f"Traceback (values withheld):\n{frames}{describe_exception(exc)}"


def setup_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the application's log to a rotating file (1 MB × 5); returns the file's path."""
    folder = Path(log_dir) if log_dir else default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "hepmeta", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.hepmeta = True  # type: ignore[attr-defined]
    handler.setFormatter(SafeFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    # SQLAlchemy would log statements and their values at INFO: keep it to warnings.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    sys.excepthook = _log_uncaught
    return path


def _log_uncaught(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    logging.getLogger("hepmeta").error("uncaught exception", exc_info=(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)
