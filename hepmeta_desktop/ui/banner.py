"""The message line above the tabs: what was saved, or what to fix before saving."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QWidget

from hepmeta_desktop.errors import Message

ERROR_STYLE = "background: #fdecea; color: #8e1b10; border: 1px solid #f5c2bd; padding: 6px;"
OK_STYLE = "background: #e8f5e9; color: #1b5e20; border: 1px solid #b7dfb9; padding: 6px;"
#: Beyond this, the banner counts the other fields: they are marked in red anyway.
MAX_LINES = 4


class MessageBanner(QLabel):
    """A non-modal message: a secretary reads it without a dialog to dismiss."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_banner")
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str, error: bool = False) -> None:
        self.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.setText(text)
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.clear()

    def list_errors(
        self, errors: Mapping[str, Message], labels: Mapping[str, str], lang: str
    ) -> None:
        """'Nothing was saved', then each field at fault with what is wrong."""
        lines = [
            f"• {labels.get(name, name)} — {message.text(lang)}"
            for name, message in list(errors.items())[:MAX_LINES]
        ]
        if len(errors) > MAX_LINES:
            lines.append(
                self.tr("• and %n other field(s), marked in red", "", len(errors) - MAX_LINES)
            )
        head = self.tr("Nothing was saved. %n field(s) to correct:", "", len(errors))
        self.say(head + "\n" + "\n".join(lines), error=True)
