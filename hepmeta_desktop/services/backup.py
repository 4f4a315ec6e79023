"""Verified backups of a SQLite registry: online copy, integrity check, rotation, restore."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import CorruptDatabaseError, DatabaseError, Message
from hepmeta_desktop.models import AppSetting, AuditEntry
from hepmeta_desktop.services.audit import write_event
from hepmeta_desktop.services.permissions import Action, UserLike, require, user_name

log = logging.getLogger(__name__)

FOLDER_SETTING = "backup_folder"
STAMP = "%Y%m%d-%H%M%S"
PAGES_PER_STEP = 256
Progress = Callable[[int, int], None]  # (pages copied, pages in all)

NOT_SQLITE = Message(
    "Les sauvegardes intégrées concernent les bases SQLite ; pour PostgreSQL, utilisez "
    "pg_dump sur le serveur.",
    "Built-in backups are for SQLite databases; for PostgreSQL use pg_dump on the server.",
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as the Restore dialog lists it."""

    path: Path
    taken_at: dt.datetime
    size: int
    patients: int | None  # None when the file cannot be read


# ---------------------------------------------------------------------- checks
def check_file(path: Path, *, quick: bool = False) -> list[str]:
    """SQLite's own verdict on a file: [] when sound, else the problems it reports."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        return [] if rows == ["ok"] else rows
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def _patient_count(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM patient").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


# ---------------------------------------------------------------------- where backups go
def default_folder(db_path: Path) -> Path:
    """Beside the database: better than nothing, but the administrator should pick another disk."""
    return db_path.parent / f"{db_path.stem}-backups"


def backup_folder(db: Database) -> Path:
    """The folder the administrator chose (app_setting), else the default one."""
    with db.read() as s:
        chosen = s.scalar(select(AppSetting.value).where(AppSetting.key == FOLDER_SETTING))
    if chosen and chosen.strip():
        return Path(chosen)
    assert db.path is not None
    return default_folder(db.path)


def set_backup_folder(db: Database, folder: Path, user: UserLike) -> None:
    require(user, Action.SETTINGS)
    folder = Path(folder).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    with db.write() as s:
        s.merge(AppSetting(key=FOLDER_SETTING, value=str(folder)))
        write_event(s, user=user_name(user), action="settings", detail="backup folder changed")


def _folder_of_damaged(db_path: Path) -> Path:
    """The chosen folder read straight from a file that may be damaged (default if unreadable)."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT value FROM app_setting WHERE key = ?", (FOLDER_SETTING,)
            ).fetchone()
        finally:
            conn.close()
        if row and row[0].strip():
            return Path(row[0])
    except sqlite3.Error:
        pass
    return default_folder(db_path)


def _name_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}})\.db$")


def _stamped(folder: Path, stem: str) -> list[tuple[dt.datetime, Path]]:
    if not folder.is_dir():
        return []
    pattern = _name_pattern(stem)
    out = []
    for path in folder.iterdir():
        m = pattern.match(path.name)
        if m:
            out.append((dt.datetime.strptime(m.group(1), STAMP), path))
    return sorted(out, reverse=True)


def backup_time(path: Path) -> dt.datetime | None:
    """When a backup was taken, read from its name (``registry-20261126-181043.db``)."""
    m = re.search(r"-(\d{8}-\d{6})\.db$", Path(path).name)
    return dt.datetime.strptime(m.group(1), STAMP) if m else None


def list_backups(folder: Path, stem: str) -> list[BackupInfo]:
    """The backups of one registry in a folder, newest first."""
    return [
        BackupInfo(path, when, path.stat().st_size, _patient_count(path))
        for when, path in _stamped(folder, stem)
    ]


def latest_good_backup(db_path: Path, folder: Path | None = None) -> Path | None:
    """The newest backup that passes integrity_check (None if there is none)."""
    for folder_ in dict.fromkeys([folder or _folder_of_damaged(db_path), default_folder(db_path)]):
        for _, path in _stamped(folder_, db_path.stem):
            if not check_file(path):
                return path
    return None


# ---------------------------------------------------------------------- rotation
def backups_to_keep(
    stamps: Iterable[dt.datetime],
    *,
    last: int = 10,
    daily: int = 7,
    weekly: int = 8,
    monthly: int = 12,
) -> set[dt.datetime]:
    """The backups a rotation keeps: the ``last`` newest, plus the newest of each of the
    latest ``daily`` days, ``weekly`` ISO weeks and ``monthly`` months that have one."""
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[:last])
    periods: list[tuple[int, Callable[[dt.datetime], object]]] = [
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ]
    for count, period in periods:
        seen: set[object] = set()
        for t in ordered:
            key = period(t)
            if key not in seen and len(seen) < count:
                seen.add(key)
                keep.add(t)
    return keep


def rotate(folder: Path, stem: str) -> list[Path]:
    """Delete the backups the rotation does not keep; returns the deleted files."""
    stamped = _stamped(folder, stem)
    keep = backups_to_keep(t for t, _ in stamped)
    deleted = []
    for when, path in stamped:
        if when not in keep:
            path.unlink()
            deleted.append(path)
    return deleted


# ---------------------------------------------------------------------- backing up
def _copy(source: Path, target: Path, progress: Progress | None) -> None:
    """SQLite's online backup API: a consistent copy even while others write."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(str(target))
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress:
                    progress(total - remaining, total)

            src.backup(dest, pages=PAGES_PER_STEP, progress=step)
            # A backup must stand alone in its file, without a -wal beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        src.close()


def _corrupt_source(db_path: Path, problems: list[str], folder: Path) -> CorruptDatabaseError:
    good = latest_good_backup(db_path, folder)
    where = f" ({good.name})" if good else ""
    return CorruptDatabaseError(
        Message(
            "La base est endommagée : elle n'a pas été sauvegardée, pour ne pas remplacer "
            f"une bonne sauvegarde. Restaurez la dernière sauvegarde saine{where}.",
            "The database is damaged: it was not backed up, so as not to replace a good "
            f"backup. Restore the latest sound backup{where}.",
        ),
        backup=good,
        problems=tuple(problems[:20]),
    )


def backup_now(
    db: Database,
    folder: Path | None = None,
    *,
    user: UserLike = "system",
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> BackupInfo:
    """Check the registry, copy it, check the copy, then add it to the rotation."""
    require(user, Action.BACKUP)
    if db.path is None:
        raise DatabaseError(NOT_SQLITE)
    folder = Path(folder) if folder else backup_folder(db)
    started = time.monotonic()
    problems = check_file(db.path)
    if problems:
        log.error("backup refused: the database fails integrity_check")
        raise _corrupt_source(db.path, problems, folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        when = (now or dt.datetime.now()).replace(microsecond=0)
        final = folder / f"{db.path.stem}-{when.strftime(STAMP)}.db"
        while final.exists():
            when += dt.timedelta(seconds=1)
            final = folder / f"{db.path.stem}-{when.strftime(STAMP)}.db"
        partial = folder / f".{final.name}.partial"
        _copy(db.path, partial, progress)
        bad_copy = check_file(partial)
        if bad_copy:
            partial.unlink(missing_ok=True)
            raise DatabaseError(
                Message(
                    "La copie de sauvegarde est défectueuse (disque de destination ?) ; "
                    "elle a été écartée.",
                    "The backup copy is faulty (destination disk?); it was discarded.",
                )
            )
        os.replace(partial, final)
    except OSError as exc:
        raise DatabaseError(
            Message(
                f"Sauvegarde impossible dans {folder} : {exc.strerror or exc}.",
                f"Cannot back up into {folder}: {exc.strerror or exc}.",
            )
        ) from exc
    rotate(folder, db.path.stem)
    log.info("backup written (%.1f s, %d bytes)", time.monotonic() - started, final.stat().st_size)
    return BackupInfo(final, when, final.stat().st_size, _patient_count(final))


def change_marker(db: Database) -> int:
    """Grows with every change saved (the audit trail), not with backups themselves."""
    with db.read() as s:
        return int(
            s.scalar(select(func.max(AuditEntry.id)).where(AuditEntry.action != "backup")) or 0
        )


class BackupScheduler:
    """Backs up at most every ``interval_minutes`` while changes happen, and on closing.

    ``interval_minutes`` defaults to the administrator's setting (30 minutes).
    Qt-free: the window calls ``tick()`` from a timer and ``on_close()`` when it closes.
    """

    def __init__(
        self,
        db: Database,
        interval_minutes: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        from hepmeta_desktop.services.safety_settings import backup_interval_minutes

        self._db = db
        minutes = backup_interval_minutes(db) if interval_minutes is None else interval_minutes
        self.interval = minutes * 60
        self._clock = clock
        self._last_time = clock()
        self._saved_marker = change_marker(db)

    def _changed(self) -> bool:
        return change_marker(self._db) != self._saved_marker

    def tick(self) -> BackupInfo | None:
        if self._clock() - self._last_time < self.interval or not self._changed():
            return None
        return self._run()

    def on_close(self) -> BackupInfo | None:
        if not self._changed() and list_backups(backup_folder(self._db), self._db.path.stem):  # type: ignore[union-attr]
            return None
        return self._run()

    def _run(self) -> BackupInfo:
        marker = change_marker(self._db)
        info = backup_now(self._db)
        self._saved_marker = marker
        self._last_time = self._clock()
        return info
