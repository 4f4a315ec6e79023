"""French everywhere: every tr() string is in the .ts and translated, and no window shows
an English source string when the interface is French."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import TODAY, sample_patient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.ui.dialogs import ReasonDialog

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "hepmeta_fr.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.find("translation")
    return out


def untranslated_sources() -> set[str]:
    """English source strings whose French differs (seeing one in French mode is a bug)."""
    out = set()
    for (_, source), translation in messages(TS).items():
        texts = [n.text for n in translation.iter("numerusform")] or [translation.text]
        if all(t and t != source for t in texts):
            out.add(source)
            out.add(source.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return out


def test_every_string_of_the_ts_has_a_finished_french_translation() -> None:
    found = messages(TS)
    assert len(found) > 100
    for key, translation in found.items():
        assert translation is not None, key
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), key
        texts = [n.text for n in translation.iter("numerusform")] or [translation.text]
        assert all(texts), key
    qm = TS.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= TS.stat().st_mtime - 5


def test_the_ts_holds_every_string_of_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "hepmeta_desktop" / "ui").glob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(messages(fresh)) - set(messages(TS))
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)}"


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for labels, buttons, tabs, group titles, headers, placeholders."""
    out: list[tuple[str, str]] = [("title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__}:{w.objectName()}"
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((where, w.placeholderText()))
        if isinstance(w, QTabWidget):
            out += [(where, w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            out += [
                (where, str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount())
            ]
        for action in w.actions():
            out.append((f"action:{action.objectName()}", action.text()))
    return [(where, text) for where, text in out if text]


def test_no_english_string_shows_in_the_french_window(qtbot, make_window, db) -> None:  # type: ignore[no-untyped-def]
    record = PatientService(db, "setup", today=lambda: TODAY).create_patient(sample_patient())
    window = make_window("fr")
    window.open_patient(record.id)
    english = untranslated_sources()
    windows: list[QWidget] = [window]
    window.editor.tabs.setCurrentIndex(3)  # builds the analysis tab (or its placeholder)
    windows += [window.show_shortcuts(), window.show_settings(), window.show_quality()]
    windows += [window.show_audit(), ReasonDialog("?", window)]
    seen = []
    for top in windows:
        qtbot.addWidget(top) if top is not window else None
        seen += visible_texts(top)
    menu_texts = [(a.objectName(), a.text()) for a in window.menuBar().actions()]
    seen += menu_texts
    assert len(seen) > 150
    leaks = [(where, text) for where, text in seen if text in english]
    assert not leaks, f"English strings in the French window: {leaks}"
    # And the French is there: a few anchors a secretary would look for.
    texts = {text for _, text in seen}
    assert {"&Fichier", "Identité", "&Nouvelle patiente", "Motif :"} <= texts


def test_the_english_window_is_in_english(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("en")
    texts = {text for _, text in visible_texts(window)}
    assert {"Identity", "New patient", "Date of birth *"} <= texts
    assert "Identité" not in texts
