"""Two processes (two ward PCs) saving the same patients on one PostgreSQL registry."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from hepmeta_desktop.db import Database
from hepmeta_desktop.models import AuditEntry, Patient

SAVES = 500
WORKER = Path(__file__).with_name("pg_save_worker.py")


@pytest.mark.postgres
@pytest.mark.slow
def test_two_pcs_lose_no_save_and_see_every_conflict(pg_db: Database, tmp_path: Path) -> None:
    ready = tmp_path / "ready"
    ready.mkdir()
    pcs = {}
    for n, name in enumerate(("ward-pc-1", "ward-pc-2")):
        out = tmp_path / f"{name}.json"
        args = [str(pg_db.engine.url.render_as_string(hide_password=False)), name]
        args += [str(SAVES), str(n), str(ready), str(out)]
        pcs[name] = (subprocess.Popen([sys.executable, str(WORKER), *args], env=os.environ), out)
    for name, (process, _) in pcs.items():
        assert process.wait(timeout=300) == 0, name
    events = {name: json.loads(out.read_text()) for name, (_, out) in pcs.items()}
    assert all(len(e) == SAVES for e in events.values())
    every = [dict(e, pc=name) for name, evs in events.items() for e in evs]
    tally = Counter((e["op"], e["outcome"]) for e in every)
    print("two PCs, 2 x", SAVES, "saves:", dict(tally))
    # Conflicts did happen (else the drill proves nothing), and were all reported.
    assert tally["update", "conflict"] > 10 and tally["update", "saved"] > 100

    with pg_db.read() as s:
        rows = s.execute(select(Patient.record_number, Patient.version, Patient.notes))
        patients = {record: (version, notes) for record, version, notes in rows}
        trail = s.execute(
            select(
                AuditEntry.action,
                AuditEntry.field,
                AuditEntry.patient_id,
                AuditEntry.version,
                AuditEntry.new_value,
                AuditEntry.user,
            ).where(AuditEntry.table_name == "patient")
        ).all()

    # Every acknowledged creation is there, once; a record number taken twice is refused.
    created = [e for e in every if e["op"] == "create" and e["outcome"] == "saved"]
    assert sorted(e["record"] for e in created) == sorted(patients)
    assert {e["record"] for e in every if e["outcome"] == "duplicate"} <= set(patients)

    # Each acknowledged update made exactly one new version: none was overwritten silently.
    updates = [e for e in every if e["op"] == "update" and e["outcome"] == "saved"]
    for record, (version, notes) in patients.items():
        mine = sorted((e for e in updates if e["record"] == record), key=lambda e: e["version"])
        assert [e["version"] for e in mine] == list(range(2, version + 1)), record
        if mine:
            assert notes == mine[-1]["notes"]

    # The trail has one row per acknowledged change of the notes, with who made it.
    logged = Counter(
        (a.patient_id, a.version, a.new_value, a.user)
        for a in trail
        if a.action == "update" and a.field == "notes"
    )
    acknowledged = Counter((e["patient_id"], e["version"], e["notes"], e["pc"]) for e in updates)
    assert logged == acknowledged
    created_logged = {a.patient_id for a in trail if a.action == "create"}
    assert created_logged == {e["patient_id"] for e in created}
