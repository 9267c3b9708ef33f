"""Whose people or equipment a figure counts, and whether they are military or civilian.

Why: a sentence often names several parties — the attacker, the victim, the place, the
supplier, the recipient. Party mentions (names, demonyms, capitals, leaders, places and
armed groups from party_aliases.csv / parties.csv) are found once per sentence and tagged
with their grammatical role (agent of a harm verb, recipient after "to", manufacturer in
"French-made", a location in "-administered"), so figure assembly can pick the owner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import PartyAlias, applies, load, pattern

_PREPOSITIONS = frozenset(
    {"on", "in", "at", "against", "into", "near", "across", "from", "over", "of", "between", "with"}
    | {"around", "outside", "inside", "toward", "towards", "along", "throughout"}
)
_NEW_CLAUSE_RE = re.compile(
    r"\bthat\b|;|\bsaid\b|\bsays\b|\badding\b|\bwhile\b|\bbut\b|\bwhich\b|\bwho\b|\bafter\b|\bwhen\b"
)
_BY_BEFORE_RE = re.compile(
    r"\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:the\s+)?(?:former\s+)?$", re.IGNORECASE
)
_LOCATIVE_BEFORE_RE = re.compile(
    r"\b(?:in|at|near|across|around|outside|inside|on|over)\s+(?:the\s+)?$", re.IGNORECASE
)
_LOYAL_RE = re.compile(r"\bloyal to\s+((?:[A-Z][\w'’\-]+\s*){1,4})")

# the words in these patterns come from word_lists.csv
_MODIFIER_AFTER = r"^-<<modifier_suffix>>\b"  # "French-made", "UK-based"
_LED_AFTER = r"^-<<led_suffix>>\b"  # "Hamas-led attack"
_LOCATIVE_AFTER = r"^-<<locative_suffix>>\b"  # "Pakistan-administered Kashmir"
_FACILITY_AFTER = r"^(?:\s+[A-Z][\w'’-]*){1,3}\s+<<facility_noun>>\b"  # "Saudi Maternity Hospital"
_NAMED_FACILITY_AFTER = r"^\s+<<facility_noun>>\b"  # "Erdogan hospital": named after a leader
_VENUE_BEFORE = r"\b<<venue_noun>>\s+(?:\w+\s+){0,2}?(?:in|at)\s+$"
_MODIFIER_NOUN_AFTER = r"^(?:'s|’s)?\s+<<modifier_noun>>\b"  # "the Venezuelan border", "Pretoria agreement"
_RECIPIENT_BEFORE = r"\b(?:to|for|into|towards?|at)\s+(?:the\s+)?$|\b<<transfer_verb>>\s+$"  # "send Ukraine"
_ATTACK_NOUN_AFTER = (
    r"^(?:'s|’s)?(?:\s+(?!(?:as|and|or|in|on|at|of|to|the|a|an|with|for|since|after)\b)[\w-]+)?\s+"
    r"<<attack_noun>>\b"
)  # "an Israeli strike", "Russian drones"
_DESIGNATED_BY = (
    r"\b(?:designated|listed|branded|labell?ed|classified|considered|regarded)\s+(?:as\s+)?(?:an?\s+)?"
    r"(?:foreign\s+)?terrorist\s+(?:group|organi[sz]ation|entity)\s+by\s+[^;.:]*?"
    r"(?=,\s+(?:has|have|had|is|was|which|who)\b|\s+(?:has|have|had|is|was)\b|[;.:]|$)"
)
_MILITARY_CUE = r"\b<<military_cue>>\b"
_CIVILIAN_CUE = r"\b<<civilian_cue>>\b"


@dataclass(slots=True)
class PartyMention:
    start: int
    end: int
    party: str
    surface: str
    role: str  # alias role: name | demonym | plural | capital | place | leader | group
    type: str  # state | group | alliance
    possessive: bool = False
    modifier: bool = False  # "French-made", "UK-based", "Saudi Maternity Hospital"
    led: bool = False  # "Hamas-led attack"
    locative: bool = False
    recipient: bool = False
    by_agent: bool = False


@lru_cache(maxsize=256)
def outlet_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where news outlets are named (outlets.csv): "France 24", "The Times of Israel". Cached:
    party_mentions and every number's reject_reason ask about the same sentence."""
    return tuple((m.start(), m.end()) for m in _outlet_re().finditer(text))


@lru_cache(maxsize=1)
def _outlet_re() -> re.Pattern[str]:
    names = sorted(load().outlets, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def party_mentions(text: str, context: str, extra: dict[str, str] | None = None) -> list[PartyMention]:
    """All party mentions in a sentence; `context` (the whole article) licenses aliases
    that need it ("the North" only where North Korea is discussed); `extra` adds armed
    groups the article itself defines ("the Strategic Framework ... (CSP-DPA)")."""
    lex = load()
    out: list[PartyMention] = []
    found = [
        (m.start(), m.end(), m.group(0), lex.party_aliases.get(m.group(0)))
        for m in lex.party_re.finditer(text)
    ]
    for surface, party in (extra or {}).items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            if not any(s <= m.start() < e for s, e, _, _ in found):
                found.append((m.start(), m.end(), surface, PartyAlias(surface, party, "group", ())))
    found.sort(key=lambda t: t[0])
    outlets = outlet_spans(text)
    # "the PKK, designated a terrorist group by Turkey, the European Union and the United States": who
    # lists a group is no side of its war
    designations = [(m.start(), m.end()) for m in pattern(_DESIGNATED_BY, re.IGNORECASE).finditer(text)]
    for start, end, surface, alias in found:
        if alias is None or any(s <= start and end <= e for s, e in outlets):
            continue  # ("told France 24", "the Kyiv Independent": an outlet's name names no side)
        if not applies(alias.requires, context):
            continue
        if (
            alias.role in ("name", "place") or (alias.role == "demonym" and _SPEAKS_AFTER_RE.match(text, end))
        ) and surname_before(text[max(0, start - 30) : start], surface):
            # "Amadou Togo, 64, said", "spokesman Najib Danish said": a person's surname, not the country
            continue
        info = lex.party(alias.party)
        after = text[end : end + 60]
        before = text[max(0, start - 30) : start]
        pm = PartyMention(start, end, alias.party, surface, alias.role, info.type if info else "group")
        pm.possessive = after.startswith("'s") or after.startswith("’s")
        pm.modifier = (
            bool(pattern(_MODIFIER_AFTER, re.IGNORECASE).match(after))
            or (alias.role in ("demonym", "name") and bool(pattern(_FACILITY_AFTER).match(after)))
            or (alias.role == "leader" and bool(pattern(_NAMED_FACILITY_AFTER, re.IGNORECASE).match(after)))
            # "negotiators in Doha", "talks in Cairo": a venue, not a party
            or (alias.role == "capital" and bool(pattern(_VENUE_BEFORE, re.IGNORECASE).search(before)))
            or bool(pattern(_MODIFIER_NOUN_AFTER, re.IGNORECASE).match(after))
            # "close to the border with Mali": a landmark, not a side
            or (alias.role in ("name", "place") and bool(_BORDER_BEFORE_RE.search(before)))
            or any(s <= start < e for s, e in designations)
        )
        pm.led = bool(pattern(_LED_AFTER, re.IGNORECASE).match(after))
        pm.locative = bool(pattern(_LOCATIVE_AFTER, re.IGNORECASE).match(after)) or (
            alias.role in ("place", "capital", "name") and bool(_LOCATIVE_BEFORE_RE.search(before))
        )
        pm.recipient = bool(pattern(_RECIPIENT_BEFORE, re.IGNORECASE).search(before))
        pm.by_agent = bool(_BY_BEFORE_RE.search(before))
        out.append(pm)
    return out


_SPEAKS_AFTER_RE = re.compile(r"\s+(?:said|says|told|tells|added|stated)\b")
_BORDER_BEFORE_RE = re.compile(
    r"\b(?:border|frontier|borders)\s+with\s+(?:neighbouring\s+|neighboring\s+)?$", re.I
)
_GIVEN_NAME_BEFORE_RE = re.compile(r"(?<![\w.-])([A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)(?<!'s)(?<!’s) $")


def surname_before(before: str, surface: str) -> bool:
    """Is a one-word country name a person's surname ("Amadou Togo", "Joseph Kabila Kabange")?
    It is when a capitalised word that could be a given name stands right before it ("In Gaza",
    "Lake Chad", "Port Sudan" and "South Sudan" lead places; numbers, months, titles do not name)."""
    m = _GIVEN_NAME_BEFORE_RE.search(before)
    if not m or not re.fullmatch(r"[A-Z][a-z]+", surface):
        return False  # (not "Four RAF", "One U.S.", "South Sudan")
    lex = load()
    given = m.group(1)
    return not (
        pattern(r"<<place_lead_word>>").fullmatch(given)
        or given.lower() in lex.number_words
        or given in lex.months
        or given.lower() in lex.words("weekday")
        or given in lex.titles
        or given in lex.party_aliases
        or f"{given} {surface}" in lex.party_aliases
    )


def surname_alias(before: str, surface: str, role: str) -> bool:
    """A country's name, place or adjective inside a speaker's name that is a person's surname
    ("Amadou Togo", "Interior Ministry spokesman Najib Danish")."""
    return role in ("name", "place", "demonym") and surname_before(before, surface)


_OPPONENT_BEFORE = r"\b<<opponent_noun>>\s+(?:[\w-]+\s+)?(?:with|against)\s+(?:the\s+)?$"


def attack_after(text: str, end: int) -> re.Match[str] | None:
    """An attack noun right after a party's name ("an Israeli strike", "Russian drones")."""
    return pattern(_ATTACK_NOUN_AFTER, re.IGNORECASE).match(text[end : end + 40])


def is_agent(text: str, pm: PartyMention, num_start: int) -> bool:
    """Is the party the doer of a harm verb governing the number ("Indian strikes killed
    26", "Ukrainian forces ... destroying", "killed by Indian shelling", "RSF seizes")?"""
    if pm.by_agent or pm.led:
        return True
    attack = pm.role in ("demonym", "name", "group") and attack_after(text, pm.end)
    if attack and _kind_noun_next(text, pm.end + attack.end()):
        attack = None  # "Russian military deaths", "Israeli military casualties": the losses, not an attacker
    # "in an Israeli strike", "Russian drones struck": unless a new clause separates it from the number
    if attack and (pm.start > num_start or not _NEW_CLAUSE_RE.search(text[pm.end : num_start])):
        return True
    if pattern(_OPPONENT_BEFORE, re.IGNORECASE).search(text[max(0, pm.start - 40) : pm.start]):
        return True  # "killed in the 12-day war with Israel": the other side, not whose dead they are
    rx = load().agent_verb_re
    if pm.end <= num_start:
        lead = text[max(0, pm.start - 40) : pm.start]
        lead = re.split(r"[,;:]|\bthat\b", lead)[-1]  # ("said on Wednesday that an Ethiopian militia")
        before = re.findall(r"[A-Za-z'’-]+", lead)[-4:]
        segment = text[pm.end : num_start]
        if pattern(r"\b<<accusation_verb>>\s+(?:the\s+)?$", re.I).search(lead) and re.match(
            rf"^(?:\s+[\w'’-]+){{0,3}}?\s+of\s+(?:{rx.pattern})\b", segment, rx.flags
        ):
            return True  # "Azerbaijan on Wednesday accused Armenian forces of killing 21 civilians"
        if any(w.lower() in _PREPOSITIONS for w in before):
            return False  # inside a prepositional phrase: "strikes on southern Lebanon killed"
        if re.search(rf"(?:{rx.pattern})\s+(?:(?:a|an|the|its|their)\s+)?$", lead, rx.flags):
            return False  # the object of a harm verb: "targeted a Hamas command centre ... and killed 15"
        first = rx.search(segment)
        if first is None or re.search(
            r"[,;:]|\b(?:that|who|which|said|says|say|told|according)\b", segment[: first.start()]
        ):
            return False
        # the same subject carries on to the number unless a new clause starts in between
        return not _NEW_CLAUSE_RE.search(segment[first.end() :])
    if pm.role == "demonym" and _kind_noun_next(text, pm.end):
        return False  # "the number of Russian wounded at 170,000": the demonym's dead or wounded, not a doer
    if pm.locative:
        return False  # "killed 1,200 people in southern Israel and took 250 hostages": a place, not a doer
    after = text[pm.end : pm.end + 60]
    return bool(re.match(rf"^(?:'s|’s)?(?:\s+[\w'’-]+){{0,3}}?\s+(?:{rx.pattern})", after, re.IGNORECASE))


def _kind_noun_next(text: str, pos: int) -> bool:
    """Is the next word a counted-kind noun ("deaths", "wounded", "casualties")?"""
    m = re.match(r"\s+([A-Za-z]+)", text[pos : pos + 20])
    return bool(m) and m.group(1).lower() in load().kind_nouns


def loyalists(extension: str) -> str | None:
    """ "148 fighters loyal to Assad" -> "Assad loyalists"."""
    m = _LOYAL_RE.search(extension)
    if not m:
        return None
    name = m.group(1).strip()
    return f"{name} loyalists"


def population(np, sentence: str, antecedent_population: str | None) -> str | None:
    """military / civilian / None from the counted noun, its modifiers and (for demonym
    plurals like "207 Ukrainians") military cues in the sentence."""
    mods = (np.modifiers or "").lower()
    if "civilian" in mods:
        return "civilian"
    if np.partitive in ("them", "those", "these", "whom", "which"):
        return antecedent_population
    if np.category == "person":
        if np.detail in ("member", "other"):
            ext = np.extension.lower()
            if re.search(r"forces|army|military|guard|navy", ext):
                return "military"
            return antecedent_population if np.detail == "other" else None
        if np.population:
            return np.population
        if (
            np.detail == "person"
            and np.extension
            and pattern(_CIVILIAN_CUE, re.IGNORECASE).search(np.extension)
        ):
            return "civilian"
        return None
    if np.category == "demonym":
        if np.population:
            return np.population  # a people that is its own person noun: "dozens of Rohingya"
        return "military" if pattern(_MILITARY_CUE, re.IGNORECASE).search(sentence) else None
    if np.category == "kind":
        if np.population:
            return np.population
        return antecedent_population
    if np.category == "":
        return antecedent_population
    return None
