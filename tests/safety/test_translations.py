"""The safety dialogs' French: every tr() string is in safety_fr.ts, translated and compiled."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "safety_fr.ts"
SOURCES = [
    ROOT / "hepmeta_desktop" / "ui" / f"{m}.py"
    for m in ("login", "idle_lock", "backup_dialogs", "sessions_indicator")
]


def _messages(path: Path) -> dict[tuple[str, str], ET.Element | None]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            out[(context.findtext("name") or "", message.findtext("source") or "")] = message.find(
                "translation"
            )
    return out


def test_every_string_is_translated_and_current(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *map(str, SOURCES), "-ts", str(fresh)], check=True, capture_output=True
    )
    assert set(_messages(fresh)) <= set(_messages(TS))
    for key, translation in _messages(TS).items():
        assert translation is not None and translation.get("type") is None, key
        texts = [n.text for n in translation.iter("numerusform")] or [translation.text]
        assert all(texts), key
    assert TS.with_suffix(".qm").stat().st_mtime >= TS.stat().st_mtime - 5
