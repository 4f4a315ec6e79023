"""``hepmeta demo``: a registry of fictional patients, then (unless --no-gui) the window."""

from __future__ import annotations

import argparse

from hepmeta_desktop.commands import open_for, say
from hepmeta_desktop.errors import Message, ValidationError


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
            n = create_demo(db, args.patients, seed=args.seed, user=args.user)
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
