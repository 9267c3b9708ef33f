"""Pure extraction: article text in, figures out. No Dagster, no DuckDB.

Public API (used by the assets and by `casualty-tracker extract`):
- find_mentions(article) -> list[Mention]: every number quantulum3 and the lexicon find.
- figures_from_mentions(article, mentions) -> list[Figure]: classify mentions into figures.
- extract_figures(article) -> list[Figure]: both steps.
"""

from __future__ import annotations

from .model import ArticleText, Figure, Mention

__all__ = ["ArticleText", "Figure", "Mention", "extract_figures", "figures_from_mentions", "find_mentions"]


def find_mentions(article: ArticleText) -> list[Mention]:
    raise NotImplementedError


def figures_from_mentions(article: ArticleText, mentions: list[Mention]) -> list[Figure]:
    raise NotImplementedError


def extract_figures(article: ArticleText) -> list[Figure]:
    return figures_from_mentions(article, find_mentions(article))
