"""``hepmeta restore BACKUP``: put a verified backup back (the replaced file is kept aside)."""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from hepmeta_desktop.commands import current_user, open_for, say
from hepmeta_desktop.db import open_database, resolve_url
from hepmeta_desktop.errors import CorruptDatabaseError, DatabaseError, Message


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("restore", help="replace the database by a backup")
    parser.add_argument("backup", metavar="BACKUP", help="backup file to restore")
    parser.add_argument(
        "--force", action="store_true", help="even if HepMeta looks open on another PC"
    )
    parser.set_defaults(func=run)


def _user(args: argparse.Namespace, target: Path, backup: Path):  # type: ignore[no-untyped-def]
    """Sign in on the registry; when it is missing or too damaged to open, on a copy of
    the backup (whose accounts are the ones that will be in force after the restore)."""
    try:
        if not target.exists():
            raise CorruptDatabaseError(Message("", ""))
        db = open_for(args, create=False)
    except CorruptDatabaseError:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "accounts.db"
            shutil.copyfile(backup, copy)
            db = open_database(copy)
            try:
                return current_user(args, db)
            finally:
                db.dispose()
    try:
        return current_user(args, db)
    finally:
        db.dispose()


def run(args: argparse.Namespace) -> int:
    from hepmeta_desktop.services.restore import restore_backup

    backup = Path(args.backup).expanduser().resolve()
    if not backup.is_file():
        raise DatabaseError(Message(f"Fichier introuvable : {backup}", f"File not found: {backup}"))
    url = resolve_url(args.db)
    if not url.startswith("sqlite:///"):
        raise DatabaseError(
            Message(
                "La restauration intégrée concerne les bases SQLite.",
                "Built-in restore is for SQLite databases.",
            )
        )
    target = Path(url.removeprefix("sqlite:///"))
    user = _user(args, target, backup)
    aside = restore_backup(target, backup, user=user, force=args.force)
    say(
        args,
        f"Sauvegarde {backup.name} restaurée dans {target}. L'ancienne base est gardée : {aside}",
        f"Backup {backup.name} restored into {target}. The old database is kept: {aside}",
    )
    return 0
