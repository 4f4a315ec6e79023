"""Putting a verified backup back in place of the registry (the replaced file is kept aside)."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from sqlalchemy import delete

from hepmeta_desktop.errors import DatabaseError, Message
from hepmeta_desktop.services.backup import STAMP, _copy, check_file
from hepmeta_desktop.services.permissions import Action, UserLike, require, user_name

log = logging.getLogger(__name__)


def _others_open(db_path: Path) -> list[str]:
    """Who else has this file open right now (best effort: the file may be damaged)."""
    from hepmeta_desktop.db import open_database
    from hepmeta_desktop.services.sessions import SessionRegistry

    try:
        db = open_database(db_path, create=False, migrate=False, check=False)
    except Exception:  # a damaged file has no trustworthy session list
        return []
    try:
        return [o.describe().en for o in SessionRegistry(db).list_others()]
    except Exception:
        return []
    finally:
        db.dispose()


def restore_backup(
    db_path: Path,
    backup: Path,
    *,
    user: UserLike = "system",
    force: bool = False,
    now: dt.datetime | None = None,
) -> Path:
    """Replace the registry at ``db_path`` by ``backup``; returns where the old file was put.

    Refuses a backup that fails integrity_check, and (unless ``force``) a registry that
    another copy of the application has open. The replaced file and its -wal are renamed
    together, so even uncheckpointed changes stay readable in the set-aside copy.
    """
    require(user, Action.RESTORE)
    db_path, backup = Path(db_path), Path(backup)
    problems = check_file(backup)
    if problems:
        raise DatabaseError(
            Message(
                f"Sauvegarde refusée : {backup.name} est endommagée. Choisissez-en une autre.",
                f"Backup refused: {backup.name} is damaged. Choose another one.",
            )
        )
    others = [] if force else _others_open(db_path)
    if others:
        raise DatabaseError(
            Message(
                "Fermez d'abord HepMeta sur les autres postes : " + "; ".join(others),
                "First close HepMeta on the other PCs: " + "; ".join(others),
            )
        )
    stamp = (now or dt.datetime.now()).strftime(STAMP)
    aside = db_path.with_name(f"{db_path.stem}.replaced-{stamp}{db_path.suffix}")
    incoming = db_path.with_name(f".{db_path.name}.restoring")
    _copy(backup, incoming, None)
    if db_path.exists():
        os.replace(db_path, aside)
        for ext in ("-wal", "-journal"):
            side = Path(f"{db_path}{ext}")
            if side.exists():
                os.replace(side, Path(f"{aside}{ext}"))
    # A stale -shm (or -wal) left beside the new file would be applied to the wrong data.
    for ext in ("-wal", "-shm", "-journal"):
        Path(f"{db_path}{ext}").unlink(missing_ok=True)
    os.replace(incoming, db_path)
    _record(db_path, backup, aside, user_name(user))
    log.info("backup restored; replaced database kept aside")
    return aside


def _record(db_path: Path, backup: Path, aside: Path, who: str) -> None:
    from hepmeta_desktop.db import open_database
    from hepmeta_desktop.models import OpenSession
    from hepmeta_desktop.services.audit import write_event

    db = open_database(db_path)  # also brings an older backup up to the current schema
    try:
        with db.write() as s:
            s.execute(delete(OpenSession))  # the copies open when the backup was taken
            write_event(
                s, user=who, action="restore", detail=f"from {backup.name}; old file {aside.name}"
            )
    finally:
        db.dispose()
