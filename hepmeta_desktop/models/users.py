"""Accounts of the people who use the registry, and the copies of the application open on it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hepmeta_desktop.models.base import Base, utcnow


class User(Base):
    """A person allowed to open the registry, with a role and an argon2id password hash.

    The table is ``app_user`` because ``user`` is a reserved word in PostgreSQL.
    ``failed_logins`` and ``locked_until`` live here (not in memory) so that a lockout
    holds across restarts and across the PCs sharing the database.
    """

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    #: The value of the liver surgery's ``surgeon`` variable that is this person's series.
    surgeon_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    #: When true (surgeons only), the person sees and changes their own series only.
    own_series_only: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    password_changed_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow
    )


class OpenSession(Base):
    """One running copy of the application on this database (who, where, last sign of life)."""

    __tablename__ = "app_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    host: Mapped[str] = mapped_column(String(200), nullable=False)
    user_name: Mapped[str] = mapped_column(String(100), nullable=False)
    pid: Mapped[int] = mapped_column(Integer, nullable=False)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    heartbeat_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
