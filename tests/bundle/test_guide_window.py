"""Help > User guide: the guide of the interface's language, offline, with every image."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

from hepmeta_desktop.ui.guide import GuideWindow, guide_path, headings, open_user_guide

# The offscreen platform cannot raise windows nor pass size hints; it says so as warnings.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.mark.parametrize(
    ("lang", "section"), [("fr", "Saisir une patiente"), ("en", "Entering a patient")]
)
def test_the_guide_shows_its_sections_and_images(qtbot, lang: str, section: str) -> None:
    window = GuideWindow(lang)
    qtbot.addWidget(window)
    assert window.path == guide_path(lang) and window.path.name == f"guide_{lang}.md"
    titles = [window.contents.item(i).text().strip() for i in range(window.contents.count())]
    assert section in titles
    images = window.image_names()
    assert len(images) >= 3
    for name in images:
        assert name.startswith(f"img/{lang}/")
        # Resolved against the guide's own folder, and loaded: nothing needs the network.
        url = window.browser.source().resolved(QUrl(name))
        assert Path(url.toLocalFile()).is_file(), name
        data = window.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, url)
        assert data, name


def test_contents_and_search_move_through_the_guide(qtbot) -> None:
    window = GuideWindow("en")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    titles = [window.contents.item(i).text().strip() for i in range(window.contents.count())]
    window.browser.setFocus()
    window.contents.setCurrentRow(titles.index("Backing up and restoring"))
    assert window.browser.textCursor().block().text() == "Backing up and restoring"
    assert window.browser.verticalScrollBar().value() > 0
    assert QApplication.focusWidget() is window.browser
    qtbot.keyClick(window.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    qtbot.keyClicks(window.search, "pseudonymise")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.browser.textCursor().selectedText().lower() == "pseudonymise"


def test_one_guide_window_per_main_window(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    first = open_user_guide(parent, "fr")
    assert open_user_guide(parent, "fr") is first
    first.close()
    assert open_user_guide(parent, "fr") is not first


def test_headings_ignore_code_blocks() -> None:
    text = "# Title\n## One\n```\n## not a title\n```\n### Two\n"
    assert headings(text) == [(2, "One"), (3, "Two")]
