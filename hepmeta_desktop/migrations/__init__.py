"""Alembic migrations of the registry's schema, run when a database is opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from hepmeta_desktop.errors import Message, SchemaTooNewError

if TYPE_CHECKING:
    from hepmeta_desktop.db import Database

HERE = Path(__file__).parent


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction."""
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def upgrade_if_needed(db: Database) -> None:
    """Bring the schema to the current version; back an older SQLite file up first."""
    from hepmeta_desktop.db import backup_sqlite_file

    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(db)
    head = script.get_current_head()
    if current == head:
        return
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
