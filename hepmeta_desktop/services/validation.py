"""Validation of a patient's file and of its news: types, bounds, codes and clinical rules.

Every rule lives here and nowhere else; the window, the importer and the command line
all go through these functions (via the services), so a rule cannot be bypassed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.errors import Message

Errors = dict[str, Message]

REQUIRED = Message("Champ obligatoire.", "Required field.")


def _msg(fr: str, en: str) -> Message:
    return Message(fr, en)


def _fmt_date(day: dt.date) -> tuple[str, str]:
    return day.strftime("%d/%m/%Y"), day.isoformat()


# --------------------------------------------------------------------------- one value
def normalise(variable: dd.Variable, value: Any) -> Any:
    """The stored form of a typed value, or raise ``ValueError`` with a ``Message``.

    Empty strings and empty selections become ``None`` (not recorded); text is stripped;
    multiple choices become the stored ``'IV,V'`` string in dictionary order.
    """
    if value is None:
        return None
    if isinstance(value, str) and variable.type != dd.MULTI:
        value = value.strip()
        if value == "":
            return None
    t = variable.type
    if t == dd.TEXT:
        if not isinstance(value, str):
            raise ValueError(_msg("Texte attendu.", "Text expected."))
        limit = 10000 if variable.name == "notes" else 200
        if len(value) > limit:
            raise ValueError(
                _msg(
                    f"Texte trop long ({limit} caractères au plus).",
                    f"Text too long (max {limit}).",
                )
            )
        if "\x00" in value:
            # PostgreSQL cannot store it (SQLite can): refused on both, so both hold the same.
            raise ValueError(
                _msg(
                    "Caractère nul (invisible) à retirer.", "Null character (invisible) to remove."
                )
            )
        return value
    if t == dd.DATE:
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            raise ValueError(_msg("Date attendue (JJ/MM/AAAA).", "Date expected (DD/MM/YYYY)."))
        return value
    if t == dd.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(_msg("Nombre entier attendu.", "Whole number expected."))
        if isinstance(value, float):
            if not value.is_integer():
                raise ValueError(_msg("Nombre entier attendu.", "Whole number expected."))
            value = int(value)
        return value
    if t == dd.DECIMAL:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(_msg("Nombre attendu.", "Number expected."))
        value = float(value)
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(_msg("Nombre attendu.", "Number expected."))
        # -0.0 reads back from SQLite as 0.0: store the one zero, so text and value agree.
        return value + 0.0
    if t in (dd.CHOICE, dd.BOOL):
        if not isinstance(value, str) or variable.choice(value) is None:
            allowed = ", ".join(variable.codes())
            raise ValueError(
                _msg(
                    f"Valeur non prévue (choix : {allowed}).",
                    f"Unexpected value (choices: {allowed}).",
                )
            )
        return value
    if t == dd.MULTI:
        if isinstance(value, bytes | Mapping) or not isinstance(value, str | Iterable):
            raise ValueError(_msg("Liste de codes attendue.", "List of codes expected."))
        codes = dd.split_multi(value)
        unknown = [str(c) for c in codes if not isinstance(c, str) or variable.choice(c) is None]
        if unknown:
            allowed = ", ".join(variable.codes())
            raise ValueError(
                _msg(
                    f"Valeur(s) non prévue(s) : {', '.join(unknown)} (choix : {allowed}).",
                    f"Unexpected value(s): {', '.join(unknown)} (choices: {allowed}).",
                )
            )
        return dd.join_multi(variable, codes)
    raise AssertionError(f"unhandled type {t}")


def _check_bounds(variable: dd.Variable, value: Any) -> Message | None:
    lo, hi = variable.min, variable.max
    if lo is None and hi is None:
        return None
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        unit = f" {variable.unit}" if variable.unit else ""
        if variable.type == dd.DATE:
            lo_fr, lo_en = _fmt_date(lo)
            return _msg(f"Date antérieure au {lo_fr}.", f"Date before {lo_en}.")
        lo_t = dd.format_plain(variable, lo) if lo is not None else "…"
        hi_t = dd.format_plain(variable, hi) if hi is not None else "…"
        return _msg(
            f"Hors limites ({lo_t} à {hi_t}{unit}).",
            f"Out of range ({lo_t} to {hi_t}{unit}).",
        )
    return None


#: Public name: the form checks a number's range when the field is left, with this message.
check_bounds = _check_bounds


def clean_values(
    variables: Sequence[dd.Variable], raw: Mapping[str, Any], errors: Errors, today: dt.date
) -> dict[str, Any]:
    """Normalise each variable's value; record type, bound, required and future-date errors."""
    cleaned: dict[str, Any] = {}
    for variable in variables:
        name = variable.name
        try:
            value = normalise(variable, raw.get(name))
        except ValueError as exc:
            errors[name] = exc.args[0]
            continue
        if value is None:
            if variable.required:
                errors[name] = REQUIRED
            cleaned[name] = None
            continue
        problem = _check_bounds(variable, value)
        if problem is None and variable.type == dd.DATE and value > today:
            problem = _msg("Date dans le futur.", "Date in the future.")
        if problem is not None:
            errors[name] = problem
        cleaned[name] = value
    return cleaned


# --------------------------------------------------------------------------- rules
def _order(
    errors: Errors,
    values: Mapping[str, Any],
    earlier: str,
    later: str,
    fr: str,
    en: str,
) -> None:
    a, b = values.get(earlier), values.get(later)
    if isinstance(a, dt.date) and isinstance(b, dt.date) and b < a and later not in errors:
        a_fr, a_en = _fmt_date(a)
        errors[later] = _msg(f"{fr} ({a_fr}).", f"{en} ({a_en}).")


def patient_rules(values: Mapping[str, Any], errors: Errors) -> None:
    """Clinical order of the patient's dates and the consistency of their answers."""
    _order(
        errors,
        values,
        "birth_date",
        "breast_diagnosis_date",
        "Diagnostic avant la naissance",
        "Diagnosis before birth",
    )
    _order(
        errors,
        values,
        "birth_date",
        "breast_surgery_date",
        "Chirurgie du sein avant la naissance",
        "Breast surgery before birth",
    )
    _order(
        errors,
        values,
        "breast_diagnosis_date",
        "breast_surgery_date",
        "Chirurgie du sein avant son diagnostic",
        "Breast surgery before its diagnosis",
    )
    _order(
        errors,
        values,
        "breast_diagnosis_date",
        "liver_mets_diagnosis_date",
        "Métastases découvertes avant le diagnostic du cancer du sein",
        "Liver metastases found before the breast cancer diagnosis",
    )
    _order(
        errors,
        values,
        "breast_surgery_date",
        "liver_mets_diagnosis_date",
        "Métastases découvertes avant la chirurgie du sein",
        "Liver metastases found before the breast surgery",
    )
    _order(
        errors,
        values,
        "liver_mets_diagnosis_date",
        "liver_surgery_date",
        "Chirurgie hépatique avant la découverte des métastases",
        "Liver surgery before the metastases were found",
    )
    if (
        values.get("chemo_response") not in (None, dd.UNKNOWN)
        and values.get("preop_chemotherapy") == dd.NO
    ):
        errors.setdefault(
            "chemo_response",
            _msg(
                "Réponse indiquée sans chimiothérapie préopératoire.",
                "Response given without chemotherapy before surgery.",
            ),
        )
    margin = values.get("margin_mm")
    if margin is not None and margin > 1 and values.get("margin_status") in ("R1", "R2"):
        errors.setdefault(
            "margin_mm",
            _msg("Marge > 1 mm incompatible avec R1/R2.", "A margin over 1 mm contradicts R1/R2."),
        )


def followup_rules(
    item: Mapping[str, Any], liver_surgery_date: dt.date | None, errors: Errors
) -> None:
    """Rules of one piece of news taken alone (and against the liver surgery date)."""
    visit = item.get("visit_date")
    if (
        isinstance(visit, dt.date)
        and isinstance(liver_surgery_date, dt.date)
        and visit < liver_surgery_date
        and "visit_date" not in errors
    ):
        s_fr, s_en = _fmt_date(liver_surgery_date)
        errors["visit_date"] = _msg(
            f"Nouvelles antérieures à la chirurgie hépatique ({s_fr}).",
            f"News dated before the liver surgery ({s_en}).",
        )
    has_recurrence = item.get("recurrence") == dd.YES
    for name in ("recurrence_date", "recurrence_sites", "recurrence_treatment"):
        if item.get(name) is not None and not has_recurrence:
            errors.setdefault(
                name,
                _msg(
                    "Renseigné seulement en cas de récidive.", "Only filled in with a recurrence."
                ),
            )
    if has_recurrence and item.get("recurrence_date") is None:
        errors.setdefault(
            "recurrence_date",
            _msg(
                "Date de récidive obligatoire en cas de récidive.",
                "Recurrence date required with a recurrence.",
            ),
        )
    rec = item.get("recurrence_date")
    if isinstance(rec, dt.date):
        if isinstance(liver_surgery_date, dt.date) and rec < liver_surgery_date:
            errors.setdefault(
                "recurrence_date",
                _msg(
                    "Récidive antérieure à la chirurgie hépatique.",
                    "Recurrence before the liver surgery.",
                ),
            )
        if isinstance(visit, dt.date) and rec > visit:
            errors.setdefault(
                "recurrence_date",
                _msg(
                    "Récidive postérieure à la date des nouvelles.",
                    "Recurrence after the date of the news.",
                ),
            )
    dead = item.get("vital_status") == "DEAD"
    for name in ("death_date", "cause_of_death"):
        if item.get(name) is not None and not dead:
            errors.setdefault(
                name,
                _msg(
                    "Renseigné seulement si la patiente est décédée.",
                    "Only filled in when the patient has died.",
                ),
            )
    if dead and item.get("death_date") is None:
        errors.setdefault(
            "death_date",
            _msg("Date du décès obligatoire.", "Date of death required."),
        )
    death = item.get("death_date")
    if isinstance(death, dt.date):
        if isinstance(liver_surgery_date, dt.date) and death < liver_surgery_date:
            errors.setdefault(
                "death_date",
                _msg(
                    "Décès antérieur à la chirurgie hépatique.", "Death before the liver surgery."
                ),
            )
        if isinstance(visit, dt.date) and death > visit:
            errors.setdefault(
                "death_date",
                _msg(
                    "Décès postérieur à la date des nouvelles.", "Death after the date of the news."
                ),
            )


def history_rules(items: Sequence[Mapping[str, Any]]) -> dict[int, Errors]:
    """Rules across the news of one patient: no news after a death, one death only.

    Returns errors by index in ``items``.
    """
    out: dict[int, Errors] = {}
    deaths = [
        (i, it.get("death_date") or it.get("visit_date"))
        for i, it in enumerate(items)
        if it.get("vital_status") == "DEAD"
    ]
    deaths = [(i, d) for i, d in deaths if isinstance(d, dt.date)]
    if not deaths:
        return out
    first_index, first_death = min(deaths, key=lambda p: p[1])
    for i, it in enumerate(items):
        visit = it.get("visit_date")
        if i == first_index or not isinstance(visit, dt.date):
            continue
        if it.get("vital_status") == "DEAD":
            if it.get("death_date") not in (None, first_death):
                out.setdefault(i, {})["death_date"] = _msg(
                    "Deux dates de décès différentes.", "Two different dates of death."
                )
            continue
        if visit > first_death:
            d_fr, d_en = _fmt_date(first_death)
            out.setdefault(i, {})["visit_date"] = _msg(
                f"Nouvelles d'une patiente vivante après son décès ({d_fr}).",
                f"News of a living patient after her death ({d_en}).",
            )
    return out


# --------------------------------------------------------------------------- entry points
def validate_patient(
    raw: Mapping[str, Any],
    followups: Iterable[Mapping[str, Any]] = (),
    today: dt.date | None = None,
) -> tuple[dict[str, Any], Errors]:
    """Normalise and check a patient's file; returns (cleaned values, errors by field)."""
    today = today or dt.date.today()
    errors: Errors = {}
    cleaned = clean_values(dd.patient_variables(), raw, errors, today)
    patient_rules(cleaned, errors)
    surgery = cleaned.get("liver_surgery_date")
    # Every date a piece of news carries (recurrence and death too) follows the surgery.
    news = [f.get(k) for f in followups for k in ("visit_date", "recurrence_date", "death_date")]
    news = [d for d in news if isinstance(d, dt.date)]
    if isinstance(surgery, dt.date) and news and min(news) < surgery:
        errors.setdefault(
            "liver_surgery_date",
            _msg(
                "Chirurgie hépatique postérieure à des nouvelles déjà saisies "
                f"({_fmt_date(min(news))[0]}).",
                f"Liver surgery after news already recorded ({min(news).isoformat()}).",
            ),
        )
    return cleaned, errors


def validate_followup(
    raw: Mapping[str, Any],
    liver_surgery_date: dt.date | None,
    others: Sequence[Mapping[str, Any]] = (),
    today: dt.date | None = None,
) -> tuple[dict[str, Any], Errors]:
    """Normalise and check one piece of news, against the patient's other news."""
    today = today or dt.date.today()
    errors: Errors = {}
    cleaned = clean_values(dd.followup_variables(), raw, errors, today)
    followup_rules(cleaned, liver_surgery_date, errors)
    history = history_rules([*others, cleaned])
    for name, message in history.get(len(others), {}).items():
        errors.setdefault(name, message)
    if len(others) and not history.get(len(others)):
        # The new item may make an earlier one impossible: a death before older 'alive'
        # news, or an earlier date of death than the one already recorded.
        for i, errs in history.items():
            if i < len(others) and "visit_date" in errs:
                errors.setdefault(
                    "death_date" if cleaned.get("vital_status") == "DEAD" else "visit_date",
                    _msg(
                        "Des nouvelles déjà saisies disent la patiente vivante après ce décès.",
                        "News already recorded says the patient was alive after this death.",
                    ),
                )
            elif i < len(others) and "death_date" in errs:
                errors.setdefault("death_date", errs["death_date"])
    return cleaned, errors
