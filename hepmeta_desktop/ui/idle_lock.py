"""Locking the window after an idle time, without losing what is typed underneath.

``IdleLock(window, auth_service, user, minutes)`` watches every input event of the
application. After ``minutes`` without any, it covers each open window with an opaque
overlay asking for the password; nothing underneath is closed, hidden or reset, so the
half-typed form is exactly as it was when the right password is given.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop.errors import AuthenticationError
from hepmeta_desktop.services.permissions import CurrentUser
from hepmeta_desktop.services.users import UserService

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
BLOCKED_WHILE_LOCKED = ACTIVITY | {
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.ContextMenu,
}


class LockOverlay(QFrame):
    """The opaque cover of one window while the session is locked."""

    def __init__(self, parent: QWidget, user: CurrentUser) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Dark))
        self.setPalette(palette)
        title = QLabel(self.tr("Session locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        who = QLabel(
            self.tr("Locked after a period without activity. %1, type your password to go on: "
                    "what you were typing is kept.").replace("%1", user.name)
        )  # fmt: skip
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.button = QPushButton(self.tr("Unlock"))
        box = QFrame()
        box.setObjectName("lockBox")
        box.setStyleSheet("#lockBox { background: palette(window); border-radius: 8px; }")
        box.setFixedWidth(440)
        # A wrapped label inside a fixed-width box: give it the height of its wrapped text.
        who.setMinimumHeight(who.heightForWidth(400))
        inner = QVBoxLayout(box)
        for widget in (title, who, self.password, self.error, self.button):
            inner.addWidget(widget)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)


class IdleLock(QObject):
    """Locks every window after ``minutes`` without input; the password unlocks.

    ``lock()`` locks at once (a "Lock" menu entry); ``set_minutes()`` changes the delay.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QWidget,
        auth_service: UserService,
        user: CurrentUser,
        minutes: float = 10.0,
        *,
        lang: str = "fr",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._auth = auth_service
        self._user = user
        self._lang = lang
        self._clock = clock
        self._last_activity = clock()
        self._overlays: dict[QWidget, LockOverlay] = {}
        self._focus: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    # ------------------------------------------------------------------ settings
    def set_minutes(self, minutes: float) -> None:
        self.minutes = float(minutes)
        # Look often enough to lock within a quarter of the delay (at most every 5 s).
        self._timer.start(max(20, min(5000, int(self.minutes * 60_000 / 4))))

    def is_locked(self) -> bool:
        return bool(self._overlays)

    def overlays(self) -> list[LockOverlay]:
        return list(self._overlays.values())

    # ------------------------------------------------------------------ locking
    def _check(self) -> None:
        if not self.is_locked() and self._clock() - self._last_activity >= self.minutes * 60:
            self.lock()

    def lock(self) -> None:
        if self.is_locked():
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        popup = app.activePopupWidget()
        if popup is not None:  # an open menu or completer would stay above the cover
            popup.close()
        self._focus = app.focusWidget()
        self._caret = _caret_of(self._focus)
        windows = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
        if self._window not in windows and self._window.isVisible():
            windows.append(self._window)
        active = app.activeWindow()
        for w in windows:
            overlay = LockOverlay(w, self._user)
            overlay.setGeometry(w.rect())
            overlay.password.returnPressed.connect(lambda o=overlay: self._try(o))
            overlay.button.clicked.connect(lambda _=False, o=overlay: self._try(o))
            overlay.show()
            overlay.raise_()
            self._overlays[w] = overlay
        target = self._overlays.get(active) or self._overlays.get(self._window)
        if target is not None:
            target.password.setFocus()
        self.locked.emit()

    def unlock_with(self, password: str) -> bool:
        """Check the password of the signed-in user; True when unlocked."""
        try:
            self._auth.authenticate(self._user.name, password)
        except AuthenticationError as exc:
            for overlay in self._overlays.values():
                overlay.error.setText(exc.text(self._lang))
                overlay.error.show()
                overlay.password.clear()
            return False
        for overlay in self._overlays.values():
            overlay.hide()
            overlay.deleteLater()
        self._overlays.clear()
        self._last_activity = self._clock()
        if self._focus is not None:
            self._focus.setFocus()
            _restore_caret(self._focus, self._caret)
        self.unlocked.emit()
        return True

    def _try(self, overlay: LockOverlay) -> None:
        self.unlock_with(overlay.password.text())

    # ------------------------------------------------------------------ watching input
    def _in_overlay(self, obj: QObject) -> bool:
        while obj is not None:
            if isinstance(obj, LockOverlay):
                return True
            obj = obj.parent()
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if self._overlays:
            if kind == QEvent.Type.Resize and obj in self._overlays:
                self._overlays[obj].setGeometry(obj.rect())  # type: ignore[attr-defined]
            elif kind in BLOCKED_WHILE_LOCKED and not self._in_overlay(obj):
                if isinstance(obj, QWidget) and kind == QEvent.Type.KeyPress:
                    overlay = self._overlays.get(obj.window())
                    if overlay is not None:
                        overlay.password.setFocus()
                return True  # nothing reaches the covered windows
        elif kind in ACTIVITY:
            self._last_activity = self._clock()
        return False

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def _caret_of(widget: QWidget | None) -> object:
    """Where the cursor and selection of the focused field were, to put them back."""
    if isinstance(widget, QLineEdit):
        return (widget.cursorPosition(), widget.selectionStart(), widget.selectionLength())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.textCursor()
    return None


def _restore_caret(widget: QWidget, caret: object) -> None:
    if isinstance(widget, QLineEdit) and isinstance(caret, tuple):
        position, start, length = caret
        if length > 0:
            widget.setSelection(start, length)
        else:
            widget.setCursorPosition(position)
    elif isinstance(widget, QTextEdit | QPlainTextEdit) and caret is not None:
        widget.setTextCursor(caret)  # type: ignore[arg-type]
