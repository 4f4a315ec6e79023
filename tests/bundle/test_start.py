"""Starting the window as the shortcut does: the smoke-exit timer, and errors said in a box."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hepmeta_desktop.db import open_database
from hepmeta_desktop.services.users import UserService


def start(tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HEPMETA_STATE_DIR": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "HEPMETA_SMOKE_EXIT_MS": "1500",
        "PYTHONPATH": os.pathsep.join(sys.path),
        **extra,
    }
    for name in ("HEPMETA_DB", "HEPMETA_USER", "HEPMETA_PASSWORD"):
        if name not in extra:
            env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "hepmeta_desktop", "--lang", "en", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_window_shows_then_closes_itself(tmp_path: Path) -> None:
    db = open_database(tmp_path / "registry.db")
    UserService(db).create_first_admin("ines", "long enough secret")
    db.dispose()
    out = start(
        tmp_path,
        "--db",
        str(tmp_path / "registry.db"),
        HEPMETA_USER="ines",
        HEPMETA_PASSWORD="long enough secret",
    )
    assert out.returncode == 0, out.stderr
    assert "smoke: window shown: HepMeta — registry.db" in out.stdout


def test_a_registry_without_accounts_asks_for_its_administrator_first(tmp_path: Path) -> None:
    open_database(tmp_path / "registry.db").dispose()
    out = start(tmp_path, "--db", str(tmp_path / "registry.db"))
    assert out.returncode == 3
    assert "dialog open: HepMeta — First start" in out.stdout


def test_a_wrong_password_in_the_environment_leaves_the_sign_in_to_the_dialog(
    tmp_path: Path,
) -> None:
    db = open_database(tmp_path / "registry.db")
    UserService(db).create_first_admin("ines", "long enough secret")
    db.dispose()
    out = start(
        tmp_path, "--db", str(tmp_path / "registry.db"), HEPMETA_USER="ines", HEPMETA_PASSWORD="no"
    )
    assert out.returncode == 3
    assert "smoke: no main window; dialog open" in out.stdout


def test_a_registry_that_cannot_open_is_said_in_a_box(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database")
    out = start(tmp_path, "--db", str(bogus))
    # The box is open when the timer fires: nobody in a windowed program reads stderr.
    assert out.returncode == 3
    assert "smoke: no main window; dialog open: HepMeta" in out.stdout


def test_without_any_registry_the_first_start_dialog_opens(tmp_path: Path) -> None:
    out = start(tmp_path)
    assert out.returncode == 3
    assert "dialog open: HepMeta Desktop — first start" in out.stdout
    assert not (tmp_path / "data" / "HepMeta" / "hepmeta.db").exists()
