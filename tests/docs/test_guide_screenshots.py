"""The user guides' screenshots come from the current code; every image they show exists.

``HEPMETA_UPDATE_GUIDE_IMAGES=1 pytest tests/docs`` rewrites docs/img/<lang>/*.png.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from guide_shots import SHOTS, use_language

DOCS = Path(__file__).resolve().parents[2] / "docs"
LANGS = ("fr", "en")
UPDATE = os.environ.get("HEPMETA_UPDATE_GUIDE_IMAGES") == "1"
_IMAGE = re.compile(r"!\[[^\]]*\]\((img/[^)\s]+)\)")

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def referenced(lang: str) -> list[str]:
    return _IMAGE.findall((DOCS / f"guide_{lang}.md").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HEPMETA_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("HEPMETA_DB", raising=False)


@pytest.mark.parametrize("lang", LANGS)
def test_every_image_a_guide_shows_exists_and_is_made_here(lang: str) -> None:
    images = referenced(lang)
    assert images, f"guide_{lang}.md shows no screenshot"
    for image in images:
        folder, _, name = image.removeprefix("img/").partition("/")
        assert folder == lang, f"{image}: guide_{lang}.md shows another language's image"
        assert name.removesuffix(".png") in SHOTS, f"{image} is not made by guide_shots.py"
        if not UPDATE:  # (when updating, the test below writes them)
            assert (DOCS / image).is_file(), (
                f"{image} missing: run with HEPMETA_UPDATE_GUIDE_IMAGES=1"
            )


def test_both_guides_show_the_same_screens() -> None:
    names = {lang: {i.split("/")[-1] for i in referenced(lang)} for lang in LANGS}
    assert names["fr"] == names["en"]
    assert names["fr"] == {f"{name}.png" for name in SHOTS}, "a screenshot no guide shows"


@pytest.mark.slow  # about 15 s a language: a demo registry and the window per screen
@pytest.mark.parametrize("lang", LANGS)
def test_screenshots_are_made_from_the_real_widgets(qtbot, tmp_path: Path, lang: str) -> None:
    use_language(lang)
    try:
        for name, make in SHOTS.items():
            folder = tmp_path / name
            folder.mkdir()
            widget = make(qtbot, folder, lang)
            image = widget.grab().toImage()
            assert not image.isNull() and image.width() >= 300 and image.height() >= 120, name
            if UPDATE:
                target = DOCS / "img" / lang / f"{name}.png"
                target.parent.mkdir(parents=True, exist_ok=True)
                assert image.save(str(target)), target
            widget.close()
    finally:
        use_language("en")
