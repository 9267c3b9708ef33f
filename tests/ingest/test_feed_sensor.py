"""The inbox sensor also watches the configured feeds, over real HTTP on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
from feed_server import FeedServer
from ingest_samples import rss

from casualty_tracker.defs.resources import SourcesResource
from casualty_tracker.defs.sensors import inbox_sensor

ITEM = {
    "title": "Strike kills 12",
    "link": "https://example.org/a",
    "guid": "a",
    "pub": "Mon, 06 May 2024 10:00:00 GMT",
    "html": "<p>Twelve people were killed in the strike, officials said.</p>",
}


def _tick(inbox: Path, url: str, cursor: str | None):
    sources = SourcesResource(inbox_dir=str(inbox), include_seeds=False, feed_urls=[url], feed_timeout_s=3)
    result = inbox_sensor.evaluate_tick(
        dg.build_sensor_context(cursor=cursor, resources={"sources": sources})
    )
    return result.run_requests, result.cursor or cursor


def test_sensor_requests_a_run_when_a_feed_publishes_something_new(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    url = feed_server.serve("/feed.xml", rss("Wire", [ITEM]))
    requests, cursor = _tick(tmp_path, url, None)
    assert len(requests) == 1
    requests, cursor = _tick(tmp_path, url, cursor)
    assert not requests  # same feed body: nothing new

    feed_server.serve(
        "/feed.xml", rss("Wire", [ITEM, {**ITEM, "guid": "b", "link": "https://example.org/b"}])
    )
    requests, cursor = _tick(tmp_path, url, cursor)
    assert len(requests) == 1


def test_a_feed_that_fails_does_not_start_runs_again_and_again(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    url = feed_server.serve("/feed.xml", rss("Wire", [ITEM]))
    _, cursor = _tick(tmp_path, url, None)
    feed_server.serve("/feed.xml", "oops", status=500)
    requests, _ = _tick(tmp_path, url, cursor)
    assert not requests
