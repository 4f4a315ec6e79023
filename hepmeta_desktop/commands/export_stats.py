"""The analysis dataset as SPSS (.sav) or Stata (.dta) files: ``hepmeta export FILE.sav``."""

from __future__ import annotations

from pathlib import Path

from hepmeta_desktop.errors import Message, ValidationError

STAT_SUFFIXES = (".sav", ".dta")


def export_statistical(db, path: Path, lang: str, pseudonymise: bool, user: str) -> Path:
    """Write the analysis dataset as .sav or .dta, and record the export in the trail."""
    from hepmeta_desktop.services.report_service import ExportRequest, ReportService

    if Path(path).suffix.lower() not in STAT_SUFFIXES:
        raise ValidationError({"file": Message(
            "Fichier statistique attendu : .sav (SPSS) ou .dta (Stata).",
            "Expected a statistical file: .sav (SPSS) or .dta (Stata).")})  # fmt: skip
    return ReportService(db, user).export(ExportRequest(Path(path), lang, pseudonymise))
