"""Odd input never raises, and every figure satisfies the output contract."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualty_tracker.extraction import ArticleText, extract_figures, figures_from_mentions, find_mentions
from casualty_tracker.extraction.model import ACTIONS, KINDS, POPULATIONS, QUALIFIERS


def check_contract(article: ArticleText) -> None:
    for f in extract_figures(article):
        assert f.kind in KINDS
        assert f.qualifier in QUALIFIERS or (f.qualifier is None and f.caliber_mm is not None)
        assert f.action in ACTIONS or f.action is None
        assert f.population in POPULATIONS or f.population is None
        if f.value is not None:
            assert f.low is None or f.low <= f.value
            assert f.high is None or f.value <= f.high
        if f.low is not None and f.high is not None:
            assert f.low <= f.high
        source = article.title if f.in_title else article.text
        assert source[f.char_start : f.char_end] == f.evidence
        json.dumps(f.to_record())


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("", ""),
        ("", "   \n\n  "),
        ("Only a title: 300 soldiers killed", ""),
        ("", "9" * 400 + " soldiers were killed."),
        ("", "999,999,999,999,999,999,999,999 soldiers were killed, the army said."),
        (
            "",
            "Ｔｈｅ ａｒｍｙ ｓａｉｄ ３００ ｓｏｌｄｉｅｒｓ ｗｅｒｅ ｋｉｌｌｅｄ. "
            "🚀🔥 \u200b\u202e 12 tanks",
        ),
        ("", "\x00\x01 About 12 soldiers were killed\ufffd, officials said."),
        ("", "(((( ,,,, 12 ;; -- 'of them' of its of those among them 5"),
        ("", "between and to or 3 or or 4 to to 5 between 6 and"),
        ("", "Troops. " * 2000),
    ],
)
def test_odd_input_returns_figures_or_nothing(title, text):
    article = ArticleText("odd", title, text, date(2024, 1, 1))
    check_contract(article)
    assert isinstance(figures_from_mentions(article, find_mentions(article)), list)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "about",
                "more than",
                "300",
                "2,700",
                "a dozen",
                "hundreds of",
                "soldiers",
                "civilians",
                "killed",
                "wounded",
                "said",
                "Kyiv",
                "Russian",
                "tanks",
                "155mm",
                "of them",
                "its",
                "the ministry",
                ",",
                ".",
                "and",
                "between",
                "to",
                "or",
                "two",
                "in 2024",
                "on January 5",
                "$5 million",
                "15%",
                "T-90",
                "according to",
                "\n\n",
                '"',
                "(NIS)",
                "were",
                "sent",
                "destroyed",
                "captured",
                "missing",
            ]
        ),
        max_size=40,
    ),
    st.text(max_size=30),
)
def test_random_wire_fragments_keep_the_contract(words, noise):
    check_contract(ArticleText("h", noise, " ".join(words) + noise))
