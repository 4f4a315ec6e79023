"""Helpers of the core tests: a canonical dump of the database, bilingual refusals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from conftest import TODAY
from sqlalchemy import text

from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import Message

ALL_TABLES = (
    "patient",
    "breast_primary",
    "liver_metastases",
    "liver_surgery",
    "followup",
    "audit_log",
    "app_setting",
)


def clock() -> dt.date:
    """The services' today: the fixed date of the tests."""
    return TODAY


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, raw and sorted: equal dumps mean equal content."""
    out = {}
    with db.engine.connect() as conn:
        for table in ALL_TABLES:
            rows = conn.execute(text(f"SELECT * FROM {table}")).fetchall()
            out[table] = sorted((tuple(r) for r in rows), key=repr)
    return out


def assert_bilingual(messages: dict[str, Message], field: str) -> None:
    """The refusal names ``field`` with a non-empty message in French and in English."""
    assert field in messages, f"{field} not in {sorted(messages)}"
    assert messages[field].fr.strip() and messages[field].en.strip()
    assert messages[field].fr != messages[field].en or field == "?"
