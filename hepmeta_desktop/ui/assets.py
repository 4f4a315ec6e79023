"""Files shipped beside the code (icons, user guides), found in the source tree or the bundle."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon

# Sizes of the PNG icons that packaging/make_icons.py writes (and QIcon offers the system).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _roots() -> list[Path]:
    """Where resources/ and docs/ may live: the PyInstaller folder, else the source tree."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle))
    roots.append(Path(__file__).resolve().parents[2])
    return roots


def resource_file(*parts: str) -> Path | None:
    """A file of ``resources/`` (source tree or bundle first, then the installed package)."""
    for root in _roots():
        for base in (root / "resources", root / "hepmeta_desktop" / "resources"):
            candidate = base.joinpath(*parts)
            if candidate.exists():
                return candidate
    try:
        packaged = resources.files("hepmeta_desktop.resources").joinpath(*parts)
        if packaged.is_file():
            return Path(str(packaged))
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    return None


def docs_folder() -> Path | None:
    """The folder of the user guides (``docs/``, with their ``img/``)."""
    for root in _roots():
        if (root / "docs" / "guide_en.md").exists():
            return root / "docs"
    return None


def app_icon() -> QIcon:
    """The application's icon at every size (the PNGs, with the SVG as a last resort)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_file("icons", f"hepmeta-{size}.png")
        if path is not None:
            icon.addFile(str(path))
    if icon.isNull():
        svg = resource_file("icons", "hepmeta.svg")
        if svg is not None:
            icon.addFile(str(svg))
    return icon
