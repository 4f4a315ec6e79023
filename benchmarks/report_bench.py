"""Benchmark of the reports: Word and Excel for 10,000 patients (target: 2 s together).

The analysis is computed beforehand; the figures, the .docx and the .xlsx are timed
apart, then together, then with the analysis (the total a user waits for).  Usage:

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python benchmarks/report_bench.py [N] [--group-by VAR]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hepmeta_desktop.analysis.run import AnalysisOptions  # noqa: E402
from hepmeta_desktop.db import open_database  # noqa: E402
from hepmeta_desktop.export.excel_report import write_excel_report  # noqa: E402
from hepmeta_desktop.export.statistical import write_statistical  # noqa: E402
from hepmeta_desktop.export.word_report import write_word_report  # noqa: E402
from hepmeta_desktop.services.analysis_service import AnalysisService  # noqa: E402
from hepmeta_desktop.services.demo import create_demo  # noqa: E402
from hepmeta_desktop.ui.figure_bridge import survival_figures  # noqa: E402


def run_once(service: AnalysisService, options: AnalysisOptions, out: Path) -> dict[str, float]:
    """One report cycle, each step timed."""
    t: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(label: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        t[label] = now - clock
        clock = now

    result = service.analyse(options)
    lap(ANALYSIS)
    figures = survival_figures(result, "fr")
    lap(FIGURES)
    write_word_report(result, out / "r.docx", "fr", figures)
    lap(DOCX)
    write_excel_report(result, out / "r.xlsx", "fr")
    lap(XLSX)
    data = service.dataset()
    clock = time.perf_counter()
    write_statistical(data, out / "d.sav", "fr")
    lap(".sav written")
    write_statistical(data, out / "d.dta", "fr")
    lap(".dta written")
    return t


def measure(path: Path, repeat: int = 3, group_by: str = "margin_status") -> dict[str, list[float]]:
    """Seconds of each step per run (figures, .docx, .xlsx, and 'reports' = the three)."""
    db = open_database(path, create=False)
    try:
        service = AnalysisService(db)
        out = Path(tempfile.mkdtemp(prefix="report_bench_"))
        runs: dict[str, list[float]] = {}
        for _ in range(repeat):
            steps = run_once(service, AnalysisOptions(group_by=group_by), out)
            for k, v in steps.items():
                runs.setdefault(k, []).append(v)
            runs.setdefault("reports", []).append(steps[FIGURES] + steps[DOCX] + steps[XLSX])
    finally:
        db.dispose()
    return runs


ANALYSIS, FIGURES = "analysis (dataset + statistics)", "figures (2 PNG, 300 dpi)"
DOCX, XLSX = ".docx written", ".xlsx written"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--group-by", default="margin_status")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / f"hepmeta_bench_{args.n}.db"
    fresh = not path.exists()
    db = open_database(path)
    if fresh:
        print(f"creating {args.n} demo patients in {path} …")
        create_demo(db, args.n)
    service = AnalysisService(db)
    out = Path(tempfile.mkdtemp(prefix="report_bench_"))
    options = AnalysisOptions(group_by=args.group_by)
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for k, v in run_once(service, options, out).items():
            best[k] = min(best.get(k, v), v)
    writing = best[FIGURES] + best[DOCX] + best[XLSX]
    print(f"{args.n} patients, grouped by {args.group_by}; best of {args.repeat}:")
    for k, v in best.items():
        print(f"  {k:<34} {v:6.2f} s")
    print(f"  {'Word + Excel writing (with figures)':<34} {writing:6.2f} s  (target 2 s)")
    print(f"  {'total with the analysis':<34} {writing + best[ANALYSIS]:6.2f} s")
    db.dispose()


if __name__ == "__main__":
    main()
