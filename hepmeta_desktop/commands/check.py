"""``hepmeta check``: database integrity and data-quality rules; exit 1 when anything is wrong."""

from __future__ import annotations

import argparse

from hepmeta_desktop.commands import open_for, say
from hepmeta_desktop.services.quality import (
    database_integrity,
    quality_issues,
    stored_value_issues,
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "check", help="check the database's integrity and the data-quality rules"
    )
    parser.add_argument("--warnings", action="store_true", help="also fail on warnings")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_for(args, create=False)
    try:
        problems = database_integrity(db)
        unreadable = stored_value_issues(db)
        issues = unreadable + quality_issues(db, skip={i.patient_id for i in unreadable})
    finally:
        db.dispose()
    for line in problems:
        print(line)
    failing = [i for i in issues if i.severity == "error" or args.warnings]
    for issue in issues:
        tag = {"error": ("ERREUR", "ERROR"), "warning": ("AVERTISSEMENT", "WARNING")}[
            issue.severity
        ]
        label = tag[0] if args.lang == "fr" else tag[1]
        print(f"{label} {issue.record_number}: {issue.text(args.lang)}")
    if problems or failing:
        say(
            args,
            f"{len(problems) + len(failing)} problème(s) à corriger.",
            f"{len(problems) + len(failing)} problem(s) to fix.",
        )
        return 1
    warnings = len(issues)
    say(
        args,
        f"Base saine ; {warnings} avertissement(s).",
        f"Database sound; {warnings} warning(s).",
    )
    return 0
