"""The status-bar note saying who else has the database open ("also open on PC X by Y")."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from hepmeta_desktop.errors import HepmetaError
from hepmeta_desktop.services.sessions import HEARTBEAT_SECONDS, SessionInfo, SessionRegistry


class SessionIndicator(QLabel):
    """Registers this copy of the application, beats every 30 s, and lists the others.

    The window adds it to its status bar and calls ``stop()`` when it closes. Empty (and
    hidden) when nobody else has the database open.
    """

    def __init__(
        self,
        registry: SessionRegistry,
        user_name: str,
        parent: QWidget | None = None,
        *,
        lang: str = "fr",
        interval_ms: int = HEARTBEAT_SECONDS * 1000,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionIndicator")
        self._registry = registry
        self._lang = lang
        self.others: list[SessionInfo] = []
        registry.register(user_name)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(interval_ms)
        self.refresh()

    def refresh(self) -> None:
        try:
            self._registry.heartbeat()
            self.others = self._registry.list_others()
        except HepmetaError:
            return  # a busy or unreachable database must not disturb the typing
        lines = [o.describe().text(self._lang) for o in self.others]
        self.setText(" ".join(lines))
        self.setToolTip(
            "\n".join(
                f"{o.user_name} — {o.host} (pid {o.pid}), "
                + self.tr("since %1").replace("%1", f"{o.started_at:%H:%M} UTC")
                for o in self.others
            )
        )
        self.setVisible(bool(self.others))

    def stop(self) -> None:
        self._timer.stop()
        with contextlib.suppress(HepmetaError):
            self._registry.unregister()
