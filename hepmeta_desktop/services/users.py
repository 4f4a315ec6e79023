"""Accounts: create them, sign in (argon2id, lockout after repeated failures), manage roles."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import AuthenticationError, Message, NotFoundError, ValidationError
from hepmeta_desktop.models import User, utcnow
from hepmeta_desktop.services.audit import write_event
from hepmeta_desktop.services.permissions import (
    ADMIN,
    ROLES,
    SURGEON,
    Action,
    CurrentUser,
    UserLike,
    require,
    user_name,
)

log = logging.getLogger(__name__)

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
# OWASP's argon2id baseline (m = 19 MiB, t = 2, p = 1).
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, type=Type.ID)
# Verified when the name is unknown, so that a wrong name costs as long as a wrong password.
_DUMMY_HASH = HASHER.hash("not a password of anyone")

BAD_LOGIN = Message("Nom ou mot de passe incorrect.", "Wrong user name or password.")


@dataclass(frozen=True)
class UserInfo:
    """One account as the administrator's list shows it (never the hash)."""

    id: int
    name: str
    role: str
    surgeon_name: str | None
    own_series_only: bool
    active: bool
    locked_until: dt.datetime | None


def _info(u: User) -> UserInfo:
    return UserInfo(
        u.id, u.name, u.role, u.surgeon_name, u.own_series_only, u.active, u.locked_until
    )


def _current(u: User) -> CurrentUser:
    limited = u.role == SURGEON and u.own_series_only and bool(u.surgeon_name)
    return CurrentUser(u.name, u.role, u.surgeon_name if limited else None)


def _check_password(password: str, name: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(
            {
                "password": Message(
                    f"Au moins {MIN_PASSWORD} caractères.", f"At least {MIN_PASSWORD} characters."
                )
            }
        )
    if password.strip().casefold() == name.strip().casefold():
        raise ValidationError(
            {
                "password": Message(
                    "Le mot de passe ne doit pas être le nom.", "The password must not be the name."
                )
            }
        )


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError(
            {"role": Message(f"Profil inconnu : {role}", f"Unknown role: {role}")}
        )


class UserService:
    """Sign-in and account management. ``actor`` is who asks (checked for MANAGE_USERS)."""

    def __init__(
        self, db: Database, actor: UserLike = "system", now: Callable[[], dt.datetime] = utcnow
    ) -> None:
        self._db = db
        self.actor = actor
        self._now = now

    # ------------------------------------------------------------------ reading
    def has_users(self) -> bool:
        """False on a new database: the first start then creates the administrator."""
        with self._db.read() as s:
            return bool(s.scalar(select(func.count(User.id))))

    def list_users(self) -> list[UserInfo]:
        require(self.actor, Action.MANAGE_USERS)
        with self._db.read() as s:
            return [_info(u) for u in s.scalars(select(User).order_by(User.name))]

    # ------------------------------------------------------------------ signing in
    def authenticate(self, name: str, password: str) -> CurrentUser:
        """The signed-in user, or ``AuthenticationError`` (the failure is counted and kept)."""
        now = self._now()
        error: AuthenticationError
        with self._db.write() as s:
            u = s.scalar(select(User).where(User.name == (name or "").strip()))
            if u is None or not u.active:
                _verify(_DUMMY_HASH, password)
                write_event(s, user="?", action="login_failed", detail="unknown or inactive")
                log.info("sign-in refused: unknown or inactive account")
                error = AuthenticationError(BAD_LOGIN)
            elif u.locked_until is not None and u.locked_until > now:
                raise AuthenticationError(_locked_message(u.locked_until - now))
            elif _verify(u.password_hash, password):
                u.failed_logins = 0
                u.locked_until = None
                if HASHER.check_needs_rehash(u.password_hash):
                    u.password_hash = HASHER.hash(password)
                write_event(s, user=u.name, action="login", detail=f"user id {u.id}")
                log.info("sign-in: user id %s", u.id)
                return _current(u)
            else:
                error = self._count_failure(s, u, now)
        # Raised after the commit, so that the failure counter and its audit row are kept.
        raise error

    def _count_failure(self, s, u: User, now: dt.datetime) -> AuthenticationError:  # type: ignore[no-untyped-def]
        u.failed_logins += 1
        write_event(s, user=u.name, action="login_failed", detail=f"user id {u.id}")
        log.info("sign-in refused: user id %s, failure %s", u.id, u.failed_logins)
        if u.failed_logins >= MAX_FAILURES:
            u.failed_logins = 0
            u.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            write_event(s, user=u.name, action="account_locked", detail=f"user id {u.id}")
            log.warning("account locked after %s failures: user id %s", MAX_FAILURES, u.id)
            return AuthenticationError(_locked_message(u.locked_until - now))
        return AuthenticationError(BAD_LOGIN)

    # ------------------------------------------------------------------ managing
    def create_first_admin(self, name: str, password: str) -> CurrentUser:
        """The administrator made at the first start; refused once any account exists."""
        with self._db.write() as s:
            if s.scalar(select(func.count(User.id))):
                raise ValidationError(
                    {"name": Message("Un administrateur existe déjà.", "An administrator exists.")}
                )
            u = self._add(s, name, password, ADMIN, None, False, actor=name.strip())
            return _current(u)

    def create_user(
        self,
        name: str,
        password: str,
        role: str,
        *,
        surgeon_name: str | None = None,
        own_series_only: bool = False,
    ) -> UserInfo:
        require(self.actor, Action.MANAGE_USERS)
        with self._db.write() as s:
            return _info(
                self._add(
                    s, name, password, role, surgeon_name, own_series_only, user_name(self.actor)
                )
            )

    def _add(
        self,
        s,  # type: ignore[no-untyped-def]
        name: str,
        password: str,
        role: str,
        surgeon_name: str | None,
        own_series_only: bool,
        actor: str,
    ) -> User:
        name = (name or "").strip()
        if not name or len(name) > 100:
            raise ValidationError(
                {
                    "name": Message(
                        "Nom requis (100 caractères au plus).",
                        "Name required (100 characters at most).",
                    )
                }
            )
        _check_role(role)
        _check_password(password, name)
        if s.scalar(select(User.id).where(func.lower(User.name) == name.lower())) is not None:
            raise ValidationError(
                {"name": Message("Ce nom d'utilisateur existe déjà.", "This user name exists.")}
            )
        now = self._now()
        u = User(
            name=name,
            password_hash=HASHER.hash(password),
            role=role,
            surgeon_name=(surgeon_name or "").strip() or None,
            own_series_only=bool(own_series_only),
            active=True,
            failed_logins=0,
            created_at=now,
            password_changed_at=now,
        )
        s.add(u)
        s.flush()
        write_event(s, user=actor, action="user_create", detail=f"user id {u.id}, role {role}")
        return u

    def change_password(self, name: str, old_password: str, new_password: str) -> None:
        """A user changes their own password (the old one is checked, with the lockout)."""
        self.authenticate(name, old_password)
        self._set_password(name, new_password)

    def reset_password(self, name: str, new_password: str) -> None:
        """The administrator sets a new password (and lifts a lockout)."""
        require(self.actor, Action.MANAGE_USERS)
        self._set_password(name, new_password)

    def _set_password(self, name: str, new_password: str) -> None:
        _check_password(new_password, name)
        with self._db.write() as s:
            u = self._get(s, name)
            u.password_hash = HASHER.hash(new_password)
            u.password_changed_at = self._now()
            u.failed_logins = 0
            u.locked_until = None
            write_event(
                s, user=user_name(self.actor), action="user_password", detail=f"user id {u.id}"
            )

    def set_role(
        self,
        name: str,
        role: str,
        *,
        surgeon_name: str | None = None,
        own_series_only: bool = False,
    ) -> UserInfo:
        require(self.actor, Action.MANAGE_USERS)
        _check_role(role)
        with self._db.write() as s:
            u = self._get(s, name)
            if u.role == ADMIN and role != ADMIN:
                self._keep_an_admin(s, u)
            u.role = role
            u.surgeon_name = (surgeon_name or "").strip() or None
            u.own_series_only = bool(own_series_only)
            write_event(
                s, user=user_name(self.actor), action="user_role", detail=f"user id {u.id}, {role}"
            )
            return _info(u)

    def deactivate(self, name: str) -> None:
        """The account can no longer sign in (kept, so the audit trail still names it)."""
        require(self.actor, Action.MANAGE_USERS)
        with self._db.write() as s:
            u = self._get(s, name)
            if u.role == ADMIN:
                self._keep_an_admin(s, u)
            u.active = False
            write_event(
                s, user=user_name(self.actor), action="user_deactivate", detail=f"user id {u.id}"
            )

    @staticmethod
    def _get(s, name: str) -> User:  # type: ignore[no-untyped-def]
        u = s.scalar(select(User).where(User.name == (name or "").strip()))
        if u is None:
            raise NotFoundError(Message("Utilisateur introuvable.", "User not found."))
        return u

    @staticmethod
    def _keep_an_admin(s, u: User) -> None:  # type: ignore[no-untyped-def]
        others = s.scalar(
            select(func.count(User.id)).where(
                User.role == ADMIN, User.active.is_(True), User.id != u.id
            )
        )
        if not others:
            raise ValidationError(
                {
                    "role": Message(
                        "Il faut garder au moins un administrateur actif.",
                        "At least one active administrator must remain.",
                    )
                }
            )


def _verify(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password or "")
    except (VerificationError, InvalidHashError):
        return False


def _locked_message(left: dt.timedelta) -> Message:
    minutes = max(1, int(left.total_seconds() // 60) + (1 if left.total_seconds() % 60 else 0))
    return Message(
        f"Compte verrouillé après {MAX_FAILURES} essais manqués : réessayez dans "
        f"{minutes} min ou demandez à l'administrateur.",
        f"Account locked after {MAX_FAILURES} failed attempts: try again in {minutes} min "
        "or ask the administrator.",
    )
