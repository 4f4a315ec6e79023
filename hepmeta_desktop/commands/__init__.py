"""Subcommands of ``hepmeta``: each module has ``register(subparsers)`` and a ``run`` function."""

from __future__ import annotations

import argparse

from hepmeta_desktop.db import Database, open_database


def open_for(args: argparse.Namespace, *, create: bool = True) -> Database:
    """Open the database the command line names (``--db``, ``$HEPMETA_DB`` or the default)."""
    return open_database(args.db, create=create)


def say(args: argparse.Namespace, fr: str, en: str) -> None:
    """Print a line in the user's language."""
    print(fr if args.lang == "fr" else en)


PASSWORD_VAR = "HEPMETA_PASSWORD"


def current_user(args: argparse.Namespace, db: Database):  # type: ignore[no-untyped-def]
    """Who runs the command: ``--user``/``$HEPMETA_USER`` with ``$HEPMETA_PASSWORD``.

    A database without accounts yet (a new or a pre-accounts registry) has nobody to
    check against: the command then runs as the plain name, trusted, as before accounts
    existed. As soon as the first administrator is created, every command needs the
    password, and the returned ``CurrentUser`` is checked by the services.
    """
    import os

    from hepmeta_desktop.errors import AuthenticationError, Message
    from hepmeta_desktop.services.users import UserService

    users = UserService(db)
    if not users.has_users():
        return args.user
    password = os.environ.get(PASSWORD_VAR)
    if not password:
        raise AuthenticationError(
            Message(
                f"Cette base a des comptes : indiquez --user et le mot de passe dans {PASSWORD_VAR}.",
                f"This database has accounts: give --user and the password in {PASSWORD_VAR}.",
            )
        )
    return users.authenticate(args.user, password)
