"""Kinds: what a number counts, from its noun, its predicate and the verb around it."""

from __future__ import annotations

import pytest
from extraction_helpers import figures, key, numbers, only


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        # the noun
        ("The ministry said 40 bodies had been brought to hospitals.", 40, "killed"),
        ("The ministry said 107 injured people had been brought to hospitals.", 107, "wounded"),
        ("North Korean soldiers have suffered about 1,100 casualties, the JCS said.", 1100, "casualties"),
        ("Israel says about 4,000 prisoners of war are still held.", 4000, "captured"),
        # the predicate
        ("Roughly 300 North Korean soldiers have died, a lawmaker said.", 300, "killed"),
        ("Around 15,000 servicemen are officially registered as missing in action.", 15000, "missing"),
        ("More than 3,000 Ukrainians have been freed from Russian captivity.", 3000, "captured"),
        ("More than 1,000 soldiers have been killed or wounded, the agency said.", 1000, "casualties"),
        ("At least 30 soldiers were killed and wounded near the village.", 30, "casualties"),
        ("Two soldiers had been lightly injured by shrapnel, the military said.", 2, "wounded"),
        ("Nine South African soldiers among peacekeepers killed as M23 pushes into Goma", 9, "killed"),
        # the governing verb
        ("Islamabad says the strikes hit civilian areas, killing 26 civilians.", 26, "killed"),
        ("The Israeli military said it had killed more than 17,000 militants in Gaza.", 17000, "killed"),
        ("Russia had lost 1,140 troops on Wednesday alone, the General Staff said.", 1140, "casualties"),
        (
            "President Zelensky announced that Ukrainian forces had captured two North Korean soldiers.",
            2,
            "captured",
        ),
        ("Seoul said Kim sent more than 10,000 troops to help Moscow.", 10000, "troops"),
        ("The army said it had neutralised about 20 terrorists.", 20, "killed"),
        # a noun the number measures
        ("The death toll from the blasts has risen to 12, the minister said.", 12, "killed"),
        ("Russia claimed that Ukraine's military losses had passed one million.", 1_000_000, "casualties"),
        (
            "The new arrivals bring the number of foreign security personnel in Haiti to nearly 800.",
            800,
            "troops",
        ),
        ("Hamas said the bodies of 122 people had been recovered from the rubble.", 122, "killed"),
    ],
)
def test_kind(sentence, number, kind):
    assert only(sentence, number).kind == kind


def test_two_kinds_in_one_clause():
    found = figures("At least 100 soldiers have been killed and close to 1,000 wounded, the agency said.")
    assert [(f.kind, f.low or f.high) for f in found] == [("killed", 100), ("wounded", 1000)]


def test_died_and_wounded_in_one_sentence():
    text = "Roughly 300 soldiers have died and some 2,700 have been wounded, a lawmaker said."
    assert [(f.kind, f.value) for f in figures(text)] == [("killed", 300), ("wounded", 2700)]


def test_parts_of_a_total_are_figures_of_their_own():
    text = (
        "Britain's Defence Ministry said Russia had suffered over 1 million casualties, "
        "roughly 250,000 of them killed."
    )
    assert [(f.kind, f.value or f.low) for f in figures(text)] == [
        ("casualties", 1_000_000),
        ("killed", 250000),
    ]


def test_part_inherits_the_kind_of_its_total():
    text = "The ministry had reported nine dead and around 2,750 injured, some 200 of them critically."
    assert [f.kind for f in figures(text)] == ["killed", "wounded", "wounded"]


def test_among_them_introduces_parts():
    text = (
        "The monitor said more than 1,000 people in total had been killed, among them 125 members of the "
        "security forces and 148 fighters loyal to Assad."
    )
    assert [f.kind for f in figures(text)] == ["killed", "killed", "killed"]


def test_hostages_and_prisoners_are_captured():
    assert only("Militants took roughly 250 people hostage in the attack.", 250).kind == "captured"
    assert only("Moscow said all 65 Ukrainian prisoners of war on board were killed.", 65).kind == "killed"


def test_troops_deployed_and_pledged():
    sent = only("A further 217 Kenyan police officers arrived in Port-au-Prince on Saturday.", 217)
    pledged = only("Ruto has pledged to send a thousand officers in all to the mission.", 1000)
    assert (sent.kind, sent.action) == ("troops", "deployed")
    assert (pledged.kind, pledged.action) == ("troops", None)


def test_group_strength_is_troops_without_action():
    f = only("The ELN has about 6,000 fighters, according to military intelligence estimates.", 6000)
    assert (f.kind, f.action) == ("troops", None)
    f = only("Burundi has an estimated 10,000 soldiers in eastern Congo, security sources said.", 10000)
    assert (f.kind, f.action) == ("troops", "deployed")


def test_relative_clause_verb_does_not_govern():
    text = (
        "Seven of the dead were serving with the regional mission, which deployed in December 2023, and two "
        "with the UN peacekeeping force, the army said."
    )
    assert [(f.kind, f.value) for f in figures(text)] == [("killed", 7), ("killed", 2)]


def test_coordinated_subjects_share_the_predicate():
    text = "Russia's Defence Ministry said 270 servicemen and 120 civilians had been returned to Russia."
    assert [(f.kind, f.value) for f in figures(text)] == [("captured", 270), ("captured", 120)]


def test_noun_phrases_listed_without_a_verb_share_the_kind():
    text = (
        "The monitor said the dead included 137 fighters from Hayat Tahrir al-Sham (HTS) and allied factions "
        "and 65 members of the army and pro-government militias."
    )
    assert [(f.kind, f.value) for f in figures(text)] == [("killed", 137), ("killed", 65)]


def test_of_which_introduces_parts():
    text = "Russia launched 14 ballistic missiles overnight, of which six were shot down, the air force said."
    f = only(text, 6)
    assert (f.kind, f.party) == ("weapons", "Russia")


def test_coordination_inside_a_noun_phrase():
    text = (
        "The army said more than 200 Taliban and affiliated fighters had been killed in retaliatory strikes."
    )
    f = only(text, 200)
    assert (f.kind, f.party) == ("killed", "Taliban")


def test_including_does_not_reach_into_earlier_sentences():
    text = "Eleven crew members remained missing. The ship had 22 people on board, including three guards."
    assert [(f.kind, f.value) for f in figures(text)] == [("missing", 11)]


def test_fighters_present_in_an_area_are_troops():
    f = only("Some 5,000 to 6,000 fighters are believed to be in the area, the UN said.", 5000)
    assert (f.kind, f.qualifier, f.low, f.high) == ("troops", "range", 5000, 6000)


def test_part_of_a_total_and_the_total():
    found = figures("The army said 40 of its 120 soldiers in the town had been killed.")
    assert [(f.kind, f.value) for f in found] == [("killed", 40), ("troops", 120)]


def test_list_continues_past_a_place_and_an_appositive_part():
    found = figures(
        "The 2006 war killed about 1,200 people in Lebanon, most of them civilians, and 158 Israelis, "
        "most of them soldiers."
    )
    assert [(f.kind, f.value, f.qualifier, f.party) for f in found] == [
        ("killed", 1200, "approx", "Lebanon"),
        ("killed", 158, "exact", "Israel"),
    ]
    found = figures(
        "The fire had killed hundreds of people in Lebanon, most of them Hezbollah fighters, and dozens "
        "of Israeli soldiers and civilians."
    )
    assert [(f.kind, f.low) for f in found] == [("killed", 200), ("killed", 24)]


def _kinds(text: str, title: str = "") -> list[tuple[str, float | None]]:
    return [(f.kind, f.value if f.value is not None else f.low) for f in figures(text, title)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a captive adjective on the counted noun
        (
            "In Goma, the rebels paraded hundreds of surrendered government soldiers in a stadium before "
            "sending them away.",
            [("captured", 200)],
        ),
        # held in jails / remaining in captivity
        (
            "Hamas is to free 33 hostages — women, children, men over 50 and the sick and wounded — in "
            "exchange for some 1,900 Palestinians held in Israeli jails.",
            [("captured", 33), ("captured", 1900)],
        ),
        ("Kyiv says thousands of its soldiers remain in Russian captivity.", [("captured", 2000)]),
        # seizing and capturing people
        (
            "Jihadists seized more than 200 women and children from camps, the United Nations said.",
            [("captured", 200)],
        ),
        (
            "Security forces killed three of the gunmen and captured one attacker alive, he said.",
            [("killed", 3), ("captured", 1)],
        ),
        # the parts of a freed group, one of them with its verb elided
        (
            "Of those freed, 76 were female and 61 male, the governor's office said.",
            [("captured", 76), ("captured", 61)],
        ),
        (
            "On the first day of the prisoner exchange, Kyiv got back 390 of its citizens, 270 of them "
            "soldiers and 120 civilians.",
            [("captured", 390), ("captured", 270), ("captured", 120)],
        ),
        # "of them" after a count that is not a figure
        ("It has launched more than 100 attacks on merchant vessels, sinking two of them.", []),
        # a fronted "of the hostages" and a predicate after "of them"
        (
            "Of the hostages, 94 remain in Gaza, and Israel says at least 34 of them are dead.",
            [("captured", 94), ("killed", 34)],
        ),
    ],
)
def test_captured_forms(text, expected):
    assert _kinds(text) == expected


def test_coming_home_is_a_return_from_captivity_only_in_a_captive_story():
    swap = "Three hundred and seven Ukrainian servicemen came home on Saturday in the prisoner exchange."
    assert _kinds(swap) == [("captured", 307)]
    assert _kinds("About 500 US troops came home from Iraq on Saturday.") == [("troops", 500)]


def test_treated_for_injuries_and_wounds_as_a_verb():
    text = (
        "The health ministry said 105 people were still missing, and that nearly 300 had been treated "
        "for burns and other injuries."
    )
    assert [(f.kind, f.high) for f in figures(text) if f.high] == [("wounded", 300)]
    assert _kinds("", "Al-Shabaab attack on Mogadishu beach kills 37, wounds 212") == [
        ("killed", 37),
        ("wounded", 212),
    ]


def test_a_verb_before_a_noun_phrase_governs_it_over_a_later_predicate():
    found = figures('"Our forces also lost seven soldiers and 12 were wounded," the commander said.')
    # (governed by "lost", not by "were wounded"; beside the wounded, the lost are the dead)
    assert [(f.kind, f.value) for f in found] == [("killed", 7), ("wounded", 12)]


def test_a_fronted_total_and_a_reduced_relative_report():
    text = (
        "Israel said Hamas would release 10 living hostages.\n\n"
        "Of the 251 people taken during the October 2023 attack, 49 remain in Gaza, including 27 the "
        "Israeli military says are dead."
    )
    found = [(f.kind, f.value, f.claimant) for f in figures(text)]
    assert found[1:] == [
        ("captured", 251, None),
        ("captured", 49, None),
        ("killed", 27, "Israeli military"),
    ]


def test_taken_is_a_capture_only_in_a_captive_story():
    assert [f.kind for f in figures("Of the 251 hostages taken in the attack, 49 remain in Gaza.")] == [
        "captured",
        "captured",
    ]
    assert [f.kind for f in figures("Five people were taken to hospital in Kharkiv.")] != ["captured"]


def test_a_qualified_second_subject_shares_the_predicate():
    text = (
        "On the Israeli side, 45 civilians and more than 70 soldiers have been killed in "
        "Hezbollah attacks, according to Israeli authorities."
    )
    found = [(f.kind, f.value, f.low, f.qualifier, f.population) for f in figures(text)]
    assert found == [("killed", 45, None, "exact", "civilian"), ("killed", None, 70, "at_least", "military")]


def test_a_passive_relative_clause_gives_the_kind():
    text = "About 1,500 French troops who had been stationed in Niger left by the end of 2023."
    f = only(text, 1500)
    assert (f.kind, f.qualifier, f.party) == ("troops", "approx", "France")


def test_an_active_relative_clause_does_not_make_the_subject_its_victims():
    text = "About 300 soldiers who killed 12 civilians in the village were arrested, police said."
    assert all(not (f.kind == "killed" and f.value == 300) for f in figures(text))


def test_killings_are_deaths():
    text = "The office had recorded 615 of the killings near aid sites and 183 others on convoy routes."
    assert [(f.kind, f.value) for f in figures(text)] == [("killed", 615), ("killed", 183)]


def test_more_after_a_vague_amount_does_not_hide_the_predicate():
    text = "The civil defence agency says thousands more are missing under the rubble."
    f = only(text, 2000)
    assert (f.kind, f.qualifier) == ("missing", "vague")


def test_a_list_of_counted_people_shares_the_predicate_after_its_last_item():
    text = "The villager said 109 men, 24 women and 38 children were killed in Tuesday's attack."
    assert [(f.kind, f.value) for f in figures(text)] == [("killed", 109), ("killed", 24), ("killed", 38)]


def test_a_list_set_off_by_commas_reaches_the_predicate_after_it():
    text = "The victims, 102 men, 17 women and 12 children, were killed with knives and machetes."
    assert [(f.kind, f.value) for f in figures(text)] == [("killed", 102), ("killed", 17), ("killed", 12)]


def test_a_part_in_a_relative_clause_is_not_another_list_item():
    text = "Hamas still holds 59 hostages, 35 of whom are dead, Israeli officials said."
    assert [(f.kind, f.value) for f in figures(text)] == [("captured", 59), ("killed", 35)]


def test_the_group_head_after_a_named_group_does_not_hide_the_predicate():
    text = (
        "Sandoval said that 10 military personnel and 19 suspected members of the Sinaloa cartel "
        "had died in Thursday's violence."
    )
    assert [(f.kind, f.value) for f in figures(text)] == [("killed", 10), ("killed", 19)]


def test_arrested_fighters_are_captured():
    text = "Another 35 soldiers were wounded, and 21 suspected cartel gunmen were arrested, he said."
    assert [(f.kind, f.value) for f in figures(text)] == [("wounded", 35), ("captured", 21)]


def test_suspects_detained_are_captives_but_suspects_sought_are_no_figure():
    # (most gold writers count an arrest of suspects; one lists "arrested two suspects" as a non-figure)
    assert only("It said troops detained 30 suspects and seized explosives.", 30).kind == "captured"
    assert only("Police said on Friday that 76 suspects had been detained so far.", 76).kind == "captured"
    assert figures("Security sources said they were hunting for three suspects.") == []
    assert [f.value for f in figures("Four died, and eight suspects were still being sought.")] == [4]
    f = only("Nigeria released five Boko Haram suspects in exchange for the girls.", 5)
    assert f.kind == "captured"


def test_the_strength_of_a_force_counts_its_troops():
    f = only("Relations between Bamako and the UN's 13,000-strong peacekeeping mission soured.", 13000)
    assert (f.kind, f.action, f.party, f.evidence) == (
        "troops",
        "deployed",
        None,
        "13,000-strong peacekeeping mission",
    )
    f = only("Russia keeps a 1,500-strong garrison in Transnistria.", 1500)
    assert (f.kind, f.party) == ("troops", "Russia")


def test_strong_before_anything_but_a_force_is_not_a_figure():
    assert figures("A 1,000-strong crowd gathered outside the ministry after the soldiers were killed.") == []


def test_a_part_set_off_after_a_figure_belongs_to_it_not_to_the_next_predicate():
    text = "At least 27 people were killed, three of them children, and 82 were injured, officials said."
    assert [(f.kind, key(f)) for f in figures(text)] == [("killed", 27), ("killed", 3), ("wounded", 82)]


def test_a_bare_number_shot_down_counts_weapons():
    text = "Russia fired 38 missiles at Ukraine on Saturday; the air force said 25 were shot down."
    f = only(text, 25)
    assert (f.kind, f.action) == ("weapons", "destroyed")


def test_bodies_recovered_are_dead_not_freed_captives():
    text = "A militia leader told AFP that 43 bodies had been recovered from the rice fields."
    assert only(text, 43).kind == "killed"


def test_hostages_killed_are_dead():
    text = "On Wednesday the group said it had killed 50 hostages, a claim the military did not address."
    assert only(text, 50).kind == "killed"


def test_commanders_are_counted_people():
    text = "The spokesman said five battalion commanders and 10 company commanders were among the dead."
    assert [(f.kind, f.value) for f in figures(text)] == [("killed", 5), ("killed", 10)]


def test_corpses_are_the_dead():
    assert only("Soldiers took 37 corpses to the general hospital in Babbangida.", 37).kind == "killed"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Around 150 gunmen armed with rifles and grenades arrived on motorbikes, police said.", 150),
        ("An estimated 3,000 gunmen then poured through breaches in the border fence.", 3000),
        ("About 200 militants stormed the army base before dawn, the army said.", 200),
        ("Around 35,000 Wagner fighters in total had taken part in the assault, he added.", 35000),
    ],
)
def test_an_attacking_force_is_counted_as_troops(text, number):
    fig = only(text, number)
    assert (fig.kind, fig.action) == ("troops", "deployed")


def test_gunmen_who_kill_are_not_themselves_counted():
    assert [f.kind for f in figures("Gunmen killed 26 people in the village, police said.")] == ["killed"]


def test_the_execution_of_prisoners_counts_them_dead():
    text = (
        "The prosecutor's office is investigating the execution of 147 Ukrainian prisoners of war "
        "since 2022, 127 of them this year alone."
    )
    assert [(f.kind, key(f)) for f in figures(text)] == [("killed", 147), ("killed", 127)]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "The Pentagon said 11 Marines, one Navy corpsman and one Army soldier were among the dead.",
            [11, 1, 1],
        ),
        (
            "Lorenzana said 920 militants, 165 soldiers and policemen and 47 civilians had been killed.",
            [920, 165, 47],
        ),
    ],
)
def test_a_list_of_counted_people_shares_the_verb_after_it(text, numbers):
    figs = figures(text)
    assert [key(f) for f in figs] == numbers
    assert {f.kind for f in figs} == {"killed"}


def test_the_verb_is_found_past_an_appositive_and_a_relative_clause():
    text = "The army said one of its soldiers, Staff Sergeant David Yitzhak, 23, was killed by gunfire."
    assert only(text, 1).kind == "killed"
    text = "Five police officers who fired on the truck to stop it were among those killed, he said."
    assert only(text, 5).kind == "killed"


def test_explosive_devices_seized_are_weapons():
    fig = only("Troops seized about 1,000 explosive devices in the camp.", 1000)
    assert (fig.kind, fig.action) == ("weapons", "captured")


def test_a_noun_that_names_its_kind_keeps_it_in_a_list_and_before_a_captivity_verb():
    text = (
        "Officials reported 30 dead, and Korban put the figure at 40, with 75 wounded and about 30 "
        "people still unaccounted for."
    )
    assert [(f.kind, key(f)) for f in figures(text)][1:] == [("killed", 40), ("wounded", 75), ("missing", 30)]
    text = "It put the total at 1,730, including 80 wounded who had been taken to hospitals in Donetsk."
    assert only(text, 80).kind == "wounded"


@pytest.mark.parametrize(
    "text",
    [
        "Over 2,000 Myanmar soldiers surrender in Laukkai, ethnic rebels say.",
        "The alliance said 2,389 troops had laid down their arms.",
    ],
)
def test_soldiers_who_surrender_are_captured(text):
    assert [f.kind for f in figures(text)] == ["captured"]


def test_soldiers_lost_beside_a_count_of_wounded_are_the_dead():
    text = "The army killed 96 fighters but lost 15 of its own soldiers, with 32 more wounded, it said."
    assert [(f.kind, key(f)) for f in figures(text)][1:] == [("killed", 15), ("wounded", 32)]
    assert only("Russia had lost 1,140 troops on Wednesday alone.", 1140).kind == "casualties"


@pytest.mark.parametrize(
    "text",
    [
        "The war has killed tens of thousands - as many as 150,000 - and displaced millions.",
        "The war has killed tens of thousands (as many as 150,000) and displaced millions.",
    ],
)
def test_a_number_in_an_aside_restates_the_count_before_it(text: str):
    fig = only(text, 150000)
    assert (fig.kind, fig.qualifier) == ("killed", "at_most")


def test_a_few_hundred_soldiers_lost_in_an_operation_are_dead_but_a_wars_loss_claim_is_casualties():
    assert only("The army has now lost 290 soldiers in the ground offensive.", 290).kind == "killed"
    assert only("Russia had lost 1,140 troops, the General Staff said.", 1140).kind == "casualties"
    assert (
        only("North Korean units had lost at least 30 soldiers killed and wounded.", 30).kind == "casualties"
    )


def test_trainees_count_when_harmed_but_not_when_trained():
    text = "An air strike on a military academy in the Libyan capital killed 30 cadets and wounded 33 others."
    assert only(text, 30).kind == "killed"
    assert figures("The academy trains about 300 cadets a year.") == []


@pytest.mark.parametrize("marker", ["among them", "including"])
def test_the_parts_of_a_total_share_its_kind_not_the_next_clauses(marker: str):
    text = (
        f"Eight people were killed in Sanaa, {marker} two women and two children, and five others were "
        "wounded."
    )
    found = [(key(f), f.kind) for f in figures(text)]
    assert found == [(8, "killed"), (2, "killed"), (2, "killed"), (5, "wounded")]


def test_the_loss_of_soldiers_is_their_death_and_the_loss_of_tanks_is_lost_equipment():
    assert (
        only("The offensive killed 1,000 jihadists for the loss of 52 Chadian soldiers.", 52).kind == "killed"
    )
    fig = only("Russia reported the loss of 12 tanks.", 12)
    assert (fig.kind, fig.action) == ("weapons", "lost")


def test_a_police_officer_is_one_person():
    fig = only("One Kenyan police officer has been missing since gangs ambushed a patrol.", 1)
    assert (fig.kind, fig.evidence) == ("missing", "One Kenyan police officer")


def test_a_single_person_before_a_measured_number_is_not_a_troop_count():
    text = "Iran revised the death toll from the bombings at a ceremony for the slain commander to 84."
    assert only(text, 84).kind == "killed"
    text = "It raises the troop ceiling of the UN mission in South Sudan, UNMISS, to 17,000."
    assert only(text, 17000).kind == "troops"


def test_bombers_who_blew_themselves_up_are_dead_fighters():
    text = (
        "ISIL said two of its fighters, whom it named as Omar al-Muwahhid and Seyfullah al-Mujahid, had "
        "blown themselves up among the crowd."
    )
    assert only(text, 2).kind == "killed"
    fig = only("Two suicide bombers blew themselves up at the gate.", 2)
    assert (fig.kind, fig.population) == ("killed", "military")


def test_weapons_listed_after_including_are_not_part_of_a_death_toll():
    text = (
        "Forces in Rafah had killed hundreds of Hamas fighters and had seized large stocks of weapons, "
        "including dozens of rocket launchers."
    )
    fig = only(text, 24)
    assert (fig.kind, fig.action) == ("weapons", "captured")


def test_casualties_broken_down_after_a_comma_stay_casualties():
    text = (
        "The marines said they had suffered about 300 casualties, killed, wounded and missing, in four days."
    )
    assert only(text, 300).kind == "casualties"


def test_people_taken_to_hospital_are_wounded():
    text = (
        "The health ministry said 3,238 people had been taken to hospital, 23 of them in critical condition."
    )
    assert [f.kind for f in figures(text)] == ["wounded", "wounded"]


def test_a_capitalised_unit_word_before_a_person_noun_is_part_of_a_name():
    text = "Chaudhry said 21 passengers and four Frontier Corps soldiers had been killed."
    assert [(key(f), f.kind) for f in figures(text)] == [(21, "killed"), (4, "killed")]


def test_a_country_that_loses_troops_in_a_headline_counts_casualties():
    text = "Ukraine pulls troops out of Vuhledar as Russia loses 1,130 troops in a day, General Staff says"
    assert only(text, 1130).kind == "casualties"


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ('Its troops fought back, "neutralising" dozens of assailants.', 24, "killed"),
        (
            "A specialised Islamic State unit of a dozen snipers was wiped out in an earlier battle.",
            12,
            "killed",
        ),
        (
            "The junta turned to Russia, bringing in an estimated 1,500 fighters from the Wagner Group.",
            1500,
            "troops",
        ),
        ("A doctor told Reuters that 26 bodies had been brought in.", 26, "killed"),
    ],
)
def test_more_verbs_of_killing_and_deploying(text: str, number: int, kind: str):
    assert only(text, number).kind == kind


def test_a_relative_all_of_whom_says_what_befell_the_count():
    text = (
        "The military said Aqil had been meeting with about 10 other Radwan commanders, all of whom were "
        "killed."
    )
    assert only(text, 10).kind == "killed"
    assert only("Twelve soldiers were captured, all of them later released.", 12).kind == "captured"


def test_people_who_lost_their_lives_are_dead():
    text = "As of now, we have confirmed that 63 people have lost their lives, both civilians and the army."
    assert only(text, 63).kind == "killed"


def test_a_list_goes_on_past_a_said_insertion():
    text = "Those killed included 13 children, he said, as well as five doctors and rescue workers."
    assert [(key(f), f.kind) for f in figures(text)] == [(13, "killed"), (5, "killed")]


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        # manner-of-death phrases
        ("Two soldiers were beaten to death by the crowd.", 2, "killed"),
        ("In 1998, ADF rebels burned 80 students to death at Kichwamba Technical Institute.", 80, "killed"),
        ("One police officer succumbed to his wounds the following day.", 1, "killed"),
        # a noun that only modifies the person noun after it
        ("Separately, two police reservists were hurt when their pickup ran over a device.", 2, "wounded"),
        # one count of two kinds of people shares the verb after both
        ("Fourteen soldiers and police officers also died, officials said.", 14, "killed"),
    ],
)
def test_manner_of_death_and_coordinated_people(sentence: str, number: int, kind: str):
    assert only(sentence, number).kind == kind


def test_a_second_number_after_and_is_its_own_count():
    figs = figures("Among the dead were 20 women and seven children, the report said.")
    assert sorted(f.value for f in figs if f.kind == "killed") == [7, 20]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("At least 500 people were killed in the raid. The victims included 20 women and seven children.", 7),
        ("The dead included 12 soldiers and three police officers, officials said.", 12),
    ],
)
def test_the_victims_and_the_dead_included_are_killed(sentence: str, number: int):
    assert only(sentence, number).kind == "killed"


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        # what "the number of" counts, not a noun further along the subject
        (
            "The number of people killed in coordinated attacks on churches, synagogues and police in "
            "Dagestan has risen to 22, the head of the republic said.",
            22,
            "killed",
        ),
        # a "whose" clause between the people and their verb
        (
            "Four TUSAS employees and a taxi driver whose car the assailants had seized were killed.",
            4,
            "killed",
        ),
    ],
)
def test_number_of_subjects_and_whose_clauses(sentence: str, number: int, kind: str):
    assert only(sentence, number).kind == kind


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # a toll followed through a pronoun or a comparison keeps its kind
        (
            "The death toll from the missile strike rose to 25, officials said. It stood at 30 on Sunday "
            "evening and had risen to 40 by Monday night.",
            40,
        ),
        ("The death toll from the attack rose to 137 on Sunday, up from 133 a day earlier.", 133),
    ],
)
def test_a_toll_followed_through_it_and_up_from_is_killed(sentence: str, number: int):
    assert only(sentence, number).kind == "killed"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # the next steps of a toll's change, and the figure it changed from, are the same count
        ("Petro first reported eight officers dead, then raised the toll to 12 and finally 13.", 13),
        (
            "The emergency service initially reported 10 dead, raising the figure to 17 by late morning "
            "and to 21 in the afternoon.",
            21,
        ),
        ("Azerbaijan's defence ministry raised its own toll to 71 servicemen, from 50.", 50),
        ("Authorities lowered the death toll to 84, from the 100 reported a day earlier.", 100),
    ],
)
def test_a_toll_series_and_its_earlier_figure_are_killed(sentence: str, number: int):
    assert only(sentence, number).kind == "killed"


def test_a_new_clause_after_a_toll_is_not_its_next_step():
    # "and then 40 fled" has its own verb: 40 is no step of the toll
    assert 40 not in numbers("The toll rose to 12 on Monday, and then 40 fled across the border.")


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        (
            '"Some 1,700 of our boys have vanished and nobody tells us anything," said a mother.',
            1700,
            "missing",
        ),
        (
            "Thirty-four US service members were diagnosed with concussions and traumatic brain injuries "
            "after the missile attack, the Pentagon said.",
            34,
            "wounded",
        ),
        (
            "The defenders were reinforced in late October by about 150 Iraqi Kurdish peshmerga fighters.",
            150,
            "troops",
        ),
        ("The rebels were already holding 23 UN personnel, some of them since 2021.", 23, "captured"),
        ("Only 10 boys were being held, citing classmates who escaped.", 10, "captured"),
        ("That leaves 113 of the girls believed to be still held by the militants.", 113, "captured"),
    ],
)
def test_vanished_diagnosed_reinforced_and_held_captives(sentence: str, number: int, kind: str):
    assert only(sentence, number).kind == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The daily announced that funerals for around 50 gendarmerie students would be held on Thursday.",
        "Around 400 supporters had gathered in a tent for the event, which was held ahead of elections.",
    ],
)
def test_an_event_that_is_held_holds_no_captives(sentence: str):
    assert all(f.kind != "captured" for f in figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        # a persecuted people counted by its name
        (
            "At least 6,700 Rohingya, including at least 730 children under the age of five, were killed in "
            "the first month after Myanmar's military launched its crackdown in Rakhine state.",
            6700,
            "killed",
        ),
        ("Islamic State fighters killed at least 500 Yazidis in Sinjar, Iraq.", 500, "killed"),
        # one number for the killed and seriously injured together
        ("ANI put Chinese casualties at 43 killed and seriously injured after the clash.", 43, "casualties"),
        # a verb of killing before the number outweighs "fleeing" after it
        ("Drone attack kills dozens of Rohingya fleeing Myanmar's Maungdaw, witnesses say", 24, "killed"),
    ],
)
def test_peoples_by_name_and_killed_and_seriously_injured(sentence: str, number: int, kind: str):
    assert only(sentence, number).kind == kind


def test_people_sent_fleeing_are_not_troops():
    text = "The offensive has killed at least 80 people and sent tens of thousands fleeing."
    assert [f.kind for f in figures(text)] == ["killed"]


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        ("At least 68 inmates were killed in the riot at the Litoral prison, officials said.", 68, "killed"),
        ("The health ministry said at least 16 martyrs had arrived at hospitals overnight.", 16, "killed"),
        ("The war in Tigray has claimed around 1,000 lives in the past week alone.", 1000, "killed"),
        ("Troops killed more than 100 extremists in the operation, the army said.", 100, "killed"),
    ],
)
def test_inmates_martyrs_lives_and_extremists(sentence: str, number: int, kind: str):
    assert only(sentence, number).kind == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The prison, which was holding about 3,000 inmates, was stormed by gangs.",
        "Gangs freed more than 4,000 inmates from the national penitentiary.",
    ],
)
def test_inmates_a_prison_holds_or_a_jailbreak_frees_are_not_captives(sentence: str):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of people killed in the depot blast has risen to 68, and 105 people are still missing.",
        '"The death toll has risen to 70 and 112 people are injured," the minister told Reuters.',
    ],
)
def test_a_tolls_new_level_does_not_share_the_next_clauses_predicate(sentence: str):
    assert figures(sentence)[0].kind == "killed"


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        ("Palestinian officials said one man was killed in Jericho by a falling missile.", "one man"),
        ("One woman died in the strike, the governor said.", "One woman"),
    ],
)
def test_one_man_and_one_woman_are_counted(sentence: str, evidence: str):
    fig = only(sentence, 1)
    assert (fig.kind, fig.evidence) == ("killed", evidence)


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        (
            "At least 788 Ukrainian servicemen went missing and 262 were confirmed killed near Krynky.",
            788,
            "missing",
        ),
        ("Two soldiers have gone missing since the raid on the outpost.", 2, "missing"),
        (
            "Saree said the group had hit the parade with a drone, killing or wounding dozens of soldiers.",
            24,
            "casualties",
        ),
        (
            "The ministry said 2,771 people had been wounded, 1,359 of them by live fire, and that 130 "
            "were in serious condition.",
            130,
            "wounded",
        ),
        (
            '"We recovered 43 corpses, all of them with their throats slit, and six others with serious '
            'injuries," the militia leader told AFP.',
            6,
            "wounded",
        ),
    ],
)
def test_went_missing_killing_or_wounding_and_serious_condition(sentence: str, number: int, kind: str):
    assert only(sentence, number).kind == kind


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        ("Rudskoy said one marine died when rebels fired on the rescue helicopter.", "one marine"),
        ("One paratrooper was killed and two crewmen were wounded.", "One paratrooper"),
        ("Moscow said one pilot was killed by gunfire from the ground.", "one pilot"),
    ],
)
def test_a_single_serviceman_is_counted_with_his_noun(sentence: str, evidence: str):
    fig = only(sentence, 1)
    assert (fig.evidence, fig.population) == (evidence, "military")


def test_an_acronym_that_spells_a_word_is_the_group_it_names():
    text = (
        "The Observatory gave a toll of 332 dead on Sunday: 246 IS members, 79 members of the Kurdish-led "
        "forces and seven civilians."
    )
    fig = only(text, 246)
    assert (fig.kind, fig.party, fig.evidence) == ("killed", "Islamic State", "246 IS members")
    assert [f.value for f in figures(text)] == [332, 246, 79, 7]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Three soldiers, three policemen and two civilians were killed in the ambush.", [3, 3, 2]),
        (
            "Three Kenyans, three Tanzanians, two Americans and two Canadians were among the dead, he said.",
            [3, 3, 2, 2],
        ),
    ],
)
def test_a_list_counted_in_words_shares_its_predicate(sentence: str, values: list[int]):
    figs = figures(sentence)
    assert ([f.value for f in figs], {f.kind for f in figs}) == (values, {"killed"})


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        ("One soldier and two journalists were shot dead on Christmas Eve.", 1, "killed"),
        ("Gunmen shot and killed three police officers in Kano on Friday.", 3, "killed"),
        (
            "Israel says about 130 are still held in Gaza, around 30 of whom are believed to be dead.",
            30,
            "killed",
        ),
        # a place or a body after the noun: "of a joint patrol", "from a single battalion, the 3rd ..."
        ("A month earlier, two soldiers of a joint patrol were killed near Besson.", 2, "killed"),
        (
            "Twenty-five marines from a single battalion, the 3rd Battalion, 5th Marines, were killed there.",
            25,
            "killed",
        ),
        # a reduced relative before the main verb: the main verb says what befell them
        ("Hamas said seven captives held in the camp had been killed in Tuesday's strike.", 7, "killed"),
        (
            "Forty-four Boko Haram fighters captured during an army offensive have been found dead in "
            "their prison cell.",
            44,
            "killed",
        ),
        ("About 300 soldiers deployed to the region were killed.", 300, "killed"),
        # an -ing reduced relative too, and a rank's full stop inside the name after it
        (
            "The regulator said three Ukrainian servicemen guarding the plant had been killed.",
            3,
            "killed",
        ),
        (
            "One Spanish soldier serving with the UN Interim Force in Lebanon, Cpl. Francisco Javier "
            "Soria Toledo, was killed, the ministry said.",
            1,
            "killed",
        ),
        (
            "More than 70 people sheltering in basements had died, the World Health Organization said.",
            70,
            "killed",
        ),
        # ...but not a verb of its own in a list, nor the participle that is the predicate
        ("Aweis said five soldiers died in the fighting and 12 others were wounded.", 5, "killed"),
        ("About 300 soldiers deployed to the region last year.", 300, "troops"),
        # (nor a later clause's verb: "until they were evacuated", "saying dozens may have died")
        (
            "It housed about 100 US special forces troops overseeing drone operations until they were "
            "evacuated in March 2015.",
            100,
            "troops",
        ),
    ],
)
def test_the_main_verb_after_a_modifier_of_the_noun_says_what_befell_them(sentence, number, kind):
    assert only(sentence, number).kind == kind


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        # a capture verb that took something else does not make the people counted captives
        (
            "The junta that seized power in 2021 pushed out French forces, which at their peak numbered "
            "about 5,100 troops across the Sahel.",
            5100,
            "troops",
        ),
        (
            "France intervened in 2013 to drive out Islamists who had seized the desert north, and the "
            "United Nations now has more than 10,000 peacekeepers in the country.",
            10000,
            "troops",
        ),
        # ...but it does when the people are its object
        ("Rebels seized the remaining 300 soldiers at the base.", 300, "captured"),
        (
            "The Houthis seized the car carrier Galaxy Leader and held its 25 crew members for a year.",
            25,
            "captured",
        ),
        ("Government forces overran SSA positions, detaining dozens of its fighters.", 24, "captured"),
    ],
)
def test_a_capture_verb_governs_only_its_own_object(sentence: str, number: int, kind: str):
    assert only(sentence, number).kind == kind


@pytest.mark.parametrize(
    ("sentence", "values", "parties"),
    [
        (
            "Last week four Cambodian peacekeepers and one Moroccan were killed when fighters ambushed "
            "a convoy.",
            [4, 1],
            ["Cambodia", "Morocco"],
        ),
        (
            "Two Americans, one Briton and two Canadians were among the dead.",
            [2, 1, 2],
            ["United States", "United Kingdom", "Canada"],
        ),
        # a crew's make-up is not a count of victims
        (
            "The ship had 22 crew, 21 of them Filipinos and one Russian, and three armed guards aboard.",
            [],
            [],
        ),
    ],
)
def test_one_person_named_by_nationality_is_counted(sentence: str, values: list[int], parties: list[str]):
    figs = figures(sentence)
    assert ([f.value for f in figs], [f.party for f in figs]) == (values, parties)


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        # a force's strength is its troops
        (
            "A UN report estimated that IS still had between 20,000 and 30,000 members in Iraq and Syria.",
            20000,
            "troops",
        ),
        (
            "Western officials had put the group's strength in Libya at between 5,000 and 6,000 fighters.",
            5000,
            "troops",
        ),
        (
            "The KIA, with an estimated 10,000 to 12,000 fighters, has fought for autonomy since 1961.",
            10000,
            "troops",
        ),
        ("Analysts estimate the militants now number only a few hundred fighters.", 200, "troops"),
        (
            "US officials estimated that between 3,000 and 5,000 militants were defending the city.",
            3000,
            "troops",
        ),
    ],
)
def test_an_armed_groups_strength_is_counted_as_troops(sentence: str, number: int, kind: str):
    assert only(sentence, number).kind == kind


def test_a_clubs_members_are_no_force():
    assert figures("The club has 500 members and a waiting list.") == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "Boko Haram claimed the abduction of hundreds of boys from a boarding school in Katsina state.",
            [200],
        ),
        ("The raiders carried away dozens of women and children.", [24]),
        # livestock carried off is no one's captives
        ("The attackers carried off 18 head of cattle and some 500 goats and sheep.", []),
    ],
)
def test_people_abducted_or_carried_away_are_captives(sentence: str, values: list[int]):
    figs = figures(sentence)
    assert [f.low if f.value is None else f.value for f in figs] == values
    assert all(f.kind == "captured" for f in figs)


def test_an_apposition_after_the_victims_lists_the_dead():
    text = "The victims, 102 men, 17 women and 12 children, were shot or hacked to death in Kishishe."
    figs = figures(text)
    assert [(f.value, f.kind) for f in figs] == [(102, "killed"), (17, "killed"), (12, "killed")]


@pytest.mark.parametrize(
    ("sentence", "number_kinds"),
    [
        (
            "Four Armenian soldiers were killed and one was wounded early on Tuesday.",
            [(4, "killed"), (1, "wounded")],
        ),
        (
            "Espina said 12 other commandos were wounded and one was still missing.",
            [(12, "wounded"), (1, "missing")],
        ),
        ("A drone strike killed two Islamic State members and wounded one.", [(2, "killed"), (1, "wounded")]),
        (
            "Five Thai soldiers were wounded by a landmine, one of whom lost a leg.",
            [(5, "wounded"), (1, "wounded")],
        ),
        # no one, and one of several with no fate of its own, are no count
        ("No one was hurt, the regional government said.", []),
        ("Troops arrested two men, one of whom was identified as a security chief.", [(2, "captured")]),
    ],
)
def test_a_lone_one_counts_when_something_befell_it(sentence: str, number_kinds: list[tuple[int, str]]):
    assert [(f.value, f.kind) for f in figures(sentence)] == number_kinds


@pytest.mark.parametrize(
    ("sentence", "number_kinds"),
    [
        (
            "One soldier was killed and another wounded when rebels attacked an army post.",
            [(1, "killed"), (1, "wounded")],
        ),
        ("Two police officers were killed and another was injured.", [(2, "killed"), (1, "wounded")]),
        ("They bought another 20 rifles.", [(20, "weapons")]),
    ],
)
def test_and_another_wounded_is_one_more(sentence: str, number_kinds: list[tuple[int, str]]):
    assert [(f.value, f.kind) for f in figures(sentence)] == number_kinds


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # the buried and the coffins count the dead
        ("He said 280 people had already been buried in two mass graves.", [280]),
        ("Officials said 124 coffins had been sent to the soldiers' home provinces.", [124]),
        ("The governor attended the funeral of 43 of the victims in Zabarmari on Sunday.", [43]),
        # mourners are not the dead
        ("Thousands of mourners carried white-shrouded coffins through the streets.", []),
        ("Thousands of mourners had gathered for the funeral of the minister's father.", []),
    ],
)
def test_the_buried_and_their_coffins_count_the_dead(sentence: str, values: list[int]):
    figs = figures(sentence)
    assert [f.value for f in figs] == values and all(f.kind == "killed" for f in figs)


def test_every_part_after_a_fronted_of_those_is_a_part_of_the_dead():
    text = (
        "The monitor said 1,792 people had been killed. Of those, 1,196 were Islamic State fighters, "
        "571 were members of the Kurdish YPG militia and allied groups, and 25 were civilians."
    )
    figs = figures(text)
    assert [(f.value, f.kind, f.claimant) for f in figs[1:]] == [
        (1196, "killed", "monitor"),
        (571, "killed", "monitor"),
        (25, "killed", "monitor"),
    ]


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        # relatives are counted when a verb harms them, and the ones a person lost are dead
        ("Gunmen killed seven relatives of the mayor.", 7, "killed"),
        ("He said he had lost four relatives in the strike.", 4, "killed"),
        ("Forty-two people, including 12 of their relatives, were seized from the college.", 12, "captured"),
        # a few fighters lost in one battle are dead; hundreds lost is a loss claim
        ("The rebels lost three fighters, he said.", 3, "killed"),
        ("The separatists had lost hundreds of fighters, Kyiv said.", 200, "casualties"),
    ],
)
def test_relatives_and_fighters_lost(text: str, number: int, kind: str):
    assert only(text, number).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # relatives met with no harm are no figure
        "Dozens of relatives gathered outside the morgue.",
        # "missing" of another noun in a phrase does not make the people counted missing
        "Timchenko said roughly 9,000 people had received extracts from the register of missing persons.",
    ],
)
def test_relatives_and_people_near_a_kind_adjective_of_another_noun_are_no_figure(text: str):
    assert figures(text) == []


def test_a_relative_clause_belongs_to_its_own_list_item():
    text = (
        "More than 66,000 people have left the last IS bastion, according to the SDF, including "
        "5,000 jihadists who surrendered and 24,000 women and children."
    )
    assert [(f.kind, f.value) for f in figures(text)] == [("captured", 5000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people a speaker buried are dead
        ('"So far we have buried 32 people, among them women and children," he told AP.', [(32, "killed")]),
        ('"We buried seven people on the road," she told Al Jazeera.', [(7, "killed")]),
        # a plant buried under a mountain buries nobody; and a speaker counted "one of them" is no figure
        (
            "Twelve bombs were dropped on Fordow, a plant buried some 80 metres under a mountain.",
            [(12, "weapons")],
        ),
        (
            "Residents fled. One of them, who asked not to be named, said he had helped bury 200 bodies.",
            [(200, "killed")],
        ),
    ],
)
def test_the_buried_are_the_dead_and_a_speaker_is_not_counted(text: str, expected: list):
    assert [(key(f), f.kind) for f in figures(text)] == expected


def test_the_beheaded_are_killed():
    text = "Police said insurgents had raided at least 10 villages, beheading at least four people."
    assert [(f.kind, f.low) for f in figures(text)] == [("killed", 4)]


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        # armed pickups are weapons
        (
            "They had also seized four tanks and more than 20 pickup trucks fitted with 23mm cannon.",
            20,
            "weapons",
        ),
        # gendarmes are people, not the mine they escort
        ("In December gunmen killed five gendarmes escorting mine staff, the ministry said.", 5, "killed"),
        # a possessed name after an "of" phrase does not hide the verb
        ("Two commandos of the army's Special Service Group were killed in the operation.", 2, "killed"),
        ("Twelve soldiers were burned alive in their barracks.", 12, "killed"),
        # the main verb after a reduced relative and an insertion
        (
            "More than 600 people linked to the group, among them 243 fighters, had turned themselves in.",
            600,
            "captured",
        ),
        # hostages believed alive are still held
        ("Hamas holds 59 hostages, 24 of whom are believed alive.", 24, "captured"),
    ],
)
def test_armed_pickups_gendarmes_possessed_names_and_surrender(text: str, number: int, kind: str):
    assert only(text, number).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized 30 trucks fitted with water tanks.",
        # survivors found are no loss
        '"Fortunately, we have found 46 gendarmes" alive, he told reporters.',
    ],
)
def test_unarmed_trucks_and_survivors_found_are_no_figures(text: str):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # military instructors sent or stationed abroad are troops
        ("Russia sent 300 military instructors to Bangui in December.", 300),
        ("Russia's foreign ministry has said 1,890 Russian instructors are in the country.", 1890),
    ],
)
def test_military_instructors_are_troops(text: str, number: int):
    assert only(text, number).kind == "troops"


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("The ministry said 71 people were martyred in the strikes.", 71, "killed"),
        ("The six fallen peacekeepers gave their lives in the service of peace, it said.", 6, "killed"),
        # the toll named before a count of the bombs that caused it
        (
            "The death toll from two car bombs that exploded at a busy junction has risen to 120, "
            "the health minister said.",
            120,
            "killed",
        ),
    ],
)
def test_martyrs_the_fallen_and_a_toll_risen_past_another_count(text: str, number: int, kind: str):
    assert only(text, number).kind == kind


def test_a_number_that_has_fallen_is_no_death():
    text = (
        "UNRWA estimated that 6,000 civilians remained; by May the number had fallen to between 100 and 200."
    )
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        # the verb after an "of its ..." phrase and an apposition
        (
            "Jihad said six commanders of its armed wing, the al-Quds Brigades, were among the dead.",
            6,
            "killed",
        ),
        # the verb after one more person joined without a number
        ("Five soldiers and a coast guard member were among the dead, police said.", 5, "killed"),
        # a part after "including the group's": a part of the dead
        (
            "Strikes killed about a dozen militants, including the group's two top commanders in Gaza.",
            2,
            "killed",
        ),
    ],
)
def test_the_verb_past_an_apposition_a_joined_person_and_a_possessed_part(text: str, number: int, kind: str):
    assert only(text, number).kind == kind


def test_a_number_of_others_joined_later_has_its_own_verb():
    text = (
        "Four soldiers and three gendarmes died in the clashes, it said, and a number of others were wounded."
    )
    assert [f.kind for f in figures(text)] == ["killed", "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive that ends its clause does not kill the hostages after it
        (
            "In the Hamas-led attack, about 1,200 people were killed and 251 taken hostage.",
            [("killed", 1200), ("captured", 251)],
        ),
        # an abduction names its victims after its agent
        (
            "The 2014 abduction by Boko Haram of 276 girls from a school in Chibok drew outrage.",
            [("captured", 276)],
        ),
    ],
)
def test_hostages_after_a_passive_and_an_abduction_by_its_agent(text: str, expected: list):
    assert [(f.kind, key(f)) for f in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # hostages rescued are counted as captives in a kidnapping story...
        (
            "Gunmen took four Americans hostage; two were found dead and two were rescued alive days later.",
            ["captured", "killed", "captured"],
        ),
        # ...but a ship's crew rescued after an attack is no captive
        ("A missile hit the freighter, and 22 crew were rescued by an Indian warship.", []),
    ],
)
def test_rescued_hostages_are_captives_but_a_rescued_crew_is_not(text: str, kinds: list[str]):
    assert [f.kind for f in figures(text)] == kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive capture took its subject, not the troops of the operation named later
        (
            "Usuga was captured in 2021 near Necocli, in an operation involving more than 500 soldiers.",
            [("troops", 500)],
        ),
        # but the parts it lists are its captives
        (
            "Bortnikov said 11 people had been detained, including all four suspected gunmen.",
            [("captured", 11), ("captured", 4)],
        ),
    ],
)
def test_a_passive_capture_does_not_reach_a_later_phrase(text: str, expected: list):
    assert [(f.kind, key(f)) for f in figures(text)] == expected


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        # wounds suffered or sustained are wounds, not losses of both kinds
        (
            "It said three Ukrainian servicemen had suffered light wounds and received medical help.",
            3,
            "wounded",
        ),
        ("Twelve civilians sustained serious injuries in the shelling, the governor said.", 12, "wounded"),
        # people not yet accounted for are missing
        ("Four soldiers had yet to be accounted for and a search was under way, he said.", 4, "missing"),
        # people "destroyed" (officialese) are dead; tanks destroyed stay weapons
        ('"Six terrorists have been destroyed in the Press House," Kadyrov wrote.', 6, "killed"),
        (
            "The army said it had destroyed more than 100 extremists in operations around Debre Elias.",
            100,
            "killed",
        ),
        ("Ukrainian forces destroyed 12 tanks near Vuhledar, the General Staff said.", 12, "weapons"),
        # reservists "called up" are troops mobilised
        (
            "Defence Minister Sergei Shoigu said 300,000 reservists would be called up under a partial "
            "mobilisation.",
            300000,
            "troops",
        ),
        # people "receiving treatment" or who "sought medical help" are the wounded
        (
            "The commissioner confirmed eight deaths and said 26 other passengers were receiving treatment "
            "in hospitals in the state.",
            26,
            "wounded",
        ),
        (
            "The governor said 151 people had sought medical help and 82 had been hospitalized.",
            151,
            "wounded",
        ),
        # "them" counted as killed are people, whatever noun stood last before
        (
            "One of the sources, a Russian military doctor, said around 100 of them had been killed.",
            100,
            "killed",
        ),
        # euphemisms for death, and the deaths a body confirms
        (
            'Army spokesman Brigadier General Sani Kukasheka Usman said "23 gallant soldiers paid the '
            'supreme price" and that 31 soldiers were wounded.',
            23,
            "killed",
        ),
        (
            "The Bahrain Defence Force General Command confirmed the death of one of its officers.",
            1,
            "killed",
        ),
        # people believed trapped under rubble are missing; people snatched are captives
        (
            "Rescuers were searching for eight civilians and three military personnel believed to be trapped "
            "under the collapsed floors.",
            3,
            "missing",
        ),
        (
            "The clash came days after the Abu Sayyaf snatched four Malaysian sailors off Sabah.",
            4,
            "captured",
        ),
        # a toll brought to a count across a time phrase
        (
            "Israeli strikes over the previous 24 hours had killed 46 people and wounded 85, bringing the "
            "toll since October 2023 to 1,928 killed.",
            1928,
            "killed",
        ),
        # "displaced" before a noun is an adjective, not the displacement of the counted
        ("At least 20 of the dead were displaced people from the camp, the group said.", 20, "killed"),
        # maimed, decapitated, a mobilisation
        (
            "Tensions have run high since two South Korean soldiers were maimed by mines on Aug. 4.",
            2,
            "wounded",
        ),
        (
            '"Thirty-nine police were decapitated by the militiamen," he told Reuters by telephone.',
            39,
            "killed",
        ),
        (
            "The casualty rate rose after President Vladimir Putin announced the mobilisation of 300,000 "
            "reservists in September.",
            300000,
            "troops",
        ),
        # people recruited, conscripted, enlisted or massed are troops
        (
            "Rohingya activists say the junta has forcibly conscripted more than 1,000 Rohingya men this "
            "year to help hold the town.",
            1000,
            "troops",
        ),
        ("Maduro says more than 8 million Venezuelans have enlisted in the militia.", 8000000, "troops"),
        (
            "More than 30,000 Russian soldiers are taking part in the push, out of about 50,000 massed near "
            "the border.",
            50000,
            "troops",
        ),
        # a massacre, a "neutralisation" and a lynching kill
        (
            "India launched the operation in retaliation for the April 22 massacre of 26 people at Pahalgam.",
            26,
            "killed",
        ),
        (
            "The operation resulted in the neutralisation of over 30 insurgents, the air force said.",
            30,
            "killed",
        ),
        ("The UN report documented 315 people suspected of gang ties who were lynched.", 315, "killed"),
        # the arrest of people makes them captives
        ("It also documented the arrest of 507 people, many of whom had been mistreated.", 507, "captured"),
        # victims are the dead; kin are people
        ("Beshir Kamel, whose two brothers were among the victims, said the family was proud.", 2, "killed"),
        (
            "Of the first 10 victims identified, six were women and four were men, the spokesman said.",
            10,
            "killed",
        ),
        ("Amnesty said it had gathered the names of more than 240 victims.", 240, "killed"),
        # one more person joined without a number shares the verb
        ("Ten soldiers and a civilian driver were killed on Wednesday, police said.", 10, "killed"),
        ("Three soldiers and their interpreter were wounded in the blast.", 3, "wounded"),
        (
            "Ten personnel of the District Reserve Guard (DRG) and a civilian driver were killed when "
            "Maoists triggered an IED under their vehicle, police said.",
            10,
            "killed",
        ),
        # (but another count after "and" has its own verb)
        ('"Our forces lost four soldiers and seven were wounded," he told AFP.', 4, "killed"),
    ],
)
def test_wounds_call_ups_people_unaccounted_for_and_destroyed(sentence: str, number: int, kind: str):
    assert only(sentence, number).kind == kind


def test_captives_who_escaped_are_counted_but_people_who_escaped_unhurt_are_not():
    text = (
        "Gunmen took 276 girls hostage from a school in Chibok. The principal said 230 students were still "
        "missing and that 43 had escaped. Two teachers escaped unhurt."
    )
    assert [(f.kind, f.value) for f in figures(text)] == [
        ("captured", 276),
        ("missing", 230),
        ("captured", 43),
    ]


def test_people_a_call_up_prompted_to_leave_are_no_figure():
    text = (
        "Shoigu said 300,000 reservists would be called up under a partial mobilisation that has prompted "
        "tens of thousands of men to leave Russia."
    )
    assert numbers(text) == [300000]


def test_a_leftward_trigger_does_not_reach_back_to_a_crowd():
    text = (
        "Gunmen stormed the university as some 600 guests gathered in an auditorium for a recital marking "
        "the anniversary of the death of Khan Abdul Ghaffar Khan."
    )
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # fighters who attack, cross, encircle or lie in wait are the force counted, even after another
        # clause's harm verb
        (
            "NIAMEY — Seventy-one soldiers were killed when hundreds of Islamist militants attacked a "
            "military camp in western Niger on Tuesday, the defence ministry said.",
            200,
        ),
        (
            "At least 300 fighters from Iran-backed Iraqi militias crossed into Syria overnight on Sunday to "
            "reinforce government forces.",
            300,
        ),
        (
            "Hundreds of fighters on motorcycles practically encircled Djibo at around 6 a.m., sources said.",
            200,
        ),
        (
            "More than 30 suspected cartel gunmen, some in armoured vehicles, were lying in wait for the "
            "convoy on Monday morning, state prosecutors said.",
            30,
        ),
        ("Their patrol was attacked by about 50 fighters from a local Islamic State affiliate.", 50),
        # holders are no captives
        ("He said several hundred jihadists had been holding the city when the assault began.", 300),
    ],
)
def test_an_attacking_force_is_troops(text: str, number: int):
    assert only(text, number).kind == "troops"


def test_fighters_ambushed_or_killed_are_not_the_attacking_force():
    text = (
        "The monitor said the dead included 35 Druze fighters from Sweida province who were ambushed on the "
        "Damascus-Sweida highway."
    )
    assert only(text, 35).kind == "killed"


def test_gapped_counts_take_the_first_counts_noun():
    text = (
        "The channel said the United Arab Emirates was contributing 30 fighter jets, Bahrain and Kuwait 15 "
        "each, Qatar 10, Jordan and Morocco six each, and Sudan three."
    )
    assert [(f.value, f.kind, f.weapon) for f in figures(text)] == [
        (30, "weapons", "fighter jet"),
        (15, "weapons", "fighter jet"),
        (10, "weapons", "fighter jet"),
        (6, "weapons", "fighter jet"),
        (3, "weapons", "fighter jet"),
    ]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Israeli troops mistakenly shot dead three hostages held by Hamas in Shejaiya.", 3),
        ("The IDF has confirmed the deaths of 20 of those still being held in Gaza.", 20),
    ],
)
def test_captives_a_killing_verb_governs_are_dead_though_held_follows(text: str, number: int):
    assert only(text, number).kind == "killed"


def test_a_list_among_the_first_counted_martyrs_is_dead():
    text = (
        "He said 47 civilians, 41 police officers and two soldiers were among the first 90 martyrs counted."
    )
    assert [(f.value, f.kind) for f in figures(text)] == [
        (47, "killed"),
        (41, "killed"),
        (2, "killed"),
        (90, "killed"),
    ]


def test_a_toll_revised_in_one_breath_keeps_its_kind():
    text = "Officials first reported 50 dead, then 62, then 75 before settling on the new figure."
    assert [(f.value, f.kind) for f in figures(text)] == [(50, "killed"), (62, "killed"), (75, "killed")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "The FARC is estimated to have about 7,000 fighters, down from roughly 20,000 at its peak early "
            "in the last decade.",
            [7000, 20000],
        ),
        (
            "Washington said last week it had cut its troop presence in Iraq to 2,500 from about 3,000.",
            [2500, 3000],
        ),
        (
            "Under the agreement, Washington will cut its forces in Afghanistan from about 13,000 to 8,600 "
            "within 135 days.",
            [13000, 8600],
        ),
    ],
)
def test_a_forces_earlier_strength_is_troops_too(text: str, values: list[int]):
    assert [(f.value, f.kind) for f in figures(text)] == [(v, "troops") for v in values]


def test_a_headline_list_after_over_shares_its_verb():
    text = "Pakistan says 23 soldiers, over 200 Taliban fighters killed in border clashes with Afghanistan"
    assert [(key(f), f.kind) for f in figures("", title=text)] == [(23, "killed"), (200, "killed")]


def test_abducted_people_a_killing_verb_governs_are_dead():
    text = "PKK terrorists executed 13 abducted Turkish citizens in northern Iraq, the defence minister said."
    assert only(text, 13).kind == "killed"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Chinese troops held 10 Indian soldiers after the fighting and freed them three days later.", 10),
        ("Russia holds 24 Ukrainian sailors after seizing navy boats off Crimea.", 24),
        (
            "Egypt's army said that 177 of its air force personnel, who were seized by the RSF at Merowe air "
            "base, had been flown home.",
            177,
        ),
    ],
)
def test_soldiers_held_or_seized_are_captives_whatever_the_main_verb(text: str, number: int):
    assert only(text, number).kind == "captured"


def test_an_army_holding_positions_or_a_meeting_with_soldiers_takes_no_captives():
    assert only("The talks were held with 30 soldiers present.", 30).kind == "troops"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Maoists set off a bomb, killing nine people: eight DRG jawans and their civilian driver.",
            8,
        ),
        (
            "A missile hit the ship, killing three crew - two Filipinos and one Vietnamese - on board.",
            2,
        ),
        (
            "M23 fighters killed at least 131 civilians - 102 men, 17 women and 12 children - in Kishishe.",
            102,
        ),
    ],
)
def test_the_parts_a_colon_or_dash_opens_share_the_totals_kind(text: str, number: int):
    assert only(text, number).kind == "killed"


def test_a_toll_of_a_police_raid_counts_the_dead_not_the_police():
    text = "The death toll from a police raid on a Rio de Janeiro favela has risen to 28, officials said."
    assert only(text, 28).kind == "killed"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Civil police said 27 suspected members of the Comando Vermelho (Red Command) drug faction and "
            "one police officer were killed on Thursday.",
            27,
        ),
        ("Civil police said 27 members of the drug faction and two police officers were killed.", 27),
        (
            "Two security personnel, one from the state's District Reserve Guard (DRG) and one from its "
            "Special Task Force, were killed, police said.",
            1,
        ),
    ],
)
def test_a_list_item_with_the_group_its_people_belong_to_shares_the_verb(text: str, number: int):
    assert only(text, number).kind == "killed"


def test_police_who_storm_a_place_are_the_force_not_the_dead():
    text = (
        "Police said one officer was killed after about 200 officers, backed by armoured vehicles and "
        "helicopters, stormed Jacarezinho at dawn."
    )
    assert only(text, 200).kind == "troops"
    assert only(text, 1).kind == "killed"


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        # "murdered" is a killing verb; an active relative clause may end in "have been"
        (
            "More than 130 former FARC fighters who joined the peace process have been murdered since the "
            "accord was signed, according to the UN verification mission.",
            130,
            "killed",
        ),
        # (but a relative clause's own "had seized" is not the main verb)
        (
            "Four TUSAS employees and a taxi driver whose car the assailants had seized were killed, the "
            "minister said.",
            4,
            "killed",
        ),
        # troops taken out of a place are troops; evacuated people are not counted
        (
            "About 100 US special forces troops were evacuated from the base in March 2015 as the Houthis "
            "advanced south.",
            100,
            "troops",
        ),
        # a force's size as its verb
        ("The region's own armed forces number several thousand.", 3000, "troops"),
        ("Al-Shabaab, whose fighters number about 7,000, has repeatedly struck the capital.", 7000, "troops"),
        # a second count with its noun and verb left out after "another" or "a record"
        ("The strikes killed 30 people on Monday and another 12 on Tuesday.", 12, "killed"),
        ("Police in Rio state killed 1,245 people last year and a record 1,814 in 2019.", 1814, "killed"),
        # a bare "one" with a verb of dying after "while"
        (
            "Five soldiers died at the scene, while one later succumbed to his wounds in hospital.",
            1,
            "killed",
        ),
    ],
)
def test_verbs_and_ellipses_that_say_what_a_number_counts(text: str, number: int, kind: str):
    assert only(text, number).kind == kind


def test_sailors_evacuated_from_a_sinking_ship_are_not_a_count():
    text = "Seven crew members were killed and six wounded, while 52 sailors were evacuated."
    assert 52 not in numbers(text)


def test_a_headline_list_in_capitals_shares_its_verb():
    title = "Eight Police, 14 Gunmen Killed in Kumanovo Clashes"
    assert only("", 8, title=title).kind == "killed"
