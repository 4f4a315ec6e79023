"""``hepmeta export-stats FILE.sav|FILE.dta``: the analysis dataset for SPSS or Stata.

The interchange branch owns ``hepmeta export``; when it is merged, its ``run`` can hand
``.sav`` and ``.dta`` files to :func:`export_statistical` (dispatch by extension).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hepmeta_desktop.commands import open_for, say
from hepmeta_desktop.commands.report import add_output_arguments
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


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export-stats", help="write the analysis dataset for SPSS (.sav) or Stata (.dta)"
    )
    parser.add_argument("file", metavar="FILE.sav|FILE.dta", type=Path)
    add_output_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_for(args, create=False)
    try:
        path = export_statistical(db, args.file, args.output_lang or args.lang,
                                  args.pseudonymise, args.user)  # fmt: skip
    finally:
        db.dispose()
    say(args, f"Fichier écrit : {path}", f"File written: {path}")
    return 0
