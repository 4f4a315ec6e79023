"""The analysis dataset: one SQL query over the registry, one pandas row per patient."""

from __future__ import annotations

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals
from sqlalchemy import String, case, func, select, type_coerce
from sqlalchemy.engine import Connection, Engine

from hepmeta_desktop import derived
from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.analysis.variables import dataset_variables
from hepmeta_desktop.models import BreastPrimary, FollowUp, LiverMetastases, LiverSurgery, Patient

_TABLES = {
    "patient": Patient.__table__,
    "primary": BreastPrimary.__table__,
    "metastases": LiverMetastases.__table__,
    "surgery": LiverSurgery.__table__,
}
#: Columns the dataset adds to the dictionary variables (documented in docs/stats_json.md).
DERIVED_COLUMNS = (
    "age",
    "delay_months",
    "timing",
    "period",
    "last_news_date",
    "death_date",
    "first_recurrence_date",
    "os_days",
    "os_event",
    "rfs_days",
    "rfs_event",
    "excluded_reason",
    "recurrence_sites",
    "recurrence_treatment",
    "cause_of_death",
)
PERIOD_YEARS = 5


def _followup_summary():
    """Per-patient aggregates of the news, computed by the database (GROUP BY patient)."""
    f = FollowUp.__table__.c
    dead = f.vital_status == derived.DEAD
    recurred = f.recurrence == dd.YES
    return (
        select(
            f.patient_id,
            func.max(type_coerce(f.visit_date, String)).label("_last_visit"),
            func.max(type_coerce(f.death_date, String)).label("_last_death_date"),
            func.min(case((dead, func.coalesce(f.death_date, f.visit_date)), else_=None)).label(
                "_death"
            ),
            func.min(
                case((recurred, func.coalesce(f.recurrence_date, f.visit_date)), else_=None)
            ).label("_recurrence"),
            func.aggregate_strings(f.recurrence_sites, ",").label("recurrence_sites"),
            func.aggregate_strings(f.recurrence_treatment, ",").label("recurrence_treatment"),
            func.max(f.cause_of_death).label("cause_of_death"),
        )
        .group_by(f.patient_id)
        .subquery("news")
    )


def dataset_query():
    """The one SELECT: every patient with their forms and a summary of their news."""
    p, news = _TABLES["patient"], _followup_summary()
    columns = []
    for v in dataset_variables():
        col = _TABLES[v.form].c[v.name]
        # Dates travel as ISO text and are parsed by pandas in one vectorised call.
        columns.append(type_coerce(col, String).label(v.name) if v.type == dd.DATE else col)
    joined = p
    for form in ("primary", "metastases", "surgery"):
        joined = joined.outerjoin(_TABLES[form], _TABLES[form].c.patient_id == p.c.id)
    joined = joined.outerjoin(news, news.c.patient_id == p.c.id)
    news_cols = [type_coerce(news.c[k], String).label(k) for k in ("_death", "_recurrence")]
    return (
        select(
            p.c.id.label("patient_id"),
            *columns,
            news.c._last_visit,
            news.c._last_death_date,
            *news_cols,
            news.c.recurrence_sites,
            news.c.recurrence_treatment,
            news.c.cause_of_death,
        )
        .select_from(joined)
        .order_by(p.c.id)
    )


#: Rows converted at a time: the Python objects of one chunk are freed before the next.
CHUNK_ROWS = 5_000
_NEWS_DATES = ("_last_visit", "_last_death_date", "_death", "_recurrence")
_NEWS_CODES = ("recurrence_sites", "recurrence_treatment", "cause_of_death")


def _column_kinds() -> dict[str, str]:
    kinds = {"patient_id": "int", "record_number": "text"}
    for v in dataset_variables():
        if v.type == dd.DATE:
            kinds[v.name] = "date"
        elif v.numeric:
            kinds[v.name] = "number"
        elif v.name != "record_number":
            kinds[v.name] = "category"  # codes, and the surgeon's name
    kinds.update({k: "date" for k in _NEWS_DATES})
    kinds.update({k: "category" for k in _NEWS_CODES})
    return kinds


def _dates(series: pd.Series) -> pd.Series:
    return pd.to_datetime(series, format="ISO8601", errors="coerce").astype("datetime64[ns]")


def _typed(rows: list, columns: list[str], kinds: dict[str, str]) -> dict[str, object]:
    # Rows to columns without a DataFrame: no 2-D object block (and no type inference).
    values = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    out: dict[str, object] = {}
    for name, col in zip(columns, values, strict=True):
        kind = kinds[name]
        raw = np.array(col, dtype=object)
        if kind == "date":
            out[name] = _dates(pd.Series(raw))
        elif kind == "number":
            try:  # numbers or None (NaN): numpy converts them at once
                out[name] = pd.Series(np.array(col, dtype="float64"))
            except (TypeError, ValueError):  # anything else typed into the column: missing
                out[name] = pd.to_numeric(pd.Series(raw), errors="coerce").astype("float64")
        elif kind == "category":
            codes, uniques = pd.factorize(raw)
            out[name] = pd.Categorical.from_codes(codes, categories=pd.Index(uniques, dtype=object))
        elif kind == "int":
            out[name] = pd.Series(np.asarray(col, dtype=np.int64))
        else:
            out[name] = pd.Series(raw)
    return out


def read_frame(conn: Connection | Engine) -> pd.DataFrame:
    """Run the one query; typed columns (dates, floats, categorical codes), read in chunks.

    The rows are fetched from the DBAPI cursor (SQLAlchemy's Row objects cost more than
    the query itself at 100,000 patients) and converted chunk by chunk, so that the
    strings of the whole registry are never alive at once.
    """
    if isinstance(conn, Engine):
        with conn.connect() as c:
            return read_frame(c)
    sql = str(dataset_query().compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    result = conn.exec_driver_sql(sql)
    columns = [d[0] for d in result.cursor.description]
    kinds = _column_kinds()
    parts: list[dict[str, object]] = []
    try:
        while rows := result.cursor.fetchmany(CHUNK_ROWS):
            parts.append(_typed(rows, columns, kinds))
    finally:
        result.close()
    if not parts:
        parts.append(_typed([], columns, kinds))
    frame = {}
    for name in columns:
        pieces = [p.pop(name) for p in parts]
        if kinds[name] == "category":
            frame[name] = pd.Series(union_categoricals(pieces, ignore_order=True))
        else:
            frame[name] = pd.concat(pieces, ignore_index=True)
    return pd.DataFrame(frame, copy=False)


def _days(later: pd.Series, earlier: pd.Series) -> pd.Series:
    return (later - earlier).dt.days.astype("float64")


def _unique_codes(series: pd.Series) -> pd.Series:
    """'LIVER,LUNG,LIVER' → 'LIVER,LUNG': the codes once each, in first-seen order."""

    def clean(text: object) -> object:
        if not isinstance(text, str) or not text:
            return None
        return ",".join(dict.fromkeys(p.strip() for p in text.split(",") if p.strip())) or None

    # On a categorical column map() runs once per distinct value, not once per patient.
    return series.map(clean, na_action="ignore").astype("category")


def _labels(codes: np.ndarray, labels: tuple[str, ...], index: pd.Index) -> pd.Series:
    """A categorical column: ``codes`` index ``labels``, -1 = missing."""
    return pd.Series(pd.Categorical.from_codes(codes, categories=list(labels)), index=index)


def build_dataset(raw: pd.DataFrame) -> pd.DataFrame:
    """Add the derived columns (vectorised versions of :mod:`hepmeta_desktop.derived`)."""
    df = raw  # typed by read_frame; built in place to keep one copy of 100,000 rows
    surgery = df["liver_surgery_date"]
    birth = df["birth_date"]
    before_birthday = (surgery.dt.month * 100 + surgery.dt.day) < (
        birth.dt.month * 100 + birth.dt.day
    )
    df["age"] = (surgery.dt.year - birth.dt.year - before_birthday.astype("float64")).astype(
        "float64"
    )
    df["delay_months"] = (
        _days(df["liver_mets_diagnosis_date"], df["breast_surgery_date"]) / derived.DAYS_PER_MONTH
    )
    reference = df["breast_diagnosis_date"].fillna(df["breast_surgery_date"])
    limit = reference + pd.DateOffset(months=derived.SYNCHRONOUS_MONTHS)
    mets = df["liver_mets_diagnosis_date"]
    # Derived labels are categorical: a few distinct values, not one string per patient.
    timing = np.where(~(reference.notna() & mets.notna()), -1, np.where(mets <= limit, 0, 1))
    df["timing"] = _labels(timing, (derived.SYNCHRONOUS, derived.METACHRONOUS), df.index)
    start = (surgery.dt.year // PERIOD_YEARS) * PERIOD_YEARS
    periods = {y: f"{int(y)}–{int(y) + PERIOD_YEARS - 1}" for y in start.dropna().unique()}
    df["period"] = pd.Series(pd.Categorical(start.map(periods)), index=df.index)

    last_visit, last_death = df.pop("_last_visit"), df.pop("_last_death_date")
    death, recurrence = df.pop("_death"), df.pop("_recurrence")
    df["last_news_date"] = pd.concat([last_visit, last_death], axis=1).max(axis=1)
    df["death_date"], df["first_recurrence_date"] = death, recurrence
    no_surgery = surgery.isna()
    no_news = ~no_surgery & death.isna() & ~(df["last_news_date"] > surgery)
    usable = ~(no_surgery | no_news)
    os_days = _days(death.fillna(df["last_news_date"]), surgery)
    rfs_end = pd.concat([recurrence, death], axis=1).min(axis=1)
    df["os_days"] = os_days.where(usable)
    df["os_event"] = death.notna().astype("float64").where(usable)
    df["rfs_days"] = _days(rfs_end, surgery).fillna(os_days).where(usable)
    df["rfs_event"] = rfs_end.notna().astype("float64").where(usable)
    reason = np.where(no_surgery, 1, np.where(no_news, 2, 0))
    df["excluded_reason"] = _labels(
        reason, ("", derived.NO_SURGERY_DATE, derived.NO_NEWS), df.index
    )
    df["recurrence_sites"] = _unique_codes(df["recurrence_sites"])
    df["recurrence_treatment"] = _unique_codes(df["recurrence_treatment"])
    return df


def load_dataset(engine: Engine) -> pd.DataFrame:
    """The analysis dataset of every patient in the database."""
    return build_dataset(read_frame(engine))
