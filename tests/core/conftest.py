"""Fixtures of the core tests: the services on the shared ``db`` fixture, at a fixed date."""

from __future__ import annotations

import pytest

from core.helpers import clock
from hepmeta_desktop.db import Database
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService


@pytest.fixture
def patients(db: Database) -> PatientService:
    return PatientService(db, "alice", today=clock)


@pytest.fixture
def news(db: Database) -> FollowupService:
    return FollowupService(db, "alice", today=clock)


@pytest.fixture
def sqlite_only(db: Database) -> None:
    """For tests of SQLite itself (pragmas, file locks, the file on disk)."""
    if not db.is_sqlite:
        pytest.skip("SQLite-specific")
