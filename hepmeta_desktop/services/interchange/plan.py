"""What an import will do, row by row: the records to write and the problems found."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hepmeta_desktop.errors import Message
from hepmeta_desktop.services.interchange.layout import ERROR, Problem
from hepmeta_desktop.services.records import FollowupRecord


@dataclass
class StoredPatient:
    """A patient already in the database whose record number the file holds (for --update)."""

    id: int
    version: int
    values: dict[str, Any]
    news: list[FollowupRecord]


@dataclass
class NewsRow:
    """One row of the ``followups`` sheet."""

    row: int
    raw: dict[str, Any]
    cells: dict[str, Any]
    cleaned: dict[str, Any] | None = None
    match: FollowupRecord | None = None  # the stored news it updates


@dataclass
class PatientRow:
    """One row of the ``patients`` sheet, with its news."""

    row: int
    record_number: str | None
    raw: dict[str, Any]
    cells: dict[str, Any]
    news: list[NewsRow] = field(default_factory=list)
    stored: StoredPatient | None = None
    cleaned: dict[str, Any] | None = None
    ok: bool = False

    def good_news(self) -> list[NewsRow]:
        return [n for n in self.news if n.cleaned is not None]


@dataclass
class ImportPlan:
    patients: list[PatientRow]
    problems: list[Problem]
    news_rows: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]


@dataclass
class ImportResult:
    """What an import did (``written``) or would have done, and every problem found."""

    source: Path
    written: bool
    problems: list[Problem]
    patients_created: int = 0
    patients_updated: int = 0
    news_created: int = 0
    news_updated: int = 0
    patients_rejected: int = 0
    news_rejected: int = 0
    report_path: Path | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    def summary(self) -> Message:
        if not self.written:
            n = len(self.errors)
            return Message(
                f"Import refusé : {n} erreur(s) ; rien n'a été enregistré.",
                f"Import refused: {n} error(s); nothing was saved.",
            )
        fr = (
            f"{self.patients_created} patiente(s) créée(s), {self.patients_updated} mise(s) à "
            f"jour ; {self.news_created} nouvelle(s) ajoutée(s), {self.news_updated} modifiée(s)"
        )
        en = (
            f"{self.patients_created} patient(s) created, {self.patients_updated} updated; "
            f"{self.news_created} news added, {self.news_updated} changed"
        )
        if self.patients_rejected or self.news_rejected:
            fr += (
                f" ; non importées : {self.patients_rejected} patiente(s), "
                f"{self.news_rejected} ligne(s) de nouvelles"
            )
            en += (
                f"; not imported: {self.patients_rejected} patient(s), "
                f"{self.news_rejected} news row(s)"
            )
        return Message(fr + ".", en + ".")
