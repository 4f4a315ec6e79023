"""``hepmeta backup`` and ``hepmeta restore`` as an administrator runs them, on real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hepmeta_desktop.db import open_database
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.services.users import UserService

pytestmark = pytest.mark.usefixtures("sqlite_only")
ROOT = Path(__file__).parents[2]


def hepmeta(db: Path, *args: str, password: str | None = None, user: str = "chef"):  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if k not in ("HEPMETA_PASSWORD", "HEPMETA_USER")}
    env["PYTHONPATH"] = str(ROOT)
    if password is not None:
        env["HEPMETA_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "hepmeta_desktop", "--lang", "en", "--db", str(db), "--user", user, *args],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip


def test_backup_and_restore_from_the_command_line(tmp_path: Path) -> None:
    db_path = tmp_path / "registry.db"
    made = hepmeta(db_path, "demo", "--no-gui", "--patients", "6")
    assert made.returncode == 0, made.stderr
    # No accounts yet: the command runs as the given name, unchecked.
    first = hepmeta(db_path, "backup", str(tmp_path / "usb"))
    assert first.returncode == 0, first.stderr
    assert "Verified backup" in first.stdout and "6 patients" in first.stdout
    [backup] = list((tmp_path / "usb").glob("registry-*.db"))

    db = open_database(db_path)
    UserService(db).create_first_admin("chef", "mot de passe sûr")
    db.dispose()
    refused = hepmeta(db_path, "backup", str(tmp_path / "usb"))
    assert refused.returncode == 2 and "HEPMETA_PASSWORD" in refused.stderr
    wrong = hepmeta(db_path, "backup", str(tmp_path / "usb"), password="not it")
    assert wrong.returncode == 2 and "Wrong user name or password" in wrong.stderr
    assert "Traceback" not in wrong.stderr

    # A damaged file offered as a backup is refused, and the registry is untouched.
    damaged = tmp_path / "registry-20200101-000000.db"
    data = bytearray(backup.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 : page * 4096 + 8] = b"\xff" * 8
    damaged.write_bytes(bytes(data))
    bad = hepmeta(db_path, "restore", str(damaged), password="mot de passe sûr")
    assert bad.returncode == 2 and "is damaged" in bad.stderr
    assert not list(tmp_path.glob("registry.replaced-*.db"))  # nothing was replaced

    good = hepmeta(db_path, "restore", str(backup), password="mot de passe sûr")
    assert good.returncode == 0, good.stderr
    assert "restored" in good.stdout
    db = open_database(db_path)
    try:
        assert PatientService(db).count() == 6
        # The backup predates the accounts: they are gone with it, and the restore was
        # recorded under the name that ran it.
        assert not UserService(db).has_users()
        events = [e for e in AuditService(db).entries() if e.action == "restore"]
        assert [e.user for e in events] == ["chef"]
    finally:
        db.dispose()
    assert list(tmp_path.glob("registry.replaced-*.db"))


def test_accounts_from_the_command_line(tmp_path: Path) -> None:
    db_path = tmp_path / "registry.db"

    def run(*args: str, new: str | None = None, password: str | None = None):  # type: ignore[no-untyped-def]
        env_new = {"HEPMETA_NEW_PASSWORD": new} if new else {}
        os.environ.update(env_new)
        try:
            return hepmeta(db_path, "user", *args, password=password)
        finally:
            for key in env_new:
                os.environ.pop(key)

    not_admin = run("add", "chef", "--role", "secretary", new="mot de passe sûr")
    assert not_admin.returncode == 2 and "administrator" in not_admin.stderr
    assert run("add", "chef", "--role", "admin", new="mot de passe sûr").returncode == 0
    added = run(
        "add", "morel", "--role", "surgeon", "--surgeon-name", "Dr Morel", "--own-series",
        new="bistouri-2026", password="mot de passe sûr",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = run("list", password="mot de passe sûr")
    assert listed.stdout.splitlines() == ["chef\tAdministrator", "morel\tSurgeon [Dr Morel*]"]
    # A surgeon may not manage accounts, even from the command line.
    denied = hepmeta(db_path, "user", "list", password="bistouri-2026", user="morel")
    assert denied.returncode == 2 and "does not allow you to manage users" in denied.stderr
    assert run("deactivate", "morel", password="mot de passe sûr").returncode == 0
    assert "(inactive)" in run("list", password="mot de passe sûr").stdout
