"""Sentence splitting with character offsets.

Why: every decision (claimant, kind, party) is scoped to a sentence and its paragraph, and
evidence offsets must point into the original text. A regex splitter that knows news-wire
abbreviations ("Feb.", "Lt.", "U.S.", "a.m.") and closing quotes is enough for wire copy
and much faster than a full NLP pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import load

_PARA_RE = re.compile(r"\n\s*\n")
# candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace
_BOUNDARY_RE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+)")
_NEXT_START_RE = re.compile(r"\s+[\"“‘(\[]?[A-Z0-9\u00C0-\u00DE]")
_WORD_BEFORE_RE = re.compile(r"([\w.\-]+)$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: text[start:end] of the source, its paragraph index and position."""

    text: str
    start: int
    end: int
    paragraph: int
    index: int
    in_title: bool = False


def _is_abbreviation(before: str, abbreviations: frozenset[str]) -> bool:
    m = _WORD_BEFORE_RE.search(before)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if not word:
        return False
    if word in abbreviations:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return True
    # dotted acronyms "U.S", "a.m"
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word))


def split(text: str, *, in_title: bool = False) -> list[Sentence]:
    """Split text into sentences with offsets; paragraphs are blank-line separated."""
    if not text:
        return []
    abbreviations = load().abbreviations
    out: list[Sentence] = []
    para_start = 0
    paragraphs: list[tuple[int, int]] = []
    for m in _PARA_RE.finditer(text):
        paragraphs.append((para_start, m.start()))
        para_start = m.end()
    paragraphs.append((para_start, len(text)))
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        chunk = text[p_start:p_end]
        s_start = 0
        for m in _BOUNDARY_RE.finditer(chunk):
            end = m.end()
            if not _NEXT_START_RE.match(chunk, end):
                continue
            if chunk[m.start()] == "." and _is_abbreviation(chunk[s_start : m.start() + 1], abbreviations):
                continue
            _add(out, text, p_start + s_start, p_start + end, p_index, in_title)
            s_start = end
        _add(out, text, p_start + s_start, p_start + len(chunk), p_index, in_title)
    return out


MAX_SENTENCE_CHARS = 2000
"""Longer runs of text without a sentence end are cut into pieces of at most this many
characters (at spaces). No news sentence is that long; a table or list dump pasted as one
"sentence" would otherwise make the per-sentence work grow with the square of its numbers."""


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int, in_title: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _add(out, text, start, cut, paragraph, in_title)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(text[start:end], start, end, paragraph, len(out), in_title))
