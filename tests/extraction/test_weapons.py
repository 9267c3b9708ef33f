"""Weapons: counts, calibres, names and actions."""

from __future__ import annotations

import pytest
from extraction_helpers import figures, only


def test_calibre_only_mentions_have_no_count():
    text = "North Korea is also supplying 240-mm rocket launchers and 170-mm self-propelled guns to Russia."
    found = figures(text)
    assert [(f.weapon, f.caliber_mm, f.value, f.qualifier, f.action, f.party) for f in found] == [
        ("240-mm rocket launcher", 240, None, None, "supplied", "North Korea"),
        ("170-mm self-propelled gun", 170, None, None, "supplied", "North Korea"),
    ]


def test_list_of_supplied_systems():
    text = (
        "The US package also covers 200 M113 armoured personnel carriers, 11 Mi-17 helicopters, "
        "300 Switchblade drones and 500 Javelin anti-tank missiles."
    )
    found = figures(text)
    assert [(f.value, f.weapon, f.action, f.party) for f in found] == [
        (200, "M113 armoured personnel carrier", "supplied", "United States"),
        (11, "Mi-17 helicopter", "supplied", "United States"),
        (300, "Switchblade drone", "supplied", "United States"),
        (500, "Javelin anti-tank missile", "supplied", "United States"),
    ]


@pytest.mark.parametrize(
    ("text", "number", "action"),
    [
        (
            "Ukrainian forces repelled the assault, destroying a dozen tanks, the spokesman said.",
            12,
            "destroyed",
        ),
        ("Pakistan's military said it shot down five Indian Air Force jets.", 5, "destroyed"),
        ("Officials said two or three aircraft had crashed on India's side of the border.", 2, "lost"),
        ("Forbes said the attack involved 36 tanks and 12 BMP fighting vehicles.", 36, "deployed"),
        ("The rebels said they had seized three helicopters at the airport.", 3, "captured"),
        ("Germany has delivered 18 Leopard 2A6 tanks since 2022.", 18, "supplied"),
    ],
)
def test_action_from_the_verb(text, number, action):
    f = only(text, number)
    assert (f.kind, f.action) == ("weapons", action)


def test_partitive_model_name_inherits_the_total():
    text = (
        "Pakistan's military said it shot down five Indian Air Force jets, three of them French-made Rafales."
    )
    f = only(text, 3)
    assert (f.kind, f.weapon, f.party, f.action) == ("weapons", "Rafale", "India", "destroyed")


def test_hyphenated_count_modifier():
    f = only("Ukraine's brigade spotted the 48-vehicle column and struck it with drones.", 48)
    assert (f.kind, f.action) == ("weapons", "deployed")


def test_model_and_unit_names_are_never_counts():
    assert figures("The downed aircraft also included Russian-made Su-30 and MiG-29 fighters.") == []
    assert figures("The T-90 and F-16 were seen near the 47th Brigade's positions.") == []
    assert figures("Ukraine has received HIMARS launchers and F-16 jets.") == []


def test_weapons_that_strike_were_used_not_destroyed():
    f = only("The Israeli Air Force said more than 200 fighter jets had struck over 100 targets.", 200)
    assert (f.action, f.party) == ("deployed", "Israel")


def test_received_weapons_take_the_giver():
    f = only("Ukraine said it had received 18 Leopard tanks from Germany.", 18)
    assert (f.action, f.party) == ("supplied", "Germany")


def test_part_of_a_number_counts_the_same_thing():
    found = figures("Ukrainian forces have shot down 83 of 96 drones launched overnight, the air force said.")
    assert [(f.value, f.kind, f.action) for f in found] == [
        (83, "weapons", "destroyed"),
        (96, "weapons", "deployed"),
    ]


def test_coordinated_modifiers_of_one_weapon():
    f = only(
        "The Houthis said they had attacked the carrier with 18 ballistic and cruise missiles and drones.", 18
    )
    assert (f.kind, f.weapon, f.party) == ("weapons", "ballistic and cruise missile", "Houthis")


def test_a_calibre_after_of_measures_the_counted_rounds():
    found = figures(
        "The package includes 30 Bradley fighting vehicles and 10,000 rounds of 155mm ammunition."
    )
    assert [(f.value, f.weapon, f.caliber_mm) for f in found] == [
        (30, "Bradley fighting vehicle", None),
        (10000, "155mm round", 155),
    ]


def test_future_deliveries_are_supplied():
    f = only("Germany will deliver four more IRIS-T air defence systems to Ukraine this year.", 4)
    assert (f.action, f.party) == ("supplied", "Germany")


def test_weapons_received_from_several_suppliers_have_no_single_owner():
    text = (
        "Germany has sent 18 tanks. Ukraine's defence ministry said it had received 80 Western tanks so far."
    )
    assert only(text, 80).party is None


def test_projectiles_are_munitions():
    assert only("The military said about 200 projectiles crossed the border.", 200).kind == "weapons"


def test_pieces_of_equipment_are_counted_weapons():
    text = "Shoigu said Russian forces had destroyed more than 7,600 pieces of heavy weaponry since June."
    f = only(text, 7600)
    assert (f.kind, f.qualifier, f.action) == ("weapons", "at_least", "destroyed")


def test_pieces_of_other_things_are_not_weapons():
    assert figures("The museum displayed 40 pieces of jewellery looted during the war.") == []


def test_firearms_and_pistols_are_weapons():
    text = "Police arrested more than 900 people and seized more than 1,500 firearms and 40 pistols."
    kinds = {f.low or f.value: f.kind for f in figures(text)}
    assert kinds[1500] == "weapons"
    assert kinds[40] == "weapons"


@pytest.mark.parametrize(
    ("sentence", "number", "caliber"),
    [
        # a count word before a calibre counts the weapons of that calibre
        ("Rebels fired at least three 122mm rockets at the airport.", 3, 122),
        ("Russia said Ukraine had lost two 155mm M777 howitzers near the village.", 2, 155),
        # a weight between the count and the weapon is read past
        ("The jets dropped two 500-kilogram bombs on the base.", 2, None),
        (
            "Washington had sent Israel at least 14,000 MK-84 2,000-pound bombs since the war began.",
            14000,
            None,
        ),
    ],
)
def test_count_words_before_calibres_and_weights(sentence: str, number: int, caliber: int | None):
    figs = figures(sentence)
    assert len(figs) == 1
    assert figs[0].kind == "weapons"
    assert number in (figs[0].value, figs[0].low)
    assert figs[0].caliber_mm == caliber


@pytest.mark.parametrize(
    ("sentence", "number", "weapon"),
    [
        # a model number of three or four digits is part of the name, not a count
        (
            "About 300 fighters died when 12 Mirage 2000 jets bombed a hilltop near Balakot.",
            12,
            "Mirage 2000 jet",
        ),
        # a designation with no noun stands for the machine, when a side owns it or it is plural
        ("India says the pilot shot down one Pakistani F-16 before he was hit.", 1, "F-16"),
        ("Ukraine said it had shot down two Su-34s over the weekend.", 2, "Su-34"),
        # several designations share the count
        ("Moscow had flown at least 14 MiG-29 and Su-24 warplanes to the al-Jufra air base.", 14, "MiG-29"),
    ],
)
def test_model_designations_name_the_weapon_counted(sentence: str, number: int, weapon: str):
    fig = only(sentence, number)
    assert (fig.kind, fig.weapon) == ("weapons", weapon)


def test_a_lone_transport_flight_is_not_a_weapon_count():
    text = "One C-17 took off that day with about 640 Afghans crammed into its hold."
    assert [f for f in figures(text) if f.kind == "weapons"] == []


@pytest.mark.parametrize(
    ("text", "number", "weapon", "evidence"),
    [
        # a named system counts alone (weapon_systems.csv)...
        ("US warships fired 59 Tomahawks at Shayrat air base.", 59, "Tomahawk", "59 Tomahawks"),
        (
            "Russia launched about 100 Shaheds overnight, the air force said.",
            100,
            "Shahed",
            "about 100 Shaheds",
        ),
        ("Abadi said Iraq had lost 2,300 Humvees when IS captured Mosul.", 2300, "Humvee", "2,300 Humvees"),
        ("Poland has pledged 14 older Leopard 2A4s.", 14, "Leopard", "14 older Leopard 2A4s"),
        # ...and names the common noun after it
        ("Germany would supply 14 Leopard 2A6 tanks.", 14, "Leopard 2A6 tank", "14 Leopard 2A6 tanks"),
        (
            "The US will send 500 Javelin anti-tank missiles.",
            500,
            "Javelin anti-tank missile",
            "500 Javelin anti-tank missiles",
        ),
    ],
)
def test_a_named_weapon_system_is_counted(text: str, number: int, weapon: str, evidence: str):
    fig = only(text, number)
    assert (fig.kind, fig.weapon, fig.evidence) == ("weapons", weapon, evidence)


def test_a_lowercase_word_that_names_a_system_is_not_one():
    text = "He said 20 Ukrainian patriots and 30 grads were honoured at the ceremony."
    assert [f for f in figures(text) if f.kind == "weapons"] == []


def test_items_with_their_own_qualifier_do_not_lend_it_to_the_last():
    text = (
        "The weapons delivered so far include more than 1,400 Stinger anti-aircraft systems, more than "
        "6,500 Javelins and 108 155mm howitzers."
    )
    assert only(text, 108).qualifier == "exact"
    spans = (
        "Losses stood at more than 3,200 tanks, 6,400 armoured combat vehicles and 2,200 artillery systems."
    )
    assert only(spans, 2200).qualifier == "at_least"


@pytest.mark.parametrize(
    ("text", "calibres"),
    [
        ("Russian forces shell the city with 152mm artillery, he said.", [152.0]),
        # a calibre coordinated with another shares its weapon
        ("The corvette carried 76mm and 30mm naval guns.", [76.0, 30.0]),
        ("Pickups fitted with 12.7mm and 14.5mm heavy machine guns attacked the post.", [12.7, 14.5]),
    ],
)
def test_calibre_mentions_of_artillery_and_of_a_pair(text: str, calibres: list[float]):
    figs = figures(text)
    assert [f.caliber_mm for f in figs] == calibres and {f.kind for f in figs} == {"weapons"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one weapon of a calibre taken is counted: one mortar
        ("The army said it had seized two machine guns and a 60mm mortar.", [(2, None), (1, 60.0)]),
        # a vague amount of rounds owns their calibre: one figure, not a second bare calibre
        ("Troops seized four AK-47 rifles and hundreds of 7.62mm rounds.", [(4, None), (None, 7.62)]),
        # a platform's armament is a calibre mention, not a count
        ("The Leopard 2A6 carries a 120mm smoothbore gun.", [(None, 120.0)]),
    ],
)
def test_a_single_weapon_of_a_calibre_and_a_vague_amount_of_rounds(text: str, expected: list):
    figs = figures(text)
    assert [(f.value, f.caliber_mm) for f in figs] == expected and {f.kind for f in figs} == {"weapons"}


def test_named_drones_brought_down_are_destroyed():
    fig = only("The Houthis say they have now brought down more than 20 Reapers since November 2023.", 20)
    assert (fig.kind, fig.weapon, fig.action, fig.low) == ("weapons", "Reaper", "destroyed", 20)


@pytest.mark.parametrize(
    ("text", "number", "weapon"),
    [
        # calibres in hundredths of an inch are converted to mm
        (
            "Gunmen with assault rifles and truck-mounted .50-caliber machine guns set vehicles ablaze.",
            12.7,
            ".50-caliber machine gun",
        ),
        ("Police seized 12 .50-caliber rifles and 3,000 rounds of ammunition.", 12, ".50-caliber rifle"),
    ],
)
def test_an_inch_calibre_is_read_in_mm(text: str, number: float, weapon: str):
    fig = only(text, number)
    assert (fig.kind, fig.weapon, fig.caliber_mm) == ("weapons", weapon, 12.7)


def test_a_named_system_before_a_preposition_is_the_head():
    text = "A U.S. official said Ukraine had launched eight ATACMS at an ammunition depot."
    fig = only(text, 8)
    assert fig.kind == "weapons"
    assert fig.weapon.startswith("ATACMS")
