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
from hepmeta_desktop.services.report_service import raw_tables


def test_key_is_created_once_and_kept_in_app_setting(db):
    key = pseudonym_key(db)
    assert len(key) == 32
    assert pseudonym_key(db) == key
    with db.read() as s:
        stored = s.scalars(select(AppSetting.value).where(AppSetting.key == KEY_SETTING)).all()
    assert stored == [key.hex()]
    db.dispose()
    reopened = open_database(db.url)  # the same registry, SQLite file or server
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


def test_pseudonymised_interchange_export(registry, tmp_path):
    from openpyxl import load_workbook

    from hepmeta_desktop.services.interchange.exporter import export_file

    export_file(registry.db, tmp_path / "x.xlsx", user="t", pseudonymise=True)
    export_file(registry.db, tmp_path / "csv", user="t", pseudonymise=True)
    wb = load_workbook(tmp_path / "x.xlsx")
    rows = list(wb["patients"].iter_rows(values_only=True))
    header = list(rows[0])
    for gone in ("last_name", "first_name", "phone", "notes", "birth_date", "liver_surgery_date"):
        assert gone not in header
    assert header[:2] == ["record_number", "sex"] and "age" in header
    ps = Pseudonymiser.for_database(registry.db)
    row = dict(zip(header, next(r for r in rows if r[0] == ps.record("IPP-55102-31")), strict=True))
    source = registry.values["IPP-55102-31"]
    surgery = source["liver_surgery_date"]
    assert (
        row["breast_surgery_days_before_liver_surgery"]
        == (surgery - source["breast_surgery_date"]).days
    )
    assert row["age"] == 48  # born 1966-01-05, operated 2014-06-02
    news = list(wb["followups"].iter_rows(values_only=True))
    assert news[0][:3] == ("record_number", "visit_days_after_liver_surgery", "vital_status")
    assert "notes" not in news[0]
    death = [r for r in news[1:] if r[0] == row["record_number"] and r[2] == "DEAD"][0]
    assert (
        death[news[0].index("death_days_after_liver_surgery")]
        == (dt.date(2016, 6, 20) - surgery).days
    )
    described = [r[1] for r in wb["dictionary"].iter_rows(min_row=2, values_only=True)]
    assert "age" in described and "last_name" not in described
    csv_header = (tmp_path / "csv" / "patients.csv").read_text(encoding="utf-8").splitlines()[0]
    assert csv_header.split(",") == header
