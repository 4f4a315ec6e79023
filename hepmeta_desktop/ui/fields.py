"""Field widgets built from a variable's metadata: one widget per type, named after the variable.

Every field exposes the same small interface: ``raw()`` / ``set_raw()`` (what is typed, kept
as-is in drafts and undo), ``value()`` (the Python value for the services, or ``FieldError``),
``set_value()`` and a ``changed`` signal emitted only when the user edits it.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QKeyEvent,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.ui.field_text import FieldError, calendar_icon, parse_date, parse_number

EMPTY_LABEL = "—"
#: Letters typed within this time in a list add up to one search ("Mastectomie totale").
TYPE_AHEAD_S = 1.0
ERROR_STYLE = "border: 2px solid #c62828; background: #fff4f4;"


class _FieldMixin:
    """Shared behaviour; the concrete classes are the input widgets themselves."""

    variable: dd.Variable
    lang: str

    def _init_field(self, variable: dd.Variable, lang: str) -> None:
        self.variable = variable
        self.lang = lang
        self.setObjectName(variable.name)  # type: ignore[attr-defined]
        self._error: str | None = None

    @property
    def name(self) -> str:
        return self.variable.name

    def set_error(self, text: str | None) -> None:
        self._error = text
        self.setStyleSheet(ERROR_STYLE if text else "")  # type: ignore[attr-defined]

    def error(self) -> str | None:
        return self._error

    def focus_target(self) -> QWidget:
        return self  # type: ignore[return-value]


class TextField(QLineEdit, _FieldMixin):
    changed = Signal()

    def __init__(self, variable: dd.Variable, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_field(variable, lang)
        self.setMaxLength(200)
        self.textEdited.connect(lambda _t: self.changed.emit())

    def raw(self) -> str:
        return self.text()

    def set_raw(self, raw: Any) -> None:
        self.setText(str(raw or ""))

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class NotesField(QPlainTextEdit, _FieldMixin):
    """Free text over several lines; Tab leaves the field (Enter adds a line)."""

    changed = Signal()

    def __init__(self, variable: dd.Variable, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_field(variable, lang)
        self.setTabChangesFocus(True)
        self.setFixedHeight(58)
        self._applying = False
        self.textChanged.connect(self._on_change)

    def _on_change(self) -> None:
        if not self._applying:
            self.changed.emit()

    def raw(self) -> str:
        return self.toPlainText()

    def set_raw(self, raw: Any) -> None:
        self._applying = True
        try:
            self.setPlainText(str(raw or ""))
        finally:
            self._applying = False

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.set_raw("" if value is None else str(value))


class DateField(QLineEdit, _FieldMixin):
    """A date typed as DD/MM/YYYY (or 8 digits), empty allowed, with a calendar to pick from."""

    changed = Signal()

    def __init__(self, variable: dd.Variable, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_field(variable, lang)
        self.setPlaceholderText(QCoreApplication.translate("Fields", "DD/MM/YYYY"))
        # Digits and separators only: a letter cannot be typed into a date.
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/.\- ]{0,10}")))
        self.setMaxLength(10)
        self.setMaximumWidth(150)
        self.textEdited.connect(lambda _t: self.changed.emit())
        self.editingFinished.connect(self._tidy)
        self.calendar_action = QAction(calendar_icon(), "", self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._calendar: QCalendarWidget | None = None

    def _tidy(self) -> None:
        """Show a readable date once typed (17051964 -> 17/05/1964)."""
        try:
            day = parse_date(self.text())
        except FieldError:
            return
        if day is not None and self.text() != day.strftime("%d/%m/%Y"):
            self.setText(day.strftime("%d/%m/%Y"))
            self.changed.emit()

    def show_calendar(self) -> None:
        cal = QCalendarWidget(self)
        cal.setWindowFlags(Qt.WindowType.Popup)
        cal.setGridVisible(True)
        try:
            current = parse_date(self.text())
        except FieldError:
            current = None
        if current:
            cal.setSelectedDate(QDate(current.year, current.month, current.day))
        cal.activated.connect(lambda d: self._pick(cal, d))
        cal.clicked.connect(lambda d: self._pick(cal, d))
        cal.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar = cal
        cal.show()
        cal.setFocus()

    def _pick(self, cal: QCalendarWidget, day: QDate) -> None:
        self.setText(f"{day.day():02d}/{day.month():02d}/{day.year():04d}")
        cal.close()
        self.changed.emit()
        self.setFocus()

    def raw(self) -> str:
        return self.text()

    def set_raw(self, raw: Any) -> None:
        self.setText(str(raw or ""))

    def value(self) -> dt.date | None:
        return parse_date(self.text())

    def set_value(self, value: Any) -> None:
        self.setText(value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else "")


class NumberField(QLineEdit, _FieldMixin):
    """A number with its unit and bounds in the tooltip; text is refused with a message."""

    changed = Signal()

    def __init__(self, variable: dd.Variable, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_field(variable, lang)
        self.setMaximumWidth(120)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.textEdited.connect(lambda _t: self.changed.emit())

    def raw(self) -> str:
        return self.text()

    def set_raw(self, raw: Any) -> None:
        self.setText(str(raw or ""))

    def value(self) -> int | float | None:
        return parse_number(self.variable, self.text())

    def set_value(self, value: Any) -> None:
        self.setText(dd.format_label(self.variable, value, self.lang))


class ChoiceField(QComboBox, _FieldMixin):
    """Coded answers in the interface language, with an empty 'not recorded' entry first.

    Yes/no variables use the same widget (—, Oui, Non, Inconnu). Typing the first letters
    of a label selects it, so the field is filled without opening the list.
    """

    changed = Signal()

    def __init__(self, variable: dd.Variable, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_field(variable, lang)
        self.addItem(EMPTY_LABEL, None)
        for choice in variable.choices:
            self.addItem(choice.label(lang), choice.code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self._applying = False
        self._typed = ""
        self._typed_at = 0.0
        self.currentIndexChanged.connect(self._on_change)

    def _on_change(self, _index: int) -> None:
        if not self._applying:
            self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Type-ahead on the labels, accents and case ignored, spaces included."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._typed = ""
            self.setCurrentIndex(0)  # back to "not recorded"
            event.accept()
            return
        text = event.text()
        now = time.monotonic()
        searching = now - self._typed_at < TYPE_AHEAD_S and self._typed
        if (
            text
            and text.isprintable()
            and (text != " " or searching)
            and not (
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
        ):
            self._typed = (self._typed if searching else "") + text
            self._typed_at = now
            wanted = dd.fold(self._typed)
            for index in range(1, self.count()):
                if dd.fold(self.itemText(index)).startswith(wanted):
                    self.setCurrentIndex(index)
                    break
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self._typed = ""  # a new visit to the field starts a new search
        super().focusInEvent(event)

    def raw(self) -> str | None:
        return self.currentData()

    def set_raw(self, raw: Any) -> None:
        self._typed = ""
        index = self.findData(raw) if raw is not None else 0
        self._applying = True
        try:
            self.setCurrentIndex(max(index, 0))
        finally:
            self._applying = False

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        self.set_raw(value)


class MultiField(QWidget, _FieldMixin):
    """A check list (segments, sites, treatments); stored as 'IV,V' in dictionary order."""

    changed = Signal()

    def __init__(self, variable: dd.Variable, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_field(variable, lang)
        short = all(len(c.label(lang)) <= 4 for c in variable.choices)
        per_row = 4 if short else 2
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for i, choice in enumerate(variable.choices):
            box = QCheckBox(choice.label(lang), self)
            box.setObjectName(f"{variable.name}:{choice.code}")
            box.toggled.connect(lambda _on: self.changed.emit())
            grid.addWidget(box, i // per_row, i % per_row)
            self.boxes[choice.code] = box

    def set_error(self, text: str | None) -> None:
        self._error = text
        self.setStyleSheet("MultiField { border: 2px solid #c62828; }" if text else "")

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()))

    def raw(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_raw(self, raw: Any) -> None:
        chosen = set(dd.split_multi(raw))
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in chosen)
            box.blockSignals(False)

    def value(self) -> str | None:
        return dd.join_multi(self.variable, self.raw())

    def set_value(self, value: Any) -> None:
        self.set_raw(value)


Field = TextField | NotesField | DateField | NumberField | ChoiceField | MultiField


def make_field(variable: dd.Variable, lang: str, parent: QWidget | None = None) -> Field:
    """The right widget for a variable's type."""
    if variable.type == dd.DATE:
        return DateField(variable, lang, parent)
    if variable.numeric:
        return NumberField(variable, lang, parent)
    if variable.type in (dd.CHOICE, dd.BOOL):
        return ChoiceField(variable, lang, parent)
    if variable.type == dd.MULTI:
        return MultiField(variable, lang, parent)
    if variable.name == "notes":
        return NotesField(variable, lang, parent)
    return TextField(variable, lang, parent)
