"""``hepmeta init``: create an empty registry (or upgrade an existing one)."""

from __future__ import annotations

import argparse

from hepmeta_desktop.commands import open_for, say


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("init", help="create an empty registry, or upgrade its schema")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_for(args)
    say(args, f"Base prête : {db.display_name}", f"Database ready: {db.display_name}")
    db.dispose()
    return 0
