"""Pure extraction: article text in, figures out. No Dagster, no DuckDB.

Public API (used by the assets and by `casualty-tracker extract`):
- find_mentions(article) -> list[Mention]: every number quantulum3 and the lexicon find.
- figures_from_mentions(article, mentions) -> list[Figure]: classify mentions into figures.
- extract_figures(article) -> list[Figure]: both steps.

Odd input (empty text, no title, weird Unicode) yields no figures rather than an error.
"""

from __future__ import annotations

from . import figures as _figures
from .model import ArticleText, Figure, Mention

__all__ = ["ArticleText", "Figure", "Mention", "extract_figures", "figures_from_mentions", "find_mentions"]


def find_mentions(article: ArticleText) -> list[Mention]:
    try:
        return _figures.find_mentions(article)
    except Exception:
        return []


def figures_from_mentions(article: ArticleText, mentions: list[Mention]) -> list[Figure]:
    try:
        return _figures.figures_from_mentions(article, mentions)
    except Exception:
        return []


def extract_figures(article: ArticleText) -> list[Figure]:
    return figures_from_mentions(article, find_mentions(article))
