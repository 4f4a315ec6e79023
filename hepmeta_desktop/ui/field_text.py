"""Reading what is typed in a field (dates, numbers) and describing a field in its tooltip."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.errors import Message

_DATE_RE = re.compile(r"^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})\s*$")


class FieldError(ValueError):
    """What the user typed cannot be read as the field's type."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.message = message


def parse_date(text: str) -> dt.date | None:
    """A typed date: DD/MM/YYYY (also DDMMYYYY, D/M/YY, dots or dashes) or ISO; '' is None."""
    text = text.strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        if re.fullmatch(r"\d{8}", text):
            return dt.date(int(text[4:]), int(text[2:4]), int(text[:2]))
        found = _DATE_RE.match(text)
        if found:
            day, month, year = (int(g) for g in found.groups())
            if len(found.group(3)) == 2:  # two-digit years: this century unless in the future
                year += 2000 if year <= dt.date.today().year % 100 else 1900
            return dt.date(year, month, day)
    except ValueError:
        pass
    raise FieldError(Message("Date invalide (JJ/MM/AAAA).", "Invalid date (DD/MM/YYYY)."))


def parse_number(variable: dd.Variable, text: str) -> int | float | None:
    """A typed number ('3,5' or '3.5'); refuses text with a message saying what is expected."""
    text = text.strip().replace("\u202f", "").replace(" ", "")
    if not text:
        return None
    try:
        if variable.type == dd.INTEGER:
            return int(text)
        return float(text.replace(",", "."))
    except ValueError:
        if variable.type == dd.INTEGER:
            raise FieldError(
                Message("Nombre entier attendu (chiffres seulement).", "Whole number expected.")
            ) from None
        raise FieldError(
            Message("Nombre attendu (ex. 3,5).", "Number expected (e.g. 3.5).")
        ) from None


def calendar_icon() -> QIcon:
    """A small calendar drawn in code (no image files to ship)."""
    pix = QPixmap(16, 16)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setPen(QColor("#455a64"))
    p.setBrush(QColor("white"))
    p.drawRect(1, 2, 13, 12)
    p.fillRect(2, 3, 12, 3, QColor("#1e6fb8"))
    for x in (4, 7, 10):
        for y in (8, 11):
            p.fillRect(x, y, 2, 2, QColor("#455a64"))
    p.end()
    return QIcon(pix)


#: Units of the dictionary that are words (symbols such as mm or U/mL stay as they are).
UNIT_WORDS = (QT_TRANSLATE_NOOP("Units", "days"),)


def unit_text(unit: str) -> str:
    """A unit in the interface language."""
    return QCoreApplication.translate("Units", unit) if unit in UNIT_WORDS else unit


def tooltip(variable: dd.Variable, lang: str) -> str:
    """Unit, bounds and note of a variable, from the dictionary."""
    parts = [f"<b>{variable.label(lang)}</b>"]
    if variable.required:
        parts.append(QCoreApplication.translate("Fields", "Required"))
    if variable.unit:
        parts.append(
            QCoreApplication.translate("Fields", "Unit: {0}").format(unit_text(variable.unit))
        )
    bounds = variable.bounds_text(lang)
    if bounds and variable.type != dd.DATE:
        parts.append(QCoreApplication.translate("Fields", "Range: {0}").format(bounds))
    if variable.type == dd.DATE:
        parts.append(
            QCoreApplication.translate("Fields", "Type the date as DD/MM/YYYY (or 8 digits)")
        )
    if variable.note:
        parts.append(f"<i>{variable.note}</i>")
    return "<br>".join(parts)
