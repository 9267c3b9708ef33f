"""The code location loads and holds what the UI should show."""

from __future__ import annotations

import os
import subprocess
import sys

import dagster as dg

from casualty_tracker.definitions import defs
from casualty_tracker.paths import PROJECT_ROOT


def test_definitions_list_assets_checks_jobs_schedule_and_sensors() -> None:
    keys = {k.to_user_string() for k in defs.resolve_all_asset_keys()}
    assert keys == {
        "articles",
        "quarantine",
        "number_mentions",
        "casualty_figures",
        "troop_figures",
        "weapon_figures",
    }
    checks = {(k.asset_key.to_user_string(), k.name) for k in defs.resolve_asset_graph().asset_check_keys}
    for table in ("casualty_figures", "troop_figures", "weapon_figures"):
        for name in (
            "figures_bounds_well_formed",
            "figures_allowed_values",
            "figures_linked_to_articles",
            "figures_unique_ids",
            "figures_running_total_jumps",
        ):
            assert (table, name) in checks
    assert {j for j in ("ingest_job", "extract_job", "refresh_job") if defs.resolve_job_def(j)} == {
        "ingest_job",
        "extract_job",
        "refresh_job",
    }
    assert defs.resolve_schedule_def("recent_days_schedule").cron_schedule == "30 2 * * *"
    assert {s.name for s in defs.sensors} == {"inbox_sensor", "new_articles_sensor"}


def test_figure_assets_are_partitioned_by_publication_day() -> None:
    graph = defs.resolve_asset_graph()
    for key in ("number_mentions", "casualty_figures", "troop_figures", "weapon_figures"):
        partitions = graph.get(dg.AssetKey(key)).partitions_def
        assert isinstance(partitions, dg.DailyPartitionsDefinition)
    assert graph.get(dg.AssetKey("articles")).partitions_def is None


def test_writing_steps_share_one_concurrency_pool() -> None:
    pools = {asset.op.pool for asset in defs.assets}
    assert pools == {"duckdb_writer"}


def test_dagster_validates_the_workspace(tmp_path) -> None:
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path)}
    bin_dir = os.path.dirname(sys.executable)
    for cmd in (
        [os.path.join(bin_dir, "dagster"), "definitions", "validate", "-w", "workspace.yaml"],
        [os.path.join(bin_dir, "dg"), "check", "defs"],
    ):
        proc = subprocess.run(cmd, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
