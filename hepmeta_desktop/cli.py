"""The ``hepmeta`` command: opens the window, or runs one registry task and exits."""

from __future__ import annotations

import argparse
import importlib
import locale
import os
import sys
from collections.abc import Sequence

from hepmeta_desktop import __version__
from hepmeta_desktop.errors import HepmetaError

#: Subcommand modules under ``hepmeta_desktop.commands``; each has ``register(subparsers)``.
COMMAND_MODULES = (
    "init",
    "check",
    "demo",
    "import_file",
    "export_file",
    "backup",
    "restore",
    "user",
    "stats",
    "report",
    "migrate-db",
)


def system_language() -> str:
    """'fr' when the system speaks French, else 'en' (overridden by ``--lang``)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    loc = locale.getlocale()[0] or ""
    return "fr" if loc.lower().startswith("fr") else "en"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hepmeta",
        description="HepMeta Desktop: registry of liver surgery for breast-cancer metastases. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"hepmeta {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file or SQLAlchemy URL (default: $HEPMETA_DB, else the user's data folder)",
    )
    parser.add_argument(
        "--user",
        default=os.environ.get("HEPMETA_USER"),
        help="user name recorded in the audit trail (default: $HEPMETA_USER, else the login)",
    )
    parser.add_argument("--lang", choices=("fr", "en"), help="language of messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"hepmeta_desktop.commands.{name.replace('-', '_')}").register(sub)
    return parser


def default_user() -> str:
    try:
        return os.getlogin()
    except OSError:
        return os.environ.get("USER") or "system"


def _start_log() -> None:
    """The rotating log file (no patient data in it); an unwritable folder is no reason to stop."""
    import contextlib

    from hepmeta_desktop.logging_setup import setup_logging

    with contextlib.suppress(OSError):
        setup_logging()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.lang = args.lang or system_language()
    args.user = args.user or default_user()
    _start_log()
    try:
        if args.command is None:
            from hepmeta_desktop.app import run_gui

            return run_gui(args.db, lang=args.lang)
        return int(args.func(args) or 0)
    except HepmetaError as exc:
        print(f"hepmeta: {exc.text(args.lang)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("hepmeta: interrompu / interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        print(
            f"hepmeta: {exc.strerror or exc} ({getattr(exc, 'filename', '') or ''})",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
