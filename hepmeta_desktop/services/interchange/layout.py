"""The interchange file's layout (sheets, columns), its problems, and progress reporting."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Protocol

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.errors import HepmetaError, Message

PATIENTS, FOLLOWUPS, DICTIONARY = "patients", "followups", "dictionary"
ERROR, WARNING = "error", "warning"

#: Stages reported to the progress object (the window translates them).
READ, CHECK, WRITE = "read", "check", "write"


@cache
def patient_columns() -> tuple[dd.Variable, ...]:
    """Columns of the ``patients`` sheet, in the order of the paper file."""
    return dd.patient_variables()


@cache
def followup_columns() -> tuple[dd.Variable, ...]:
    """Columns of the ``followups`` sheet: the record number link, then the news."""
    return dd.followup_variables(include_link=True)


def sheet_columns(sheet: str) -> tuple[dd.Variable, ...]:
    return patient_columns() if sheet == PATIENTS else followup_columns()


@dataclass(frozen=True)
class Problem:
    """One line of the import report: where (sheet, row as Excel numbers it, column) and why."""

    sheet: str
    row: int
    column: str
    message: Message
    value: str = ""
    severity: str = ERROR

    def text(self, lang: str = "fr") -> str:
        return self.message.text(lang)

    def line(self, lang: str = "fr") -> str:
        """The problem as one line of text, e.g. for the command line."""
        if lang == "fr":
            where = f"{self.sheet}, ligne {self.row}"
            where += f", colonne « {self.column} »" if self.column else ""
            return f"{where} : {self.text(lang)}"
        where = f"{self.sheet}, row {self.row}" + (
            f", column '{self.column}'" if self.column else ""
        )
        return f"{where}: {self.text(lang)}"


class Progress(Protocol):
    """What the core tells the window (or the terminal) while it works."""

    def report(self, stage: str, done: int, total: int) -> None: ...

    def cancelled(self) -> bool: ...


class NullProgress:
    """No one is watching: never cancelled."""

    def report(self, stage: str, done: int, total: int) -> None:
        pass

    def cancelled(self) -> bool:
        return False


class Cancelled(HepmetaError):
    """The user cancelled: the transaction was rolled back, nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            Message("Annulé : rien n'a été enregistré.", "Cancelled: nothing was saved.")
        )


def check_cancel(progress: Progress) -> None:
    if progress.cancelled():
        raise Cancelled()


class InterchangeFileError(HepmetaError):
    """The file cannot be read as an interchange file at all (wrong kind, missing sheet)."""
