"""Transactional loads into the warehouse, with the statements read from sql/queries.

Frames arrive as polars and go to DuckDB as Arrow: each is staged into a temp table
shaped like its target (so types are the table's), then one transaction replaces
what the batch supersedes. A batch is all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import duckdb
import polars as pl

from ..failpoints import failpoint
from .claims import refresh_claims
from .execute import run_script, table_columns
from .sqlfiles import sql

DERIVED_TABLES = ("number_mentions", "casualty_figures", "troop_figures", "weapon_figures")


def stage(con: duckdb.DuckDBPyConnection, name: str, like: str, frame: pl.DataFrame | None) -> None:
    """A temp table `name` shaped like table `like`, holding the frame's rows (matched by column name)."""
    con.execute(f'CREATE OR REPLACE TEMP TABLE "{name}" AS SELECT * FROM "{like}" LIMIT 0')
    if frame is not None and frame.height:
        columns = table_columns(con, like)
        arrow = frame.select([c for c in frame.columns if c in columns]).to_arrow()
        con.register("_incoming", arrow)
        try:
            con.execute(f'INSERT INTO "{name}" BY NAME SELECT * FROM _incoming')
        finally:
            con.unregister("_incoming")


def read_ledger(con: duckdb.DuckDBPyConnection) -> dict[str, tuple]:
    """source_path -> (size, mtime_ns, sha256, status, articles)."""
    return {row[0]: tuple(row[1:]) for row in con.execute(sql("queries/read_ledger.sql")).fetchall()}


@dataclass
class IngestLoadResult:
    articles_added: int
    articles_removed: int
    touched_dates: list[date]
    articles_revised: int = 0


def load_ingest(
    con: duckdb.DuckDBPyConnection,
    changed_paths: list[str],
    source_files: pl.DataFrame,
    articles: pl.DataFrame | None,
    article_sources: pl.DataFrame | None,
    quarantine: pl.DataFrame | None,
    derived_in_tables: bool = True,
) -> IngestLoadResult:
    """Apply one ingest batch atomically; report new, removed and revised articles and their dates.

    `derived_in_tables` (single-file storage): mentions and figures of articles that are gone
    or revised are deleted in the same transaction. In Parquet storage they live in partition
    files instead, and their days are re-extracted whole.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        stage(con, "staged_source_files", "source_files", source_files)
        stage(con, "staged_articles", "articles", articles)
        stage(con, "staged_article_sources", "article_sources", article_sources)
        stage(con, "staged_quarantine", "quarantine", quarantine)
        con.execute("CREATE OR REPLACE TEMP TABLE staged_changed (source_path VARCHAR)")
        if changed_paths:  # a batch of re-stamps only changes nothing
            con.executemany("INSERT INTO staged_changed VALUES (?)", [[p] for p in changed_paths])
        run_script(con, sql("queries/load_ingest.sql"))
        if derived_in_tables:
            run_script(con, sql("queries/delete_invalidated_derived.sql"))
        refresh_claims(con)  # ingest deletes the figures of articles no source delivers any more
        added = con.execute("SELECT count(*) FROM ingest_new_articles").fetchone()[0]
        removed = con.execute("SELECT count(*) FROM ingest_orphans").fetchone()[0]
        revised = con.execute("SELECT count(*) FROM ingest_revised").fetchone()[0]
        dates = [r[0] for r in con.execute("SELECT published FROM ingest_touched ORDER BY 1").fetchall()]
        failpoint("before_commit:ingest")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return IngestLoadResult(added, removed, dates, revised)


def load_extraction(
    con: duckdb.DuckDBPyConnection,
    stage_name: str,
    processed_ids: list[str],
    tables: dict[str, pl.DataFrame | None],
    extractions: pl.DataFrame | None,
    replace_range: tuple[date, date] | None,
    audit: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
) -> None:
    """Replace one stage's rows for the processed articles (and, for a backfill, whole dates).

    `audit` runs inside the transaction after the rows are replaced; if it raises, the
    batch is rolled back and nothing of it is ever visible.
    """
    start, end = replace_range or (None, None)
    params = {"stage": stage_name, "start": start, "end": end}
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE staged_processed (article_id VARCHAR)")
        if processed_ids:
            con.register("_ids", pl.DataFrame({"article_id": processed_ids}).to_arrow())
            con.execute("INSERT INTO staged_processed SELECT article_id FROM _ids")
            con.unregister("_ids")
        for table, frame in tables.items():
            if table not in DERIVED_TABLES:
                raise ValueError(f"not a derived table: {table}")
            stage(con, f"staged_{table}", table, frame)
            run_script(con, sql("queries/replace_rows.sql").replace("{table}", table), params)
        stage(con, "staged_article_extractions", "article_extractions", extractions)
        run_script(con, sql("queries/load_extraction.sql"), params)
        if stage_name == "figures":
            refresh_claims(con)
        if audit is not None:
            audit(con)
        failpoint(f"before_commit:{stage_name}")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
