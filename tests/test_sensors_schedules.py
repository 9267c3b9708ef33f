"""The inbox sensor, the new-articles sensor and the daily schedule, evaluated for real."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import dagster as dg
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from casualty_tracker.defs.assets.ingest import ingested_articles
from casualty_tracker.defs.resources import SourcesResource, WarehouseResource
from casualty_tracker.defs.schedules import recent_days_schedule
from casualty_tracker.defs.sensors import inbox_sensor, new_articles_sensor
from support import resources


def _evaluate_inbox(inbox: Path, cursor: str | None):
    context = dg.build_sensor_context(
        cursor=cursor, resources={"sources": SourcesResource(inbox_dir=str(inbox), include_seeds=False)}
    )
    result = inbox_sensor.evaluate_tick(context)
    return result, result.cursor


def test_inbox_sensor_requests_runs_only_for_new_or_changed_files(inbox: Path) -> None:
    result, cursor = _evaluate_inbox(inbox, None)
    assert not result.run_requests  # empty inbox: nothing to do

    article = inbox / "a.txt"
    article.write_text("Headline\n\nFive soldiers were killed, the army said.\n")
    result, cursor = _evaluate_inbox(inbox, cursor)
    assert len(result.run_requests) == 1
    assert json.loads(cursor)["sources"] == 1

    result, cursor2 = _evaluate_inbox(inbox, cursor)
    assert not result.run_requests and cursor2 in (None, cursor)

    article.write_text("Headline\n\nSix soldiers were killed, the army said.\n")
    result, cursor3 = _evaluate_inbox(inbox, cursor)
    assert len(result.run_requests) == 1
    assert cursor3 != cursor


def test_new_articles_sensor_asks_for_the_days_that_hold_new_articles(db_path: Path, inbox: Path) -> None:
    (inbox / "b.txt").write_text("Headline\n\nTen soldiers were killed, the army said.\n")
    (inbox / "b.txt.meta.json").write_text(json.dumps({"published": "2024-03-05"}))
    with dg.instance_for_test() as instance:
        assert dg.materialize(
            [ingested_articles], resources=resources(db_path, inbox), instance=instance
        ).success
        context = dg.build_sensor_context(
            instance=instance, resources={"warehouse": WarehouseResource(db_path=str(db_path))}
        )
        result = new_articles_sensor.evaluate_tick(context)
    days = {
        (r.tags[ASSET_PARTITION_RANGE_START_TAG], r.tags[ASSET_PARTITION_RANGE_END_TAG])
        for r in result.run_requests
    }
    assert ("2024-03-05", "2024-03-05") in days
    assert all(r.run_config["ops"]["figure_tables"]["config"]["only_new"] for r in result.run_requests)


def test_daily_schedule_reruns_the_three_most_recent_days() -> None:
    context = dg.build_schedule_context(scheduled_execution_time=datetime(2025, 1, 10, 2, 30))
    request = recent_days_schedule.evaluate_tick(context).run_requests[0]
    assert request.tags[ASSET_PARTITION_RANGE_START_TAG] == "2025-01-08"
    assert request.tags[ASSET_PARTITION_RANGE_END_TAG] == "2025-01-10"
