"""Typed errors of the core, each carrying its message in French and in English."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Message:
    """A message for the user in both languages of the application."""

    fr: str
    en: str

    def text(self, lang: str = "fr") -> str:
        return self.fr if lang == "fr" else self.en

    def __str__(self) -> str:
        return self.en


class HepmetaError(Exception):
    """Base of every error the application reports to its user."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.message = message

    def text(self, lang: str = "fr") -> str:
        return self.message.text(lang)


class ValidationError(HepmetaError):
    """A save refused: each field at fault is mapped to a message. Nothing was written."""

    def __init__(self, errors: Mapping[str, Message], **extra: Any) -> None:
        self.errors = dict(errors)
        self.extra = extra
        first = "; ".join(f"{k}: {m.en}" for k, m in self.errors.items())
        n = len(self.errors)
        super().__init__(
            Message(
                f"{n} champ(s) à corriger : "
                + "; ".join(f"{k} : {m.fr}" for k, m in self.errors.items()),
                f"{n} field(s) to correct: {first}",
            )
        )

    def messages(self, lang: str = "fr") -> dict[str, str]:
        return {field: m.text(lang) for field, m in self.errors.items()}


class DuplicateRecordNumberError(ValidationError):
    """The record number belongs to another patient (``existing_patient_id``)."""

    def __init__(self, record_number: str, existing_patient_id: int) -> None:
        self.existing_patient_id = existing_patient_id
        super().__init__(
            {
                "record_number": Message(
                    f"Le numéro de dossier {record_number} existe déjà.",
                    f"Record number {record_number} already exists.",
                )
            }
        )


class PossibleDuplicateError(HepmetaError):
    """Same last name, first name and birth date as an existing patient; may be overridden."""

    def __init__(self, matches: list[tuple[int, str]]) -> None:
        self.matches = matches  # (patient id, record number)
        numbers = ", ".join(rn for _, rn in matches)
        super().__init__(
            Message(
                f"Une patiente de même nom et date de naissance existe déjà (dossier {numbers}).",
                f"A patient with the same name and birth date already exists (record {numbers}).",
            )
        )


class ConflictError(HepmetaError):
    """The record changed since it was opened: saving would overwrite another user's work."""

    def __init__(self, changes: list[tuple[str, str, str]]) -> None:
        # (field, user, UTC time) of each change made since the caller's version
        self.changes = changes
        fields = ", ".join(sorted({f for f, _, _ in changes})) or "?"
        users = ", ".join(sorted({u for _, u, _ in changes})) or "?"
        super().__init__(
            Message(
                f"Ce dossier a été modifié par {users} depuis son ouverture "
                f"(champs : {fields}). Rechargez-le avant d'enregistrer.",
                f"This record was changed by {users} since it was opened "
                f"(fields: {fields}). Reload it before saving.",
            )
        )


class NotFoundError(HepmetaError):
    """The record asked for does not exist (any more)."""


class DatabaseError(HepmetaError):
    """The database cannot be opened or written; the message says why in plain words."""


class SchemaTooNewError(DatabaseError):
    """The file was written by a newer version of the application."""


class CorruptDatabaseError(DatabaseError):
    """SQLite found damage in the file: writes are refused; ``backup`` is the latest good copy."""

    def __init__(
        self, message: Message, backup: Any = None, problems: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message)
        self.backup = backup  # pathlib.Path of the newest backup that passed integrity_check
        self.problems = problems


class PermissionDeniedError(HepmetaError):
    """The signed-in user's role does not allow this action. Nothing was done."""


class AuthenticationError(HepmetaError):
    """Wrong user name or password, or an account that is locked or deactivated."""
