"""Drafts of the form being typed, kept on disk so a crash or power cut loses almost nothing.

One JSON file per database in the user's private state folder (never in the logs: drafts
hold identifying data). Written atomically, readable by the user only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from hepmeta_desktop.ui.i18n import STATE_ENV

APP_NAME = "HepMeta"


def state_dir() -> Path:
    """$HEPMETA_STATE_DIR, else the platform's per-user state folder."""
    folder = os.environ.get(STATE_ENV)
    if folder:
        return Path(folder)
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP_NAME, appauthor=False))


class DraftStore:
    """The draft of one database's data-entry window."""

    def __init__(self, db_url: str, folder: Path | None = None) -> None:
        digest = hashlib.sha256(db_url.encode("utf-8")).hexdigest()[:20]
        self.path = (folder or state_dir()) / "drafts" / f"{digest}.json"

    def save(self, data: dict[str, Any]) -> None:
        """Replace the draft (atomic: a crash mid-write leaves the previous draft)."""
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        payload = {"saved_at": dt.datetime.now().isoformat(timespec="seconds"), **data}
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def load(self) -> dict[str, Any] | None:
        """The draft left by a previous session, or None (an unreadable draft is ignored)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
        self.path.with_suffix(".tmp").unlink(missing_ok=True)

    def exists(self) -> bool:
        return self.path.exists()
