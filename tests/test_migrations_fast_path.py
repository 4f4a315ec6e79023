"""Opening an up-to-date registry skips alembic; an older one is still upgraded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hepmeta_desktop import migrations
from hepmeta_desktop.db import open_database


def test_the_head_read_off_the_files_is_alembics_head() -> None:
    assert migrations.head_from_files() == migrations.head_revision()


def test_an_older_schema_is_still_upgraded_and_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = open_database(path, migrate=False)
    migrations.upgrade(db, "0001")
    assert migrations.stored_revision(db) == "0001"
    db.dispose()
    db = open_database(path)
    assert migrations.stored_revision(db) == migrations.head_revision()
    db.dispose()
    assert list(tmp_path.glob("old.before-*.db"))


def test_opening_an_up_to_date_registry_does_not_load_alembic(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    open_database(path).dispose()
    code = (
        "import sys; from hepmeta_desktop.db import open_database; "
        f"open_database({str(path)!r}).dispose(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
