"""SPSS and Stata files read back with pyreadstat: names, labels, value labels and values."""

from __future__ import annotations

import datetime as dt

import pyreadstat
import pytest
from conftest import sample_patient

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.export.statistical import (
    LABELLED_MAX,
    MAX_NAME,
    UNKNOWN_VALUE,
    stat_name,
    value_codes,
    write_statistical,
)
from hepmeta_desktop.services.dataset import load_dataset
from hepmeta_desktop.services.patients import PatientService

READERS = {"sav": pyreadstat.read_sav, "dta": pyreadstat.read_dta}


def test_value_codes_are_the_documented_mapping():
    assert value_codes(dd.var("sex").choices) == {"F": 1, "M": 2, dd.UNKNOWN: 99}
    assert value_codes(dd.var("performance_status").choices) == {
        "0": 0, "1": 1, "2": 2, "3": 3, "4": 4, dd.UNKNOWN: 99}  # fmt: skip
    assert value_codes(dd.var("transfusion").choices, boolean=True) == {
        "yes": 1,
        "no": 0,
        "UNK": 99,
    }
    assert value_codes(dd.var("margin_status").choices)["R2"] == 3


def test_names_fit_spss_and_stata():
    assert (
        stat_name("liver_mets_diagnosis_days_before_liver_surgery")
        == "liver_mets_dx_days_before_ls"
    )
    assert stat_name("a.b c") == "a_b_c"
    assert stat_name("1st") == "v_1st"
    assert len(stat_name("x" * 80)) == MAX_NAME


@pytest.mark.parametrize("ext", ["sav", "dta"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_file_reads_back_with_labels_and_values(registry, tmp_path, ext, lang):
    data = load_dataset(registry.db.engine)
    path = tmp_path / f"series.{ext}"
    write_statistical(data, path, lang)
    df, meta = READERS[ext](str(path))
    assert len(df) == len(registry.record_numbers)
    assert all(len(c) <= MAX_NAME and "." not in c for c in df.columns)
    assert all(len(c) <= LABELLED_MAX for c in meta.variable_value_labels)
    labels = meta.column_names_to_labels
    assert labels["sex"] == dd.var("sex").label(lang)
    assert labels["margin_status"] == dd.var("margin_status").label(lang)
    female, male = ("Femme", "Homme") if lang == "fr" else ("Female", "Male")
    assert meta.variable_value_labels["sex"] == {
        1: female,
        2: male,
        99: dd.UNKNOWN_CHOICE.label(lang),
    }
    assert meta.variable_value_labels["os_event"][1] == ("Événement" if lang == "fr" else "Event")
    rows = df.set_index("record_number")
    for rec, values in registry.values.items():
        assert rows.loc[rec, "sex"] == value_codes(dd.var("sex").choices)[values["sex"]]
        assert rows.loc[rec, "margin_status"] == {"R0": 1, "R1": 2}[values["margin_status"]]
        assert rows.loc[rec, "birth_date"] == values["birth_date"]
        assert rows.loc[rec, "liver_surgery_date"] == values["liver_surgery_date"]
        assert (
            rows.loc[rec, "segments_involved_VI"] == 1 and rows.loc[rec, "segments_involved_V"] == 0
        )
    dead = rows.loc["IPP-55102-31"]
    assert dead["os_event"] == 1
    surgery = registry.values["IPP-55102-31"]["liver_surgery_date"]
    assert dead["os_days"] == (dt.date(2016, 6, 20) - surgery).days
    assert rows.loc["IPP-91846-27", "excluded_reason"] != ""


def test_unknown_is_user_missing_in_spss(db, tmp_path):
    PatientService(db, "t").create_patient(sample_patient(chemo_response="UNK"))
    path = tmp_path / "unk.sav"
    write_statistical(load_dataset(db.engine), path, "en")
    df, meta = pyreadstat.read_sav(str(path), user_missing=True)
    assert df.loc[0, "chemo_response"] == UNKNOWN_VALUE
    assert meta.missing_ranges["chemo_response"] == [{"lo": 99.0, "hi": 99.0}]
    plain, _ = pyreadstat.read_sav(str(path))
    assert plain["chemo_response"].isna().all()  # SPSS treats 99 as missing
