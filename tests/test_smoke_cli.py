"""The command line as a user runs it: demo, then check, on a real file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def hepmeta(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hepmeta_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_demo_then_check_succeed(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    made = hepmeta("--lang", "en", "--db", str(db), "demo", "--no-gui")
    assert made.returncode == 0, made.stderr
    assert "40 fictional patients" in made.stdout
    checked = hepmeta("--lang", "en", "--db", str(db), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Database sound" in checked.stdout


def test_version_and_help() -> None:
    from hepmeta_desktop import __version__

    assert hepmeta("--version").stdout.strip() == f"hepmeta {__version__}"
    helped = hepmeta("--help")
    assert helped.returncode == 0 and "demo" in helped.stdout and "check" in helped.stdout


def test_error_is_one_line_without_traceback(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not a database")
    result = hepmeta("--lang", "en", "--db", str(bogus), "check")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "is not a HepMeta database" in result.stderr
