"""An installed HepMeta holds every module of the source tree (not only an editable one)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_of_the_source_is_listed_for_installation() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    source = ROOT / "hepmeta_desktop"
    found = {
        ".".join(("hepmeta_desktop", *init.parent.relative_to(source).parts)).rstrip(".")
        for init in source.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set(), "add these packages to [tool.setuptools] packages"
    assert "hepmeta_desktop.resources" in listed
