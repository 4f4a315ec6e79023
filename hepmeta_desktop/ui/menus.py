"""The menus and shortcuts of the main window (File, Edit, Tools, Help)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from hepmeta_desktop.ui.main_window import MainWindow


def build_menus(w: MainWindow) -> dict[str, QAction]:
    """Create the menu bar of ``w``; returns its actions by name (tests trigger them)."""
    from hepmeta_desktop.ui import main_window as mw

    actions: dict[str, QAction] = {}
    bar = w.menuBar()

    def add(menu, name, text, slot, shortcut=None):  # type: ignore[no-untyped-def]
        action = QAction(text, w)
        action.setObjectName(f"action_{name}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        actions[name] = action
        return action

    tr = QCoreApplication.translate
    file_menu = bar.addMenu(tr("Menus", "&File"))
    add(
        file_menu,
        "new_patient",
        tr("Menus", "&New patient"),
        w.new_patient,
        QKeySequence.StandardKey.New,
    )
    add(file_menu, "save", tr("Menus", "&Save"), w.editor.save, QKeySequence.StandardKey.Save)
    add(file_menu, "new_news", tr("Menus", "New ne&ws"), w.new_news, "Ctrl+Shift+N")
    file_menu.addSeparator()
    add(
        file_menu, "new_database", tr("Menus", "New &database…"), lambda: w.open_database_file(True)
    )
    add(
        file_menu,
        "open_database",
        tr("Menus", "&Open a database…"),
        w.open_database_file,
        QKeySequence.StandardKey.Open,
    )
    file_menu.addSeparator()
    add(
        file_menu,
        "import",
        tr("Menus", "&Import…"),
        lambda: w.open_optional_dialog(mw.IMPORT_DIALOG, tr("Menus", "Import")),
    )
    add(
        file_menu,
        "export",
        tr("Menus", "&Export…"),
        lambda: w.open_optional_dialog(mw.EXPORT_DIALOG, tr("Menus", "Export")),
    )
    file_menu.addSeparator()
    add(
        file_menu,
        "backup",
        tr("Menus", "&Back up now"),
        lambda: w.open_optional_dialog(mw.BACKUP_DIALOG, tr("Menus", "Back up")),
    )
    add(
        file_menu,
        "restore",
        tr("Menus", "&Restore…"),
        lambda: w.open_optional_dialog(mw.RESTORE_DIALOG, tr("Menus", "Restore")),
    )
    file_menu.addSeparator()
    add(file_menu, "quit", tr("Menus", "&Quit"), w.close, QKeySequence.StandardKey.Quit)

    edit_menu = bar.addMenu(tr("Menus", "&Edit"))
    undo = w.editor.undo_group.createUndoAction(w, tr("Menus", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setObjectName("action_undo")
    redo = w.editor.undo_group.createRedoAction(w, tr("Menus", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence.StandardKey.Redo])
    redo.setObjectName("action_redo")
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    actions["undo"], actions["redo"] = undo, redo
    edit_menu.addSeparator()
    add(
        edit_menu,
        "search",
        tr("Menus", "&Find a patient"),
        w.focus_search,
        QKeySequence.StandardKey.Find,
    )
    edit_menu.addSeparator()
    add(edit_menu, "delete_patient", tr("Menus", "&Delete this patient…"), w.editor.delete_patient)

    view_menu = bar.addMenu(tr("Menus", "&View"))
    tabs = w.editor.tabs
    for i, text in enumerate(
        (
            tr("Menus", "Patient"),
            tr("Menus", "Metastases and surgery"),
            tr("Menus", "Follow-up"),
            tr("Menus", "Analysis"),
        )
    ):
        add(view_menu, f"tab_{i}", text, lambda i=i: tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")

    tools_menu = bar.addMenu(tr("Menus", "&Tools"))
    add(tools_menu, "quality", tr("Menus", "Data &quality…"), w.show_quality)
    add(tools_menu, "audit", tr("Menus", "&Audit trail of this patient…"), w.show_audit)
    tools_menu.addSeparator()
    add(tools_menu, "settings", tr("Menus", "&Settings (language)…"), w.show_settings)

    help_menu = bar.addMenu(tr("Menus", "&Help"))
    add(help_menu, "shortcuts", tr("Menus", "&Keyboard shortcuts"), w.show_shortcuts, "F1")
    add(help_menu, "about", tr("Menus", "&About HepMeta"), w.show_about)
    return actions
