"""The shipped deployment configuration is valid Dagster configuration."""

from __future__ import annotations

import yaml
from dagster._config import process_config
from dagster._core.instance.config import dagster_instance_config

from casualty_tracker.paths import PROJECT_ROOT

DEPLOY = PROJECT_ROOT / "deploy"


def test_local_instance_config_is_valid_and_pools_duckdb_writers() -> None:
    config, _ = dagster_instance_config(str(DEPLOY / "local"), "dagster.yaml")
    assert config["concurrency"]["pools"]["default_limit"] == 1
    assert config["run_monitoring"]["enabled"] is True


def test_kubernetes_instance_uses_postgres_and_the_k8s_run_launcher(monkeypatch) -> None:
    from dagster_k8s import K8sRunLauncher
    from dagster_postgres import PostgresRunStorage

    for name in ("DAGSTER_PG_HOST", "DAGSTER_PG_USER", "DAGSTER_PG_PASSWORD", "DAGSTER_PG_DB"):
        monkeypatch.setenv(name, "set-by-the-deployment")  # the secrets the chart injects
    config, _ = dagster_instance_config(str(DEPLOY / "k8s"), "dagster.yaml")
    assert "postgres" in config["storage"]
    assert config["run_launcher"]["class"] == "K8sRunLauncher"
    launcher = process_config(K8sRunLauncher.config_type(), config["run_launcher"]["config"])
    assert launcher.success, launcher.errors
    storage = process_config(PostgresRunStorage.config_type(), config["storage"]["postgres"])
    assert storage.success, storage.errors


def test_helm_values_point_the_code_location_at_parquet_storage_and_k8s_steps() -> None:
    values = yaml.safe_load((DEPLOY / "k8s" / "values.yaml").read_text())
    (deployment,) = values["dagster-user-deployments"]["deployments"]
    assert deployment["dagsterApiGrpcArgs"] == ["-m", "casualty_tracker.definitions", "-a", "defs"]
    env = {e["name"]: e["value"] for e in deployment["env"]}
    assert env["CASUALTY_TRACKER_STORAGE_ROOT"].startswith("s3://")
    assert env["CASUALTY_TRACKER_EXECUTOR"] == "k8s"
    assert values["runLauncher"]["type"] == "K8sRunLauncher"
