"""Hypothesis strategies for the core's property tests: values of every variable, valid,
just outside their limits, or of the wrong type altogether."""

from __future__ import annotations

import datetime as dt
from typing import Any

from conftest import TODAY, sample_patient
from hypothesis import strategies as st

from hepmeta_desktop import dictionary as dd

BASE = sample_patient()

ANYTHING = st.one_of(
    st.none(),
    st.sampled_from(["", "   ", "\t", "oui", "1", "2016-02-03", "IV,V"]),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(max_size=6),
    st.dates(dt.date(1850, 1, 1), dt.date(2100, 1, 1)),
    st.lists(st.sampled_from(["I", "IV", "LIVER", "x", 3]), max_size=3),
    st.just({"IV": True}),
    st.just(b"IV"),
)


def near(day: dt.date, days: int = 800) -> st.SearchStrategy[dt.date]:
    """Dates around a plausible one (so that some are in order and some are not)."""
    return offsets(-days, days).map(lambda n: day + dt.timedelta(days=n))


def offsets(lo: int, hi: int) -> st.SearchStrategy[int]:
    """Numbers of days, the boundaries (same day, one day off) often."""
    return st.one_of(st.sampled_from([x for x in (-1, 0, 1) if lo <= x <= hi]), st.integers(lo, hi))


def valid_value(variable: dd.Variable, around: Any = None) -> st.SearchStrategy[Any]:
    """Values the variable can hold (the clinical rules may still refuse them)."""
    t = variable.type
    if t == dd.TEXT:
        return st.text(max_size=20)
    if t == dd.DATE:
        days = near(around, 20) if isinstance(around, dt.date) else near(dt.date(2015, 1, 1))
        return st.one_of(days, days.map(lambda d: dt.datetime(d.year, d.month, d.day, 10)))
    if t == dd.INTEGER:
        return st.one_of(
            st.integers(variable.min, variable.max),
            st.integers(variable.min, variable.max).map(float),
        )
    if t == dd.DECIMAL:
        # Small round numbers too: the clinical rules' thresholds (a 1 mm margin) are there.
        lo, hi = variable.min, variable.max
        return st.one_of(
            st.floats(lo, hi),
            st.sampled_from([x for x in (lo, hi, 0.5, 1, 1.5, 2, 10) if lo <= x <= hi]),
            st.just(-0.0 * lo),
        )
    if t in (dd.CHOICE, dd.BOOL):
        return st.sampled_from(variable.codes())
    codes = st.lists(st.sampled_from(variable.codes()), max_size=4)
    return st.one_of(codes, codes.map(", ".join), codes.map(frozenset))


def edge_value(variable: dd.Variable, around: Any = None) -> st.SearchStrategy[Any]:
    """Values of the variable's own type just outside what it may hold."""
    t = variable.type
    if t == dd.TEXT:
        return st.one_of(st.text(alphabet="ab ", min_size=198, max_size=203), st.just("  "))
    if t == dd.DATE:
        return st.one_of(
            near(around if isinstance(around, dt.date) else dt.date(2015, 1, 1)),
            st.sampled_from([variable.min - dt.timedelta(days=1), TODAY + dt.timedelta(days=1)]),
        )
    if t in dd.NUMERIC_TYPES:
        step = 1 if t == dd.INTEGER else 0.01
        return st.sampled_from(
            [variable.min - step, variable.max + step, variable.min, variable.max]
        )
    if t in (dd.CHOICE, dd.BOOL):
        return st.sampled_from(["", "zz", "yes ", "unk", "Oui"])
    return st.sampled_from([["NOPE"], "I,NOPE", [1], ""])


def value_of(variable: dd.Variable, around: Any = None) -> st.SearchStrategy[Any]:
    return st.one_of(
        valid_value(variable, around),
        valid_value(variable, around),
        valid_value(variable, around),
        edge_value(variable, around),
        ANYTHING,
    )


PATIENT_NAMES = [v.name for v in dd.patient_variables()]


@st.composite
def patient_changes(draw: st.DrawFn, *, identity: bool = True) -> dict[str, Any]:
    """A few variables of the sample patient changed to arbitrary values."""
    names = draw(st.lists(st.sampled_from(PATIENT_NAMES), max_size=5, unique=True))
    out: dict[str, Any] = {}
    for name in names:
        if name == "record_number":
            if identity:
                out[name] = draw(st.sampled_from(["R1", "R2", " R1 ", "", None, 7]))
        elif name == "last_name" and identity:
            out[name] = draw(st.sampled_from(["Lefèvre", "LEFEVRE", "Martin", "", None]))
        elif name == "first_name" and identity:
            out[name] = draw(st.sampled_from(["Hélène", "helene", "Anne", " ", None]))
        else:
            out[name] = draw(value_of(dd.var(name), BASE.get(name)))
    return out


NEWS_NAMES = [v.name for v in dd.followup_variables()]


@st.composite
def news_item(draw: st.DrawFn) -> dict[str, Any]:
    """A piece of news, mostly consistent, with a few values then made arbitrary."""
    visit = draw(near(dt.date(2018, 1, 1), 900))
    status = draw(st.sampled_from(dd.var("vital_status", "followup").codes()))
    item: dict[str, Any] = {"visit_date": visit, "vital_status": status}
    if status == "DEAD":
        item["death_date"] = visit - dt.timedelta(days=draw(offsets(0, 40)))
        item["cause_of_death"] = draw(st.sampled_from([None, "DISEASE", "UNK"]))
    item["recurrence"] = draw(st.sampled_from([None, "yes", "no", "UNK"]))
    if item["recurrence"] == "yes":
        item["recurrence_date"] = visit - dt.timedelta(days=draw(offsets(-1, 300)))
        item["recurrence_sites"] = draw(valid_value(dd.var("recurrence_sites", "followup")))
    for name in draw(st.lists(st.sampled_from(NEWS_NAMES), max_size=2, unique=True)):
        item[name] = draw(value_of(dd.var(name, "followup"), visit))
    return item
