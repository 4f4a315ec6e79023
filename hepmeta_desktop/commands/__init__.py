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
