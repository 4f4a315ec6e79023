"""``hepmeta export TARGET``: write the registry as an interchange file (.xlsx or CSV folder)."""

from __future__ import annotations

import argparse
from pathlib import Path

from hepmeta_desktop.commands import open_for, say


def register(sub: argparse._SubParsersAction) -> None:
    from hepmeta_desktop.services.interchange.exporter import FORMATS

    parser = sub.add_parser(
        "export",
        help="export the registry: FILE.xlsx, or a folder for CSV (patients.csv, "
        "followups.csv, dictionary.csv)",
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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from hepmeta_desktop.services.interchange import export_file

    db = open_for(args, create=False)
    try:
        result = export_file(
            db, Path(args.target), user=args.user, labels=args.labels, fmt=args.fmt
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
