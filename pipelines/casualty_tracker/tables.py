"""Extraction results as columnar frames (polars), shaped for the DuckDB tables.

This is where figures are normalised as a table: stable ids, types, blanks made
null, repeats dropped, and rows split by kind into casualty, troop and weapon
frames. The loaders hand these frames to DuckDB as Arrow, never row by row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

import polars as pl

from .extraction.model import CASUALTY_KINDS, ArticleText, Figure, Mention

FIGURE_TABLES = {
    "casualty_figures": CASUALTY_KINDS,
    "troop_figures": ("troops",),
    "weapon_figures": ("weapons",),
}

_FIGURE_SCHEMA = {
    "figure_id": pl.String,
    "article_id": pl.String,
    "kind": pl.String,
    "party": pl.String,
    "population": pl.String,
    "claimant": pl.String,
    "value": pl.Int64,
    "low": pl.Int64,
    "high": pl.Int64,
    "qualifier": pl.String,
    "weapon": pl.String,
    "caliber_mm": pl.Float64,
    "action": pl.String,
    "evidence": pl.String,
    "sentence": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "in_title": pl.Boolean,
    "published": pl.Date,
    "event_date": pl.Date,
    "outlet": pl.String,
}

_MENTION_SCHEMA = {
    "mention_id": pl.String,
    "article_id": pl.String,
    "published": pl.Date,
    "surface": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "in_title": pl.Boolean,
    "source": pl.String,
    "low": pl.Float64,
    "high": pl.Float64,
    "qualifier": pl.String,
    "caliber_mm": pl.Float64,
    "ordinal": pl.Int32,
}

_TEXT_COLUMNS = ("party", "population", "claimant", "qualifier", "weapon", "action", "outlet")


def _digest(*parts: object) -> str:
    return hashlib.sha1("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


def figure_id(article_id: str, f: Figure) -> str:
    """Stable id: the same article and the same evidence span give the same id on every run."""
    return _digest(article_id, f.kind, f.in_title, f.char_start, f.char_end, f.value, f.low, f.high, f.weapon)


def mention_id(article_id: str, m: Mention) -> str:
    return _digest(article_id, m.in_title, m.char_start, m.char_end, m.source, m.caliber_mm)


def figure_rows(article: ArticleText, figures: Iterable[Figure]) -> list[dict]:
    """One dict per figure with every column of the figure tables."""
    rows = []
    for f in figures:
        rows.append(
            {
                "figure_id": figure_id(article.article_id, f),
                "article_id": article.article_id,
                "kind": f.kind,
                "party": f.party,
                "population": f.population,
                "claimant": f.claimant,
                "value": f.value,
                "low": f.low,
                "high": f.high,
                "qualifier": f.qualifier,
                "weapon": f.weapon,
                "caliber_mm": f.caliber_mm,
                "action": f.action,
                "evidence": f.evidence,
                "sentence": f.sentence,
                "char_start": f.char_start,
                "char_end": f.char_end,
                "in_title": f.in_title,
                "published": article.published,
                "event_date": f.event_date,
                "outlet": article.outlet,
            }
        )
    return rows


def mention_rows(article: ArticleText, mentions: Iterable[Mention]) -> list[dict]:
    return [
        {
            "mention_id": mention_id(article.article_id, m),
            "article_id": article.article_id,
            "published": article.published,
            "surface": m.surface,
            "value": m.value,
            "unit": m.unit,
            "char_start": m.char_start,
            "char_end": m.char_end,
            "in_title": m.in_title,
            "source": m.source,
            "low": m.low,
            "high": m.high,
            "qualifier": m.qualifier,
            "caliber_mm": m.caliber_mm,
            "ordinal": ordinal,
        }
        for ordinal, m in enumerate(mentions)
    ]


def figure_frame(rows: list[dict]) -> pl.DataFrame:
    """Figures as a typed frame: blank strings null, one row per figure id."""
    frame = (
        pl.DataFrame(rows, schema=_FIGURE_SCHEMA, orient="row")
        if rows
        else pl.DataFrame(schema=_FIGURE_SCHEMA)
    )
    blank_to_null = [
        pl.when(pl.col(c).str.strip_chars() == "").then(None).otherwise(pl.col(c).str.strip_chars()).alias(c)
        for c in _TEXT_COLUMNS
    ]
    return frame.with_columns(blank_to_null).unique(subset="figure_id", keep="first", maintain_order=True)


def mention_frame(rows: list[dict]) -> pl.DataFrame:
    frame = (
        pl.DataFrame(rows, schema=_MENTION_SCHEMA, orient="row")
        if rows
        else pl.DataFrame(schema=_MENTION_SCHEMA)
    )
    return frame.unique(subset="mention_id", keep="first", maintain_order=True)


def split_figures(frame: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The figure frame cut into the three figure tables by kind."""
    return {table: frame.filter(pl.col("kind").is_in(list(kinds))) for table, kinds in FIGURE_TABLES.items()}


def extraction_rows(
    articles: Iterable[ArticleText], stage: str, version: str, counts: dict[str, int], at: datetime
) -> pl.DataFrame:
    """The cache ledger rows: which articles this stage processed, at which extractor version."""
    arts = list(articles)
    return pl.DataFrame(
        {
            "article_id": [a.article_id for a in arts],
            "published": [a.published for a in arts],
            "stage": [stage] * len(arts),
            "extractor_version": [version] * len(arts),
            "items": [counts.get(a.article_id, 0) for a in arts],
            "extracted_at": [at] * len(arts),
        },
        schema={
            "article_id": pl.String,
            "published": pl.Date,
            "stage": pl.String,
            "extractor_version": pl.String,
            "items": pl.Int32,
            "extracted_at": pl.Datetime("us"),
        },
    )
