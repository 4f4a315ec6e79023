"""Server passwords kept out of the settings: URLs are saved without them, libpq finds them.

The URL of a shared PostgreSQL registry (``postgresql+psycopg://user@host:port/dbname``)
is what the settings, the title bar and the logs see. The password is looked up by libpq
itself (through psycopg), in this order: a password in the URL (never saved), the
``PGPASSWORD`` environment variable, then the password file named by ``PGPASSFILE``, else
``~/.pgpass`` (``%APPDATA%\\postgresql\\pgpass.conf`` on Windows), one line per server:
``host:port:database:user:password`` (``*`` matches anything), readable by its owner only.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_PORT = 5432
_PASSWORD_IN_TEXT = re.compile(r"(://[^:/@]*):[^@]*@")


def safe_url(url: str) -> str:
    """``url`` without its password (for display, logs and the saved settings).

    A file path is returned as it is; a password given as ``?password=`` goes too.
    """
    if "://" not in url:
        return url
    try:
        parsed = make_url(url)
    except ArgumentError:
        # Not a URL SQLAlchemy reads: still never show what looks like a password.
        return _PASSWORD_IN_TEXT.sub(r"\1@", url)
    return _without_password(parsed).render_as_string(hide_password=False)


def _without_password(parsed: URL) -> URL:
    parsed = parsed.difference_update_query([k for k in parsed.query if k.lower() == "password"])
    # URL.set() reads None as "unchanged": the named-tuple _replace really drops it.
    return parsed._replace(password=None)


def pgpass_file() -> Path:
    """The password file libpq reads: ``$PGPASSFILE``, else the platform's default."""
    chosen = os.environ.get("PGPASSFILE")
    if chosen:
        return Path(chosen).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _split_line(line: str) -> list[str]:
    """The five fields of a password-file line (``\\:`` and ``\\\\`` are escapes)."""
    fields, current, chars = [], [], iter(line)
    for ch in chars:
        if ch == "\\":
            current.append(next(chars, ""))
        elif ch == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
    fields.append("".join(current))
    return fields


def _key(parsed: URL) -> tuple[str, str, str, str]:
    return (
        parsed.host or "localhost",
        str(parsed.port or DEFAULT_PORT),
        parsed.database or "",
        parsed.username or "",
    )


def stored_password(url: str, path: Path | None = None) -> str | None:
    """The password the password file holds for this server, database and user, if any."""
    path = path or pgpass_file()
    if not path.exists():
        return None
    wanted = _key(make_url(url))
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = _split_line(line)
        if len(fields) != 5:
            continue
        if all(f == "*" or f == w for f, w in zip(fields[:4], wanted, strict=True)):
            return fields[4]
    return None


def password_source(url: str) -> str | None:
    """Where libpq will take the password from: 'url', 'PGPASSWORD', 'pgpass' or None."""
    if make_url(url).password:
        return "url"
    if os.environ.get("PGPASSWORD"):
        return "PGPASSWORD"
    if stored_password(url) is not None:
        return "pgpass"
    return None


def remember_password(url: str, path: Path | None = None) -> str:
    """Move the password of ``url`` into the password file; return the URL to save.

    An existing line for the same host, port, database and user is replaced; the file is
    made readable by its owner only (libpq ignores it otherwise).
    """
    parsed = make_url(url)
    password = parsed.password or parsed.query.get("password")
    if not password:
        return safe_url(url)
    path = path or pgpass_file()
    key = _key(parsed)
    kept = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = _split_line(line)
            if len(fields) == 5 and tuple(fields[:4]) == key:
                continue
            kept.append(line)
    kept.append(":".join(_escape(f) for f in (*key, str(password))))
    path.parent.mkdir(parents=True, exist_ok=True)
    # Created private (not chmod-ed afterwards): the password is never readable by others.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(kept) + "\n")
    if sys.platform != "win32":
        path.chmod(0o600)
    return safe_url(url)


__all__ = ["safe_url", "pgpass_file", "stored_password", "password_source", "remember_password"]
