"""The menus and shortcuts of the main window (File, Edit, Tools, Help)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from hepmeta_desktop.ui.main_window import MainWindow


def build_menus(w: MainWindow) -> dict[str, QAction]:
    """Create the menu bar of ``w``; returns its actions by name (tests trigger them)."""
    from hepmeta_desktop.ui import window_actions

    actions: dict[str, QAction] = {}
    bar = w.menuBar()

    def act(name: str):  # type: ignore[no-untyped-def]
        """A slot running ``window_actions.<name>(w)`` (each checks the user's role first)."""
        return lambda: getattr(window_actions, name)(w)

    def add(menu, name, text, slot, shortcut=None):  # type: ignore[no-untyped-def]
        action = QAction(text, w)
        action.setObjectName(f"action_{name}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        actions[name] = action
        return action

    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    add(
        file_menu,
        "new_patient",
        QCoreApplication.translate("Menus", "&New patient"),
        w.new_patient,
        QKeySequence.StandardKey.New,
    )
    add(
        file_menu,
        "save",
        QCoreApplication.translate("Menus", "&Save"),
        w.editor.save,
        QKeySequence.StandardKey.Save,
    )
    add(
        file_menu,
        "new_news",
        QCoreApplication.translate("Menus", "New ne&ws"),
        w.new_news,
        "Ctrl+Shift+N",
    )
    file_menu.addSeparator()
    add(
        file_menu,
        "new_database",
        QCoreApplication.translate("Menus", "New &database…"),
        lambda: w.open_database_file(True),
    )
    add(
        file_menu,
        "open_database",
        QCoreApplication.translate("Menus", "&Open a database…"),
        w.open_database_file,
        QKeySequence.StandardKey.Open,
    )
    file_menu.addSeparator()
    add(file_menu, "import", QCoreApplication.translate("Menus", "&Import…"), act("import_data"))
    add(file_menu, "export", QCoreApplication.translate("Menus", "&Export…"), act("export_data"))
    add(
        file_menu,
        "export_report",
        QCoreApplication.translate("Menus", "Export a re&port…"),
        act("export_report"),
    )
    file_menu.addSeparator()
    add(
        file_menu,
        "backup",
        QCoreApplication.translate("Menus", "&Back up now…"),
        act("back_up_now"),
    )
    add(file_menu, "restore", QCoreApplication.translate("Menus", "&Restore…"), act("restore"))
    file_menu.addSeparator()
    add(
        file_menu,
        "quit",
        QCoreApplication.translate("Menus", "&Quit"),
        w.close,
        QKeySequence.StandardKey.Quit,
    )

    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    undo = w.editor.undo_group.createUndoAction(w, QCoreApplication.translate("Menus", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setObjectName("action_undo")
    redo = w.editor.undo_group.createRedoAction(w, QCoreApplication.translate("Menus", "&Redo"))
    # Ctrl+Y as well as the platform's redo keys, each once (a duplicate would be ambiguous).
    keys = {k.toString(): k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)}
    keys.setdefault("Ctrl+Y", QKeySequence("Ctrl+Y"))
    redo.setShortcuts(list(keys.values()))
    redo.setObjectName("action_redo")
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    actions["undo"], actions["redo"] = undo, redo
    edit_menu.addSeparator()
    add(
        edit_menu,
        "search",
        QCoreApplication.translate("Menus", "&Find a patient"),
        w.focus_search,
        QKeySequence.StandardKey.Find,
    )
    edit_menu.addSeparator()
    add(
        edit_menu,
        "delete_patient",
        QCoreApplication.translate("Menus", "&Delete this patient…"),
        w.editor.delete_patient,
    )

    view_menu = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
    tabs = w.editor.tabs
    for i, text in enumerate(
        (
            QCoreApplication.translate("Menus", "Patient"),
            QCoreApplication.translate("Menus", "Metastases and surgery"),
            QCoreApplication.translate("Menus", "Follow-up"),
            QCoreApplication.translate("Menus", "Analysis"),
        )
    ):
        add(view_menu, f"tab_{i}", text, lambda i=i: tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")

    tools_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Tools"))
    add(
        tools_menu, "quality", QCoreApplication.translate("Menus", "Data &quality…"), w.show_quality
    )
    add(
        tools_menu,
        "audit",
        QCoreApplication.translate("Menus", "&Audit trail of this patient…"),
        w.show_audit,
    )
    tools_menu.addSeparator()
    add(tools_menu, "users", QCoreApplication.translate("Menus", "&Users…"), act("manage_users"))
    add(
        tools_menu,
        "settings",
        QCoreApplication.translate("Menus", "&Settings…"),
        w.show_settings,
    )

    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    add(
        help_menu,
        "shortcuts",
        QCoreApplication.translate("Menus", "&Keyboard shortcuts"),
        w.show_shortcuts,
        "F1",
    )
    add(help_menu, "guide", QCoreApplication.translate("Menus", "&User guide"), w.show_guide)
    add(help_menu, "about", QCoreApplication.translate("Menus", "&About HepMeta"), w.show_about)
    return actions
