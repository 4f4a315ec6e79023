"""Fixtures of the window tests: a private state folder, scripted answers, the real window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY  # tests/conftest.py (tests/ is on sys.path)

from hepmeta_desktop.ui.dialogs import CANCEL, Prompter


class ScriptedPrompter(Prompter):
    """Answers the window's questions from a script and records what was asked.

    Only the questions are scripted: the window, the services and the database are real.
    """

    def __init__(self) -> None:
        self.answers: dict[str, list[Any]] = {}
        self.asked: list[tuple[str, str]] = []

    def answer(self, question: str, *values: Any) -> None:
        self.answers.setdefault(question, []).extend(values)

    def _next(self, question: str, text: str, default: Any) -> Any:
        self.asked.append((question, text))
        queue = self.answers.get(question) or []
        return queue.pop(0) if queue else default

    def unsaved_changes(self, parent):  # type: ignore[no-untyped-def, override]
        return self._next("unsaved", "", CANCEL)

    def reason(self, parent, what):  # type: ignore[no-untyped-def, override]
        return self._next("reason", what, None)

    def possible_duplicate(self, parent, text):  # type: ignore[no-untyped-def, override]
        return self._next("duplicate", text, False)

    def existing_record(self, parent, text):  # type: ignore[no-untyped-def, override]
        return self._next("existing", text, False)

    def restore_draft(self, parent, text):  # type: ignore[no-untyped-def, override]
        return self._next("restore", text, False)

    def error(self, parent, title, text):  # type: ignore[no-untyped-def, override]
        self.asked.append(("error", text))

    def info(self, parent, title, text):  # type: ignore[no-untyped-def, override]
        self.asked.append(("info", text))

    def questions(self) -> list[str]:
        return [q for q, _ in self.asked]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns about a window feature it lacks; that is not our warning.
    for item in items:
        if "/ui/" in str(item.fspath):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and drafts of the window go to a folder of the test, not the user's."""
    folder = tmp_path / "state"
    monkeypatch.setenv("HEPMETA_STATE_DIR", str(folder))
    return folder


@pytest.fixture
def db(sqlite_db):  # type: ignore[no-untyped-def]
    """The window tests run on SQLite only: the window opens ``db_path`` and reaches the
    database through the services alone, which run on both back-ends elsewhere."""
    return sqlite_db


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def make_window(qtbot, db_path: Path, prompter: ScriptedPrompter) -> Iterator[Callable[..., Any]]:  # type: ignore[no-untyped-def]
    """Build the real main window on the test's database (``lang`` 'fr' by default)."""
    from hepmeta_desktop.app import create_main_window

    built = []

    def make(lang: str = "fr", show: bool = True, user: str = "secretaire") -> Any:
        window = create_main_window(
            str(db_path), lang=lang, user=user, prompter=prompter, today=lambda: TODAY
        )
        qtbot.addWidget(window)
        built.append(window)
        if show:
            window.show()
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        return window

    yield make
    for window in built:
        window.editor.drafts.clear()
        window.db.dispose()
