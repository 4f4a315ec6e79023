"""Who may do what: the roles, the actions, and the checks every service makes.

A service receives its ``user`` either as a :class:`CurrentUser` (someone who signed in:
every action is checked against their role) or as a plain string (a trusted system caller:
the demo generator, a migration, a command line run on a database that has no accounts
yet). A plain string is only a name for the audit trail and is never checked: the window
always passes a ``CurrentUser``, and ``commands.current_user`` gives the command line one
as soon as the database has accounts.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from hepmeta_desktop.errors import Message, PermissionDeniedError

SECRETARY, SURGEON, ADMIN = "secretary", "surgeon", "admin"
ROLES = (SECRETARY, SURGEON, ADMIN)
ROLE_LABELS = {
    SECRETARY: Message("Secrétaire", "Secretary"),
    SURGEON: Message("Chirurgien", "Surgeon"),
    ADMIN: Message("Administrateur", "Administrator"),
}


class Action(enum.Enum):
    VIEW_PATIENTS = "view_patients"
    EDIT_PATIENTS = "edit_patients"  # create and change patients and their news
    DELETE_PATIENTS = "delete_patients"
    ANALYSE = "analyse"
    EXPORT = "export"
    IMPORT = "import"
    MANAGE_USERS = "manage_users"
    BACKUP = "backup"
    RESTORE = "restore"
    SETTINGS = "settings"


ACTION_LABELS = {
    Action.VIEW_PATIENTS: Message("consulter les dossiers", "view patient files"),
    Action.EDIT_PATIENTS: Message("saisir ou modifier des dossiers", "enter or change files"),
    Action.DELETE_PATIENTS: Message("supprimer un dossier", "delete a patient file"),
    Action.ANALYSE: Message("analyser la série", "analyse the series"),
    Action.EXPORT: Message("exporter des données", "export data"),
    Action.IMPORT: Message("importer des données", "import data"),
    Action.MANAGE_USERS: Message("gérer les utilisateurs", "manage users"),
    Action.BACKUP: Message("sauvegarder la base", "back the database up"),
    Action.RESTORE: Message("restaurer une sauvegarde", "restore a backup"),
    Action.SETTINGS: Message("modifier les réglages", "change the settings"),
}

_SECRETARY = frozenset({Action.VIEW_PATIENTS, Action.EDIT_PATIENTS})
_SURGEON = _SECRETARY | {Action.DELETE_PATIENTS, Action.ANALYSE, Action.EXPORT, Action.IMPORT}
# The administrator is the department's data manager (usually its senior surgeon): all
# rights, so that a small team does not need two accounts per person.
_ADMIN = frozenset(Action)

PERMISSIONS: dict[str, frozenset[Action]] = {
    SECRETARY: _SECRETARY,
    SURGEON: frozenset(_SURGEON),
    ADMIN: _ADMIN,
}


@dataclass(frozen=True)
class CurrentUser:
    """The person signed in. ``surgeon_name`` set = limited to that surgeon's series."""

    name: str
    role: str
    surgeon_name: str | None = None

    def __str__(self) -> str:
        return self.name


UserLike = CurrentUser | str


def can(role: str, action: Action) -> bool:
    return action in PERMISSIONS.get(role, frozenset())


def require(user: UserLike, action: Action) -> None:
    """Raise ``PermissionDeniedError`` unless ``user`` may do ``action`` (strings: trusted)."""
    if isinstance(user, str):
        return
    if not can(user.role, action):
        what = ACTION_LABELS[action]
        role = ROLE_LABELS.get(user.role, Message(user.role, user.role))
        raise PermissionDeniedError(
            Message(
                f"Votre profil ({role.fr}) ne permet pas de {what.fr}.",
                f"Your role ({role.en}) does not allow you to {what.en}.",
            )
        )


def user_name(user: UserLike) -> str:
    """The name written in the audit trail."""
    return user if isinstance(user, str) else user.name


def series_filter(user: UserLike) -> str | None:
    """The surgeon whose series alone this user may see, or None for the whole registry."""
    if isinstance(user, CurrentUser) and user.role == SURGEON and user.surgeon_name:
        return user.surgeon_name
    return None


def in_series(surgeon: object, series: str) -> bool:
    """Whether a patient operated on by ``surgeon`` belongs to ``series`` (a surgeon's name)."""
    return str(surgeon or "").strip() == series.strip()


def require_series(user: UserLike, surgeon: str | None) -> None:
    """Refuse a patient outside the user's own series (surgeons limited to their series)."""
    own = series_filter(user)
    if own is not None and not in_series(surgeon, own):
        raise PermissionDeniedError(
            Message(
                "Ce dossier n'appartient pas à votre série : votre profil est limité "
                f"aux patientes opérées par {own}.",
                f"This file is not in your series: your account is limited to the patients "
                f"operated on by {own}.",
            )
        )
