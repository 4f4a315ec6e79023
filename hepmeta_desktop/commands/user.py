"""``hepmeta user``: list, add, change and deactivate accounts (the administrator's tasks)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from hepmeta_desktop.commands import current_user, open_for, say
from hepmeta_desktop.errors import Message, ValidationError
from hepmeta_desktop.services.permissions import ADMIN, ROLE_LABELS, ROLES

NEW_PASSWORD_VAR = "HEPMETA_NEW_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "user", help="manage accounts (the first one made is the administrator)"
    )
    tasks = parser.add_subparsers(dest="task", metavar="TASK", required=True)
    tasks.add_parser("list", help="list the accounts")
    add = tasks.add_parser(
        "add", help=f"add an account (password from ${NEW_PASSWORD_VAR} or asked)"
    )
    role = tasks.add_parser("role", help="change an account's role")
    for p in (add, role):
        p.add_argument("name")
        p.add_argument("--role", choices=ROLES, required=True)
        p.add_argument("--surgeon-name", help="the surgeon variable's value of their series")
        p.add_argument("--own-series", action="store_true", help="limit to their own series")
    tasks.add_parser("passwd", help="set a new password").add_argument("name")
    tasks.add_parser("deactivate", help="stop an account from signing in").add_argument("name")
    parser.set_defaults(func=run)


def _new_password() -> str:
    password = os.environ.get(NEW_PASSWORD_VAR)
    if password:
        return password
    if not sys.stdin.isatty():
        raise ValidationError(
            {"password": Message(f"Donnez le mot de passe dans {NEW_PASSWORD_VAR}.",
                                 f"Give the password in {NEW_PASSWORD_VAR}.")}
        )  # fmt: skip
    first = getpass.getpass("Mot de passe / password: ")
    if getpass.getpass("Confirmer / confirm: ") != first:
        raise ValidationError({"password": Message("Différents.", "They differ.")})
    return first


def run(args: argparse.Namespace) -> int:
    from hepmeta_desktop.services.users import UserService

    db = open_for(args)
    try:
        if args.task == "add" and not UserService(db).has_users():
            if args.role != ADMIN:
                raise ValidationError(
                    {"role": Message("Le premier compte est l'administrateur (--role admin).",
                                     "The first account is the administrator (--role admin).")}
                )  # fmt: skip
            UserService(db).create_first_admin(args.name, _new_password())
            say(args, f"Administrateur {args.name} créé.", f"Administrator {args.name} created.")
            return 0
        users = UserService(db, current_user(args, db))
        if args.task == "list":
            for u in users.list_users():
                label = ROLE_LABELS[u.role].text(args.lang)
                series = (
                    f" [{u.surgeon_name}{'*' if u.own_series_only else ''}]"
                    if u.surgeon_name
                    else ""
                )
                state = "" if u.active else (" (désactivé)" if args.lang == "fr" else " (inactive)")
                print(f"{u.name}\t{label}{series}{state}")
        elif args.task == "add":
            users.create_user(args.name, _new_password(), args.role,
                              surgeon_name=args.surgeon_name, own_series_only=args.own_series)  # fmt: skip
            say(args, f"Compte {args.name} créé.", f"Account {args.name} created.")
        elif args.task == "role":
            users.set_role(args.name, args.role,
                           surgeon_name=args.surgeon_name, own_series_only=args.own_series)  # fmt: skip
            say(args, f"Profil de {args.name} modifié.", f"Role of {args.name} changed.")
        elif args.task == "passwd":
            users.reset_password(args.name, _new_password())
            say(args, f"Mot de passe de {args.name} changé.", f"Password of {args.name} changed.")
        elif args.task == "deactivate":
            users.deactivate(args.name)
            say(args, f"Compte {args.name} désactivé.", f"Account {args.name} deactivated.")
    finally:
        db.dispose()
    return 0
