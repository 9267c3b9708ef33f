"""The shapes that cross the extraction boundary: an article's text in, figures out.

Nothing here knows about Dagster or DuckDB; the assets and the command line both
call the same pure functions with these types.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

KINDS = ("killed", "wounded", "casualties", "captured", "missing", "troops", "weapons")
CASUALTY_KINDS = ("killed", "wounded", "casualties", "captured", "missing")
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range", "vague")
ACTIONS = ("supplied", "deployed", "destroyed", "captured", "lost")
POPULATIONS = ("military", "civilian")


@dataclass(frozen=True, slots=True)
class ArticleText:
    """One article as extraction sees it: its words and the date it was printed."""

    article_id: str
    title: str
    text: str
    published: date | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A number found in the text, before anyone decides whether it is a figure.

    `source` says who found it: "quantulum3" for its quantities, "lexicon" for the
    vague amounts and number words that quantulum3 misses or misreads.
    """

    surface: str
    value: float | None
    unit: str
    char_start: int
    char_end: int
    in_title: bool = False
    source: str = "quantulum3"
    # bounds for ranges ("10,000 to 12,000", "two or three") and vague amounts ("hundreds")
    low: float | None = None
    high: float | None = None
    # "range" or "vague" when the mention itself fixes the qualifier
    qualifier: str | None = None
    # set when the mention is a calibre ("155mm"), not a count
    caliber_mm: float | None = None


@dataclass(slots=True)
class Figure:
    """One number-bearing claim: who says what count of whose people or equipment.

    `char_start`/`char_end` locate `evidence` in the title when `in_title` is true,
    else in the text; `sentence` is the full sentence that carries it.
    """

    kind: str
    evidence: str
    char_start: int
    char_end: int
    sentence: str
    value: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: str | None = None
    party: str | None = None
    population: str | None = None
    claimant: str | None = None
    weapon: str | None = None
    caliber_mm: float | None = None
    action: str | None = None
    in_title: bool = False
    event_date: date | None = None
    notes: list[str] = field(default_factory=list)

    def to_record(self) -> dict:
        """The figure as JSON-ready fields (the gold FORMAT.md fields plus location)."""
        rec = asdict(self)
        rec["event_date"] = self.event_date.isoformat() if self.event_date else None
        return rec
