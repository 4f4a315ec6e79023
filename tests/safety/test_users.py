"""Accounts: argon2id hashes, sign-in, lockout kept in the database, role changes."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import PASSWORD
from sqlalchemy import select

from hepmeta_desktop.errors import AuthenticationError, ValidationError
from hepmeta_desktop.models import AuditEntry, User
from hepmeta_desktop.services.permissions import ADMIN, SECRETARY, SURGEON, CurrentUser
from hepmeta_desktop.services.users import LOCK_MINUTES, MAX_FAILURES, UserService


def test_first_start_creates_the_administrator(db) -> None:  # type: ignore[no-untyped-def]
    users = UserService(db)
    assert not users.has_users()
    admin = users.create_first_admin("chef", PASSWORD)
    assert admin == CurrentUser("chef", ADMIN, None)
    assert users.has_users()
    with pytest.raises(ValidationError):
        users.create_first_admin("intrus", PASSWORD)


def test_password_is_stored_as_argon2id_only(db) -> None:  # type: ignore[no-untyped-def]
    UserService(db).create_first_admin("chef", PASSWORD)
    with db.read() as s:
        stored = s.scalar(select(User.password_hash))
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert PASSWORD not in stored
    with db.read() as s:
        trail = " ".join(f"{r.new_value} {r.old_value}" for r in s.scalars(select(AuditEntry)))
    assert PASSWORD not in trail


def test_wrong_password_then_lockout_kept_in_database(db, accounts) -> None:  # type: ignore[no-untyped-def]
    clock = [dt.datetime(2026, 11, 26, 10, 0)]
    users = UserService(db, now=lambda: clock[0])
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(AuthenticationError) as caught:
            users.authenticate("sec", "wrong password")
        assert caught.value.text("en") == "Wrong user name or password."
    with pytest.raises(AuthenticationError) as caught:
        users.authenticate("sec", "wrong password")
    assert "locked" in caught.value.text("en") and "verrouillé" in caught.value.text("fr")
    # Even the right password is refused while locked, also by another copy of the service.
    with pytest.raises(AuthenticationError):
        UserService(db, now=lambda: clock[0]).authenticate("sec", PASSWORD)
    with db.read() as s:
        locked = s.scalar(select(User.locked_until).where(User.name == "sec"))
    assert locked == clock[0] + dt.timedelta(minutes=LOCK_MINUTES)
    clock[0] += dt.timedelta(minutes=LOCK_MINUTES, seconds=1)
    assert users.authenticate("sec", PASSWORD).role == SECRETARY


def test_unknown_and_deactivated_accounts(db, accounts) -> None:  # type: ignore[no-untyped-def]
    users = UserService(db)
    with pytest.raises(AuthenticationError):
        users.authenticate("nobody", PASSWORD)
    UserService(db, accounts[ADMIN]).deactivate("sec")
    with pytest.raises(AuthenticationError):
        users.authenticate("sec", PASSWORD)


def test_role_change_password_change_and_last_admin(db, accounts) -> None:  # type: ignore[no-untyped-def]
    manager = UserService(db, accounts[ADMIN])
    manager.set_role("sec", SURGEON, surgeon_name="Dr Roux", own_series_only=True)
    assert UserService(db).authenticate("sec", PASSWORD) == CurrentUser("sec", SURGEON, "Dr Roux")
    UserService(db).change_password("sec", PASSWORD, "a brand new one")
    with pytest.raises(AuthenticationError):
        UserService(db).authenticate("sec", PASSWORD)
    assert UserService(db).authenticate("sec", "a brand new one").name == "sec"
    with pytest.raises(ValidationError):
        manager.set_role("admin", SECRETARY)
    with pytest.raises(ValidationError):
        manager.deactivate("admin")
    with pytest.raises(ValidationError):
        manager.create_user("short", "abc", SECRETARY)
    names = [u.name for u in manager.list_users()]
    assert names == ["admin", "own", "sec", "surg"]
