"""Audit replay: the audit rows alone rebuild every clinical table exactly.

Random sequences of creations, edits and deletions of patients and news go through the
services (refusals included); then the trail is replayed from nothing, using only each
row's action, table, record, field, old and new value, and compared with the database.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import Any

from conftest import sample_patient
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context
from sqlalchemy import select

from core.helpers import clock
from core.strategies import news_item, patient_changes
from hepmeta_desktop import dictionary as dd
from hepmeta_desktop.db import Database
from hepmeta_desktop.errors import HepmetaError
from hepmeta_desktop.models import FORM_MODELS, AuditEntry
from hepmeta_desktop.services.followups import FollowupService
from hepmeta_desktop.services.patients import PatientService

State = dict[str, dict[int, dict[str, str]]]
COUNTER = itertools.count()
INDEX = st.integers(0, 20)
SMALL_NEWS_EDIT = st.one_of(
    st.fixed_dictionaries({"notes": st.one_of(st.none(), st.text(max_size=10))}),
    st.fixed_dictionaries({"recurrence": st.sampled_from([None, "no", "UNK"])}),
    st.fixed_dictionaries({"vital_status": st.sampled_from(["ALIVE_NED", "LOST", "UNK"])}),
)
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("create"), patient_changes(identity=False)),
        st.tuples(st.just("update"), INDEX, patient_changes(identity=False)),
        st.tuples(st.just("delete"), INDEX),
        st.tuples(st.just("add_news"), INDEX, news_item()),
        st.tuples(st.just("add_news"), INDEX, news_item()),
        st.tuples(st.just("edit_news"), INDEX, news_item()),
        st.tuples(st.just("edit_news"), INDEX, SMALL_NEWS_EDIT),
        st.tuples(st.just("delete_news"), INDEX),
    ),
    min_size=1,
    max_size=10,
)


def replay(db: Database) -> State:
    """The clinical tables as the audit trail tells them: table -> record -> field -> text."""
    state: State = defaultdict(dict)
    with db.read() as s:
        rows = s.execute(
            select(
                AuditEntry.action,
                AuditEntry.table_name,
                AuditEntry.record_id,
                AuditEntry.field,
                AuditEntry.old_value,
                AuditEntry.new_value,
            ).order_by(AuditEntry.id)
        ).all()
    for action, table, record_id, field, old, new in rows:
        if not table:
            continue  # an event (import, export), not a change of data
        record = state[table].setdefault(record_id, {})
        if action == "create":
            assert field not in record, (table, record_id, field)
        else:
            # Each row's 'old' is what the trail said before: the chain is unbroken.
            assert record.get(field) == old, (table, record_id, field, record.get(field), old)
        if new is None:
            record.pop(field, None)
        else:
            record[field] = new
        if action == "delete" and not record:
            del state[table][record_id]
    return {t: records for t, records in state.items() if records}


def current(db: Database) -> State:
    """The clinical tables as stored, each value as interchange text."""
    state: State = {}
    with db.read() as s:
        for model in FORM_MODELS.values():
            table = model.__table__
            key = table.c.id if "id" in table.c else table.c.patient_id
            cols = [c for c in table.columns if "variable" in c.info]
            records: dict[int, dict[str, str]] = {}
            for row in s.execute(select(key, *cols)):
                records[row[0]] = {
                    c.name: dd.format_plain(c.info["variable"], v)
                    for c, v in zip(cols, row[1:], strict=True)
                    if v is not None
                }
            if records:
                state[table.name] = records
    return state


def _note(text: str) -> None:
    if currently_in_test_context():
        event(text)


def _pick(items: list[Any], index: int) -> Any:
    return items[index % len(items)] if items else None


def run(db: Database, operations: list[tuple[Any, ...]]) -> None:
    users = itertools.cycle(["alice", "bob"])
    for op, *args in operations:
        user = next(users)
        patients = PatientService(db, user, clock)
        news = FollowupService(db, user, clock)
        everyone = patients.list_patients()
        try:
            if op == "create":
                n = next(COUNTER)
                values = {**sample_patient(record_number=f"P{n}", first_name=f"A{n}"), **args[0]}
                patients.create_patient(values)
            elif op in ("update", "delete", "add_news") and everyone:
                p = patients.get_patient(_pick(everyone, args[0]).id)
                if op == "update":
                    patients.update_patient(
                        p.id, args[1], expected_version=p.version, reason=f"{user} checked"
                    )
                elif op == "delete":
                    patients.delete_patient(p.id, expected_version=p.version, reason="test")
                else:
                    news.add_followup(p.id, args[1])
            elif op in ("edit_news", "delete_news"):
                items = [f for p in everyone for f in news.list_followups(p.id)]
                f = _pick(items, args[0])
                if f is None:
                    continue
                if op == "edit_news":
                    news.update_followup(f.id, args[1], expected_version=f.version, reason="call")
                else:
                    news.delete_followup(f.id, expected_version=f.version, reason="duplicate")
        except HepmetaError as exc:
            _note(f"{op} refused: {type(exc).__name__}")  # and the replay must agree
        else:
            _note(f"{op} done")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=OPERATIONS)
def test_the_audit_trail_rebuilds_every_clinical_table(db: Database, operations) -> None:
    # The database is shared by the examples: the trail must explain all of it, always.
    run(db, operations)
    assert replay(db) == current(db)


def test_replay_sees_a_change_made_behind_the_trail(db: Database) -> None:
    # The comparison can fail: a value changed without an audit row is caught.
    run(
        db,
        [
            ("create", {}),
            (
                "add_news",
                0,
                {"visit_date": sample_patient()["liver_surgery_date"], "vital_status": "LOST"},
            ),
        ],
    )
    assert replay(db) == current(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE liver_surgery SET margin_mm = 4")
    assert replay(db) != current(db)
