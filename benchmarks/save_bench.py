"""How long saving a whole patient takes (validation, audit, synchronous FULL) vs the disk's floor.

Run: ``python -m benchmarks.save_bench [--n 200]``.  Prints the median milliseconds of
creating a patient and of updating one through ``PatientService``, next to the median of
one raw sqlite3 INSERT + COMMIT with ``synchronous=FULL`` in WAL mode on the same disk in
the same run (the cost of the fsync that any durable save pays).  The goal is a save within
5 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from hepmeta_desktop.db import open_database
from hepmeta_desktop.services.patients import PatientService

GOAL_MS = 5.0


def patient(i: int) -> dict[str, Any]:
    """A whole patient file (every form filled in, as a secretary would type it)."""
    return {
        "record_number": f"B-{i:06d}",
        "last_name": f"Durand{i}",
        "first_name": "Claire",
        "sex": "F",
        "birth_date": dt.date(1960, 1, 1) + dt.timedelta(days=i % 3000),
        "phone": "01 23 45 67 89",
        "referring_centre": "CH Annecy",
        "breast_diagnosis_date": dt.date(2008, 2, 1),
        "laterality": "L",
        "breast_surgery_date": dt.date(2008, 3, 12),
        "breast_surgery_type": "MRM",
        "axillary_surgery": "ALND",
        "histology": "NST",
        "grade": "2",
        "pT": "T2",
        "pN": "N1",
        "er_status": "POS",
        "pr_status": "POS",
        "her2_status": "NEG",
        "ki67_percent": 20.0,
        "primary_chemotherapy": "yes",
        "primary_radiotherapy": "yes",
        "primary_hormone_therapy": "yes",
        "primary_anti_her2": "no",
        "liver_mets_diagnosis_date": dt.date(2015, 11, 20),
        "number_of_metastases": 1,
        "largest_size_cm": 3.5,
        "distribution": "UNILOBAR",
        "segments_involved": ["VI"],
        "extrahepatic_disease": "no",
        "preop_chemotherapy": "yes",
        "chemo_response": "PR",
        "performance_status": "0",
        "ca15_3": 41.0,
        "liver_surgery_date": dt.date(2016, 2, 3),
        "surgeon": "Dr Benali",
        "approach": "OPEN",
        "procedure": "METASTASECTOMY",
        "segments_resected": ["VI"],
        "intraop_ablation": "no",
        "blood_loss_ml": 300,
        "transfusion": "no",
        "operative_time_min": 150,
        "margin_status": "R0",
        "margin_mm": 12.0,
        "clavien_dindo": "NONE",
        "length_of_stay_days": 7,
        "adjuvant_chemotherapy": "yes",
        "adjuvant_hormone_therapy": "yes",
        "adjuvant_anti_her2": "no",
    }


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def raw_floor(folder: Path, n: int) -> float:
    """Median of one INSERT + COMMIT with WAL and synchronous=FULL, plain sqlite3."""
    conn = sqlite3.connect(folder / "floor.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b REAL)")
    samples = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (a, b) VALUES (?, ?)", (f"x{i}", i * 0.5))
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    conn.close()
    return _median_ms(samples)


def service_times(folder: Path, n: int) -> tuple[float, float, float, float]:
    """Median ms of create_patient and of update_patient (four fields and a reason), and
    the processor time of a creation (what the code costs, whatever the disk)."""
    db = open_database(folder / "bench.db")
    service = PatientService(db, "bench")
    try:
        for i in range(20):  # warm up: caches, pool, first pages
            service.create_patient(patient(10_000_000 + i))
        created, updated, cpu, cpu_update = [], [], [], []
        for i in range(n):
            start, start_cpu = time.perf_counter(), time.process_time()
            record = service.create_patient(patient(i))
            created.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            changes = {
                "margin_mm": 8.0 + i % 5,
                "phone": f"06 {i:08d}",
                "clavien_dindo": "II",
                "length_of_stay_days": 9,
            }
            start, start_cpu = time.perf_counter(), time.process_time()
            service.update_patient(record.id, changes, expected_version=1, reason="report")
            updated.append(time.perf_counter() - start)
            cpu_update.append(time.process_time() - start_cpu)
    finally:
        db.dispose()
    return (
        _median_ms(created),
        _median_ms(updated),
        _median_ms(cpu),
        _median_ms(cpu_update),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="saves measured (default 200)")
    parser.add_argument("--dir", type=Path, help="folder on the disk to measure (default: temp)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        floor = raw_floor(folder, args.n)
        create, update, create_cpu, update_cpu = service_times(folder, args.n)
    print(f"raw sqlite3 INSERT+COMMIT (WAL, synchronous=FULL): {floor:7.2f} ms (floor)")
    print(f"create_patient (validation + 4 tables + audit):   {create:7.2f} ms")
    print(f"  of which processor time:                       {create_cpu:7.2f} ms")
    print(f"update_patient (4 fields, conflict check, audit): {update:7.2f} ms")
    print(f"  of which processor time:                       {update_cpu:7.2f} ms")
    worst = max(create, update)
    verdict = "within" if worst <= GOAL_MS else "OVER"
    print(
        f"goal {GOAL_MS:.0f} ms: {verdict} (worst {worst:.2f} ms, {worst - floor:.2f} ms above floor)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
