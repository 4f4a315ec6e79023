"""The core never imports Qt: checked by import-linter and, independently, by reading the code."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "hepmeta_desktop"
CORE = [
    *(PACKAGE / sub for sub in ("models", "services", "analysis", "export")),
    PACKAGE / "db.py",
    PACKAGE / "dictionary.py",
    PACKAGE / "derived.py",
]
FORBIDDEN = ("PySide6", "pyqtgraph", "hepmeta_desktop.ui", "shiboken6")


def _lint_imports() -> list[str] | None:
    found = shutil.which("lint-imports") or shutil.which(
        "lint-imports", path=str(Path(sys.executable).parent)
    )
    return [found] if found else None


def test_import_linter_contract_is_kept() -> None:
    command = _lint_imports()
    if command is None:
        pytest.skip("import-linter is not installed (the AST check below still runs)")
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def _imported_modules(source: str, package: tuple[str, ...]) -> list[tuple[int, str]]:
    """(line, module) of every import in ``source``, relative ones resolved in ``package``."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            out.append((node.lineno, ".".join([*base, node.module or ""]).strip(".")))
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            out.append((node.lineno, str(node.args[0].value)))
    return out


def _core_files() -> list[Path]:
    files: list[Path] = []
    for target in CORE:
        files += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    return files


def test_no_core_module_imports_qt() -> None:
    files = _core_files()
    assert len(files) > 10  # the scan does look at the core
    offenders = []
    for path in files:
        package = path.relative_to(ROOT).with_suffix("").parts[:-1]
        for line, name in _imported_modules(path.read_text(encoding="utf-8"), package):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN):
                offenders.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert offenders == []


def test_the_scan_would_catch_a_qt_import() -> None:
    source = (
        "from PySide6.QtCore import QObject\n"
        "import pyqtgraph as pg\n"
        "def f():\n    import PySide6.QtWidgets\n"
        "importlib.import_module('pyqtgraph')\n"
        "from ..ui import main_window\n"
        "from . import audit\n"
    )
    names = sorted(n for _, n in _imported_modules(source, ("hepmeta_desktop", "services")))
    assert names == sorted(
        [
            "PySide6.QtCore",
            "pyqtgraph",
            "PySide6.QtWidgets",
            "pyqtgraph",
            "hepmeta_desktop.ui",
            "hepmeta_desktop.services",
        ]
    )
