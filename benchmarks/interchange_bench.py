"""Benchmark of the interchange file: export, import, and pandas.read_excel for comparison.

Run: ``PYTHONPATH=. python benchmarks/interchange_bench.py [--patients 10000] [--news 40000]``.
Targets (issue #3): importing the workbook takes at most twice what ``pandas.read_excel``
needs to read its two sheets; exporting it takes at most 2 s. Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from hepmeta_desktop.db import open_database
from hepmeta_desktop.services.demo import create_demo
from hepmeta_desktop.services.interchange import export_file, import_file
from hepmeta_desktop.services.interchange.exporter import collect, write_xlsx


def timed(label: str, func, *args, **kwargs):  # type: ignore[no-untyped-def]
    # CPU time is printed too: on a shared, loaded machine wall time measures the neighbours.
    start, cpu = time.perf_counter(), time.process_time()
    value = func(*args, **kwargs)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label:<48} {seconds:7.2f} s wall {cpu:7.2f} s CPU")
    return value, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=10000)
    parser.add_argument("--news", type=int, default=40000, help="news rows kept in the workbook")
    parser.add_argument("--workdir", type=Path, help="keep (and reuse) the demo registry here")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="hepmeta-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    source_path = work / f"demo{args.patients}.db"
    source = open_database(source_path)
    if not source_path.exists() or _count(source) != args.patients:
        source.dispose()
        source_path.unlink(missing_ok=True)
        source = open_database(source_path)
        timed(f"create_demo({args.patients}) [setup]", create_demo, source, args.patients)

    figures = measure(source, work, args.news, log=print)
    source.dispose()
    print()
    import_s, pandas_s, export_s = figures["import_s"], figures["read_excel_s"], figures["export_s"]
    print(
        f"import / pandas.read_excel = {import_s / pandas_s:.2f}  (target <= 2.00): "
        f"{'OK' if import_s <= 2 * pandas_s else 'OVER'}"
    )
    print(f"export = {export_s:.2f} s  (target <= 2.00 s): {'OK' if export_s <= 2 else 'OVER'}")
    return 0


def measure(source, work: Path, news: int = 40000, log=None) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Seconds (wall, and CPU as ``*_cpu``) of the export, of pandas.read_excel and of the
    import of the workbook of ``source`` (its news cut to ``news`` rows), in ``work``."""
    import pandas as pd

    def timed(label: str, func, *args, **kwargs):  # type: ignore[no-untyped-def]
        # CPU time too: on a shared, loaded machine wall time measures the neighbours.
        start, cpu = time.perf_counter(), time.process_time()
        value = func(*args, **kwargs)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        if log:
            log(f"{label:<48} {seconds:7.2f} s wall {cpu:7.2f} s CPU")
        return value, seconds, cpu

    data = collect(source)
    data.followups = data.followups[:news]
    workbook = work / "interchange.xlsx"
    write_xlsx(data, workbook, None)
    if log:
        log(
            f"workbook: {len(data.patients)} patients, {len(data.followups)} news rows, "
            f"{workbook.stat().st_size / 1e6:.1f} MB"
        )
    _, export_s, export_cpu = timed(
        "export_file (whole registry, .xlsx)",
        export_file,
        source,
        work / "export.xlsx",
        user="bench",
    )
    if log:
        timed(
            "export_file (whole registry, CSV folder)",
            export_file,
            source,
            work / "csv",
            user="bench",
        )
    _, pandas_s, pandas_cpu = timed(
        "pandas.read_excel, both sheets (openpyxl)",
        pd.read_excel,
        workbook,
        sheet_name=["patients", "followups"],
    )
    if log:
        timed(
            "pandas.read_excel, both sheets (calamine)",
            pd.read_excel,
            workbook,
            sheet_name=["patients", "followups"],
            engine="calamine",
        )
    target_path = work / "imported.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target_path}{suffix}").unlink(missing_ok=True)
    target = open_database(target_path)
    result, import_s, import_cpu = timed(
        "import_file into an empty registry", import_file, target, workbook, user="bench"
    )
    target.dispose()
    assert result.written and not result.errors, result.problems[:3]
    if log:
        log(f"imported: {result.patients_created} patients, {result.news_created} news")
    return {
        "export_s": export_s,
        "export_cpu": export_cpu,
        "read_excel_s": pandas_s,
        "read_excel_cpu": pandas_cpu,
        "import_s": import_s,
        "import_cpu": import_cpu,
    }


def _count(db) -> int:  # type: ignore[no-untyped-def]
    from hepmeta_desktop.services.patients import PatientService

    return PatientService(db).count()


if __name__ == "__main__":
    raise SystemExit(main())
