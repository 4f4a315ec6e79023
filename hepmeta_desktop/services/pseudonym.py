"""Pseudonymisation of exported data: keyed record pseudonyms, no identity, dates as intervals.

Rules (the same for reports, statistical files and the interchange export):

* names, phone, notes and the date of birth are dropped (the age at liver surgery is kept);
* the record number is replaced by ``HMAC-SHA256(key, record number)`` (12 hex digits,
  prefixed ``PS``), so a patient keeps the same pseudonym in every export of one database
  and nobody without the key can go back to the record number;
* the key is 32 random bytes kept in the database's ``app_setting`` table, created on first
  use and never written into an export;
* every other date becomes a number of days from the liver surgery:
  ``breast_surgery_date`` → ``breast_surgery_days_before_liver_surgery`` (positive when
  before), ``death_date`` → ``death_days_after_liver_surgery``; the date of liver surgery
  itself is dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from typing import Any

import pandas as pd
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from hepmeta_desktop import derived
from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.models import AppSetting

KEY_SETTING = "pseudonym_key"
PREFIX = "PS"
DIGITS = 12
#: Identity columns removed from every pseudonymised export (record_number is replaced).
DROPPED = ("last_name", "first_name", "phone", "notes", "birth_date")
ANCHOR = "liver_surgery_date"
#: Dates that come before the liver surgery (their interval counts days before it).
BEFORE = ("breast_diagnosis_date", "breast_surgery_date", "liver_mets_diagnosis_date")


def interval_name(date_name: str) -> str:
    """``breast_surgery_date`` → ``breast_surgery_days_before_liver_surgery``."""
    stem = date_name.removesuffix("_date")
    side = "before" if date_name in BEFORE else "after"
    return f"{stem}_days_{side}_liver_surgery"


def interval_label(date_label: str, date_name: str, lang: str) -> str:
    """'Date of breast surgery' → 'Date of breast surgery: days before liver surgery'."""
    before = date_name in BEFORE
    if lang == "fr":
        return f"{date_label} : jours {'avant' if before else 'après'} la chirurgie hépatique"
    return f"{date_label}: days {'before' if before else 'after'} liver surgery"


def pseudonym_key(db) -> bytes:
    """The database's pseudonym key, created (32 random bytes) the first time it is asked."""
    with db.read() as s:
        row = s.scalar(select(AppSetting.value).where(AppSetting.key == KEY_SETTING))
    if row:
        return bytes.fromhex(row)
    try:
        with db.write() as s:
            # Read again inside the write transaction: another PC may have just created it.
            row = s.scalar(select(AppSetting.value).where(AppSetting.key == KEY_SETTING))
            if row is None:
                row = secrets.token_hex(32)
                s.add(AppSetting(key=KEY_SETTING, value=row))
    except IntegrityError:  # a server database where another session won the race
        with db.read() as s:
            row = s.scalar(select(AppSetting.value).where(AppSetting.key == KEY_SETTING))
    return bytes.fromhex(row)


def _days(later: Any, earlier: Any) -> int | None:
    if later is None or earlier is None or pd.isna(later) or pd.isna(earlier):
        return None
    return (pd.Timestamp(later) - pd.Timestamp(earlier)).days


class Pseudonymiser:
    """Applies the rules above with one database's key."""

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("pseudonym key too short")
        self._key = key

    @classmethod
    def for_database(cls, db) -> Pseudonymiser:
        return cls(pseudonym_key(db))

    def record(self, record_number: Any) -> str | None:
        if record_number is None or (isinstance(record_number, float) and pd.isna(record_number)):
            return None
        digest = hmac.new(self._key, str(record_number).encode("utf-8"), hashlib.sha256)
        return PREFIX + digest.hexdigest()[:DIGITS]

    # ------------------------------------------------------------------ analysis dataset
    def with_pseudonyms(self, data: pd.DataFrame) -> pd.DataFrame:
        """The dataset with record numbers replaced, nothing else changed.

        The analysis runs on this frame when a report is pseudonymised, so that every list
        it makes (excluded patients, inconsistencies) names pseudonyms only.
        """
        out = data.copy()
        out["record_number"] = [self.record(r) for r in out["record_number"]]
        return out

    def dataset(self, data: pd.DataFrame) -> pd.DataFrame:
        """The analysis dataset made shareable: no identity, dates as days from surgery."""
        out = self.with_pseudonyms(data).drop(columns=[c for c in DROPPED if c in data])
        anchor = pd.to_datetime(out[ANCHOR]) if ANCHOR in out else None
        columns: dict[str, pd.Series] = {}
        for name in out.columns:
            col = out[name]
            if name == ANCHOR:
                continue
            if pd.api.types.is_datetime64_any_dtype(col) and anchor is not None:
                delta = (col - anchor).dt.days.astype("float64")
                columns[interval_name(name)] = -delta if name in BEFORE else delta
            else:
                columns[name] = col
        return pd.DataFrame(columns, index=out.index)

    # ------------------------------------------------------------------ interchange rows
    def patient_row(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """One patient of the interchange layout (Python-typed values), pseudonymised.

        The columns depend only on the names given, never on the values, so every row of
        a sheet has the same columns.
        """
        anchor = values.get(ANCHOR)
        out: dict[str, Any] = {}
        for name, value in values.items():
            if name in DROPPED or name == ANCHOR:
                if name == "birth_date":
                    out["age"] = derived.age_at(value, anchor)
                continue
            if name == "record_number":
                out[name] = self.record(value)
            elif _is_date(name, "patient"):
                days = _days(value, anchor)
                out[interval_name(name)] = -days if days is not None and name in BEFORE else days
            else:
                out[name] = value
        return out

    def followup_row(
        self, values: Mapping[str, Any], liver_surgery_date: dt.date | None
    ) -> dict[str, Any]:
        """One piece of news of the interchange layout, pseudonymised (notes dropped)."""
        out: dict[str, Any] = {}
        for name, value in values.items():
            if name in DROPPED:
                continue
            if name == "record_number":
                out[name] = self.record(value)
            elif _is_date(name, "followup"):
                out[interval_name(name)] = _days(value, liver_surgery_date)
            else:
                out[name] = value
        return out


def _is_date(name: str, form: str) -> bool:
    try:
        variable = dd.var(name, form) if form == "followup" else dd.var(name)
    except KeyError:
        return False
    return variable.type == dd.DATE
