"""The code location: every asset, job and resource of casualty-tracker in one Definitions.

Resources read their settings from the environment when it sets them
(CASUALTY_TRACKER_DB, CASUALTY_TRACKER_INBOX, CASUALTY_TRACKER_FEEDS,
CASUALTY_TRACKER_STORAGE_ROOT), so the UI, schedules and the `casualty-tracker` command
all write the same database. defs/settings.py says what the storage and executor
settings change.
"""

from __future__ import annotations

import os
import re

import dagster as dg

from .defs.assets.claims import claims
from .defs.assets.extract import figure_tables, number_mentions
from .defs.assets.ingest import ingested_articles
from .defs.jobs import claims_job, extract_job, ingest_job, refresh_job
from .defs.resources import SourcesResource, WarehouseResource
from .defs.schedules import recent_days_schedule
from .defs.sensors import inbox_sensor, new_articles_sensor
from .defs.settings import PARQUET, executor


def _env(name: str, default: str) -> str | dg.EnvVar:
    """EnvVar when the variable is set (shown as such in the UI), else the default."""
    return dg.EnvVar(name) if os.environ.get(name) else default


def feed_urls_from_env() -> list[str]:
    """CASUALTY_TRACKER_FEEDS: RSS/Atom URLs separated by spaces, commas or newlines."""
    return [u for u in re.split(r"[\s,]+", os.environ.get("CASUALTY_TRACKER_FEEDS", "")) if u]


defs = dg.Definitions(
    assets=[ingested_articles, number_mentions, figure_tables, *([claims] if PARQUET else [])],
    jobs=[ingest_job, extract_job, refresh_job, *([claims_job] if PARQUET else [])],
    schedules=[recent_days_schedule],
    sensors=[inbox_sensor, new_articles_sensor],
    executor=executor(),
    resources={
        "warehouse": WarehouseResource(
            db_path=_env("CASUALTY_TRACKER_DB", WarehouseResource().db_path),
            storage_root=_env("CASUALTY_TRACKER_STORAGE_ROOT", ""),
        ),
        "sources": SourcesResource(
            inbox_dir=_env("CASUALTY_TRACKER_INBOX", SourcesResource().inbox_dir),
            feed_urls=feed_urls_from_env(),
        ),
    },
)
