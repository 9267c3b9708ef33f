"""A run killed with SIGKILL at the worst moments, then run again, ends exactly like a clean run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from casualty_tracker.failpoints import ENV
from casualty_tracker.storage.fingerprint import table_fingerprints
from support import gold, write_jsonl_articles

CLI = str(Path(sys.executable).with_name("casualty-tracker"))
FAILPOINTS = (
    "before_commit:ingest",
    "before_commit:mentions",
    "before_commit:figures",
    "before_publish_rename",
)


def _run(db: Path, inbox: Path, home: Path, failpoint: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    env.pop(ENV, None)
    if failpoint:
        env[ENV] = failpoint
    return subprocess.run(
        [CLI, "run", "--db", str(db), "--inbox", str(inbox)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _fingerprint(db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        return table_fingerprints(con)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    base = tmp_path_factory.mktemp("crash")
    inbox = base / "inbox"
    inbox.mkdir()
    write_jsonl_articles(inbox, gold("dev.jsonl")[:6], published="2025-01-13")
    clean = _run(base / "clean" / "c.duckdb", inbox, base / "home-clean")
    assert clean.returncode == 0, clean.stderr[-3000:]
    return inbox, _fingerprint(base / "clean" / "c.duckdb")


@pytest.mark.parametrize("failpoint", FAILPOINTS)
def test_killed_run_then_rerun_equals_a_clean_run(tmp_path: Path, corpus, failpoint: str) -> None:
    inbox, clean = corpus
    db = tmp_path / "db" / "c.duckdb"
    killed = _run(db, inbox, tmp_path / "home", failpoint)
    assert killed.returncode == -signal.SIGKILL, f"the failpoint {failpoint} was never reached"
    rerun = _run(db, inbox, tmp_path / "home")
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert _fingerprint(db) == clean
    assert not list(db.parent.glob(".*.tmp")), "a half-published snapshot was left behind"
    assert _runs_left_started(tmp_path / "home") == [], "the killed run still shows as running"


def _runs_left_started(home: Path) -> list[str]:
    from dagster._core.instance.ref import InstanceRef

    with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(home))) as instance:
        running = (dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTING)
        return [r.run_id for r in instance.get_runs() if r.status in running]
