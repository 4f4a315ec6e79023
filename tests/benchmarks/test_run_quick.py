"""The benchmark suite keeps working: a quick run on tiny registries yields every measure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Every measure the suite promises (issue #9); the suffixes name the registry size.
EXPECTED = {
    "start_small",
    "start_big",
    "keystroke_big",
    "open_big",
    "save_create",
    "save_update",
    "analysis_small",
    "analysis_big",
    "survival_vs_r_small",
    "survival_vs_r_big",
    "import",
    "export",
    "reports",
    "memory_big",
}


@pytest.mark.slow
def test_quick_run_reports_every_measure(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "HEPMETA_STATE_DIR": str(tmp_path / "state"),
    }
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--quick",
            "--json",
            str(out),
            "--cache",
            str(tmp_path / "cache"),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text())
    rows = {row["key"]: row for row in report["measures"]}
    assert set(rows) == EXPECTED
    for key, row in rows.items():
        assert row["value"] > 0, key
        assert row["runs"] and all(v > 0 for v in row["runs"]), key
        if row["floor"] is not None:
            assert row["floor"] > 0 and row["ratio"] > 0, key
        if row["goal"] is not None:
            assert isinstance(row["met"], bool), key
    assert report["machine"]["nproc"] >= 1 and report["load"]["max_1m"] >= 0
    # The table a reader sees lists every measure.
    assert done.stdout.count("\n| ") >= len(EXPECTED) + 1
