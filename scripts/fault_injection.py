"""Kill casualty-tracker runs at random moments, run again, and compare with a clean run.

    python scripts/fault_injection.py --cycles 20

Each cycle starts `casualty-tracker run` on a fresh database over the dev articles,
SIGKILLs its whole process group after a random delay (anywhere from start-up to the
end of the load), runs again to completion, and checks that the final database holds
exactly what a clean run produces (every table's content fingerprint).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from casualty_tracker.storage.fingerprint import table_fingerprints

CLI = str(Path(sys.executable).with_name("casualty-tracker"))
ROOT = Path(__file__).resolve().parents[1]
# the dev articles: the shared evaluation kit beside the project, else the copy in tests/
VENDORED_DEV = ROOT / "tests" / "extraction" / "data" / "eval" / "dev.jsonl"
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
DEV = SHARED_DEV if SHARED_DEV.exists() else VENDORED_DEV


def run(db: Path, inbox: Path, home: Path, kill_after: float | None = None) -> tuple[int, float]:
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    home.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    proc = subprocess.Popen(
        [CLI, "run", "--db", str(db), "--inbox", str(inbox)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    if kill_after is not None:
        try:
            proc.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return proc.returncode, time.monotonic() - started


def fingerprint(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return table_fingerprints(con)
    finally:
        con.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cycles", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--articles", type=Path, default=DEV, help="JSON Lines articles to load")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="ct-faults-"))
    inbox = work / "inbox"
    inbox.mkdir()
    with args.articles.open(encoding="utf-8") as src, (inbox / "articles.jsonl").open("w") as dst:
        for line in src:
            rec = json.loads(line)
            dst.write(json.dumps({k: rec[k] for k in ("id", "title", "published", "outlet", "text")}) + "\n")

    code, clean_seconds = run(work / "clean" / "c.duckdb", inbox, work / "home-clean")
    assert code == 0, "the clean run failed"
    clean = fingerprint(work / "clean" / "c.duckdb")
    print(f"clean run: {clean_seconds:.1f}s, {sum(n for n, _ in clean.values())} rows in {len(clean)} tables")
    failures = 0
    for cycle in range(1, args.cycles + 1):
        db = work / f"cycle{cycle}" / "c.duckdb"
        home = work / f"home{cycle}"
        delay = rng.uniform(0.5, clean_seconds)
        killed_code, _ = run(db, inbox, home, kill_after=delay)
        code, _ = run(db, inbox, home)
        same = code == 0 and fingerprint(db) == clean
        failures += not same
        state = "killed" if killed_code == -signal.SIGKILL else f"finished ({killed_code})"
        print(
            f"cycle {cycle:2d}: {state} after {delay:5.1f}s, re-run exit {code}, "
            f"final database {'MATCHES' if same else 'DIFFERS FROM'} the clean run"
        )
        shutil.rmtree(db.parent, ignore_errors=True)
    print(f"{args.cycles - failures}/{args.cycles} cycles ended with exactly the clean database")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
