"""The data dictionary: every variable's label, type, bounds and codes, declared once.

The dictionary is read from ``resources/data_dictionary.csv`` (the department's
specification, shipped with the package).  The models, the validator, the forms, the
importer, the exporter and Table 1 all read their metadata from here.
"""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

FORMS = ("patient", "primary", "metastases", "surgery", "followup")
#: Forms whose variables make up one patient row of the interchange file.
PATIENT_FORMS = ("patient", "primary", "metastases", "surgery")

#: Code meaning "asked, but not known" -- distinct from an empty value ("not recorded").
UNKNOWN = "UNK"
YES, NO = "yes", "no"

TEXT, DATE, CHOICE, BOOL, MULTI, INTEGER, DECIMAL = (
    "text",
    "date",
    "choice",
    "bool",
    "multi",
    "integer",
    "decimal",
)
CODED_TYPES = (CHOICE, BOOL, MULTI)
NUMERIC_TYPES = (INTEGER, DECIMAL)

#: Variables that identify a patient: dropped or replaced in pseudonymised exports.
IDENTIFYING = ("record_number", "last_name", "first_name", "birth_date", "phone", "notes")


@dataclass(frozen=True)
class Choice:
    """One coded answer of a choice, yes/no or multiple-choice variable."""

    code: str
    label_en: str
    label_fr: str

    def label(self, lang: str = "fr") -> str:
        return self.label_fr if lang == "fr" else self.label_en


UNKNOWN_CHOICE = Choice(UNKNOWN, "Unknown", "Inconnu")
BOOL_CHOICES = (Choice(YES, "Yes", "Oui"), Choice(NO, "No", "Non"), UNKNOWN_CHOICE)


@dataclass(frozen=True)
class Variable:
    """One variable of the registry, as the data dictionary declares it."""

    form: str
    name: str
    type: str
    required: bool
    choices: tuple[Choice, ...] = ()
    min: Any = None
    max: Any = None
    unit: str = ""
    label_en: str = ""
    label_fr: str = ""
    note: str = ""
    _by_code: dict[str, Choice] = field(default_factory=dict, compare=False, repr=False)

    def label(self, lang: str = "fr") -> str:
        return self.label_fr if lang == "fr" else self.label_en

    @property
    def key(self) -> str:
        """Unique key: the name, prefixed by the form where two forms share a name."""
        return f"{self.form}.{self.name}"

    @property
    def coded(self) -> bool:
        return self.type in CODED_TYPES

    @property
    def numeric(self) -> bool:
        return self.type in NUMERIC_TYPES

    @property
    def identifying(self) -> bool:
        return self.form == "patient" and self.name in IDENTIFYING

    def choice(self, code: str) -> Choice | None:
        return self._by_code.get(code)

    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.choices)

    def choice_label(self, code: str | None, lang: str = "fr") -> str:
        """The label of a code in the user's language ('' for not recorded)."""
        if code is None:
            return ""
        found = self._by_code.get(code)
        return found.label(lang) if found else code

    def bounds_text(self, lang: str = "fr") -> str:
        """Human-readable bounds, e.g. '0.1 – 30 cm'."""
        if self.min is None and self.max is None:
            return ""
        lo = format_plain(self, self.min) if self.min is not None else "…"
        hi = format_plain(self, self.max) if self.max is not None else "…"
        return f"{lo} – {hi}{(' ' + self.unit) if self.unit else ''}"


def _parse_choices(text: str, type_: str) -> tuple[Choice, ...]:
    if type_ == BOOL:
        return BOOL_CHOICES
    out: list[Choice] = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        if "=" in part:
            code, labels = part.split("=", 1)
            en, _, fr = labels.partition("|")
            out.append(Choice(code.strip(), en.strip(), (fr or en).strip()))
        else:
            out.append(Choice(part, part, part))
    if type_ == CHOICE:
        out.append(UNKNOWN_CHOICE)
    return tuple(out)


def _parse_bound(text: str, type_: str) -> Any:
    text = text.strip()
    if not text:
        return None
    if type_ == DATE:
        return dt.date.fromisoformat(text)
    if type_ == INTEGER:
        return int(text)
    return float(text)


@cache
def variables() -> tuple[Variable, ...]:
    """Every variable of the dictionary, in the order of the paper file."""
    text = resources.files("hepmeta_desktop.resources").joinpath("data_dictionary.csv")
    out: list[Variable] = []
    with text.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            type_ = row["type"].strip()
            choices = _parse_choices(row["choices"], type_)
            out.append(
                Variable(
                    form=row["form"].strip(),
                    name=row["variable"].strip(),
                    type=type_,
                    required=row["required"].strip().lower() == "yes",
                    choices=choices,
                    min=_parse_bound(row["min"], type_),
                    max=_parse_bound(row["max"], type_),
                    unit=row["unit"].strip(),
                    label_en=row["label_en"].strip(),
                    label_fr=row["label_fr"].strip(),
                    note=row["note"].strip(),
                    _by_code={c.code: c for c in choices},
                )
            )
    return tuple(out)


@cache
def form_variables(form: str) -> tuple[Variable, ...]:
    return tuple(v for v in variables() if v.form == form)


@cache
def _index() -> dict[str, Variable]:
    idx: dict[str, Variable] = {}
    for v in variables():
        idx[v.key] = v
        idx.setdefault(v.name, v)  # the first form wins for shared names (record_number)
    return idx


def var(name: str, form: str | None = None) -> Variable:
    """Look a variable up by name (or ``form.name``)."""
    key = f"{form}.{name}" if form else name
    try:
        return _index()[key]
    except KeyError:
        raise KeyError(f"unknown variable: {key}") from None


@cache
def patient_variables() -> tuple[Variable, ...]:
    """The variables of one patient row (identity, primary, metastases, surgery)."""
    return tuple(v for v in variables() if v.form in PATIENT_FORMS)


@cache
def followup_variables(include_link: bool = False) -> tuple[Variable, ...]:
    """The variables of one piece of news (without the record number link by default)."""
    return tuple(v for v in form_variables("followup") if include_link or v.name != "record_number")


# --------------------------------------------------------------------------- values
def fold(text: str) -> str:
    """Lower case without accents, spaces collapsed: for matching names and labels."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def format_plain(variable: Variable, value: Any) -> str:
    """A stored value as interchange text: codes, ISO dates, '.' decimals; '' when empty."""
    if value is None:
        return ""
    if variable.type == DATE:
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if variable.type == MULTI:
        return ",".join(split_multi(value))
    if variable.type == DECIMAL:
        # The shortest text that reads back as the same float ('3.5', '12'): the audit
        # trail and the interchange file must tell two different values apart.
        text = repr(float(value) + 0.0)
        return text[:-2] if text.endswith(".0") else text
    return str(value)


def format_label(variable: Variable, value: Any, lang: str = "fr") -> str:
    """A stored value as a person reads it: labels in the user's language, local dates."""
    if value is None or value == "" or value == ():
        return ""
    if variable.type == MULTI:
        return ", ".join(variable.choice_label(c, lang) for c in split_multi(value))
    if variable.coded:
        return variable.choice_label(value, lang)
    if variable.type == DATE:
        return value.strftime("%d/%m/%Y") if lang == "fr" else value.isoformat()
    if variable.type == DECIMAL:
        text = format_plain(variable, value)
        return text.replace(".", ",") if lang == "fr" else text
    return str(value)


def split_multi(value: Any) -> tuple[str, ...]:
    """A multiple-choice value as a tuple of codes (accepts 'A,B' or an iterable)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(p.strip() for p in value.split(",") if p.strip())
    return tuple(value)


def join_multi(variable: Variable, codes: Iterable[str]) -> str | None:
    """Codes of a multiple choice in dictionary order, as stored ('IV,V'); None if empty."""
    chosen = set(codes)
    ordered = [c for c in variable.codes() if c in chosen]
    ordered += sorted(chosen.difference(ordered))
    return ",".join(ordered) or None


def iter_labels(variable: Variable) -> Iterator[tuple[str, str]]:
    """(code, 'code | English | French') pairs, used in documentation and the dictionary sheet."""
    for c in variable.choices:
        yield c.code, f"{c.label_en} | {c.label_fr}"
