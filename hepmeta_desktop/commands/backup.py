"""``hepmeta backup [DEST]``: a verified copy of the registry into the backup folder (or DEST)."""

from __future__ import annotations

import argparse
from pathlib import Path

from hepmeta_desktop.commands import current_user, open_for, say


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "backup", help="back the database up (checked with integrity_check, then rotated)"
    )
    parser.add_argument(
        "dest", nargs="?", metavar="DEST", help="folder (default: the folder set in the settings)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from hepmeta_desktop.services.audit import AuditService
    from hepmeta_desktop.services.backup import backup_now

    db = open_for(args, create=False)
    try:
        user = current_user(args, db)
        info = backup_now(db, Path(args.dest) if args.dest else None, user=user)
        AuditService(db, user).log_event("backup", f"{info.path.name}, {info.patients} patients")
    finally:
        db.dispose()
    size = f"{info.size / 1e6:.1f}"
    say(
        args,
        f"Sauvegarde vérifiée : {info.path} ({size} Mo, {info.patients} patientes).",
        f"Verified backup: {info.path} ({size} MB, {info.patients} patients).",
    )
    return 0
