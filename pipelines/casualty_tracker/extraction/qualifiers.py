"""How sure a number is, and the bounds that follow from it.

Why: "more than 1,000" is a lower bound, "close to 1,000" an upper bound, "some 11,000"
an approximation, "hundreds" a vague amount with a conventional floor. The phrases live
in qualifiers.csv / vague_amounts.csv; this module reads them off the words right before
(or after) the number and turns them into value / low / high.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import load
from .model import Mention

_AFTER_RE = re.compile(r"^\s*(or more|-plus|\+)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Bounds:
    qualifier: str | None
    value: int | None
    low: int | None
    high: int | None
    start: int  # where the qualifier phrase starts (relative to the sentence)


def _int(x: float | None) -> int | None:
    if x is None:
        return None
    try:
        return round(x)
    except (OverflowError, ValueError):
        return None


def qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    """The qualifier phrase ending right before text[start:], and where it starts."""
    lex = load()
    left = text[max(0, start - 40) : start]
    m = lex.qualifier_before_re.search(left)
    if not m:
        return None, start
    phrase = m.group(1).lower()
    return lex.qualifiers_before.get(phrase), start - (len(left) - m.start(1))


def bounds(text: str, start: int, end: int, mention: Mention, *, calibre_only: bool = False) -> Bounds:
    """Qualifier and bounds for the number at text[start:end] (sentence-relative)."""
    if calibre_only:
        return Bounds(None, None, None, None, start)
    if mention.qualifier == "vague":
        return Bounds("vague", None, _int(mention.low), _int(mention.high), start)
    if mention.qualifier == "range":
        q_start = start
        if re.search(r"between\s*$", text[max(0, start - 10) : start], re.IGNORECASE):
            q_start = start - len(re.search(r"between\s*$", text[:start], re.IGNORECASE).group(0))
        return Bounds("range", None, _int(mention.low), _int(mention.high), q_start)
    value = _int(mention.value)
    qualifier, q_start = qualifier_before(text, start)
    am = _AFTER_RE.match(text[end:])
    if am and qualifier in (None, "approx"):  # "1,000-plus", "500 or more" bound the number
        qualifier = load().qualifiers_after.get(am.group(1).lower())
    qualifier = qualifier or "exact"
    if qualifier == "at_least":
        return Bounds(qualifier, None, value, None, q_start)
    if qualifier == "at_most":
        return Bounds(qualifier, None, None, value, q_start)
    return Bounds(qualifier, value, None, None, q_start)
