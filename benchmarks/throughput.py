"""Throughput of casualty-tracker against plain quantulum3, on a generated corpus.

    python benchmarks/throughput.py --articles 10000
    python benchmarks/throughput.py --articles 100000 --baseline-sample 2000 --rerun

Measures in one run: (a) the naive baseline, quantulum3.parser.parse on each full
article text in one process; (b) `casualty-tracker run` end to end (Dagster runs,
extraction on all cores, DuckDB load and snapshot publish) into a fresh database;
optionally (c) a re-run with no new articles. Prints articles per second, their
ratio, and the peak memory of the whole process tree (sampled every 0.1 s).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus

CLI = str(Path(sys.executable).with_name("casualty-tracker"))


def naive_baseline(paths: list[Path], sample: int | None) -> tuple[int, float]:
    """quantulum3 over each full article text, in this one process; returns (articles, seconds)."""
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    parser.parse("warm up: 3 soldiers")  # loads quantulum3's data outside the timing
    texts = []
    for path in paths:
        for line in path.open(encoding="utf-8"):
            texts.append(json.loads(line)["text"])
            if sample and len(texts) >= sample:
                break
        if sample and len(texts) >= sample:
            break
    started = time.perf_counter()
    for text in texts:
        parser.parse(text)
    return len(texts), time.perf_counter() - started


class PeakMemory:
    """Samples the summed RSS of a process and all its children until stopped."""

    def __init__(self, pid: int) -> None:
        self.proc = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in procs if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.1)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def timed_run(db: Path, inbox: Path, home: Path) -> tuple[float, int, str]:
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    home.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [CLI, "run", "--db", str(db), "--inbox", str(inbox)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    memory = PeakMemory(proc.pid)
    out, err = proc.communicate()
    elapsed = time.perf_counter() - started
    peak = memory.stop()
    if proc.returncode != 0:
        raise SystemExit(f"casualty-tracker run failed:\n{err[-3000:]}")
    return elapsed, peak, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument(
        "--baseline-sample",
        type=int,
        default=None,
        help="time the baseline on the first N articles only (its rate is per article)",
    )
    ap.add_argument("--rerun", action="store_true", help="also time a second run that finds nothing new")
    ap.add_argument("--days", type=int, default=60, help="publication days the corpus spreads over")
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()

    work = args.workdir or Path(tempfile.mkdtemp(prefix="ct-bench-"))
    inbox = work / "inbox"
    t0 = time.perf_counter()
    paths = write_corpus(inbox, args.articles, days=args.days)
    chars = sum(p.stat().st_size for p in paths)
    print(
        f"corpus: {args.articles} articles in {len(paths)} JSONL files, {chars / 1e6:.1f} MB "
        f"(generated in {time.perf_counter() - t0:.1f}s) at {work}"
    )

    n, seconds = naive_baseline(paths, args.baseline_sample)
    baseline_rate = n / seconds
    print(
        f"(a) naive quantulum3 baseline: {n} articles in {seconds:.1f}s = {baseline_rate:.1f} articles/s "
        f"({1000 * seconds / n:.1f} ms/article, one process)"
    )

    db = work / "casualties.duckdb"
    elapsed, peak, out = timed_run(db, inbox, work / "dagster_home")
    rate = args.articles / elapsed
    print(
        f"(b) casualty-tracker run: {args.articles} articles in {elapsed:.1f}s = {rate:.1f} articles/s, "
        f"peak memory {peak / 2**20:.0f} MiB (whole process tree), {os.cpu_count()} cores"
    )
    print(f"    speed-up over the baseline: {rate / baseline_rate:.1f}x")
    print("    " + "\n    ".join(out.strip().splitlines()))
    if args.rerun:
        elapsed2, peak2, _ = timed_run(db, inbox, work / "dagster_home")
        print(f"(c) re-run with no new articles: {elapsed2:.2f}s, peak memory {peak2 / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
