"""Backfill throughput in Parquet storage with 1 and with 2 run workers.

    python benchmarks/backfill.py --days 20 --per-day 40

Generates a corpus over N days, ingests it once, then for each worker count starts the
Dagster daemon with `max_concurrent_runs` = workers and submits a job backfill of every
day (one run per day, steps on the multiprocess executor), exactly as a deployment
would; prints wall time, days per minute and articles per second for each.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import dagster as dg
from dagster._core.instance.ref import InstanceRef

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MODULE = ["-m", "casualty_tracker.definitions", "-a", "defs"]
INSTANCE = """
run_coordinator:
  module: dagster.core.run_coordinator
  class: QueuedRunCoordinator
  config:
    max_concurrent_runs: {workers}
    dequeue_interval_seconds: 1
telemetry:
  enabled: false
"""


def backfill(work: Path, inbox: Path, days: list[str], workers: int) -> float:
    home = work / f"home{workers}"
    home.mkdir()
    (home / "dagster.yaml").write_text(INSTANCE.format(workers=workers))
    db = work / f"w{workers}" / "c.duckdb"
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "CASUALTY_TRACKER_DB": str(db),
        "CASUALTY_TRACKER_INBOX": str(inbox),
        "CASUALTY_TRACKER_STORAGE_ROOT": str(work / f"w{workers}" / "files"),
        "CASUALTY_TRACKER_EXECUTOR": "multiprocess",
    }
    run = subprocess.run(
        [str(BIN / "dagster"), "job", "execute", *MODULE, "-j", "ingest_job"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    daemon = subprocess.Popen(
        [str(BIN / "dagster-daemon"), "run", *MODULE],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        started = time.perf_counter()
        run = subprocess.run(
            [
                str(BIN / "dagster"),
                "job",
                "backfill",
                *MODULE,
                "-j",
                "extract_job",
                "--partitions",
                ",".join(days),
                "--noprompt",
            ],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
        while True:
            with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(home))) as instance:
                runs = [r for r in instance.get_runs() if r.job_name == "extract_job"]
            if len(runs) == len(days) and all(r.is_finished for r in runs):
                break
            time.sleep(1)
        elapsed = time.perf_counter() - started
        assert all(r.is_success for r in runs), "a backfill run failed"
        return elapsed
    finally:
        os.killpg(daemon.pid, signal.SIGTERM)
        daemon.wait()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--days", type=int, default=20)
    ap.add_argument("--per-day", type=int, default=40)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ct-backfill-"))
    inbox = work / "inbox"
    n = args.days * args.per_day
    write_corpus(inbox, n=n, per_file=1000, days=args.days)
    days = [(date(2024, 1, 1) + timedelta(days=i)).isoformat() for i in range(args.days)]
    print(f"{n} articles over {args.days} days, Parquet storage, one run per day, {os.cpu_count()} cores")
    for workers in (1, 2):
        seconds = backfill(work, inbox, days, workers)
        print(
            f"{workers} run worker(s): {seconds:.0f}s = {60 * args.days / seconds:.1f} days/min, "
            f"{n / seconds:.1f} articles/s"
        )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
