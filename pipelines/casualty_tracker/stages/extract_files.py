"""The extraction stages in Parquet storage: one publication day at a time, into its files.

A day's run reads its articles from the published snapshot (which no run holds open),
works in a scratch in-memory DuckDB that has the project's schema, audits the day's
figures there (a blocking failure writes nothing), then replaces the day's files and
writes its manifest last. It never opens the writer file, so days run side by side.
A day is redone whole when its articles or the extractor changed (its manifest says
which articles and which extractor version produced its files).
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import UTC, date, datetime

import duckdb

from ..extraction import ArticleText, Mention
from ..parallel import map_items
from ..storage.audits import FIGURE_AUDITS, merge_results, raise_on_blocking, run_audits
from ..storage.execute import fetch_frame, run_query_file
from ..storage.loads import stage
from ..storage.migrations import migrate
from ..storage.warehouse import Warehouse
from ..tables import figure_frame, mention_frame, split_figures
from .extract import StageSummary, _articles, _figures_of, _mentions_of, extractor_version

FIGURE_TABLES = ("casualty_figures", "troop_figures", "weapon_figures")


def _scratch() -> duckdb.DuckDBPyConnection:
    """An in-memory database with the project's schema, for staging and auditing one day."""
    con = duckdb.connect()
    migrate(con)
    return con


def day_fingerprints(warehouse: Warehouse) -> dict[date, str]:
    """day -> fingerprint of its articles, from the published snapshot."""
    if not warehouse.db_path.exists():
        return {}
    with warehouse.reader() as con:
        frame = run_query_file(con, "queries/day_article_hashes.sql")
    return {r["published"]: r["articles_sha"] for r in frame.iter_rows(named=True)}


def _manifests(warehouse: Warehouse) -> dict[date, dict]:
    files = warehouse.files
    assert files is not None, "Parquet storage is not configured"
    if not files.remote:
        return files.manifests()
    with duckdb.connect() as con:
        return files.manifests(con)


def stale_days(warehouse: Warehouse) -> list[date]:
    """Days whose files are missing or out of date (articles or extractor changed), or whose
    articles are all gone while their files remain."""
    current = day_fingerprints(warehouse)
    manifests = _manifests(warehouse)
    version = extractor_version()
    stale = {
        day
        for day, sha in current.items()
        if (m := manifests.get(day)) is None
        or m.get("articles_sha") != sha
        or m.get("extractor_version") != version
    }
    stale |= {day for day, m in manifests.items() if day not in current and m.get("articles", 0)}
    return sorted(stale)


def _days(warehouse: Warehouse, start: date, end: date, only_pending: bool) -> list[date]:
    """The days of [start, end] to (re)write: stale ones, or (a backfill) every day that has
    articles or files."""
    if only_pending:
        return [d for d in stale_days(warehouse) if start <= d <= end]
    known = set(day_fingerprints(warehouse)) | set(_manifests(warehouse))
    return sorted(d for d in known if start <= d <= end)


def _day_articles(warehouse: Warehouse, day: date):
    if not warehouse.db_path.exists():
        return None, []
    with warehouse.reader() as con:
        frame = run_query_file(con, "queries/articles_of_day.sql", {"day": day})
    return frame, _articles(frame)


def mentions_to_files(
    warehouse: Warehouse, start: date, end: date, only_pending: bool, workers: int | None = None
) -> StageSummary:
    """quantulum3 (behind the pre-filter) over each day's articles into that day's mentions file."""
    summary = StageSummary()
    for day in _days(warehouse, start, end, only_pending):
        _, articles = _day_articles(warehouse, day)
        per_article = map_items(_mentions_of, articles, workers)
        rows = [row for rows in per_article for row in rows]
        with _scratch() as con:
            stage(con, "number_mentions", "number_mentions", mention_frame(rows))
            warehouse.files.write_table(con, "number_mentions", day)
        summary.articles += len(articles)
        summary.rows["number_mentions"] = summary.rows.get("number_mentions", 0) + len(rows)
    return summary


def figures_to_files(
    warehouse: Warehouse, start: date, end: date, only_pending: bool, workers: int | None = None
) -> StageSummary:
    """Classify each day's mentions, audit the figures, write the day's figure files and manifest."""
    files = warehouse.files
    summary = StageSummary()
    kinds: Counter[str] = Counter()
    fingerprints = day_fingerprints(warehouse)
    for day in _days(warehouse, start, end, only_pending):
        started = datetime.now(UTC)
        article_frame, articles = _day_articles(warehouse, day)
        with _scratch() as con:
            mentions_file = files.partition_path("number_mentions", day)
            by_article: dict[str, list[Mention]] = {}
            if articles:
                mframe = fetch_frame(
                    con,
                    "SELECT * EXCLUDE (mention_id, published, ordinal) FROM read_parquet(?) "
                    "ORDER BY article_id, ordinal, in_title DESC, char_start",
                    [mentions_file],
                )
                for r in mframe.iter_rows(named=True):
                    by_article.setdefault(r.pop("article_id"), []).append(Mention(**r))
            jobs: list[tuple[ArticleText, list[Mention]]] = [
                (a, by_article.get(a.article_id, [])) for a in articles
            ]
            per_article = map_items(_figures_of, jobs, workers)
            frame = figure_frame([row for rows in per_article for row in rows])
            tables = split_figures(frame)
            stage(con, "articles", "articles", article_frame)
            con.execute("CREATE TEMP TABLE staged_processed AS SELECT article_id FROM articles")
            for table in FIGURE_TABLES:
                stage(con, table, table, tables[table])
            results = run_audits(con, FIGURE_AUDITS)
            raise_on_blocking(results)  # nothing of the day is written
            merge_results(summary.audits, results)
            for table in FIGURE_TABLES:
                files.write_table(con, table, day)
            files.write_manifest(
                con,
                day,
                {
                    "published": day.isoformat(),
                    "articles": len(articles),
                    "articles_sha": fingerprints.get(day),
                    "extractor_version": extractor_version(),
                    "rows": {t: tables[t].height for t in FIGURE_TABLES},
                    "started_at": started.isoformat(),
                    "finished_at": datetime.now(UTC).isoformat(),
                    "pid": os.getpid(),
                },
            )
        summary.articles += len(articles)
        for table in FIGURE_TABLES:
            summary.rows[table] = summary.rows.get(table, 0) + tables[table].height
        kinds.update(frame["kind"].to_list())
    summary.by_kind = dict(sorted(kinds.items()))
    return summary
