"""Deployment settings read once from the environment when the code location loads.

- CASUALTY_TRACKER_STORAGE_ROOT: a folder or object-store URL switches the figure tables
  to Parquet storage (one set of files per publication day; partition runs in parallel).
  Unset: everything in the single DuckDB file, one writer at a time (the default).
- CASUALTY_TRACKER_EXECUTOR: in_process | multiprocess | k8s | celery; unset, Dagster's
  default (multiprocess, in process for single-step runs).
"""

import os

import dagster as dg

STORAGE_ROOT = os.environ.get("CASUALTY_TRACKER_STORAGE_ROOT", "").strip()
PARQUET = bool(STORAGE_ROOT)
EXECUTOR = os.environ.get("CASUALTY_TRACKER_EXECUTOR", "").strip().lower()
WRITER_POOL = "duckdb_writer"


def executor() -> dg.ExecutorDefinition | None:
    """The executor the deployment asks for (None: Dagster's default)."""
    if not EXECUTOR:
        return None
    if EXECUTOR == "in_process":
        return dg.in_process_executor
    if EXECUTOR == "multiprocess":
        return dg.multiprocess_executor
    if EXECUTOR == "k8s":
        try:
            from dagster_k8s import k8s_job_executor
        except ImportError as exc:
            raise RuntimeError(
                "CASUALTY_TRACKER_EXECUTOR=k8s needs dagster-k8s: pip install '.[scale]'"
            ) from exc
        return k8s_job_executor
    if EXECUTOR == "celery":
        try:
            from dagster_celery import celery_executor
        except ImportError as exc:
            raise RuntimeError(
                "CASUALTY_TRACKER_EXECUTOR=celery needs dagster-celery: pip install dagster-celery"
            ) from exc
        return celery_executor
    raise RuntimeError(
        f"unknown CASUALTY_TRACKER_EXECUTOR {EXECUTOR!r}: in_process, multiprocess, k8s or celery"
    )


def partition_pool() -> str | None:
    """Single-file storage: every writing step shares one slot. Parquet: partition steps
    write only their own day's files and take no slot."""
    return None if PARQUET else WRITER_POOL


def partition_backfill_policy() -> dg.BackfillPolicy:
    """Single file: one run for a whole range (writes are serial anyway). Parquet: one run
    per day, so a backfill fans out over as many run workers as the deployment has."""
    if PARQUET:
        return dg.BackfillPolicy.multi_run(max_partitions_per_run=1)
    return dg.BackfillPolicy.single_run()
