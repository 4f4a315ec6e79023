"""``hepmeta demo``: a registry of fictional patients, then (unless --no-gui) the window."""

from __future__ import annotations

import argparse
import sys

from hepmeta_desktop.commands import open_for, say
from hepmeta_desktop.errors import Message, ValidationError

PROGRESS_FROM = 10_000  # below this the registry is made in a few seconds


def _progress(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """A callback printing how far a big registry is, at most every 5 %."""
    import time

    start = time.monotonic()
    shown = [-1]

    def report(done: int, total: int) -> None:
        step = done * 20 // total
        if step == shown[0]:
            return
        shown[0] = step
        elapsed = time.monotonic() - start
        say(
            args,
            f"{done} / {total} patientes ({elapsed:.0f} s)",
            f"{done} / {total} patients ({elapsed:.0f} s)",
        )
        sys.stdout.flush()  # seen live even when stdout is a pipe

    return report


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help="create a database of fictional patients and open it")
    parser.add_argument(
        "--patients", type=int, default=40, metavar="N", help="how many (default 40)"
    )
    parser.add_argument(
        "--seed", type=int, default=2013, help="random seed (same seed, same registry)"
    )
    parser.add_argument("--no-gui", action="store_true", help="only create the database")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from hepmeta_desktop.services.demo import create_demo
    from hepmeta_desktop.services.patients import PatientService

    if args.patients < 1:
        raise ValidationError(
            {"patients": Message("Au moins une patiente.", "At least one patient.")}
        )
    db = open_for(args)
    try:
        if PatientService(db).count() == 0:
            progress = _progress(args) if args.patients >= PROGRESS_FROM else None
            n = create_demo(db, args.patients, seed=args.seed, user=args.user, progress=progress)
            say(
                args,
                f"{n} patientes fictives créées dans {db.display_name}.",
                f"{n} fictional patients created in {db.display_name}.",
            )
        else:
            say(
                args,
                f"{db.display_name} contient déjà des patientes : rien n'a été ajouté.",
                f"{db.display_name} already holds patients: nothing was added.",
            )
    finally:
        db.dispose()
    if args.no_gui:
        return 0
    from hepmeta_desktop.app import run_gui

    return run_gui(args.db, lang=args.lang)
