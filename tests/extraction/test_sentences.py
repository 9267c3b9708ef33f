"""Sentences and spans: splitting, offsets and evidence copied exactly from the text."""

from __future__ import annotations

from extraction_helpers import figures

from casualty_tracker.extraction.sentences import split


def test_split_respects_abbreviations_and_paragraphs():
    text = (
        "Russia invaded on Feb. 24 and Lt. Gen. Ivanov said the U.S. was wrong. The blasts began at 3 p.m. "
        'on Tuesday.\n\n"We will respond," he said. It was over.'
    )
    sents = split(text)
    assert [s.text for s in sents] == [
        "Russia invaded on Feb. 24 and Lt. Gen. Ivanov said the U.S. was wrong.",
        "The blasts began at 3 p.m. on Tuesday.",
        '"We will respond," he said.',
        "It was over.",
    ]
    assert [s.paragraph for s in sents] == [0, 0, 1, 1]
    for s in sents:
        assert text[s.start : s.end] == s.text


def test_evidence_is_copied_exactly_with_offsets():
    text = (
        "SEOUL — Roughly 300 North Korean soldiers have died, a lawmaker said.\n\n"
        "More than 3,000 troops were sent."
    )
    for f in figures(text):
        assert text[f.char_start : f.char_end] == f.evidence
        assert f.evidence in f.sentence
    assert [f.evidence for f in figures(text)] == [
        "Roughly 300 North Korean soldiers",
        "More than 3,000 troops",
    ]


def test_headline_offsets_point_into_the_title():
    title = "Lebanon pager blasts kill 12 and wound thousands, health minister says"
    found = figures("", title=title)
    assert [(f.kind, f.in_title) for f in found] == [("killed", True), ("wounded", True)]
    for f in found:
        assert title[f.char_start : f.char_end] == f.evidence
