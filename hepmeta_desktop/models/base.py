"""Declarative base and the column factory that reads the data dictionary."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, Float, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, mapped_column

from hepmeta_desktop import dictionary as dd

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


_SQL_TYPES: dict[str, Any] = {
    dd.TEXT: String(200),
    dd.DATE: Date(),
    dd.CHOICE: String(40),
    dd.BOOL: String(8),
    dd.MULTI: String(200),
    dd.INTEGER: Integer(),
    dd.DECIMAL: Float(),
}


def var_column(name: str, form: str, **kwargs: Any) -> Any:
    """A column for a dictionary variable: its SQL type and metadata come from the dictionary.

    Codes are stored (choices, yes/no as ``yes``/``no``/``UNK``, multiple choices as
    ``IV,V``); ``NULL`` means "not recorded".
    """
    variable = dd.var(name, form)
    sql_type = Text() if name == "notes" else _SQL_TYPES[variable.type]
    kwargs.setdefault("nullable", True)
    return mapped_column(sql_type, info={"variable": variable}, **kwargs)
