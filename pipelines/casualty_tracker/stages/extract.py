"""The extraction stages: number mentions (quantulum3), then figures (classification).

Both work on the articles of a publication-date range. An incremental run takes only
articles not yet processed at the current extractor version (a content-hash cache:
article ids are content hashes); a backfill re-does every article of the range and
replaces the range's rows whole. Work goes in chunks, each committed atomically, and
the snapshot readers see is published once, when the stage is done.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

import polars as pl

from ..extraction import ArticleText, Mention, figures_from_mentions, find_mentions
from ..parallel import map_items
from ..paths import REFERENCE_DIR
from ..storage.audits import FIGURE_AUDITS, AuditResult, merge_results, raise_on_blocking, run_audits
from ..storage.execute import fetch_frame
from ..storage.loads import load_extraction
from ..storage.sqlfiles import sql
from ..storage.warehouse import Warehouse
from ..tables import extraction_rows, figure_frame, figure_rows, mention_frame, mention_rows, split_figures

CHUNK_ARTICLES = 2000


@cache
def extractor_version() -> str:
    """A hash of the extraction code, its reference data and quantulum3's version.

    Changing any rule or CSV changes the version, so the next run re-extracts.
    """
    import quantulum3

    from .. import extraction

    h = hashlib.sha256(getattr(quantulum3, "__version__", "?").encode())
    files = sorted(Path(extraction.__path__[0]).rglob("*.py"))
    files += sorted(REFERENCE_DIR.rglob("*.csv")) if REFERENCE_DIR.exists() else []
    for path in files:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@dataclass
class StageSummary:
    articles: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)
    audits: dict[str, AuditResult] = field(default_factory=dict)


def _articles(frame: pl.DataFrame) -> list[ArticleText]:
    return [
        ArticleText(r["article_id"], r["title"] or "", r["text"] or "", r["published"], r["outlet"])
        for r in frame.iter_rows(named=True)
    ]


def _mentions_of(article: ArticleText) -> list[dict]:
    return mention_rows(article, find_mentions(article))


def _figures_of(job: tuple[ArticleText, list[Mention]]) -> list[dict]:
    article, mentions = job
    return figure_rows(article, figures_from_mentions(article, mentions))


def _chunks(warehouse_con, start: date, end: date, stage: str, only_pending: bool):
    """Articles to process, in keyset-paged chunks so the corpus is never all in memory."""
    query = sql("queries/articles_to_extract.sql").rstrip().rstrip(";")
    params = {
        "start": start,
        "end": end,
        "stage": stage,
        "only_pending": only_pending,
        "version": extractor_version(),
    }
    last = ("0001-01-01", "")
    while True:
        frame = fetch_frame(
            warehouse_con,
            f"SELECT * FROM ({query}) WHERE (published, article_id) > ($lp::DATE, $la) "
            f"ORDER BY published, article_id LIMIT {CHUNK_ARTICLES}",
            {**params, "lp": last[0], "la": last[1]},
        )
        if frame.is_empty():
            return
        yield _articles(frame)
        tail = frame.row(-1, named=True)
        last = (tail["published"].isoformat(), tail["article_id"])


def run_mentions_stage(
    warehouse: Warehouse, start: date, end: date, only_pending: bool, workers: int | None = None
) -> StageSummary:
    """quantulum3 (behind the pre-filter) over the articles of [start, end] into number_mentions."""
    summary = StageSummary()
    with warehouse.writer() as con:
        first = True
        for articles in _chunks(con, start, end, "mentions", only_pending):
            per_article = map_items(_mentions_of, articles, workers)
            rows = [row for rows in per_article for row in rows]
            counts = {a.article_id: len(r) for a, r in zip(articles, per_article, strict=True)}
            load_extraction(
                con,
                "mentions",
                [a.article_id for a in articles],
                {"number_mentions": mention_frame(rows)},
                extraction_rows(articles, "mentions", extractor_version(), counts, _now()),
                None if only_pending or not first else (start, end),
            )
            first = False
            summary.articles += len(articles)
            summary.rows["number_mentions"] = summary.rows.get("number_mentions", 0) + len(rows)
        if first and not only_pending:
            # A backfill of dates that hold no article still clears them.
            load_extraction(con, "mentions", [], {"number_mentions": None}, None, (start, end))
    return summary


def run_figures_stage(
    warehouse: Warehouse, start: date, end: date, only_pending: bool, workers: int | None = None
) -> StageSummary:
    """Classify each article's mentions into figures and load the three figure tables.

    Every chunk is audited inside its transaction (sql/checks): a blocking failure rolls
    the chunk back and raises AuditFailed, so bad figures never reach the tables.
    """
    summary = StageSummary()
    kinds: Counter[str] = Counter()

    def audit(con) -> None:
        results = run_audits(con, FIGURE_AUDITS)
        raise_on_blocking(results)
        merge_results(summary.audits, results)

    with warehouse.writer() as con:
        first = True
        for articles in _chunks(con, start, end, "figures", only_pending):
            ids = pl.DataFrame({"article_id": [a.article_id for a in articles]})
            con.register("chunk_articles", ids.to_arrow())
            try:
                mframe = fetch_frame(con, sql("queries/mentions_for_articles.sql"))
            finally:
                con.unregister("chunk_articles")
            by_article: dict[str, list[Mention]] = {}
            for r in mframe.iter_rows(named=True):
                by_article.setdefault(r.pop("article_id"), []).append(Mention(**r))
            jobs = [(a, by_article.get(a.article_id, [])) for a in articles]
            per_article = map_items(_figures_of, jobs, workers)
            frame = figure_frame([row for rows in per_article for row in rows])
            tables = split_figures(frame)
            counts = {a.article_id: len(r) for a, r in zip(articles, per_article, strict=True)}
            load_extraction(
                con,
                "figures",
                [a.article_id for a in articles],
                tables,
                extraction_rows(articles, "figures", extractor_version(), counts, _now()),
                None if only_pending or not first else (start, end),
                audit=audit,
            )
            first = False
            summary.articles += len(articles)
            for table, tframe in tables.items():
                summary.rows[table] = summary.rows.get(table, 0) + tframe.height
            kinds.update(frame["kind"].to_list())
        if first and not only_pending:
            empty: dict[str, pl.DataFrame | None] = dict.fromkeys(
                ("casualty_figures", "troop_figures", "weapon_figures")
            )
            load_extraction(con, "figures", [], empty, None, (start, end))
    summary.by_kind = dict(sorted(kinds.items()))
    return summary


def pending_dates(warehouse: Warehouse, published_only: bool = False) -> list[date]:
    """Publication dates holding an article the figures stage has not done at this version.

    With published_only, ask the published snapshot (never blocked by a running write;
    what sensors use); otherwise the writer file, which is exact but waits for the lock.
    """
    query, params = sql("queries/pending_dates.sql"), {"version": extractor_version()}
    if published_only:
        if not warehouse.db_path.exists():
            return []
        with warehouse.reader() as con:
            return [r[0] for r in con.execute(query, params).fetchall()]
    with warehouse.writer(publish=False) as con:
        return [r[0] for r in con.execute(query, params).fetchall()]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)
