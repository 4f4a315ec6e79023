"""Speed of the data-entry window on a large registry (100,000 patients by default).

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python benchmarks/window_bench.py [DB] [N]

Measures, on a registry made once by ``services.demo.create_demo`` (minutes at 100,000):
start-up in a fresh process (from the process start to the window shown with its list),
each search keystroke, and opening a patient. Heavy libraries must not load at start.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DB = Path("/tmp/hepmeta_ui_100k.db")
WORDS = ("martin", "hm0123", "lef", "dupont marie", "e")
TARGETS = {"start_s": 0.6, "keystroke_ms": 16.0, "open_ms": 50.0}

CHILD = r"""
import os, sys, time
started = float(sys.argv[1])
from hepmeta_desktop.app import create_main_window
from PySide6.QtWidgets import QApplication
window = create_main_window(sys.argv[2], lang="fr", user="bench")
window.show()
QApplication.processEvents()
shown = time.time()
cpu = time.process_time()
first_rows = window.list_panel.model.rowCount()
assert first_rows > 0, "the list is empty"
heavy = [m for m in ("lifelines", "pandas", "pyqtgraph", "alembic") if m in sys.modules]
while window.list_loading():
    QApplication.processEvents()
    time.sleep(0.005)
QApplication.processEvents()
full = time.time()
print(shown - started, cpu, full - started, first_rows, window.list_panel.model.rowCount(), ",".join(heavy))
window.editor.drafts.clear()
"""


def ensure_registry(path: Path, n: int) -> None:
    if path.exists():
        return
    from hepmeta_desktop.db import open_database
    from hepmeta_desktop.services.demo import create_demo

    print(f"creating {n} fictional patients in {path} (a few minutes)…", flush=True)
    db = open_database(path)
    create_demo(db, n)
    db.dispose()


def start_up(path: Path, runs: int = 3) -> list[tuple[float, float, float, int, int, str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.setdefault("HEPMETA_STATE_DIR", "/tmp/hepmeta_bench_state")
    out = []
    for _ in range(runs):
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-c", CHILD, repr(started), str(path)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        line = done.stdout.strip().splitlines()[-1].split(" ")
        heavy = line[5] if len(line) > 5 else ""
        out.append(
            (float(line[0]), float(line[1]), float(line[2]), int(line[3]), int(line[4]), heavy)
        )
    return out


FLOOR_CHILD = r"""
import sys, time
started = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
QApplication.processEvents()
print(time.time() - started, time.process_time())
"""


def empty_window_floor(runs: int = 3) -> list[tuple[float, float]]:
    """(wall s, CPU s) of an empty PySide6 main window shown in a fresh process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = []
    for _ in range(runs):
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-c", FLOOR_CHILD, repr(started)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        wall, cpu = done.stdout.strip().splitlines()[-1].split(" ")
        out.append((float(wall), float(cpu)))
    return out


def in_process(path: Path) -> tuple[list[float], list[float], list[float]]:
    """Keystrokes, whole-list filters and patient openings (ms), printing the CPU medians."""
    figures = measure_in_process(path)
    print(
        f"filter per keystroke (model only): median {statistics.median(figures['only_filter']):.1f} ms, "
        f"max {max(figures['only_filter']):.1f} ms"
    )
    print(
        f"CPU time: keystroke median {statistics.median(figures['keystrokes_cpu']):.1f} ms, "
        f"opening a patient median {statistics.median(figures['opens_cpu']):.1f} ms"
    )
    return figures["keystrokes"], figures["filters"], figures["opens"]


def measure_in_process(path: Path, words: tuple[str, ...] = WORDS) -> dict[str, list[float]]:
    """The window's search and opening times (ms, wall and CPU) in this process."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from hepmeta_desktop.app import create_main_window

    window = create_main_window(str(path), lang="fr", user="bench")
    window.show()
    while window.list_loading():
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()
    model = window.list_panel.model
    search = window.list_panel.search
    keystrokes: list[float] = []
    filters: list[float] = []
    only_filter: list[float] = []
    keystrokes_cpu: list[float] = []
    for word in words:
        search.clear()
        QApplication.processEvents()
        for i, char in enumerate(word):
            t, c = time.perf_counter(), time.process_time()
            QTest.keyClick(search, char)
            QApplication.processEvents()
            keystrokes.append((time.perf_counter() - t) * 1000)
            keystrokes_cpu.append((time.process_time() - c) * 1000)
            # The same keystroke's filtering alone (model only, no repaint).
            model.set_query(word[:i])
            t = time.perf_counter()
            model.set_query(word[: i + 1])
            only_filter.append((time.perf_counter() - t) * 1000)
        # The filter alone, on the whole list (no narrowing from the previous keystroke).
        model.set_query("")
        t = time.perf_counter()
        model.set_query(word[:3])
        filters.append((time.perf_counter() - t) * 1000)
    search.clear()
    ids = random.Random(7).sample([r.id for r in model.rows], min(30, len(model.rows)))
    opens = []
    opens_cpu = []
    for pid in ids:
        t, c = time.perf_counter(), time.process_time()
        window.open_patient(pid)
        QApplication.processEvents()
        opens.append((time.perf_counter() - t) * 1000)
        opens_cpu.append((time.process_time() - c) * 1000)
        assert window.editor.record.id == pid
    window.editor.drafts.clear()
    window.db.dispose()
    return {
        "keystrokes": keystrokes,
        "keystrokes_cpu": keystrokes_cpu,
        "only_filter": only_filter,
        "filters": filters,
        "opens": opens,
        "opens_cpu": opens_cpu,
    }


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DB
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("HEPMETA_STATE_DIR", "/tmp/hepmeta_bench_state")
    ensure_registry(path, n)
    print(
        f"registry: {path} ({path.stat().st_size / 1e6:.0f} MB); load average {os.getloadavg()[0]:.1f}"
    )
    runs = start_up(path)
    for shown, cpu, full, first, rows, heavy in runs:
        print(
            f"start: window shown, first {first} rows listed, after {shown:.3f} s (CPU {cpu:.3f} s); "
            f"all {rows} rows searchable after {full:.3f} s; heavy modules: {heavy or 'none'}"
        )
    assert all(not heavy for *_, heavy in runs), "heavy libraries loaded at start"
    keystrokes, filters, opens = in_process(path)
    print(
        f"search keystroke (filter + repaint): median {statistics.median(keystrokes):.1f} ms, "
        f"max {max(keystrokes):.1f} ms over {len(keystrokes)} keys"
    )
    print(f"first-letter filter over the whole list: max {max(filters):.1f} ms")
    print(f"open a patient: median {statistics.median(opens):.1f} ms, max {max(opens):.1f} ms")
    best = min(r[0] for r in runs)
    print(
        f"targets: start {TARGETS['start_s']} s (best {best:.3f}), keystroke "
        f"{TARGETS['keystroke_ms']} ms, open {TARGETS['open_ms']} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
