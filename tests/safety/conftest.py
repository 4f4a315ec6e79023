"""Fixtures of the safety tests: accounts of each role on a real registry file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from hepmeta_desktop.services.permissions import ADMIN, SECRETARY, SURGEON, CurrentUser
from hepmeta_desktop.services.users import UserService

PASSWORD = "correct horse 42"

# Both conftest files are importable as "conftest": re-export the root one's helpers here.
_spec = importlib.util.spec_from_file_location(
    "hepmeta_tests_root", Path(__file__).parents[1] / "conftest.py"
)
assert _spec and _spec.loader
_root = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_root)
TODAY = _root.TODAY
sample_patient = _root.sample_patient


@pytest.fixture
def accounts(db) -> dict[str, CurrentUser]:  # type: ignore[no-untyped-def]
    """An administrator, a secretary, a surgeon, and a surgeon limited to their own series."""
    users = UserService(db)
    admin = users.create_first_admin("admin", PASSWORD)
    manager = UserService(db, admin)
    manager.create_user("sec", PASSWORD, SECRETARY)
    manager.create_user("surg", PASSWORD, SURGEON, surgeon_name="Dr Benali")
    manager.create_user("own", PASSWORD, SURGEON, surgeon_name="Dr Morel", own_series_only=True)
    return {
        ADMIN: admin,
        SECRETARY: users.authenticate("sec", PASSWORD),
        SURGEON: users.authenticate("surg", PASSWORD),
        "own": users.authenticate("own", PASSWORD),
    }


@pytest.fixture
def sqlite_only(request):  # type: ignore[no-untyped-def]
    """Skip a file-level test (backup, corruption, crash) when ``db`` is a server database."""
    if "db" in request.fixturenames and not request.getfixturevalue("db").is_sqlite:
        pytest.skip("SQLite file only")


QM = Path(__file__).parents[2] / "resources" / "i18n" / "hepmeta_fr.qm"


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    """The application's French translation, installed for one test."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM)), QM
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
