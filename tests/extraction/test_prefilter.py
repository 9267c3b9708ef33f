"""What quantulum3 is asked to read: only sentences that can hold a figure, only near numbers."""

from __future__ import annotations

from casualty_tracker.extraction import ArticleText, find_mentions
from casualty_tracker.extraction.lexicon import load
from casualty_tracker.extraction.numbers import _chunks


def _mentions(text: str) -> list[str]:
    return [m.surface for m in find_mentions(ArticleText("a", "", text))]


def test_a_sentence_with_nothing_countable_is_not_read() -> None:
    # money, a date and a percentage, but no people, losses or weapons: no figure can be here
    assert _mentions("Talks resumed at 10 a.m. on 27 March, after prices rose 15% in 2023.") == []


def test_a_sentence_with_a_figure_cue_is_read() -> None:
    assert "1,140" in " ".join(_mentions("Its latest update said Russia had lost 1,140 troops on Wednesday."))


def test_calibre_alone_is_a_cue() -> None:
    assert _mentions("It also supplies 240-mm rocket launchers.")


def test_windows_cover_numbers_and_their_neighbours_only() -> None:
    text = (
        "Officials in the northern province, speaking after a long meeting with elders and aid workers, "
        "said that between 2,750 and 2,800 people were wounded."
    )
    chunks = _chunks(text, load().prefilter_re)
    assert len(chunks) == 1
    offset, chunk = chunks[0]
    assert "between 2,750 and 2,800 people" in chunk
    assert offset > 60  # the long preamble is not read
    assert text[offset : offset + len(chunk)] == chunk


def test_windows_of_close_numbers_merge_into_one() -> None:
    chunks = _chunks("Earlier estimates put the force at 10,000 to 12,000 soldiers.", load().prefilter_re)
    assert len(chunks) == 1 and "10,000 to 12,000" in chunks[0][1]
