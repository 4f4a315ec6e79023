"""Pseudonyms: a keyed HMAC, stable within a database, and dates turned into intervals."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac

import pandas as pd
from sqlalchemy import select

from hepmeta_desktop.db import open_database
from hepmeta_desktop.models import AppSetting
from hepmeta_desktop.services.dataset import load_dataset
from hepmeta_desktop.services.pseudonym import (
    KEY_SETTING,
    Pseudonymiser,
    interval_name,
    pseudonym_key,
)
from hepmeta_desktop.services.raw_data import raw_tables


def test_key_is_created_once_and_kept_in_app_setting(db, db_path):
    key = pseudonym_key(db)
    assert len(key) == 32
    assert pseudonym_key(db) == key
    with db.read() as s:
        stored = s.scalars(select(AppSetting.value).where(AppSetting.key == KEY_SETTING)).all()
    assert stored == [key.hex()]
    db.dispose()
    reopened = open_database(db_path)
    try:
        assert pseudonym_key(reopened) == key
    finally:
        reopened.dispose()


def test_pseudonym_is_the_keyed_hmac_and_differs_between_databases(db, tmp_path):
    key = pseudonym_key(db)
    expected = "PS" + hmac.new(key, b"IPP-1", hashlib.sha256).hexdigest()[:12]
    assert Pseudonymiser(key).record("IPP-1") == expected
    other = open_database(tmp_path / "other.db")
    try:
        assert Pseudonymiser.for_database(other).record("IPP-1") != expected
    finally:
        other.dispose()
    assert Pseudonymiser(key).record(None) is None


def test_interval_names_follow_the_side_of_the_liver_surgery():
    assert interval_name("breast_surgery_date") == "breast_surgery_days_before_liver_surgery"
    assert interval_name("death_date") == "death_days_after_liver_surgery"


def test_dataset_drops_identity_and_counts_days_from_surgery(registry):
    data = load_dataset(registry.db.engine)
    out = Pseudonymiser.for_database(registry.db).dataset(data)
    for gone in ("birth_date", "liver_surgery_date", "breast_surgery_date", "death_date"):
        assert gone not in out
    assert out["age"].tolist() == data["age"].tolist()
    source = registry.values["IPP-55102-31"]
    row = out.loc[data["record_number"] == "IPP-55102-31"].iloc[0]
    surgery = source["liver_surgery_date"]
    assert (
        row["breast_surgery_days_before_liver_surgery"]
        == (surgery - source["breast_surgery_date"]).days
    )
    assert row["death_days_after_liver_surgery"] == (dt.date(2016, 6, 20) - surgery).days
    assert (
        row["record_number"].startswith("PS")
        and row["record_number"] not in registry.record_numbers
    )
    assert out["record_number"].is_unique


def test_raw_tables_pseudonymised_keep_age_and_link_news_by_pseudonym(registry):
    ps = Pseudonymiser.for_database(registry.db)
    patients, news = raw_tables(registry.db, ps)
    for name in ("last_name", "first_name", "phone", "notes", "birth_date", "liver_surgery_date"):
        assert name not in patients.columns
    assert "notes" not in news.columns and "visit_date" not in news.columns
    frame = pd.DataFrame(patients.rows, columns=patients.columns)
    first = frame.loc[frame["record_number"] == ps.record("IPP-48213-07")].iloc[0]
    assert first["age"] == 55  # born 1958-03-14, operated 2013-04-10
    links = {r[news.columns.index("record_number")] for r in news.rows}
    assert links <= set(frame["record_number"])
    plain_patients, _ = raw_tables(registry.db)
    assert len(plain_patients.rows) == len(patients.rows) == len(registry.record_numbers)
