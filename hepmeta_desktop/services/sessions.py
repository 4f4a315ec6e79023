"""Who else has the database open (a heartbeat row per running copy), and network shares."""

from __future__ import annotations

import datetime as dt
import os
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select, update

from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import Message
from hepmeta_desktop.models import OpenSession, utcnow

STALE_AFTER = dt.timedelta(minutes=2)
HEARTBEAT_SECONDS = 30  # the window's timer; well inside STALE_AFTER
NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ceph", "glusterfs",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "9p", "ncpfs", "fuse.glusterfs",
}  # fmt: skip
DRIVE_REMOTE = 4


@dataclass(frozen=True)
class SessionInfo:
    """Another running copy of the application on this database."""

    id: int
    host: str
    user_name: str
    pid: int
    started_at: dt.datetime
    heartbeat_at: dt.datetime

    def describe(self) -> Message:
        return Message(
            f"Aussi ouverte sur le poste {self.host} par {self.user_name}.",
            f"Also open on PC {self.host} by {self.user_name}.",
        )


class SessionRegistry:
    """This copy's row in ``app_session``: register at start, heartbeat, unregister at close."""

    def __init__(self, db: Database, now: Callable[[], dt.datetime] = utcnow) -> None:
        self._db = db
        self._now = now
        self.session_id: int | None = None

    def register(self, user_name: str, host: str | None = None, pid: int | None = None) -> int:
        now = self._now()
        with self._db.write() as s:
            # Rows of copies that died without unregistering (power cut) are cleared here.
            s.execute(delete(OpenSession).where(OpenSession.heartbeat_at < now - STALE_AFTER * 5))
            row = OpenSession(
                host=(host or socket.gethostname())[:200],
                user_name=user_name[:100],
                pid=pid if pid is not None else os.getpid(),
                started_at=now,
                heartbeat_at=now,
            )
            s.add(row)
            s.flush()
            self.session_id = row.id
        return self.session_id

    def heartbeat(self) -> None:
        if self.session_id is None:
            return
        with self._db.write() as s:
            s.execute(
                update(OpenSession)
                .where(OpenSession.id == self.session_id)
                .values(heartbeat_at=self._now())
            )

    def list_others(self) -> list[SessionInfo]:
        """The other copies alive (a heartbeat within the last 2 minutes)."""
        since = self._now() - STALE_AFTER
        with self._db.read() as s:
            rows = s.scalars(
                select(OpenSession)
                .where(OpenSession.heartbeat_at >= since, OpenSession.id != (self.session_id or -1))
                .order_by(OpenSession.started_at)
            )
            return [
                SessionInfo(r.id, r.host, r.user_name, r.pid, r.started_at, r.heartbeat_at)
                for r in rows
            ]

    def unregister(self) -> None:
        if self.session_id is None:
            return
        with self._db.write() as s:
            s.execute(delete(OpenSession).where(OpenSession.id == self.session_id))
        self.session_id = None


# ---------------------------------------------------------------------- network shares
def _mount_fstype(path: Path, mounts: str) -> str | None:
    """The file system type of the longest mount point holding ``path`` (/proc/mounts text)."""
    best, fstype = "", None
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, fields[2]
    return fstype


def _windows_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def is_network_path(
    path: str | os.PathLike[str],
    *,
    platform: str | None = None,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> bool:
    platform = platform or sys.platform
    text = str(path)
    if platform.startswith("win"):
        if text.startswith(("\\\\", "//")):
            return True
        drive = text[:2]
        if len(drive) == 2 and drive[1] == ":":
            return (drive_type or _windows_drive_type)(drive + "\\") == DRIVE_REMOTE
        return False
    if platform.startswith("linux"):
        if mounts is None:
            try:
                mounts = Path("/proc/mounts").read_text()
            except OSError:
                return False
        fstype = _mount_fstype(Path(os.path.abspath(text)), mounts)
        return fstype is not None and fstype.lower() in NETWORK_FS
    return False


def network_share_warning(path: str | os.PathLike[str] | None, **kwargs: object) -> Message | None:
    """A warning when a SQLite registry lives on a network share (SQLite advises against it)."""
    if path is None or not is_network_path(path, **kwargs):  # type: ignore[arg-type]
        return None
    return Message(
        "Cette base est sur un partage réseau. SQLite n'y est pas fiable quand plusieurs "
        "postes écrivent (verrous mal gérés, risque de corruption). Placez le fichier sur "
        "un disque local, ou utilisez une base PostgreSQL pour travailler à plusieurs postes.",
        "This database is on a network share. SQLite is not reliable there when several PCs "
        "write (broken locking, risk of corruption). Keep the file on a local disk, or use a "
        "PostgreSQL database to work from several PCs.",
    )
