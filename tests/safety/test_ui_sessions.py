"""The status bar shows who else has the database open, and forgets a copy that stopped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow

from hepmeta_desktop.services.sessions import SessionRegistry
from hepmeta_desktop.ui.sessions_indicator import SessionIndicator

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_status_bar_names_the_other_pc(qtbot, db, french) -> None:  # type: ignore[no-untyped-def]
    clock = [dt.datetime(2026, 11, 26, 9, 0)]
    other = SessionRegistry(db, now=lambda: clock[0])
    other.register("dr.benali", host="PC-BLOC", pid=4242)
    window = QMainWindow()
    window.setCentralWidget(QLabel("HepMeta"))
    indicator = SessionIndicator(
        SessionRegistry(db, now=lambda: clock[0]), "sec", lang="fr", interval_ms=50
    )
    window.statusBar().addPermanentWidget(indicator)
    qtbot.addWidget(window)
    window.resize(640, 200)
    window.show()
    assert indicator.text() == "Aussi ouverte sur le poste PC-BLOC par dr.benali."
    assert "pid 4242" in indicator.toolTip() and indicator.isVisible()
    Path("/tmp/shots").mkdir(exist_ok=True)
    window.grab().save("/tmp/shots/safety_sessions.png")
    # The other PC stops beating (switched off): after 2 minutes the note goes away.
    clock[0] += dt.timedelta(minutes=2, seconds=1)
    qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=2000)
    assert indicator.text() == ""
    indicator.stop()
    assert SessionRegistry(db, now=lambda: clock[0]).list_others() == []
