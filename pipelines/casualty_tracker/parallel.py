"""Spread per-article work over the machine's cores.

Workers come from a forkserver that has already imported the extraction code (and
quantulum3's data), so each one starts in milliseconds and no Dagster thread is
ever forked. Small batches stay in-process: a pool is not worth it for a handful.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS_FOR_POOL = 64
_PRELOAD = ["casualty_tracker.extraction"]


def default_workers() -> int:
    """$CASUALTY_TRACKER_WORKERS, else every core."""
    return max(1, int(os.environ.get("CASUALTY_TRACKER_WORKERS", os.cpu_count() or 1)))


def _run_chunk(fn: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [fn(item) for item in chunk]


def map_items(
    fn: Callable[[T], R], items: Sequence[T], workers: int | None = None, chunk: int = 32
) -> list[R]:
    """fn over items, in order; in a process pool when it pays off. fn must be importable."""
    workers = workers or default_workers()
    if workers <= 1 or len(items) < MIN_ITEMS_FOR_POOL:
        return [fn(item) for item in items]
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(_PRELOAD)
    chunks = [items[i : i + chunk] for i in range(0, len(items), chunk)]
    out: list[R] = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        for result in pool.map(_run_chunk, [fn] * len(chunks), chunks):
            out.extend(result)
    return out
