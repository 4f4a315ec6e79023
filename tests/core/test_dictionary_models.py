"""The models hold every dictionary variable once, with its type; 'unknown' is not 'empty'."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import sample_patient
from sqlalchemy import Date, Float, Integer, String, Text, inspect

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.models import FORM_MODELS

SQL_TYPE = {
    dd.TEXT: (String, Text),
    dd.DATE: (Date,),
    dd.CHOICE: (String,),
    dd.BOOL: (String,),
    dd.MULTI: (String,),
    dd.INTEGER: (Integer,),
    dd.DECIMAL: (Float,),
}
#: Columns that are bookkeeping, not clinical data.
TECHNICAL = {"id", "patient_id", "version", "created_at", "updated_at", "name_key"}


def _columns() -> list[tuple[str, str, object]]:
    out = []
    for form, model in FORM_MODELS.items():
        for col in inspect(model).columns:
            out.append((form, col.name, col))
    return out


def test_every_variable_has_exactly_one_column_of_its_type() -> None:
    columns = _columns()
    for variable in dd.variables():
        if variable.form == "followup" and variable.name == "record_number":
            continue  # the link is the foreign key patient_id, not a copy of the number
        found = [c for form, name, c in columns if form == variable.form and name == variable.name]
        assert len(found) == 1, variable.key
        col = found[0]
        assert isinstance(col.type, SQL_TYPE[variable.type]), (variable.key, col.type)
        assert col.info["variable"] is variable
        # Only the patient's keys are NOT NULL in the schema; the rest is checked by validation.
        assert col.nullable == (variable.name not in ("record_number", "last_name", "first_name"))


def test_no_clinical_column_outside_the_dictionary() -> None:
    known = {(v.form, v.name) for v in dd.variables()}
    extra = [(f, n) for f, n, _ in _columns() if n not in TECHNICAL and (f, n) not in known]
    assert extra == []


def test_record_number_is_unique_in_the_schema() -> None:
    col = FORM_MODELS["patient"].__table__.c.record_number
    assert col.unique


@pytest.mark.parametrize(
    "name", [v.name for v in dd.patient_variables() if v.type in (dd.CHOICE, dd.BOOL)]
)
def test_unknown_and_not_recorded_round_trip_apart(patients, name: str) -> None:
    variable = dd.var(name)
    assert dd.UNKNOWN in variable.codes()
    unknown = patients.create_patient(sample_patient(record_number="U", **{name: dd.UNKNOWN}))
    assert patients.get_patient(unknown.id)[name] == dd.UNKNOWN
    if variable.required:
        return
    empty = patients.create_patient(
        sample_patient(record_number="E", first_name="Other", **{name: None})
    )
    assert patients.get_patient(empty.id)[name] is None


@pytest.mark.parametrize("name", ["vital_status", "recurrence", "cause_of_death"])
def test_unknown_news_values_round_trip(patients, news, name: str) -> None:
    p = patients.create_patient(sample_patient())
    values = {"visit_date": dt.date(2020, 1, 1), "vital_status": "ALIVE_NED"}
    if name == "cause_of_death":
        values.update(vital_status="DEAD", death_date=dt.date(2019, 12, 1))
    values[name] = dd.UNKNOWN
    saved = news.add_followup(p.id, values)
    [back] = news.list_followups(p.id)
    assert back.id == saved.id and back[name] == dd.UNKNOWN
    if name == "recurrence":
        news.update_followup(saved.id, {name: None}, expected_version=1, reason="typo")
        assert news.list_followups(p.id)[0][name] is None


def test_bool_codes_and_labels_come_from_the_dictionary() -> None:
    variable = dd.var("transfusion")
    assert variable.codes() == (dd.YES, dd.NO, dd.UNKNOWN)
    assert dd.format_label(variable, dd.UNKNOWN, "fr") == "Inconnu"
    assert dd.format_label(variable, None, "fr") == ""
