"""Opening the registry's database: where it lives, connection pragmas, migrations."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, Engine, Integer, Table, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from hepmeta_desktop.errors import CorruptDatabaseError, DatabaseError, Message, SchemaTooNewError

ENV_VAR = "HEPMETA_DB"
APP_NAME = "HepMeta"
DEFAULT_FILE = "hepmeta.db"
BUSY_TIMEOUT_MS = 15000
CONNECT_TIMEOUT_S = 10


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
    #: The open-time check of a SQLite file, when it runs beside the start (see ``open_database``).
    integrity: IntegrityCheck | None = None

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
            if isinstance(exc, sa_exc.OperationalError):
                raise DatabaseError(_operational_message(exc, writing=False)) from exc
            raise

    def ensure_sound(self) -> None:
        """Wait for the open-time check; ``CorruptDatabaseError`` if it found damage."""
        if self.integrity is not None:
            self.integrity.raise_if_damaged()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action's transaction: committed on success, rolled back on any error.

        Held until the open-time check has passed: nothing is ever written to a damaged file.
        """
        self.ensure_sound()
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


def _operational_message(exc: sa_exc.OperationalError, *, writing: bool = True) -> Message:
    text = str(exc.orig).lower() if exc.orig else str(exc).lower()
    server = _server_problem(exc)
    if server is not None:
        if not writing:
            return server
        return Message(
            f"{server.fr} Rien n'a été enregistré ; la saisie est conservée.",
            f"{server.en} Nothing was saved; what you typed is kept.",
        )
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
    if not writing:
        return Message("Erreur de base de données.", "Database error.")
    return Message(
        "Erreur de base de données ; rien n'a été enregistré.",
        "Database error; nothing was saved.",
    )


def _server_problem(exc: sa_exc.DBAPIError, where: str = "") -> Message | None:
    """What went wrong with a database server (PostgreSQL), in plain words; None otherwise.

    Classified by SQLSTATE when the server answered; by libpq's words only for connection
    errors, which have no SQLSTATE (so that, say, a column named password_hash in some
    other error is not mistaken for a refused login).
    """
    orig = exc.orig
    if isinstance(orig, sqlite3.Error):
        return None
    state = getattr(orig, "sqlstate", None) or ""
    words = str(orig or exc).lower() if not state and _is_connection_error(exc) else ""
    at = f" {where}" if where else ""
    if state in ("40001", "40P01"):
        return Message(
            "Un autre poste enregistrait au même moment ; réessayez.",
            "Another PC was saving at the same moment; try again.",
        )
    if state.startswith("28") or any(w in words for w in ("password", "authentication")):
        return Message(
            f"Le serveur{at} a refusé l'identification (utilisateur ou mot de passe ; "
            "voir le fichier .pgpass).",
            f"The server{at} refused the login (user name or password; see the .pgpass file).",
        )
    if state == "3D000" or ("database" in words and "does not exist" in words):
        return Message(
            f"La base demandée n'existe pas sur le serveur{at}.",
            f"The database asked for does not exist on the server{at}.",
        )
    if state == "57P03" or any(w in words for w in _UNREACHABLE):
        return Message(
            f"Serveur de base de données injoignable{at} : vérifiez qu'il est démarré, "
            "l'adresse et le réseau.",
            f"Cannot reach the database server{at}: check that it is running, the address "
            "and the network.",
        )
    if state.startswith(("08", "57P")) or words:
        return Message(
            f"La connexion au serveur de base de données{at} a été perdue.",
            f"The connection to the database server{at} was lost.",
        )
    return None


_UNREACHABLE = ("refused", "resolve host", "translate host", "timeout expired", "no route")


def _is_connection_error(exc: sa_exc.DBAPIError) -> bool:
    # psycopg raises OperationalError (or InterfaceError on a closed connection) for these.
    return isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError) or bool(
        exc.connection_invalidated
    )


def _server_address(url: str) -> str:
    parsed = make_url(url)
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return f"({host}{port}/{parsed.database or ''})"


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
    # READ COMMITTED whatever the server's default: a write that waited on another PC's row
    # lock then reads that PC's committed version and reports the conflict.
    return create_engine(
        url,
        pool_pre_ping=True,
        isolation_level="READ COMMITTED",
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "hepmeta"},
        hide_parameters=True,
    )


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    migrate: bool = True,
    check: bool = True,
    check_aside: bool = False,
) -> Database:
    """Open (and create or upgrade) the registry.

    A new file is created with the current schema; an older schema is backed up beside
    the file and upgraded; a newer one is refused. A SQLite file that fails
    ``PRAGMA quick_check`` is refused with ``CorruptDatabaseError`` (nothing is written
    to it), which names the latest good backup.

    With ``check_aside`` the check runs on a thread while the caller goes on (the window
    is built, the user signs in): reading starts at once, every write waits for the check
    and is refused with ``CorruptDatabaseError`` if it failed (``Database.ensure_sound``
    waits for it explicitly). An upgrade of the schema waits for it too.
    """
    from hepmeta_desktop import migrations

    url = resolve_url(target)
    parsed = make_url(url)
    integrity: IntegrityCheck | None = None
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database)
        if not path.exists() and not create:
            raise DatabaseError(Message(f"Fichier introuvable : {path}", f"File not found: {path}"))
        if path.exists():
            _check_sqlite_header(path)
            if check and check_aside:
                integrity = IntegrityCheck(path)
            elif check:
                _quick_check(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(url)
    db = Database(url, engine, integrity)
    try:
        if migrate:
            migrations.upgrade_if_needed(db)
    except (SchemaTooNewError, CorruptDatabaseError):
        engine.dispose()
        raise
    except sa_exc.DBAPIError as exc:
        engine.dispose()
        db.ensure_sound()  # a damaged file is said as such, with its latest good backup
        where = "" if db.is_sqlite else _server_address(url)
        problem = _server_problem(exc, where)
        if problem is None:
            problem = Message(
                f"Impossible d'ouvrir la base ({exc.orig.__class__.__name__}).",
                f"The database cannot be opened ({exc.orig.__class__.__name__}).",
            )
        raise DatabaseError(problem) from exc
    return db


def sync_id_sequences(
    conn: Connection | Session, tables: Iterable[Table], at_least: Mapping[str, int] | None = None
) -> None:
    """Move PostgreSQL's id sequences past rows inserted with explicit ids.

    Without this, the next ordinary insert would draw id 1 again and fail. ``at_least``
    gives, by table, a next id not to go below (ids of deleted rows still named in the
    audit trail). SQLite needs nothing: its next id is always max(id) + 1.
    """
    dialect = conn.get_bind().dialect if isinstance(conn, Session) else conn.dialect
    if dialect.name != "postgresql":
        return
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        column = keys[0]
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"),
            {"t": _quoted(table), "c": column.name},
        ).scalar()
        if sequence is None:
            continue
        conn.execute(
            text(
                f"SELECT setval(:s, GREATEST(COALESCE((SELECT MAX({_quoted(column)}) "
                f"FROM {_quoted(table)}), 0) + 1, :floor), false)"
            ),
            {"s": sequence, "floor": (at_least or {}).get(table.name, 1)},
        )


def _quoted(item: Table | Column[Any]) -> str:
    # pT, pN, "user": names that PostgreSQL folds or reserves unless quoted
    return '"' + item.name.replace('"', '""') + '"'


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
    problems = _quick_check_problems(path)
    if problems:
        raise _corrupt_error(path, problems)


class IntegrityCheck:
    """``_quick_check`` on a thread of its own (SQLite leaves Python free meanwhile)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._problems: list[str] = []
        self._error: CorruptDatabaseError | None = None
        self._thread = threading.Thread(target=self._run, name="hepmeta-open-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._problems = _quick_check_problems(self.path)
        except Exception as exc:  # any failure to check counts as damage
            self._problems = [f"{exc.__class__.__name__}: {exc}"]

    def done(self) -> bool:
        return not self._thread.is_alive()

    def raise_if_damaged(self) -> None:
        """Wait for the check; raise ``CorruptDatabaseError`` (every time) if it failed."""
        self._thread.join()
        if self._problems and self._error is None:
            self._error = _corrupt_error(self.path, self._problems)
        if self._error is not None:
            raise self._error


def _quick_check_problems(path: Path) -> list[str]:
    """What ``PRAGMA quick_check`` reports wrong with the file (empty when sound)."""
    size = path.stat().st_size
    if size == 0:
        return []
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
        return []  # busy or unreadable for another reason: the normal open reports it
    except sqlite3.DatabaseError as exc:
        rows = [str(exc)]
    return [] if rows == ["ok"] else rows


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
    "sync_id_sequences",
]
