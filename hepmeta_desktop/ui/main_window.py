"""The data-entry window: the patient list on the left, the patient's tabs on the right.

A thin wiring class: the list, the editor and the menus are built elsewhere; this class
connects them and opens the dialogs of the menus.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QSplitter, QWidget

from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import CorruptDatabaseError
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.services.permissions import UserLike
from hepmeta_desktop.ui import i18n
from hepmeta_desktop.ui.dialogs import Prompter
from hepmeta_desktop.ui.drafts import DraftStore
from hepmeta_desktop.ui.patient_editor import TAB_FOLLOWUP, PatientEditor
from hepmeta_desktop.ui.patient_list import ListLoader, PatientListPanel, summary_of

if TYPE_CHECKING:  # the Help and Tools windows are imported when first opened
    from hepmeta_desktop.ui.about import AboutDialog
    from hepmeta_desktop.ui.guide import GuideWindow
    from hepmeta_desktop.ui.tool_dialogs import (
        AdminSettings,
        AuditDialog,
        QualityDialog,
        SettingsDialog,
        ShortcutsDialog,
    )

#: Windows opened from File → Open (kept referenced so Python does not collect them).
_OPEN_WINDOWS: list[QMainWindow] = []

#: Rows shown at once at start; a longer list loads the rest in a thread.
FIRST_ROWS = 300
#: The rest of a long list is read this long after the window is built: the thread that
#: reads it would otherwise compete with the window's first paint.
LIST_LOAD_DELAY_MS = 50
#: How often the window looks whether the file's open-time check has finished.
INTEGRITY_POLL_MS = 100

#: Dialogs built on other branches, opened if present: (module, class).
IMPORT_DIALOG = ("hepmeta_desktop.ui.interchange_dialogs", "ImportDialog")
EXPORT_DIALOG = ("hepmeta_desktop.ui.interchange_dialogs", "ExportDialog")

#: A quiet look: framed sections with a coloured title, like the paper file's boxes.
STYLE = """
QGroupBox { border: 1px solid #c9d3dc; border-radius: 5px; margin-top: 16px;
            background: #fbfcfd; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left; left: 10px;
                   padding: 0 4px; color: #1d4e79; font-weight: bold; }
QTabWidget::pane { border: 1px solid #c9d3dc; top: -1px; }
QTableView { gridline-color: #e3e8ec; selection-background-color: #2f6fa8; }
QHeaderView::section { background: #eef2f5; border: none; border-right: 1px solid #d5dde3;
                       border-bottom: 1px solid #c9d3dc; padding: 3px 4px; font-weight: 600; }
"""


def optional_class(module: str, name: str) -> type | None:
    """A class from a module that may not be installed yet (None when missing)."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


class MainWindow(QMainWindow):
    """Wires the patient list, the patient editor, the menus and the dialogs together."""

    def __init__(
        self,
        db: Database,
        user: UserLike,
        lang: str,
        prompter: Prompter | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        drafts: DraftStore | None = None,
    ) -> None:
        super().__init__()
        self.db, self.user, self.lang = db, user, lang
        self.prompter = prompter or Prompter()
        self.safety: QObject | None = None  # SafetyGuard, attached after sign-in
        self._make_safety: Callable[[], QObject] | None = None
        #: Opens another registry (or this one again) through sign-in; set by ui.startup.
        self.reopen: Callable[..., object] | None = None
        self.drafts = drafts or DraftStore(db.url)
        self.setObjectName("main_window")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("HepMeta — {0}").format(db.display_name))
        self.list_panel = PatientListPanel(lang)
        self.editor = PatientEditor(
            db, user, lang, self.prompter, self.drafts, today, self._build_analysis_panel
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([455, 911])
        self.setCentralWidget(splitter)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        from hepmeta_desktop.ui.menus import build_menus
        from hepmeta_desktop.ui.window_actions import apply_role

        self.actions_by_name: dict[str, QAction] = build_menus(self)
        apply_role(self)
        self.list_panel.patient_chosen.connect(self.open_patient)
        self.editor.saved.connect(self._on_saved)
        self.editor.deleted.connect(self._on_deleted)
        self.editor.open_requested.connect(self.open_patient)
        self.resize(1366, 768)
        self.refresh_list()
        self.editor.pform.form.focus_field("record_number")
        self._watch_integrity()

    def _watch_integrity(self) -> None:
        """The file's open-time check may still run: say at once if it finds damage."""
        check = self.db.integrity
        if check is None:
            return
        if not check.done():
            if not hasattr(self, "_integrity_timer"):
                self._integrity_timer = QTimer(self)  # stops with the window
                self._integrity_timer.setSingleShot(True)
                self._integrity_timer.setInterval(INTEGRITY_POLL_MS)
                self._integrity_timer.timeout.connect(self._watch_integrity)
            self._integrity_timer.start()
            return
        try:
            self.db.ensure_sound()
        except CorruptDatabaseError as exc:
            self.damage = exc
            what_now = self.tr(
                "Nothing can be saved in this window. An administrator puts the backup back "
                "with File → Restore…"
            )
            self.editor.show_banner(f"{exc.text(self.lang)}\n{what_now}", error=True)

    # ------------------------------------------------------------------ list
    def refresh_list(self) -> None:
        """Show the first screenful at once; a long list loads the rest in a thread."""
        service = PatientService(self.db, self.user)
        rows = service.list_patients(limit=FIRST_ROWS)
        self.list_panel.model.set_rows(rows, presorted=True)
        if len(rows) < FIRST_ROWS:
            return
        self._changed_while_loading: list[tuple[str, object]] = []
        self.loader = ListLoader(service.list_patients, self)
        self.loader.loaded.connect(self._on_list_loaded)
        self.loader.failed.connect(self._on_list_failed)
        self.list_panel.set_loading(service.count())
        self.loader.start(delay_ms=LIST_LOAD_DELAY_MS)  # once the window has painted

    def _on_list_loaded(self, rows: list) -> None:
        model = self.list_panel.model
        model.set_rows(rows, presorted=True)
        for kind, item in self._changed_while_loading:  # saves made meanwhile win
            model.upsert(item) if kind == "upsert" else model.remove(item)  # type: ignore[arg-type]
        self._changed_while_loading = []
        self.list_panel.set_loading(None)
        if self.editor.patient_id() is not None:
            self.list_panel.select(self.editor.patient_id())

    def _on_list_failed(self, exc: object) -> None:
        self.list_panel.set_loading(None)
        text = exc.text(self.lang) if hasattr(exc, "text") else str(type(exc).__name__)
        self.editor.show_banner(text, error=True)

    def list_loading(self) -> bool:
        return hasattr(self, "loader") and self.loader.running()

    def _on_saved(self, record: object) -> None:
        summary = summary_of(record)  # type: ignore[arg-type]
        if self.list_loading():
            self._changed_while_loading.append(("upsert", summary))
        self.list_panel.model.upsert(summary)
        self.list_panel.select(record.id)  # type: ignore[attr-defined]

    def _on_deleted(self, patient_id: int) -> None:
        if self.list_loading():
            self._changed_while_loading.append(("remove", patient_id))
        self.list_panel.model.remove(patient_id)

    def open_patient(self, patient_id: int) -> None:
        if not self.editor.open_patient(patient_id):
            current = self.editor.patient_id()
            if current is not None:
                self.list_panel.select(current)
            else:
                self.list_panel.view.clearSelection()

    def new_patient(self) -> None:
        if self.editor.new_patient():
            self.list_panel.view.clearSelection()

    def new_news(self) -> None:
        if self.editor.record is not None or self.editor.pform.form.is_dirty():
            self.editor.tabs.setCurrentIndex(TAB_FOLLOWUP)
            self.editor.ftab._on_new()

    def focus_search(self) -> None:
        self.list_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_panel.search.selectAll()

    # ------------------------------------------------------------------ drafts
    def offer_draft(self) -> bool:
        """At start: offer to put back what was typed when the window last closed badly."""
        draft = self.drafts.load()
        if not draft:
            return False
        when = str(draft.get("saved_at", "?")).replace("T", " ")
        text = self.tr("Typing that was not saved was found (last change {0}). Restore it?").format(
            when
        )
        if self.prompter.restore_draft(self, text):
            self.editor.restore_draft(draft)
            return True
        self.drafts.clear()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._quiet_close or self.editor.guard():
            if not self.editor.is_dirty():
                self.editor.drafts.clear()
            i18n.settings().setValue("ui/geometry", self.saveGeometry())
            problem = self.detach_safety()  # the closing backup, after the unsaved-changes guard
            if problem:
                self.prompter.error(self, self.tr("Backup"), problem)
            event.accept()
        else:
            event.ignore()

    _quiet_close = False
    #: What the open-time check found wrong with the file (every save is then refused).
    damage: CorruptDatabaseError | None = None

    def close_quietly(self) -> None:
        """Close without asking again (a restart already asked, or nothing is left to ask)."""
        self._quiet_close = True
        self.close()

    # ------------------------------------------------------------------ safety
    def attach_safety(self, make: Callable[[], QObject]) -> None:
        """Idle lock, sessions note and automatic backups (``make`` builds a SafetyGuard)."""
        self._make_safety = make
        self.safety = make()

    def detach_safety(self) -> str | None:
        """Stop the guard (backup on closing, unregister); its message if the backup failed."""
        guard, self.safety = self.safety, None
        return guard.close() if guard is not None else None  # type: ignore[attr-defined]

    def reattach_safety(self) -> None:
        if self.safety is None and self._make_safety is not None:
            self.safety = self._make_safety()

    def restore_geometry(self) -> None:
        saved = i18n.settings().value("ui/geometry")
        if isinstance(saved, QByteArray):
            self.restoreGeometry(saved)

    # ------------------------------------------------------------------ menus' dialogs
    def open_optional_dialog(self, spec: tuple[str, str], title: str) -> QWidget | None:
        """Open a dialog from another part of the application, or say it is not available."""
        cls = optional_class(*spec)
        if cls is None:
            self.prompter.info(
                self,
                title,
                self.tr("This function is not available in this version of HepMeta."),
            )
            return None
        dialog = cls(self.db, self.user, self, lang=self.lang)
        dialog.exec()
        self.refresh_list()
        self.editor.reload()
        return dialog

    def _build_analysis_panel(self) -> QWidget:
        from hepmeta_desktop.ui.window_actions import build_analysis_panel

        self.analysis_panel = build_analysis_panel(self)
        return self.analysis_panel

    def show_quality(self) -> QualityDialog:
        from hepmeta_desktop.services.quality import quality_issues
        from hepmeta_desktop.ui.tool_dialogs import QualityDialog

        dialog = QualityDialog(quality_issues(self.db), self.lang, self)
        dialog.patient_requested.connect(self.open_patient)
        dialog.show()
        return dialog

    def show_audit(self) -> AuditDialog | None:
        from hepmeta_desktop.ui.tool_dialogs import AuditDialog

        pid = self.editor.patient_id()
        if pid is None:
            self.prompter.info(self, self.tr("Audit trail"), self.tr("Open a saved patient first."))
            return None
        dialog = AuditDialog(AuditService(self.db, self.user).patient_history(pid), self.lang, self)
        dialog.show()
        return dialog

    def show_settings(self) -> SettingsDialog:
        from hepmeta_desktop.ui.first_run import DATABASE_KEY
        from hepmeta_desktop.ui.tool_dialogs import SettingsDialog

        store = i18n.settings()
        database = str(store.value(DATABASE_KEY, "") or self.db.path or "")
        # The language chosen for the next start, else the one this window speaks.
        dialog = SettingsDialog(
            str(store.value(i18n.SETTINGS_KEY, "") or self.lang),
            self,
            database=database,
            admin=self._admin_settings(),
            lang=self.lang,
        )

        def keep() -> None:
            i18n.save_language(dialog.chosen_language())
            if dialog.chosen_database() and dialog.chosen_database() != database:
                store.setValue(DATABASE_KEY, dialog.chosen_database())
                store.sync()

        dialog.accepted.connect(keep)
        dialog.open()
        return dialog

    def _admin_settings(self) -> AdminSettings | None:
        """The registry's idle lock and backup folder, when this user may change them."""
        from hepmeta_desktop.services import backup, safety_settings
        from hepmeta_desktop.services.permissions import Action, CurrentUser, can
        from hepmeta_desktop.ui.tool_dialogs import AdminSettings

        if isinstance(self.user, CurrentUser) and not can(self.user.role, Action.SETTINGS):
            return None
        if not self.db.is_sqlite:  # a server registry is backed up on its server
            return None
        minutes, folder = safety_settings.lock_minutes(self.db), backup.backup_folder(self.db)

        def save(new_minutes: int, new_folder: str) -> None:
            if new_minutes != minutes:
                safety_settings.set_lock_minutes(self.db, new_minutes, self.user)
            if new_folder and Path(new_folder) != folder:
                backup.set_backup_folder(self.db, Path(new_folder), self.user)

        low_high = safety_settings.BOUNDS[safety_settings.LOCK_SETTING]
        return AdminSettings(minutes, str(folder), save, low_high)

    def show_shortcuts(self) -> ShortcutsDialog:
        from hepmeta_desktop.ui.tool_dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.show()
        return dialog

    def show_about(self) -> AboutDialog:
        from hepmeta_desktop.ui.about import AboutDialog

        dialog = AboutDialog(self.db.display_name, self)
        dialog.open()
        return dialog

    def show_guide(self) -> GuideWindow:
        """Help > User guide, in the interface's language."""
        from hepmeta_desktop.ui.guide import open_user_guide

        return open_user_guide(self, self.lang)

    def open_database_file(self, create: bool = False) -> None:
        """Open another registry in a new window (this one closes if the user agrees)."""
        if create:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("New database"), "", self.tr("HepMeta database (*.db)")
            )
        else:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open a database"), "", self.tr("HepMeta database (*.db)")
            )
        if not path:
            return
        if self.reopen is not None:  # a signed-in window: the other registry has its accounts
            if self.editor.guard():
                self.reopen(path)
            return
        if not self.close():
            return
        from hepmeta_desktop.app import create_main_window

        window = create_main_window(path, lang=self.lang, user=self.user)
        _OPEN_WINDOWS.append(window)  # a window without a parent lives while referenced
        window.show()
        QTimer.singleShot(0, window.offer_draft)
