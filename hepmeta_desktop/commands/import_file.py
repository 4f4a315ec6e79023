"""``hepmeta import FILE``: bring in an interchange file (.xlsx, or patients.csv + followups.csv)."""

from __future__ import annotations

import argparse

from hepmeta_desktop.commands import open_for, say

SHOWN = 200  # lines printed; the report file holds them all


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import",
        help="import an interchange file (.xlsx with sheets patients and followups, "
        "or patients.csv with followups.csv beside it, or their folder)",
        description="All or nothing: a file with errors is reported row by row and nothing "
        "is written, unless --valid-only is given. Exit status: 0 when written, 1 when refused.",
    )
    parser.add_argument("file", metavar="FILE", help=".xlsx workbook, patients.csv, or a folder")
    parser.add_argument(
        "--valid-only",
        action="store_true",
        help="import the valid rows and write a report of the others (a patient whose row "
        "has errors is left out with all its news; news with errors are left out alone)",
    )
    parser.add_argument(
        "--update",
        action="store_true",
        help="a record number already in the database updates that patient "
        "(audit reason 'import'; news are paired by date; nothing is deleted)",
    )
    parser.add_argument(
        "--report",
        metavar="REPORT",
        help="where to write the report of problems (.csv or .xlsx; default with --valid-only: "
        "beside FILE)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from hepmeta_desktop.services.interchange import import_file

    db = open_for(args)
    try:
        result = import_file(
            db,
            args.file,
            user=args.user,
            update=args.update,
            valid_only=args.valid_only,
            report=args.report,
            lang=args.lang,
        )
    finally:
        db.dispose()
    for problem in result.problems[:SHOWN]:
        print(problem.line(args.lang))
    hidden = len(result.problems) - SHOWN
    if hidden > 0:
        say(args, f"… et {hidden} autre(s) problème(s).", f"… and {hidden} more problem(s).")
    print(result.summary().text(args.lang))
    if result.report_path is not None:
        say(args, f"Rapport : {result.report_path}", f"Report: {result.report_path}")
    return 0 if result.written else 1
