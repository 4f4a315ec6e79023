"""Concurrent edits: saving over a newer version is refused, naming what changed and who."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import sample_patient

from core.helpers import clock, dump
from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import ConflictError
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService


def test_patient_saved_meanwhile_by_another_user(db: Database) -> None:
    alice, bob = PatientService(db, "alice", clock), PatientService(db, "bob", clock)
    p = alice.create_patient(sample_patient())
    opened_by_alice = alice.get_patient(p.id)
    bob.update_patient(p.id, {"margin_mm": 9.0, "phone": "0102"}, expected_version=1, reason="r")
    before = dump(db)
    with pytest.raises(ConflictError) as caught:
        alice.update_patient(
            p.id, {"notes": "mine"}, expected_version=opened_by_alice.version, reason="r"
        )
    assert sorted(f for f, _, _ in caught.value.changes) == ["margin_mm", "phone"]
    assert {u for _, u, _ in caught.value.changes} == {"bob"}
    assert "bob" in caught.value.message.en and "margin_mm" in caught.value.message.fr
    assert dump(db) == before
    with pytest.raises(ConflictError):
        alice.delete_patient(p.id, expected_version=1, reason="r")
    # Reloaded, alice saves over the current version.
    fresh = alice.get_patient(p.id)
    assert fresh.version == 2
    assert (
        alice.update_patient(p.id, {"notes": "mine"}, expected_version=2, reason="r").version == 3
    )


def test_news_edited_meanwhile_by_another_user(db: Database) -> None:
    p = PatientService(db, "alice", clock).create_patient(sample_patient())
    alice, bob = FollowupService(db, "alice", clock), FollowupService(db, "bob", clock)
    first = alice.add_followup(p.id, {"visit_date": dt.date(2017, 1, 1), "vital_status": "LOST"})
    sibling = alice.add_followup(
        p.id, {"visit_date": dt.date(2018, 1, 1), "vital_status": "ALIVE_NED"}
    )
    # Many edits of the sibling must not show up in the conflict on ``first``.
    bob.update_followup(sibling.id, {"notes": "a"}, expected_version=1, reason="r")
    bob.update_followup(sibling.id, {"notes": "b"}, expected_version=2, reason="r")
    bob.update_followup(first.id, {"vital_status": "ALIVE_NED"}, expected_version=1, reason="r")
    before = dump(db)
    with pytest.raises(ConflictError) as caught:
        alice.update_followup(first.id, {"notes": "x"}, expected_version=1, reason="r")
    assert [(f, u) for f, u, _ in caught.value.changes] == [("vital_status", "bob")]
    with pytest.raises(ConflictError) as caught:
        alice.delete_followup(first.id, expected_version=1, reason="r")
    assert [(f, u) for f, u, _ in caught.value.changes] == [("vital_status", "bob")]
    assert dump(db) == before
    assert (
        alice.update_followup(first.id, {"notes": "x"}, expected_version=2, reason="r").version == 3
    )


def test_deleted_meanwhile_is_not_found(db: Database) -> None:
    from hepmeta_desktop.errors import NotFoundError

    alice, bob = PatientService(db, "alice", clock), PatientService(db, "bob", clock)
    p = alice.create_patient(sample_patient())
    bob.delete_patient(p.id, expected_version=1, reason="duplicate")
    with pytest.raises(NotFoundError) as caught:
        alice.update_patient(p.id, {"notes": "x"}, expected_version=1, reason="r")
    assert caught.value.message.fr and caught.value.message.en
