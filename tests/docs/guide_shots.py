"""The guide's screenshots: each made from the real widgets, on a real registry, by name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from hepmeta_desktop.ui import first_run, i18n

#: What a ward PC shows in the path fields (the test's own temporary folders would not help).
WINDOWS_DATA = r"C:\Users\secretariat\AppData\Local\HepMeta"
Shot = Callable[..., QWidget]
SHOTS: dict[str, Shot] = {}


def shot(name: str) -> Callable[[Shot], Shot]:
    def register(make: Shot) -> Shot:
        SHOTS[name] = make
        return make

    return register


def use_language(lang: str) -> None:
    """Install the interface's translators, as the application does at start."""
    try:
        from hepmeta_desktop.ui import i18n
    except ImportError:  # the translations arrive with the main window
        return
    i18n.install(lang)


def _wizard(qtbot, lang: str) -> first_run.FirstRunWizard:  # type: ignore[no-untyped-def]
    actions = first_run.FirstRunActions(create_admin=lambda db, name, password: name)
    wizard = first_run.FirstRunWizard(i18n.settings(), actions, lang=lang)
    qtbot.addWidget(wizard)
    wizard.resize(620, 440)
    wizard.show()
    return wizard


@shot("first_start_choice")
def first_start_choice(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, lang)
    wizard.choice_page.path.setText(WINDOWS_DATA + r"\hepmeta.db")
    return wizard


@shot("first_start_admin")
def first_start_admin(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, lang)
    wizard.choice_page.path.setText(str(tmp_path / "registry.db"))
    wizard.next()
    assert wizard.currentId() == wizard.ADMIN
    wizard.admin_page.name.setText("secretariat")
    wizard.admin_page.password.setText("a password")
    wizard.admin_page.confirm.setText("a password")
    return wizard


@shot("first_start_backup")
def first_start_backup(qtbot, tmp_path: Path, lang: str) -> QWidget:  # type: ignore[no-untyped-def]
    wizard = first_start_admin(qtbot, tmp_path, lang)
    wizard.next()
    assert wizard.currentId() == wizard.BACKUP
    wizard.backup_page.folder.setText(r"\\serveur-chu\chirurgie\HepMeta\sauvegardes")
    QApplication.processEvents()
    return wizard
