"""Start-up: open the registry (or restore it), sign in, then the window with its safety."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from hepmeta_desktop.db import Database, open_database, resolve_url
from hepmeta_desktop.errors import CorruptDatabaseError, HepmetaError
from hepmeta_desktop.services.permissions import CurrentUser
from hepmeta_desktop.services.users import UserService

if TYPE_CHECKING:
    from hepmeta_desktop.ui.dialogs import Prompter
    from hepmeta_desktop.ui.main_window import MainWindow

#: Windows opened by a restart (File → Open, after a restore): kept referenced.
WINDOWS: list[MainWindow] = []
#: Who the audit trail names for a restore chosen before anyone could sign in.
STARTUP_USER = "start-up (damaged database)"
LAST_USER_KEY = "auth/last_user"


def environment_sign_in(auth: UserService) -> CurrentUser | None:
    """``$HEPMETA_USER`` with ``$HEPMETA_PASSWORD``, as the command line takes them (for an
    unattended start such as the bundle's smoke test); None when absent or refused."""
    name, password = os.environ.get("HEPMETA_USER"), os.environ.get("HEPMETA_PASSWORD")
    if not name or not password:
        return None
    try:
        return auth.authenticate(name, password)
    except CorruptDatabaseError:
        raise  # the start offers the latest good backup
    except HepmetaError:
        return None  # counted as a failure by the service; the dialog asks as usual


def _sign_in_dialog(auth: UserService, lang: str) -> CurrentUser | None:
    from hepmeta_desktop.ui import i18n
    from hepmeta_desktop.ui.login import sign_in

    from_environment = environment_sign_in(auth)
    if from_environment is not None:
        return from_environment

    last = str(i18n.settings().value(LAST_USER_KEY, "") or "")
    user = sign_in(auth, None, last_user=last, lang=lang)
    if user is not None:
        i18n.settings().setValue(LAST_USER_KEY, user.name)
    return user


def _ask_restore(error: CorruptDatabaseError, lang: str) -> bool:
    from hepmeta_desktop.ui.backup_dialogs import CorruptDatabaseBox

    box = CorruptDatabaseBox(error, None, lang=lang)
    box.exec()
    return box.restore is not None and box.clickedButton() is box.restore


def _error_box(title: str, text: str) -> None:
    QMessageBox.critical(None, title, text)


def _info_box(title: str, text: str) -> None:
    QMessageBox.information(None, title, text)


def _network_warning(db: Database, lang: str) -> None:
    from hepmeta_desktop.ui.safety import network_share_box

    box = network_share_box(db, lang=lang)
    if box is not None:
        box.exec()


@dataclass
class StartupUi:
    """The start-up's dialogs; each blocks in the application, tests pass scripted ones."""

    sign_in: Callable[[UserService, str], CurrentUser | None] = _sign_in_dialog
    ask_restore: Callable[[CorruptDatabaseError, str], bool] = _ask_restore
    error: Callable[[str, str], None] = _error_box
    info: Callable[[str, str], None] = _info_box
    warn_network: Callable[[Database, str], None] = _network_warning
    #: Given to the windows it builds (their unsaved-changes questions and so on).
    prompter: Prompter | None = None
    today: Callable[[], dt.date] = field(default=dt.date.today)
    #: Set when the registry could not be opened (the application then exits with 1).
    failed: bool = False


def choose_database(target: str | None = None) -> str:
    """The registry to open: ``--db``, else ``$HEPMETA_DB``, else the default file.

    The first-run wizard (choosing or creating the registry when there is none yet) plugs
    in here: ``run_gui(..., choose=wizard)`` with a function of the same shape.
    """
    return resolve_url(target)


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    return (
        Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None
    )


def _cannot_open() -> str:
    return QCoreApplication.translate("Startup", "HepMeta — the registry cannot be opened")


def open_registry(url: str, lang: str, ui: StartupUi) -> Database | None:
    """The opened registry, after offering the latest good backup of a damaged file.

    None when it cannot be opened: the reason has been shown. The file's check runs
    beside the sign-in (``Database.ensure_sound``); ``start`` waits for it.
    """
    try:
        return open_database(url, check_aside=True)
    except CorruptDatabaseError as err:
        if not _recover(url, err, lang, ui):
            return None
        return open_registry(url, lang, ui)
    except HepmetaError as exc:  # SchemaTooNewError, DatabaseError: said plainly, then quit
        ui.error(_cannot_open(), exc.text(lang))
        ui.failed = True
        return None


def _recover(url: str, err: CorruptDatabaseError, lang: str, ui: StartupUi) -> bool:
    """Offer the latest good backup of a damaged file; True when it was put back."""
    from hepmeta_desktop.services.restore import restore_backup

    path = _sqlite_path(url)
    if err.backup is None or path is None or not ui.ask_restore(err, lang):
        ui.failed = True
        return False
    try:
        aside = restore_backup(path, Path(err.backup), user=STARTUP_USER)
    except HepmetaError as exc:
        ui.error(_cannot_open(), exc.text(lang))
        ui.failed = True
        return False
    ui.info(
        QCoreApplication.translate("Startup", "Backup restored"),
        QCoreApplication.translate(
            "Startup", "The backup was put back. The damaged file is kept aside as %1."
        ).replace("%1", aside.name),
    )
    return True


def start(
    target: str, lang: str, ui: StartupUi | None = None, *, warned: bool = False
) -> MainWindow | None:
    """Open, warn, sign in, build the window and attach its safety; None = nothing to show.

    ``target`` is a file path or a SQLAlchemy URL; ``warned``: the network-share warning
    was already shown (a start again after a restore).
    """
    from hepmeta_desktop.app import build_main_window, ensure_application
    from hepmeta_desktop.ui import i18n
    from hepmeta_desktop.ui.safety import SafetyGuard

    ensure_application()
    lang = i18n.install(lang)  # the sign-in and every message in the window's language
    ui = ui or StartupUi()
    db = open_registry(resolve_url(target), lang, ui)
    if db is None:
        return None
    if not warned:
        ui.warn_network(db, lang)
    try:
        user = ui.sign_in(UserService(db), lang)  # the file's check runs meanwhile
        db.ensure_sound()
    except CorruptDatabaseError as err:
        db.dispose()
        url = resolve_url(target)
        return start(target, lang, ui, warned=True) if _recover(url, err, lang, ui) else None
    if user is None:
        db.dispose()
        return None
    window = build_main_window(db, lang, user, prompter=ui.prompter, today=ui.today)
    window.attach_safety(lambda: SafetyGuard(window, db, user, lang=lang))
    window.reopen = lambda target, keep=True: restart(window, target, ui, keep_if_cancelled=keep)
    return window


def restart(
    old: MainWindow, target: str, ui: StartupUi, *, keep_if_cancelled: bool = True
) -> MainWindow | None:
    """Another registry (File → Open) or the same one after a restore: sign in again.

    The new window is shown before the old one closes, so the application keeps running.
    Cancelling the sign-in keeps the old window, unless its file was replaced (restore).
    """
    window = start(target, old.lang, ui)
    if window is not None:
        show(window)
    if window is not None or not keep_if_cancelled:
        old.close_quietly()
    return window


def show(window: MainWindow) -> None:
    WINDOWS.append(window)  # a window without a parent lives while referenced
    window.restore_geometry()
    window.show()
    QTimer.singleShot(0, window.offer_draft)


def run_gui(
    target: str | None,
    lang: str | None = None,
    *,
    ui: StartupUi | None = None,
    choose: Callable[[str | None], str] = choose_database,
) -> int:
    """``hepmeta`` without a command; 0 when the user quits, 1 when the registry failed."""
    from hepmeta_desktop.app import ensure_application
    from hepmeta_desktop.ui import i18n

    app = ensure_application()
    stored = i18n.settings().value(i18n.SETTINGS_KEY, "")
    ui = ui or StartupUi()
    window = start(choose(target), str(stored or lang or i18n.preferred_language()), ui)
    if window is None:
        return 1 if ui.failed else 0
    show(window)
    return app.exec()  # type: ignore[attr-defined]
