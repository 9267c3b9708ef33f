"""Launch the jobs in-process against the project's Dagster instance.

Used by `casualty-tracker run`: the runs land in the same instance the UI and the
schedules use (DAGSTER_HOME, by default data/dagster_home), so they show in the UI.
"""

import os
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import dagster as dg
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from ..paths import DATA_DIR, PROJECT_ROOT
from ..stages.storage_modes import pending_days
from ..storage.warehouse import Warehouse
from .partitions import publication_day

INSTANCE_TEMPLATE = PROJECT_ROOT / "deploy" / "local" / "dagster.yaml"
MAX_GAP_DAYS = 5


def ensure_dagster_home() -> Path:
    """DAGSTER_HOME, defaulting to data/dagster_home with the project's instance config."""
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(DATA_DIR / "dagster_home")))
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists() and INSTANCE_TEMPLATE.exists():
        shutil.copyfile(INSTANCE_TEMPLATE, config)
    return home


def date_ranges(days: list[date], max_gap: int = MAX_GAP_DAYS) -> list[tuple[date, date]]:
    """Sorted days grouped into ranges, a new range where the gap exceeds max_gap days."""
    ranges: list[tuple[date, date]] = []
    for day in sorted(days):
        if ranges and (day - ranges[-1][1]) <= timedelta(days=max_gap):
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    return ranges


def in_partitions(day: date) -> bool:
    """Whether a publication day has a partition (the partitions start at a fixed date)."""
    first = date.fromisoformat(publication_day.get_first_partition_key())
    last = date.fromisoformat(publication_day.get_last_partition_key())
    return first <= day <= last


def only_new_config() -> dict:
    config = {"config": {"only_new": True}}
    return {"ops": {"number_mentions": config, "figure_tables": config}}


@dataclass
class LaunchReport:
    run_ids: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    ranges: list[tuple[date, date]] = field(default_factory=list)
    skipped_dates: list[date] = field(default_factory=list)

    @property
    def success(self) -> bool:
        return not self.failed


PID_TAG = "casualty_tracker/pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def reap_dead_runs(instance: dg.DagsterInstance, pool: str = "duckdb_writer") -> list[str]:
    """Mark as failed the command-line runs whose process died (killed, power cut), and give
    back the concurrency-pool slot such a run held: otherwise every later run waits for it."""
    runs = instance.get_runs(
        dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTING])
    )
    reaped = []
    for run in runs:
        pid = run.tags.get(PID_TAG)
        if pid and pid.isdigit() and not _alive(int(pid)):
            instance.report_run_failed(run, f"the casualty-tracker process {pid} died during the run")
            reaped.append(run.run_id)
    finished = (dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.CANCELED)
    holders = {slot.run_id for slot in instance.event_log_storage.get_concurrency_info(pool).claimed_slots}
    for run_id in holders:
        run = instance.get_run_by_id(run_id)
        if run is None or run.status in finished:
            instance.event_log_storage.free_concurrency_slots_for_run(run_id)
    return reaped


def console_logs(level: str) -> dict:
    """Run config that sets what the console logger prints (the UI keeps every event anyway)."""
    return {"loggers": {"console": {"config": {"log_level": level}}}}


def run_everything(
    defs: dg.Definitions, instance: dg.DagsterInstance, warehouse: Warehouse, log_level: str = "WARNING"
) -> LaunchReport:
    """Ingest, then extract every publication day that holds new or changed articles."""
    report = LaunchReport()
    reap_dead_runs(instance)
    tags = {PID_TAG: str(os.getpid())}
    result = defs.resolve_job_def("ingest_job").execute_in_process(
        instance=instance, raise_on_error=False, tags=tags, run_config=console_logs(log_level)
    )
    report.run_ids.append(result.run_id)
    if not result.success:
        report.failed.append(result.run_id)
        return report
    days = pending_days(warehouse)
    report.skipped_dates = [d for d in days if not in_partitions(d)]
    report.ranges = date_ranges([d for d in days if in_partitions(d)])
    job = defs.resolve_job_def("extract_job")
    for start, end in report.ranges:
        result = job.execute_in_process(
            instance=instance,
            run_config={**only_new_config(), **console_logs(log_level)},
            tags={
                **tags,
                ASSET_PARTITION_RANGE_START_TAG: start.isoformat(),
                ASSET_PARTITION_RANGE_END_TAG: end.isoformat(),
            },
            raise_on_error=False,
        )
        report.run_ids.append(result.run_id)
        if not result.success:
            report.failed.append(result.run_id)
    if warehouse.files is not None and days and not report.failed:
        # Parquet storage: partition runs wrote files only; link their figures into claims now.
        result = defs.resolve_job_def("claims_job").execute_in_process(
            instance=instance, raise_on_error=False, tags=tags, run_config=console_logs(log_level)
        )
        report.run_ids.append(result.run_id)
        if not result.success:
            report.failed.append(result.run_id)
    return report
