"""Figure rows written straight into a temporary warehouse, for testing the claim views
without the extractor: the gold figures of the shared eval articles, and hand-made ones."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

import polars as pl

from casualty_tracker.storage.claims import refresh_claims
from casualty_tracker.storage.loads import load_extraction, stage
from casualty_tracker.storage.warehouse import Warehouse
from casualty_tracker.tables import figure_frame, split_figures

_FIELDS = ("kind", "party", "population", "claimant", "value", "low", "high", "qualifier", "weapon")


def _id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def figure(article_id: str, published: str, outlet: str | None, n: int = 0, **fields) -> dict:
    """One figure row; `n` tells apart several figures of one article."""
    evidence = fields.pop("evidence", None) or f"figure {n}"
    row = {
        "figure_id": _id(article_id, n, *(fields.get(k) for k in _FIELDS)),
        "article_id": article_id,
        "evidence": evidence,
        "sentence": evidence,
        "char_start": n * 10,
        "char_end": n * 10 + len(evidence),
        "in_title": False,
        "published": date.fromisoformat(published),
        "outlet": outlet,
    }
    row.update(fields)
    return row


def gold_rows(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """(articles, figures) of gold-format records, each figure as the extractor should give it."""
    articles, figures = [], []
    for rec in records:
        articles.append(
            {
                "article_id": rec["id"],
                "title": rec["title"],
                "outlet": rec["outlet"],
                "published": date.fromisoformat(rec["published"]),
                "text": rec["text"],
                "content_sha256": _id(rec["text"]),
                "ingested_at": datetime.now(UTC).replace(tzinfo=None),
            }
        )
        for n, f in enumerate(rec["figures"]):
            fields = {k: f.get(k) for k in (*_FIELDS, "caliber_mm", "action", "in_title")}
            fields["in_title"] = bool(fields["in_title"])
            figures.append(
                figure(rec["id"], rec["published"], rec["outlet"], n, evidence=f.get("evidence"), **fields)
            )
    return articles, figures


def load_rows(db_path: Path, articles: list[dict], figures: list[dict]) -> Warehouse:
    """Write articles and figures through the real loader, refresh claims, publish the snapshot."""
    warehouse = Warehouse(db_path)
    with warehouse.writer() as con:
        if articles:
            con.execute("BEGIN TRANSACTION")
            stage(con, "staged_articles", "articles", pl.DataFrame(articles))
            con.execute("INSERT INTO articles BY NAME SELECT * FROM staged_articles")
            con.execute("COMMIT")
        tables = split_figures(figure_frame(figures))
        ids = sorted({f["article_id"] for f in figures})
        load_extraction(con, "figures", ids, dict(tables), None, None)
        con.execute("BEGIN TRANSACTION")
        refresh_claims(con)
        con.execute("COMMIT")
    return warehouse


def gold_warehouse(db_path: Path, records: list[dict]) -> Warehouse:
    """A warehouse holding the gold figures of `records` (seed and dev articles), claims linked."""
    articles, figures = gold_rows(records)
    return load_rows(db_path, articles, figures)
