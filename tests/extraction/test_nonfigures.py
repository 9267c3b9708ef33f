"""Numbers that are not figures: dates, ages, money, units, designators, events, displacement."""

from __future__ import annotations

import pytest
from extraction_helpers import figures


@pytest.mark.parametrize(
    "sentence",
    [
        "On 17 December, Ukrainian army commander Oleksandr Sirskyi said the army was attacking.",
        "Russia invaded Ukraine in February 2022, on Feb. 24.",
        "One carried a Russian military ID issued in the name of a 26-year-old man.",
        "Among the dead was Rifleman Calvin Moagi, 28, who joined the army in 2018.",
        "Washington has committed more than $3.2 billion in security assistance to Kyiv.",
        "Alawites make up about 10% of Syria's population.",
        "The towed howitzer weighs about 10,000 pounds and can hit targets up to 30 kilometres away.",
        "Uruguay has two infantry companies posted at Rusayo, 17 km from Goma.",
        "The attack involved units from the 6th Tank Regiment of Russia's 90th Tank Division.",
        "The downed aircraft also included Russian-made Su-30 and MiG-29 fighters.",
        "Russia accused Kyiv of shooting down the Il-76 on January 24.",
        "India said Operation Sindoor hit nine sites used by militant groups.",
        "RSF attacks elsewhere in North Darfur have displaced more than 130,000 people.",
        "Goma is home to some 2 million people.",
        "El Fasher is a city of about 1.8 million people.",
        "A group of slightly more than 50 Ukrainian soldiers is being trained on the guns.",
        "The dead are equivalent to about one in every 55 people who lived in the enclave.",
        "By the time the fighting died down, Russia had lost about a third of the tanks it sent in.",
        "The devices began exploding at around 3:45 p.m. and the blasts continued for close to an hour.",
        "Timchenko said roughly 9,000 relatives had received extracts from the register of missing persons.",
        "Reuters said it had spoken to four eyewitnesses and six aid workers.",
        "The group has launched more than 100 attacks on merchant ships, sinking two vessels.",
        "The two sides have traded fire almost daily since October 2023.",
        "The 42-day first phase is meant to lead to a permanent ceasefire, after 15 months of war.",
        "An estimated 756,000 Sudanese face catastrophic food shortages by September.",
    ],
)
def test_not_a_figure(sentence):
    assert figures(sentence) == [], [(f.kind, f.evidence) for f in figures(sentence)]


def test_year_next_to_a_figure_is_left_out():
    found = figures("Hezbollah has acknowledged more than 500 of its fighters killed since October 2023.")
    assert [(f.kind, f.low) for f in found] == [("killed", 500)]


def test_event_counts_beside_a_figure():
    found = figures("More than 3,000 Ukrainians have been freed in 50 exchanges, officials said.")
    assert [(f.kind, f.low) for f in found] == [("captured", 3000)]


def test_displacement_beside_a_death_toll():
    found = figures("UN figures show it has killed at least 14,000 people and uprooted more than 10 million.")
    assert [(f.kind, f.low) for f in found] == [("killed", 14000)]


def test_displacement_cue_only_governs_its_own_number():
    found = figures(
        "The UN said 2.3 million people had fled their homes and at least 150 aid workers had been killed."
    )
    assert [(f.kind, f.low, f.claimant) for f in found] == [("killed", 150, "United Nations")]


def test_named_designators_are_not_counts():
    found = figures("The council passed Resolution 2334 after Operation 1027 killed hundreds of soldiers.")
    assert [(f.kind, f.low) for f in found] == [("killed", 200)]


def test_age_limits_are_not_counts():
    assert figures("They agreed to exchange all seriously wounded prisoners and those under 25.") == []


def test_model_numbers_after_a_name_are_not_counts():
    found = figures("Britain said it would send 14 Challenger 2 tanks, and Germany approved Leopard 2 tanks.")
    assert [(f.value, f.weapon) for f in found] == [(14, "Challenger 2 tank")]


def test_generic_vehicles_listed_with_houses_are_not_weapons():
    assert figures("The gang set fire to 45 houses and 34 vehicles, a spokesperson said.") == []
    found = figures("Drones destroyed 12 positions and 34 tanks, the army said.")
    assert [f.value for f in found] == [34]


def test_a_capitalised_number_inside_a_name_is_not_a_count():
    assert (
        figures("The army has lost ground since the Three Brotherhood Alliance launched its offensive.") == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "A siege cut the region of about 6 million people off from food and fuel.",
        "The Israelis freed were women and children, the youngest aged 2 and the oldest 85.",
        "Israel said it would extend the truce by a day for every additional 10 hostages freed.",
        "The fighting has since driven more than 100,000 people from their homes.",
    ],
)
def test_populations_ages_rates_and_displacement_are_not_figures(sentence):
    assert figures(sentence) == []


def test_motorcycles_the_attackers_rode_are_not_a_figure():
    text = "Around 150 gunmen arrived on more than 50 motorcycles at about 4 p.m., police said."
    assert 50 not in [f.value or f.low for f in figures(text)]


def test_a_range_of_days_is_a_date_not_a_figure():
    assert figures("The victims were killed between June 13 and 21 in El Geneina.") == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("BEIRUT, Sept 19 (Reuters) - Hand-held radios exploded across Lebanon, killing 25 people.", [25]),
        ("The Houthis targeted more than 100 merchant ships, sinking two and killing four sailors.", [4]),
        ("US forces shot down more than 70 drones, two US officials told Reuters.", [70]),
        ("A crowd overwhelmed a convoy of 30 trucks, and 112 people were killed.", [112]),
        ("The contractors tried to escape in a column of 17 vehicles; seven were killed.", [7]),
    ],
)
def test_dateline_days_ships_sunk_speakers_and_convoys_are_not_figures(text, kept):
    assert [f.value or f.low for f in figures(text)] == kept


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators have recorded dozens of drone attacks on troops and police in Cauca this year.",
        "The brigade was reinforced with two tank battalions last week.",
        "Suicide bombings at two churches on Palm Sunday were claimed by the group.",
        "North Korea has sent about 10,000 shipping containers to Russia since last July.",
        "Thousands of pagers used by Hezbollah members blew up across Lebanon.",
        "Gunmen stormed the prison and freed 529 inmates.",
    ],
)
def test_what_a_weapon_word_modifies_and_things_that_are_not_people_are_not_figures(sentence):
    assert figures(sentence) == []


def test_a_weapon_word_before_a_troop_noun_counts_the_troops():
    (fig,) = figures("The army said 12 drone operators were killed.")
    assert (fig.kind, fig.value) == ("killed", 12)


def test_an_outlets_name_is_neither_a_count_nor_a_side():
    text = '"The toll now stands at 160 dead," spokesman Amadou Koita told France 24 on Monday.'
    figs = figures(text)
    assert [f.value for f in figs] == [160]
    assert figs[0].party is None


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a count after a date's comma is a count...
        ("On May 29, 14 servicemen were killed when an Mi-8 helicopter was shot down.", [14]),
        # ...but days listed after a month are dates
        ("Strikes on December 14, 15 and 16 killed 40 people.", [40]),
    ],
)
def test_a_count_after_a_dates_comma_is_not_a_day(sentence: str, values: list[int]):
    assert [f.value for f in figures(sentence)] == values


def test_a_surname_that_is_a_country_takes_an_age_not_a_side():
    figs = figures("Amadou Togo, 64, said he had lost seven relatives, including his grandson.")
    assert [(f.kind, f.value, f.party, f.claimant) for f in figs] == [("killed", 7, None, "Amadou Togo")]


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        # a place after a place word or a preposition is still the place
        ("In Gaza, 12 people were killed on Sunday.", "Palestine"),
        ("Lake Chad, 12 fishermen were killed by Boko Haram.", "Chad"),
        ("In Port Sudan, 12 people were killed by a drone.", "Sudan"),
    ],
)
def test_a_place_after_a_capitalised_word_is_no_surname(sentence: str, party: str):
    assert [(f.value, f.party) for f in figures(sentence)] == [(12, party)]


def test_a_towers_number_names_it():
    text = "A drone strike on the Tower 22 outpost in Jordan killed three US soldiers."
    assert [f.value for f in figures(text)] == [3]


@pytest.mark.parametrize(
    "sentence",
    [
        # a town's population and residents relocated
        "Bodies are dumped almost daily around Culiacán, the state capital of about 1 million people.",
        "Officials said 252 residents had been relocated after windows and roofs were blown out.",
        # deaths an epidemic caused are no war's toll (a war's famine deaths are)
        "Fighting hampered efforts to contain an Ebola outbreak that has killed more than 2,000 people.",
        "More than 300 people have died of cholera in the camps.",
        # people sheltering, made to flee or sent into shelters are displaced, not harmed
        "A UN spokesperson said some 4,000 people had sought shelter near its base.",
        "Russian troops crossed the border, capturing villages and forcing thousands of residents to flee.",
        "The barrage sent millions of people into bomb shelters.",
        # a unit's number names it
        "Ukraine's military intelligence said its special unit Group 13 hit the landing ship.",
        # who a named man is, and a ranking, count no one
        "Hapilon and Omar Maute, one of the brothers who founded the group, were killed on Oct. 16.",
        "Zamfara is one of the states worst hit by bandits, who kill residents.",
        # a vague amount of money
        "Bandits raid villages, kill residents and kidnap for ransoms that can run to millions of naira.",
    ],
)
def test_sentences_without_a_figure(sentence: str):
    assert figures(sentence) == []


def test_an_operations_named_number_is_not_a_count():
    found = figures(
        "At the command post of Operation Claw-Eagle 2, Akar said 13 bodies were found in the cave."
    )
    assert [(f.kind, f.value) for f in found] == [("killed", 13)]


def test_the_later_ages_of_a_list_are_ages():
    found = figures("The group said two of the dead were children, aged 16 and 17.")
    assert [(f.kind, f.value) for f in found] == [("killed", 2)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a named system's model number ("Hermes 900") with no weapon noun after it
        "Armenia released video of what it said was an Israeli-made Elbit Hermes 900 being hit.",
        # impacts counted are strikes; canoes are vessels
        "Monitors counted 19 rocket impacts on the street.",
        "The army said 50 motorised canoes were destroyed on the lake.",
    ],
)
def test_model_numbers_impacts_and_canoes_are_not_figures(sentence: str):
    assert figures(sentence) == [], [(f.kind, f.evidence) for f in figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Shah said commandos of the 21 Para Special Forces laid an ambush near Oting village.",
        "Marines of the 3 Commando Brigade were flown to the island.",
    ],
)
def test_a_unit_named_with_a_cardinal_is_not_a_count(sentence: str):
    assert figures(sentence) == []


def test_a_unit_name_does_not_swallow_a_count_of_its_troops():
    assert [f.value for f in figures("The 300 Special Forces troops were deployed to the border.")] == [300]


@pytest.mark.parametrize(
    "sentence",
    [
        "Azerbaijan's Defense Ministry released dozens of videos of the drones hitting Armenian positions.",
        "When he came out two hours later, he found the bodies of his colleagues lying in two rows.",
    ],
)
def test_counts_of_videos_and_rows_are_not_figures(sentence: str):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # areas, zones and sectors are places, not people
        (
            "North Korea said 23 coastal artillery pieces had been mobilized for Sunday's drill in "
            "four areas.",
            4,
        ),
        # one speaker after a quotation, not one more soldier
        ('"Nobody answered," said one soldier who reached Baghdad on Monday.', 1),
        ("The convoy came under fire, according to one soldier who survived the ambush.", 1),
    ],
)
def test_places_and_speakers_are_not_counts(text: str, number: int):
    assert number not in [f.value for f in figures(text)]
