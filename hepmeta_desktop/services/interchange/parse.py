"""Tolerant reading of headers and cells: names or labels, codes or labels, local formats.

What cannot be read is handed on unchanged, so that the services' validator refuses it
with the very message the form would show.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from hepmeta_desktop import dictionary as dd

_UNIT_SUFFIX = re.compile(r"\s*[\(\[][^\)\]]*[\)\]]\s*$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_SPACES = re.compile(r"[\s\u00a0\u202f']")

#: Extra ways of writing yes, no and unknown (the labels Oui/Non/Inconnu are matched anyway).
BOOL_ALIASES = {
    dd.YES: ("yes", "oui", "1", "true", "vrai", "y", "o"),
    dd.NO: ("no", "non", "0", "false", "faux", "n"),
    dd.UNKNOWN: ("unk", "unknown", "inconnu", "inconnue", "nsp", "?"),
}


def header_key(text: Any) -> str:
    """A header folded for matching: case, accents, spaces and underscores ignored."""
    return dd.fold(str(text).replace("_", " ")) if text is not None else ""


@dataclass
class ColumnMap:
    """Which cell index holds which variable, and the headers that matched nothing."""

    index: dict[str, int] = field(default_factory=dict)  # variable name → column index
    header: dict[str, str] = field(default_factory=dict)  # variable name → header as written
    extra: list[tuple[int, str]] = field(default_factory=list)  # unknown columns
    duplicate: list[tuple[int, str, str]] = field(default_factory=list)  # (index, header, name)


@cache
def _header_lookup(columns: tuple[dd.Variable, ...]) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for v in columns:  # names first: a name always wins over another variable's label
        lookup.setdefault(header_key(v.name), v.name)
    for v in columns:
        for label in (v.label_fr, v.label_en):
            lookup.setdefault(header_key(label), v.name)
    return lookup


def map_columns(header: Sequence[Any], columns: tuple[dd.Variable, ...]) -> ColumnMap:
    """Match each header to a variable by name or French/English label (with or without unit)."""
    lookup = _header_lookup(columns)
    out = ColumnMap()
    for i, raw in enumerate(header):
        text = "" if raw is None else str(raw).strip()
        if not text:
            continue
        key = header_key(text)
        name = lookup.get(key) or lookup.get(header_key(_UNIT_SUFFIX.sub("", text)))
        if name is None:
            out.extra.append((i, text))
        elif name in out.index:
            out.duplicate.append((i, text, name))
        else:
            out.index[name] = i
            out.header[name] = text
    return out


# --------------------------------------------------------------------------- cells
def cell_text(value: Any) -> str:
    """A cell as the report shows it."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date) or not isinstance(value, str):
        return value
    match = _ISO.match(value)
    try:
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        match = _DMY.match(value)
        if match:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        pass  # 31/02/2019: the validator says "date expected"
    return value


def parse_number(value: Any, unit: str = "") -> Any:
    if isinstance(value, bool) or not isinstance(value, str):
        return value
    text = value
    if unit and text.endswith(unit):
        text = text[: -len(unit)]
    text = _SPACES.sub("", text)
    if "," in text:
        # '3,5' is a French decimal; '1.234,5' uses '.' for thousands.
        text = text.replace(".", "").replace(",", ".") if "." in text else text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return value
    if number.is_integer() and re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    return number


@cache
def ambiguous_labels(variable: dd.Variable) -> frozenset[str]:
    """Folded labels that two codes share (cause of death: 'Unknown' is UNKNOWN and UNK).

    The importer refuses them rather than guess; the exporter writes such values as codes.
    """
    seen: dict[str, str] = {}
    out = set()
    for c in variable.choices:
        for label in {dd.fold(c.label_fr), dd.fold(c.label_en)}:
            if seen.setdefault(label, c.code) != c.code:
                out.add(label)
    return frozenset(out)


@cache
def _code_lookup(variable: dd.Variable) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for c in variable.choices:  # codes first, then labels, then aliases
        lookup.setdefault(dd.fold(c.code), c.code)
    shared = ambiguous_labels(variable)
    for c in variable.choices:
        for label in (dd.fold(c.label_fr), dd.fold(c.label_en)):
            if label not in shared:
                lookup.setdefault(label, c.code)
    if variable.type == dd.BOOL:
        for code, aliases in BOOL_ALIASES.items():
            for alias in aliases:
                lookup.setdefault(alias, code)
    return lookup


def _as_code_text(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    return value


def parse_choice(variable: dd.Variable, value: Any) -> Any:
    value = _as_code_text(value)
    if not isinstance(value, str) or variable.choice(value) is not None:
        return value
    return _code_lookup(variable).get(dd.fold(value), value)


def parse_multi(variable: dd.Variable, value: Any) -> Any:
    value = _as_code_text(value)
    if not isinstance(value, str):
        return value
    lookup = _code_lookup(variable)
    parts = [p.strip() for p in re.split(r"[,;+]", value) if p.strip()]
    return ",".join(p if variable.choice(p) else lookup.get(dd.fold(p), p) for p in parts)


def parse_text(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a record number typed as a number: 12345, not 12345.0
    if isinstance(value, int | float | dt.date):
        return cell_text(value)
    return value


def parser_for(variable: dd.Variable) -> Callable[[Any], Any]:
    """The function turning a cell into the value the validator expects."""
    t = variable.type
    if t == dd.DATE:
        return parse_date
    if t in dd.NUMERIC_TYPES:
        return lambda v: parse_number(v, variable.unit)
    if t in (dd.CHOICE, dd.BOOL):
        return lambda v: parse_choice(variable, v)
    if t == dd.MULTI:
        return lambda v: parse_multi(variable, v)
    return parse_text


def parse_cell(parser: Callable[[Any], Any], value: Any) -> Any:
    """Empty cells (None, '', spaces) are not recorded; others go through the parser."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
    return parser(value)
