"""Hostile input: arbitrary Unicode, huge numbers, punctuation storms, endless sentences.

The extractor must not crash, must not hang (each article within a generous bound, far above
its normal few milliseconds), and must emit only well-formed figures.
"""

from __future__ import annotations

import time
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_robustness import check_contract

from casualty_tracker.extraction import ArticleText

BOUND_S = 60.0  # a hang guard, not a speed goal (speed is measured by benchmarks/extract_speed.py)


def _bounded(title: str, text: str) -> None:
    started = time.monotonic()
    check_contract(ArticleText("fuzz", title, text, date(2024, 5, 1)))
    assert time.monotonic() - started < BOUND_S


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000), st.text(max_size=200))
def test_arbitrary_unicode(text: str, title: str) -> None:
    _bounded(title, text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=10**60), st.sampled_from(["soldiers", "tanks", "people", "mm"]))
def test_huge_numbers(n: int, noun: str) -> None:
    _bounded(
        "", f"More than {n:,} {noun} were killed, {n} {noun} wounded and {n}.{n} missing, the army said."
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=",.;:!?-–—()[]{}\"'/\\|*&%$#@~`^+=<>", min_size=1, max_size=2000))
def test_punctuation_storms(storm: str) -> None:
    _bounded(storm[:80], f"{storm} 12 soldiers {storm} were killed {storm}")


def test_a_sentence_of_200000_characters_with_numbers_everywhere() -> None:
    # Work grows linearly: sentences are cut at MAX_SENTENCE_CHARS, antecedent searches look
    # back a bounded number of figures, and text past MAX_ARTICLE_CHARS is not read.
    text = " ".join(f"{i} soldiers and" for i in range(20000)) + " more were killed, officials said."
    _bounded("", text)


def test_text_past_the_article_cap_is_not_read() -> None:
    from casualty_tracker.extraction import MAX_ARTICLE_CHARS, extract_figures

    tail = " 40 soldiers were killed, the army said."
    article = ArticleText("long", "", "Calm. " * (MAX_ARTICLE_CHARS // 6) + tail, date(2024, 5, 1))
    assert not [f for f in extract_figures(article) if f.value == 40]
    assert [f.value for f in extract_figures(ArticleText("short", "", tail.strip()))] == [40]


def test_a_run_of_5000_digits() -> None:
    _bounded("", "9" * 5000 + " soldiers were killed and " + "1" * 5000 + " wounded.")


def test_an_endless_sentence_is_cut_into_bounded_pieces_at_spaces() -> None:
    from casualty_tracker.extraction.sentences import MAX_SENTENCE_CHARS, split

    text = " ".join(f"{i} soldiers and" for i in range(2000))
    pieces = split(text)
    assert len(pieces) > 1 and all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert all(not p.text.startswith(" ") and not p.text.endswith(" ") for p in pieces)
