"""Role × action matrix, through the real services: no role can do what it must not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY, sample_patient

from hepmeta_desktop.errors import PermissionDeniedError
from hepmeta_desktop.services.audit import AuditService
from hepmeta_desktop.services.backup import backup_now
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService
from hepmeta_desktop.services.permissions import (
    ADMIN,
    PERMISSIONS,
    SECRETARY,
    SURGEON,
    Action,
    CurrentUser,
    can,
    require,
)
from hepmeta_desktop.services.restore import restore_backup
from hepmeta_desktop.services.safety_settings import lock_minutes, set_lock_minutes
from hepmeta_desktop.services.users import UserService

NEWS = {"visit_date": dt.date(2017, 3, 1), "vital_status": "ALIVE_NED", "recurrence": "no"}

# What each role may do: the specification of issue #7, written out independently of
# the PERMISSIONS table so that a change to that table fails here.
EXPECTED = {
    SECRETARY: {Action.VIEW_PATIENTS, Action.EDIT_PATIENTS},
    SURGEON: {
        Action.VIEW_PATIENTS,
        Action.EDIT_PATIENTS,
        Action.DELETE_PATIENTS,
        Action.ANALYSE,
        Action.EXPORT,
        Action.IMPORT,
    },
    ADMIN: set(Action),
}


def _operation(db, user: CurrentUser, action: Action, pid: int, tmp: Path) -> Callable[[], Any]:  # type: ignore[no-untyped-def]
    """The real service call that needs ``action``."""
    patients = PatientService(db, user, today=lambda: TODAY)
    news = FollowupService(db, user, today=lambda: TODAY)
    if action is Action.VIEW_PATIENTS:
        return lambda: (
            patients.get_patient(pid),
            patients.list_patients(),
            news.list_followups(pid),
        )
    if action is Action.EDIT_PATIENTS:
        return lambda: (
            patients.update_patient(pid, {"phone": "0102030405"}, expected_version=1, reason="x"),
            news.add_followup(pid, NEWS),
        )
    if action is Action.DELETE_PATIENTS:
        return lambda: patients.delete_patient(pid, expected_version=1, reason="doublon")
    if action is Action.MANAGE_USERS:
        return lambda: UserService(db, user).create_user("new", "a long password", SECRETARY)
    if action is Action.SETTINGS:
        return lambda: (AuditService(db, user).entries(), set_lock_minutes(db, 5, user))
    if action is Action.BACKUP and db.is_sqlite:
        return lambda: backup_now(db, tmp / "usb", user=user)
    if action is Action.RESTORE and db.is_sqlite:
        good = backup_now(db, tmp / "kept").path
        return lambda: restore_backup(db.path, good, user=user, force=True)
    # The analysis, export and import code call require() with the action.
    return lambda: require(user, action)


@pytest.mark.parametrize("role", [SECRETARY, SURGEON, ADMIN])
@pytest.mark.parametrize("action", list(Action), ids=lambda a: a.value)
def test_role_matrix_through_the_services(
    db, accounts, role: str, action: Action, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    pid = PatientService(db, "system", today=lambda: TODAY).create_patient(sample_patient()).id
    run = _operation(db, accounts[role], action, pid, tmp_path)
    if action in EXPECTED[role]:
        run()
        assert can(role, action)
    else:
        with pytest.raises(PermissionDeniedError) as caught:
            run()
        assert not can(role, action)
        assert "ne permet pas" in caught.value.text("fr")
        assert "does not allow" in caught.value.text("en")
        # Refused before anything was written.
        assert PatientService(db).get_patient(pid).version == 1
        assert len(FollowupService(db).list_followups(pid)) == 0
        assert lock_minutes(db) == 10 and not (tmp_path / "usb").exists()
        assert not list(tmp_path.glob("*.replaced-*"))


def test_matrix_table_matches_the_specification() -> None:
    assert {role: set(actions) for role, actions in PERMISSIONS.items()} == EXPECTED


def test_surgeon_limited_to_own_series(db, accounts) -> None:  # type: ignore[no-untyped-def]
    system = PatientService(db, "system", today=lambda: TODAY)
    mine = system.create_patient(sample_patient(record_number="A1", surgeon="Dr Morel"))
    other = system.create_patient(
        sample_patient(record_number="A2", last_name="Autre", surgeon="Dr Benali")
    )
    own = PatientService(db, accounts["own"], today=lambda: TODAY)
    assert [p.record_number for p in own.list_patients()] == ["A1"]
    assert own.count() == 1
    assert own.get_patient(mine.id).record_number == "A1"
    with pytest.raises(PermissionDeniedError):
        own.get_patient(other.id)
    with pytest.raises(PermissionDeniedError):
        FollowupService(db, accounts["own"], today=lambda: TODAY).add_followup(other.id, NEWS)
    with pytest.raises(PermissionDeniedError):
        own.create_patient(sample_patient(record_number="A3", surgeon="Dr Benali"))
    with pytest.raises(PermissionDeniedError):
        own.update_patient(mine.id, {"surgeon": "Dr Benali"}, expected_version=1, reason="x")
    own.update_patient(mine.id, {"phone": "0600000000"}, expected_version=1, reason="x")
    # An unlimited surgeon sees the whole registry.
    assert PatientService(db, accounts[SURGEON]).count() == 2


def test_audit_rows_name_the_signed_in_user(db, accounts) -> None:  # type: ignore[no-untyped-def]
    p = PatientService(db, accounts[SECRETARY], today=lambda: TODAY).create_patient(
        sample_patient()
    )
    history = AuditService(db, accounts[ADMIN]).patient_history(p.id)
    assert history and {row.user for row in history} == {"sec"}


def test_plain_string_user_is_a_trusted_system_caller(db) -> None:  # type: ignore[no-untyped-def]
    service = PatientService(db, "import-script", today=lambda: TODAY)
    p = service.create_patient(sample_patient())
    service.delete_patient(p.id, expected_version=1, reason="test")
    rows = AuditService(db).patient_history(p.id)
    assert {r.user for r in rows} == {"import-script"}
