"""One ward PC in the two-process drill (run by test_postgres_two_pcs.py, not collected).

Usage: python pg_save_worker.py URL NAME SAVES SEED READY_DIR OUT_JSON
Creates and updates the same few patients as the other PC, through the real services,
and writes what each save answered (saved, conflict, duplicate) to OUT_JSON.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conftest import TODAY, sample_patient  # noqa: E402

from hepmeta_desktop.db import open_database  # noqa: E402
from hepmeta_desktop.errors import ConflictError, DuplicateRecordNumberError  # noqa: E402
from hepmeta_desktop.services.patients import PatientService  # noqa: E402

SHARED = ("DRILL-1", "DRILL-2", "DRILL-3")


def wait_for_peers(ready: Path, name: str, peers: int = 2) -> None:
    """Start saving only once both PCs are ready, so that their saves overlap."""
    (ready / name).touch()
    deadline = time.monotonic() + 60
    while len(list(ready.iterdir())) < peers:
        if time.monotonic() > deadline:
            raise SystemExit("the other PC never came")
        time.sleep(0.01)


def drill(url: str, name: str, saves: int, seed: int, ready: Path) -> list[dict]:
    rng = random.Random(seed)
    db = open_database(url)
    service = PatientService(db, name, today=lambda: TODAY)
    wait_for_peers(ready, name)
    events = []
    try:
        for i in range(saves):
            record = rng.choice(SHARED)
            if rng.random() < 0.1:  # a patient of this PC's own
                record = f"{name}-{i}"
            found = service.find_by_record_number(record)
            if found is None:
                event = {"op": "create", "record": record}
                try:
                    made = service.create_patient(
                        sample_patient(record_number=record, last_name=f"Drill {record}")
                    )
                    event.update(outcome="saved", patient_id=made.id, version=1)
                except DuplicateRecordNumberError as exc:
                    event.update(outcome="duplicate", patient_id=exc.existing_patient_id)
            else:
                notes = f"{name} save {i}"
                event = {"op": "update", "record": record, "notes": notes}
                try:
                    saved = service.update_patient(
                        found.id, {"notes": notes}, expected_version=found.version, reason="drill"
                    )
                    event.update(outcome="saved", patient_id=saved.id, version=saved.version)
                except ConflictError:
                    event.update(outcome="conflict", patient_id=found.id)
            events.append(event)
    finally:
        db.dispose()
    return events


if __name__ == "__main__":
    url, name, saves, seed, ready, out = sys.argv[1:7]
    result = drill(url, name, int(saves), int(seed), Path(ready))
    Path(out).write_text(json.dumps(result))
