"""The administrator's safety settings kept in the database: idle lock and backup interval."""

from __future__ import annotations

from sqlalchemy import select

from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import Message, ValidationError
from hepmeta_desktop.models import AppSetting
from hepmeta_desktop.services.audit import write_event
from hepmeta_desktop.services.permissions import Action, UserLike, require, user_name

LOCK_SETTING = "idle_lock_minutes"
INTERVAL_SETTING = "backup_interval_minutes"
DEFAULT_LOCK_MINUTES = 10
DEFAULT_BACKUP_MINUTES = 30
BOUNDS = {LOCK_SETTING: (1, 240), INTERVAL_SETTING: (5, 24 * 60)}


def _get(db: Database, key: str, default: int) -> int:
    with db.read() as s:
        value = s.scalar(select(AppSetting.value).where(AppSetting.key == key))
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _set(db: Database, key: str, minutes: int, user: UserLike) -> None:
    require(user, Action.SETTINGS)
    low, high = BOUNDS[key]
    if not low <= int(minutes) <= high:
        raise ValidationError(
            {key: Message(f"Entre {low} et {high} minutes.", f"Between {low} and {high} minutes.")}
        )
    with db.write() as s:
        s.merge(AppSetting(key=key, value=str(int(minutes))))
        write_event(s, user=user_name(user), action="settings", detail=f"{key} = {int(minutes)}")


def lock_minutes(db: Database) -> int:
    """Minutes without input before the window locks (10 unless the administrator changed it)."""
    return _get(db, LOCK_SETTING, DEFAULT_LOCK_MINUTES)


def set_lock_minutes(db: Database, minutes: int, user: UserLike) -> None:
    _set(db, LOCK_SETTING, minutes, user)


def backup_interval_minutes(db: Database) -> int:
    """At most one automatic backup per this many minutes while changes are saved."""
    return _get(db, INTERVAL_SETTING, DEFAULT_BACKUP_MINUTES)


def set_backup_interval_minutes(db: Database, minutes: int, user: UserLike) -> None:
    _set(db, INTERVAL_SETTING, minutes, user)
