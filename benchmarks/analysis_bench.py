"""Benchmark of one analysis refresh at 10,000 and 100,000 patients, against a floor and R."""

#     PYTHONPATH=. python benchmarks/analysis_bench.py [--sizes 10000,100000] [--repeat 3]
#
# For each size, a SQLite registry is generated in bulk (SQLAlchemy Core executemany) and
# each measure runs in a fresh child process (so peak memory is that of the measure):
#
# * floor:   the one SQL query into pandas, then lifelines KM fits of OS and RFS;
# * refresh: AnalysisService.analyse: dataset, Table 1, outcomes, OS and RFS curves by
#            margin (log-rank and Cox), paragraph, inconsistencies;
# * R:       survfit (OS, RFS, by margin) + survdiff on the same data, timed inside R.

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def generate(path: Path, n: int, seed: int = 1) -> None:
    """A registry of ``n`` fictional patients with about three news each."""
    from sqlalchemy import insert

    from hepmeta_desktop.db import open_database
    from hepmeta_desktop.models import (
        BreastPrimary,
        FollowUp,
        LiverMetastases,
        LiverSurgery,
        Patient,
    )

    rng = np.random.default_rng(seed)
    db = open_database(path)
    d0 = dt.date(2005, 1, 1)
    day = [d0 + dt.timedelta(days=int(i)) for i in range(0, 365 * 30)]
    surg = rng.integers(0, 365 * 15, n)
    mets = surg - rng.integers(5, 120, n)
    breast = mets - rng.integers(30, 3650, n)
    birth = surg - rng.integers(365 * 30, 365 * 80, n)
    birth = np.maximum(birth, -(d0 - dt.date(1930, 1, 1)).days)
    base = (d0 - dt.date(1930, 1, 1)).days

    def date(i: int) -> dt.date:
        return day[i] if i >= 0 else dt.date(1930, 1, 1) + dt.timedelta(days=int(i + base))

    def pick(codes, size, p=None):
        return rng.choice(np.array(codes, dtype=object), size, p=p)

    surgeons = pick([f"Dr {c}" for c in "ABCDEFGH"], n)
    procedure = pick(["METASTASECTOMY", "SEGMENTECTOMY", "BISEGMENTECTOMY", "RIGHT_HEPATECTOMY",
                      "LEFT_HEPATECTOMY"], n, [0.4, 0.25, 0.15, 0.1, 0.1])  # fmt: skip
    margin = pick(["R0", "R1", "R2"], n, [0.8, 0.17, 0.03])
    clavien = pick(["NONE", "I", "II", "IIIa", "IIIb", "IVa", "V", None], n,
                   [0.55, 0.1, 0.12, 0.08, 0.05, 0.02, 0.01, 0.07])  # fmt: skip
    er, her2 = (
        pick(["POS", "NEG", None], n, [0.7, 0.25, 0.05]),
        pick(["POS", "LOW", "NEG", None], n),
    )
    nmets = rng.integers(1, 6, n)
    size = np.round(rng.uniform(0.5, 12, n), 1)
    pats, prim, met, sur, news = [], [], [], [], []
    for i in range(n):
        pid = i + 1
        pats.append({"id": pid, "record_number": f"B{pid:07d}", "last_name": "Bench", "first_name": "P",
                     "sex": "F", "birth_date": date(int(birth[i])), "name_key": "bench p"})  # fmt: skip
        prim.append({"patient_id": pid, "breast_surgery_date": date(int(breast[i])), "breast_surgery_type": "MRM",
                     "er_status": er[i], "her2_status": her2[i], "grade": str(1 + i % 3)})  # fmt: skip
        met.append({"patient_id": pid, "liver_mets_diagnosis_date": date(int(mets[i])),
                    "number_of_metastases": int(nmets[i]), "largest_size_cm": float(size[i]),
                    "distribution": "UNILOBAR" if i % 3 else "BILOBAR", "extrahepatic_disease": "no" if i % 9 else "yes",
                    "chemo_response": ("CR", "PR", "SD", "PD")[i % 4], "performance_status": str(i % 3)})  # fmt: skip
        sur.append({"patient_id": pid, "liver_surgery_date": date(int(surg[i])), "surgeon": surgeons[i],
                    "procedure": procedure[i], "margin_status": margin[i], "clavien_dindo": clavien[i],
                    "length_of_stay_days": int(3 + i % 12), "adjuvant_chemotherapy": "yes" if i % 4 else "no"})  # fmt: skip
        death_t = int(rng.exponential(2000 if margin[i] == "R0" else 1200))
        last = int(surg[i]) + min(death_t, int(rng.integers(30, 4000)))
        horizon = 365 * 30 - 1
        t = int(surg[i])
        recurred = False
        while t < min(last, horizon):
            t = min(t + int(rng.integers(90, 400)), last, horizon)
            item = {"patient_id": pid, "visit_date": date(t), "vital_status": "ALIVE_NED"}
            if not recurred and rng.random() < 0.12:
                recurred = True
                item.update(recurrence="yes", vital_status="ALIVE_DISEASE",
                            recurrence_sites=("LIVER", "LUNG", "BONE", "PERITONEUM")[i % 4],
                            recurrence_treatment=("CHEMO", "RFA", "RESECTION")[i % 3])  # fmt: skip
            news.append(item)
        if death_t <= last - int(surg[i]) and last <= horizon:
            news.append({"patient_id": pid, "visit_date": date(last), "vital_status": "DEAD",
                         "death_date": date(last), "cause_of_death": "DISEASE"})  # fmt: skip
    with db.engine.begin() as conn:
        for table, rows in ((Patient, pats), (BreastPrimary, prim), (LiverMetastases, met),
                            (LiverSurgery, sur), (FollowUp, news)):  # fmt: skip
            conn.execute(insert(table.__table__), rows)
    db.dispose()


def _floor(path: Path) -> None:
    """The least any refresh must do: the query into pandas (pd.read_sql), two KM fits."""
    import pandas as pd
    from lifelines import KaplanMeierFitter
    from sqlalchemy import create_engine

    from hepmeta_desktop.services.dataset import dataset_query

    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        raw = pd.read_sql(dataset_query(), conn)
    surgery = pd.to_datetime(raw["liver_surgery_date"], format="ISO8601")
    end = pd.to_datetime(raw["_death"].fillna(raw["_last_visit"]), format="ISO8601")
    t = (end - surgery).dt.days.to_numpy(float)
    e = raw["_death"].notna().to_numpy()
    ok = t > 0
    KaplanMeierFitter().fit(t[ok], e[ok])
    rec = pd.to_datetime(raw["_recurrence"], format="ISO8601")
    rt = (rec.fillna(end) - surgery).dt.days.to_numpy(float)
    KaplanMeierFitter().fit(rt[ok], (e | raw["_recurrence"].notna().to_numpy())[ok])


def _refresh(path: Path) -> dict:
    from hepmeta_desktop.analysis.options import AnalysisOptions
    from hepmeta_desktop.db import open_database
    from hepmeta_desktop.services.analysis_service import AnalysisService

    stamps: dict[str, float] = {}
    cpu_stamps: dict[str, float] = {}

    def progress(_fraction: float, what: str) -> None:
        stamps[what] = time.perf_counter()
        cpu_stamps[what] = time.process_time()

    # The window opens the database once; a refresh starts from the open database.
    db = open_database(path, create=False)
    service = AnalysisService(db)
    start = time.perf_counter()
    service.analyse(AnalysisOptions(group_by="margin_status"), progress)
    seconds = time.perf_counter() - start
    db.dispose()
    # OS and RFS stages: KM curves overall and by group, log-rank, Cox, follow-up; the
    # counterpart of R's survfit + survdiff below.
    return {
        "survival_s": stamps["paragraph"] - stamps["overall survival"],
        "survival_cpu": cpu_stamps["paragraph"] - cpu_stamps["overall survival"],
        "seconds": seconds,
    }


def peak_rss_mb() -> float:
    """VmHWM: the peak resident size of this process image (ru_maxrss survives exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(kind: str, path: Path) -> None:
    """One measure in this (fresh) process: prints seconds and peak RSS."""
    import importlib

    # Imports are paid once per session, not per refresh: both measures start after them.
    for mod in ("pandas", "lifelines", "scipy.stats", "sqlalchemy", "hepmeta_desktop.db",
                "hepmeta_desktop.services.dataset", "hepmeta_desktop.analysis.run"):  # fmt: skip
        importlib.import_module(mod)
    fn = {"floor": _floor, "refresh": _refresh}[kind]
    baseline_mb = peak_rss_mb()
    start, start_cpu = time.perf_counter(), time.process_time()
    extra = fn(path) or {}
    seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu": cpu,
                "peak_mb": peak_rss_mb(),
                "baseline_mb": baseline_mb,
                **extra,
            }  # fmt: skip
        )
    )


def _run_child(kind: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(path)], capture_output=True,
                         text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_pairs(path: Path, repeat: int) -> tuple[dict, dict]:
    """Floor and refresh runs taken in turn, so that both meet the same neighbours on a
    shared machine (a burst of load during one batch no longer moves their ratio)."""
    floors, refreshes = [], []
    for _ in range(repeat):
        floors.append(_run_child("floor", path))
        refreshes.append(_run_child("refresh", path))
    return _summary(floors), _summary(refreshes)


def _summary(runs: list[dict]) -> dict:
    return {
        "runs": runs,
        "survival_s": min(r.get("survival_s", 0.0) for r in runs),
        "seconds": min(r["seconds"] for r in runs),
        "peak_mb": max(r["peak_mb"] for r in runs),
        "baseline_mb": max(r["baseline_mb"] for r in runs),
    }


R_SCRIPT = """
suppressMessages(library(survival))
d <- read.csv("{csv}")
tm <- system.time({{
  f1 <- survfit(Surv(os_days, os_event) ~ 1, data = d)
  f2 <- survfit(Surv(rfs_days, rfs_event) ~ 1, data = d)
  g1 <- survfit(Surv(os_days, os_event) ~ margin_status, data = d)
  g2 <- survfit(Surv(rfs_days, rfs_event) ~ margin_status, data = d)
  s1 <- survdiff(Surv(os_days, os_event) ~ margin_status, data = d)
  s2 <- survdiff(Surv(rfs_days, rfs_event) ~ margin_status, data = d)
}})
cat(tm[["elapsed"]], "\\n")
"""


def measure_r(path: Path, repeat: int) -> float | None:
    times = measure_r_runs(path, repeat)
    return min(times) if times else None


def measure_r_runs(path: Path, repeat: int) -> list[float] | None:
    """Seconds of R's survfit + survdiff (timed inside R) per run; None without R."""
    import shutil

    from sqlalchemy import create_engine

    from hepmeta_desktop.services.dataset import load_dataset

    df = load_dataset(create_engine(f"sqlite:///{path}"))
    df = df.loc[
        df["os_days"].notna(), ["os_days", "os_event", "rfs_days", "rfs_event", "margin_status"]
    ]
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "d.csv"
        df.to_csv(csv, index=False)
        script = Path(tmp) / "bench.R"
        script.write_text(R_SCRIPT.format(csv=csv))
        times: list[float] = []
        if shutil.which("Rscript") is None:
            return None
        for _ in range(repeat):
            out = subprocess.run(["Rscript", str(script)], capture_output=True, text=True)
            if out.returncode != 0:
                return None
            times.append(float(out.stdout.split()[-1]))
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DB"))
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    print("seconds: best of --repeat runs, each in a fresh process; MB: peak resident size")
    print("ratio = refresh / floor; 'surv s' = our OS+RFS stages vs 'R s' = survfit + survdiff")
    head = ("patients", "floor s", "refresh s", "ratio", "surv s", "R s", "floor MB", "refresh MB",
            "imports MB")  # fmt: skip
    print(" ".join(f"{h:>10}" for h in head), flush=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"bench_{n}.db"
            start = time.perf_counter()
            # Generated in a child process: this one stays small while it measures.
            code = f"import benchmarks.analysis_bench as b, pathlib; b.generate(pathlib.Path({str(path)!r}), {n})"
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
            made = time.perf_counter() - start
            floor, refresh = measure_pairs(path, args.repeat)
            r_time = measure_r(path, args.repeat)
            ratio = refresh["seconds"] / floor["seconds"]
            cells = (n, f"{floor['seconds']:.2f}", f"{refresh['seconds']:.2f}", f"{ratio:.2f}",
                     f"{refresh['survival_s']:.2f}", "n/a" if r_time is None else f"{r_time:.2f}",
                     f"{floor['peak_mb']:.0f}", f"{refresh['peak_mb']:.0f}", f"{refresh['baseline_mb']:.0f}")  # fmt: skip
            print(
                " ".join(f"{c:>10}" for c in cells) + f"   (generated in {made:.0f} s)", flush=True
            )


if __name__ == "__main__":
    main()
