"""``hepmeta report FILE.docx|FILE.xlsx``: the report of a selected cohort, for Word or Excel."""

from __future__ import annotations

import argparse
from pathlib import Path

from hepmeta_desktop.commands import open_for, say
from hepmeta_desktop.commands.stats import add_filter_arguments, options_from
from hepmeta_desktop.errors import Message, ValidationError

REPORT_SUFFIXES = (".docx", ".xlsx")


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    """Language and pseudonymisation of a written file (shared with ``export``)."""
    # Its own dest: a sub-command default must not hide the global --lang.
    parser.add_argument("--lang", dest="output_lang", choices=("fr", "en"),
                        help="language of the document (default: the messages' language)")  # fmt: skip
    parser.add_argument("--pseudonymise", "--pseudonymize", action="store_true",
                        help="no names, phone, notes or birth dates; record numbers replaced by "
                             "keyed pseudonyms; dates as days from the liver surgery")  # fmt: skip


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("report", help="write the report of a cohort (.docx or .xlsx)")
    parser.add_argument("file", metavar="FILE.docx|FILE.xlsx", type=Path)
    add_output_arguments(parser)
    parser.add_argument("--raw", action="store_true",
                        help="Excel: add the raw data sheets (interchange layout)")  # fmt: skip
    add_filter_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from hepmeta_desktop.services.report_service import ExportRequest, ReportService
    from hepmeta_desktop.ui.figure_bridge import survival_figures

    if args.file.suffix.lower() not in REPORT_SUFFIXES:
        raise ValidationError({"file": Message(
            "Le rapport s'écrit en .docx (Word) ou .xlsx (Excel).",
            "A report is written as .docx (Word) or .xlsx (Excel).")})  # fmt: skip
    lang = args.output_lang or args.lang
    request = ExportRequest(args.file, lang, args.pseudonymise, args.raw, options_from(args))
    db = open_for(args, create=False)
    try:
        path = ReportService(db, args.user, figures=survival_figures).export(request)
    finally:
        db.dispose()
    say(args, f"Rapport écrit : {path}", f"Report written: {path}")
    return 0
