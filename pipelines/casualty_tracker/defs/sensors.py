"""Sensors: new or changed sources start an ingest run; new articles start extraction.

The inbox sensor keeps a fingerprint of every source (path, size, mtime) as its
cursor and asks for a run only when it changes; the run itself reads only what
changed. The articles sensor reacts to each ingest materialization and asks for
extraction of the publication days that still hold unextracted articles.
"""

import hashlib
import json

import dagster as dg
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from ..stages.ingest import poll_feeds, scan_sources
from ..stages.storage_modes import pending_days
from .jobs import extract_job, ingest_job
from .launch import date_ranges, in_partitions, only_new_config
from .resources import SourcesResource, WarehouseResource


def sources_fingerprint(sources: SourcesResource) -> tuple[str, int]:
    """A digest of every source file's path, size and mtime, and how many there are."""
    files = sorted(scan_sources(sources.folders()), key=lambda f: f.path)
    digest = hashlib.sha256()
    for f in files:
        digest.update(f"{f.path}\0{f.size}\0{f.mtime_ns}\n".encode())
    return digest.hexdigest()[:32], len(files)


def feed_digests(sources: SourcesResource, previous: dict[str, str]) -> dict[str, str]:
    """url -> digest of the feed's body; a feed that cannot be read now keeps its last digest
    (its failure is the ingest run's to record, not a reason to start runs over and over)."""
    digests = {}
    for fetched in poll_feeds(sources.feeds(), sources.feed_timeout_s, sources.max_file_bytes):
        if fetched.problem is None:
            digests[fetched.url] = hashlib.sha256(fetched.body).hexdigest()[:32]
        elif fetched.url in previous:
            digests[fetched.url] = previous[fetched.url]
    return digests


@dg.sensor(
    job=ingest_job,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Starts an ingest run when a file appears or changes in the inbox or the seeds, "
    "or a configured feed publishes something new.",
)
def inbox_sensor(context: dg.SensorEvaluationContext, sources: SourcesResource):
    fingerprint, count = sources_fingerprint(sources)
    previous = json.loads(context.cursor) if context.cursor else {}
    feeds = feed_digests(sources, previous.get("feeds", {}))
    unchanged = previous.get("fingerprint") == fingerprint and previous.get("feeds", {}) == feeds
    if unchanged or (not previous and count == 0 and not feeds):
        return dg.SkipReason(f"no new or changed sources among {count} files and {len(feeds)} feeds")
    context.update_cursor(json.dumps({"fingerprint": fingerprint, "sources": count, "feeds": feeds}))
    feeds_key = hashlib.sha256(json.dumps(feeds, sort_keys=True).encode()).hexdigest()[:12]
    return dg.RunRequest(
        run_key=f"sources-{fingerprint}-{feeds_key}", tags={"casualty_tracker/sources": str(count)}
    )


@dg.asset_sensor(
    asset_key=dg.AssetKey("articles"),
    job=extract_job,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="After each ingest, extracts the publication days that hold new articles.",
)
def new_articles_sensor(
    context: dg.SensorEvaluationContext, asset_event: dg.EventLogEntry, warehouse: WarehouseResource
):
    days = [d for d in pending_days(warehouse.warehouse(), published_only=True) if in_partitions(d)]
    if not days:
        return dg.SkipReason("every article is already extracted")
    return [
        dg.RunRequest(
            run_key=f"{asset_event.run_id}:{start}:{end}",
            run_config=only_new_config(),
            tags={
                ASSET_PARTITION_RANGE_START_TAG: start.isoformat(),
                ASSET_PARTITION_RANGE_END_TAG: end.isoformat(),
            },
        )
        for start, end in date_ranges(days)
    ]
