"""A form of field widgets: values, errors shown under each field, undo, Enter to move on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.errors import Message
from hepmeta_desktop.services.validation import check_bounds
from hepmeta_desktop.ui.field_text import FieldError, tooltip, unit_text
from hepmeta_desktop.ui.fields import Field, make_field

_MERGING_TYPES = (dd.TEXT, dd.DATE, dd.INTEGER, dd.DECIMAL)


class FieldEdit(QUndoCommand):
    """One change of one field; consecutive keystrokes in the same field merge into one."""

    def __init__(self, form: FieldForm, name: str, old: Any, new: Any) -> None:
        super().__init__(name)
        self.form, self.name, self.old, self.new = form, name, old, new
        self._first = True

    def id(self) -> int:  # noqa: A003 - Qt's name
        variable = self.form.fields[self.name].variable
        return (hash(self.name) & 0x7FFFFFFF) if variable.type in _MERGING_TYPES else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, FieldEdit) or other.name != self.name:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self._first:  # the widget already shows the new value
            self._first = False
            return
        self.form.apply_raw(self.name, self.new)

    def undo(self) -> None:
        self.form.apply_raw(self.name, self.old)


class FieldForm(QObject):
    """The fields of some variables, in dictionary order, with their labels and error lines."""

    #: A field was edited by the user (not when a record is loaded).
    edited = Signal(str)
    #: Enter was pressed in the last field of this form.
    finished = Signal()
    #: A field is about to be given the focus (its page may need showing first).
    focusing = Signal(str)

    def __init__(
        self, variables: Sequence[dd.Variable], lang: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.undo_stack = QUndoStack(self)
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.unit_labels: dict[str, QLabel] = {}
        self._last_raw: dict[str, Any] = {}
        self._loaded: dict[str, Any] = {}
        self._applying = False
        for variable in variables:
            self._add(variable)
        self._loaded = self.raw_values()

    # ------------------------------------------------------------------ building
    def _add(self, variable: dd.Variable) -> None:
        field = make_field(variable, self.lang)
        tip = tooltip(variable, self.lang)
        field.setToolTip(tip)
        text = variable.label(self.lang) + (" *" if variable.required else "")
        label = QLabel(text)
        label.setToolTip(tip)
        label.setBuddy(field.focus_target())
        label.setWordWrap(True)
        if variable.required:
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        error = QLabel()
        error.setObjectName(f"{variable.name}__error")
        error.setStyleSheet("color: #c62828; font-size: 11px;")
        error.setWordWrap(True)
        error.hide()
        self.fields[variable.name] = field
        self.labels[variable.name] = label
        self.error_labels[variable.name] = error
        if variable.unit:
            self.unit_labels[variable.name] = QLabel(unit_text(variable.unit))
        self._last_raw[variable.name] = field.raw()
        field.changed.connect(lambda name=variable.name: self._on_changed(name))
        if variable.numeric:
            field.editingFinished.connect(lambda name=variable.name: self._check_bounds(name))
        targets = field.boxes.values() if hasattr(field, "boxes") else [field]
        for target in targets:
            target.installEventFilter(self)

    def section(self, title: str, names: Iterable[str], columns: int = 2) -> QGroupBox:
        """A group box of fields laid out top-down in ``columns`` columns (paper-file order)."""
        names = list(names)
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        per_column = -(-len(names) // columns)
        for i, name in enumerate(names):
            col, row = divmod(i, per_column)
            cell = QWidget()
            inner = QVBoxLayout(cell)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(1)
            line = QHBoxLayout()
            line.setSpacing(4)
            line.addWidget(self.fields[name], 1 if self._stretches(name) else 0)
            if name in self.unit_labels:
                line.addWidget(self.unit_labels[name])
            if not self._stretches(name):
                line.addStretch(1)
            inner.addLayout(line)
            inner.addWidget(self.error_labels[name])
            inner.addStretch(1)  # keep the field level with its label in a tall row
            label = self.labels[name]
            label.setMinimumWidth(120)
            label.setMaximumWidth(175)
            grid.addWidget(label, row, col * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(cell, row, col * 2 + 1)
            grid.setColumnStretch(col * 2 + 1, 1)
        grid.setRowStretch(per_column, 1)
        return box

    def _stretches(self, name: str) -> bool:
        return self.fields[name].variable.type in (dd.TEXT, dd.MULTI, dd.CHOICE, dd.BOOL)

    # ------------------------------------------------------------------ keyboard
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if isinstance(watched, QPlainTextEdit):
                return False
            if isinstance(watched, QComboBox) and watched.view().isVisible():
                return False
            name = watched.objectName().split(":")[0]
            if name in self.fields:
                self.focus_next(name)
                return True
        return super().eventFilter(watched, event)

    def focus_next(self, name: str) -> None:
        """Move to the next enabled field (Enter), or say the form is finished."""
        names = list(self.fields)
        for following in names[names.index(name) + 1 :]:
            field = self.fields[following]
            if field.isEnabled():
                self.focus_field(following)
                return
        self.finished.emit()

    def focus_field(self, name: str) -> None:
        self.focusing.emit(name)
        self.fields[name].focus_target().setFocus(Qt.FocusReason.TabFocusReason)

    def first_field(self) -> str:
        return next(iter(self.fields))

    # ------------------------------------------------------------------ values
    def _on_changed(self, name: str) -> None:
        if self._applying:
            return
        new = self.fields[name].raw()
        old = self._last_raw.get(name)
        self._last_raw[name] = new
        if old != new:
            self.undo_stack.push(FieldEdit(self, name, old, new))
        self.clear_error(name)
        if self.fields[name].variable.numeric:
            # Letters in a number are refused at once, with a message saying what is expected.
            try:
                self.fields[name].value()
            except FieldError as exc:
                self.show_errors({name: exc.message})
        self.edited.emit(name)

    def _check_bounds(self, name: str) -> None:
        """Out of range? Say so when the field is left (the save refuses it anyway)."""
        try:
            value = self.fields[name].value()
        except FieldError:
            return
        if value is not None:
            problem = check_bounds(self.fields[name].variable, value)
            if problem is not None:
                self.show_errors({name: problem})

    def apply_raw(self, name: str, raw: Any) -> None:
        """Set a field as the user would have typed it (undo, draft restore)."""
        self._applying = True
        try:
            self.fields[name].set_raw(raw)
        finally:
            self._applying = False
        self._last_raw[name] = self.fields[name].raw()
        self.clear_error(name)
        self.focus_field(name)
        self.edited.emit(name)

    def raw_values(self) -> dict[str, Any]:
        return {name: field.raw() for name, field in self.fields.items()}

    def set_raw_values(self, raws: Mapping[str, Any]) -> None:
        self._applying = True
        try:
            for name, raw in raws.items():
                if name in self.fields:
                    self.fields[name].set_raw(raw)
                    self._last_raw[name] = self.fields[name].raw()
        finally:
            self._applying = False
        for name in raws:
            if name in self.fields:
                self.edited.emit(name)

    def load(self, values: Mapping[str, Any]) -> None:
        """Show stored values; the form is clean afterwards (no undo history)."""
        self._applying = True
        try:
            for name, field in self.fields.items():
                field.set_value(values.get(name))
        finally:
            self._applying = False
        self._last_raw = self.raw_values()
        self._loaded = dict(self._last_raw)
        self.undo_stack.clear()
        self.clear_errors()
        for name in self.fields:
            self.edited.emit(name)

    def is_dirty(self) -> bool:
        return self.raw_values() != self._loaded

    def mark_clean(self) -> None:
        self._loaded = self.raw_values()
        self.undo_stack.setClean()

    def values(self) -> tuple[dict[str, Any], dict[str, Message]]:
        """The typed values, and the fields that cannot be read (disabled fields are None)."""
        out: dict[str, Any] = {}
        errors: dict[str, Message] = {}
        for name, field in self.fields.items():
            if not field.isEnabled():
                out[name] = None
                continue
            try:
                out[name] = field.value()
            except FieldError as exc:
                errors[name] = exc.message
        return out, errors

    def typed_values(self) -> dict[str, Any]:
        """The values that can be read now (for derived values shown while typing)."""
        out: dict[str, Any] = {}
        for name, field in self.fields.items():
            try:
                out[name] = field.value()
            except FieldError:
                out[name] = None
        return out

    # ------------------------------------------------------------------ errors
    def show_errors(self, errors: Mapping[str, Message]) -> list[str]:
        """Mark the fields at fault; returns the names of this form's fields that were marked."""
        marked = []
        for name, message in errors.items():
            if name in self.fields:
                text = message.text(self.lang)
                self.fields[name].set_error(text)
                self.error_labels[name].setText(text)
                self.error_labels[name].show()
                marked.append(name)
        return marked

    def clear_error(self, name: str) -> None:
        if self.fields[name].error():
            self.fields[name].set_error(None)
            self.error_labels[name].hide()
            self.error_labels[name].clear()

    def clear_errors(self) -> None:
        for name in self.fields:
            self.clear_error(name)

    def errors_shown(self) -> dict[str, str]:
        return {n: f.error() or "" for n, f in self.fields.items() if f.error()}
