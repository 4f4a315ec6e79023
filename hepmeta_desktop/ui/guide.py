"""Help > User guide: the guide of the interface's language, rendered offline with its images."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop.ui.assets import docs_folder

_HEADING = re.compile(r"^(#{2,3})\s+(.+?)\s*$")


def guide_path(lang: str) -> Path | None:
    """``docs/guide_<lang>.md`` (English when the language has no guide)."""
    folder = docs_folder()
    if folder is None:
        return None
    for name in (f"guide_{lang}.md", "guide_en.md"):
        if (folder / name).is_file():
            return folder / name
    return None


def headings(markdown: str) -> list[tuple[int, str]]:
    """The guide's sections (level 2 and 3 titles), in order, outside code blocks."""
    found: list[tuple[int, str]] = []
    in_code = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        match = None if in_code else _HEADING.match(line)
        if match:
            found.append((len(match.group(1)), match.group(2)))
    return found


class GuideWindow(QDialog):
    """The guide beside its table of contents, with a search field (Ctrl+F)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_window")
        self.setWindowTitle(self.tr("HepMeta — user guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1100, 760)
        self.path = guide_path(lang)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_text")
        self.browser.setOpenExternalLinks(True)
        self.contents = QListWidget()
        self.contents.setObjectName("guide_contents")
        self.search = QLineEdit()
        self.search.setObjectName("guide_search")
        self.search.setPlaceholderText(self.tr("Search the guide (Ctrl+F, then Enter)"))
        self.search.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 840])
        top = QHBoxLayout()
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._load()
        self.contents.currentRowChanged.connect(self._go_to_section)
        # The text has the focus: arrows and Page Down read on at once.
        self.browser.setFocus()

    def _load(self) -> None:
        if self.path is None:
            self.browser.setPlainText(self.tr("The user guide is not installed with this copy."))
            return
        # Loaded as a file URL, so that the images' relative paths (img/...) resolve offline.
        self.browser.setSource(
            QUrl.fromLocalFile(str(self.path)), QTextDocument.ResourceType.MarkdownResource
        )
        text = self.path.read_text(encoding="utf-8")
        for level, title in headings(text):
            self.contents.addItem(("    " if level == 3 else "") + title)

    def image_names(self) -> list[str]:
        """The image paths the rendered guide refers to."""
        names: list[str] = []
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    names.append(fmt.toImageFormat().name())
                it += 1
            block = block.next()
        return names

    def _go_to_section(self, row: int) -> None:
        if row < 0:
            return
        title = self.contents.item(row).text().strip()
        cursor = self.browser.document().find(title)
        if cursor.isNull():
            return
        # Put the section's title at the top of the view, not merely somewhere visible.
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())
        cursor.clearSelection()
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def find_next(self) -> bool:
        """Select the next occurrence of the searched words (from the top once at the end)."""
        words = self.search.text().strip()
        if not words:
            return False
        if self.browser.find(words):
            return True
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        return self.browser.find(words)


def open_user_guide(parent: QWidget | None, lang: str) -> GuideWindow:
    """Show the guide (one window per parent, brought to the front when open already)."""
    existing = getattr(parent, "_guide_window", None)
    if isinstance(existing, GuideWindow) and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    window = GuideWindow(lang, parent)
    if parent is not None:
        parent._guide_window = window  # type: ignore[attr-defined]
    window.show()
    return window
