"""Parquet storage and Dagster's own scale-out: a daemon-run backfill of 30 days, several at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from casualty_tracker.paths import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
from corpus import write_corpus

BIN = Path(sys.executable).parent
VIEWS = (
    "casualty_figures",
    "troop_figures",
    "weapon_figures",
    "number_mentions",
    "figures",
    "claims_latest",
    "claims_timeline",
    "claims_disagreement",
    "weapons_by_system",
)
MODULE = ["-m", "casualty_tracker.definitions", "-a", "defs"]
INSTANCE = """
run_coordinator:
  module: dagster.core.run_coordinator
  class: QueuedRunCoordinator
  config:
    max_concurrent_runs: 3
    dequeue_interval_seconds: 1
telemetry:
  enabled: false
"""

pytestmark = pytest.mark.slow


def _env(tmp: Path, home: Path, db: Path, inbox: Path, storage_root: Path | None) -> dict:
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "CASUALTY_TRACKER_DB": str(db),
        "CASUALTY_TRACKER_INBOX": str(inbox),
    }
    env.pop("CASUALTY_TRACKER_STORAGE_ROOT", None)
    if storage_root:
        env["CASUALTY_TRACKER_STORAGE_ROOT"] = str(storage_root)
    return env


def _rows(db: Path) -> dict[str, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {v: con.execute(f"SELECT * FROM {v} ORDER BY ALL").fetchall() for v in VIEWS}


def _instance_runs(home: Path) -> list:
    from dagster._core.instance.ref import InstanceRef

    with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(home))) as instance:
        return list(instance.get_runs())


def _execute_job(job: str, env: dict) -> None:
    """`dagster job execute` of one job of the code location, which must succeed."""
    done = subprocess.run(
        [str(BIN / "dagster"), "job", "execute", *MODULE, "-j", job],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def test_parquet_backfill_of_30_days_in_parallel_equals_single_file(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    write_corpus(inbox, n=90, per_file=90, days=29)  # 2024-01-01 .. 2024-01-29, and the seed's day
    days = [date(2024, 1, d).isoformat() for d in range(1, 30)] + ["2024-12-23"]

    # The reference: everything in one DuckDB file, through the command line.
    single = tmp_path / "single" / "c.duckdb"
    home_a = tmp_path / "home_a"
    home_a.mkdir()
    run = subprocess.run(
        [str(BIN / "casualty-tracker"), "run", "--db", str(single), "--inbox", str(inbox)],
        env=_env(tmp_path, home_a, single, inbox, None),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stderr[-3000:]

    # Parquet storage: ingest once, then a job backfill of 30 days run by the daemon,
    # three runs at a time, each run's steps in their own processes (multiprocess executor).
    parquet_db = tmp_path / "parquet" / "c.duckdb"
    files = tmp_path / "parquet" / "files"
    home = tmp_path / "home_b"
    home.mkdir()
    (home / "dagster.yaml").write_text(INSTANCE)
    env = {**_env(tmp_path, home, parquet_db, inbox, files), "CASUALTY_TRACKER_EXECUTOR": "multiprocess"}
    ws = ["-w", str(PROJECT_ROOT / "workspace.yaml")]
    _execute_job("ingest_job", env)
    daemon_log = open(tmp_path / "daemon.log", "wb")  # noqa: SIM115 - closed below
    daemon = subprocess.Popen(
        [str(BIN / "dagster-daemon"), "run", *ws],
        env=env,
        cwd=PROJECT_ROOT,
        stdout=daemon_log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        backfill = subprocess.run(
            [
                str(BIN / "dagster"),
                "job",
                "backfill",
                *ws,
                "-j",
                "extract_job",
                "--partitions",
                ",".join(days),
                "--noprompt",
            ],
            env=env,
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert backfill.returncode == 0, backfill.stdout[-2000:] + backfill.stderr[-2000:]
        deadline = time.monotonic() + 1500
        while time.monotonic() < deadline:
            runs = [r for r in _instance_runs(home) if r.job_name == "extract_job"]
            if len(runs) == 30 and all(r.is_finished for r in runs):
                break
            time.sleep(5)
        assert len(runs) == 30 and all(r.is_success for r in runs), [(r.run_id, r.status) for r in runs]
    finally:
        os.killpg(daemon.pid, signal.SIGTERM)
        daemon.wait(timeout=60)
        daemon_log.close()
    _execute_job("claims_job", env)

    # Several days were written at once: the runs' lifetimes overlap.
    from dagster._core.instance.ref import InstanceRef

    with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(home))) as instance:
        records = instance.get_run_records(dg.RunsFilter(job_name="extract_job"))
    events = sorted([(r.start_time, 1) for r in records] + [(r.end_time, -1) for r in records])
    running = most = 0
    for _, step in events:
        running += step
        most = max(most, running)
    assert most >= 2, f"never more than {most} run at once"
    manifests = list((files / "_manifests").glob("*.json"))
    with duckdb.connect(str(parquet_db), read_only=True) as con:
        days_with_articles = con.execute("SELECT count(DISTINCT published) FROM articles").fetchone()[0]
    assert len(manifests) == days_with_articles >= 25  # a day with no article has nothing to write

    # Every table and view answers exactly as in single-file storage.
    assert _rows(parquet_db) == _rows(single)
    assert not list(files.rglob("*.tmp"))


def test_rerunning_a_day_replaces_its_files_whole(tmp_path: Path) -> None:
    from casualty_tracker.storage.partition_files import PartitionFiles

    files = PartitionFiles(str(tmp_path / "files"))
    day = datetime(2024, 1, 5).date()
    with duckdb.connect() as con:
        con.execute("CREATE TABLE casualty_figures AS SELECT range AS n FROM range(1000)")
        files.write_table(con, "casualty_figures", day)
        path = Path(files.partition_path("casualty_figures", day))
        inode = path.stat().st_ino
        con.execute("CREATE OR REPLACE TABLE casualty_figures AS SELECT range AS n FROM range(10)")
        files.write_table(con, "casualty_figures", day)
        assert path.stat().st_ino != inode  # a new file renamed into place, not rewritten in place
        assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone()[0] == 10
    assert [p.name for p in path.parent.iterdir()] == ["part-0.parquet"]


def test_definitions_load_with_the_kubernetes_executor(tmp_path: Path) -> None:
    code = (
        "from casualty_tracker.definitions import defs; "
        "print(defs.resolve_job_def('extract_job').executor_def.name); "
        "print(sorted(a.key.to_user_string() for a in defs.resolve_asset_graph().asset_nodes))"
    )
    env = {
        **os.environ,
        "DAGSTER_HOME": str(tmp_path),
        "CASUALTY_TRACKER_EXECUTOR": "k8s",
        "CASUALTY_TRACKER_STORAGE_ROOT": "s3://casualty-tracker/figures",
    }
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    executor, assets = out.stdout.strip().splitlines()
    assert executor == "k8s"
    assert "claims" in assets  # Parquet storage links claims in an asset of its own
