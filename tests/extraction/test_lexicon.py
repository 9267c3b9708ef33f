"""Reference data: every word list the code names exists, and the CSVs load cleanly."""

from __future__ import annotations

import re
from pathlib import Path

from casualty_tracker.extraction import lexicon
from casualty_tracker.paths import REFERENCE_DIR

CODE = Path(lexicon.__file__).parent


def test_every_word_list_named_in_code_exists():
    lex = lexicon.load()
    named = set()
    for path in CODE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        named |= set(re.findall(r"<<(\w+)>>", text))
        named |= set(re.findall(r"\.(?:words|alt)\(\"(\w+)\"\)", text))
    missing = sorted(n for n in named if not lex.words(n))
    assert not missing, missing


def test_reference_csvs_have_headers_and_rows():
    for path in REFERENCE_DIR.glob("*.csv"):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert len(lines) >= 2, path.name


def test_lexicon_knows_parties_and_demonyms():
    lex = lexicon.load()
    assert lex.party_aliases["North Korean"].party == "North Korea"
    assert lex.party_aliases["Pyongyang"].party == "North Korea"
    assert lex.party_aliases["Ukrainians"].role == "plural"
    assert lex.vague["several thousand"] == (3000, None)
    assert lex.vague["a few hundred"] == (200, 500)


def test_pattern_fills_word_lists():
    rx = lexicon.pattern(r"\b<<attack_noun>>\b", re.IGNORECASE)
    assert rx.search("an Israeli air strike on Beirut")
    assert not rx.search("a quiet morning")


def test_an_alias_row_can_stand_aside_where_the_article_uses_another_name():
    from casualty_tracker.extraction.lexicon import applies

    assert applies((), "any text")
    assert applies(("Korea", "Seoul"), "officials in Seoul said")
    assert not applies(("Korea",), "officials in Kyiv said")
    assert applies(("!Israeli military",), "The IDF said")
    assert not applies(("!Israeli military",), "The IDF said, and the Israeli military added")
