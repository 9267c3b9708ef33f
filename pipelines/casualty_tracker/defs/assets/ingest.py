"""Ingest stage: sources on disk and feeds become the `articles` and `quarantine` tables."""

import dagster as dg

from ...stages.ingest import ingest_sources
from ..resources import SourcesResource, WarehouseResource
from ..settings import WRITER_POOL as POOL


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "articles",
            group_name="ingest",
            description="Every article read from the seeds, the inbox and the feeds, once per content.",
            kinds={"duckdb"},
        ),
        dg.AssetSpec(
            "quarantine",
            group_name="ingest",
            description="Sources that could not be read as articles, with the reason and first bytes.",
            kinds={"duckdb"},
        ),
    ],
    pool=POOL,
)
def ingested_articles(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, sources: SourcesResource
):
    """Read new and changed sources, poll the feeds; store their articles; quarantine what cannot be read."""
    summary = ingest_sources(
        warehouse.warehouse(),
        sources.folders(),
        feeds=sources.feeds(),
        feed_timeout_s=sources.feed_timeout_s,
        max_bytes=sources.max_file_bytes,
    )
    context.log.info(
        f"{summary.files_seen} sources seen, {summary.files_read} read, {summary.feeds_polled} feeds polled, "
        f"{summary.articles_added} articles added, {summary.articles_revised} revised, "
        f"{summary.quarantined} quarantined, {summary.warnings} warnings"
    )
    for path, reason in summary.quarantine_reasons.items():
        context.log.warning(f"quarantined {path}: {reason}")
    yield dg.MaterializeResult(
        asset_key="articles",
        metadata={
            "sources_seen": summary.files_seen,
            "sources_read": summary.files_read,
            "feeds_polled": summary.feeds_polled,
            "articles_added": summary.articles_added,
            "articles_removed": summary.articles_removed,
            "articles_revised": summary.articles_revised,
            "touched_dates": dg.MetadataValue.json([d.isoformat() for d in summary.touched_dates]),
        },
    )
    yield dg.MaterializeResult(
        asset_key="quarantine",
        metadata={"articles_quarantined": summary.quarantined, "warnings": summary.warnings},
    )
