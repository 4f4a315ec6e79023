"""What the main window's menus open, checked against the signed-in user's role first.

Forbidden actions are hidden from the menus (``apply_role``); a forbidden action reached
anyway (a shortcut, a script) is refused with the role's plain message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from hepmeta_desktop.errors import PermissionDeniedError
from hepmeta_desktop.services.permissions import Action, CurrentUser, require, series_filter
from hepmeta_desktop.ui import main_window as mw

if TYPE_CHECKING:
    from hepmeta_desktop.services.analysis_service import AnalysisService
    from hepmeta_desktop.ui.main_window import MainWindow

#: Menu action → what the role must allow (actions not listed are open to every role).
ACTION_RIGHTS = {
    "import": Action.IMPORT,
    "export": Action.EXPORT,
    "export_report": Action.EXPORT,
    "backup": Action.BACKUP,
    "restore": Action.RESTORE,
    "users": Action.MANAGE_USERS,
    "delete_patient": Action.DELETE_PATIENTS,
    "tab_3": Action.ANALYSE,
}


def may(w: MainWindow, action: Action) -> bool:
    """Whether the window's user may do ``action`` (a plain name is a trusted caller)."""
    try:
        require(w.user, action)
    except PermissionDeniedError:
        return False
    return True


def allowed(w: MainWindow, action: Action) -> bool:
    """``may``, telling the user why not."""
    try:
        require(w.user, action)
    except PermissionDeniedError as exc:
        w.prompter.error(
            w, QCoreApplication.translate("WindowActions", "Not allowed"), exc.text(w.lang)
        )
        return False
    return True


def apply_role(w: MainWindow) -> None:
    """Hide what the role may not do; show who is signed in, in the title and status bar."""
    for name, action in ACTION_RIGHTS.items():
        if name in w.actions_by_name and not may(w, action):
            w.actions_by_name[name].setVisible(False)
    if not may(w, Action.ANALYSE):
        from hepmeta_desktop.ui.patient_editor import TAB_ANALYSIS

        w.editor.tabs.setTabVisible(TAB_ANALYSIS, False)
    if isinstance(w.user, CurrentUser):
        from hepmeta_desktop.services.permissions import ROLE_LABELS

        role = ROLE_LABELS[w.user.role].text(w.lang)
        who = f"{w.user.name} ({role})"
        own = series_filter(w.user)
        if own:
            who += " — " + QCoreApplication.translate("WindowActions", "series of %1").replace(
                "%1", own
            )
        w.setWindowTitle(f"{w.windowTitle()} — {who}")
        w.signed_in = QLabel(who)
        w.signed_in.setObjectName("signed_in")
        w.statusBar().addPermanentWidget(w.signed_in)


def _show(w: MainWindow, attribute: str, dialog: QDialog) -> QDialog:
    """Open ``dialog`` window-modal, kept as ``w.<attribute>`` until the next one of its kind.

    Not deleted on close: slots (and tests) still read it after it is closed.
    """
    previous = getattr(w, attribute, None)
    thread = getattr(previous, "_thread", None)  # a backup or export still finishing
    if previous is not None and not previous.isVisible() and not (thread and thread.isRunning()):
        previous.deleteLater()
    setattr(w, attribute, dialog)
    dialog.open()
    return dialog


def _after_dialog(w: MainWindow) -> None:
    w.refresh_list()
    w.editor.reload()


# ---------------------------------------------------------------------- File menu
def import_data(w: MainWindow) -> None:
    if allowed(w, Action.IMPORT):
        w.open_optional_dialog(
            mw.IMPORT_DIALOG, QCoreApplication.translate("WindowActions", "Import")
        )
        panel_stale(w)


def export_data(w: MainWindow) -> None:
    if allowed(w, Action.EXPORT):
        w.open_optional_dialog(
            mw.EXPORT_DIALOG, QCoreApplication.translate("WindowActions", "Export")
        )


def analysis_service(w: MainWindow) -> AnalysisService:
    """The window's analysis service (one per window: it keeps the last dataset read)."""
    from hepmeta_desktop.services.analysis_service import AnalysisService

    if getattr(w, "_analysis_service", None) is None:
        w._analysis_service = AnalysisService(w.db, w.user)  # type: ignore[attr-defined]
    return w._analysis_service  # type: ignore[attr-defined]


def export_report(w: MainWindow, options: object = None) -> QDialog | None:
    """The report dialog (Word, Excel, SPSS, Stata) on the cohort the user may see."""
    if not (allowed(w, Action.EXPORT) and allowed(w, Action.ANALYSE)):
        return None
    from hepmeta_desktop.ui.report_dialog import ReportDialog

    dialog = ReportDialog(analysis_service(w), w.user, w, options=options, lang=w.lang)  # type: ignore[arg-type]
    if series_filter(w.user) is not None:
        # The service limits the raw sheets to the surgeon's own patients: say so.
        dialog.raw.setText(
            QCoreApplication.translate("WindowActions", "Add the raw data sheets (your series)")
        )
    return _show(w, "report_dialog", dialog)


def back_up_now(w: MainWindow) -> QDialog | None:
    """Copy, check and file a backup (progress shown; the dialog says where it went)."""
    if not allowed(w, Action.BACKUP) or not _sqlite(w):
        return None
    from hepmeta_desktop.ui.backup_dialogs import BackupNowDialog

    return _show(w, "backup_dialog", BackupNowDialog(w.db, w.user, w, lang=w.lang))


def _sqlite(w: MainWindow) -> bool:
    if w.db.path is None:
        w.prompter.info(
            w,
            QCoreApplication.translate("WindowActions", "Backup"),
            QCoreApplication.translate(
                "WindowActions",
                "Backups of a database server are made on the server by its administrator.",
            ),
        )
        return False
    return True


def restore(w: MainWindow) -> QDialog | None:
    """Put a backup back; afterwards the registry is reopened and everyone signs in again.

    Signing in again is the robust choice: the accounts come from the restored file too.
    """
    if not allowed(w, Action.RESTORE) or not _sqlite(w) or not w.editor.guard():
        return None
    from hepmeta_desktop.services.backup import backup_folder
    from hepmeta_desktop.ui.backup_dialogs import RestoreDialog

    stopped: list[bool] = []

    def before_restore() -> None:
        # This window's own session and connections must not hold the file being replaced.
        problem = w.detach_safety()
        if problem:
            w.prompter.error(w, QCoreApplication.translate("WindowActions", "Backup"), problem)
        w.db.dispose()
        stopped.append(True)

    dialog = RestoreDialog(
        w.db.path, backup_folder(w.db), w.user, w, before_restore=before_restore, lang=w.lang
    )
    dialog.finished.connect(lambda _result: _after_restore(w, dialog, bool(stopped)))
    return _show(w, "restore_dialog", dialog)


def _after_restore(w: MainWindow, dialog: QDialog, stopped: bool) -> None:
    if dialog.replaced_by is None:  # type: ignore[attr-defined]
        if stopped:  # the restore was refused after this window let the file go: take it back
            w.reattach_safety()
        return
    aside = dialog.kept_aside.name if dialog.kept_aside else "?"  # type: ignore[attr-defined]
    w.prompter.info(
        w,
        QCoreApplication.translate("WindowActions", "Backup restored"),
        QCoreApplication.translate(
            "WindowActions",
            "The backup was put back; the replaced file is kept aside as %1. "
            "The registry now reopens: sign in again.",
        ).replace("%1", aside),
    )
    w.editor.drafts.clear()  # typing about the replaced registry must not come back
    assert w.db.path is not None
    if w.reopen is not None:
        w.reopen(str(w.db.path), False)
    else:  # a window built without sign-in (tests, embedding): just read the new file
        _after_dialog(w)


# ---------------------------------------------------------------------- Tools menu
def manage_users(w: MainWindow) -> QDialog | None:
    if not allowed(w, Action.MANAGE_USERS):
        return None
    from hepmeta_desktop.services.users import UserService
    from hepmeta_desktop.ui.users_dialog import UsersDialog

    return _show(w, "users_dialog", UsersDialog(UserService(w.db, w.user), w, lang=w.lang))


# ---------------------------------------------------------------------- Analysis tab
def build_analysis_panel(w: MainWindow) -> QWidget:
    """The Analysis tab: the panel on the user's own cohort, refreshed after every edit."""
    if not may(w, Action.ANALYSE):
        label = QLabel(
            QCoreApplication.translate(
                "WindowActions", "Your role does not include the analysis of the series."
            )
        )
        label.setObjectName("analysis_placeholder")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label
    from hepmeta_desktop.ui.analysis_panel import AnalysisPanel

    panel = AnalysisPanel(analysis_service(w), lang=w.lang)
    w.editor.saved.connect(panel.mark_stale)
    w.editor.deleted.connect(panel.mark_stale)
    panel.report_requested.connect(lambda options: export_report(w, options))
    return panel


def panel_stale(w: MainWindow) -> None:
    """After an import: the analysis reads the registry again."""
    panel = getattr(w, "analysis_panel", None)
    if panel is not None and hasattr(panel, "mark_stale"):
        panel.mark_stale()
