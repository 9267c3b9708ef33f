"""Qualifiers and bounds: how sure a number is and what low/high follow."""

from __future__ import annotations

import pytest
from extraction_helpers import figures, only


@pytest.mark.parametrize(
    ("sentence", "number", "qualifier", "bounds"),
    [
        ("About 300 soldiers were killed, the army said.", 300, "approx", (300, None, None)),
        ("Roughly 250 people were killed, officials said.", 250, "approx", (250, None, None)),
        ("An estimated 40 civilians were killed in the strike.", 40, "approx", (40, None, None)),
        (
            "More than 1,000 soldiers have been killed or wounded, the JCS said.",
            1000,
            "at_least",
            (None, 1000, None),
        ),
        ("At least 123 people were killed in the city.", 123, "at_least", (None, 123, None)),
        (
            "Searches were under way for a little over 7,000 missing people.",
            7000,
            "at_least",
            (None, 7000, None),
        ),
        ("The death toll has passed 40,000, the ministry said.", 40000, "at_least", (None, 40000, None)),
        ("Up to 500 civilians may have been killed, the monitor said.", 500, "at_most", (None, None, 500)),
        ("Nearly 800 police officers have arrived in Haiti.", 800, "at_most", (None, None, 800)),
        ("Close to 1,000 soldiers were wounded, the agency said.", 1000, "at_most", (None, None, 1000)),
        ("Moscow said it had recovered exactly 195 Ukrainian prisoners.", 195, "exact", (195, None, None)),
        ("Hezbollah said two of its fighters were killed.", 2, "exact", (2, None, None)),
    ],
)
def test_qualifier_phrases(sentence, number, qualifier, bounds):
    f = only(sentence, number)
    assert f.qualifier == qualifier
    assert (f.value, f.low, f.high) == bounds


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("The army said hundreds of RSF fighters were killed or wounded.", 200, None),
        ("Dozens of soldiers were killed in the ambush.", 24, None),
        ("Several thousand North Korean soldiers have been sent to Russia.", 3000, None),
        ("Several hundred soldiers were wounded, a US official said.", 300, None),
        ("A few hundred civilians were killed, the monitor said.", 200, 500),
        ("Tens of thousands of soldiers have been killed, analysts said.", 20000, None),
    ],
)
def test_vague_amounts_get_bounds_not_values(sentence, low, high):
    [f] = [f for f in __import__("extraction_helpers").figures(sentence)]
    assert (f.qualifier, f.value, f.low, f.high) == ("vague", None, low, high)


def test_approximation_spans_an_elliptical_list():
    f = only("Seoul says about 300 North Korean troops killed, 2,700 wounded fighting for Russia.", 2700)
    assert (f.kind, f.qualifier, f.value) == ("wounded", "approx", 2700)


def test_lower_bound_spans_a_coordinated_count():
    f = only("Rebels said they had killed at least 47 Malian soldiers and 84 Wagner mercenaries.", 84)
    assert (f.qualifier, f.low) == ("at_least", 84)


def test_exact_figures_in_a_list_stay_exact():
    f = only("The ministry said 40,005 Palestinians had been killed and 92,401 wounded.", 92401)
    assert f.qualifier == "exact" and f.kind == "wounded"


def test_a_part_does_not_take_the_totals_bound():
    found = figures("At least 16 people were seriously injured, two of them gang members, the UN said.")
    assert [(f.low, f.value, f.qualifier) for f in found] == [(16, None, "at_least"), (None, 2, "exact")]


def test_millions_is_a_vague_amount():
    (f,) = figures("North Korea has supplied millions of artillery shells to Russia.")
    assert (f.kind, f.qualifier, f.low, f.value) == ("weapons", "vague", 2_000_000, None)


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        # "as high as" bounds from above; a total that will "exceed" or "pass" a number, from below
        (
            "Estimates of the dead range as high as 150,000, US envoy Tom Perriello said.",
            ("at_most", None, 150_000),
        ),
        ("The army said its losses had not exceeded 150 soldiers.", ("at_most", None, 150)),
        ("The war dead pass 5,500, the ministry said.", ("at_least", 5_500, None)),
        ("Officials said the toll could exceed 60.", ("at_least", 60, None)),
    ],
)
def test_as_high_as_and_exceed(text: str, bounds: tuple):
    (f,) = figures(text)
    assert (f.qualifier, f.low, f.high) == bounds
