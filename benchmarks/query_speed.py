"""How fast the analyst views and `casualty-tracker query` answer on a 1-million-figure database.

Generates a realistic corpus with DuckDB SQL (benchmarks/generate_figures.sql: skewed parties,
claimants and outlets, syndicated repeats, headlines repeating bodies), links the claims as a
load would (storage/claims.py), then times each view in process (warm connection, median of
runs) and the command line end to end (process start included, reported apart).

    .venv/bin/python benchmarks/query_speed.py [--events 330000] [--keep PATH]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from casualty_tracker.storage.claims import refresh_claims
from casualty_tracker.storage.execute import run_script
from casualty_tracker.storage.warehouse import Warehouse

HERE = Path(__file__).resolve().parent
LIMIT_MS = 100.0

QUERIES = [
    (
        "figures (query command SQL)",
        "SELECT * FROM figures WHERE party = 'North Korea' ORDER BY published DESC LIMIT 100",
    ),
    ("figure_claims LIMIT 1000", "SELECT * FROM figure_claims LIMIT 1000"),
    ("figure_claims count(*)", "SELECT count(*) FROM figure_claims"),
    ("claims_timeline LIMIT 1000", "SELECT * FROM claims_timeline LIMIT 1000"),
    ("claims_timeline count(*)", "SELECT count(*) FROM claims_timeline"),
    (
        "claims_timeline party+kind",
        "SELECT * FROM claims_timeline WHERE party = 'Palestine' AND kind = 'killed' ORDER BY first_reported",
    ),
    ("claims_latest LIMIT 1000", "SELECT * FROM claims_latest LIMIT 1000"),
    ("claims_latest count(*)", "SELECT count(*) FROM claims_latest"),
    (
        "claims_latest party+kind",
        "SELECT * FROM claims_latest WHERE party = 'North Korea' AND kind = 'casualties' ORDER BY claimant",
    ),
    ("claims_disagreement LIMIT 1000", "SELECT * FROM claims_disagreement LIMIT 1000"),
    ("claims_disagreement count(*)", "SELECT count(*) FROM claims_disagreement"),
    (
        "claims_disagreement party+kind",
        "SELECT * FROM claims_disagreement WHERE party = 'North Korea' "
        "AND kind = 'casualties' ORDER BY best DESC",
    ),
    (
        "disagreement_between 6 months",
        "SELECT * FROM claims_disagreement_between(DATE '2024-01-01', "
        "DATE '2024-06-30') WHERE party = 'Russia' AND kind = 'killed'",
    ),
    (
        "disagreement_between count(*)",
        "SELECT count(*) FROM claims_disagreement_between(DATE '2024-01-01', DATE '2024-06-30')",
    ),
    ("weapons_by_system LIMIT 1000", "SELECT * FROM weapons_by_system LIMIT 1000"),
    ("weapons_by_system count(*)", "SELECT count(*) FROM weapons_by_system"),
    (
        "weapons_by_system party",
        "SELECT * FROM weapons_by_system WHERE party = 'North Korea' ORDER BY caliber_mm DESC NULLS LAST",
    ),
]

CLI_RUNS = [
    ("python -c 'import duckdb' (floor)", [sys.executable, "-c", "import duckdb"]),
    (
        "casualty-tracker query",
        [
            sys.executable,
            "-m",
            "casualty_tracker.cli",
            "query",
            "SELECT claimant, best FROM claims_latest WHERE party = 'North Korea' AND kind = 'casualties'",
        ],
    ),
    (
        "casualty-tracker figures",
        [
            sys.executable,
            "-m",
            "casualty_tracker.cli",
            "figures",
            "--party",
            "North Korea",
            "--kind",
            "casualties",
            "--limit",
            "20",
        ],
    ),
]


def generate(db: Path, events: int) -> dict[str, float]:
    """Write the synthetic corpus and link its claims; return seconds per step."""
    timings = {}
    warehouse = Warehouse(db)
    with warehouse.writer() as con:
        start = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        run_script(con, (HERE / "generate_figures.sql").read_text(encoding="utf-8"), {"events": events})
        con.execute("COMMIT")
        timings["generate figures"] = time.perf_counter() - start
        start = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        refresh_claims(con, full=True)
        con.execute("COMMIT")
        timings["link claims (full)"] = time.perf_counter() - start
        start = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        refresh_claims(con)
        con.execute("COMMIT")
        timings["refresh, nothing changed"] = time.perf_counter() - start
        article = con.execute("SELECT article_id FROM casualty_figures LIMIT 1").fetchone()[0]
        start = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        con.execute(
            "UPDATE casualty_figures SET claimant = 'Revised claimant' WHERE article_id = ?", [article]
        )
        refresh_claims(con)
        con.execute("COMMIT")
        timings["refresh, one article changed"] = time.perf_counter() - start
    return timings


def time_queries(db: Path, runs: int) -> list[tuple[str, float, float, int]]:
    """(label, median ms, max ms, rows) per query on a warm read-only connection."""
    con = Warehouse(db).reader()
    results = []
    for label, query in QUERIES:
        rows = len(con.execute(query).fetchall())  # warm-up
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            con.execute(query).fetchall()
            samples.append((time.perf_counter() - start) * 1000)
        results.append((label, statistics.median(samples), max(samples), rows))
    con.close()
    return results


def time_cli(db: Path, runs: int) -> list[tuple[str, float, float]]:
    results = []
    for label, argv in CLI_RUNS:
        cmd = [*argv, "--db", str(db)] if "casualty_tracker.cli" in argv else argv
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            samples.append((time.perf_counter() - start) * 1000)
        results.append((label, statistics.median(samples), max(samples)))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=330_000, help="original statements (~3 figures each)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", help="keep the generated database at this path")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="ct-bench-"))
    db = folder / "bench.duckdb"
    try:
        steps = generate(db, args.events)
        con = Warehouse(db).reader()
        figures, claims, articles = con.execute(
            "SELECT (SELECT count(*) FROM figures), (SELECT count(*) FROM claims), "
            "(SELECT count(*) FROM articles)"
        ).fetchone()
        con.close()
        print(
            f"database: {figures:,} figures, {claims:,} claims, {articles:,} articles "
            f"({db.stat().st_size / 2**20:.0f} MiB)"
        )
        for step, seconds in steps.items():
            print(f"  {step:<32} {seconds:8.2f} s")
        print(f"\nin-process (warm read-only connection, median of {args.runs}):")
        print(f"  {'query':<34} {'median ms':>10} {'max ms':>8} {'rows':>8}")
        slow = 0
        for label, median, worst, rows in time_queries(db, args.runs):
            flag = "" if median < LIMIT_MS else "  SLOW"
            slow += bool(flag)
            print(f"  {label:<34} {median:10.1f} {worst:8.1f} {rows:8,}{flag}")
        print(f"\ncommand line, end to end (process start included, median of {max(3, args.runs // 2)}):")
        for label, median, worst in time_cli(db, max(3, args.runs // 2)):
            print(f"  {label:<34} {median:10.0f} {worst:8.0f}")
        if args.keep:
            shutil.copy(db, args.keep)
        return 1 if slow else 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
