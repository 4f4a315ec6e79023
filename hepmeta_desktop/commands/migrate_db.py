"""``hepmeta migrate-db --to URL``: copy the registry into an empty PostgreSQL database."""

from __future__ import annotations

import argparse
import sys

from hepmeta_desktop.commands import open_for, say
from hepmeta_desktop.db import open_database
from hepmeta_desktop.services.credentials import safe_url
from hepmeta_desktop.services.transfer import BATCH_ROWS, copy_registry


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "migrate-db",
        help="copy this registry (patients, news, audit trail, settings, users) into an "
        "empty PostgreSQL database, and verify the copy",
        description="Copies the registry named by --db into the empty database --to, ids "
        "and audit trail included, then checks row counts and a full comparison of both. "
        "The password is taken from ~/.pgpass, PGPASSFILE or PGPASSWORD.",
    )
    parser.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="target, e.g. postgresql+psycopg://user@server/hepmeta (created tables, no rows)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    source = open_for(args, create=False)
    try:
        say(args, f"Source : {source.display_name}", f"Source: {source.display_name}")
        target = open_database(args.to)
        try:
            shown = safe_url(args.to)
            say(args, f"Cible : {shown} (schéma à jour)", f"Target: {shown} (schema up to date)")
            report = copy_registry(source, target, user=args.user, progress=_printer(args))
        finally:
            target.dispose()
    finally:
        source.dispose()
    say(args, "Nombre de lignes (source = cible) :", "Row counts (source = target):")
    for table, count in report.counts.items():
        say(args, f"  {table} : {count} = {count}", f"  {table}: {count} = {count}")
    say(
        args,
        f"Vérifiée : {len(report.counts)} tables, {report.total_rows} lignes, mêmes "
        f"nombres de lignes et contenu identique (sha256 {report.fingerprint[:16]}).",
        f"Verified: {len(report.counts)} tables, {report.total_rows} rows, same row "
        f"counts and identical content (sha256 {report.fingerprint[:16]}).",
    )
    say(
        args,
        f"Pointez maintenant chaque poste vers la nouvelle base : --db {shown}",
        f"Now point each PC at the new database: --db {shown}",
    )
    return 0


def _printer(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Progress lines: one per table copied, and every 20,000 rows of a big one."""
    say(args, "Copie (lignes copiées / total) :", "Copying (rows copied / total):")

    def progress(table: str, done: int, total: int) -> None:
        if done == total or (done and done % 20000 < BATCH_ROWS):
            say(args, f"  {table} : {done}/{total}", f"  {table}: {done}/{total}")
            sys.stdout.flush()

    return progress
