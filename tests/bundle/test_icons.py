"""The application icon: every PNG size, a Windows .ico holding them all, set on the window."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from hepmeta_desktop.ui.assets import ICON_SIZES, app_icon, resource_file

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def test_the_svg_and_each_png_size_are_there(qapp) -> None:  # type: ignore[no-untyped-def]
    assert QSvgRenderer(str(ICONS / "hepmeta.svg")).isValid()
    for size in ICON_SIZES:
        image = QImage(str(ICONS / f"hepmeta-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert set(ICON_SIZES) <= sizes
    assert resource_file("icons", "hepmeta.ico") == ICONS / "hepmeta.ico"


def test_the_windows_icon_holds_every_size_as_png(qapp) -> None:  # type: ignore[no-untyped-def]
    data = (ICONS / "hepmeta.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(ICON_SIZES))
    found = []
    for i in range(count):
        w, h, _, _, _, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        image = QImage.fromData(data[offset : offset + length], "PNG")
        assert image.width() == (w or 256) == image.height() == (h or 256) and bits == 32
        found.append(image.width())
    assert sorted(found) == sorted(ICON_SIZES)


def test_the_application_and_its_windows_carry_the_icon(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from hepmeta_desktop.app import create_main_window, ensure_application

    monkeypatch.setenv("HEPMETA_STATE_DIR", str(tmp_path / "state"))
    app = ensure_application()
    window = create_main_window(str(tmp_path / "registry.db"), lang="en", user="t")
    try:
        assert not app.windowIcon().isNull()  # type: ignore[attr-defined]
        assert {s.width() for s in window.windowIcon().availableSizes()} >= {16, 32, 256}
        assert window.windowTitle() == "HepMeta — registry.db"
    finally:
        window.db.dispose()
        window.deleteLater()
