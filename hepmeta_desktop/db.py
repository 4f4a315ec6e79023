"""Opening the registry's database: where it lives, connection pragmas, migrations."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from hepmeta_desktop.errors import CorruptDatabaseError, DatabaseError, Message, SchemaTooNewError

ENV_VAR = "HEPMETA_DB"
APP_NAME = "HepMeta"
DEFAULT_FILE = "hepmeta.db"
BUSY_TIMEOUT_MS = 15000


def default_database_path() -> Path:
    """The registry file in the user's data folder (platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE


def resolve_url(target: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL from ``--db`` (a path or a URL), ``$HEPMETA_DB``, or the default."""
    chosen = str(target) if target else os.environ.get(ENV_VAR) or str(default_database_path())
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy emit BEGIN itself, so that writes can use BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        # A write takes the lock at once: no deadlock between two readers upgrading later.
        immediate = conn.get_execution_options().get("hepmeta_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@dataclass
class Database:
    """An open registry: the engine and the two kinds of session (read, write)."""

    url: str
    engine: Engine

    def __post_init__(self) -> None:
        write_engine = self.engine.execution_options(hepmeta_write=True)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(write_engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The file of a SQLite registry (None for a server database)."""
        if not self.is_sqlite or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    @property
    def display_name(self) -> str:
        """A name for the title bar: the file name, or the server database without password."""
        if self.path is not None:
            return self.path.name
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        try:
            with self._read() as session:
                try:
                    yield session
                finally:
                    session.rollback()
        except sa_exc.DatabaseError as exc:
            if _is_corruption(exc):
                raise _corrupt_error(self.path, [str(exc.orig)]) from exc
            raise

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action's transaction: committed on success, rolled back on any error."""
        try:
            with self._write.begin() as session:
                yield session
        except sa_exc.OperationalError as exc:
            raise DatabaseError(_operational_message(exc)) from exc
        except sa_exc.DatabaseError as exc:
            if _is_corruption(exc):
                raise _corrupt_error(self.path, [str(exc.orig)]) from exc
            raise

    def dispose(self) -> None:
        self.engine.dispose()


def _is_corruption(exc: sa_exc.DatabaseError) -> bool:
    text = str(exc.orig).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _operational_message(exc: sa_exc.OperationalError) -> Message:
    text = str(exc.orig).lower() if exc.orig else str(exc).lower()
    if "locked" in text or "busy" in text:
        return Message(
            "La base est occupée par un autre poste ; réessayez dans un instant. "
            "Rien n'a été enregistré.",
            "The database is busy on another PC; try again in a moment. Nothing was saved.",
        )
    if "full" in text or "i/o" in text or "disk" in text:
        return Message(
            "Erreur d'écriture sur le disque (plein ou défaillant). Rien n'a été enregistré ; "
            "la saisie est conservée.",
            "The disk could not be written (full or failing). Nothing was saved; "
            "what you typed is kept.",
        )
    if "readonly" in text or "read-only" in text:
        return Message(
            "La base est en lecture seule. Rien n'a été enregistré.",
            "The database is read-only. Nothing was saved.",
        )
    return Message(
        "Erreur de base de données ; rien n'a été enregistré.",
        "Database error; nothing was saved.",
    )


def create_db_engine(url: str) -> Engine:
    """An engine with the registry's connection settings for its dialect."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        # hide_parameters: an error or a log line must never carry a patient's values.
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
        )
        _install_sqlite_pragmas(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    migrate: bool = True,
    check: bool = True,
) -> Database:
    """Open (and create or upgrade) the registry.

    A new file is created with the current schema; an older schema is backed up beside
    the file and upgraded; a newer one is refused. A SQLite file that fails
    ``PRAGMA quick_check`` is refused with ``CorruptDatabaseError`` (nothing is written
    to it), which names the latest good backup.
    """
    from hepmeta_desktop import migrations

    url = resolve_url(target)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database)
        if not path.exists() and not create:
            raise DatabaseError(Message(f"Fichier introuvable : {path}", f"File not found: {path}"))
        if path.exists():
            _check_sqlite_header(path)
            if check:
                _quick_check(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(url)
    db = Database(url, engine)
    try:
        if migrate:
            migrations.upgrade_if_needed(db)
    except SchemaTooNewError:
        engine.dispose()
        raise
    except sa_exc.DBAPIError as exc:
        engine.dispose()
        raise DatabaseError(
            Message(
                f"Impossible d'ouvrir la base ({exc.orig.__class__.__name__}).",
                f"The database cannot be opened ({exc.orig.__class__.__name__}).",
            )
        ) from exc
    return db


def _check_sqlite_header(path: Path) -> None:
    """Refuse, in plain words, a file that is not a SQLite database at all."""
    if path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseError(
            Message(
                f"{path.name} n'est pas une base HepMeta (fichier d'un autre type ou endommagé).",
                f"{path.name} is not a HepMeta database (another kind of file, or damaged).",
            )
        )


#: Below this size (a department's registry: a few MB) the whole file is checked at open.
#: Above it, the append-only audit trail (9/10 of a 100,000-patient file) is left to the
#: full integrity_check that every backup runs, so that opening stays under a second.
FULL_CHECK_BELOW = 64 * 1024 * 1024
LARGE_TABLES_CHECKED_AT_BACKUP = ("audit_log",)


def _quick_check(path: Path) -> None:
    """Refuse a damaged file before anything writes to it (quick_check: no index cross-check)."""
    size = path.stat().st_size
    if size == 0:
        return
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            if size < FULL_CHECK_BELOW:
                rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            else:
                tables = [
                    r[0]
                    for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                    if r[0] not in LARGE_TABLES_CHECKED_AT_BACKUP
                ]
                rows = []
                for table in tables:
                    quoted = table.replace('"', '""')
                    rows += [r[0] for r in conn.execute(f'PRAGMA quick_check("{quoted}")')]
                rows = [r for r in rows if r != "ok"] or ["ok"]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return  # busy or unreadable for another reason: the normal open reports it
    except sqlite3.DatabaseError as exc:
        rows = [str(exc)]
    if rows != ["ok"]:
        raise _corrupt_error(path, rows)


def _corrupt_error(path: Path | None, problems: list[str]) -> CorruptDatabaseError:
    good = None
    if path is not None:
        from hepmeta_desktop.services.backup import latest_good_backup

        good = latest_good_backup(path)
    name = path.name if path else "?"
    if good is not None:
        offer_fr = f"La dernière sauvegarde saine est {good.name} ({good.parent}) : restaurez-la."
        offer_en = f"The latest sound backup is {good.name} ({good.parent}): restore it."
    else:
        offer_fr = "Aucune sauvegarde saine n'a été trouvée : appelez le service informatique."
        offer_en = "No sound backup was found: call the IT department."
    return CorruptDatabaseError(
        Message(
            f"La base {name} est endommagée (contrôle d'intégrité SQLite en échec). Pour ne "
            f"rien aggraver, aucune modification n'y sera enregistrée. {offer_fr}",
            f"The database {name} is damaged (SQLite integrity check failed). So as not to "
            f"make it worse, no change will be saved to it. {offer_en}",
        ),
        backup=good,
        problems=tuple(problems[:20]),
    )


def backup_sqlite_file(path: Path, suffix: str) -> Path:
    """Copy a SQLite registry consistently (online backup API) beside itself."""
    target = path.with_name(f"{path.stem}.{suffix}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.{suffix}-{n}{path.suffix}")
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


__all__ = [
    "Database",
    "open_database",
    "resolve_url",
    "default_database_path",
    "create_db_engine",
    "backup_sqlite_file",
]
