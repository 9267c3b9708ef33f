"""Assembling figures: each surviving number becomes one claim with kind, bounds, party,
population, claimant, weapon and the exact evidence phrase.

Why: the single modules each answer one question; this one walks the article in order
(headline, then paragraphs and sentences) and keeps the discourse state the answers
depend on — the previous figure for "of them" and elliptical lists ("300 killed, 2,700
wounded"), the sources named so far for "the ministry said", the article's supplier and
main country for figures whose sentence names no party.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import claimants as cl
from .kinds import (
    OF_NUMBER_BEFORE_RE,
    NounPhrase,
    clean_gap,
    left_partitive,
    left_trigger,
    nonfigure_cue,
    noun_phrase,
    np_coordination,
    of_that_total,
    right_predicate,
)
from .lexicon import load, pattern
from .model import CASUALTY_KINDS, ArticleText, Figure, Mention
from .nonfigures import reject_reason
from .numbers import WEIGHT_MODIFIER_RE, calibre_mm, sentence_mentions
from .parties import (
    PartyMention,
    attack_after,
    is_agent,
    loyalists,
    party_mentions,
    population,
    surname_alias,
)
from .qualifiers import Bounds, bounds, qualifier_before
from .sentences import Sentence, split
from .weapons import action_after, action_near, weapon_name

_log = logging.getLogger(__name__)

_COORD_GAP_RE = re.compile(
    r"^\s*(?:,\s*|\s+)(?:and\s+|or\s+|then\s+)?(?:another\s+|a further\s+|an additional\s+)?$|^\s*,?\s*$"
)
# the words in these patterns come from word_lists.csv
_STRONG_AGGREGATE = (  # totals across parties: "foreign soldiers", "10 countries have together pledged"
    r"\b(?:<<aggregate_modifier>>(?:\s+[\w-]+)?\s+<<aggregate_head>>|<<aggregate_clause>>|"
    r"<<aggregate_mission>> (?:mission|force))\b"
)
_NP_AGGREGATE = r"\b<<aggregate_np>>\b"  # "UN peacekeepers", "foreign troops"
_WEAK_AGGREGATE = r"\b<<aggregate_total>>\b"  # "in total", "in all"
_CAPTURE_CONTEXT = r"\b<<capture_context>>\b"  # a prisoner swap
# "held in Israeli jails", "remain in Russian captivity"
_CAPTIVITY = r"\s+(?:[\w-]+\s+){0,3}?(?:in|into|from|out of)\s+(?:[\w-]+\s+)?<<captivity_noun>>\b"
_SUPPLY = (  # "a new US military aid package", "Germany has delivered"
    r"^(?:'s|’s)?\s+(?:new\s+)?(?:military\s+|security\s+|weapons\s+|arms\s+)?<<aid_noun>>\b|"
    r"^(?:\s+\w+){0,3}?\s+<<supply_verb>>\b"
)
_ANONYMOUS_SOURCE = (  # "citing local sources", "citing sources on the ground"
    r"^(?:<<anonymous_source_modifier>>\s+)*<<anonymous_source>>"
    r"(?:\s+(?:on|in|at|near|inside|close to|familiar with|that)\b.*)?$"
)
# "the Gran Grif gang", "Gran Grif leader": a capitalised name before a group noun
_NAMED_GROUP = (
    r"(?<![\w-])(?<!\. )((?:[A-Z][a-z][\w'’-]*\s+){0,2}[A-Z][a-z][\w'’-]*)\s+<<named_group_noun>>\b"
)
_SHORT_OF_RE = re.compile(r"\bshort of\s+(?:the\s+)?$")
_PLANNED_RE = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:planned|envisaged|foreseen|authori[sz]ed|mandated|promised)\b"
)
_OWNER_CLAUSE = (  # "rockets that the group had stockpiled"
    r"\s+(?:that|which)\s+((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:had\s+|has\s+|have\s+)?<<own_verb>>\b"
)
_THOSE_WERE_RE = re.compile(r"\bthose\s+(?:[a-z]+\s+){0,2}?[a-z]+ed\s+(?:were|are|included|include)\s+$")
_COUNT_OF_RE = re.compile(r"\d[\d,]*\s+[a-z-]+\s+of\s+$")  # "10,000 rounds of " before a calibre
_ONE_BEFORE_RE = re.compile(r"\b(?:an?|one)\s+$", re.I)  # "a 120mm mortar"


def _armed_after(text: str, pos: int) -> bool:
    """A weapon mounted on what was just named: "fitted with 23mm cannon", "mounted with machine guns"."""
    m = _ARMED_WITH_RE.match(text, pos)
    if m is None:
        return False
    lex = load()
    rest = text[m.end() : m.end() + 60]
    words = re.findall(r"[A-Za-z-]+", rest)[:4]
    # (the first weapon word, unless a tank of water or fuel: "trucks fitted with water tanks")
    weapon_at = next((i for i, w in enumerate(words) if w.lower() in lex.weapons), None)
    tank_of = weapon_at and words[weapon_at - 1].lower() in lex.words("container_content")
    return (weapon_at is not None and not tank_of) or bool(re.match(r"\s*\d{2,3}(?:\.\d)?\s?mm\b", rest))


_ARMED_WITH_RE = re.compile(
    r"\s+(?:that\s+were\s+|which\s+were\s+)?(?:fitted|mounted|armed|equipped)\s+with\b", re.I
)


_TOLL_RISEN_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|jumped|grown|reached|increased)\s+(?:to\s+)?$|"
    r"\b(?:rose|climbed|jumped|reached|stood|stands)\s+(?:to\s+|at\s+)?$"
)
_TOLL_SUBJECT_RE = re.compile(
    r"\b(?:death\s+toll|toll|number\s+of\s+(?:people\s+|civilians\s+)?(?:killed|dead|wounded|injured))\b",
    re.I,
)
_FOUND_BEFORE_RE = re.compile(
    r"\b(?:found|find|finding|rescued|pulled|brought\s+out)\s+(?:[a-z]+\s+)?$", re.I
)
_ALIVE_AFTER_RE = re.compile(r"\s*[\"”]?\s*alive\b")


def _disease_toll(text: str, start: int, np_end: int) -> bool:
    """Deaths a disease caused, named as the killer before or after the count."""
    before, after = _disease_res()
    return bool(before.search(text, max(0, start - 70), start) or after.match(text, np_end))


@functools.cache
def _disease_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = pattern(
        r"\b<<disease_word>>(?:\s+(?:outbreak|epidemic))?\s+(?:that\s+|which\s+)?(?:has\s+|have\s+|had\s+)?"
        r"(?:already\s+|now\s+)?(?:killed|claimed)\s+(?:the\s+lives\s+of\s+)?$",
        re.I,
    )
    after = pattern(
        r"\s+(?:have\s+|has\s+|had\s+)?(?:died|dead)\s+(?:of|from)\s+(?:the\s+)?<<disease_word>>", re.I
    )
    return before, after


@functools.cache
def _vague_of_before() -> re.Pattern[str]:
    """A vague amount of something right before a number: "hundreds of " 7.62mm rounds."""
    return re.compile(rf"\b(?:{load().vague_re.pattern})\s+of\s+$", re.I)


_GAPPING_RE = re.compile(r"^\s+(?:were|was|are|is)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,?\s+and\s+$")
_REMAINS_OF = r"\b<<remains_noun>>\s+of\s+(?:the\s+)?$"  # "the bodies of 122 people"
# "the ELN has about 6,000 fighters", "with an estimated 10,000 to 12,000 fighters", "put the group's
# strength at between 5,000 and 6,000 fighters", "has grown to between 600 and 1,000 fighters"
_POSSESSION = (
    r"(?:\b<<possession_verb>>\s+(?:an\s+estimated\s+|only\s+|still\s+|now\s+)?|\bstrength\s+(?:[\w-]+\s+){0,3}?(?:at|of)\s+|"
    r"\b(?:grown|swelled|risen)\s+to\s+|\bnumber(?:s|ed)?\s+(?:only\s+|about\s+)?)$"
)
_SUFFER = r"\b<<suffer_verb>>\b"  # "Russia had lost 1,140 troops"
_QUANTIFIED_SUBJECT_RE = re.compile(
    r"^(?:about|some|several|many|most|all|both|around|nearly|more than|at least|\d)", re.IGNORECASE
)
_STATIONED_RE = re.compile(
    r"\s+(?:(?:are|were|is|was|remain|remained)\s+(?:\w+\s+){0,4}?(?:in|inside|near|based|stationed|present|"
    r"operating|deployed|defending|holed\s+up|dug\s+in|massed)|operate|operates|operated|are active|"
    r"is active)\b"
)
_ASSAULT_AFTER = (  # "150 gunmen armed with rifles stormed the village": the attacking force
    r"(?:,[^,;.:]{1,50},)?"  # ("30 suspected cartel gunmen, some in armoured vehicles, were lying in wait")
    r"(?:\s*,)?\s+(?:(?:armed|riding|dressed|wearing|carrying)\b(?:\s+[\w-]+){1,8}?\s*,?\s+)?"
    # ("300 fighters from Iran-backed Iraqi militias crossed", "fighters on motorcycles ... encircled")
    r"(?:(?:from|of|on|in|aboard)\s+(?:(?!\b(?:who|which|that)\b)[^,;.:]){1,60}?\s+)?"
    r"(?:(?:in\s+total|in\s+all|altogether|then|later|first|also|\w+ly)\s+)?"
    r"(?:had\s+been\s+|had\s+|have\s+|were\s+)?<<assault_verb>>\b"
)
# "attacked by about 50 fighters from a local Islamic State affiliate"
_ASSAULTED_BY = r"\b<<assault_verb>>\s+by\s+$"
# people "destroyed" or "annihilated" are dead (tanks destroyed are weapons: the noun decides)
_DESTROYED_AFTER = r"\s+(?:(?:had|have|has)\s+been|were|was)\s+(?:\w+ly\s+)?<<destroy_verb>>\b"
_DESTROYED_BEFORE = r"\b<<destroy_verb>>\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|at\s+least\s+)?$"
_DESTINATION_RE = re.compile(
    r"\b(?:flown|evacuated|airlifted|transferred|taken|sent)\s+(?:[\w-]+\s+){0,4}?(?:to|in)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+))*$"  # (and the rest of a list of them)
)
_PART_ASIDE_RE = re.compile(r",\s*(?:[\w-]+\s+){1,2}of\s+(?:them|whom|those)\b")
_TITLE_PERSON_CACHE: dict[str, re.Pattern[str]] = {}


@dataclass(slots=True)
class _Work:
    figure: Figure
    sentence: int
    paragraph: int
    start: int
    end: int
    np: NounPhrase
    group: str
    military_noun: bool
    phrase_end: int = 0


@dataclass(slots=True)
class _Ctx:
    article: ArticleText
    sentences: list[Sentence]
    pms: list[list[PartyMention]]
    attrs: list[list[cl.Attribution]]
    resolved: list[list[cl.Claimant]]
    state: cl.ClaimantState
    all_claimants: list[tuple[int, cl.Claimant]]
    dominant: str | None
    supplier: str | None
    counts: Counter
    figures: list[_Work] = field(default_factory=list)
    capture_article: bool = False  # the article is about captives (a swap, a release)
    victims: str | None = None  # the state of the first civilian or unspecified casualty figure
    current: int = 0  # the sentence being read
    attacker: str | None = None  # whose missiles, drones and strikes the article reports
    merchant_ship: bool = False  # the article is about merchant shipping (its sailors have no side)


def _attacker(sentences: list[Sentence], pms: list[list[PartyMention]]) -> str | None:
    """The party the article shows attacking: "Russian missiles", "Iranian drones", "Israeli
    strikes", "Russia launched ...". Weapons that strike or are shot down are its, whoever
    reports them."""
    votes: Counter[str] = Counter()
    rx = pattern(
        r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:<<attack_noun>>)\b|\s+(?:has\s+|had\s+|have\s+)?"
        r"(?:fired|launched|struck|attacked|bombarded|shelled|carried\s+out|unleashed)\b",
        re.I,
    )
    for s, plist in zip(sentences, pms, strict=True):
        for pm in plist:
            if rx.match(s.text, pm.end) and not pm.locative:
                votes[pm.party] += 1
    top = votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None  # nobody, or two sides attacking as much as each other
    return top[0][0]


def _dateline_country(sentences: list[Sentence], cuts: list[int]) -> str | None:
    """The state a story is filed from ("ANKARA - ", "Taipei, Aug. 5 (CNA) "); none for two
    places ("MOSCOW/KYIV") or a place the lexicon does not know."""
    lex = load()
    for s, cut in zip(sentences, cuts, strict=True):
        if s.in_title:
            continue
        place = re.split(r"[,(:—–]|\s-", s.text[:cut])[0].strip()
        if not place or "/" in place:
            return None
        pa = lex.party_aliases.get(place if not place.isupper() else place.title())
        info = lex.party(pa.party) if pa is not None and pa.role in ("capital", "place", "name") else None
        return info.name if info is not None and info.type == "state" else None
    return None


def _group(kind: str) -> str:
    return kind if kind in ("troops", "weapons") else "casualty"


def article_sentences(article: ArticleText) -> list[Sentence]:
    """The headline (one sentence) followed by the body's sentences."""
    out: list[Sentence] = []
    title = article.title or ""
    if title.strip():
        out.append(Sentence(title, 0, len(title), -1, 0, True))
    out.extend(split(article.text or ""))
    return out


def find_mentions(article: ArticleText) -> list[Mention]:
    found: list[Mention] = []
    for s in article_sentences(article):
        found.extend(sentence_mentions(s))
    return found


def _person_names(context: str, holders: dict[str, set[str]] | None = None) -> dict[str, str]:
    """Full names introduced with a title or role ("President William Ruto", "Wagner chief
    Yevgeny Prigozhin", "Gen. Ricardo Trevilla Trejo") by each surname they may go by later;
    `holders` collects who holds each title ("general" -> {"Ricardo Trevilla Trejo"})."""
    lex = load()
    rx = _TITLE_PERSON_CACHE.get("rx")
    if rx is None:
        titles = sorted((t for t in lex.titles if t[:1].isupper()), key=len, reverse=True)
        roles = sorted(lex.person_roles | {"chief", "leader", "head"}, key=len, reverse=True)
        body = "|".join(re.escape(t) for t in titles) + "|" + "|".join(re.escape(r) for r in roles)
        # (a lookahead, so that titles in a row overlap: "Defense Secretary Gen. Ricardo Trevilla Trejo")
        rx = re.compile(rf"(?=\b({body})\s+((?:[A-Z][\w'’\-]+)(?:\s+(?:al-|bin\s+)?[A-Z][\w'’\-]+){{1,3}}))")
        _TITLE_PERSON_CACHE["rx"] = rx
    out: dict[str, str] = {}
    for m in rx.finditer(context):
        words = m.group(2).split()
        while words and (words[0] in lex.titles):
            words = words[1:]
        if len(words) >= 2 and not any(
            # ("Hassan Sheikh Mohamud": a title word inside a name is part of it)
            (w in lex.titles and not (i > 0 and w in lex.words("name_title_word")))
            or cl.names_a_party(w, i, words)
            for i, w in enumerate(words)
        ):
            for surname in reversed(words[1:]):  # "Trevilla Trejo" goes by "Trevilla" too
                out.setdefault(surname, " ".join(words))
            if cl.family_name_first(words):
                out.setdefault(words[0], " ".join(words))  # "Shin Won-sik" goes by "Shin"
            if holders is not None:
                _add_holder(holders, context[: m.start(2)].split() + m.group(2).split()[: -len(words)], words)
                role = m.group(1)
                if role.islower() and role in lex.person_roles:
                    # "spokesman Amadou Koita", "government spokesman Amadou Koita": he holds both
                    full = " ".join(words)
                    holders.setdefault(role, set()).add(full)
                    mod = re.search(
                        r"(?<![\w'’-])([a-z][\w-]*)\s+$", context[max(0, m.start(1) - 30) : m.start(1)]
                    )
                    if mod and mod.group(1) not in ("the", "a", "an", "and", "of", "said", "says", "told"):
                        holders.setdefault(f"{mod.group(1)} {role}", set()).add(full)
    for full, role in _appositive_roles(context):
        words = full.split()
        out.setdefault(words[-1], full)
        if holders is not None:
            holders.setdefault(role, set()).add(full)
    for surname, full in list(out.items()):  # "Ali Haji Adam" was "Ali Haji Adam Abubakar" cut short
        longer = [n for n in out.values() if n.startswith(full + " ")]
        if longer:
            out[surname] = max(longer, key=len)
    for alias, pa in lex.party_aliases.items():
        if pa.role == "leader" and " " in alias and alias in context:
            out.setdefault(alias.split()[-1], alias)
    return out


_NAME = r"[A-Z][\w'’\-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w'’\-]+){1,3}"


def _appositive_roles(context: str) -> list[tuple[str, str]]:
    """Names whose role stands beside them between commas, as (name, role): "the town's mayor,
    Boukar Medjewe," and "Michael Makuei, South Sudan's information minister," hold "mayor" and
    "information minister", so a later "the mayor said" is that man."""
    lex = load()
    rx = _TITLE_PERSON_CACHE.get("appositive")
    if rx is None:
        roles = "|".join(sorted((re.escape(r) for r in lex.person_roles), key=len, reverse=True))
        rx = re.compile(
            rf"(?<![\w'’])(?P<mod1>(?:[a-z][\w-]*\s+){{0,2}})(?P<role1>{roles}),\s+(?P<name1>{_NAME})(?=[,.;]|\s+(?:said|told)\b)"
            rf"|(?P<name2>{_NAME}),\s+(?:the|a|an|(?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*(?:'s|’s))\s+(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?P<mod2>(?:[a-z][\w-]*\s+){{0,2}})(?P<role2>{roles})(?=,|\s+(?:of|for|in|at|who|said|told)\b)"
        )
        _TITLE_PERSON_CACHE["appositive"] = rx
    out = []
    for m in rx.finditer(context):
        name = m.group("name1") or m.group("name2")
        words = name.split()
        if any(w in lex.titles or cl.names_a_party(w, i, words) for i, w in enumerate(words)):
            continue
        if not cl.plausible_name(name):
            continue
        role, mod = (
            (m.group("role1"), m.group("mod1")) if m.group("name1") else (m.group("role2"), m.group("mod2"))
        )
        modifiers = [w for w in mod.split() if w not in ("the", "a", "an", "local", "senior", "top")]
        out.append((name, role))
        if modifiers:
            out.append((name, " ".join([*modifiers, role])))
    return out


def _add_holder(holders: dict[str, set[str]], before: list[str], name: list[str]) -> None:
    """Record the roles a titled name holds: "Health Minister Ali Haji Adam" holds "minister"
    and "health minister", "Gen. Dan Caine" holds "general"."""
    lex = load()
    titles: list[str] = []
    for w in reversed(before):
        if w not in lex.titles:
            break
        titles.insert(0, w)
    words = [lex.title_roles.get(w, w.lower().rstrip(".")) for w in titles]
    full = " ".join(name)
    for end, w in enumerate(titles):
        if w in lex.title_roles:
            for start in range(end + 1):
                names = holders.setdefault(" ".join(words[start : end + 1]), set())
                # (overlapping title matches: "Ali Haji Adam" is "Ali Haji Adam Abubakar" cut short)
                if not any(n.startswith(full + " ") for n in names):
                    names.difference_update({n for n in names if full.startswith(n + " ")})
                    names.add(full)


def _outside_names(text: str, pms: list[PartyMention], persons: dict[str, str]) -> list[PartyMention]:
    """Drop the places inside a person's name: "police officer Ahmed Aden" and, later, "Aden
    said" are a man, not the port."""
    spans = [
        (m.start(), m.end()) for full in set(persons.values()) for m in re.finditer(re.escape(full), text)
    ]
    surnames = set(persons)
    return [
        pm
        for pm in pms
        if not (
            pm.role == "place"
            and (pm.surface in surnames or any(a <= pm.start and pm.end <= b for a, b in spans))
        )
    ]


def _defined_groups(acronyms: dict[str, str], context: str = "") -> dict[str, str]:
    """Armed groups the article introduces with an acronym ("... of Azawad (CSP-DPA)") or by a
    name before a group noun ("the Gran Grif gang")."""
    lex = load()
    out: dict[str, str] = {}
    for acro, expansion in acronyms.items():
        if acro in lex.party_aliases or acro in lex.claimant_aliases:
            continue
        if any(w in lex.group_words for w in expansion.split()):
            name = _spelled_out(acro, expansion) or acro
            out[acro] = name
            out[expansion] = name
    for m in pattern(_NAMED_GROUP).finditer(context):
        name = m.group(1)
        if not any(w in lex.party_aliases or w in lex.months for w in [name, *name.split()]):
            noun = m.group(0)[len(name) :].strip().lower()
            # "the Sinaloa cartel" is the Sinaloa Cartel; "the Gran Grif gang" is Gran Grif
            out.setdefault(name, f"{name} {noun.title()}" if noun in lex.words("group_name_noun") else name)
    return out


def _spelled_out(acro: str, expansion: str) -> str | None:
    """The expansion when its words spell the acronym ("Baloch Liberation Army (BLA)"), the name
    a group is known by in English; a translated name ("the National Liberation Army (ELN)")
    does not spell it, and the group goes by the acronym."""
    name = re.sub(r"^(?:the|The)\s+", "", expansion)
    initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
    return name if initials == acro.replace("-", "") else None


# "near the border with Mali": a neighbour named to place the story, not the country it is about
_NEIGHBOUR_RE = re.compile(r"\b(?:border|borders|frontier)\s+with\s+(?:the\s+)?$", re.I)


def _prepare(article: ArticleText) -> _Ctx:
    lex = load()
    sentences = article_sentences(article)
    context = (article.title or "") + "\n" + (article.text or "")
    state = cl.ClaimantState(context=context)
    state.acronyms = cl.find_acronyms(context)
    state.persons = _person_names(context, state.roles)
    extra = _defined_groups(state.acronyms, context)
    found = [_outside_names(s.text, party_mentions(s.text, context, extra), state.persons) for s in sentences]
    state.armed = cl.armed_countries(
        [
            (s.text, pm.end, pm.party, pm.role)
            for s, plist in zip(sentences, found, strict=True)
            for pm in plist
        ]
    )
    # a dateline ("NAIROBI, Kenya — ") says where the story is, but names no side of a figure
    cuts = [0 if s.in_title else cl.dateline_end(s.text) for s in sentences]
    state.dateline_country = _dateline_country(sentences, cuts)
    pms = [[pm for pm in plist if pm.start >= cut] for plist, cut in zip(found, cuts, strict=True)]
    counts: Counter[str] = Counter()
    state_counts: Counter[str] = Counter()
    for plist, cut in zip(found, cuts, strict=True):
        state_counts.update(pm.party for pm in plist if pm.start < cut and pm.type == "state")
    for i, (s, plist) in enumerate(zip(sentences, pms, strict=True)):
        for pm in plist:
            if pm.modifier:
                continue
            counts[pm.party] += 1
            info = lex.party(pm.party)
            if info and info.type == "state" and not _NEIGHBOUR_RE.search(s.text, 0, pm.start):
                state_counts[pm.party] += 2 if s.in_title else 1
            if pm.type == "group":
                state.group_mentions.append((i, pm.party))
    dominant = state_counts.most_common(1)[0][0] if state_counts else None
    state.dominant = dominant
    if state.dateline_country not in counts:
        state.dateline_country = None  # ("LONDON (Reuters) - Russia said ...": a desk, not a side)
    supplier = None
    for s, plist in zip(sentences, pms, strict=True):
        for pm in plist:
            if pm.recipient or pm.modifier:
                continue
            if pattern(_SUPPLY, re.IGNORECASE).match(s.text[pm.end : pm.end + 60]):
                supplier = pm.party
                break
        if supplier:
            break
    attrs = [cl.attributions(s.text) for s in sentences]
    resolved: list[list[cl.Claimant]] = [[] for _ in sentences]
    order = 0
    # body first so headline sources ("health minister says") can refer back
    indices = [i for i, s in enumerate(sentences) if not s.in_title] + [
        i for i, s in enumerate(sentences) if s.in_title
    ]
    for i in indices:
        s = sentences[i]
        state.current = i
        prev_s = sentences[i - 1] if i > 0 else None
        state.prev_text = prev_s.text if prev_s is not None and prev_s.paragraph == s.paragraph else ""
        first_state = next(
            (
                pm.party
                for pm in pms[i]
                if not pm.modifier
                and (lex.party(pm.party) or pm).type == "state"
                # ("killed by Israeli air strikes across Lebanon, Health Minister Firass Abiad said": the
                # attacker is not the minister's country)
                and not attack_after(s.text, pm.end)
            ),
            None,
        )
        row: list[cl.Claimant] = []
        for a in attrs[i]:
            order += 1
            if _QUANTIFIED_SUBJECT_RE.match(a.subject) or re.match(
                r"^the number\b", a.subject, re.IGNORECASE
            ):
                c = cl.Claimant(None, kind="anonymous")
            else:
                c = cl.fuller_name(cl.resolve(a.subject, state, s.text[: a.start]), state)
            if a.citing and not pattern(_ANONYMOUS_SOURCE, re.IGNORECASE).match(a.citing):
                cited = cl.resolve(a.citing, state, s.text[: a.start])
                if cited.name:
                    if _bare_national_body(cited) and c.country:
                        _name_with_country(
                            cited, c.country, state.context
                        )  # "a Ukrainian lawmaker, citing military intelligence"
                    state.cited = cited
                    c = cited
            elif cl.is_conduit(a.subject, a.appositive) and state.cited is not None:
                c = state.cited
            if c.name and c.country is None and a.appositive:
                c.country = cl.country_of(
                    a.appositive, state
                )  # "Magen David Adom, Israel's emergency service"
            cl.register(c, a.subject, a.appositive, state, order, first_state)
            row.append(c)
        resolved[i] = row
    cl.named_forward([c for row in resolved for c in row], state)
    pos_claimants: list[tuple[int, cl.Claimant]] = []
    for i in range(len(sentences)):
        for j, c in enumerate(resolved[i]):
            pos_claimants.append((i * 100 + j, c))
    ctx = _Ctx(article, sentences, pms, attrs, resolved, state, pos_claimants, dominant, supplier, counts)
    ctx.capture_article = bool(pattern(_CAPTURE_CONTEXT, re.IGNORECASE).search(context))
    ctx.attacker = _attacker(sentences, pms)
    ctx.merchant_ship = bool(pattern(r"\b<<merchant_vessel>>s?\b", re.IGNORECASE).search(context))
    return ctx


def figures_from_mentions(article: ArticleText, mentions: list[Mention]) -> list[Figure]:
    ctx = _prepare(article)
    out: list[Figure] = []
    for i, s in enumerate(ctx.sentences):
        ms = [
            m
            for m in mentions
            if m.in_title == s.in_title and s.start <= m.char_start and m.char_end <= s.end
        ]
        if not ms:
            continue
        ms.sort(key=lambda m: m.char_start)
        ctx.current = i
        try:
            out.extend(_sentence_figures(ctx, i, s, ms))
        except Exception:  # never let one odd sentence sink the article, but say which one
            _log.warning("skipped sentence %d of article %s", i, article.article_id, exc_info=True)
            continue
    _headline_claimants(out)
    return out


def _key(fig: Figure):
    for v in (fig.value, fig.low, fig.high, fig.caliber_mm):
        if v is not None:
            return v
    return None


def _headline_claimants(figs: list[Figure]) -> None:
    """A headline abbreviates its source ("monitors say"); the body figure it summarises
    names the source in full."""
    for f in figs:
        if not f.in_title:
            continue
        for g in figs:
            if not g.in_title and g.kind == f.kind and _key(g) == _key(f) and g.claimant:
                f.claimant = g.claimant
                break


_PARTICIPLE_ASIDE_RE = re.compile(rf"\s*{cl.PARTICIPLE_ASIDE}\s*")


def _subject_spans(text: str, attrs: list[cl.Attribution]) -> list[tuple[int, int]]:
    spans = []
    for a in attrs:
        if a.type == "according":
            spans.append((a.start, a.end))
            continue
        for phrase in (a.subject, a.appositive):
            idx = text.rfind(phrase, 0, a.start + 1) if phrase else -1
            if idx >= 0:
                paren = re.match(r"\s*\([^)]{1,20}\)", text[idx + len(phrase) :])  # "... Army (MNDAA) said"
                end = idx + len(phrase) + (paren.end() if paren else 0)
                if _PARTICIPLE_ASIDE_RE.fullmatch(text, end, a.start):
                    # "Zelensky, attending a summit in Granada, Spain, said": the speaker's frame
                    end = a.start
                spans.append((idx, end))
    return spans


def _audience_spans(text: str, attrs: list[cl.Attribution]) -> list[tuple[int, int]]:
    """Whom a speaker told: "..., Trevilla told President Claudia Sheinbaum's news conference"
    names no side of the figure before it."""
    spans = []
    for a in attrs:
        if text[a.start : a.end].lower() in ("told", "tells"):
            m = re.match(r"[^,.;:\"“”]*?(?=\s+that\b|[,.;:\"“”]|$)", text[a.end :])
            if m and m.group(0).strip():
                spans.append((a.end, a.end + m.end()))
    return spans


def _in_spans(pm: PartyMention, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pm.start and pm.end <= e for s, e in spans)


def _weights(text: str) -> list[tuple[int, int]]:
    """Weights inside a phrase, read past like a calibre: "two 500-kilogram bombs"."""
    return [(w.start(), w.end()) for w in WEIGHT_MODIFIER_RE.finditer(text)]


def _sentence_figures(ctx: _Ctx, si: int, s: Sentence, ms: list[Mention]) -> list[Figure]:
    text = s.text
    rel = [(m, m.char_start - s.start, m.char_end - s.start) for m in ms]
    reasons = [reject_reason(text, a, b, m) for m, a, b in rel]
    cal_spans = [(a, b) for (m, a, b) in rel if m.caliber_mm is not None]
    # calibres and weights inside a phrase are read past: "18 155mm howitzers", "two 500-kilogram bombs"
    skip_spans = cal_spans + _weights(text)
    # the noun phrases of every candidate number, so one figure's words are not another's party
    np_spans = []
    nonfigure_ends: list[int] = []
    for k, ((m, a, b), reason) in enumerate(zip(rel, reasons, strict=True)):
        if reason is None and m.caliber_mm is None:
            onp = noun_phrase(text, b, skip_spans=skip_spans, vague=m.qualifier == "vague")
            if onp.category != "nonfigure":
                np_spans.append((a, onp.ext_end))
            else:
                nonfigure_ends.append(onp.ext_end)
            if (
                onp.category == "weapon"
                and (onp.head or "").lower() in load().words("generic_weapon")
                and nonfigure_ends
                and _COORD_GAP_RE.match(text[nonfigure_ends[-1] : a])
            ):
                reasons[k] = "coordinated with a non-figure"  # "set fire to 45 houses and 34 vehicles"
    attrs = ctx.attrs[si]
    subj_spans = _subject_spans(text, attrs)
    speakers = load().words("source_noun")
    for k, ((_m, a, b), reason) in enumerate(zip(rel, reasons, strict=True)):
        if reason is None and any(st <= a and b <= en for st, en in subj_spans):
            hm = re.match(r"\s+(?:[A-Z][\w.]*\s+)?([a-z]+)", text[b:])  # "two US officials"
            snp = noun_phrase(text, b)
            head = snp.head or (hm.group(1) if hm else "")
            if head.lower() in speakers or (not snp.head and snp.partitive in ("them", "those", "these")):
                # "two US officials told Reuters", "One of them, who asked not to be named, said":
                # who speaks, not a figure
                reasons[k] = "the speakers"
    pms = ctx.pms[si]
    sentence_figs: list[_Work] = []
    out: list[Figure] = []
    lo = 0
    for k, ((m, a, b), reason) in enumerate(zip(rel, reasons, strict=True)):
        if reason:
            continue
        next_start = rel[k + 1][1] if k + 1 < len(rel) else len(text)
        others = [sp for sp in np_spans if sp[0] != a]
        work = _one_figure(
            ctx,
            si,
            s,
            m,
            a,
            b,
            lo,
            next_start,
            cal_spans,
            skip_spans,
            attrs,
            subj_spans,
            pms,
            sentence_figs,
            others,
        )
        if work is None:
            continue
        lo = b
        sentence_figs.append(work)
        ctx.figures.append(work)
        out.append(work.figure)
    _lost_beside_wounded(text, sentence_figs)
    return out


_LOST_BEFORE_RE = re.compile(r"\blos(?:t|ing|es|e)\s+(?:[\w-]+\s+){0,4}$", re.I)


def _lost_beside_wounded(text: str, works: list[_Work]) -> None:
    """ "lost 15 of its own soldiers, with 32 more wounded": where the wounded are counted
    beside them, the lost are the dead. So are a few hundred lost in one operation ("The army
    has now lost 290 soldiers in the ground offensive", "South Africa, which lost 14 soldiers");
    a war's running loss claim in the thousands ("Russia had lost 1,140 troops", "up to 540
    servicemen" in a day) counts the killed and wounded together. Fighters lost are soldiers lost
    ("The rebels lost three fighters"), and civilians lost are always the dead ("he had lost seven
    relatives")."""
    beside = any(w.figure.kind == "wounded" for w in works)
    for w in works:
        f = w.figure
        if f.kind != "casualties" or not _LOST_BEFORE_RE.search(text, max(0, w.start - 40), w.start):
            continue
        size = f.value if f.value is not None else (f.low or f.high or 0)
        few = size < _FEW_LOST and w.np.detail in ("troop", "fighter") and f.qualifier != "vague"
        kin = f.population == "civilian"  # "he had lost seven relatives": civilians lost are dead
        if (beside or few or kin) and not _KIND_AFTER_RE.match(text, w.np.end):
            f.kind = "killed"


_FEW_LOST = 500
_PP_BEFORE_RE = re.compile(r"\b(?:of|for|from|about|on|to|with)\s+(?:the\s+|all\s+)?$", re.I)


def _person_noun_after(text: str, pos: int) -> bool:
    m = re.match(r"\s+([a-z]+)\b", text[pos : pos + 30])
    return bool(m) and m.group(1) in load().person_nouns


_KIND_AFTER_RE = re.compile(r"\s+(?:killed|dead|wounded|injured|casualties)\b", re.I)


LOOKBACK = 60
"""How many earlier figures a search for an antecedent walks back through: a figure further
back is no plausible antecedent, and an unbounded walk makes an article's work grow with the
square of its figures (a pasted table of thousands of numbers)."""


def _recent(ctx: _Ctx) -> Iterator[_Work]:
    return itertools.islice(reversed(ctx.figures), LOOKBACK)


def _antecedent(ctx: _Ctx, sentence_figs: list[_Work], si: int, paragraph: int) -> _Work | None:
    if sentence_figs:
        return sentence_figs[-1]
    for w in reversed(ctx.figures):
        if w.paragraph == paragraph and w.sentence >= si - 2:
            return w
        break
    return None


_BACKGROUND_WHEN_RE = re.compile(
    r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2})?|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|(?:in|of)\s+\d{4}),\s+when\s"
)


_BACKGROUND_EVENT = (  # "... the Pulwama bombing, which killed 40": an earlier event's toll
    r"\b<<past_event_noun>>\b[^.;\"“”]{0,80}?"
    r"\b(?:which|that)\s+(?:had\s+)?(?:killed|left)\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+)?$"
)


def _harmed(text: str, lo: int, a: int, np: NounPhrase) -> bool:
    """Does a casualty verb govern the noun phrase ("killed 30 cadets", "12 trainees were wounded")?"""
    lex = load()
    pred = right_predicate(text, np.ext_end, lex.kind_trigger_re)
    left = left_trigger(text, lo, a)
    kinds = [lex.kind_triggers[pred.group("trigger").lower()][0]] if pred else []
    kinds += [left[0]] if left else []
    # (a prison's inmates held or freed in a jailbreak are not war captives)
    return any(k in CASUALTY_KINDS and not (np.detail == "inmate" and k == "captured") for k in kinds)


def _one_figure(
    ctx, si, s, m, a, b, lo, next_start, cal_spans, skip_spans, attrs, subj_spans, pms, sentence_figs, others
):
    lex = load()
    text = s.text
    calibre_only = m.caliber_mm is not None
    caliber = None
    calibre_text = None
    if calibre_only:
        word = re.search(r"([A-Za-z]+(?:-[a-z]+)?)\s+$", text[max(0, a - 20) : a])
        if (
            re.search(r"\d[\d,]*\s*$", text[max(0, a - 8) : a])
            or _COUNT_OF_RE.search(text, max(0, a - 40), a)
            or (word is not None and word.group(1).lower() in lex.cardinals)
            or _vague_of_before().search(text, max(0, a - 40), a)
        ):
            # "18 155mm", "three 155mm", "10,000 rounds of 155mm ammunition", "hundreds of 7.62mm
            # rounds": the count's calibre
            return None
        np = noun_phrase(text, b)
        pair = _NEXT_CALIBRE_RE.match(text, b)
        if np.category != "weapon" and pair:
            np = noun_phrase(text, pair.end())  # "76mm and 30mm naval guns": the guns of both calibres
        if np.category != "weapon":
            return None
        caliber = m.caliber_mm
        calibre_text = text[a:b]
    else:
        np = noun_phrase(text, b, skip_spans=skip_spans, vague=m.qualifier == "vague")
        for cs, ce in cal_spans:
            inside = np.head_start < 0 or ce <= np.head_start
            # "10,000 rounds of 155mm ammunition": a calibre after "of" measures the counted rounds
            of_after = np.category == "weapon" and re.fullmatch(r"\s+of\s+", text[np.end : cs])
            if b <= cs and (inside or of_after):
                calibre_text = text[cs:ce]
                caliber = calibre_mm(calibre_text)
    if np.category == "nonfigure" and np.detail in ("trainee", "inmate") and _harmed(text, lo, a, np):
        # "killed 30 cadets", "At least 68 inmates were killed": trainees and a prison's inmates are
        # counted when harmed, not when a school trains or a prison holds (or a jailbreak frees) them
        np.category, np.detail = "person", "person"
    if np.category == "nonfigure" and np.detail == "vehicle" and _armed_after(text, np.end):
        # "more than 20 pickup trucks fitted with 23mm cannon": technicals, weapons
        np.category, np.detail = "weapon", _lemma(np.head)
    if np.category == "nonfigure":
        return None
    if (
        np.detail == "suspect"
        and not any(a <= pm.start and pm.end <= np.end for pm in ctx.pms[si])
        and not _harmed(text, lo, a, np)
    ):
        # "hunting for three suspects": nobody counted; but "troops detained 30 suspects" are
        # captives, and "five Boko Haram suspects" are fighters
        return None
    if np.head is None and not sentence_figs:
        _fronted_head(text, a, np)
    bd = bounds(text, a, b, m, calibre_only=calibre_only)
    one = _ONE_BEFORE_RE.search(text, max(0, a - 5), a)
    if (
        calibre_only
        and one
        and np.head
        and not np.head.lower().endswith("s")
        # (not a platform's armament: "the Leopard 2A6 carries a 120mm smoothbore gun")
        and not pattern(r"\b<<armament_verb>>\s+$", re.I).search(text, max(0, one.start() - 20), one.start())
    ):
        bd = Bounds("exact", 1, None, None, one.start())
        calibre_only = False  # "seized a 120mm mortar": one mortar, of that calibre
    cue = nonfigure_cue(text, bd.start, b, np.ext_end) if not calibre_only else None
    if cue and not (
        (np.head or "").lower() in load().words("withdrawn_noun")
        and cue.lower() in load().words("troop_movement_cue")
    ):
        return None  # (but "About 100 US special forces troops were evacuated from the base" are troops)
    if (
        not calibre_only
        and _FOUND_BEFORE_RE.search(text, max(0, bd.start - 30), bd.start)
        and _ALIVE_AFTER_RE.match(text, np.ext_end)
    ):
        return None  # "we have found 46 gendarmes alive": the survivors, no loss
    if not calibre_only and _disease_toll(text, bd.start, np.ext_end):
        return None  # "an Ebola outbreak that has killed more than 2,000 people": no war's toll
    antecedent = _antecedent(ctx, sentence_figs, si, s.paragraph)
    if (
        antecedent is not None
        and antecedent.sentence != si
        and re.search(r"\bincluding\s*$", text[max(0, bd.start - 12) : bd.start])
    ):
        antecedent = None  # "22 people on board, including three guards": not an earlier figure
    part_of = np.partitive in ("them", "those", "these", "whom", "which") or left_partitive(text, bd.start)
    them = np.partitive in ("them", "those", "these", "whom", "which")
    if (
        antecedent is None
        and (them or (of_that_total(text, bd.start) and not sentence_figs))
        and ctx.figures
        and ctx.figures[-1].sentence == si - 1
    ):
        antecedent = ctx.figures[
            -1
        ]  # "... 300 civilians were killed.\n\nMore than 100 of them were children."
    prev = sentence_figs[-1] if sentence_figs else None
    gap_start = prev.phrase_end if prev is not None and prev.phrase_end <= bd.start else None
    if gap_start is None and prev is not None and prev.np.ext_end <= bd.start:
        gap_start = prev.np.ext_end  # the predicate runs past this number: "12 people, including three ..."
    gap = text[gap_start : bd.start] if gap_start is not None else ""
    tight = bool(gap.strip()) and bool(_COORD_GAP_RE.match(gap))
    # "killed about 1,200 people in Lebanon, most of them civilians, and 158 Israelis": the same
    # list across a place and an appositive part (which do not carry the qualifier over)
    coordinated = tight or (bool(gap.strip()) and bool(_COORD_GAP_RE.match(clean_gap(gap))))
    if not coordinated and prev is not None and prev.np.head is None and np.head is None:
        # gapping: "76 were female and 61 male" shares the first number's verb and kind
        coordinated = bool(_GAPPING_RE.match(text[prev.end : bd.start]))
    if pattern(_REMAINS_OF, re.IGNORECASE).search(text[max(0, bd.start - 30) : bd.start]):
        kind, action, kind_pop = "killed", None, None
    else:
        kind, action, kind_pop = _decide_kind(
            text, m, a, b, np, lo, bd.start, next_start, antecedent, prev, coordinated, calibre_only,
            ctx.capture_article,
        )  # fmt: skip
    if kind is None:
        return None
    if calibre_only:
        kind = "weapons"
    value, low, high, qualifier = bd.value, bd.low, bd.high, bd.qualifier
    if qualifier == "exact" and bd.start == a and prev is not None and tight and not np.partitive:
        # "about 300 troops killed, 2,700 wounded": the qualifier spans the list (not a part:
        # "at least 16 people were injured, two of them gang members")
        pq = prev.figure.qualifier
        pv = prev.figure.value if prev.figure.value is not None else (prev.figure.low or prev.figure.high)
        if pq == "approx":
            qualifier = "approx"
        elif (
            pq in ("at_least", "at_most")
            and pv is not None
            and bd.value is not None
            and prev.figure.kind == kind
            # (not when the items before carry their own: "more than 1,400 Stingers, more than 6,500
            # Javelins and 108 155mm howitzers")
            and not (
                len(sentence_figs) > 1
                and qualifier_before(text, prev.start)[0] == pq
                and qualifier_before(text, sentence_figs[-2].start)[0] == pq
            )
        ):
            qualifier, value = pq, None
            low, high = (bd.value, None) if pq == "at_least" else (None, bd.value)
    weapon = None
    if kind == "weapons":
        weapon = weapon_name(np, calibre_text)
        if weapon is None and antecedent is not None and antecedent.figure.kind == "weapons":
            weapon = antecedent.figure.weapon
    # claimant
    attr = cl.choose(attrs, a, ctx.state, text)
    # "the 287 pupils that teachers and local officials had said were abducted", "27 the military
    # says are dead": a report inside a relative clause on the counted noun speaks for it
    rel = re.match(r"\s*((?:that|which|whom)\s+)?", text[np.ext_end :])
    at = np.ext_end + rel.end()
    attr = next(
        (
            x
            for x in attrs
            if x.subject
            # (or its pronoun, when the speaker was found as the clause's subject: "17 militants it said")
            and (
                text.startswith(x.subject, at)
                or re.fullmatch(r"(?:it|they|he|she|we)\s+", text[at : x.start])
            )
            and x.start < at + 90
            and (rel.group(1) or x.relative)
        ),
        attr,
    )
    # "India says the raid was retaliation for the Pulwama bombing, which killed 40 police officers": the
    # earlier event's toll, told by the article, not the speaker's count (the speaker still helps the side)
    background = (
        attr is not None
        and attr.end <= a
        and bool(pattern(_BACKGROUND_EVENT).search(text, attr.end, bd.start))
    )
    if attr is not None and attr.end <= a and _BACKGROUND_WHEN_RE.search(text, attr.end, a):
        attr = None  # "puts the toll at 36,171 since the war began on October 7, when Hamas-led gunmen killed
        # about 1,200 people": the date's story, told by the article, not the source's count
    claimant_obj = None
    if attr is not None:
        idx = attrs.index(attr)
        claimant_obj = ctx.resolved[si][idx] if idx < len(ctx.resolved[si]) else None
        if attr.type == "pledge" and (
            attr.start > a or (claimant_obj is not None and claimant_obj.kind == "country")
        ):  # "Britain has pledged 14 Challenger 2 tanks": a state's act the article reports, not a claim
            # ("Ruto has pledged to send a thousand officers": a leader's word is his claim)
            claimant_obj = None
    elif not attrs:
        claimant_obj = _quote_speaker(ctx, si) or _carried_claimant(ctx, si, s, pms)
    if claimant_obj is not None:
        armed = (
            kind in ("troops", "weapons") or np.population == "military" or np.detail in ("troop", "fighter")
        )
        claimant_obj = cl.upgrade(claimant_obj, ctx.all_claimants, si * 100, military=armed)
    claimant = claimant_obj.name if claimant_obj is not None else None
    if claimant is None and not attrs and part_of and antecedent is not None:
        claimant = antecedent.figure.claimant  # a part is claimed by whoever claimed its total
    if claimant is None and not attrs and prev is not None and _FRONTED_PARTS_RE.match(text):
        claimant = prev.figure.claimant  # "Of those, 1,196 were IS fighters, ... and 25 were civilians"
    if (
        claimant is None
        and prev is not None
        and np.head is None
        and _TOLL_CHANGE_RE.search(text[max(0, bd.start - 60) : bd.start])
        and re.search(
            r"\bit\s+(?:had\s+|has\s+|later\s+)?\w+\s+(?:to|at)\s+\S*\s*$",
            text[max(0, bd.start - 40) : bd.start],
        )
    ):  # "The ministry's first toll was five dead; by early afternoon it had risen to six": its toll
        # (not "the toll later rose to 32", a later count nobody is named for)
        claimant = prev.figure.claimant
    # party
    military_noun = (
        np.population == "military"
        or np.detail in ("troop", "fighter")
        or (np.category == "kind" and np.detail == "casualties")
        or (np.category == "" and prev is not None and prev.military_noun)
    )
    site = _Site(
        s, si, kind, action, np, a, bd.start, lo, antecedent, prev, coordinated, pms, subj_spans, attr,
        claimant_obj, military_noun, others,
    )  # fmt: skip
    site.attrs_all = attrs
    party = _choose_party(ctx, site)
    # population
    ante_pop = antecedent.figure.population if antecedent is not None else None
    if kind == "weapons":
        pop = None
    else:
        inherit = np.partitive or coordinated or np.category in ("", "kind") or left_partitive(text, bd.start)
        pop = population(np, text, ante_pop if inherit else None)
        if pop is None and kind_pop:
            pop = kind_pop
    info = lex.party(party)
    if ctx.victims is None and kind in CASUALTY_KINDS and pop != "military" and info and info.type == "state":
        ctx.victims = party
    if claimant_obj is not None and _qualify_claimant(ctx, claimant_obj, party, kind, pop):
        claimant = claimant_obj.name
    if background:
        claimant = None
    ev_start = bd.start
    ev_end = max(b, np.end)
    evidence = text[ev_start:ev_end].strip().strip(",")
    ev_start = text.find(evidence, ev_start) if evidence else ev_start
    if kind == "troops":
        action = None if (_pledged(text, lo, bd.start) or action == "none") else "deployed"
    if kind not in ("troops", "weapons"):
        action = None
    fig = Figure(
        kind=kind,
        evidence=evidence,
        char_start=s.start + ev_start,
        char_end=s.start + ev_start + len(evidence),
        sentence=text,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        party=party,
        population=pop,
        claimant=claimant,
        weapon=weapon,
        caliber_mm=caliber,
        action=action,
        in_title=s.in_title,
    )
    _sanity(fig)
    pred = right_predicate(text, np.ext_end, lex.kind_trigger_re)
    phrase_end = pred.end() if pred else np.ext_end
    return _Work(fig, si, s.paragraph, a, b, np, _group(kind), military_noun, phrase_end)


_KILLED_BEFORE_RE = re.compile(
    # (not a passive that ends the clause before: "1,200 people were killed and 251 taken hostage")
    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)"
    r"\b(?:killed|executed|killing|executing|murdered|beheaded|shot\s+dead|shooting\s+dead|"
    r"(?:execution|executions|killing|killings|murder|deaths?)\s+of)"
    r"\s+(?!and\b)(?:\w+\s+){0,2}$",
    re.I,
)
_SHOT_DOWN_AFTER_RE = re.compile(
    r"\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:shot\s+down|intercepted|downed)\b", re.I
)


_NEXT_ITEM_RE = re.compile(  # the next item of a list of counted noun phrases
    # ("Officials first reported 50 dead, then 62, then 75": a toll revised in one breath)
    r"\s*(?:,\s*(?:and\s+|or\s+|then\s+)?|and\s+|or\s+)"
    r"(?:(?:about|some|nearly|almost|at least|more than|over|around|roughly|up to)\s+)?"
)


# the group a list item's people belong to, before the next item: "27 members of the drug faction, ..."
_ITEM_OF_RE = re.compile(r"\s+(?:of|from)\s+[^,;.\d]{1,60}?(?=\s*,|\s+(?:and|or)\s)")


def _next_item(text: str, pos: int) -> re.Match[str] | None:
    """The separator before the next counted item of a list, if a number (in digits or words)
    follows: ", 24 women", " and one Army soldier"."""
    m = _NEXT_ITEM_RE.match(text, pos)
    if m is None or re.match(r"[\w,.]+\s+of\s+(?:whom|which|them|those)\b", text[m.end() :]):
        return None  # (not "59 hostages, 35 of whom are dead": a part of them, not another item)
    word = load().cardinal_re.match(text, m.end())  # ("three policemen", not "threefold")
    if text[m.end() : m.end() + 1].isdigit() or (word and not text[word.end() : word.end() + 1].isalpha()):
        return m
    return None


def _bare_conjunct(text: str, pos: int) -> int:
    """The length of a noun joined without a number ("soldiers and policemen") before the next
    item or the verb."""
    m = re.match(r"\s+(?:and|or)\s+[a-z]+(?=\s*,|\s+(?:and|or)\s|\s+(?:were|was|had|have|are)\b)", text[pos:])
    if m is None and re.search(r"\band\s+(?:an?|his|her|their|its)\s+[a-z-]+$", text[:pos]):
        # "Ten soldiers and a civilian driver were killed": the phrase stopped at the adjective
        m = re.match(r"\s+[a-z]+(?=\s+(?:were|was|had|have|are)\b)", text[pos:])
    return m.end() if m else 0


def _coordinated_gap(text: str, end: int, next_start: int) -> bool:
    """ "45 civilians and more than 70 soldiers", "109 men, 24 women and 38 children": only a
    comma, "and"/"or" (and the next number's own qualifier) stand between noun phrases that
    share one predicate."""
    gap = text[end:next_start]
    if re.fullmatch(r"\s*,\s*", gap):
        # (not "59 hostages, 35 of whom are dead": a part of them, not another item)
        return not re.match(r"[\d,.]+\s+of\s+(?:whom|which|them|those)\b", text[next_start:])
    m = re.match(r"\s*,?\s*(?:and|or)\s+", gap)
    if m is None:
        return re.fullmatch(r"\s*,?\s*(?:and|or)\s*", gap) is not None
    rest = gap[m.end() :]
    return not rest.strip() or qualifier_before(text, next_start)[1] <= end + m.end()


def _placed_group(pms: list[PartyMention], pm: PartyMention) -> PartyMention:
    """The armed group a state's possessive places ("Yemen's Houthi rebels", "members of Lebanon's
    Hezbollah"): the group is the side, the state only where it is."""
    if pm.possessive and pm.type == "state":
        return next((g for g in pms if g.start == pm.end + 3 and g.type == "group"), pm)
    return pm


def _later_item(text: str, lo: int, hi: int) -> bool:
    """Whether the mention at hi describes another counted item of a list that begins after lo
    (", two Jordanian civilians", "and a 62-year-old Canadian woman"): its words are that item's,
    not the count before. A bare ", a" is left out: ", a Ukrainian official said" names a speaker."""
    last = None
    for m in _LATER_ITEM_RE.finditer(text, lo, hi):
        word = m.group("word")
        if word is not None and not load().cardinal_re.fullmatch(word):
            continue
        if "and" not in m.group(0) and not m.group(0)[-1].isdigit() and word is None:
            continue
        last = m
    # (the mention modifies that item's noun: "two Jordanian civilians", not "24 wounded in ... Sanaa")
    return last is not None and bool(_ITEM_WORDS_RE.fullmatch(text, last.end(), hi))


def _earlier_item(text: str, pm: PartyMention, q_start: int) -> bool:
    """Whether the mention describes the list item just before the count at q_start, one that
    begins with its own number ("nine Iskander-M or North Korean KN-23 ballistic missiles and 20 ...")."""
    if not _EARLIER_ITEM_END_RE.fullmatch(text, pm.end, q_start):
        return False
    head = re.search(
        rf"(?:^|[,:;]\s*|\b(?:and|or)\s+)([\w,.-]+)\s+(?:{_NOT_ITEM_WORD}[\w.'’-]+\s+){{0,4}}$",
        text[max(0, pm.start - 50) : pm.start],
        re.I,
    )
    if head is None:
        return False
    word = head.group(1)
    return word[:1].isdigit() or bool(load().cardinal_re.fullmatch(word))


def _governed_re(lex) -> re.Pattern[str]:
    """A kind verb right before a noun phrase, at most two words away: "lost seven soldiers"."""
    return pattern(rf"(?:{lex.kind_trigger_re.pattern})\s+(?:[\w-]+\s+){{0,2}}$", re.I)


def _qualify_claimant(ctx: _Ctx, c: cl.Claimant, party: str | None, kind: str, pop: str | None) -> bool:
    """A national body the text names without its country ("police said", "the health ministry
    said", "officials said") gets one: the country whose people it counts when it counts its own
    dead or wounded, else the article's country. The claimant object is shared by the later
    figures it asserts, so it reads the same all through the article."""
    if c.name in _PLACE_WITNESSES:
        # "a resident told The Irrawaddy" in a Pazigyi story: "Pazigyi resident"
        place = _local_place(ctx, party if _is_state(party) else ctx.dominant)
        if place:
            c.name = f"{place} {c.name}"
        return bool(place)
    if not _bare_national_body(c):
        return False
    if c.name.split()[-1].lower() in ("source", "sources"):
        c.name = c.name.lower()  # ("Security sources said": a common noun opening the sentence)
    info = load().party(party)
    own_people = kind not in ("troops", "weapons", "captured") and pop != "military"
    named = any(pm.party == party for pm in ctx.pms[ctx.current])  # the sentence names the victims' country
    if own_people and info and info.type == "state" and named:
        country = party
    elif own_people:
        country = ctx.victims or ctx.dominant  # the country whose dead the article counts first
    else:
        country = ctx.dominant
    if _LOCAL_BODY_RE.fullmatch(c.name):
        # the police of the place the story happens, whoever its dead are ("Police said the attack
        # in Abu Dhabi killed two Indians": the Emirati police)
        country = _place_country(ctx) or country
    named = _name_with_country(c, country, ctx.state.context)
    if named and _LOCAL_BODY_RE.fullmatch(c.name.split(" ", 1)[-1]):
        place = _local_place(ctx, country)
        if place:
            c.name = f"{c.name} in {place}"  # "police said" in Quetta: "Pakistan police in Quetta"
    return named


# people who speak for the place they are in, not for a body
_PLACE_WITNESSES = frozenset({"resident", "residents", "doctor", "doctors"})

# bodies that belong to a place, not only to a country: the police, regional or local officials
_LOCAL_BODY_RE = re.compile(
    r"police|(?:regional|provincial|local|state|district)\s+(?:officials|authorities)"
)


def _places_back(ctx: _Ctx) -> Iterator[tuple[str, list[PartyMention]]]:
    """Each sentence's towns and regions, from the current sentence back to the first."""
    for j in range(ctx.current, -1, -1):
        yield ctx.sentences[j].text, [pm for pm in ctx.pms[j] if pm.role in ("place", "capital")]


def _place_country(ctx: _Ctx) -> str | None:
    """The country of the nearest town or region named up to the current sentence."""
    for _, places in _places_back(ctx):
        for pm in reversed(places):
            if _is_state(pm.party):
                return pm.party
    return None


def _local_place(ctx: _Ctx, country: str | None) -> str | None:
    """The place of `country` nearest before the current sentence's end: the town or region whose
    police or officials speak ("police said" in a Quetta story)."""
    region = None
    for text, places in _places_back(ctx):
        for pm in places:
            if pm.party == country:
                if not _REGION_AFTER_RE.match(text, pm.end):
                    return pm.surface
                region = region or pm.surface
    # (a town before the region it lies in: "residents said" after "Lashio" and "northern Shan State")
    return region


_REGION_AFTER_RE = re.compile(r"\s+(?:state|province|region|district|county|governorate|oblast)\b", re.I)


def _bare_national_body(c: cl.Claimant) -> bool:
    """ "police", "the health ministry", "officials": a national body named without its country."""
    if not c.name or c.country:
        return False
    words = c.name.split()
    lex = load()
    if len(words) == 2 and words[1].lower() in ("source", "sources"):
        # "an army source", "military sources": a source inside a national body
        return words[0].lower() in lex.words("country_body")
    if c.kind != "org":
        return False
    generic = len(words) > 1 and all(
        w in lex.titles for w in words[:-1]
    )  # "Defence Ministry", "Interior Ministry"
    if not generic and (
        any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and len(words) > 1)
    ):
        return False  # a proper name
    if "and" in words:
        return False  # several sources: "teachers and local officials"
    return words[-1].lower() in lex.words("country_body")


def _group_named_before(text: str, pos: int) -> bool:
    """Does the sentence name an armed group (by name or as "the group", "militants") before pos?"""
    lex = load()
    for m in lex.party_re.finditer(text, 0, pos):
        pa = lex.party_aliases.get(m.group(0))
        info = lex.party(pa.party) if pa else None
        if info is not None and info.type == "group":
            return True
    return bool(pattern(r"\b<<group_head>>\b", re.I).search(text, 0, pos))


# an apposition that lists the dead: "The victims, 102 men, 17 women and 12 children, were ..."
_VICTIMS_APPOSITION_RE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:victims|dead)\s*,\s*(?:(?:[\w'’-]+\s+){1,3}?(?:,\s*|and\s+))*(?:some\s+|about\s+)?$"
)


_NEXT_CALIBRE_RE = re.compile(r"\s*(?:,|and|or)\s+\d{2,3}(?:\.\d+)?\s?-?\s?mm\b", re.I)


def _name_with_country(c: cl.Claimant, country: str | None, text: str = "") -> bool:
    """ "police" of Somalia -> "Somali police", "health ministry" of Lebanon -> "Lebanon health ministry"
    (cl.country_word)."""
    lex = load()
    info = lex.party(country)
    if not country or info is None or info.type != "state":
        return False
    low = c.name.lower()
    label = cl.country_word(info, low, text)
    # a body the alias table names: "Ukraine military intelligence"
    known = cl.canonical_name(f"{info.short} {low}") or cl.canonical_name(f"{label} {low}")
    body = (
        c.name if " " in c.name and c.name[:1].isupper() else low
    )  # ("Defence Ministry" keeps its capitals)
    c.name = known or f"{label} {body}"  # (a name only: which side it speaks for is not guessed from it)
    return True


_FRONTED_RE = re.compile(r"(?:Of|Among)\s+(?:the|those|these|all the)\s+(?:[\w-]+\s+)?")
_FRONTED_PARTS_RE = re.compile(r"(?:Of|Among)\s+(?:those|them|these|the\s+dead|the\s+[\d,]+\s+dead),\s*")


def _fronted_head(text: str, a: int, np: NounPhrase) -> None:
    """ "Of the hostages seized on October 7, 94 remain in Gaza": a bare number takes the noun of
    the fronted partitive that opens its sentence."""
    lex = load()
    fm = _FRONTED_RE.match(text)
    if not fm or fm.end() >= a:
        return
    nm = None
    for cand in lex.noun_re.finditer(text, fm.start(), min(a, fm.end() + 30)):
        nm = cand
        break
    if nm is None:
        return
    cat, detail, pop = lex.noun_info(nm.group(0))
    if cat in ("kind", "person", "demonym"):
        np.head, np.category, np.detail, np.population = nm.group(0), cat, detail, pop


def _sanity(fig: Figure) -> None:
    if fig.low is not None and fig.high is not None and fig.low > fig.high:
        fig.low, fig.high = fig.high, fig.low
    if fig.value is not None:
        if fig.low is not None and fig.value < fig.low:
            fig.value = None
        if fig.high is not None and fig.value is not None and fig.value > fig.high:
            fig.value = None


def _pledged(text: str, lo: int, hi: int) -> bool:
    return bool(pattern(r"\b(?:<<pledge_verb>>|plans?|will)\b").search(text[lo:hi]))


# what may stand between a toll's verb and its number: "rose to about 137", "up from some 133"
_TOLL_NUMBER_TAIL = (
    r"|\b(?:up|down)\s+from)\s+(?:about|nearly|almost|more\s+than|at\s+least|over|some|around)?\s*$"
)
_TOLL_CHANGE_RE = re.compile(
    r"(?:\b(?:rose|risen|rising|climbed|climbing|jumped|increased|reached|stood|stands|raised|raising|pushed|put|"
    r"lowered|lowering|revised|revising|bringing|brought|taking|took)\b"
    # ("bringing the toll since October 2023 to 1,928 killed": a time phrase inside)
    r"(?:\s+[\w'’]+){0,4}?(?:\s+(?:since|in|from|over)\s+[\w'’]+(?:\s+\d{4})?)?\s+(?:to|at|past|above)"
    + _TOLL_NUMBER_TAIL,
    re.I,
)
# the next step of a toll's change: "raised the toll to 12 and finally 13", "to 17 by late morning
# and to 21 in the afternoon", "lowered the death toll to 84, from the 100 reported a day earlier"
_TOLL_SERIES_RE = re.compile(
    r"\b(?:to|at)\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+|at\s+least\s+)?\d[\d,]*(?:\s+[\w'’]+){0,4}?\s*,?\s+"
    r"(?:(?:and|then)\s+(?:then\s+|later\s+|finally\s+|eventually\s+|subsequently\s+)?(?:to\s+)?|"
    r"from\s+(?:the\s+|an?\s+(?:earlier|initial|previous)\s+)?)$",
    re.I,
)
_BOTH_SIDES_AFTER_RE = re.compile(
    r"(?:(?!\b(?:and|called|urged)\b)[^;.:,]){0,50}?\b(?:on\s+(?:both|each|either)\s+sides?\b(?!\s+of\b)|apiece\b)",
    re.I,
)
_BOTH_SIDES_BEFORE_RE = re.compile(
    r"\b(?:both|the\s+two)\s+sides['’]\s+[^;.:]{0,50}$|\beach\s+(?:released|freed|returned|handed\s+over)\s+$",
    re.I,
)
_FIRED_FROM_RE = re.compile(
    r"(?:(?!\b(?:and|but|while)\b)[^.;:]){0,50}?\b(?:fired|launched|shot|dropped)\s+"
    r"(?:from|(?P<by>by))\s+(?:the\s+|an?\s+)?",
    re.I,
)
_COMMENT_AFTER = r",\s+(?:<<comment_verb>>)\b|\band\s+(?:<<comment_verb_past>>)\b"
# "mercenaries fighting for Kyiv", "troops who fought on the side of the government"
_FIGHTING_FOR_RE = re.compile(
    r",?\s+(?:who\s+(?:were|are|had\s+been|have\s+been)\s+)?(?:fighting|fought)\s+"
    r"(?:for|on\s+the\s+side\s+of|on\s+behalf\s+of)\s+(?:the\s+)?",
    re.I,
)
_COALITION_AFTER_RE = re.compile(r"-led\s+(?:coalition|alliance|forces|troops|military\s+coalition)\b", re.I)


def _coalition(text: str, pm: PartyMention) -> str | None:
    """ "Saudi-led troops", "the US-led coalition": the coalition a state leads, named as gold names it."""
    if _COALITION_AFTER_RE.match(text, pm.end):
        return f"{pm.surface}-led coalition"
    return None


# "74 people died on the Israeli side", "On the Ukrainian side, 12 soldiers were wounded"
_ON_SIDE_AFTER_RE = re.compile(r"(?:(?!\band\b)[^;.:,\d]){0,40}?\bon\s+the\s+(?=[\w'’-]+\s+side\b)", re.I)
_ON_SIDE_BEFORE_RE = re.compile(r"\bon\s+the\s+(?=[\w'’-]+\s+side\b)(?=[^;.:]{0,60}$)", re.I)
# "... and Ukraine some 100,000": a second subject whose verb and noun are left out
_GAPPED_COUNT_RE = re.compile(
    r"[^.;:]{0,50}?(?:,\s*(?:and\s+)?|\s(?:and|while|but|whereas)\s+)(?:the\s+)?(?P<side>(?:[A-Z][\w'’-]+\s+){1,3})"
)
_GAPPED_BEFORE_RE = re.compile(r"(?:,\s*|\s(?:and|while|but|whereas)\s+)(?:the\s+)?$", re.I)
# "fighting between the Lebanese Army and militants from Syria": the militants' origin
_FIGHTERS_FROM_RE = re.compile(
    r"\b(?:militants|fighters|rebels|gunmen|jihadists|insurgents|extremists)\s+from\s+(?:neighbouring\s+|"
    r"neighboring\s+)?$",
    re.I,
)
# words that end a list item's own words: a preposition, "and", a verb
_ITEM_STOPS = r"in|on|at|from|near|by|to|of|for|with|and|were|was|had|have"
# a word inside a list item before the count it describes ("or" may join alternatives there)
_NOT_ITEM_WORD = rf"(?!(?:{_ITEM_STOPS}|into|against)\b)"
# the rest of a list item after a mention, up to the separator: "KN-23 ballistic missiles and "
_EARLIER_ITEM_END_RE = re.compile(
    rf"(?:\s+{_NOT_ITEM_WORD}[\w.'’-]+){{1,4}}(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)", re.I
)
_ITEM_WORDS_RE = re.compile(rf"[\w.,-]*\s+(?:(?!(?:{_ITEM_STOPS}|or)\b)[\w'’-]+\s+)?", re.I)
_LATER_ITEM_RE = re.compile(r"(?:,\s*and|,|\band)\s+(?:an?\b|\d|(?P<word>[a-z]+)\b)", re.I)
_OWN_PLACE_RE = re.compile(r"\s+in\s+(?:(?:northern|southern|eastern|western|central)\s+)?", re.I)
# "pounded Kharkiv with cluster munitions and ...": the weapons an attacker struck with
_INSTRUMENT = r"\b<<strike_with_verb>>\b[^.;:]{0,80}?\bwith\s+(?:[\w'’-]+\s+){0,6}$"
_NUMBER_OF_PEOPLE_RE = re.compile(r"\b(?:number|toll|tally|count)\s+of\s+(?:the\s+)?", re.I)
_EARLIER_COUNT_RE = re.compile(
    r"(?:\b(?:its|their|the|an?)\s+(?:earlier|previous|initial|first|original|last)\s+(?:death\s+)?"
    r"(?:toll|count|figure|tally|estimate)\s+of" + _TOLL_NUMBER_TAIL,
    re.I,
)
_ALL_OF_WHOM_RE = re.compile(
    r"\s*,\s*(?:all|both|each|every\s+one)\s+of\s+(?:whom|them)\s+(?:were|was|had\s+been|have\s+been|are)\s+(?:\w+ly\s+)?",
    re.I,
)
_PART_LIST_RE = re.compile(r"\b(?:including|among them|among whom|among the dead)\s+(?:about\s+|some\s+)?$")
_ASIDE_OPEN_RE = re.compile(r"\s*(?:\s[-–—]|—|\()\s*")


def _decide_kind(
    text,
    m,
    a,
    b,
    np,
    lo,
    q_start,
    next_start,
    antecedent,
    prev,
    coordinated,
    calibre_only,
    capture_article=False,
):
    """(kind, action, population hint) from the most local evidence outward."""
    lex = load()
    if calibre_only:
        act = action_near(text, lo, a) or action_after(text, np.end)
        if act is None and prev is not None and coordinated and prev.figure.kind == "weapons":
            act = prev.figure.action
        return "weapons", act, None
    if np.head == "strong":
        # "a 13,000-strong mission": the size of a force, whatever befalls it
        return "troops", "deployed", None
    if (
        np.head is None
        and np.category == ""
        and not np.partitive
        and prev is not None
        and prev.figure.kind != "weapons"
        and _ASIDE_OPEN_RE.fullmatch(text, prev.np.ext_end, q_start)
    ):  # "killed tens of thousands of people - as many as 150,000 - and displaced ...": the same count
        return prev.figure.kind, prev.figure.action, None
    partitive_them = np.partitive in ("them", "those", "these", "whom", "which") or left_partitive(
        text, q_start
    )
    if antecedent is not None and antecedent is prev and np.head in (None, prev.np.head):
        fm = _FRONTED_RE.match(text)  # "Of the 251 people taken ..., 49 remain": a part of the fronted total
        partitive_them = partitive_them or bool(
            fm and fm.end() >= prev.start and "," in text[prev.end : q_start]
        )
    if np.partitive in ("them", "those", "these", "whom", "which") and np.category == "":
        last = None
        for nm in lex.noun_re.finditer(text, max(0, q_start - 120), q_start):
            if nm.start() == 0 or not text[nm.start() - 1].isalnum():
                last = nm
        pred = right_predicate(text, np.ext_end, lex.kind_trigger_re)
        harmed = pred is not None and lex.kind_triggers[pred.group("trigger").lower()][0] in CASUALTY_KINDS
        if last is not None and lex.noun_info(last.group(0))[0] == "nonfigure" and not harmed:
            # "100 attacks on merchant vessels, sinking two of them" (but "One of the sources said
            # around 100 of them had been killed": people, whatever noun stands last before)
            return None, None, None
    if np.category == "" and not np.partitive and _SHOT_DOWN_AFTER_RE.match(text, np.ext_end):
        return "weapons", "destroyed", None  # "the air force said 25 were shot down": not people
    if (
        partitive_them
        and antecedent is not None
        and antecedent is prev
        and (tail := re.match(r"(?:\s+[\w-]+){0,4}?\s*(?:,|;|\.|$)", text[np.ext_end :]))
        and not lex.kind_trigger_re.search(text, b, np.ext_end + tail.end())  # ("250,000 of them killed")
        and antecedent.figure.kind != "weapons"
        and np.category not in ("weapon", "model")  # ("weapons, including dozens of rocket launchers")
    ):  # "at least 27 people were killed, three of them children, and 82 were injured": a part of the 27
        return antecedent.figure.kind, antecedent.figure.action, None
    if np.category in ("weapon", "model") or (
        partitive_them
        and antecedent is not None
        and antecedent.figure.kind == "weapons"
        and np.category == ""
    ):
        after = action_after(text, np.ext_end)
        with_aux = re.match(r"\s+(?:had|have|has|were|was|are|is|been|will|would)\b", text[np.ext_end :])
        act = (after if with_aux else None) or action_near(text, lo, q_start) or after
        if act is None and not coordinated:
            act = action_near(text, 0, q_start)
        if act is None and re.search(r"\bwith\s+(?:\w+\s+){0,2}$", text[max(0, q_start - 30) : q_start]):
            act = "deployed"  # "targeted a meeting with two Iskander-M missiles"
        if act is None and np.hyphen:
            act = action_near(text, np.end, min(len(text), np.end + 12))
        if act is None and prev is not None and coordinated and prev.figure.kind == "weapons":
            act = prev.figure.action
        if act is None and antecedent is not None and antecedent.figure.kind == "weapons" and partitive_them:
            act = antecedent.figure.action
        return "weapons", act, None
    if np.category == "model":
        return None, None, None
    of_total = OF_NUMBER_BEFORE_RE.search(text[max(0, q_start - 25) : q_start])
    if of_total and not (of_total.group(1)[0].isdigit() or of_total.group(1) in lex.cardinals):
        of_total = None
    if of_total and np.category == "person":
        # "40 of its 120 soldiers had been killed": 120 is the total the part is taken from
        return ("troops", "deployed", None) if np.detail == "troop" else (None, None, None)
    if (
        coordinated
        and prev is not None
        and np.category != "kind"
        and not np.kind_adj
        and prev.figure.kind in CASUALTY_KINDS
        and _PART_LIST_RE.search(text, max(0, prev.start - 30), prev.start)
    ):  # "eight people were killed, among them two women and two children, and five others were
        # wounded": the parts of a total share its kind, not the next clause's predicate
        return prev.figure.kind, prev.figure.action, None
    whom = _ALL_OF_WHOM_RE.match(text, np.ext_end)
    if whom and np.category != "kind":
        trigger = lex.kind_trigger_re.match(text, whom.end())
        if trigger:  # "about 10 other Radwan commanders, all of whom were killed"
            kind, action = lex.kind_triggers[trigger.group(0).lower()]
            return kind, action or None, None
    if np.category == "kind" and np.detail == "casualties" and re.match(r"\s*,", text[np.ext_end :]):
        # "about 300 casualties, killed, wounded and missing": what they add up to
        return "casualties", None, None
    fronted = _FRONTED_RE.match(text) or _FRONTED_PARTS_RE.match(text)
    if (
        fronted
        and prev is not None
        and prev.start >= fronted.end() - 2
        and prev.figure.kind in CASUALTY_KINDS
        and np.category in ("person", "demonym", "")
        and re.match(r"\s+(?:were|was|belonged\s+to|came\s+from|from|to)\b", text[b:])
    ):  # "Of those, 1,196 were IS fighters, 571 were members of the YPG and 25 were civilians"
        return prev.figure.kind, prev.figure.action, None
    if np.category in ("person", "demonym", "") and _VICTIMS_APPOSITION_RE.search(
        text, max(0, lo - 80), q_start
    ):
        return "killed", None, None  # "The victims, 134 men and 73 women, were ...": the dead, listed
    pred = right_predicate(text, np.ext_end, lex.kind_trigger_re)
    shared = False  # the predicate belongs to a whole list ("109 men, 24 women and 38 children were killed")
    first_end = np.ext_end + _bare_conjunct(text, np.ext_end)  # "165 soldiers and policemen and 47 ..."
    if pred is None and first_end > np.ext_end and not lex.cardinal_re.search(text, np.ext_end, first_end):
        # "Ten soldiers and a civilian driver were killed" (not "lost four soldiers and seven were
        # wounded": another count with its own verb)
        pred = right_predicate(text, first_end, lex.kind_trigger_re)
    following = _next_item(text, first_end)
    of_group = (
        (_ITEM_OF_RE.match(text, first_end) or _ITEM_OF_RE.match(text, np.end))
        if pred is None and following is None
        else None
    )
    if of_group:  # "27 suspected members of the Comando Vermelho (Red Command) drug faction and one ..."
        following = _next_item(text, of_group.end())
    if (
        pred is None
        and (
            following is not None
            or (next_start < len(text) and _coordinated_gap(text, np.ext_end, next_start))
        )
        and not _governed_re(lex).search(text, lo, q_start)
        # (nor a toll's new level: "has risen to 68, and 105 people are still missing")
        and not _TOLL_CHANGE_RE.search(text[max(0, q_start - 60) : q_start])
    ):  # (not when a verb governs it: "lost seven soldiers and 12 were wounded")
        # a coordinated subject shares the predicate after the last noun phrase of the list:
        # "109 men, 24 women and 38 children were killed", "11 Marines, one Navy corpsman and
        # one Army soldier were among the dead"
        shared = True
        item = following.end() if following is not None else next_start
        for _ in range(6):
            nm = re.match(r"[\d,.]+|\w+", text[item:])
            if not nm:
                break
            second = noun_phrase(text, item + nm.end())
            end = second.ext_end
            if second.head is None:  # a noun the lexicon does not know: "one Navy corpsman"
                unknown = re.match(
                    r"(?:\s+[\w-]+){1,3}?(?=\s*,|\s+(?:and|or)\s|\s+(?:were|was|had|have|are)\b)", text[end:]
                )
                end += unknown.end() if unknown else 0
            end += _bare_conjunct(text, end)
            of_item = _ITEM_OF_RE.match(text, end)
            end = of_item.end() if of_item else end  # "and one from its Special Task Force, were killed"
            pred = right_predicate(text, end, lex.kind_trigger_re)
            if pred is None and second.category == "kind" and second.head_start and second.head[:1].isupper():
                # a headline's capitals make its verb the noun's head: "Eight Police, 14 Gunmen Killed"
                pred = right_predicate(text, second.head_start - 1, lex.kind_trigger_re)
            following = _next_item(text, end)
            closing = re.match(r"\s*,(?=\s+(?:were|are|was|had|have)\b)", text[end:])
            if pred is None and following is None and closing:
                # "The victims, 102 men, 17 women and 12 children, were killed": the list was an aside
                pred = right_predicate(text, end + closing.end(), lex.kind_trigger_re)
            if pred is not None or following is None:
                break
            item = following.end()
    if pred is not None and shared and np.category == "kind":
        pred = None  # "75 wounded and about 30 people still unaccounted for": the noun says what it counts
    story_only = lex.words("homecoming") + lex.words("captive_story_verb")
    if pred and pred.group("trigger").lower() in story_only and not capture_article:
        pred = None  # "500 troops came home", "taken to": captivity only where captives are the story
    if (
        pred
        and pred.group("trigger").lower() in lex.words("hold_verb")
        and pred.group("trigger").endswith("ing")
    ):
        pred = None  # "several hundred jihadists had been holding the city": the holders, not captives
    if pred:
        kind, action = lex.kind_triggers[pred.group("trigger").lower()]
        if kind == "captured" and np.category == "kind" and np.detail in ("killed", "wounded"):
            # "43 bodies had been recovered", "80 wounded who had been taken to hospitals": not captives
            return np.detail, None, None
        if kind == "captured" and _KILLED_BEFORE_RE.search(text[lo:q_start]):
            return "killed", None, None  # "troops mistakenly shot dead three hostages held by Hamas"
        if not (kind == "troops" and (np.population == "civilian" or np.category == "kind")):
            return kind, action or None, None
    held = pattern(_CAPTIVITY, re.IGNORECASE).match(text, np.ext_end)
    if held and np.category in ("person", "demonym", ""):
        return "captured", None, None  # "thousands of its soldiers remain in Russian captivity"
    captives = np.kind_adj == "captured" or (
        not np.kind_adj and np.category == "kind" and np.detail == "captured"
    )
    if captives and _KILLED_BEFORE_RE.search(text[lo:q_start]):
        # "it said it had killed 50 hostages", "executed 13 abducted Turkish citizens": the captives are dead
        return "killed", None, None
    if np.kind_adj:
        return np.kind_adj, None, None
    if np.category == "kind":
        return np.detail, None, None
    if (
        prev is not None
        and prev.figure.kind == "troops"
        and _SHORT_OF_RE.search(text, max(0, q_start - 30), q_start)
    ):
        return "troops", "none", None  # "about 800 personnel, well short of the 2,500 originally planned"
    if (
        np.category == "person"
        and np.detail in ("fighter", "troop", "person", "member")
        and (
            pattern(_DESTROYED_AFTER, re.I).match(text, np.ext_end)
            or pattern(_DESTROYED_BEFORE, re.I).search(text, max(0, q_start - 40), q_start)
        )
    ):
        return "killed", None, None  # "Six terrorists have been destroyed": officialese for killed
    assault = (
        pattern(_ASSAULT_AFTER, re.I).match(text, np.ext_end)
        or pattern(_ASSAULT_AFTER, re.I).match(text, np.end)
        if np.category == "person" and np.detail in ("fighter", "troop")
        else None
    )
    if (
        np.detail == "fighter"
        and (assault or pattern(_ASSAULTED_BY, re.I).search(text, max(0, q_start - 30), q_start))
    ) or (
        # "killed after about 200 officers, backed by armoured vehicles, stormed the favela": the
        # force that attacked (not "two soldiers were ambushed")
        np.detail == "troop" and assault and not re.search(r"\b(?:were|been)\s", assault.group(0))
    ):
        # "An estimated 3,000 gunmen breached the fence": the attackers (whatever clause came before:
        # "71 soldiers were killed when hundreds of Islamist militants attacked a camp")
        return "troops", "deployed", None
    left = left_trigger(text, lo, q_start)
    if left is None and lo > 0 and _TOLL_RISEN_RE.search(text, max(0, q_start - 40), q_start):
        # "The death toll from two car bombs ... has risen to 120": the toll named before the
        # bombs counted in between
        toll = _TOLL_SUBJECT_RE.search(text, 0, lo)
        left = left_trigger(text, toll.start(), toll.end()) if toll else None
    if left and not capture_article and text[left[2] :].lower().startswith(story_only):
        left = None
    if left:
        kind, action, pos = left
        if not (kind == "troops" and np.category == "person" and np.population == "civilian"):
            hint = None
            word = text[pos : pos + 12].lower()
            if (
                kind == "casualties"
                and (word.startswith("losses") or word.startswith("casualt"))
                and re.search(r"\bmilitary\b|\barmy\b|\btroops\b", text[max(lo, pos - 30) : pos + 15], re.I)
            ):
                hint = "military"
            return kind, action or None, hint
    if partitive_them and antecedent is not None:
        return antecedent.figure.kind, antecedent.figure.action, None
    if (
        prev is not None
        and prev.figure.kind in CASUALTY_KINDS
        and np.category in ("person", "demonym", "kind", "")
        and re.fullmatch(r"\s*(?::|[-–—]|\s-)\s*", text[prev.np.ext_end : q_start])
    ):
        # "killing nine people: eight DRG jawans and their civilian driver", "three crew members - two
        # Filipinos and one Vietnamese -": the parts a colon or a dash opens share the total's kind
        return prev.figure.kind, None, None
    if (
        coordinated
        and prev is not None
        and (np.category in ("", "demonym") or np.detail in ("other", "person", "member", "troop", "fighter"))
    ):
        return prev.figure.kind, prev.figure.action, None
    if (
        prev is not None
        and np.category in ("person", "demonym", "")
        and np_coordination(text[prev.np.ext_end : q_start])
    ):
        return prev.figure.kind, prev.figure.action, None
    if (
        prev is not None
        and np.head is None
        and (gap := _GAPPED_COUNT_RE.fullmatch(text, prev.np.ext_end, q_start))
        and lex.party_re.fullmatch(gap.group("side").strip())
        and re.match(r"(?:\s+each)?\s*(?:[,.;]|$)", text[np.ext_end :])
    ):
        # "Armenia had lost 2,425 servicemen in the fighting, and Azerbaijan about 2,900": the same count
        return prev.figure.kind, prev.figure.action, None
    if (
        np.category == "person"
        and np.detail in ("troop", "fighter", "member")
        and pattern(_POSSESSION, re.IGNORECASE).search(text[:q_start])
        # (members only of an armed group: "IS still had 20,000 members", not "the club has 500 members")
        and (np.detail != "member" or _group_named_before(text, q_start))
    ):
        if re.match(r"\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]", text[np.ext_end :]):
            return "troops", "deployed", None  # "Burundi has 10,000 soldiers in eastern Congo"
        return "troops", "none", None  # "the ELN has about 6,000 fighters"
    if (
        np.category == "person"
        and np.detail in ("troop", "fighter")
        and _STATIONED_RE.match(text, np.ext_end)
    ):
        return "troops", "deployed", None  # "5,000 fighters are believed to be in the area"
    if np.category in ("person", "demonym") and (
        _HOLDS_BEFORE_RE.search(text, max(0, q_start - 40), q_start)
        or pattern(_HELD_RELATIVE, re.I).match(text, np.ext_end)
    ):
        # "Chinese troops held 10 Indian soldiers", "177 of its air force personnel, who were seized by
        # the RSF at Merowe air base, had been flown home": captives, whatever the main verb says
        return "captured", None, None
    if np.category == "person" and np.detail == "troop":
        return "troops", "deployed", None
    if np.category in ("person", "demonym", ""):
        window_end = min(next_start, len(text))
        rm = next(
            (
                t
                for t in lex.kind_trigger_re.finditer(text, np.ext_end, window_end)
                # (not an adjective of another noun in a phrase: "the register of missing persons"; nor a
                # trigger that reads leftward: "600 guests ... marking the anniversary of the death of")
                if not (_PP_BEFORE_RE.search(text, 0, t.start()) and _person_noun_after(text, t.end()))
                and not t.group(0).lower().endswith(" of")
            ),
            None,
        )
        if rm and rm.group(0).lower() in story_only and not capture_article:
            rm = None
        if rm:
            kind, action = lex.kind_triggers[rm.group(0).lower()]
            if kind != "troops":
                return kind, None, None
        if np.category in ("person", "demonym") and pattern(_CAPTURE_CONTEXT, re.IGNORECASE).search(text):
            return "captured", None, None
        if np.category == "person" and np.detail == "other" and antecedent is not None:
            return antecedent.figure.kind, antecedent.figure.action, None
    series = _TOLL_SERIES_RE.search(text, max(0, q_start - 60), q_start)
    if series and not re.match(
        r"\s*(?:[,.;:)]|$|(?:by|on|in|as|after|when|at|overnight|the|reported|given|announced|recorded)\b)",
        text[np.ext_end :],
    ):
        series = None  # "rose to 12 and 3 ministers resigned": another subject, not the toll's next step
    if np.head is None and (
        _TOLL_CHANGE_RE.search(text[max(0, q_start - 60) : q_start])
        or (series and _TOLL_CHANGE_RE.search(text[max(0, series.start() - 60) : series.start() + 3]))
    ):
        # "It stood at 30 on Sunday and had risen to 40 by Monday", "rose to 137, up from 133":
        # the count the story is following
        ref = prev or antecedent
        if ref is not None and ref.figure.kind in ("killed", "wounded", "casualties", "missing", "captured"):
            return ref.figure.kind, ref.figure.action, None
    if (
        np.head is None
        and prev is not None
        and prev.figure.kind == "troops"
        and _TO_STRENGTH_RE.fullmatch(text, prev.np.ext_end, q_start)
        and _STRENGTH_FROM_RE.search(text, max(0, prev.start - 40), prev.start)
    ):
        return "troops", prev.figure.action, None  # "... from about 13,000 to 8,600": the new strength
    if np.head is None and _STRENGTH_FROM_RE.search(text, max(0, q_start - 40), q_start):
        if prev is not None and prev.figure.kind == "troops":
            return "troops", prev.figure.action, None  # "about 7,000 fighters, down from roughly 20,000"
        if (
            (to := _TO_STRENGTH_RE.match(text, np.ext_end))
            and text[to.end() : to.end() + 1].isdigit()
            and pattern(_STRENGTH_NOUN, re.I).search(text, max(0, q_start - 60), q_start)
        ):
            return "troops", None, None  # "will cut its forces from about 13,000 to 8,600"
    if np.head is None and pattern(_NUMBER_VERB, re.I).search(text, max(0, q_start - 60), q_start):
        return "troops", None, None  # "The region's own armed forces number several thousand"
    return None, None, None


# a force's size as its verb: "whose fighters number about 5,000", "the contingent totals 1,200"
_NUMBER_VERB = (
    r"\b(?:<<force_noun>>|troops|soldiers|fighters|personnel|militants)\s+(?:now\s+|still\s+)?"
    r"(?:number|numbers|numbered|total|totals|totalled|totaled)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)?$"
)


_HOLDS_BEFORE_RE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)\b(?:holds|held|is\s+holding|are\s+holding|still\s+holds)\s+"
    r"(?:(?:at\s+least|about|some|more\s+than|nearly|around)\s+)?$"
)
_HELD_RELATIVE = r"\s*,?\s+(?:who|that)\s+(?:had\s+been|have\s+been|were|was)\s+(?:\w+ly\s+)?<<hold_verb>>\b"

# a force's earlier strength: "down from roughly 20,000 at its peak", "to 2,500 from about 3,000"
_STRENGTH_FROM_RE = re.compile(
    r"\bfrom\s+(?:a\s+(?:peak|high)\s+of\s+)?(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over)\s+)?$"
)
_TO_STRENGTH_RE = re.compile(r"\s+to\s+(?:(?:about|around|some)\s+)?")  # "... to 8,600", "to about 2,500"
# (forces, force and contingent are force_noun words already)
_STRENGTH_NOUN = r"\b(?:troops|troop\s+presence|contingents|soldiers|personnel|<<force_noun>>)\b"


def _unclosed_quote(text: str) -> bool:
    """Does the sentence open a quotation it does not close?"""
    t = text.lstrip()
    if t.startswith("“"):
        return "”" not in t
    return t.startswith('"') and t.count('"') % 2 == 1


def _quote_speaker(ctx: _Ctx, si: int) -> cl.Claimant | None:
    """'"34 officers were killed. Another 105 were wounded," the statement said.': a quotation
    running over several sentences is spoken by whoever is named where it closes."""
    s = ctx.sentences[si]
    if s.in_title or not _unclosed_quote(s.text):
        return None
    for j in range(si + 1, min(si + 6, len(ctx.sentences))):
        nxt = ctx.sentences[j]
        if nxt.paragraph != s.paragraph:
            return None
        close = min((i for i in (nxt.text.find("”"), nxt.text.find('"')) if i >= 0), default=-1)
        if close < 0:
            continue
        for a, c in zip(ctx.attrs[j], ctx.resolved[j], strict=False):
            if close < a.start <= close + 40 and a.type in ("say", "according") and c.name:
                return c
        return None
    return None


def _carried_claimant(ctx: _Ctx, si: int, s: Sentence, pms: list[PartyMention]) -> cl.Claimant | None:
    """A sentence without attribution continues the previous sentence's statement when
    that sentence (same paragraph) was attributed and this one stays on its topic."""
    if si == 0 or s.in_title:
        return None
    p = ctx.sentences[si - 1]
    if p.in_title or p.paragraph != s.paragraph:
        return None
    attrs = ctx.attrs[si - 1]
    for a, c in zip(reversed(attrs), reversed(ctx.resolved[si - 1]), strict=False):
        if a.type in ("say", "according", "estimate") and c.name:
            # (the doers in a "by ..." phrase do not change whose story it is)
            first = next((pm for pm in pms if not pm.modifier and not pm.by_agent), None)
            if first is not None and first.party != (c.country or _claimant_party(c)):
                return None  # the sentence moves on to another party's story
            return c
    return None


def _is_list(text: str, mentions: list[PartyMention]) -> bool:
    """ "South Africa, Malawi and Tanzania": the nearest party is one of several listed."""
    if len(mentions) < 2:
        return False
    a, b = mentions[-2], mentions[-1]
    return bool(re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[a.end : b.start])) and a.party != b.party


@dataclass(slots=True)
class _Site:
    """Everything known about one number when its party is chosen."""

    s: Sentence
    si: int
    kind: str
    action: str | None
    np: NounPhrase
    a: int
    q_start: int
    lo: int
    antecedent: _Work | None
    prev: _Work | None
    coordinated: bool
    pms: list[PartyMention]
    subj_spans: list[tuple[int, int]]
    attr: cl.Attribution | None
    claimant: cl.Claimant | None
    military_noun: bool
    others: list[tuple[int, int]]
    attrs_all: list[cl.Attribution] = field(default_factory=list)


_CONFLICT_AGENT = (  # "the war ... has killed", "a conflict the UN says has claimed"
    r"\b<<conflict_noun>>\b(?:(?!,\s+and\b)[^.;:\"“”]){0,100}?\b(?:killed|left|claimed|cost)\s+"
    r"(?:the\s+lives\s+of\s+)?(?:[\w-]+\s+){0,3}$"
)
_CONFLICT_IN_WHICH = r"\b<<conflict_noun>>\b[^.;:\"“”]{0,80}?\b(?:in|during)\s+which\s+(?:[\w-]+\s+){0,3}$"
_CONFLICT_AFTER = (  # "... people have been killed in the conflict", "were killed in the 1988-94 war"
    r"\s+(?:(?:have|has|had)\s+)?(?:been\s+|were\s+)?(?:killed|died)\s+(?:in|during)\s+"
    r"(?:the|a|this|that|its)\s+(?:(?!(?:since|when|after|before|as|until)\b)[\w-]+\s+){0,3}?<<conflict_noun>>\b"
)


def _conflict_toll(ctx: _Ctx, site: _Site) -> tuple[bool, str | None]:
    """A whole war's toll ("The conflict has killed more than 13,000 people"): the dead are the
    country's the toll is placed in ("... in Burkina Faso", "Syria's war"), or the one country
    whose state and rebels the sentence names; a war the sentence gives two countries is no one
    country's. (False: not a war's toll, or the sentence names no side; the usual search decides.)"""
    text, np, q_start = site.s.text, site.np, site.q_start
    lex = load()
    if site.kind not in ("killed", "casualties") or site.military_noun:
        return False, None
    if np.head is not None and np.head.lower() not in lex.words("generic_dead_noun"):
        return False, None
    war = pattern(_CONFLICT_AGENT, re.I).search(text, max(0, q_start - 160), q_start) or pattern(
        _CONFLICT_IN_WHICH, re.I
    ).search(text, max(0, q_start - 120), q_start)
    after = pattern(_CONFLICT_AFTER, re.I).match(text, np.ext_end)
    if not (war or after):
        return False, None
    usable = [
        pm
        for pm in site.pms
        if pm.type != "alliance"
        and not _in_spans(pm, site.subj_spans)
        and not _DESTINATION_RE.search(text, max(0, pm.start - 60), pm.start)
        # ("and has spread into neighbouring Niger, Chad and Cameroon")
        and not _INTO_RE.search(text, max(0, pm.start - 60), pm.start)
    ]
    for pm in usable:  # "has killed more than 20,000 people in Burkina Faso", "across Sudan"
        if (
            np.ext_end <= pm.start <= np.ext_end + 40
            and _is_state(pm.party)
            and _PLACED_IN_RE.search(text, np.ext_end, pm.start)
        ):
            return True, pm.party
    noun = (
        pattern(r"\b<<conflict_noun>>\b", re.I).search(text, war.start())
        if war
        else list(pattern(r"\b<<conflict_noun>>\b", re.I).finditer(text, after.start(), after.end()))[-1]
    )
    at = noun.start() if noun else q_start
    placed = [
        pm for pm in usable if pattern(_WAR_PLACE, re.I).match(text, at, pm.start) and _is_state(pm.party)
    ]
    where = [
        pm for pm in usable if pm.end <= at and _WHERE_RE.match(text, pm.end, at) and _is_state(pm.party)
    ]
    if placed or where:  # "the war in Tigray", "the battle for Goma"; "in Gaza, where Israel's war"
        return True, (placed or where)[0].party
    parts = _WAR_PARTS_RE.match(text, np.ext_end)
    if parts and any(
        lex.person_nouns.get(w.lower(), ("", ""))[0] == "fighter"
        for w in re.findall(r"[A-Za-z]+", text[parts.end() : parts.end() + 40])
    ):
        return True, None  # "left more than 1,100 people dead, most of them militants": both sides' dead
    own = _claimant_party(site.claimant)
    if _is_state(own) and any(
        pattern(_WAR_WITH, re.I).match(text, at, pm.start) and pm.party != own for pm in usable
    ):
        return True, own  # "Iran's Health Ministry says 610 people were killed in the 12-day war with Israel"
    if war:
        owner = [
            pm
            for pm in usable
            if pm.end <= at and (_OWNED_WAR_RE if pm.possessive else _NAMED_WAR_RE).match(text, pm.end, at)
        ]
        if owner:  # "Syria's war", "Boko Haram's insurgency", "the Boko Haram insurgency"
            party = owner[-1].party
            return True, party if _is_state(party) else lex.group_bases.get(party)
    clause = _clause_start(text, q_start)
    aside = _PART_ASIDE_RE.search(text, np.ext_end)  # (not ", most of them Kosovo Albanians")
    named = [
        pm
        for pm in usable
        if not (pm.modifier or pm.recipient)
        and clause <= pm.start
        and (aside is None or pm.end <= aside.start())
    ]
    sides = {pm.party if _is_state(pm.party) else lex.group_bases.get(pm.party, pm.party) for pm in named}
    if len(sides) > 1:
        return True, None  # "Ethiopia and Eritrea fought a border war ... in which some 80,000 people died"
    if len(sides) == 1 and any(_is_state(pm.party) for pm in named):
        return True, sides.pop()  # "the army and the RSF": both sides of one country's war
    if not sides and ctx.victims:
        return True, ctx.victims  # "The conflict has killed thousands": the country whose dead it counts
    return False, None


_PLACED_IN_RE = re.compile(r"\s+(?:in|across|inside|throughout)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$")
_WAR_PLACE = (  # "the war in Tigray", "the battle for Goma", "the battle to drive IS out of Mosul"
    r"<<conflict_noun>>\s+(?:in|for|over|of|to\s+(?:retake|drive\s+[^,.;]{1,40}?\s+out\s+of))\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+){0,2}$"
)
_INTO_RE = re.compile(
    r"\b(?:into|to)\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:(?-i:[A-Z])[\w'’-]*(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+))*$"
)
_WAR_WITH = r"<<conflict_noun>>\s+(?:with|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"  # "the war with Israel"
_WAR_PARTS_RE = re.compile(
    r"(?:\s+(?:dead|killed))?\s*,\s*(?:most|many|some|half|(?:[\w-]+\s+){1,2}of)\s+(?:of\s+)?(?:them|whom)\b|"
    r"(?:\s+(?:dead|killed))?\s*,\s*(?:among\s+them|including)\b",
    re.I,
)
_WHERE_RE = re.compile(r",\s+where\s+(?:[\w'’-]+\s+){0,3}$")
_OWNED_WAR_RE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$")  # "Syria's civil war"
_NAMED_WAR_RE = re.compile(r"\s+$")  # "the Boko Haram insurgency", "the Tigray war"


def _choose_party(ctx: _Ctx, site: _Site) -> str | None:
    """The owner of the counted people or equipment, from the most local evidence outward."""
    s, si, kind, action, np, a = site.s, site.si, site.kind, site.action, site.np, site.a
    q_start, lo, antecedent, prev, coordinated = (
        site.q_start,
        site.lo,
        site.antecedent,
        site.prev,
        site.coordinated,
    )
    pms, subj_spans, attr, claimant = site.pms, site.subj_spans, site.attr, site.claimant
    military_noun, others = site.military_noun, site.others
    text = s.text
    if kind == "weapons" and (
        inst := pattern(_INSTRUMENT, re.I).search(text, max(0, q_start - 120), q_start)
    ):
        # "Russian forces pounded Kharkiv with cluster munitions and 122mm Grad rockets": the attacker's
        doers = [
            pm for pm in pms if pm.end <= inst.start() and not pm.modifier and is_agent(text, pm, q_start)
        ]
        if doers:
            return doers[-1].party
        striker = _claimant_party(claimant)
        if striker and re.search(
            r"\b(?:it|they|we)\s+(?:had\s+|have\s+|has\s+)?$", text[max(0, inst.start() - 20) : inst.start()]
        ):  # "Russia's Defence Ministry said it had struck a meeting ... with two Iskander-M missiles"
            return striker
    if kind == "weapons" and (fired := _FIRED_FROM_RE.match(text, np.ext_end, np.ext_end + 90)):
        at = fired.end()
        held = [_placed_group(pms, pm) for pm in pms if pm.start == at and (pm.locative or fired.group("by"))]
        if held:
            # "two anti-ship ballistic missiles fired from Houthi-controlled areas": the controllers';
            # "two 500-kilogram bombs dropped by a Russian warplane": the dropper's
            return held[0].party
    if kind != "weapons" and (
        _BOTH_SIDES_AFTER_RE.match(text, np.ext_end)
        or _BOTH_SIDES_BEFORE_RE.search(text, max(0, q_start - 60), q_start)
    ):
        return None  # "which killed more than 6,500 people on both sides": a toll of two sides is no one's
    if kind != "weapons":
        side = _ON_SIDE_AFTER_RE.match(text, np.ext_end)
        sides = [side.end()] if side else []
        sides += [m.end() for m in _ON_SIDE_BEFORE_RE.finditer(text, max(0, q_start - 60), q_start)]
        named = [pm for pm in pms if pm.start in sides]
        if named:
            return named[-1].party  # "while 74 people died on the Israeli side": the side the text names
    lex = load()
    # 1. the noun phrase names its owner: "North Korean soldiers", "members of Ukraine's forces"
    loyal = loyalists(np.extension) if np.extension else None
    if loyal:
        return loyal
    if re.fullmatch(r"(?:U\.?N\.?|United Nations)", np.modifiers.strip()) and "peacekeep" not in (
        np.head or ""
    ):
        # "11 UN staff members", "23 UN personnel": the UN's own people (peacekeepers are their
        # countries' soldiers)
        return "United Nations"
    fight = _FIGHTING_FOR_RE.match(text, np.end) if np.category == "person" else None
    ally = [pm for pm in pms if fight and pm.start == fight.end() and not pm.modifier]
    if ally and not any(a <= pm.start < np.end for pm in pms):
        # "more than 2,000 foreign mercenaries fighting for Kyiv" (but "North Korean troops fighting
        # for Russia" are North Korea's)
        return _coalition(text, ally[0]) or ally[0].party
    # (a name may run past the extension: "members of the Sinaloa cartel")
    in_np = [
        _placed_group(pms, pm) for pm in pms if a <= pm.start < max(np.ext_end, np.end) and not pm.modifier
    ]
    if in_np and (led := _coalition(text, in_np[0])):
        return led  # "thousands of Saudi-led troops": the coalition, not the country leading it
    gapped = next((pm for pm in pms if pm.end < q_start and text[pm.end : q_start].isspace()), None)
    if (
        not in_np
        and gapped is not None
        and prev is not None
        and gapped.role in ("name", "capital", "group")
        and not (gapped.possessive or gapped.modifier or gapped.locative)
        and _GAPPED_BEFORE_RE.search(text, max(0, gapped.start - 12), gapped.start)
    ):
        return gapped.party  # "Russia had lost about 180,000 soldiers ... and Ukraine some 100,000"
    if in_np:
        if np.detail == "fighter" and in_np[0].type == "state":
            # "84 Russian fighters" in an article about Wagner: the one group of that country named
            groups = {
                pm.party
                for plist in ctx.pms
                for pm in plist
                if pm.type == "group"
                and lex.group_bases.get(pm.party) == in_np[0].party
                and pm.party not in lex.words("governing_group")  # ("Afghan fighters" are Afghanistan's)
            }
            if len(groups) == 1:
                return groups.pop()
        return in_np[0].party
    if np.head is None and _TOLL_CHANGE_RE.search(text[max(0, q_start - 60) : q_start]):
        counted = _NUMBER_OF_PEOPLE_RE.search(text, 0, q_start)
        named = [
            pm
            for pm in pms
            if counted
            and pm.start == counted.end()
            and pm.role in ("demonym", "plural")
            and (re.match(r"\s+([a-z]+)", text[pm.end :]) or [None, ""])[1] in lex.person_nouns
        ]
        if named:
            return named[0].party  # "The number of Emirati soldiers killed in Yemen's Marib rose to 45"
    if (
        prev is not None
        and prev.figure.kind == kind
        and np.head is None
        and _EARLIER_COUNT_RE.search(text, max(0, q_start - 60), q_start)
    ):  # "89 servicemen had been killed ..., raising its earlier toll of 63": the same side's count
        return prev.figure.party
    if (
        prev is not None
        and np.head is None
        and kind in ("killed", "wounded", "missing", "captured")
        and prev.figure.kind != "weapons"
        and prev.figure.party is not None
        and prev.figure.party == _claimant_party(claimant)
        and prev.figure.char_end <= q_start + s.start
        and not any(prev.figure.char_end - s.start <= pm.start < q_start for pm in pms)
    ):  # "Poroshenko said 2,475 servicemen had been brought out, while 90 had been taken prisoner
        # and 82 were missing": bare counts go on with the speaker's own people
        return prev.figure.party
    if kind == "troops":
        org = _mission_owner(ctx, text, pms, q_start, subj_spans)
        if org is not None:
            return org
    holder = _relative_owner(text, pms, q_start)
    if holder is not None:
        return holder  # "The ELN, which military intelligence estimates has about 5,800 fighters, said"
    if (
        kind == "weapons"
        and si > 0
        and lex.weapon_categories.get(np.detail) in ("munition", "missile", "drone")
        and _IT_INVOLVED_RE.search(text, max(0, q_start - 30), q_start)
        and (told := _attacker([ctx.sentences[si - 1]], [ctx.pms[si - 1]]))
    ):
        return told  # "Russia carried out one of its largest air attacks. Zelenskiy said it involved ..."
    if (
        kind == "weapons"
        and ctx.attacker
        and lex.weapon_categories.get(np.detail) in ("munition", "missile", "drone")
        and _incoming(text, q_start, np.ext_end)
    ):
        agents = {pm.party for pm in pms if pm.end <= q_start and is_agent(text, pm, a)}
        speaker = _claimant_party(claimant)
        if speaker and _SPEAKER_SHOT_DOWN_RE.search(text, max(0, q_start - 60), q_start):
            agents.add(speaker)  # "Ukraine's Air Force said it had shot down 405 drones": not Ukraine's
        if ctx.attacker not in agents:
            # "Two ballistic missiles struck the institute", "US forces shot down 70 drones"
            return ctx.attacker
        if speaker in agents:
            others = [p for p, _ in ctx.counts.most_common() if p != speaker and _is_state(p)]
            if others:
                return others[0]
    if _SHORT_OF_RE.search(text, max(0, q_start - 30), q_start) and _PLANNED_RE.match(text, np.ext_end):
        return None  # the strength a mission was planned to have is nobody's deployment
    owner = pattern(_OWNER_CLAUSE, re.I).match(text, np.ext_end) if kind == "weapons" else None
    if owner:  # "tens of thousands of rockets that the group had stockpiled": the clause names the owner
        named = [
            pm for pm in pms if owner.start(1) <= pm.start and pm.end <= owner.end(1) and not pm.modifier
        ]
        if named:
            return named[0].party
        if pattern(r"\b<<group_head>>$", re.I).search(owner.group(1)):
            g = _last_group(ctx, si, s, a)
            if g:
                return g
    tie = pattern(_TIED_TO_GROUP, re.I).match(text, np.end)
    if tie and np.category == "person":  # "600 people linked to the group": the group's members
        named = [pm for pm in pms if tie.start() <= pm.start < tie.end() + 40 and not pm.modifier]
        g = named[0].party if named else (_last_group(ctx, si, s, a) if tie.group("head") else None)
        if g:
            return g
    if pattern(r"\b<<group_head>>(?:'s|’s|')(?!\w)", re.I).search(
        np.modifiers + " " + re.sub(r"^\s*of\s+", "", np.extension)[:25]
    ) or pattern(r"^(?:\w+\s+)?<<named_group_noun>>$", re.I).search(np.modifiers):
        g = _last_group(
            ctx, si, s, a
        )  # "dozens of the group's fighters", "two gang members": the group named
        if g:
            return g
    if not in_np and (np.head or "").lower() in lex.words("stateless_noun"):
        return None  # a merchant ship's crew: no country the text gives
    if not in_np and (np.head or "").lower() in lex.words("seafaring_noun") and ctx.merchant_ship:
        return None  # "killing four sailors" on the merchant ships an article is about
    if not in_np:
        war, owner = _conflict_toll(ctx, site)
        if war:
            return owner
    if ctx.dominant and pattern(r"\b<<government_modifier>>\b", re.I).search(
        np.modifiers + " " + np.extension
    ):
        return ctx.dominant  # "government soldiers", "members of the new government's security forces"
    # 2. "nine of its soldiers": the owner of "its" is the nearest party before it
    if np.partitive in ("its", "their", "its own", "their own", "his", "her"):
        # (a party inside another figure's noun phrase is not what "its" points back to:
        # "killed more than 200 RSF fighters, while losing 11 of its own soldiers")
        before = [
            pm
            for pm in pms
            if pm.end <= a
            and not pm.modifier
            and not any(o[0] <= pm.start and pm.end <= o[1] for o in others)
        ]
        # (not the enemy an offensive is against: "Chad's army said it had ended an offensive against
        # Boko Haram jihadists in which 52 of its troops ... were killed")
        opposed = [
            pm
            for pm in before
            if re.search(r"\bagainst\s+(?:the\s+)?$", text[max(0, pm.start - 12) : pm.start])
        ]
        if opposed and len(opposed) < len(before):
            before = [pm for pm in before if pm not in opposed]
        speaker = [sp for sp in subj_spans if sp[1] <= a and (not before or sp[0] >= before[-1].start)]
        if speaker and attr is not None and not any(_in_spans(pm, speaker) for pm in before):
            return _claimant_party(claimant)  # "UNIFIL said four of its peacekeepers"
        if before:
            if np.partitive.startswith("their") and _is_list(text, before):
                return None
            return before[-1].party
        if si > 0 and ctx.sentences[si - 1].paragraph == s.paragraph:
            subject = next((pm for pm in ctx.pms[si - 1] if not pm.modifier), None)
            if subject is not None:
                return subject.party
        if claimant is not None and claimant.country:
            return claimant.country
    # 3. "95 of those released", "among them 125 ...": the part shares the total's owner
    if (
        (np.partitive in ("them", "those", "these", "whom", "which") or left_partitive(text, q_start))
        and antecedent is not None
        and antecedent.figure.party is not None
    ):
        return antecedent.figure.party
    if coordinated and prev is not None and np.head is None:
        # "killed more than 250 people in Gaza and 13 in Israel": the list item's own place
        here = next(
            (
                pm
                for pm in pms
                if pm.start >= np.ext_end
                and _OWN_PLACE_RE.fullmatch(text, np.ext_end, pm.start)
                and _is_state(pm.party)
            ),
            None,
        )
        if here is not None:
            return here.party
    if (
        coordinated
        and prev is not None
        and prev.figure.party
        and prev.group == _group(kind)
        # (soldiers and militants are the two sides: "52 of its troops and 1,000 militants were killed")
        and {prev.np.detail, np.detail} != {"troop", "fighter"}
    ):
        return prev.figure.party
    if (
        np.head is None
        and prev is not None
        and (
            prev.np.partitive in ("them", "those", "these", "whom", "which")
            or left_partitive(text, prev.start)
        )
        and prev.figure.party
        and re.fullmatch(r"[^.;]{0,60}?(?:,\s*|\s+)(?:and|while|but)\s+", text[prev.end : q_start])
    ):  # "113 drones, of which 57 were shot down and 56 were lost": the next part of the same total
        return prev.figure.party
    if (
        np.head is None
        and prev is not None
        and prev.figure.party
        and prev.group == _group(kind)
        and re.fullmatch(r"\s+and\s+[a-z]+\s+", text[prev.np.ext_end : q_start])
    ):  # "killed two Islamic State members and wounded one": one more of the same side
        return prev.figure.party
    more = re.search(r"\b(?:another|a further|an additional)\s+$", text[max(0, q_start - 16) : q_start], re.I)
    if np.head is None and more:
        for w in reversed(ctx.figures):  # "Another 20 were captured": more of the people just counted
            if w.paragraph == s.paragraph and w.figure.party and w.group == _group(kind):
                return w.figure.party
            break
    if _THOSE_WERE_RE.search(text, max(0, q_start - 60), q_start):
        for w in _recent(ctx):  # "those freed were 69 women": the people freed before
            if w.figure.kind == kind and w.figure.party:
                return w.figure.party
    # 4. totals across parties: "foreign soldiers", "10 countries have together pledged"
    clause_lo = max(lo, _clause_start(text, q_start))
    for sub in _SUBORDINATE_RE.finditer(text, clause_lo, q_start):
        clause_lo = sub.end()  # ("... between the two countries, a day after gunmen killed 26": not a total)
    clause = text[
        clause_lo:q_start
    ]  # the speaker's name is not part of it: "The United Nations has said ..."
    for sp_start, sp_end in subj_spans:
        lo_, hi_ = max(sp_start, clause_lo) - clause_lo, min(sp_end, q_start) - clause_lo
        if lo_ < hi_:
            clause = clause[:lo_] + " " * (hi_ - lo_) + clause[hi_:]
    window = clause + " " + np.modifiers + " " + np.extension + text[np.end : np.end + 6]
    np_words = np.modifiers + " " + np.extension
    if kind != "weapons" and (
        pattern(_STRONG_AGGREGATE, re.IGNORECASE).search(window)
        or pattern(_NP_AGGREGATE).search(np_words)  # case matters: "Relief International" is a name
    ):
        return None
    weak = bool(
        pattern(_WEAK_AGGREGATE, re.IGNORECASE).search(
            text[max(0, q_start - 40) : min(len(text), np.ext_end + 25)]
        )
    )
    usable = [
        pm for pm in pms if not pm.modifier and not any(o[0] <= pm.start and pm.end <= o[1] for o in others)
    ]
    audience = _audience_spans(text, site.attrs_all)
    not_source = [
        pm
        for pm in usable
        if not _in_spans(pm, subj_spans) and not (pm.start > q_start and _in_spans(pm, audience))
    ]
    deploy_verb = False
    if kind == "weapons" and action == "deployed":
        last = None
        for mm in lex.weapon_action_re.finditer(text, lo, q_start):
            last = mm
        after_verb = re.match(
            rf"\s+(?:\w+\s+){{0,3}}?({lex.weapon_action_re.pattern})", text[np.ext_end :], re.I
        )
        instrumental = re.search(r"\bwith\s+(?:\w+\s+){0,2}$", text[max(0, q_start - 30) : q_start])
        deploy_verb = (
            bool(instrumental)
            or (last is not None and lex.weapon_actions[last.group(0).lower()] == "deployed")
            or (
                action_after(text, np.ext_end) == "deployed"
                and after_verb is not None
                and after_verb.group(1).lower() in lex.weapon_action_verbs
                and (
                    re.match(r"\s+(?:had|have|has|will|would)\b", text[np.ext_end :])
                    or re.match(
                        r"\s+(?:\d|a\b|an\b|the\b|its\b|their\b|two\b|three\b|several\b)",
                        text[np.ext_end + after_verb.end() :],
                    )
                )  # "bombers dropped 14 bombs" is active; "drones launched overnight" is a reduced relative
            )
        )
    req = pattern(r"\b<<request_verb>>\s+(?:[\w-]+\s+){0,3}$", re.I).search(
        text, max(0, q_start - 60), q_start
    )
    if kind == "weapons" and req:  # "Kyiv says it needs at least seven more Patriot systems": the asker's
        askers = [
            pm
            for pm in usable
            if _clause_start(text, req.start()) <= pm.start and pm.end <= req.start() and not pm.locative
        ]
        if askers:
            return askers[-1].party
        if re.search(
            r"\b(?:it|they|we|he|she|I)\s+(?:\w+\s+)?$", text[max(0, req.start() - 30) : req.start()]
        ):
            cp = _claimant_party(claimant)
            if cp:
                return cp
    if kind == "weapons" and np.category == "weapon" and _is_calibre(text, a):
        local = [pm for pm in usable if lo <= pm.start and pm.end <= q_start and not pm.recipient]
        if local:
            return local[-1].party
        if ctx.supplier:
            return ctx.supplier
    if (
        kind == "weapons"
        and action == "supplied"
        and pattern(r"\b<<receive_verb>>\s+$").search(text[max(0, q_start - 30) : q_start])
    ):
        # "Ukraine said it had received 18 tanks from Germany": the giver follows "from"
        givers = [
            pm for pm in usable if pm.start >= np.ext_end and text[np.ext_end : pm.start].strip() == "from"
        ]
        if givers:
            return givers[0].party
        if pattern(r"\b<<many_suppliers>>\b", re.I).search(np.modifiers):
            return None  # "80 Western tanks": from several suppliers
        return ctx.supplier
    if kind == "troops" and np.detail == "fighter":
        groups = [pm for pm in not_source if pm.type == "group"]
        if groups:
            return min(groups, key=lambda pm: abs(pm.start - a)).party
        g = _group_named_by(ctx, np.head) or _last_group(ctx, si, s, a)
        if g:
            return g
    if kind == "troops" or (kind == "weapons" and (action == "supplied" or deploy_verb)):
        # the sender, supplier or user is the subject before the verb
        pool = usable if (attr is not None and attr.type == "pledge") else not_source
        clause_from = _sender_clause_start(text, q_start)
        senders = [
            pm
            for pm in pool
            if clause_from <= pm.start and pm.end <= q_start and not pm.recipient and not pm.locative
        ]
        if kind == "weapons" and action == "deployed":
            clause = _speech_clause_start(text, site.attrs_all, q_start)
            lead = text[clause:q_start].lstrip(' ,"“')
            if re.match(r"(?:it|its|they|their|we|our)\b(?!\s+(?:was|is)\s)", lead, re.I) and _claimant_party(
                claimant
            ):  # (not an empty "It was the deadliest attack of a barrage in which Russia fired ...")
                return _claimant_party(
                    claimant
                )  # "the ministry said its forces targeted ... with two missiles"
            if pattern(r"the\s+<<group_head>>\b", re.I).match(lead):
                g = _last_group(ctx, si, s, a)  # "the Israeli military says the group has fired 200 missiles"
                if g:
                    return g
            firsts = [pm for pm in senders if pm.start >= clause]
            if firsts:
                return firsts[0].party
            senders = [pm for pm in senders if pm.start >= clause]
        if senders:
            if _is_list(text, senders):
                return None
            return senders[-1].party
        if (
            kind == "troops"
            and ctx.dominant
            and pattern(r"\b(?:<<government_modifier>>\s+)?government\b", re.I).search(
                text, clause_from, q_start
            )
        ):
            return ctx.dominant  # "The federal government has sent some 600 soldiers": the country's own
        reporter = attr is not None and attr.type == "according"
        pronoun = re.search(r"\b(it|they|we)\s+(?:\w+\s+){0,3}$", text[max(0, q_start - 40) : q_start], re.I)
        if pronoun and pronoun.group(1).lower() != "we" and attr is not None and attr.start > q_start and si:
            # "Russia fires the drones at Ukraine. Overnight, it launched 113 drones, Ukraine's air force
            # said": the pronoun goes back to the sentence before, not to the source named after it
            earlier = [
                pm for pm in ctx.pms[si - 1] if not pm.modifier and not pm.recipient and not pm.locative
            ]
            if earlier:
                return earlier[0].party
        if pronoun or (
            kind == "weapons" and action == "deployed" and not reporter
        ):  # (a source quoted after the fact, "according to the air force", is not the user)
            cp = _claimant_party(claimant)  # "Hezbollah said it fired 200 rockets"
            if cp:
                return cp
        if kind == "weapons" and action == "supplied":
            span_senders = [pm for pm in usable if pm.end <= q_start and not pm.recipient and not pm.locative]
            if span_senders:
                return span_senders[-1].party
            if ctx.supplier:
                return ctx.supplier
        if weak:
            return None
        if kind == "weapons":
            after = [
                pm
                for pm in not_source
                if pm.start >= np.ext_end
                and not pm.recipient
                and not pm.locative  # where they struck: "at a third site in Isfahan"
                and not _TARGET_BEFORE_RE.search(text[: pm.start])
            ]
            if after:
                return after[0].party
        return _fallback(ctx, si, kind, action, np, military_noun, claimant, set())
    if weak:
        return None
    not_source = [pm for pm in not_source if not _inside_relative(text, pm, a)]
    agent_mentions = [pm for pm in not_source if is_agent(text, pm, a)]
    if kind == "weapons":
        # "the drones Pakistan launched": whoever fires a weapon owns it
        agent_mentions = [pm for pm in agent_mentions if not _launches(text, pm)]
    agents = {pm.party for pm in agent_mentions}
    cands = [pm for pm in not_source if pm not in agent_mentions]
    own = claimant.country if claimant is not None else None
    victims = kind in ("killed", "wounded", "casualties", "missing") and not military_noun
    placed = [
        pm
        for pm in cands
        if pm.locative and pm.type == "state" and re.fullmatch(r"\s+in\s+", text[np.ext_end : pm.start])
    ]
    if victims and placed:
        return placed[0].party  # "Iran says 610 killed ...; 28 dead in Israel": where they died
    background = re.search(r"\b(?:in|during)\s+which\b", text[max(0, q_start - 60) : q_start])
    if (
        agents
        and victims
        and own
        and own not in agents
        and (_is_state(own) or military_noun)
        and not background
    ):
        # (not an earlier event the speaker recalls: "since the Hamas-led attack of 7 October, in which
        # about 1,200 people were killed", in the Gaza health ministry's sentence)
        return own  # "Iran's health ministry said Israeli strikes killed 224 people"
    if kind in ("weapons", "captured") or military_noun:
        # (captives are held where they are: "94 remain in Gaza" are not Gaza's)
        cands = [pm for pm in cands if not pm.recipient and not (pm.locative and not pm.possessive)]
    if kind in ("killed", "wounded", "casualties"):  # ("flown abroad for treatment in Turkey": not theirs)
        cands = [pm for pm in cands if not _DESTINATION_RE.search(text, max(0, pm.start - 60), pm.start)]
    if kind == "captured":  # ("freed from Russian captivity": Russia holds them)
        cands = [pm for pm in cands if not pattern(r"\s+<<captivity_noun>>\b", re.I).match(text, pm.end)]
    if np.detail == "fighter":
        groups = [pm for pm in cands if pm.type == "group"]
        if groups:
            return min(groups, key=lambda pm: abs(pm.start - a)).party
        g = _group_named_by(ctx, np.head) or _last_group(ctx, si, s, a)
        return g if g and g not in agents else None  # militants are not a state
    if (not military_noun or np.detail == "troop") and kind != "weapons":
        states = [pm for pm in cands if pm.type == "state"]
        cands = states if (states or not military_noun) else cands
    # (not an earlier list item's own nationality: "nine Iskander-M or North Korean KN-23 ballistic
    # missiles and 20 Kh-101 cruise missiles")
    before = [pm for pm in cands if pm.end <= q_start and not _earlier_item(text, pm, q_start)]
    after = [
        pm
        for pm in cands
        if pm.start >= np.ext_end
        and not _in_relative(text, np.ext_end, pm.start)
        and not _PART_ASIDE_RE.match(text, np.ext_end, pm.start)  # "three hostages, one of them an American"
        # (not a later list item's own nationality: "four police officers, ... and a 62-year-old Canadian
        # woman")
        and not _later_item(text, np.ext_end, pm.start)
        # (not the nationality of one other person: "... during an operation to free a New Zealand pilot")
        and not (
            re.search(r"\b(?:an?|one)\s+$", text[max(0, pm.start - 5) : pm.start])
            and _person_noun_after(text, pm.end)
        )
        # (not past the speaker's own comment: "..., he said, urging the world to put pressure on
        # Moscow", "said 51 people had been killed and called the attack a brutal Russian crime")
        and not pattern(_COMMENT_AFTER, re.I).search(text, np.ext_end, pm.start)
    ]
    clause = _clause_start(text, q_start)
    for sub in re.finditer(r"\b(?:as|while|whereas|after|when|because)\s", text[clause:q_start]):
        clause_at = clause + sub.end()  # "Ukraine pulls troops out of Vuhledar as Russia loses 1,130 troops"
        if pattern(_SUFFER).search(text[clause_at:q_start]):
            clause = clause_at
    if before and pattern(_SUFFER).search(text[clause:q_start]):
        in_clause = [pm for pm in before if pm.start >= clause]
        if in_clause:
            return in_clause[0].party  # "Russia had lost 1,140 troops"
    owner = _loss_owner(text, before) if kind != "weapons" else None
    if owner is not None:
        return owner  # "the General Staff put Russian losses at about 53,850 personnel"
    own_party = _claimant_party(claimant)
    speaker_agent = bool(
        _speaker_agent_re().search(text[_speech_clause_start(text, site.attrs_all, q_start) : q_start])
    )
    if (
        np.detail == "troop"
        and kind in ("killed", "wounded", "casualties", "missing")
        and own_party
        and _is_state(own_party)
        and own_party not in agents
        and not speaker_agent
    ):
        return own_party  # "Pakistan says 23 soldiers killed": a government counts its own soldiers
    if speaker_agent and kind in ("killed", "wounded", "casualties"):
        # "JNIM ... claimed responsibility, saying it had killed 70 soldiers": not its own
        speakers = {own_party, claimant.name if claimant is not None else None} - {None}
        before = [pm for pm in before if pm.party not in speakers]
    if before and after and re.search(r"\b(?:that|which)\s+(?:\w+\s+){0,2}$", text[before[-1].end : q_start]):
        # "a war that killed more than 3,800 in Lebanon": the relative clause places its dead
        return after[0].party
    if (
        before
        and victims
        and after
        and after[0].locative
        and re.search(r",|\b(?:after|before|when|while|since|because)\b", text[before[-1].end : q_start])
    ):  # "... with Pakistan, a day after gunmen killed 26 people in Indian-administered Kashmir"
        return after[0].party
    if np.detail == "troop" and len(before) > 1:
        # "fighting between the Lebanese Army and militants from Syria ... killed 17 soldiers": where the
        # militants came from is not whose soldiers died
        before = [
            pm for pm in before if not _FIGHTERS_FROM_RE.search(text, max(0, pm.start - 40), pm.start)
        ] or before
    if before:
        clause = _clause_start(text, q_start)
        if pattern(_SUFFER).search(text[clause:q_start]):
            # "North Korean soldiers who fought Ukrainian forces have suffered 1,100 casualties"
            in_clause = [pm for pm in before if pm.start >= clause]
            if in_clause:
                return in_clause[0].party
        return before[-1].party
    if after and (kind == "captured" or (np.head or "").lower() in ("hostages", "hostage")):
        # "Seven of the hostages were handed over in northern Gaza": where captives are held or freed
        # is not whose they are
        after = [
            pm
            for pm in after
            if not (pm.locative or _IN_REGION_BEFORE_RE.search(text, max(0, pm.start - 40), pm.start))
        ]
    if after:
        return after[0].party
    holder = (
        kind == "captured"
        and (
            _speaker_holds_re().search(text[_speech_clause_start(text, site.attrs_all, q_start) : q_start])
            # "The KNU said 617 people surrendered": an armed speaker took their surrender
            or (
                attr is not None
                and attr.end <= q_start
                and re.match(r"\s+(?:had\s+|have\s+)?surrendered\b(?!\s+to\b)", text[np.ext_end :])
            )
        )
    )
    if holder and _claimant_party(claimant):
        agents = agents | {_claimant_party(claimant)}  # "Hamas said it would release 33 hostages"
    captors = {pm.party for pm in usable if kind == "captured" and _holds(text, pm, q_start)}
    agents = agents | captors  # "Hamas still holds 59 hostages": the holder is not whose they are
    hostile = (kind == "captured" and (military_noun or bool(holder) or bool(captors))) or (
        kind == "weapons" and action in ("destroyed", "captured")
    )
    # (a group fighting for its country brings it onto its side; an insurgency does not)
    side = set(agents) | {lex.group_bases[p] for p in agents if p in lex.home_groups}
    if hostile and not side:
        in_subject = [pm.party for pm in usable if _in_spans(pm, subj_spans)]
        first = in_subject[:1] or [_claimant_party(claimant) or ctx.dominant]
        side = {p for p in first if p}
    return _fallback(
        ctx,
        si,
        kind,
        action,
        np,
        military_noun,
        claimant,
        agents,
        hostile_side=side if hostile else None,
        speaker_agent=speaker_agent,
        # ("according to US envoy Tom Perriello": a foreign diplomat's country is not the victims')
        envoy=attr is not None
        and bool(pattern(r"\b<<foreign_role>>\b", re.I).search(f"{attr.subject} {attr.appositive}")),
    )


_IN_REGION_BEFORE_RE = re.compile(  # "in northern Gaza", "in the south of the territory"
    r"\b(?:in|at|near|inside)\s+(?:the\s+)?(?:north|south|east|west|central)[\w-]*\s+$", re.I
)


_RELATIVE_HAS_RE = re.compile(r",\s*(?:which|who)\b(?:[^,;]|,(?=\d{3}))*$")


_IMPACT_AFTER_RE = re.compile(
    r"\s+(?:(?:had|have|has|were|was)\s+(?:also\s+)?(?:been\s+)?)?(?:struck|hit|slammed|landed|crossed|rained|"
    r"launched\s+(?:at|on|against|toward|towards|into)|fired\s+(?:at|on|against|toward|towards|into))\b|"
    # a passive launch with no agent: "Qatari officials said 19 missiles had been fired in all"
    r"\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:fired|launched)\b(?!\s+(?:by|from)\b)",
    re.I,
)
_SHOT_DOWN_BEFORE_RE = re.compile(
    r"\b(?:shot\s+down|shooting\s+down|intercepted|intercepting|downed|downing|detected|tracked)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)


_SPEAKER_SHOT_DOWN_RE = re.compile(
    r"\b(?:it|they|we)\s+(?:had\s+|have\s+|has\s+)?(?:shot\s+down|intercepted|downed|destroyed)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)


def _incoming(text: str, q_start: int, np_end: int) -> bool:
    """Weapons aimed at someone: they strike ("two missiles struck the institute", "40 missiles
    had been launched at Kyiv") or are shot down ("US forces shot down more than 70 drones")."""
    return bool(
        _IMPACT_AFTER_RE.match(text, np_end)
        or _SHOT_DOWN_BEFORE_RE.search(text, max(0, q_start - 60), q_start)
        or _ATTACK_WITH_RE.search(text, max(0, q_start - 40), q_start)  # "a strike involving 88 missiles"
    )


# the attack the sentence before told of: "Zelenskiy said it involved 120 missiles and 90 drones"
_IT_INVOLVED_RE = re.compile(
    r"\b(?:it|which)\s+(?:had\s+)?(?:involved|included)\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+)?$"
)
_ATTACK_WITH_RE = re.compile(
    r"\b(?:strike|strikes|attack|attacks|barrage|bombardment|assault|raid|raids|wave)\s+"
    # ("a strike involving 88 missiles", "the attack involved 120 missiles")
    r"(?:involving|using|with|of|that\s+included|including|(?:had\s+)?(?:involved|included))\s+"
    r"(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+)?$",
    re.I,
)


_LOSS_OWNER = r"(?:'s|’s|')?\s+(?:[a-z-]+\s+)?<<loss_noun>>\b"


def _loss_owner(text: str, before: list[PartyMention]) -> str | None:
    """The side whose losses are being totalled: "put Russian losses since the invasion at about
    53,850 personnel, with a further 200 soldiers lost", "brings Russia's total losses to
    1,054,870 troops". Only the last side named before the number can own it."""
    if not before:
        return None
    pm = before[-1]
    if pattern(_LOSS_OWNER).match(text, pm.end) and not pm.recipient:
        return pm.party
    return None


def _mission_owner(
    ctx: _Ctx, text: str, pms: list[PartyMention], q_start: int, subj_spans: list[tuple[int, int]]
) -> str | None:
    """The organisation whose mission the counted troops serve: "The UN peacekeeping mission,
    MONUSCO, which has more than 13,000 uniformed personnel", "an African Union force of some
    12,000 troops", "The mission has some 22,000 troops" after AMISOM was named. A country
    or pronoun between the mission and the number owns them instead ("NATO, in which Poland
    has 10,000 troops"), and a bloc's bare name needs a force word ("the UN said 500 troops")."""
    lex = load()
    last = None
    for m in lex.mission_re.finditer(text, 0, q_start):
        if not any(sp[0] <= m.start() < sp[1] for sp in subj_spans):  # the speaker is not the owner
            last = m
    if last is None:
        subject = pattern(r"^\s*(?:the|The|its|Its)\s+(?:<<mission_noun>>)\b", re.I).match(
            text[_clause_start(text, q_start) : q_start]
        )
        if subject is None:
            return None
        sentence = ctx.sentences[ctx.current]
        before = "" if sentence.in_title else ctx.article.text[: sentence.start]
        orgs = {lex.missions[m.group(0)][0] for m in lex.mission_re.finditer(before)}
        return orgs.pop() if len(orgs) == 1 else None  # "the mission" is the one the article named
    org, needs_force_word = lex.missions[last.group(0)]
    between = [pm for pm in pms if last.end() <= pm.start and pm.end <= q_start]
    if any(pm.party != org and not pm.locative and not pm.modifier for pm in between):
        return None
    if re.search(r"\b(?:it|they|he|she)\b", text[last.end() : q_start]):
        return None  # "the AU mission, in which it has 4,000 soldiers": a member's own contingent
    if needs_force_word and not pattern(r"\b<<mission_force_word>>\b", re.I).search(
        text[last.end() : q_start]
    ):
        return None
    return org


def _relative_owner(text: str, pms: list[PartyMention], q_start: int) -> str | None:
    """ "The ELN, which ... has about 5,800 fighters": a number inside a relative clause whose verb
    is one of having or losing belongs to the party the clause hangs on."""
    rm = _RELATIVE_HAS_RE.search(text, max(0, q_start - 120), q_start)
    verb = pattern(r"\b(?:<<possession_verb>>|<<suffer_verb>>)\s+(?:(?:already|now|so far)\s+)?$", re.I)
    if rm is None or not verb.search(rm.group(0)):
        return None  # (the verb governs the number: not "which has killed 1,200 people")
    owners = [pm for pm in pms if pm.end <= rm.start() and not text[pm.end : rm.start()].strip()]
    return owners[-1].party if owners and not owners[-1].modifier else None


def _is_calibre(text: str, a: int) -> bool:
    """A calibre-only mention: "152mm shells" with no count."""
    return bool(re.match(r"\d{2,3}(?:\.\d+)?\s?-?\s?mm", text[a:]))


_TARGET_BEFORE_RE = re.compile(  # "dropped 14 bombs on Iran's Fordo and Natanz"
    r"\b(?:on|at|against|into|onto|over)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$", re.I
)


def _speaker_agent_re() -> re.Pattern[str]:
    """ "its forces had targeted ...": the speaker is the doer (agent verbs from agent_verbs.csv)."""
    verbs = load().agent_verb_re.pattern
    return pattern(
        rf"\b(?:it|its|they|their|we|our)\b(?:\s+[\w-]+){{0,6}}?\s+(?:had\s+|have\s+|has\s+)?{verbs}", re.I
    )


def _holds(text: str, pm: PartyMention, q_start: int) -> bool:
    """ "Hamas still holds 59 hostages", "the RSF has detained 300 men": the party holds the captives."""
    if pm.end > q_start:
        return False
    return bool(
        pattern(r"(?:\s+[\w-]+){0,2}?\s+<<hold_verb>>(?:\s+[\w-]+){0,3}?\s+$", re.I).fullmatch(
            text, pm.end, q_start
        )
    )


def _speaker_holds_re() -> re.Pattern[str]:
    # ("the Israeli army said it had killed 10 militants and detained eight wanted suspects")
    return pattern(
        r"\b(?:it|its|they|their|we|our|(?:the\s+)?(?:troops|soldiers|security\s+forces))\b"
        r"(?:(?:\s+[\w-]+){0,3}?|[^.;,:]{0,60}?\s+and)\s+<<hold_verb>>\b",
        re.IGNORECASE,
    )


def _launches(text: str, pm: PartyMention) -> bool:
    lex = load()
    m = re.match(
        r"(?:'s|’s)?(?:\s+[\w-]+){0,2}?\s+(?:had\s+|have\s+|has\s+)?(\w+)", text[pm.end : pm.end + 40]
    )
    return bool(m) and lex.weapon_actions.get(m.group(1).lower()) == "deployed"


def _sender_clause_start(text: str, pos: int) -> int:
    """The start of the clause holding `pos` ("..., while a regional mission of 1,900 troops ...")."""
    start = 0
    for m in re.finditer(r";|,?\s+(?:while|whereas|but)\s+|,\s+and\s+(?=[A-Z])", text[:pos]):
        start = m.end()
    return start


def _speech_clause_start(text: str, attrs: list[cl.Attribution], pos: int) -> int:
    """Where the reported clause begins: after the last "X said" before `pos`."""
    start = 0
    for at in attrs:
        if at.end <= pos and at.type != "according":
            start = at.end
    return start


_SUBORDINATE_RE = re.compile(r",\s+(?:[\w-]+\s+){0,3}?(?:after|before|when|while|since|because)\b")
_CLAUSE_START_RE = re.compile(r"\bthat\b|[;:\"“”]|,\s+(?:and|but|while)\b")


def _clause_start(text: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_START_RE.finditer(text, 0, pos):
        start = m.end()
    return start


def _inside_relative(text: str, pm: PartyMention, a: int) -> bool:
    """ "The ADF, which originated in Uganda in the 1990s, has killed ...": Uganda is background."""
    for m in re.finditer(r",\s*(?:which|who|whose|where)\b[^,;]*(?:,|$)", text):
        if m.start() <= pm.start and pm.end <= m.end() and not (m.start() <= a < m.end()):
            return True
    return False


def _in_relative(text: str, lo: int, hi: int) -> bool:
    """A party after the figure but behind a relative or "since" clause is background, not the
    owner: "3,823 people had been killed in the country since Hezbollah began firing on Israel"."""
    return bool(re.search(r"\b(?:that|which|who|since)\b|[;]", text[lo:hi]))


def _is_state(party: str | None) -> bool:
    info = load().party(party)
    return info is not None and info.type == "state"


def _claimant_party(claimant) -> str | None:
    if claimant is None or not claimant.name:
        return None
    if claimant.country:
        return claimant.country
    lex = load()
    if claimant.kind == "person":  # a person's name holds no country ("Ahmed Aden"), a leader's alias aside
        pa = lex.party_aliases.get(claimant.name)
        # (an alias that needs its article's context, "Kim", was weighed when the speaker was resolved)
        return pa.party if pa is not None and pa.role == "leader" and not pa.requires else None
    for m in lex.party_re.finditer(claimant.name):
        pa = lex.party_aliases.get(m.group(0))
        if pa and not surname_alias(claimant.name[: m.start()], m.group(0), pa.role):
            return pa.party  # (not "Interior Ministry spokesman Najib Danish": a surname)
    return None


def _group_named_by(ctx: _Ctx, head: str | None) -> str | None:
    """The one armed group of the article whose name holds the counted noun: "2,000 dissidents"
    are the FARC dissidents' even where another group was named last."""
    if not head:
        return None
    word = _lemma(head)
    named = {
        pm.party
        for plist in ctx.pms
        for pm in plist
        if pm.type == "group" and word in {_lemma(w) for w in pm.party.split()}
    }
    return named.pop() if len(named) == 1 else None


_TIED_TO_GROUP = (
    r"\s+(?:linked|affiliated|associated|allied|loyal)\s+(?:to|with)\s+(?:the\s+)?(?P<head><<group_head>>\b)?"
)


def _last_group(ctx: _Ctx, si: int, s: Sentence, a: int) -> str | None:
    for pm in reversed([pm for pm in ctx.pms[si] if pm.end <= a]):
        if pm.type == "group":
            return pm.party
    for j in range(si - 1, -1, -1):
        for pm in reversed(ctx.pms[j]):
            if pm.type == "group":
                return pm.party
    for j in range(si + 1, len(ctx.sentences)):
        for pm in ctx.pms[j]:
            if pm.type == "group":
                return pm.party
    return None


def _lemma(word: str | None) -> str:
    w = (word or "").lower()
    return w[:-1] if w.endswith("s") else w


def _national(text: str, pm: PartyMention) -> bool:
    """A nationality that describes civilians ("two Sri Lankans", "a Japanese man"), no side."""
    if pm.role == "plural":
        return True
    m = re.match(r"\s+([a-z]+)\b", text[pm.end : pm.end + 30])
    cls = load().person_nouns.get(m.group(1)) if m and pm.role == "demonym" else None
    return cls is not None and cls[0] == "person" and cls[1] != "military"


def _fallback(
    ctx,
    si,
    kind,
    action,
    np,
    military_noun,
    claimant,
    exclude,
    hostile_side=None,
    speaker_agent=False,
    envoy=False,
) -> str | None:
    """No owner in the sentence: the same noun counted earlier, the other side of a hostile
    act, the previous figure of the same sort, the claimant's country, then the article."""
    lex = load()
    group = _group(kind)
    sentence = ctx.sentences[si]
    troop_like = np.detail == "troop" or (not military_noun and group == "casualty")

    def acceptable(party: str | None) -> bool:
        if not party or party in exclude:
            return False
        info = lex.party(party)
        is_state = info is not None and info.type == "state"
        if np.detail == "fighter":
            return not is_state
        return not (troop_like and not is_state)

    if np.detail == "troop" and group == "casualty" and claimant is not None and not speaker_agent:
        cp = _claimant_party(claimant)  # an army reporting "two soldiers were injured" means its own
        if cp and acceptable(cp):
            return cp
    own = claimant.country if claimant is not None else None
    own_people = group == "casualty" and not military_noun and own and own not in exclude and not envoy
    if np.head and np.category in ("person", "kind", "demonym", "weapon"):
        for w in _recent(ctx):
            # (hostages are the same side's whether held or killed: "three hostages had been killed")
            same = _lemma(w.np.head) == _lemma(np.head) and (w.figure.kind == kind or np.detail == "captured")
            if (
                same
                and own_people
                and kind in ("killed", "wounded", "casualties")
                and _is_state(own)
                and w.figure.party != own
                and w.figure.claimant != claimant.name
            ):
                break  # "24 people" killed in Belgorod, then "39 people, according to Ukrainian officials"
            if same and acceptable(w.figure.party):
                return w.figure.party
    if hostile_side:
        if all(_is_state(p) for p in hostile_side):
            domestic = [  # troops seize a cartel's rifles: the armed group at home, not a foreign state
                p
                for p, _ in ctx.counts.most_common()
                if lex.group_bases.get(p) in hostile_side
                and p not in hostile_side
                and acceptable(p)
                and not (
                    claimant is not None and p in (claimant.name or "")
                )  # ("Hezbollah said its fighters")
            ]
            if domestic:
                return domestic[0]
        named = {pm.party for pms in ctx.pms[: si + 1] for pm in pms}
        for party, _ in ctx.counts.most_common():
            info = lex.party(party)
            if info is not None and info.type == "alliance":
                continue  # a mediating or peacekeeping bloc is nobody's enemy side by default
            if info is not None and info.type == "state" and party not in named:
                continue  # a state named only later ("fled to the Greek city") is not the other side
            if party not in hostile_side and acceptable(party):
                return party
    if group == "casualty" and (np.head is None or np.detail == "other") and not sentence.in_title:
        for w in reversed(ctx.figures):  # "20 more were wounded", "212 others": the count before
            if w.paragraph == sentence.paragraph and w.group == group and acceptable(w.figure.party):
                return w.figure.party
            break
    if own_people:
        return own
    if np.population == "civilian" and group == "casualty" and not sentence.in_title:
        # "The UN said it had confirmed the deaths of 596 civilians" after a paragraph on soldiers:
        # the civilians counted before, else the country whose dead the article counts first
        for w in _recent(ctx):
            if w.group == group and w.figure.population == "civilian" and acceptable(w.figure.party):
                return w.figure.party
        if ctx.victims and acceptable(ctx.victims):
            return ctx.victims
    if not sentence.in_title:
        for w in _recent(ctx):
            if np.detail == "troop" and w.np.category == "demonym" and w.figure.population != "military":
                # (a nationality counted on its own is not whose troops come next: "13 hostages, among
                # them a Japanese man and two Sri Lankans, were rescued. ... Two senior police officers")
                continue
            if w.group == group and acceptable(w.figure.party):
                return w.figure.party
    for j in range(si - 1, -1, -1):
        for pm in reversed(ctx.pms[j]):
            if np.detail == "troop" and _national(ctx.sentences[j].text, pm):
                continue  # ("... a Japanese man and two Sri Lankans were rescued. Hundreds of police")
            info = lex.party(pm.party)
            if info is not None and info.type == "state" and not pm.modifier and pm.party not in exclude:
                return pm.party
    if np.detail == "fighter":
        return None  # "more than 100 militants": no armed group named, and militants are not a state
    if ctx.dominant and ctx.dominant not in exclude:
        return ctx.dominant
    if group == "casualty" and not military_noun and ctx.dominant:
        return ctx.dominant  # a government's own people: "junta air strike kills 100"
    return None
