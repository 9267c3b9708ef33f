"""Claimants: who asserts a figure, resolved to a canonical name."""

from __future__ import annotations

import pytest
from extraction_helpers import figures, only

from casualty_tracker.extraction.claimants import find_acronyms


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        # "X said", trailing ", X said", "according to X", "X told ..."
        ("The Sudan Doctors Network said more than 1,500 people were killed.", 1500, "Sudan Doctors Network"),
        (
            "Some 745 civilians were killed, the Syrian Observatory for Human Rights said.",
            745,
            "Syrian Observatory for Human Rights",
        ),
        (
            "At least 10,000 people are missing, according to Gaza's government media office.",
            10000,
            "Gaza government media office",
        ),
        (
            "UN experts have reported that between 3,000 and 4,000 Rwandan troops are operating there.",
            3000,
            "UN experts",
        ),
        # titles stripped, possessives turned into "<Country> <body>"
        (
            "The death toll has risen to 12, Health Minister Firass Abiad said on Wednesday.",
            12,
            "Firass Abiad",
        ),
        (
            "Military spokesman Lieutenant General Ahmed Sharif Chaudhry said five jets were shot down.",
            5,
            "Ahmed Sharif Chaudhry",
        ),
        ("UN deputy spokesperson Farhan Haq said some 2,000 bodies had been buried.", 2000, "Farhan Haq"),
        (
            "Britain's Defence Ministry said Russia had suffered over 1 million casualties.",
            1_000_000,
            "UK Defence Ministry",
        ),
        (
            "Russia's General Staff, for its part, claimed that Ukraine's losses had passed one million.",
            1_000_000,
            "Russia General Staff",
        ),
        (
            "KYIV — More than a million Russian soldiers have been killed, the General Staff of Ukraine's "
            "armed forces said.",
            1_000_000,
            "Ukraine General Staff",
        ),
        (
            "In a statement, Sudan's army said hundreds of RSF fighters were killed or wounded.",
            200,
            "Sudanese army",
        ),
        # capitals as governments, several claimants joined
        (
            "Seoul and Washington say Pyongyang has sent more than 10,000 troops to Russia.",
            10000,
            "South Korea and United States",
        ),
        # estimates: "X estimated ... at", "X put the number at", "X figures show"
        (
            "A senior US military official who spoke on condition of anonymity estimated casualties at "
            '"several hundred".',
            300,
            "senior US military official",
        ),
        (
            "Ukrainian and US officials put the number deployed to Kursk at some 11,000.",
            11000,
            "Ukrainian and US officials",
        ),
        ("UN figures show the war has killed at least 14,000 people.", 14000, "United Nations"),
        # an outlet merely relaying: the source it quotes is the claimant
        (
            '"North Korean soldiers have suffered about 1,100 casualties," the JCS statement quoted AFP '
            "as saying.",
            1100,
            "South Korea Joint Chiefs of Staff",
        ),
        ("According to an account published by Forbes, the attack involved 36 tanks.", 36, "Forbes"),
    ],
)
def test_claimant(text, number, claimant):
    assert only(text, number).claimant == claimant


def test_article_voice_has_no_claimant():
    assert (
        only("At least 123 people were killed in the city in the last two weeks of May.", 123).claimant
        is None
    )
    assert only("Earlier estimates put the force at 10,000 to 12,000 soldiers.", 10000).claimant is None


def test_acronyms_defined_in_the_article():
    acronyms = find_acronyms("More than 1,000 soldiers died, South Korea's Joint Chiefs of Staff (JCS) said.")
    assert acronyms == {"JCS": "South Korea's Joint Chiefs of Staff"}


def test_pronouns_and_definite_descriptions_resolve_to_named_sources():
    text = (
        "Lebanon's health ministry said on Wednesday that 12 people were killed. "
        "On Tuesday evening the ministry had reported nine dead.\n\n"
        "The Syrian Observatory for Human Rights said 745 civilians were killed. "
        "The UK-based war monitor said more than 1,000 people in total had been killed."
    )
    found = {f.value or f.low: f.claimant for f in figures(text)}
    assert found[9] == "Lebanon health ministry"
    assert found[1000] == "Syrian Observatory for Human Rights"


def test_surname_resolves_to_full_name():
    text = "President William Ruto visited the troops. Ruto has pledged to send a thousand officers in all."
    assert only(text, 1000).claimant == "William Ruto"


def test_citing_a_briefing_makes_its_source_the_claimant():
    text = (
        "Roughly 300 North Korean soldiers have died, a South Korean lawmaker said on Monday, citing a "
        "closed-door briefing by the National Intelligence Service (NIS).\n\nLee Seong-kweun, a member of "
        "parliament's intelligence committee, told reporters that North Korean casualties had now "
        "passed 3,000."
    )
    assert [f.claimant for f in figures(text)] == ["South Korea National Intelligence Service"] * 2


def test_bare_government_is_upgraded_to_its_named_body():
    text = (
        "South Africa said nine of its soldiers were killed in fighting near Goma. "
        "Seven of the dead were serving "
        "with the regional mission, the South African National Defence Force said."
    )
    assert [f.claimant for f in figures(text)] == ["South African National Defence Force"] * 2


def test_statement_continues_in_the_same_paragraph_but_not_to_another_party():
    text = (
        "The package includes 300 Patriot missiles, the German Defence Ministry said in a statement. Germany "
        "has delivered 18 Leopard tanks since 2022. The Russian contingent of about 2,000 troops began "
        "withdrawing in April."
    )
    found = {f.value: f.claimant for f in figures(text)}
    assert found[18] == "German Defence Ministry"
    assert found[2000] is None


def test_headline_figure_takes_the_body_source():
    found = figures(
        "At least 2,000 civilians have been killed in El Fasher, according to medical groups and "
        "international monitors.",
        title="At least 2,000 civilians killed in El Fasher, monitors say",
    )
    assert {f.claimant for f in found} == {"medical groups and international monitors"}


def test_relative_clause_speaker_is_its_antecedent_and_does_not_reach_back():
    text = (
        "Uganda deployed about 4,000 troops to Ituri in 2021 under a joint operation with Congo's army, "
        "which says the campaign has killed more than 1,000 rebels."
    )
    found = {f.value or f.low: f.claimant for f in figures(text)}
    assert found == {4000: None, 1000: "Congolese army"}


def test_appositive_name_is_the_claimant():
    text = "A civil society leader in Komanda, Dieudonne Duranthabo, said at least 21 bodies had been buried."
    assert only(text, 21).claimant == "Dieudonne Duranthabo"


def test_anonymous_sources_do_not_replace_the_speaker():
    text = "More than 400 people were killed in the camp, the United Nations said, citing local sources."
    assert only(text, 400).claimant == "United Nations"
    cited = "Russia sent several hundred conscripts, Verstka reported, citing relatives of the soldiers."
    assert only(cited, 300).claimant == "relatives of the soldiers"


def test_coordinated_verbs_share_the_subject():
    text = (
        "The RSF, which says it holds the camp, denied targeting civilians and said its fighters had "
        "freed 12 hostages."
    )
    assert only(text, 12).claimant == "Rapid Support Forces"


def test_adjective_plus_document_is_anonymous():
    text = "Russia keeps some 4,000 troops in the country, according to Western estimates."
    assert only(text, 4000).claimant is None


def test_declaring_an_emergency_is_not_a_report():
    text = "Ethiopia declared a state of emergency in 2023 and deployed thousands of federal troops."
    assert only(text, 2000).claimant is None


def test_appositive_role_gives_the_claimant_a_country():
    text = (
        "Iran fired missiles at Israel. Magen David Adom, Israel's emergency service, "
        "said 592 people had been treated for injuries."
    )
    f = only(text, 592)
    assert (f.claimant, f.party) == ("Magen David Adom", "Israel")
