"""Numbers: quantulum3's quantities repaired and completed by the lexicon."""

from __future__ import annotations

import pytest
from extraction_helpers import figures, key, numbers, only

from casualty_tracker.extraction import ArticleText, find_mentions
from casualty_tracker.extraction.numbers import parse_number


def mentions(text: str):
    return find_mentions(ArticleText("t", "", text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2,750", 2750),
        ("1.2 million", 1_200_000),
        ("two hundred and seven", 207),
        ("forty-five", 45),
        ("a thousand", 1000),
        ("nonsense", None),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_number_words_and_digits_become_counts():
    f = only("President Volodymyr Zelensky said two hundred and seven Ukrainians had been freed.", 207)
    assert f.kind == "captured"


def test_a_dozen_is_twelve_not_one_dozen():
    f = only("Ukrainian forces said they destroyed a dozen tanks near Avdiivka.", 12)
    assert f.value == 12 and f.kind == "weapons"


def test_merged_count_and_calibre_are_split():
    f = only("The package includes 18 155mm howitzers for Ukraine, the Pentagon said.", 18)
    assert f.caliber_mm == 155
    assert f.weapon == "155mm howitzer"


def test_two_or_three_is_a_range():
    f = only("Indian officials said two or three aircraft had crashed on India's side of the border.", 2)
    assert (f.low, f.high, f.qualifier, f.value) == (2, 3, "range", None)


def test_between_x_and_y_recovers_bounds_from_the_surface():
    f = only("The health minister said between 2,750 and 2,800 people were wounded.", 2750)
    assert (f.low, f.high, f.qualifier) == (2750, 2800, "range")


def test_x_to_y_range():
    f = only("Earlier estimates put the force at 10,000 to 12,000 soldiers.", 10000)
    assert (f.low, f.high) == (10000, 12000)


def test_vague_amounts_come_from_the_lexicon():
    found = [m for m in mentions("Several thousand soldiers were sent and hundreds of civilians fled.")]
    vague = [(m.surface, m.low, m.qualifier) for m in found if m.qualifier == "vague"]
    assert ("Several thousand", 3000, "vague") in vague
    assert ("hundreds", 200, "vague") in vague


def test_one_counts_only_when_it_counts_people():
    assert [
        f.value for f in figures("Uruguay said one of its soldiers died while helping to evacuate staff.")
    ] == [1]
    assert figures("One of the largest assaults of the war was repelled, one officer said.") == []


def test_trailing_million_is_attached():
    f = only("The ministry said the war had killed some 2 million people across the region.", 2_000_000)
    assert f.value == 2_000_000


def test_model_name_read_as_unit_keeps_the_count():
    f = only("It took delivery of two Su-30 jets from Russia last year.", 2)
    assert f.kind == "weapons"


def test_year_before_to_is_not_a_range():
    f = only("The ministry said the death toll since October 2023 had risen to 46,913.", 46913)
    assert f.kind == "killed" and f.low is None


def test_word_read_as_unit_keeps_the_count():
    assert only("", 43, title="ADF rebels kill 43 at Congo church vigil, army says").kind == "killed"
    f = only("Some 40,000 U.S. troops are stationed across the Middle East, the Pentagon said.", 40000)
    assert (f.kind, f.party) == ("troops", "United States")


def test_year_ranges_and_differences_are_not_figures():
    assert figures("The toll was the heaviest since the 1975-1990 civil war.") == []
    found = figures("At least 5,601 people were killed in 2024, more than 1,000 more than the year before.")
    assert [f.low for f in found] == [5601]


def test_sentence_initial_between_range():
    f = only("Between 10,000 and 10,494 people were wounded, the health ministry said.", 10000)
    assert (f.kind, f.low, f.high, f.qualifier) == ("wounded", 10000, 10494, "range")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Half a million troops have been mobilised, the defence ministry said.", 500_000),
        ("Half a dozen soldiers were wounded in the ambush.", 6),
        ("The famine and fighting have killed 1.5m people, the report said.", 1_500_000),
    ],
)
def test_fractions_of_scale_words_and_m_for_million(text, value):
    assert [f.value for f in figures(text)] == [value]


def test_plus_suffix_is_a_lower_bound():
    f = only("Some 1,000-plus fighters were killed in the offensive, the army said.", 1000)
    assert (f.qualifier, f.low, f.kind) == ("at_least", 1000, "killed")


def test_model_designator_read_as_a_unit_keeps_the_count():
    f = only("Biden said the United States would send 31 M1 Abrams tanks to Ukraine.", 31)
    assert (f.kind, f.weapon) == ("weapons", "M1 Abrams tank")


def test_year_range_with_and_is_not_a_figure():
    found = figures("The commission said 450,000 people were killed in the conflict between 1985 and 2018.")
    assert [f.value for f in found] == [450_000]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("One Israeli officer was killed in the fighting, the military said.", "killed"),
        ("The Houthis fired one anti-ship ballistic missile at the vessel.", "weapons"),
    ],
)
def test_one_counts_before_a_singular_person_or_weapon_after_modifiers(sentence, kind):
    found = [(f.kind, f.value) for f in figures(sentence)]
    assert found == [(kind, 1)]


def test_one_is_not_a_count_of_days_or_superlatives():
    assert figures("One day later, one of the largest convoys reached the city.") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Two U.S. soldiers were wounded in the attack.", 2),
        ("The attackers destroyed two U.S. helicopters.", 2),
        ("One U.S. service member was killed.", 1),
    ],
)
def test_a_number_word_before_an_abbreviation_is_not_a_unit(text: str, number: int):
    assert [key(f) for f in figures(text)] == [number]


@pytest.mark.parametrize(
    "text",
    [
        # "one" as an item of a list of counts counts
        "The Pentagon said 11 Marines, one Navy corpsman and one Army soldier were among the dead.",
        "Fighting between rival gangs left 14 people dead, 13 inmates and one guard, and 14 wounded.",
    ],
)
def test_one_in_a_list_of_counts_counts(text: str):
    ones = [f.kind for f in figures(text) if key(f) == 1]
    assert ones == ["killed"] * text.count(" one ")


@pytest.mark.parametrize(
    ("text", "number", "evidence"),
    [
        # "one" before a person noun counts, past up to two modifiers
        (
            "Six officers, six non-commissioned officers and one corporal were among the dead, the army "
            "said.",
            1,
            "one corporal",
        ),
        (
            "CAIRO - One officer and 10 soldiers were killed on Saturday when militants attacked.",
            1,
            "One officer",
        ),
        (
            "Rudskoy said one naval infantryman died when rebels fired on a Mi-8 helicopter.",
            1,
            "one naval infantryman",
        ),
        ("While one person was killed and four wounded at the port.", 1, "one person"),
        # "one dead", and a list item with its own place
        ("Minutes after the blasts, Fedorov reported one dead and three injured.", 1, "one dead"),
        (
            "The Houthis killed three sailors, two from the Philippines and one from Vietnam, when a missile "
            "hit the bulk carrier.",
            1,
            "one",
        ),
    ],
)
def test_one_counts_before_a_person_a_fate_or_as_a_list_item(text: str, number: int, evidence: str):
    assert only(text, number).evidence == evidence


def test_one_of_a_crews_nationalities_is_no_count():
    text = (
        "Six crew members from Pakistan and two military staff officers, one Russian and one Serbian, were "
        "on board, the mission said."
    )
    assert 1 not in numbers(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # quantulum3 reads "23 and one" as 24; a day of a date and the count after "and" are two numbers
        (
            "Twenty-one people died during the attacks on June 23 and one police officer succumbed to severe "
            "wounds the following day, Melikov said.",
            1,
        ),
        ("Four insurgents were killed at Awasse on July 24 and two more in an ambush the same day.", 2),
    ],
)
def test_a_count_after_a_dates_day_and_and_is_its_own(text: str, number: int):
    assert only(text, number).kind == "killed"


def test_a_list_of_days_is_still_a_date():
    assert [f.value for f in figures("Fighting on December 14 and 15 killed 30 soldiers.")] == [30]
