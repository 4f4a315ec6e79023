"""The whole benchmark suite in one command: each measure, its floor, its goal, met or not.

    .venv/bin/python benchmarks/run.py [--quick] [--json FILE] [--cache DIR] [--runs K]

Registries of fictional patients (``services.demo.create_demo``) are made once into the
cache folder and reused.  Each figure is the median of several runs; where a floor exists
(the least any program doing the same job pays on this machine) it is measured in the same
run and the ratio is shown.  Wall time is what a user waits for; on a shared machine it
also measures the neighbours, so processor time is reported beside it and the load average
is recorded.  ``--quick`` runs every measure once on tiny registries (for CI).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: the benchmarks package beside it
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import (  # noqa: E402 - after the path and the Qt platform are set
    analysis_bench,
    interchange_bench,
    report_bench,
    save_bench,
    window_bench,
)

ENV = {
    **os.environ,
    "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
}

MEMORY_CHILD = r"""
import sys, time
from PySide6.QtWidgets import QApplication
from hepmeta_desktop.app import create_main_window
window = create_main_window(sys.argv[1], lang="fr", user="bench")
window.show()
while window.list_loading():
    QApplication.processEvents()
    time.sleep(0.005)
window.editor.tabs.setCurrentIndex(3)  # the Analysis tab: builds the panel, computes
panel = window.editor.tabs.widget(3)
deadline = time.monotonic() + 600
while getattr(panel, "result", None) is None and time.monotonic() < deadline:
    QApplication.processEvents()
    time.sleep(0.01)
assert panel.result is not None, "the analysis did not finish"
QApplication.processEvents()
window.editor.drafts.clear()
# VmHWM, the peak of this process image: ru_maxrss would also count the benchmark's own
# process, forked to start this one (it survives exec).
from benchmarks.analysis_bench import peak_rss_mb
print(peak_rss_mb())
"""

KEYSTROKE_CHILD = r"""
import json, sys
from pathlib import Path
from benchmarks.window_bench import measure_in_process
print(json.dumps(measure_in_process(Path(sys.argv[1]))))
"""


def median(values: list[float]) -> float:
    return float(statistics.median(values))


def machine() -> dict[str, Any]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "os": platform.platform(),
        "date_utc": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M"),
    }


def load() -> float:
    return os.getloadavg()[0]


def registry(cache: Path, n: int) -> Path:
    """The cached registry of ``n`` fictional patients, made (once) when missing."""
    path = cache / f"demo_{n}.db"
    if path.exists():
        return path
    from hepmeta_desktop.db import open_database
    from hepmeta_desktop.services.demo import create_demo

    part = cache / f"demo_{n}.db.part"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{part}{suffix}").unlink(missing_ok=True)
    print(f"making {n} fictional patients in {path} …", flush=True)

    def progress(done: int, total: int) -> None:
        if total >= 10_000 and done % 10_000 == 0:
            print(f"  {done} / {total}", flush=True)

    db = open_database(part)
    create_demo(db, n, progress=progress)
    db.dispose()  # checkpoints the WAL: the file alone is the registry
    part.rename(path)
    return path


class Suite:
    """Collects rows: measure, value, floor, ratio, goal, met."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(self, key: str, label: str, value: float, unit: str, *, floor: float | None = None,
            goal: float | None = None, goal_is_ratio: bool = False, cpu: float | None = None,
            runs: list[float] | None = None, note: str = "") -> None:  # fmt: skip
        ratio = value / floor if floor else None
        compared = ratio if goal_is_ratio else value
        met = None if goal is None or compared is None else compared <= goal
        row = {"key": key, "label": label, "value": value, "unit": unit, "floor": floor,
               "ratio": ratio, "goal": goal, "goal_is_ratio": goal_is_ratio, "met": met,
               "cpu": cpu, "runs": runs or [value], "note": note}  # fmt: skip
        self.rows.append(row)
        print(
            f"  {label}: {fmt(value, unit)}" + (f" (floor {fmt(floor, unit)})" if floor else ""),
            flush=True,
        )

    def table(self) -> str:
        head = ("measure", "value", "CPU", "floor", "ratio", "goal", "met?")
        lines = [head]
        for r in self.rows:
            goal = (
                ""
                if r["goal"] is None
                else (
                    f"≤ {r['goal']:g}×" if r["goal_is_ratio"] else f"≤ {fmt(r['goal'], r['unit'])}"
                )
            )
            if r["note"]:
                goal = f"{goal} {r['note']}".strip()
            met = "" if r["met"] is None else ("yes" if r["met"] else "NO")
            lines.append((r["label"], fmt(r["value"], r["unit"]), fmt(r["cpu"], r["unit"]),
                          fmt(r["floor"], r["unit"]), "" if r["ratio"] is None else f"{r['ratio']:.2f}",
                          goal, met))  # fmt: skip
        widths = [max(len(str(line[i])) for line in lines) for i in range(len(head))]
        out = [
            "| " + " | ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)) + " |"
            for line in lines
        ]
        out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
        return "\n".join(out)


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


def cold_start(suite: Suite, paths: dict[str, Path], runs: int) -> None:
    floor = window_bench.empty_window_floor(runs)
    floor_wall = median([w for w, _ in floor])
    for key, path in paths.items():
        got = window_bench.start_up(path, runs)
        heavy = {h for *_, h in got if h}
        suite.add(f"start_{key}", f"cold start to usable window, {count(path)} patients",
                  median([g[0] for g in got]), "s", floor=floor_wall, goal=0.6,
                  cpu=median([g[1] for g in got]), runs=[g[0] for g in got],
                  note=f"(heavy modules at start: {','.join(sorted(heavy))})" if heavy else "")  # fmt: skip


def keystroke(suite: Suite, path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", KEYSTROKE_CHILD, str(path)], capture_output=True,
                          text=True, env=ENV, check=True)  # fmt: skip
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    suite.add("keystroke_big", f"search keystroke, {count(path)} patients",
              median(figures["keystrokes"]), "ms", goal=16.0,
              cpu=median(figures["keystrokes_cpu"]), runs=figures["keystrokes"])  # fmt: skip
    suite.add("open_big", f"open a patient, {count(path)} patients", median(figures["opens"]),
              "ms", cpu=median(figures["opens_cpu"]), runs=figures["opens"])  # fmt: skip


def save(suite: Suite, folder: Path, n: int) -> None:
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        floor = save_bench.raw_floor(Path(tmp), n)
        create, update, create_cpu, update_cpu = save_bench.service_times(Path(tmp), n)
    suite.add("save_create", "save a new whole patient (validation, audit, FULL)", create,
              "ms", floor=floor, goal=5.0, cpu=create_cpu)  # fmt: skip
    suite.add("save_update", "save changes to a patient (conflict check, audit, FULL)",
              update, "ms", floor=floor, goal=5.0, cpu=update_cpu)  # fmt: skip


def analysis(suite: Suite, key: str, path: Path, runs: int) -> None:
    n = count(path)
    floor, refresh = analysis_bench.measure_pairs(path, runs)
    floor_s = median([r["seconds"] for r in floor["runs"]])
    refresh_s = median([r["seconds"] for r in refresh["runs"]])
    suite.add(f"analysis_{key}", f"analysis refresh, {n} patients", refresh_s, "s",
              floor=floor_s, goal=1.5, goal_is_ratio=True,
              cpu=median([r["cpu"] for r in refresh["runs"]]),
              runs=[r["seconds"] for r in refresh["runs"]],
              note=f"(floor CPU {median([r['cpu'] for r in floor['runs']]):.3f} s)")  # fmt: skip
    survival = median([r["survival_s"] for r in refresh["runs"]])
    survival_cpu = median([r["survival_cpu"] for r in refresh["runs"]])
    r_runs = analysis_bench.measure_r_runs(path, runs)
    if r_runs:
        suite.add(f"survival_vs_r_{key}", f"OS+RFS survival stages vs R survfit+survdiff, {n}",
                  survival, "s", floor=median(r_runs), goal=1.0, goal_is_ratio=True,
                  cpu=survival_cpu, note="(floor = R)")  # fmt: skip
    else:
        suite.add(f"survival_vs_r_{key}", f"OS+RFS survival stages, {n} (R not installed)",
                  survival, "s", cpu=survival_cpu)  # fmt: skip


def interchange(suite: Suite, path: Path, runs: int, news: int) -> None:
    from hepmeta_desktop.db import open_database

    figures: dict[str, list[float]] = {}
    for _ in range(runs):
        source = open_database(path, create=False)
        with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
            for k, v in interchange_bench.measure(source, Path(tmp), news).items():
                figures.setdefault(k, []).append(v)
        source.dispose()
    n = count(path)
    suite.add("import", f"import a {n}-patient workbook", median(figures["import_s"]), "s",
              floor=median(figures["read_excel_s"]), goal=2.0, goal_is_ratio=True,
              cpu=median(figures["import_cpu"]), runs=figures["import_s"],
              note="(floor = pandas.read_excel)")  # fmt: skip
    suite.add("export", f"export a {n}-patient workbook", median(figures["export_s"]), "s",
              goal=2.0, cpu=median(figures["export_cpu"]), runs=figures["export_s"])  # fmt: skip


def reports(suite: Suite, path: Path, runs: int) -> None:
    figures = report_bench.measure(path, runs)
    suite.add("reports", f"Word + Excel report with figures, {count(path)} patients",
              median(figures["reports"]), "s", goal=2.0, runs=figures["reports"])  # fmt: skip


def memory(suite: Suite, path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", MEMORY_CHILD, str(path)], capture_output=True,
                          text=True, env=ENV, check=True)  # fmt: skip
    peak = float(done.stdout.strip().splitlines()[-1])
    suite.add("memory_big", f"peak memory, window + analysis, {count(path)} patients", peak,
              "MB", goal=400.0)  # fmt: skip


_COUNTS: dict[Path, int] = {}


def count(path: Path) -> int:
    if path not in _COUNTS:
        import sqlite3

        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            _COUNTS[path] = conn.execute("SELECT count(*) FROM patient").fetchone()[0]
    return _COUNTS[path]


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hepmeta-bench"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny registries, one run each (CI)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--cache", type=Path, default=default_cache(), help="registries folder")
    parser.add_argument("--runs", type=int, help="runs per measure (default 5, quick 1)")
    args = parser.parse_args(argv)
    small, big = (200, 400) if args.quick else (10_000, 100_000)
    runs = args.runs or (1 if args.quick else 5)
    heavy_runs = args.runs or (1 if args.quick else 3)
    args.cache.mkdir(parents=True, exist_ok=True)
    # An installed application starts from bytecode (pip compiles it); a source tree run
    # with PYTHONDONTWRITEBYTECODE=1 would compile every module at each cold start.
    import compileall

    compileall.compile_dir(ROOT / "hepmeta_desktop", quiet=1)
    info = machine()
    load_before = os.getloadavg()
    print(f"{info['cpu']} × {info['nproc']}, Python {info['python']}, {info['os']}; "
          f"load {load_before[0]:.1f} {load_before[1]:.1f} {load_before[2]:.1f}", flush=True)  # fmt: skip
    paths = {"small": registry(args.cache, small), "big": registry(args.cache, big)}
    suite = Suite()
    started = time.perf_counter()
    loads = [load()]
    steps = [
        ("cold start", lambda: cold_start(suite, paths, runs)),
        ("search keystroke", lambda: keystroke(suite, paths["big"])),
        ("save", lambda: save(suite, args.cache, 30 if args.quick else 200)),
        ("analysis", lambda: analysis(suite, "small", paths["small"], runs)),
        ("analysis", lambda: analysis(suite, "big", paths["big"], heavy_runs)),
        ("import/export", lambda: interchange(suite, paths["small"], heavy_runs, 4 * small)),
        ("reports", lambda: reports(suite, paths["small"], heavy_runs)),
        ("memory", lambda: memory(suite, paths["big"])),
    ]
    for name, step in steps:
        print(f"{name} (load {load():.1f}) …", flush=True)
        step()
        loads.append(load())
    load_after = os.getloadavg()
    print()
    print(suite.table())
    print(f"\nload average during the run: min {min(loads):.1f}, max {max(loads):.1f} "
          f"(1-minute); {time.perf_counter() - started:.0f} s in all", flush=True)  # fmt: skip
    if args.json:
        report = {"machine": info, "quick": args.quick, "runs": runs,
                  "load": {"before": load_before, "after": load_after, "min_1m": min(loads),
                           "max_1m": max(loads)},
                  "measures": suite.rows}  # fmt: skip
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
