"""Helpers for the extraction tests: run the extractor on a sentence or two."""

from __future__ import annotations

from casualty_tracker.extraction import ArticleText, Figure, extract_figures


def figures(text: str, title: str = "") -> list[Figure]:
    return extract_figures(ArticleText("t", title, text))


def key(fig: Figure) -> float | None:
    for v in (fig.value, fig.low, fig.high, fig.caliber_mm):
        if v is not None:
            return v
    return None


def only(text: str, number: float, title: str = "") -> Figure:
    """The single figure whose key number is `number` (fails if none or several)."""
    found = [f for f in figures(text, title) if key(f) == number and f.in_title == bool(title and not text)]
    assert len(found) == 1, (
        f"expected one figure for {number}, got {[(f.kind, f.evidence) for f in figures(text, title)]}"
    )
    return found[0]


def numbers(text: str, title: str = "") -> list[float | None]:
    return [key(f) for f in figures(text, title)]
