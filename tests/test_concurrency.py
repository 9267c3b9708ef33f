"""Readers during runs, and runs against runs: nobody corrupts or blocks anybody."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from casualty_tracker.storage.warehouse import Warehouse, WarehouseBusy
from support import gold, write_jsonl_articles

CLI = str(Path(sys.executable).with_name("casualty-tracker"))
READER = """
import sys, time, duckdb
path, stop = sys.argv[1], sys.argv[2]
import os
ok = errors = 0
while not os.path.exists(stop):
    try:
        con = duckdb.connect(path, read_only=True)
        con.execute("SELECT count(*) FROM casualty_figures").fetchone()
        con.execute("SELECT count(*) FROM figures f JOIN articles a USING (article_id)").fetchone()
        con.close()
        ok += 1
    except Exception as exc:
        errors += 1
        print("ERROR", exc, flush=True)
    time.sleep(0.02)
print("OK", ok, errors, flush=True)
"""


def _env(tmp_path: Path) -> dict:
    return {**os.environ, "DAGSTER_HOME": str(tmp_path / "dagster_home")}


def test_queries_succeed_while_a_run_loads(tmp_path: Path, db_path: Path, inbox: Path) -> None:
    write_jsonl_articles(inbox, gold("dev.jsonl"), published="2025-01-13")
    Warehouse(db_path).ensure_schema()
    stop = tmp_path / "stop"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db_path), str(stop)], stdout=subprocess.PIPE, text=True
    )
    cli_queries = []
    log = tmp_path / "run.log"
    with log.open("w") as out:  # a file, not a pipe: nobody reads a pipe while we query
        run = subprocess.Popen(
            [CLI, "run", "--db", str(db_path), "--inbox", str(inbox)],
            env=_env(tmp_path),
            stdout=out,
            stderr=out,
        )
    while run.poll() is None:
        q = subprocess.run(
            [
                CLI,
                "query",
                "select count(*) as n from casualty_figures",
                "--db",
                str(db_path),
                "--format",
                "csv",
            ],
            capture_output=True,
            text=True,
        )
        cli_queries.append((q.returncode, q.stderr))
    run.wait()
    stop.touch()
    reader_out, _ = reader.communicate(timeout=60)
    assert run.returncode == 0, log.read_text()[-3000:]
    assert cli_queries and all(code == 0 for code, _ in cli_queries), cli_queries[:3]
    last = reader_out.strip().splitlines()[-1].split()
    assert last[0] == "OK" and int(last[1]) > 0 and int(last[2]) == 0, reader_out[-2000:]


def test_two_runs_at_once_serialize_on_the_writer_lock(tmp_path: Path, db_path: Path, inbox: Path) -> None:
    write_jsonl_articles(inbox, gold("dev.jsonl")[:5], published="2025-01-13")
    procs = [
        subprocess.Popen(
            [CLI, "run", "--db", str(db_path), "--inbox", str(inbox)],
            env=_env(tmp_path / str(i)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [r[1][-2000:] for r in results]
    with Warehouse(db_path).reader() as con:
        articles = con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone()
        figures = con.execute("SELECT count(*), count(DISTINCT figure_id) FROM figures").fetchone()
    assert articles[0] == articles[1] == 6  # five dev articles and the seed, each once
    assert figures[0] == figures[1] > 0


def test_reader_waits_then_explains_when_a_program_holds_the_file_for_writing(db_path: Path) -> None:
    Warehouse(db_path).ensure_schema()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(db_path)!r}); "
            "print('held', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(WarehouseBusy, match="read-only"):
            Warehouse(db_path).reader(wait_s=1.0)
        assert time.monotonic() - started >= 1.0
    finally:
        holder.kill()
        holder.wait()
    with Warehouse(db_path).reader() as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_lock_holder_released_lets_the_waiting_writer_in(db_path: Path) -> None:
    wh = Warehouse(db_path)
    wh.ensure_schema()
    order = []

    def second() -> None:
        with Warehouse(db_path, lock_timeout_s=30).writer():
            order.append("second")

    with wh.writer():
        t = threading.Thread(target=second)
        t.start()
        time.sleep(0.5)
        order.append("first")
    t.join(30)
    assert order == ["first", "second"]
    assert isinstance(duckdb.connect(str(db_path), read_only=True), duckdb.DuckDBPyConnection)
