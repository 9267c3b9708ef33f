"""Pure extraction: article text in, figures out. No Dagster, no DuckDB.

Public API (used by the assets and by `casualty-tracker extract`):
- find_mentions(article) -> list[Mention]: every number quantulum3 and the lexicon find.
- figures_from_mentions(article, mentions) -> list[Figure]: classify mentions into figures.
- extract_figures(article) -> list[Figure]: both steps.

Odd input (empty text, no title, weird Unicode) yields no figures rather than an error.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from ..dating import resolve_event_date
from . import figures as _figures
from .model import ArticleText, Figure, Mention

log = logging.getLogger(__name__)

MAX_ARTICLE_CHARS = 100_000
"""Text beyond this is not read for figures: ten times a long feature, so only dumps of tables
or logs reach it, and the work per article stays bounded (it grows linearly with the text)."""


def _bounded(article: ArticleText) -> ArticleText:
    if len(article.text) <= MAX_ARTICLE_CHARS:
        return article
    log.warning(
        "article %s has %d characters; figures are read from the first %d only",
        article.article_id,
        len(article.text),
        MAX_ARTICLE_CHARS,
    )
    return replace(article, text=article.text[:MAX_ARTICLE_CHARS])


__all__ = ["ArticleText", "Figure", "Mention", "extract_figures", "figures_from_mentions", "find_mentions"]


def find_mentions(article: ArticleText) -> list[Mention]:
    try:
        return _figures.find_mentions(_bounded(article))
    except Exception:
        log.warning(
            "number finding failed on article %s; no figures from it", article.article_id, exc_info=True
        )
        return []


def figures_from_mentions(article: ArticleText, mentions: list[Mention]) -> list[Figure]:
    """Classify the mentions into figures, each dated by its sentence when the sentence gives a day."""
    try:
        figures = _figures.figures_from_mentions(_bounded(article), mentions)
    except Exception:
        log.warning(
            "classification failed on article %s; no figures from it", article.article_id, exc_info=True
        )
        return []
    dates: dict[str, object] = {}
    for figure in figures:
        if figure.sentence not in dates:
            dates[figure.sentence] = resolve_event_date(figure.sentence, article.published)
        figure.event_date = dates[figure.sentence]
    return figures


def extract_figures(article: ArticleText) -> list[Figure]:
    return figures_from_mentions(article, find_mentions(article))
