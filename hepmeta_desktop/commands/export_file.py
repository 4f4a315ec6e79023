"""``hepmeta export TARGET``: interchange file (.xlsx, CSV folder) or SPSS/Stata dataset."""

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
    from hepmeta_desktop.services.interchange.exporter import FORMATS

    parser = sub.add_parser(
        "export",
        help="export the registry: FILE.xlsx, or a folder for CSV (patients.csv, "
        "followups.csv, dictionary.csv); FILE.sav or FILE.dta: the analysis dataset",
    )
    parser.add_argument("target", metavar="TARGET", help="FILE.xlsx, or a folder for CSV")
    parser.add_argument(
        "--labels",
        choices=("fr", "en"),
        help="write the labels of coded values in this language instead of their codes",
    )
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=sorted(FORMATS),
        help="format (default: from TARGET's extension; a folder means csv)",
    )
    add_output_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from hepmeta_desktop.services.interchange import export_file

    target = Path(args.target)
    db = open_for(args, create=False)
    try:
        if target.suffix.lower() in STAT_SUFFIXES:
            lang = args.output_lang or args.lang
            path = export_statistical(db, target, lang, args.pseudonymise, args.user)
            say(args, f"Fichier écrit : {path}", f"File written: {path}")
            return 0
        result = export_file(
            db,
            target,
            user=args.user,
            labels=args.labels,
            fmt=args.fmt,
            pseudonymise=args.pseudonymise,
        )
    finally:
        db.dispose()
    files = ", ".join(str(f) for f in result.files)
    say(
        args,
        f"{result.patients} patiente(s) et {result.followups} nouvelle(s) exportées : {files}",
        f"{result.patients} patient(s) and {result.followups} news exported: {files}",
    )
    return 0
