"""Feeds polled over HTTP from a real server on 127.0.0.1: items, timeouts, refusals, garbage."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

import dagster as dg
from feed_server import FeedServer
from ingest_samples import (
    SEED_OUTLET,
    SEED_TITLE,
    SEED_URL,
    SWAP_TITLE,
    atom,
    paragraphs_html,
    rss,
    seed_item,
    swap_item,
)

from casualty_tracker.defs.assets.ingest import ingested_articles
from casualty_tracker.defs.resources import SourcesResource, WarehouseResource
from casualty_tracker.ingest.fetch import fetch_url
from casualty_tracker.stages.ingest import IngestSummary, ingest_sources
from casualty_tracker.storage.warehouse import Warehouse

NOW = datetime(2025, 6, 1, 12, 0, 0)
TIMEOUT_S = 0.5

EXTRA_TITLE = "Drone attack on Kharkiv wounds 12"
EXTRA_HTML = paragraphs_html(
    "A Russian drone attack on Kharkiv overnight wounded 12 people, including two children, regional "
    "governor Oleh Syniehubov said on Sunday.\n\nThe drones hit residential buildings in two districts."
)


def run(db: Path, feeds: list[str], tmp_path: Path, now: datetime = NOW, **kw) -> IngestSummary:
    return ingest_sources(
        Warehouse(db), [tmp_path / "no-inbox"], now=now, feeds=feeds, feed_timeout_s=TIMEOUT_S, **kw
    )


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with Warehouse(db).reader() as con:
        return con.execute(sql, params or []).fetchall()


def test_feed_items_become_articles_and_stay_when_the_feed_drops_them(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    db = tmp_path / "t.duckdb"
    url = feed_server.serve("/wire.xml", rss("Example Wire", [seed_item(source=SEED_OUTLET), swap_item()]))
    first = run(db, [url], tmp_path)
    assert (first.feeds_polled, first.articles_added, first.quarantined) == (1, 2, 0)
    rows = query(
        db, "SELECT source_path, title, outlet, url, published, published_source FROM articles ORDER BY 1"
    )
    assert rows[0] == (
        f"feed:{url}#bgnes-88520847",
        SEED_TITLE,
        "BGNES",
        SEED_URL,
        date(2024, 12, 23),
        "metadata",
    )
    assert rows[1][0] == f"feed:{url}#example-swap-1" and rows[1][2] == "Example Wire"

    # Unchanged body: polled, not parsed, nothing written.
    again = run(db, [url], tmp_path)
    assert (again.articles_read, again.articles_added) == (0, 0)

    # The feed moves on: the seed item drops out, a new one arrives.
    extra = swap_item(title=EXTRA_TITLE, guid="kh-1", link="https://example.org/kh", html=EXTRA_HTML)
    feed_server.serve("/wire.xml", rss("Example Wire", [swap_item(), extra]))
    moved = run(db, [url], tmp_path)
    assert (moved.articles_added, moved.articles_removed) == (1, 0)
    titles = {r[0] for r in query(db, "SELECT title FROM articles")}
    assert titles == {SEED_TITLE, SWAP_TITLE, EXTRA_TITLE}
    assert query(db, "SELECT count(*) FROM article_sources") == [(3,)]

    # An item edited in place replaces its own earlier version only.
    edited = swap_item(html=paragraphs_html("Russia and Ukraine exchanged 195 prisoners each. " * 3))
    feed_server.serve("/wire.xml", rss("Example Wire", [edited, extra]))
    changed = run(db, [url], tmp_path)
    assert (changed.articles_added, changed.articles_removed) == (1, 1)
    assert query(db, "SELECT count(*) FROM articles") == [(3,)]


def test_atom_feed_over_http(tmp_path: Path, feed_server: FeedServer) -> None:
    db = tmp_path / "t.duckdb"
    entry = {
        "title": EXTRA_TITLE,
        "link": "https://example.org/kh",
        "guid": "tag:example.org,2024:kh",
        "updated": "2024-06-02T07:00:00Z",
        "html": EXTRA_HTML,
    }
    url = feed_server.serve("/atom", atom("Kharkiv Today", [entry]), content_type="application/atom+xml")
    run(db, [url], tmp_path)
    assert query(db, "SELECT source_path, outlet, published, source_format FROM articles") == [
        (f"feed:{url}#tag:example.org,2024:kh", "Kharkiv Today", date(2024, 6, 2), "feed")
    ]


def test_bad_feeds_are_quarantined_under_their_url_and_the_run_goes_on(
    tmp_path: Path, feed_server: FeedServer, refused_url: str
) -> None:
    db = tmp_path / "t.duckdb"
    good = feed_server.serve("/wire.xml", rss("Example Wire", [swap_item()]))
    slow = feed_server.serve("/slow.xml", rss("Slow", [swap_item()]), delay_s=3.0)
    trickle = feed_server.serve("/trickle.xml", rss("Trickle", [swap_item()]), trickle_s=0.05)
    garbage = feed_server.serve("/garbage.xml", b"\x8b\x1f\xee garbage \xff" * 20, content_type="text/xml")
    html = feed_server.serve("/page.xml", "<html><body><h1>Service unavailable</h1></body></html>")
    missing = feed_server.url("/gone.xml")
    file_url = "file:///etc/passwd"

    started = time.monotonic()
    summary = run(db, [good, slow, trickle, garbage, html, missing, refused_url, file_url], tmp_path)
    elapsed = time.monotonic() - started

    assert elapsed < 4 * TIMEOUT_S + 1.5, f"feeds were not cut off at their timeout: {elapsed:.1f}s"
    assert query(db, "SELECT title FROM articles") == [(SWAP_TITLE,)]
    assert summary.quarantined == 7
    reasons = dict(query(db, "SELECT source_path, reason FROM quarantine WHERE severity = 'error'"))
    assert reasons[slow] == f"feed not read: timed out after {TIMEOUT_S:g}s"
    assert reasons[trickle] == f"feed not read: timed out after {TIMEOUT_S:g}s"
    assert reasons[garbage].startswith("not an RSS or Atom feed")
    assert reasons[html].startswith("not an RSS or Atom feed")
    assert reasons[missing] == "feed not read: HTTP 404 Not Found"
    assert reasons[refused_url] == "feed not read: connection refused"
    assert reasons[file_url] == "feed not read: feed URL scheme 'file' is not allowed: only http and https"
    assert (
        dict(query(db, "SELECT source_path, first_bytes FROM quarantine"))[garbage]
        == (b"\x8b\x1f\xee garbage \xff" * 20)[:64]
    )
    ledger = dict(query(db, "SELECT source_path, status FROM source_files"))
    assert ledger[good] == "loaded" and ledger[slow] == "quarantined"

    # Fixed and re-polled: the entry clears and the items load.
    feed_server.serve("/garbage.xml", rss("Recovered", [seed_item()]))
    run(db, [good, slow, trickle, garbage, html, missing, refused_url, file_url], tmp_path)
    reasons = dict(query(db, "SELECT source_path, reason FROM quarantine"))
    assert garbage not in reasons and slow in reasons
    assert query(db, "SELECT count(*) FROM articles") == [(2,)]

    # A feed taken out of the configuration takes its entries with it.
    run(db, [good, garbage], tmp_path)
    assert query(db, "SELECT count(*) FROM quarantine") == [(0,)]
    assert query(db, "SELECT count(*) FROM articles") == [(2,)]


def test_a_feed_that_fails_later_keeps_its_articles(tmp_path: Path, feed_server: FeedServer) -> None:
    db = tmp_path / "t.duckdb"
    url = feed_server.serve("/wire.xml", rss("Example Wire", [seed_item(), swap_item()]))
    run(db, [url], tmp_path)
    feed_server.serve("/wire.xml", "", status=503, content_type="text/plain")
    summary = run(db, [url], tmp_path)
    assert summary.quarantined == 1
    assert query(db, "SELECT count(*) FROM articles") == [(2,)]
    assert query(db, "SELECT reason FROM quarantine") == [("feed not read: HTTP 503 Service Unavailable",)]
    # The same failure again adds nothing.
    run(db, [url], tmp_path)
    assert query(db, "SELECT count(*) FROM quarantine") == [(1,)]


def test_feed_content_is_never_written_to_disk_and_links_are_only_text(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    db = tmp_path / "data" / "t.duckdb"
    hostile = swap_item(guid="../../../../tmp/escape", link="file:///etc/passwd")
    url = feed_server.serve("/wire.xml", rss("Example Wire", [hostile]))
    before = {p for p in tmp_path.rglob("*")}
    run(db, [url], tmp_path)
    written = {p for p in tmp_path.rglob("*")} - before
    assert all(db.parent in (p, p.parent) for p in written), written  # only the warehouse's own files
    ((source_path, link),) = query(db, "SELECT source_path, url FROM articles")
    assert source_path == f"feed:{url}#../../../../tmp/escape"
    assert link.startswith("file:") and link.endswith("etc/passwd")  # stored as text, never opened
    assert not Path("/tmp/escape").exists()
    assert feed_server.hits.get("/etc/passwd") is None


def test_fetch_cuts_off_a_large_body(feed_server: FeedServer) -> None:
    url = feed_server.serve("/big.xml", b"<rss>" + b" " * 200_000)
    got = fetch_url(url, timeout_s=2.0, max_bytes=100_000)
    assert got.problem == "feed larger than 100000 bytes: not read" and len(got.body) <= 64


def test_the_dagster_asset_polls_the_configured_feeds(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.serve("/wire.xml", rss("Example Wire", [swap_item()]))
    slow = feed_server.serve("/slow.xml", rss("Slow", [seed_item()]), delay_s=3.0)
    db = tmp_path / "t.duckdb"
    resources = {
        "warehouse": WarehouseResource(db_path=str(db)),
        "sources": SourcesResource(
            inbox_dir=str(tmp_path / "inbox"),
            include_seeds=False,
            feed_urls=[url, slow],
            feed_timeout_s=TIMEOUT_S,
        ),
    }
    result = dg.materialize([ingested_articles], resources=resources)
    assert result.success
    assert query(db, "SELECT title FROM articles") == [(SWAP_TITLE,)]
    assert query(db, "SELECT source_path FROM quarantine") == [(slow,)]
    meta = result.asset_materializations_for_node("ingested_articles")[0].metadata
    assert meta["feeds_polled"].value == 2
