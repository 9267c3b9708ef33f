"""The command line as a user meets it: run on the seeds, then query the tables."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

CLI = str(Path(sys.executable).with_name("casualty-tracker"))


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=600, env=env)


def test_run_loads_the_seed_and_query_shows_its_figures(tmp_path: Path) -> None:
    db = tmp_path / "casualties.duckdb"
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / "dagster_home")}
    run = _cli("run", "--db", str(db), "--inbox", str(tmp_path / "inbox"), env=env)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "casualty_figures" in run.stdout and "Traceback" not in run.stderr

    sql = "select kind, party, claimant, value, low, high, qualifier from casualty_figures"
    out = _cli("query", sql, "--db", str(db), "--format", "csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {(r["kind"], r["party"], r["claimant"], r["value"], r["low"], r["qualifier"]) for r in rows} == {
        ("casualties", "North Korea", "South Korea Joint Chiefs of Staff", "", "1000", "at_least"),
        ("casualties", "North Korea", "South Korea Joint Chiefs of Staff", "1100", "", "approx"),
        ("casualties", "North Korea", "South Korea Joint Chiefs of Staff", "1100", "", "exact"),
    }
    troops = _cli(
        "query",
        "select party, low, qualifier, action from troop_figures",
        "--db",
        str(db),
        "--format",
        "json",
    )
    assert [json.loads(line) for line in troops.stdout.splitlines()] == [
        {"party": "North Korea", "low": 3000, "qualifier": "vague", "action": "deployed"}
    ]
    published = _cli("query", "select published, outlet from articles", "--db", str(db), "--format", "csv")
    assert "2024-12-23,BGNES" in published.stdout

    again = _cli("run", "--db", str(db), "--inbox", str(tmp_path / "inbox"), env=env)
    assert again.returncode == 0
    assert _cli("query", sql, "--db", str(db), "--format", "csv").stdout == out.stdout


def test_query_is_read_only_and_errors_are_one_line(tmp_path: Path) -> None:
    db = tmp_path / "none.duckdb"
    missing = _cli("query", "select 1", "--db", str(db))
    assert missing.returncode == 2 and "casualty-tracker run" in missing.stderr
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / "h")}
    assert _cli("run", "--db", str(db), "--inbox", str(tmp_path / "inbox"), env=env).returncode == 0
    write = _cli("query", "delete from articles", "--db", str(db))
    assert write.returncode == 2 and "read-only" in write.stderr.lower()
    assert "Traceback" not in write.stderr
