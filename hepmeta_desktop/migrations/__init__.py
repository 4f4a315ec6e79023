"""Alembic migrations of the registry's schema, run when a database is opened."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect

from hepmeta_desktop.errors import DatabaseError, Message, SchemaTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

    from hepmeta_desktop.db import Database

HERE = Path(__file__).parent
_REVISION_LINE = re.compile(r"^(down_)?revision\s*(?::[^=]*)?=\s*['\"]?([\w-]*)['\"]?", re.M)


@cache
def head_from_files() -> str | None:
    """The head revision read off the version files (no alembic import: a fast start)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (HERE / "versions").glob("*.py"):
        for down, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            if value and value != "None":
                (parents if down else revisions).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revision(db: Database) -> str | None:
    """The schema version written in the database (None when there is none yet)."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@contextmanager
def schema_change(db: Database) -> Iterator[Connection]:
    """A connection in one transaction for changing the schema.

    On SQLite, foreign keys are switched off for the duration: Alembic's batch mode
    rebuilds a table by copying it and dropping the original, and with foreign keys on
    that DROP would cascade-delete every child row (a patient's news). The keys are
    checked before the commit (no new broken link) and switched back on afterwards.
    """
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        raw = conn.connection.driver_connection if sqlite else None
        if raw is not None:
            # Outside any transaction, or SQLite ignores the pragma.
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                # Links already broken (by hand) are for `hepmeta check` to report; only
                # links the change itself would break stop it.
                before = _broken_links(conn) if sqlite else 0
                yield conn
                if sqlite and _broken_links(conn) > before:
                    raise DatabaseError(
                        Message(
                            "La mise à jour du schéma casserait des liens entre tables ; "
                            "rien n'a été modifié.",
                            "The schema upgrade would break links between tables; "
                            "nothing was changed.",
                        )
                    )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def _broken_links(conn: Connection) -> int:
    return len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())


def upgrade(db: Database, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction."""
    from alembic import command

    cfg = alembic_config()
    with schema_change(db) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def upgrade_if_needed(db: Database) -> None:
    """Bring the schema to the current version; back an older SQLite file up first."""
    head = head_from_files()
    if head is not None and stored_revision(db) == head:
        return  # the usual case: up to date, no need to load alembic
    db.ensure_sound()  # never back up or upgrade a damaged file
    from alembic.script import ScriptDirectory

    from hepmeta_desktop.db import backup_sqlite_file

    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(db)
    head = script.get_current_head()
    if current == head:
        return
    if current is None and db.is_sqlite and _has_tables(db):
        # Someone else's SQLite file: never write our tables into it.
        name = db.path.name if db.path else db.display_name
        raise DatabaseError(
            Message(
                f"{name} n'est pas une base HepMeta (base SQLite d'une autre application).",
                f"{name} is not a HepMeta database (another application's SQLite file).",
            )
        )
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise SchemaTooNewError(
                Message(
                    "Cette base a été créée par une version plus récente de HepMeta "
                    f"(schéma {current}). Mettez l'application à jour pour l'ouvrir.",
                    "This database was made by a newer version of HepMeta "
                    f"(schema {current}). Update the application to open it.",
                )
            ) from None
        if db.path is not None and db.path.exists():
            backup_sqlite_file(db.path, f"before-{head}")
    upgrade(db)


def _has_tables(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(inspect(conn).get_table_names())
