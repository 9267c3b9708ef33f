"""Who asserts a figure: attribution phrases and the names behind them.

Why: a figure is a claim, and the same number means different things from Kyiv and from
Moscow. Attribution in wire copy is formulaic — "X said", "according to X", "X told
reporters", a quote followed by ", X said", "X figures show", "X put the number at" — but
the X needs resolving: titles stripped ("Health Minister Firass Abiad"), surnames and
pronouns and "the ministry" resolved back to the named source, acronyms expanded from the
article's own "(JCS)" or claimant_aliases.csv, capitals turned into governments, a lawmaker
relaying a briefing replaced by the briefing's source ("citing ... the NIS"), and a bare
government upgraded to the more specific body of the same country the article names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import PartyAlias, PartyInfo, applies, load, pattern
from .parties import outlet_spans, surname_alias, surname_before

_ACCORDING_RE = re.compile(
    r"\b(?:according to|in the words of)\s+([^,;.\"“”]+(?:\.[A-Z][^,;.\"“”]*)*)", re.IGNORECASE
)
_ACCORDING_VERB_RE = re.compile(
    r"\s+(?:have|has|had|is|are|was|were|will|would|number|numbers|numbered|remain|remains)\b|\s+\d"
)
# a document's participle: "according to a government statement read on state television"
_DOCUMENT_PARTICIPLE_RE = re.compile(
    r"\b(?:statement|communiqu[eé]|report|release|bulletin|message|video)"
    r"(\s+(?:read|broadcast|aired|posted|published|issued|released|carried|shared)\b)"
)
_CITING_RE = re.compile(r"\b(?:citing|quoting)\s+([^,;\"“”]+?)(?=[,;\"“”]|\.(?:\s|$)|$)")
_QUOTED_AS_RE = re.compile(  # "quoted U.S. officials as estimating that": the officials speak
    r"\s+((?:[^,;\s]+\s+){0,5}?[^,;\s]+)\s+as\s+(?:saying|estimating|stating|putting|telling|reporting)\b"
)
_LIST_RE = re.compile(
    r"\b(?:on|in)\s+(?:its|their|his|her)\s+(?:list|register|registry|records|database|tally)\b"
)
_GATHERED_RE = re.compile(
    r"^(?:intelligence|information|data|evidence|figures)\s+(?:gathered|collected|obtained|compiled)\s+by\s+",
    re.IGNORECASE,
)
_TRAILING_AUX_RE = re.compile(
    r"(?:\s+(?:has|have|had|also|previously|repeatedly|earlier|later|again|then|now|separately|further|"
    r"itself|themselves|however|reportedly|first|last|initially|already|publicly|officially|\w+ly|"
    r"at first|at the time|at one point|in turn|for (?:its|his|her|their) part|on \w+day))+\s*$"
)
_BOUNDARY_RE = re.compile(
    r"(?:[,;:—–(]|[\"“”]|\bthat\b|\bwhen\b|\bas\b|\bwhile\b|\bbut\b|\bafter\b|\bbecause\b|\bsince\b|"
    r"\balthough\b|\bwhere\b|\bwhat\b|\bafter\b|\bbefore\b|\bthough\b|\band\s+(?=[a-z])|\bwhich\b|\bwhom\b|"
    # a reported clause: "A spokesperson said the office had recorded 615 ...": the office
    r"\b(?:said|says|told|added|stated)\b|"
    # a time of day before a new sentence: "they came under fire at around 12.30 p.m. Officials said"
    r"\b[ap]\.m\.\s+(?=[A-Z]))",
)
_RELATIVE_RE = re.compile(r"\s+(?:who|which|that|whose)\s+.*$", re.DOTALL)
_PAREN_RE = re.compile(r"\s*\([^)]*\)")
_PRONOUNS = {"it", "they", "he", "she", "its", "their", "his", "her", "we", "i", "our"}
_FIRST_PERSON = {"we", "i", "our", "us"}
_ACRONYM_DEF_RE = re.compile(
    r"((?:(?:[A-Z][\w'’-]*|of|for|the|and|on)\s+){0,10}?[A-Z][\w'’-]*)\s+\(([A-Z][A-Za-z]{1,7}(?:-[A-Z]{1,6})?)\)"
)
_POSSESSIVE_RE = re.compile(r"^(?P<owner>.+?)(?:'s|’s)\s+(?P<org>.+)$")
_OF_COUNTRY_RE = re.compile(
    r"^(?P<org>.+?)\s+of\s+(?P<owner>[A-Z][\w\s]*?)(?:'s|’s)\s+(?:armed forces|army|military)$"
)
_IN_PLACE_RE = re.compile(
    r"^(?P<org>[a-z][\w\s]*?)\s+in\s+(?:[\w-]+-(?:run|held|controlled)\s+)?(?P<place>[A-Z][\w\s-]*)$"
)
_TERRITORY = r"(?:region|enclave|territory|province|state)"  # a place named by its kind, not its name
_IN_TERRITORY_RE = re.compile(
    r"^(?P<org>[a-z][\w\s]*?)\s+in\s+the\s+(?:[\w-]+-(?:run|held|controlled)\s+)?"
    rf"(?:{_TERRITORY}|strip)$"
)
_ROLE_FOR_RE = re.compile(
    r"^(?P<role>[a-z][\w\s]*?)\s+for\s+(?P<owner>[A-Z][\w\s]*?)(?:'s|’s)\s+(?P<org>[a-z][\w\s]*)$"
)
_DEMONYM_BODY_RE = re.compile(r"^(?P<dem>[A-Z][\w'’-]+)\s+(?P<org>[a-z][\w\s'’-]*?\b(?:ministry|office))$")
_MINISTER_RE = re.compile(
    r"\b(?!Prime\b)((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s+Minister\b"
)  # (no "Prime Ministry")


def _pledge_re() -> re.Pattern[str]:
    # the pledge ends at its verb: what follows ("14 tanks") is the pledged thing
    return pattern(
        r"\b(?:has|have|had)?\s*(?:together\s+)?<<pledge_verb>>(?=\s+(?:to\s+(?:send|deploy|provide|contribute|"
        r"dispatch)\b|more than|up to|about|some|\d|a\s|an\s))"
    )


def _doc_tail_re() -> re.Pattern[str]:
    # "the ministry's first count on Wednesday night" -> "the ministry"
    return pattern(
        r"(?:'s|’s)?\s+(?:(?:first|latest|new|last|initial|earlier|previous|updated|final|daily|"
        # (lower-case: "the Commission of Inquiry on Ukraine" is a name, not a document of it)
        r"own|official|preliminary|[a-z]+ing)\s+)?(?-i:<<document_noun>>)"
        # ("An initial government toll released on Wednesday evening put ...")
        r"(?:\s+(?:on|from|in|at)\s+[^,]*|\s+(?:released|issued|published|compiled)(?:\s+[^,]*)?)?$",
        re.IGNORECASE,
    )


def _doc_head_re() -> re.Pattern[str]:
    return pattern(
        r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?<<document_noun>>\s+"
        r"(?:published\s+|issued\s+|released\s+|given\s+|compiled\s+)?by\s+",
        re.IGNORECASE,
    )


def _org_words_re() -> re.Pattern[str]:
    return pattern(r"\b<<org_word>>\b")


@dataclass(slots=True)
class Attribution:
    """An attribution phrase in a sentence (offsets relative to the sentence)."""

    start: int  # where the verb (or "according to") is
    end: int
    subject: str
    type: str  # say | according | estimate | show | quote | pledge | list
    appositive: str = ""
    citing: str | None = None
    relative: bool = False  # "..., which says ...": does not reach back over the clause
    admission: bool = False  # "claimed responsibility": who the group is, but no count of theirs
    weak: bool = False  # "Israel has lowered its count ..., spokesman X said": the speaker said wins
    local: bool = False  # "the 359 deaths announced by police": governs only the count it follows


@dataclass(slots=True)
class Claimant:
    name: str | None
    country: str | None = None
    kind: str = "org"  # org | person | country | anonymous
    unreliable: bool = False
    specific: bool = True
    conduit: bool = False


@dataclass(slots=True)
class ClaimantState:
    """What the article has established so far: acronyms, named sources, people."""

    context: str = ""
    acronyms: dict[str, str] = field(default_factory=dict)
    history: list[tuple[int, Claimant]] = field(default_factory=list)  # (global order, claimant)
    persons: dict[str, str] = field(default_factory=dict)  # surname -> full name
    roles: dict[str, set[str]] = field(default_factory=dict)  # "general" -> full names with that title
    cited: Claimant | None = None
    dominant: str | None = None
    ministries: list[tuple[int, Claimant]] = field(default_factory=list)
    group_mentions: list[tuple[int, str]] = field(default_factory=list)  # (sentence index, armed group)
    prev_text: str = ""
    current: int = 0
    sentence_before: str = ""  # the sentence up to the attribution being resolved
    described: list[tuple[int, str, Claimant]] = field(default_factory=list)  # (sentence, "group", body)
    full_names: dict[str, str | None] = field(default_factory=dict)  # surname -> full name, once found
    armed: Counter[str] | None = None  # states the article shows fighting (armed_countries)
    dateline_country: str | None = None  # "ANKARA - ...": the state a story is filed from


def find_acronyms(text: str) -> dict[str, str]:
    """ "South Korea's Joint Chiefs of Staff (JCS)" -> {"JCS": "South Korea's Joint Chiefs of Staff"}."""
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF_RE.finditer(text):
        phrase, acro = m.group(1).strip(), m.group(2)
        words = phrase.split()
        # keep the words whose initials spell the acronym, plus a possessive owner before them
        initials = [w[0].upper() for w in words]
        k = len(words)
        for i in range(len(words)):
            caps = "".join(c for c, w in zip(initials[i:], words[i:], strict=False) if w[0].isupper())
            if caps.startswith(acro[0]) and acro[0] == initials[i] and len(caps) >= len(acro) - 1:
                k = i
                break
        if k > 0 and re.search(r"(?:'s|’s)$", words[k - 1]):
            k -= 1
            while k > 0 and words[k - 1][0].isupper() and not re.search(r"(?:'s|’s)$", words[k - 1]):
                k -= 1
        out[acro] = " ".join(words[k:]) if k < len(words) else phrase
    return out


# a participle aside after a speaker: ", attending a summit in Granada, Spain," (but ", citing
# officials," names the source, and ", including ..." lists parts)
PARTICIPLE_ASIDE = r",\s+(?!including\b|citing\b|quoting\b)[a-z]+ing\b[^;.]*,"


_SAID_PRONOUN_RE = re.compile(
    r"\b(?:said|says|added|announced|claimed|told\s+\w+)\s+(?:that\s+)?(?:it|he|she|they|we)\s+"
    r"(?:had\s+|has\s+|have\s+|would\s+|will\s+|also\s+)*$"
)
# a sentence opening that is no noun phrase: a fronted place or time ("In December it", "Near the church")
_NOT_A_SUBJECT_RE = re.compile(
    r"(?:In|On|Near|At|By|After|Before|During|Since|Minutes|Hours|Days|Weeks|Late|Early|Later|Earlier)\b"
)


# adverbials between a relative pronoun and its verb: "who earlier in the day gave", "which on Monday said"
_REL_ADVERB = (
    r"(?:also|earlier|later|previously|first|initially|then|on\s+\w+day|last\s+\w+|"
    r"(?:in|on|at)\s+the\s+(?:day|week|month|morning|evening|afternoon|night))"
)


def _subject_before(text: str, verb_start: int) -> tuple[str, str]:
    """The noun phrase before a reporting verb, and an appositive if one was skipped."""
    seg = _TRAILING_AUX_RE.sub("", text[:verb_start].rstrip())
    # "The ... Alliance Army (MNDAA) said", "... the Levant (ISIL, also known as ISIS) claimed": the name
    seg = re.sub(r"\s*\([^()]{1,60}\)$", "", seg)
    appositive = ""
    bare_rel = re.search(
        r"\b(?!says\b|was\b|has\b|is\b)[a-z]+s\s+(it|they|he|she|we)$", seg
    )  # (a plural noun)
    if bare_rel:
        # "the military published the names of 17 militants it said were killed": a relative without
        # "that"; its pronoun is the clause's subject
        main = _main_subject(seg)
        plain = bool(main) and len(main.split()) <= 5 and not _NOT_A_SUBJECT_RE.match(main)
        return (main if plain and main.split()[-1].lower() not in _PRONOUNS else bare_rel.group(1)), ""
    rel_and = re.search(r"([^,]+),\s+who\s+[^,;]*\band$", seg)
    if rel_and:
        # "... by President Alassane Ouattara, who visited the scene and said": the man the clause is about
        return _trailing_np(rel_and.group(1)), ""
    if re.search(r"\band$", seg):
        # "The RSF ... denied targeting civilians and said": the subject of the first verb
        return _main_subject_and_role(text)
    if re.search(r"(?:^|,)\s*having$", seg):
        # "The ministry reported 46 dead, having said earlier that 36 had been killed": its subject
        return _main_subject_and_role(text)
    if re.search(r"\s(?:to|to\s+have)$", seg):
        # "It first said one had been killed, then amended its statement to say ...": its subject
        return _main_subject_and_role(text)
    rel = re.search(rf",?\s*\b(?:which|who)(?:\s+{_REL_ADVERB})*$", seg)
    if rel:
        # "Congo's army, which says ...": the noun phrase the relative clause hangs on
        return _trailing_np(seg[: rel.start()]), ""
    ing = re.search(rf"(?:^|[.;:\"“”]\s*)((?:[\w.'’-]+\s+){{0,5}}[\w.'’-]+){PARTICIPLE_ASIDE}$", seg)
    if ing:
        # "President Volodymyr Zelensky, attending a summit in Granada, Spain, said": the man, not
        # the participle's place
        seg = seg[: ing.end(1)]
    aside = re.fullmatch(r"(.*[^,\s]),\s+(who\s+[^;:\"“”]+),", seg)
    if aside and (head := _subject_before(aside.group(1), len(aside.group(1)))[0]):
        # "Governor Oleh Syniehubov, who earlier in the day gave a count of 436 bodies, 21 of them
        # soldiers, said": the man the relative clause is about (the clause, as an appositive,
        # may say whom he speaks for)
        return head, aside.group(2)
    if seg.endswith(","):
        # "Lee Seong-kweun, a member of parliament's intelligence committee, told"
        inner = seg[:-1]
        cuts = [m.start() for m in re.finditer(r",(?!\d{3})|—", inner)]  # (not the comma in "10,000")
        cut = cuts[-1] if cuts else -1
        if cut > 0:
            appositive = inner[cut + 1 :].strip()
            seg = inner[:cut]
            if person_name(appositive) and not person_name(_trailing_np(seg) or ""):
                # "A civil society leader in Komanda, Dieudonne Duranthabo, said": the name
                return appositive, _trailing_np(seg)
            if _proper_name(appositive) and not _proper_name(_trailing_np(seg) or ""):
                # "A collective of victims' relatives, Justice pour Barsalogho, said": the name
                return appositive, _trailing_np(seg)
            head = _trailing_np(seg) or ""
            if (
                re.fullmatch(r"[A-Z][a-z][\w'’-]{3,}", appositive)
                and re.search(r"\s[a-z]+$", head)
                and appositive not in load().party_aliases
                and appositive not in load().titles
            ):  # "Ukraine's state railway company, Ukrzaliznytsia, said": a one-word name
                return appositive, head
        else:
            return "", ""
    named = next((m for m in load().party_re.finditer(seg) if m.end() == len(seg)), None)
    if named and _BOUNDARY_RE.search(named.group(0)):
        # "The Islamic State of Iraq and the Levant ... claimed": one name, not "the Levant"
        return load().party_aliases[named.group(0)].party, ""
    bounds = list(_BOUNDARY_RE.finditer(seg))
    sources = pattern(r"\b(?:<<source_noun>>|[a-z]{3,}s)\s*$")
    while (
        bounds
        and bounds[-1].group(0).startswith("and")
        and (
            sources.search(seg, 0, bounds[-1].start())
            # "the interior and defence ministries said": two portfolios of one plural head
            or re.search(r"\b(?:the|its|their)\s+[a-z]+\s*$", seg[: bounds[-1].start()])
        )
        and re.fullmatch(r"(?:[a-z-]+\s+){0,2}[a-z-]+s", seg[bounds[-1].end() :].strip())
    ):
        bounds.pop()  # "security sources and residents said", "teachers and local officials had said"
    last = bounds[-1] if bounds else None
    subject = seg[last.end() :] if last else seg
    subject = re.sub(
        r"^\s*(?:which|who|whom|that|and|but)\s+", "", subject
    )  # "..., which military intelligence estimates", "... and European naval officials said"
    subject = _RELATIVE_RE.sub("", subject).strip()
    joined = re.fullmatch(r"(.*\b([a-z]{3,}s))\s+and\s+([A-Z].*)", subject)
    if (
        joined
        and joined.group(2) not in load().person_nouns
        and not pattern(r"<<source_noun>>").fullmatch(joined.group(2))
    ):
        # "... would swap all seriously wounded and young captives and Moscow said": a clause that ends
        # on a common noun before the named speaker (not "Indian officials and Western diplomats")
        subject = joined.group(3)
    subject = _TRAILING_ADVERB_RE.sub("", subject)  # "officials there said", "It also accused"
    subject = re.sub(r"^(?:In a statement|On \w+|Separately|Meanwhile|Earlier|Later)\s*", "", subject)
    om = re.match(r"^(?:[\w.’'-]+\s+){1,4}(he|she|they|it|we)$", subject)
    if om:
        # "told Reuters he had counted 10 dead", "told the Reuters news agency he had counted 82 bodies":
        # the pronoun, not the outlet
        subject = om.group(1)
    pm = _FRONTED_PRONOUN_RE.match(subject)
    if pm:
        subject = pm.group(1)  # "Earlier in January he had put ...": the pronoun after an adverbial
    tm = re.match(
        r"^(?:[Bb]y|[Oo]n|[Ii]n|[Aa]t|[Aa]fter|[Uu]ntil|[Ss]ince|[Dd]uring)\s+(?:\S+\s+){1,3}?((?:the|a|an)\s.+)$",
        subject,
    )
    if tm:
        subject = tm.group(1)  # "by Saturday morning the committee had counted": the committee
    tail = re.fullmatch(
        r"(?:the\s+)?(?!the\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}\s+([A-Z][a-z][\w'’-]+)", subject
    )
    if (
        tail
        and not re.search(
            r"\b(?:in|at|from|near|of|for|on|to|by|with)\s+\S+$", subject
        )  # "a source in Lichinga"
        and not _month_or_day_re().fullmatch(tail.group(1))
        and tail.group(1) not in load().party_aliases
        and tail.group(1) not in load().titles
    ):
        subject = tail.group(1)  # "On the night of the attacks Melikov said": Melikov
    when = _WHEN_NAME_RE.match(subject)
    if when:
        subject = subject[when.end() :]  # "In February Shin told reporters": Shin
    pp = re.match(
        r"^(?:[Ii]n|[Aa]cross|[Nn]ear)\s+(?:[A-Z][\w'’-]*\s+)+(?:(?:state|province|region|district|county)\s+)?"
        r"(?=[a-z])",
        subject,
    )
    if pp and person_name(subject[pp.end() :]) is None:
        subject = subject[pp.end() :]  # "and in Borno state local officials said": the officials
    dm = re.match(r"^(?:[a-z0-9,]+\s+){1,3}?((?:the|a|an)\s.+)$", subject)
    if dm and subject.split()[0] not in ("the", "a", "an"):
        subject = dm.group(1)  # "evening the ministry" -> "the ministry"
    if len(subject) > 90 or not re.search(r"[A-Za-z]", subject):
        return "", ""
    if re.search(r"\b(?:is|are|was|were|has|have|had|will|would)\b", subject):
        return "", ""
    return subject.strip(" \"“”'"), appositive


_SUBJECT_STOP_RE = re.compile(
    r"[,;:(]|(?<![\w-])(?:who|whose|which|said|says|told|tells|put|puts|gave|gives|confirmed|last|has|have|had|is|was|were|are|will|"
    r"would|did|does|reported|announced|claimed|estimated|acknowledged|denied|denies|accused|called|"
    r"[a-z]\w*ed)\b"
)


_NP_STOP = frozenset(
    [
        "with",
        "in",
        "at",
        "to",
        "under",
        "from",
        "by",
        "for",
        "on",
        "into",
        "over",
        "after",
        "before",
        "during",
        "since",
        "than",
        "as",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "is",
        "was",
        "were",
        "are",
        "has",
        "have",
        "had",
        "said",
        "says",
    ]
)


def _trailing_np(text: str) -> str:
    """The noun phrase that ends a stretch of text ("... a joint operation with Congo's army")."""
    words = text.rstrip(" ,").split()
    out: list[str] = []
    for w in reversed(words):
        if w.lower() in _NP_STOP or w.endswith(","):
            break
        out.insert(0, w)
        if w.lower() in ("the", "a", "an") or len(out) >= 6:
            break
    return " ".join(out)


_FRONTED_PRONOUN_RE = re.compile(  # "Earlier in January he", "On Thursday evening he", "A day earlier it"
    r"^(?:(?:in|on|at|during|by|after|before|earlier|later)\s+(?:\S+\s+){0,7}?|"
    r"(?:morning|afternoon|evening|night)\s+|(?:last|this|that|next)\s+(?:week|month|year|weekend|spring|summer|autumn|winter)\s+|"
    r"(?:an?|one|two|three|\w+)\s+(?:\w+\s+)?(?:earlier|later|before|ago)\s+)(he|she|they|it|we)$",
    re.I,
)
_TRAILING_ADVERB_RE = re.compile(
    r"\s+(?:there|here|too|themselves|itself|also|again|then|later|previously|separately|first|initially|"
    r"originally|earlier|now|still|already)$"
)


def _main_subject_and_role(text: str) -> tuple[str, str]:
    """The first noun phrase of the sentence, and a role phrase it names ("A Fano spokesman,
    Asres Mare, ... said" -> ("Asres Mare", "A Fano spokesman"))."""
    text = text.lstrip()
    fronted_time = re.match(_FRONTED_TIME, text)
    if fronted_time and text[: fronted_time.end()].rstrip().endswith(","):
        text = text[fronted_time.end() :]  # "In May, Azerbaijani forces captured ..., saying": the forces
    stop = _SUBJECT_STOP_RE.search(text)
    subject = _TRAILING_ADVERB_RE.sub("", (text[: stop.start()] if stop else text).strip())
    fronted = _FRONTED_PRONOUN_RE.match(subject)
    if fronted:
        subject = fronted.group(1)  # "By Thursday evening it had raised ... and said": it
    if stop is not None and text[stop.start()] == ",":
        named = re.match(r",\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*,", text[stop.start() :])
        if named and person_name(named.group(1)):
            return named.group(1), subject
    if subject and len(subject) <= 90:
        return subject, ""
    return "", ""


def _main_subject(text: str) -> str:
    """The first noun phrase of the sentence (for ", telling ...", ", saying ...")."""
    return _main_subject_and_role(text)[0]


@lru_cache(maxsize=1)
def _reported_clause_re() -> re.Pattern[str]:
    """ "announced that ...", "reported 40 dead", "reported eight officers dead", or a closing
    ", X reported."."""
    cardinals = "|".join(sorted((re.escape(w) for w in load().cardinals), key=len, reverse=True))
    return re.compile(
        r"\s*(?:(?:on\s+\w+|the\s+same\s+\w+|(?:this|last|that)\s+\w+|late\s+on\s+\w+|earlier|overnight|"
        r"in\s+a\s+statement|on\s+Telegram)\s*)?(?:[,.;]|$)|\s+(?:on\s+\w+\s+|in\s+\w+\s+|late\s+\w+\s+|earlier\s+|"
        r"for\s+the\s+first\s+time\s+|\w+ly\s+)?"
        r"(?:that\b|(?:\S+\s+){0,3}?(?:[$€£]?\d|about\b|some\b|more\b|at least\b|nearly\b|up to\b|around\b|"
        rf"roughly\b|over\b|several\b|hundreds\b|thousands\b|dozens\b|(?i:{cardinals})(?![\w-])))"
    )


_CLAIM_BY_RE = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:\w+\s+)?(?:claim|assertion|estimate)\s+by\s+((?:the\s+)?[A-Z][^,;:.]{1,80}?)\s+that\b"
)
# a time closing a speaker's phrase: "Prigozhin over the weekend", "A UN report last year"
_TRAILING_TIME_RE = re.compile(
    r"\s+(?:over\s+the\s+weekend|on\s+\w+day|(?:last|this|earlier\s+this|late\s+last)\s+"
    r"(?:year|month|week|weekend|morning|afternoon|evening|night))$"
)
_OWN_COUNT_RE = re.compile(
    r"(?P<owner>\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})"
    r"(?:'s|’s)\s+(?:[\w-]+,?\s+){0,3}?(?:death\s+)?(?:toll|count|tally|figures?)\s+"
    r"(?P<verb>was|were|is|stood\s+at|stands\s+at)\b"
)
_PASSIVE_ADVERB = r"(?:\w+ly|earlier|later|previously|initially|first|last\s+\w+|on\s+\w+day)"


def _given_by_re() -> re.Pattern[str]:
    return pattern(
        r"\b(?:<<count_noun>>|deaths|casualties|fatalities)(?:\s+of\s+[\d,]+(?:\s+(?:dead|killed|wounded|injured))?)?\s+"
        r"(?:given|released|issued|announced|reported|provided|compiled)"
        rf"\s+(?:{_PASSIVE_ADVERB}\s+)?by\s+"  # ("the 359 deaths announced earlier by police")
        r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}|(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2}?)"
        r"(?=\s+(?:did|does|was|is|has|had|were|are|on|in|at|show|shows|showed|put|puts)\b|[,.;]|$)"
    )


def _revised_count_re() -> re.Pattern[str]:
    # ("raised it to 32" after a sentence on the toll)
    return pattern(
        r"\s+(?:(?:down|up)\s+)?(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?<<count_noun>>\b|it\s+(?:(?:up|down)\s+)?to\b)",
        re.I,
    )


def _gave_count_re() -> re.Pattern[str]:
    # "gave an initial figure of 40 dead", "gave a higher toll." then a quote, "gives a higher count: 1,190"
    return pattern(
        r"\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?<<count_noun>>(?:\s+(?:of|at|as)\b|\s*[.:])", re.I
    )


# a fronted time before a speaker: "In February", "On Monday evening", "Late on Thursday"
_FRONTED_TIME = (
    r"(?:In|On|By|Since|Until|Late(?:\s+on)?|Early(?:\s+on)?|Later\s+on)\s+(?:early\s+|late\s+|mid-)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+\d{1,2})?"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
)
_WHEN_NAME_RE = re.compile(_FRONTED_TIME + r"(?=[A-Z])")  # "In February Shin told reporters"
# "On Monday evening the government raised it to 32" (a day, not "In March", before a body)
_FRONTED_TIME_RE = re.compile(r"(?=On\b|By\b|Late\s+on\b|Early\s+on\b|Later\s+on\b)" + _FRONTED_TIME)
_INVERTED_RE = re.compile(  # ", said a police official." / ", said Akhtar Hayat Khan, police chief of X."
    # (up to seven capitalised words: "Brigadier General Yegor Rey Baroquillo Jr")
    r"\s+((?:an?|the)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,6})"
    r"(?:\s*,\s*((?:an?\s+|the\s+)?[^,.;\"“”]{1,80}?))?\s*(?:[.;]|$|,\s+[a-z]+ing\b)"
)  # (a participle clause may close it: ", said Tim Vanden Bempt, a member of the team, counting deaths")


@lru_cache(maxsize=1)
def _month_or_day_re() -> re.Pattern[str]:
    """A month or weekday (months.csv, the weekday list): ", said Sunday." names no speaker."""
    return re.compile(rf"(?:{load().month_re.pattern}|(?i:(?:{load().alt('weekday')})\b))")


_NEGATED_RE = re.compile(
    r"\b(?:did|does|do|would|will|could|has|have|had)\s+not\s+$|n[’']t\s+$|"
    r"\b(?:declined|refused)\s+to\s+$"
)
_DATELINE_RE = re.compile(
    # "KYIV — ", "JERUSALEM/CAIRO (Reuters) - ", "KHAR, Pakistan, July 31 (Reuters) - ", "NAIROBI, Kenya — "
    r"^(?:[A-Z][A-Z .,'’/-]+\s+|[A-Z][^()\n]{0,80}?\([A-Z][\w .&-]{1,30}\)\s*|"
    r"[A-Z][A-Z .'’/-]+,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2})?\s+)[—–-]+\s+|"
    # no dash: "Taipei, Aug. 5 (CNA) China's ...", "KARACHI: Rescuers ..."
    r"^[A-Z][\w.'’/-]*(?:\s+[A-Z][\w.'’/-]*){0,2},\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+\([A-Z][\w .&-]{1,30}\)\s+|"
    r"^[A-Z]{3,}(?:[ /-][A-Z]{3,})*:\s+"
)


def dateline_end(text: str) -> int:
    """Where an opening dateline ends (0 if none): the place a reporter files from is neither
    a speaker nor a side."""
    dm = _DATELINE_RE.match(text)
    return dm.end() if dm else 0


def attributions(text: str) -> list[Attribution]:
    """Every attribution phrase in a sentence."""
    lex = load()
    out: list[Attribution] = []
    cut = dateline_end(text)
    if cut:  # a dateline is not a subject
        text = " " * cut + text[cut:]
    for m in _ACCORDING_RE.finditer(text):
        subject = m.group(1).strip()
        cut = re.search(r"\s[-–—]\s|[—–()]", subject)
        if cut:  # "- as many as 150,000, according to US envoy Tom Perriello - and displaced": the aside ends
            subject = subject[: cut.start()].strip()
        verb = _ACCORDING_VERB_RE.search(subject)
        if verb:  # "which according to military intelligence have some 2,500 fighters": the clause goes on
            subject = subject[: verb.start()].strip()
        if doc := _DOCUMENT_PARTICIPLE_RE.search(subject):
            subject = subject[: doc.start(1)].strip()
        named = re.match(r",\s*((?:[\w'’-]+\s+){1,5}[A-Z][\w'’-]+)\s*(?:[,.;]|$)", text[m.end() :])
        person = person_name(named.group(1)) if named else None
        if person and not person_name(subject):
            # "according to the Luhansk regional governor, Serhiy Haidai.", "according to the
            # African Union's chief mediator, former Nigerian President Olusegun Obasanjo.": the name
            out.append(Attribution(m.start(), m.end() + named.end(1), person, "according", subject))
            continue
        out.append(Attribution(m.start(), m.end(), subject, "according"))
    for m in lex.speech_re.finditer(text):
        verb = m.group(0)
        vtype = lex.speech_verbs.get(verb.lower(), "say")
        after = text[m.end() : m.end() + 80]
        before = text[max(0, m.start() - 12) : m.start()]
        if re.match(rf"\s+(?:{_PASSIVE_ADVERB}\s+)?by\b", after) or re.search(
            r"\b(?:as|so-|widely|the|a|an|been|being|be|its|their|his|her|our|on|of|from|those|these|such)\s*$"
            r"|['’]s\s+$",
            before,
            re.I,
        ):
            # passive "announced by", "have since been confirmed", "quoted AFP as saying"; a noun after
            # a possessive ("rejected Moscow's claim that ...")
            continue
        if verb.lower() in ("estimate", "estimates", "report", "reports", "claim", "claims") and re.search(
            r"\b(?:an?|the|its|their)\s+(?:\w+\s+)?(?:earlier|initial|previous|first|revised|latest|preliminary|"
            r"provisional|interim|final|updated|new|official)\s*$",
            text[max(0, m.start() - 30) : m.start()],
            re.I,
        ):
            continue  # "revising an earlier estimate of 60 dead", "The preliminary report we have": a noun
        if (
            verb.lower() == "estimated"
            and re.match(r"\s+at\s+(?:about\s+|some\s+|around\s+|between\s+)?\d", after)
            and re.search(
                r"\b(?:an?|the)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s*$", text[max(0, m.start() - 40) : m.start()]
            )
        ):
            continue  # "an attacking force estimated at 800 to 1,500 fighters": a participle, no speaker
        if verb.lower().startswith("claim") and re.match(
            r"\s+(?!that\b)(?:the\s+lives\b|(?:[^,;.]|(?<=\d)[,.](?=\d)){0,30}?\blives\b)", after
        ):
            continue  # "The conflict has claimed more than 10,000 lives": deaths, not a speaker
        if _NEGATED_RE.search(text, max(0, m.start() - 25), m.start()):
            continue  # "did not say how many people died": no count is given
        if vtype == "estimate" and verb.lower() in ("put", "puts") and not re.search(r"\bat\b", after):
            continue
        if verb.lower() == "states" and (
            pattern(r"\b(?:<<state_noun_modifier>>|\d[\d,]*|[a-z]+-?(?:east|west)ern)\s+$", re.I).search(
                before
            )
            or re.search(rf"(?:{lex.cardinal_re.pattern})\s+(?:[a-z-]+\s+)?$", before, re.I)
        ):
            # "threatens coastal states to the south", "30 of the country's 36 states", "a state of
            # emergency in three northeastern states": the noun
            continue
        if verb.lower() in lex.words("toll_revision_verb") and not _revised_count_re().match(after):
            continue  # "Iran has revised down the death toll ... to 84" reports; "raised the alarm" does not
        # "as Islamic State claimed responsibility": an admission names the group, but counts nothing
        admission = verb.lower().startswith("claim") and bool(
            re.match(r"\s+(?:\w+\s+)?(?:responsibility|credit)\b", after)
        )
        if verb.lower() in lex.words("finding_verb") and not pattern(
            r"\b<<document_noun>>(?:\s+by\s+[^,;]{1,60}?)?\s+(?:has\s+|have\s+|had\s+)?$", re.I
        ).search(text, 0, m.start()):
            continue  # "an AP investigation has found" reports; "rescuers found 12 bodies" does not
        if re.match(r"\s*(?:[,.;:]|$)", after) and pattern(r"\b<<count_noun>>\s+(?:\w+ly\s+)?$", re.I).search(
            text, 0, m.start()
        ):
            continue  # "ten times higher than the figures previously reported.": no speaker
        if verb.lower() in ("gave", "gives", "given") and not _gave_count_re().match(after):
            continue  # "gave an initial figure of 40 dead" reports; "gave the order" does not
        if verb.lower() in lex.words("accusation_verb") and (
            not re.match(rf"\s+(?:[\w'’-]+\s+){{0,5}}?of\s+(?:{lex.agent_verb_re.pattern})\b", after, re.I)
            or re.match(r"\s+(?:each\s+other|one\s+another)\b", after)
        ):
            # "accused Armenian forces of killing 21 civilians" claims the count; "accused X of the
            # bombing" gives none, and sides that "accused each other" are no one claimant
            continue
        if verb.lower() in lex.words("ambiguous_report_verb") and not _reported_clause_re().match(after):
            continue  # "declared a state of emergency": not a report
        if vtype == "show" and not re.search(
            r"(?:figures|data|statistics|records|numbers|count)\s*$", text[: m.start()].rstrip()
        ):
            continue
        qm = _QUOTED_AS_RE.match(after) if vtype == "quote" else None
        if qm and not _is_outlet(qm.group(1)):
            # "the New York Times quoted U.S. officials as estimating that ...": not the paper's claim
            # (but "the JCS statement quoted AFP as saying": an agency only relays)
            out.append(Attribution(m.end() + qm.start(1), m.end() + qm.end(), qm.group(1).strip(), "say"))
            continue
        inv = _INVERTED_RE.match(after) if re.search(r",[\"”’]?\s*$", text[: m.start()]) else None
        if (
            inv
            and verb.lower() in ("said", "says", "added")
            and not _month_or_day_re().match(inv.group(1))
            and not re.search(r"\b(?:is|was|were|are|had|has|have|would|will|could|did)\b", inv.group(0))
        ):
            # "Nearly 200 people were wounded, said Akhtar Hayat Khan, police chief of ...": the
            # speaker follows the verb
            speaker, role = inv.group(1), (inv.group(2) or "").strip()
            if role and person_name(role) == role and not person_name(speaker):
                speaker, role = role, speaker  # "said the governor of the province, Ahmed Ali."
            out.append(Attribution(m.start(), m.end() + inv.end(), speaker, vtype, role))
            continue
        if verb.lower().endswith("ing") and re.search(r",\s*$", text[: m.start()]):
            # ", adding that ...": the speaker of the clause before
            earlier = [a for a in out if a.type != "according" and a.start < m.start()]
            if earlier:
                subject, appositive = earlier[-1].subject, earlier[-1].appositive
            else:
                # "The Moskva carried a crew of 500, and relatives of sailors have questioned the
                # account, saying ...": the subject of the clause the participle hangs on
                joins = list(re.finditer(r"(?:,|;)\s+(?:and|but|while)\s+(?=\S)", text[: m.start()]))
                clause = text[joins[-1].end() : m.start()] if joins else text
                subject, appositive = _TRAILING_ADVERB_RE.sub("", _main_subject(clause)), ""
        elif verb.lower().endswith("ing") and re.search(r"\bby\s*$", text[: m.start()]):
            # "as Israel defended its bombardment ... by saying": the subject of the clause it ends
            clause = re.split(r"[,;]\s+(?:(?:and|but|while|as|after|when)\s+)?", text[: m.start()])[-1]
            subject, appositive = _main_subject(clause), ""
        elif (
            earlier := [a for a in out if a.type != "according" and a.end <= m.start()]
        ) and _SAID_PRONOUN_RE.search(text[: m.start()]):
            # "Macron said he would send 220 more soldiers", "the army said it had counted": the speaker
            # just named is the pronoun's
            subject, appositive = earlier[-1].subject, earlier[-1].appositive
        else:
            subject, appositive = _subject_before(text, m.start())
        if not subject or re.match(r"(?:No|no|None|none|Nobody|nobody|Neither|neither)\b", subject):
            continue  # "No group immediately claimed responsibility": nobody speaks
        if pattern(r"(?:(?:the|The)\s+)?(?:\w+\s+)?<<information_noun>>", re.I).fullmatch(subject):
            continue  # "the UN mission said preliminary information indicated ...": the one who said so
        relative = bool(
            re.search(r"\b(?:which|who)\s+(?:\w+\s+)?$", text[max(0, m.start() - 20) : m.start()])
        ) or (
            not verb.lower().endswith("ing")  # (", saying remains had been counted twice": not a relative)
            and bool(re.match(r"\s+(?:are|is|were|was|have|has|had|remain|remains)\b", after))
        )
        # ("27 the military says are dead": a report inside a reduced relative clause)
        out.append(
            Attribution(
                m.start(),
                m.end(),
                subject,
                vtype,
                appositive,
                relative=relative,
                admission=admission,
                weak=verb.lower() in lex.words("toll_revision_verb"),
            )
        )
    for m in _CLAIM_BY_RE.finditer(text):
        # "dismissed a claim by Wagner chief Yevgeny Prigozhin over the weekend that his force had
        # suffered only 94 casualties": the claim's author
        subject = _TRAILING_TIME_RE.sub("", m.group(1).strip())
        named = re.search(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$", subject)
        if named and person_name(named.group(0)):
            out.append(
                Attribution(m.start(), m.end(), named.group(0), "say", subject[: named.start()].strip())
            )
        else:
            out.append(Attribution(m.start(), m.end(), subject, "say"))
    for m in _OWN_COUNT_RE.finditer(text):
        # "The ministry's first, preliminary toll was five dead": the owner of the count gives it
        out.append(
            Attribution(m.start("verb"), m.end("verb"), m.group("owner").strip(), "according", local=True)
        )
    for m in _given_by_re().finditer(text):
        # "The toll of 14 given by Kenyatta did not include the attackers": the count's author
        out.append(Attribution(m.start(), m.end(), m.group(1).strip(), "according", local=True))
    for m in _pledge_re().finditer(text):
        subject, appositive = _subject_before(text, m.start())
        if subject:
            out.append(Attribution(m.start(), m.end(), subject, "pledge", appositive))
    if _LIST_RE.search(text):
        subject = _main_subject(re.sub(r"^[^,]*,\s*", "", text) if re.match(r"^\w+ing\b", text) else text)
        m = re.search(r"\b(?:the|The)\s+(\w+)\s+(?:has|have|had|holds|lists)\b", text)
        if m:
            subject = f"the {m.group(1)}"
        if subject:
            lm = _LIST_RE.search(text)
            out.append(Attribution(lm.start(), lm.end(), subject, "list"))
    for m in _CITING_RE.finditer(text):
        owner = [a for a in out if a.start < m.start()]
        inside = [a for a in out if a.start > m.start() and m.group(1).strip() in a.appositive]
        if owner:
            max(owner, key=lambda a: a.start).citing = m.group(1).strip()
        elif inside:  # "A Ukrainian lawmaker, citing military intelligence, said"
            inside[0].citing = m.group(1).strip()
    out.sort(key=lambda a: a.start)
    return out


_NEW_CLAUSE_RE = re.compile(  # (", and officials say ...": a lower-case speaker opening the clause too)
    r",\s*(?:and|but|while|whereas)\s+(?:(?=[A-Z])|(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}?"
    r"(?:officials|police|authorities|residents|witnesses|sources|medics|doctors|rescuers|activists)\s*$)|;"
)
_SUBORDINATE_AFTER_RE = re.compile(r",\s*(?:when|after|since|as|where|before|in\s+which)\b")
_COMMAND_NAME_RE = re.compile(r"\b(?:General Staff|Defen[cs]e Forces?|Armed Forces)\b")
_IN_WHICH_RE = re.compile(r",\s*in\s+which\b")
_CLOSING_RE = re.compile(r"\s*(?:on\s+\w+\s*|in\s+a\s+statement\s*)?(?:[,.;:]|$)")


_ASIDE_RE = re.compile(r"(?:\s[-–]\s|—|\()[^—()]*?(?:\s[-–]\s|—|\)|$)")


def _crosses_clause(text: str, lo: int, hi: int) -> bool:
    """ "94 remain in Gaza, and Israel says ...": a new clause with its own subject in between."""
    return bool(text) and lo < hi and bool(_NEW_CLAUSE_RE.search(text, lo, hi))


def _document_subject_re() -> re.Pattern[str]:
    """A report or survey as the subject of "indicated", "showed": what a speaker reports."""
    return pattern(
        r"(?:(?:the|its|their|a|an|[\w-]+)\s+){0,2}<<reported_document>>(?:\s+(?:of|from|in|by)\s.*)?", re.I
    )


def choose(attrs: list[Attribution], pos: int, state: ClaimantState, text: str = "") -> Attribution | None:
    """The attribution that governs a number at `pos` in the sentence: an "according to" phrase
    of its clause, else the nearest report before it, else a closing one after it. A report
    after the number that opens a new clause ("..., and Israel says at least 34 ...") speaks
    only for what follows it."""
    usable = [a for a in attrs if a.subject.lower() not in _FIRST_PERSON and not a.admission]
    if any(not a.weak for a in usable):
        usable = [a for a in usable if not a.weak]
    local = [
        a
        for a in usable
        if a.local
        and (a.start - 12 <= pos <= a.end or (a.end <= pos and not _crosses_clause(text, a.end, pos)))
    ]  # ("The figures released by the health ministry show 300 people were killed": its clause)
    if local:
        return local[0]
    usable = [a for a in usable if not a.local]
    if not usable:
        return None
    asides = [(m.start(), m.end()) for m in _ASIDE_RE.finditer(text)]
    according = [
        a
        for a in usable
        if a.type == "according"
        and not _crosses_clause(text, min(a.end, pos), max(a.start, pos))
        # "tens of thousands - as many as 150,000, according to X - ": X speaks for the aside only
        and all(lo <= pos < hi for lo, hi in asides if lo <= a.start < hi)
    ]
    others = [a for a in usable if a.type != "according"]
    if according:
        acc = according[0]
        resolved = resolve(acc.subject, state, "")
        if (resolved.unreliable or _is_outlet(acc.subject)) and others:
            pass
        elif (
            acc.start > pos
            and any(o.end <= pos for o in others)
            and _SUBORDINATE_AFTER_RE.search(text, pos, acc.start)
        ):
            pass  # "the ministry said 32,845 were killed since October 7, when gunmen killed 1,200, according
            # to Israeli tallies": the closing source is the subordinate clause's, the report the number's
        elif acc.end <= pos and any(acc.end <= o.start and o.end <= pos for o in others):
            pass  # "which according to military intelligence have some 2,500 fighters, and the ELN, which
            # the army says has around 2,400": a later speaker between stands nearer
        else:
            return acc
    before = [a for a in others if a.end <= pos]
    if len(before) >= 2 and _document_subject_re().fullmatch(before[-1].subject.strip()):
        # "The charity said six surveys of refugee households indicated that ...": the survey is
        # what the speaker reports, the speaker is the source
        return before[-2]
    if (
        before
        and _IN_WHICH_RE.search(text, before[-1].end, pos)
        and re.search(r"\d", text[before[-1].end : pos])
    ):
        # "The ministry says 62,700 have been killed since ... the Hamas-led attack of 7 October,
        # in which about 1,200 people were killed": an earlier event the article recalls itself
        return None
    if before:
        return before[-1]
    after = [
        a
        for a in others
        if a.start >= pos
        and not a.relative
        and not (_crosses_clause(text, pos, a.start) and not _CLOSING_RE.match(text, a.end))
    ]
    if after:
        return after[0]
    return None


def _is_outlet(name: str) -> bool:
    outlets = load().outlets
    n = re.sub(r"^(?:the|The)\s+", "", name.strip())
    return name.strip() in outlets or n in outlets


def _clean(subject: str) -> str:
    s = _RELATIVE_RE.sub("", _PAREN_RE.sub("", subject)).strip(" \"“”',.")
    s = re.sub(r"^(?:But|And|Yet|So)\s+", "", s)  # "But two Pakistani security officials said"
    s = re.sub(
        r"^(the|The)\s+same\s+", r"\1 ", s
    )  # "The same documents estimated": the documents named before
    # "... officer on Monday", "MENA on Friday evening", "his office on the same day", "report in July"
    s = re.sub(
        r"\s+(?:late\s+|early\s+)?(?:on|in)\s+(?:\w+day(?:\s+(?:morning|afternoon|evening|night))?|"
        rf"\w+\s+\d{{1,2}}|the\s+same\s+day|{load().month_re.pattern})$",
        "",
        s,
    )
    s = _TRAILING_TIME_RE.sub("", s)  # "A United Nations report last year"
    s = re.sub(r"\s+(?:in|on|at|by|during)$", "", s)  # (a time the subject stopped before: "report in")
    if re.search(r"\b(?:[A-Z]\.)+[A-Z]$", s) and subject.rstrip().endswith("."):
        s += "."  # "the U.N." keeps the dot its alias needs
    s = _doc_head_re().sub("", s)
    s = _GATHERED_RE.sub("", s)
    prev = None
    while prev != s:
        prev = s
        s = _doc_tail_re().sub("", s)
    # "Tolo News cited unofficial reports putting the toll at 43": the outlet that cites them
    s = re.sub(r"\s+(?:cited|quoted)(?:\s+[a-z]+)?$", "", s)
    # "An initial government toll": the government
    s = re.sub(
        r"^(?:an?|the|An?|The)\s+(?:initial|early|preliminary|earlier|latest)\s+(?=[a-z])",
        "",
        s,
    )
    if re.fullmatch(
        r"(?:an?|the|this|that|initial|early|preliminary|first|earlier|latest|new|official)", s.strip(), re.I
    ):
        # "An earlier tally had put the toll at 20", "Initial figures on Wednesday had put the toll at 22":
        # a document, nobody named
        return ""
    # "two US officials told Reuters": the officials (how many spoke is not part of who)
    s = re.sub(r"^(?:two|three|four|five|six|several)\s+(?=\S+\s+\S|[a-z]+s$)", "", s, flags=re.I)
    return s.strip()


def armed_countries(mentions: list[tuple[str, int, str, str]]) -> Counter[str]:
    """States the article shows fighting: "Israeli troops", "Russia's forces", "Israeli strikes".
    `mentions` are (sentence, end, party, role) of the party names the article's sentences hold."""
    lex = load()
    after = pattern(r"(?:'s|’s)?\s+(?:<<force_noun>>|troops|soldiers|<<attack_noun>>)\b", re.I)
    out: Counter[str] = Counter()
    for text, end, party, role in mentions:
        info = lex.party(party) if role in ("demonym", "name") else None
        if info is not None and info.type == "state" and after.match(text, end):
            out[party] += 1
    return out


# a patron before a body's name is not the body: "the US-backed Syrian Democratic Forces"
_PATRON_RE = re.compile(
    r"^((?:the|The)\s+)?[\w.]+-(?:backed|supported|sponsored|trained|funded|aligned|allied|armed)\s+"
)


def country_of(name: str, state: ClaimantState) -> str | None:
    lex = load()
    for m in lex.claimant_alias_re.finditer(name):
        ca = lex.claimant_alias(m.group(0), state.context)
        if ca is not None and ca.country:
            return ca.country
    for m in lex.party_re.finditer(name):
        pa = lex.party_aliases.get(m.group(0))
        if pa and not applies(pa.requires, state.context):
            continue
        if (
            pa
            and pa.role in ("leader", "demonym", "name")
            and pattern(r"\s+<<facility_noun>>\b", re.I).match(name, m.end())
        ):
            continue  # "staff at Erdogan hospital", "the director of the Indonesian Hospital": a name
        if pa and surname_alias(name[: m.start()], m.group(0), pa.role):
            continue  # "Interior Ministry spokesman Najib Danish": a person's surname
        if re.match(r"-(?:based|headquartered|registered)\b", name[m.end() :]) or _PATRON_RE.match(
            name[max(0, m.start() - 4) :]
        ):
            continue  # "the US-based Human Rights Activists News Agency": where it sits, not whose side
        if any(s <= m.start() and m.end() <= e for s, e in outlet_spans(name)):
            continue  # "sources quoted by Radio France Internationale": an outlet's name, no side
        if pa:
            info = lex.party(pa.party)
            if info and info.type == "state":
                return pa.party
    return None


def _country_label(party: str) -> str:
    info = load().party(party)
    return info.short if info else party


def _strip_article(s: str) -> str:
    return re.sub(r"^(?:the|The|a|an|An|A)\s+", "", s).strip()


def _strip_time(s: str) -> str:
    """ "On Monday evening the government" -> "the government": a fronted time is no part of the speaker."""
    m = _FRONTED_TIME_RE.match(s)
    return s[m.end() :] if m else s


_OWNER_ONLY_RE = re.compile(r"(?:(?:the|The)\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:'s|’s)\s+)?")


_ISSUED_DOCUMENT_RE = re.compile(
    r"(?:the|The|that|That|this|This)\s+(?:\w+\s+)?(?:statement|post|bulletin|communiqu[eé]|briefing|message|report)"
)


_THE_COUNTRYS_RE = re.compile(r"(?:the|The)\s+(?:country|nation)['’]s\s+(?=\w)")


def _leader_party(name: str, state: ClaimantState) -> str | None:
    """The country a leader speaks for ("Putin"), where the article licenses the alias ("Kim" is
    North Korea's leader only in a story about North Korea, not Mykolaiv's governor Vitaliy Kim)."""
    pa = load().party_aliases.get(name)
    return pa.party if pa is not None and pa.role == "leader" and _licensed(pa, state) else None


def _licensed(pa: PartyAlias, state: ClaimantState) -> bool:
    """Does the article hold what an alias needs ("North Korea" for "Kim")?"""
    return applies(pa.requires, state.context)


def resolve(subject: str, state: ClaimantState, sentence_before: str) -> Claimant:
    """Turn an attribution's subject into a canonical claimant."""
    lex = load()
    state.sentence_before = sentence_before
    subject = _PATRON_RE.sub(r"\1", subject)  # "the US-backed Syrian Democratic Forces": the SDF speaks
    subject = _strip_time(subject)
    if state.dominant and (the_country := _THE_COUNTRYS_RE.match(subject)):
        # "the country's Defense Ministry said" in a Niger story: Niger's Defense Ministry
        subject = f"{state.dominant}'s {subject[the_country.end() :]}"
    if _ISSUED_DOCUMENT_RE.fullmatch(subject.strip()):
        for _, c in reversed(state.history):  # '"34 officers were killed," the statement said': its issuer
            if c.name and c.kind in ("org", "person", "country"):
                return c
    sourced = pattern(
        r"(?:the\s+|The\s+|an?\s+|An?\s+)?(?:[\w-]+,?\s+){0,2}<<count_noun>>\s+(?:from|by)\s+(?P<src>.+?)"
        r"(?:\s+(?:on|in|at)\s+\w+(?:\s+\w+)?)?"
    ).fullmatch(subject.strip())
    if sourced and not re.match(r"[\d,.]+\b", sourced.group("src")):
        # "The first figures from regional governor Oleksandr Starukh on Friday put the toll at 23": his
        return resolve(sourced.group("src"), state, sentence_before)
    s = _clean(subject)
    if not s:
        return Claimant(None, kind="anonymous")
    if re.fullmatch(r"(?i)the\s+(?:military|army|armed forces)", s):
        # "the military said" after "Ukraine's General Staff said": the command named before
        for _, c in reversed(state.history):
            if c.name and c.kind == "org" and _COMMAND_NAME_RE.search(c.name):
                return c
    described = pattern(
        r"(?:the\s+|The\s+|an?\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w.]*-(?:based|backed|led|run))\s+){0,3}"
        r"<<org_descriptor>>\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|and|de|du|des|sans|without))*)"
    ).fullmatch(s)
    if described and described.group("name").split()[-1][:1].isupper():
        # "the medical charity Doctors Without Borders", "the NGO Humanity Purpose": the body's name
        named = resolve(described.group("name"), state, sentence_before)
        if named.name:
            return Claimant(named.name, named.country, "org" if named.kind == "person" else named.kind)
    low = s.lower()
    first = low.split()[0] if low.split() else ""
    if low in _PRONOUNS or (first in ("its", "their", "his", "her") and len(low.split()) <= 3):
        ref = _resolve_pronoun(
            first if first in ("its", "their", "his", "her") else low, state, sentence_before
        )
        rest = s.split(None, 1)[1] if " " in s else ""
        if (
            first in ("its", "their")
            and rest
            and ref.kind == "country"
            and ref.name
            and (rest[:1].isupper() or rest.lower().split()[-1] in lex.words("country_body"))
        ):  # "Ukraine dismissed the claims. Its General Staff says ...": the country's body
            return Claimant(_normalise(f"{ref.name}'s {rest}", state), ref.country, "org")
        return ref
    led = re.fullmatch(r"([A-Z][\w'-]+)(?:'s|’s)\s+(government|administration|junta|cabinet)", s)
    if led and led.group(1) not in lex.party_aliases and led.group(1) not in lex.claimant_aliases:
        return Claimant(led.group(2), None, "org")  # "Traore's government": the country's government
    # anonymous documents: "earlier estimates", "Western estimates", "reports"
    adj = pattern(r"(?:the\s+|an?\s+)?(?:(\w+)\s+)?<<anonymous_document>>").fullmatch(subject.strip())
    if adj and (
        adj.group(1) is None
        or adj.group(1).islower()
        or adj.group(1).endswith("ern")
        or adj.group(1) in lex.party_aliases
    ):
        return Claimant(None, kind="anonymous")
    if " " not in s and s.lower() in lex.words("country_body") + lex.words("source_noun"):
        s = s.lower()  # "Rebels said", "Officials said": a common noun at the start of a sentence
    if s in state.persons:  # "Aden said" after "police officer Ahmed Aden": the man, not the port
        full = state.persons[s]
        return Claimant(full, _leader_party(full, state), "person")
    head = lex.claimant_alias_re.search(s)
    if head and head.end() == len(s) and _OWNER_ONLY_RE.fullmatch(s[: head.start()]):
        ca = lex.claimant_alias(head.group(0), state.context)
        if ca is not None:  # "Iran's Revolutionary Guards" is a body, though it looks like a name
            return Claimant(ca.canonical, ca.country or country_of(ca.canonical, state), "org")
    rm = re.fullmatch(r"(?:the\s+|The\s+)?(?:[\w.'’-]+\s+){0,3}?(?:top\s+|senior\s+)?([a-z][a-z -]+)", s)
    holders = state.roles.get(rm.group(1), set()) if rm else set()
    if rm and not holders and rm.group(1).split()[-1] in lex.person_roles:
        # "a government spokesman said" and "spokesman Amadou Koita" later: the one spokesman named,
        # unless he holds another kind of that role ("the health minister" is not "Foreign Minister
        # Sergei Lavrov")
        bare = rm.group(1).split()[-1]
        other_kinds = {
            n
            for key, names in state.roles.items()
            if key.endswith(f" {bare}") and key != rm.group(1)
            for n in names
        }
        holders = state.roles.get(bare, set()) - other_kinds
    if len(holders) > 1:  # "the president" after "President Hassan Sheikh Mohamud said": the one just quoted
        recent = next((c.name for _, c in reversed(state.history) if c.name in holders), None)
        holders = {recent} if recent else holders
    if len(holders) == 1:
        # "the top US general said" in an article that introduces "Gen. Dan Caine": him
        name = next(iter(holders))
        return Claimant(name, _leader_party(name, state) or country_of(s, state), "person")
    person = person_name(s)
    if person:
        full = state.persons.get(person) if " " not in person else person
        country = _leader_party(full or person, state) or country_of(s.replace(person, ""), state)
        if re.search(r"\b(?:former|ex-)", s, re.I):
            country = None  # "former Nigerian president Olusegun Obasanjo", a mediator: not Nigeria's voice
        return Claimant(full or person, country, "person")
    # claimant aliases ("NIS", "the spy agency", "SOHR") and acronyms defined in the text
    for m in re.finditer(r"\b[A-Z][A-Za-z]{1,7}\b", s):
        acro = m.group(0)
        if not re.fullmatch(r"[A-Z]{2,}[a-z]?[A-Z]*", acro):
            continue
        if acro in state.acronyms and acro not in lex.claimant_aliases:
            expansion = state.acronyms[acro]
            if not re.sub(r"[^A-Z]", "", expansion).startswith(acro[0]):
                # "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": the words do not spell it out
                return _finish(acro, state)
            return _finish(_normalise(expansion, state), state)
    best = None
    for m in lex.claimant_alias_re.finditer(s):
        ca = lex.claimant_alias(m.group(0), state.context)
        if ca is None:
            continue
        rest = s[m.end() :]
        if re.match(r"\s+[a-z]", rest) and rest.split()[-1].lower() not in ca.canonical.lower().split():
            continue  # a modifier: "UN experts", "UN human rights office" (but "the FSB security service")
        if best is None or len(m.group(0)) > len(best.alias):
            best = ca
    if best is not None:
        return Claimant(best.canonical, best.country or country_of(best.canonical, state), "org")
    # an acronym nobody defined: probably garbled ("the ACC"); flag it
    bare = _strip_article(s)
    if re.fullmatch(r"[A-Z]{2,6}", bare) and bare not in lex.party_aliases and not _is_outlet(bare):
        return Claimant(bare, None, "org", unreliable=True)
    # "a spokesman for the Houthi-run health ministry": the body's spokesman
    sm = re.match(r"^(?:an?\s+|the\s+)?(spokes(?:man|woman|person))\s+for\s+(.+)$", s, re.I)
    if sm:
        body = resolve(sm.group(2), state, sentence_before)
        if body.name:
            return Claimant(f"{body.name} {sm.group(1).lower()}", body.country, "person")
    # "One of them, who asked not to be named, said": one of the sources just named
    of_the = re.fullmatch(r"(?:one|two|some|several|many|each|both|all) of the (\w+)", low)
    if of_the and of_the.group(1) in lex.words("source_noun"):
        # "One of the sources, a senior officer, said": one of the security sources named before
        for _, c in reversed(state.history):
            if c.name and c.name.lower().endswith(of_the.group(1)):
                return Claimant(c.name[:-1] if first == "one" else c.name, c.country, "person")
    if re.fullmatch(r"(?:one|two|some|several|many|each|both|all) of (?:them|those)", low):
        prev = list(pattern(r"\b<<source_noun>>\b").finditer(state.prev_text + " " + sentence_before))
        if prev:
            noun = prev[-1].group(0)
            return Claimant(noun[:-1] if first == "one" and noun.endswith("s") else noun, None, "person")
        return Claimant(None, kind="anonymous")
    pm = _POSSESSIVE_RE.match(s)
    # "the army's 6th Infantry Division": a unit speaks for its service
    if pm and re.fullmatch(r"(?:the|The)\s+(?:\w+\s+)?(?:army|military|police|navy)", pm.group("owner")):
        return resolve(pm.group("owner"), state, sentence_before)
    # "the governor's office": the office of the governor the article names ("Kaduna state governor")
    if pm and re.fullmatch(r"(?:the|The)\s+(\w+)", pm.group("owner")):
        role = pm.group("owner").split()[-1]
        if role.lower() in lex.person_roles:
            place = _role_place(role.lower(), state.context)
            return Claimant(f"{place + ' ' if place else ''}{role.lower()}'s {pm.group('org')}", None, "org")
    # definite description: "the ministry", "the UK-based war monitor", "the military"
    # (not a possessive one: "the enclave's civil defence agency" names its owner)
    if (
        re.match(r"^(?:the|The)\s", s)
        and not re.search(r"\w(?:'s|’s)\s", s)
        and not any(
            w[:1].isupper() for w in re.sub(r"\b[A-Z][\w]*-(?:based|backed|led|run)\b", "", s).split()[1:]
        )
    ):
        head = low.split()[-1]
        civil = re.search(
            rf"\b(?:{lex.alt('civil_group_modifier')})\s+(?:group|organisation|organization)$", low
        )
        if civil:  # "the aid group said": the relief organisation just named, not an armed group
            named = _last_org_name(sentence_before) or _last_org_name(state.prev_text)
            if named:
                return Claimant(named, None, "org")
        body = _described_body(head, state)
        if body is not None:
            return body
        if head in lex.words("group_head"):
            groups = [g for i, g in state.group_mentions if i <= state.current]
            if groups:
                return Claimant(groups[-1], None, "org")
        if head in lex.words("generic_head"):
            found = _antecedent(head, state)
            portfolio = set(low.split()[1:-1]) - {"state", "national", "federal"}
            if found and head == "ministry" and portfolio and not portfolio <= _name_words(found.name or ""):
                found = None  # "the health ministry" is not the defence ministry named before
            if found:
                return found
            if head in lex.words("national_body") and state.dominant:
                owner = state.dominant
                if head in ("military", "army"):
                    armed = state.armed or Counter()
                    if armed and owner not in armed:
                        owner = armed.most_common(1)[0][0]  # ("the military" in a Gaza story is Israel's)
                info = lex.party(owner)
                if info and info.demonym:
                    return Claimant(f"{country_word(info, head, state.context)} {head}", owner, "org")
    if re.fullmatch(r"the (?:source|resident|doctor|witness|medic|official)", low):
        # "the source said" after "an army source said": that source, as it was named
        for _, c in reversed(state.history):
            if c.name and c.name.lower().endswith(low[4:]):
                return c
    if low.split()[-1] in lex.person_roles:
        return Claimant(_strip_article(s), country_of(s, state), "person")
    # "the General Staff" after "Ukraine's General Staff": the body named before, by its full name
    # ("The officials put ..." after "U.S. officials": a definite head alone points back too)
    short = _strip_article(s)
    tail = short.lower()
    definite = re.match(r"(?i)the\s", s) is not None
    for _, c in reversed(state.history):
        if (
            c.name
            and c.kind == "org"
            and c.name.lower().endswith(" " + tail)
            and (len(tail.split()) >= 2 or definite)
        ):
            return c
        if (
            definite
            and re.fullmatch(r"[A-Z][a-z]{3,}", short)
            and c.name
            and re.search(rf"\b{short}\b", c.name)
        ):
            return c  # "the Observatory" after "the Syrian Observatory for Human Rights"
    return _finish(_normalise(s, state), state)


_NAME_RUN_RE = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and|de|du|pour|sans|without)\s+)*[A-Z][\w'’-]*)+"
)


def _last_org_name(text: str) -> str | None:
    """The last organisation name in a stretch of text ("... staff members of Relief International")."""
    lex = load()
    found = None
    for m in _NAME_RUN_RE.finditer(text):
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group(0))
        if name in lex.party_aliases or name in lex.outlets:
            continue
        if _org_words_re().search(name) and m.start() > 0:
            found = name
    return found


def _last_place(state: ClaimantState) -> str | None:
    """The region the sentence so far names, as a party: "... in Nagorno-Karabakh, the region's ..."."""
    lex = load()
    found = None
    # (the sentence so far, else the sentence before: "Gaza's health ministry says ...
    # The enclave's civil defence agency says ...")
    # (then the first place the article names, its headline included: "Gaza death toll passes ...")
    for text in (state.sentence_before or "", state.prev_text or "", state.context):
        for m in lex.party_re.finditer(text):
            pa = lex.party_aliases.get(m.group(0))
            if pa is None or pa.role not in ("name", "place"):
                continue
            found = pa.party  # "near Stepanakert, ... the region's": the region holding the place
            if text is state.context:
                return found
        if found:
            return found
    return None


def _role_place(role: str, context: str) -> str | None:
    """ "Kaduna state governor Uba Sani" -> "Kaduna": the place an office holder serves."""
    m = re.search(
        rf"\b([A-Z][\w'’-]+(?:\s+(?:de|del|la|of)?\s*[A-Z][\w'’-]+){{0,3}})\s+(?:state\s+|province\s+|"
        rf"provincial\s+|regional\s+)?{re.escape(role)}\b",
        context,
    )
    if not m or m.group(1).split()[0] in ("The", "A", "An"):
        return None
    return m.group(1)


# the words a body's name may use for what a description calls it ("the Britain-based monitor"
# is the Syrian Observatory for Human Rights)
_HEAD_SYNONYMS = {
    "military": ("military", "army"),
    "army": ("army", "military"),
    "monitor": ("monitor", "observatory"),
}


# heads a body's name ends with: "the brigade" is the 303rd Infantry Brigade named before
_UNIT_HEADS = frozenset(
    ("brigade", "division", "battalion", "regiment", "corps", "coalition", "alliance", "committee", "council")
)

_FORWARD_HEADS = ("monitor",)  # (not "the military": an article may name several)


def named_forward(claimants: list[Claimant], state: ClaimantState) -> None:
    """ "a war monitor said" in the first sentence, "The Syrian Observatory for Human Rights said"
    in the next: a bare description is the one body of that sort the article names anywhere."""
    for c in claimants:
        if (
            c.kind == "org"
            and c.name
            and c.name == c.name.lower()
            and re.fullmatch(r"(?:[\w-]+\s+){0,3}[\w-]+", c.name)
            and " of " not in f" {c.name} "
        ):
            # "a local humanitarian group said" in the lead, "the NGO Humanity Purpose" later:
            # the one body the article introduces by that description
            word = c.name.split()[-1]
            kin = _DESCRIPTOR_KIN.get(word, word)
            bodies = {b.name for _, w, b in state.described if w == kin}
            if len(bodies) == 1:
                c.name = bodies.pop()
                continue
        if (
            c.kind != "org"
            or not c.name
            or c.name != c.name.lower()
            or c.name.split()[-1] not in _FORWARD_HEADS
        ):
            continue
        synonyms = _HEAD_SYNONYMS[c.name.split()[-1]]
        names = {
            h.name
            for _, h in state.history
            if h.kind == "org"
            and h.name
            and h.name[:1].isupper()
            and any(w in h.name.lower() for w in synonyms)
        }
        if len(names) == 1:
            c.name = names.pop()


def _antecedent(head: str, state: ClaimantState) -> Claimant | None:
    pool = [c for _, c in reversed(state.history) if c.name and c.kind in ("org", "country", "person")]
    for _, c in reversed(state.ministries):
        if head == "ministry":
            pool.insert(0, c)
    for c in pool:
        if head in _UNIT_HEADS:  # "the alliance" is not the "... Democratic Alliance Army"
            if c.name.lower().split()[-1] == head:
                return c
        elif any(
            word in c.name.lower()
            # ("the army" is not "military intelligence": a body the word only modifies)
            and not pattern(rf"\b{word}\s+<<attached_body_noun>>\b", re.I).search(c.name)
            for word in _HEAD_SYNONYMS.get(head, (head,))
        ):
            return c
    if head in _UNIT_HEADS:
        # "the coalition said" after "the Saudi-led coalition has been fighting": the body the
        # article names with that head, though it has not spoken yet
        named = re.search(
            # (a unit's ordinal is part of its name: "the 303rd Infantry Brigade")
            rf"\b((?:(?!The\b|A\b|An\b)(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))\s+){{1,5}})((?i:{head}))\b(?!\s+[A-Z])",
            state.context,
        )
        if named:
            return Claimant(f"{named.group(1)}{named.group(2)}", None, "org")
    if head in (
        "monitor",
        "observatory",
        "charity",
        "group",
        "organisation",
        "organization",
        "agency",
        "office",
        "body",
        "network",
    ):
        orgs = [c for c in pool if c.kind == "org"]
        if orgs:
            return orgs[0]
    return None


def _resolve_pronoun(pron: str, state: ClaimantState, sentence_before: str) -> Claimant:
    lex = load()
    if pron in ("he", "she", "his", "her"):
        for _, c in reversed(state.history):
            if c.kind == "person":
                return c
        # "President William Ruto has disputed the figures. ..., he said 19 people had died": the
        # person the sentence or the one before names, though he has reported nothing yet
        named = _last_named_person(sentence_before, state) or _last_named_person(state.prev_text, state)
        if named:
            return Claimant(named, _leader_party(named, state), "person")
        return Claimant(None, kind="anonymous")
    if (
        pron in ("it", "they")
        and state.history
        and state.history[-1][1].kind in ("org", "country")
        and re.search(
            r"\b(?:said|says|added|stated|claimed|reported|announced)\s+(?:that\s+)?(?:(?:it|they)\s+(?:\w+\s+)?)?$",
            sentence_before,
        )
    ):  # "Justice pour Barsalogho, said it had counted around 400 dead": the speaker just named
        return state.history[-1][1]
    # "it"/"they": the body that is this sentence's subject ("The Security Service of Ukraine
    # (SBU) released footage of what it said were 102 servicemen"), else the nearest entity
    # before it in this sentence, else the last source
    own = _main_subject(sentence_before) if pron == "it" and sentence_before.strip() else ""
    if (
        own
        and own.strip() != sentence_before.strip()
        and _org_words_re().search(own)
        and re.fullmatch(
            r"(?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|the|and|\([A-Z]+\)|[A-Z][\w'’-]*))*", own.strip()
        )
    ):
        body = _resolve_aside(own, state)
        if body.name and body.kind == "org":
            return body
    if pron == "its" and sentence_before.strip():
        # "The army has now lost 290 soldiers ..., according to its own figures": the subject's
        subject = _main_subject(sentence_before)
        if (
            subject
            and subject.strip() != sentence_before.strip()
            and pattern(r"^(?:the|The)\s+(?:[\w-]+\s+)?<<generic_head>>$").match(subject.strip())
        ):
            body = _resolve_aside(subject, state)
            if body.name and body.kind in ("org", "country"):
                return body
    if (
        pron in ("it", "they")
        and re.search(r",[\"”’]?\s*(?:it|they)?\s*$", sentence_before, re.I)
        and not _opens_with_pronoun(sentence_before)
    ):
        # "Dozens of Hamas fighters ... were also killed, it said.": a closing "it" is the last
        # speaker, not a side its report names
        for _, c in reversed(state.history):
            if c.kind in ("org", "country") and c.name and not _plural_noun(c.name, pron):
                return c
    mentions = [
        m
        for m in lex.party_re.finditer(sentence_before)
        if m.group(0) in lex.party_aliases
        and not pattern(r"-(?:<<modifier_suffix>>|<<led_suffix>>)\b").match(sentence_before, m.end())
    ]  # ("The British-based monitor said ..., 194 of whom it said": the monitor, not Britain)
    if mentions and not (_opens_with_pronoun(sentence_before) and pron in ("it", "they")):
        # ("It also accused Azerbaijani forces ..., saying": an opening pronoun points back)
        last = mentions[-1]
        pa = lex.party_aliases[last.group(0)]
        return _upgradeable(pa.party)
    if pron in ("it", "they") and re.fullmatch(r"[\s\"“]*(?:it|they)\s*", sentence_before, re.I):
        # "Russia's defence ministry painted a different picture. It said ...": the body that was
        # the previous sentence's subject, though it reported nothing there
        subject = _main_subject(state.prev_text) if state.prev_text else ""
        if subject and pattern(r"\b<<generic_head>>$", re.I).search(subject):
            body = _resolve_aside(subject, state)
            if body.name and body.kind != "person":
                return body
    if pron in ("its", "their"):
        # "Kyiv publishes a tally ... Its latest update said": the previous sentence's subject
        prev = [m for m in lex.party_re.finditer(state.prev_text) if m.group(0) in lex.party_aliases]
        if prev:
            return _upgradeable(lex.party_aliases[prev[0].group(0)].party)
    if state.history:
        for _, c in reversed(state.history):
            if c.kind in ("org", "country") and c.name and not _plural_noun(c.name, pron):
                return c
    return Claimant(None, kind="anonymous")


def _opens_with_pronoun(text: str) -> bool:
    """Does the sentence open with the pronoun ("It said ...", "They put ...")?"""
    return re.match(r"[\s\"“]*(?:it|they)\b", text, re.I) is not None


def _plural_noun(name: str, pron: str) -> bool:
    """ "witnesses", "residents": plural common nouns that "it" cannot point back to."""
    return pron == "it" and name == name.lower() and name.endswith("s") and not name.endswith("ss")


def _last_named_person(text: str, state: ClaimantState) -> str | None:
    """The last full name in `text` the article introduces with a title or role."""
    names = set(state.persons.values())
    best = None
    for name in names:
        at = text.rfind(name)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, name)
    return best[1] if best else None


def _resolve_aside(subject: str, state: ClaimantState) -> Claimant:
    """Resolve a subject met while resolving another one, leaving the sentence state as it was."""
    saved = state.sentence_before
    body = resolve(subject, state, "")
    state.sentence_before = saved
    return body


def _upgradeable(party: str) -> Claimant:
    """A bare government ("Kyiv", "it"), to be upgraded to its named body if the article has one."""
    return Claimant(party, party, "country", specific=False)


def _normalise(s: str, state: ClaimantState) -> str:
    """Possessives and "of"-phrases into "<Country> <body>"; capitals into countries; a body
    the alias table knows keeps its canonical name ("Ukraine military intelligence agency" is
    "Ukraine military intelligence", as its acronym HUR is)."""
    out = _normalise_form(s, state)
    spellings = load().spellings  # "Russia's Defense Ministry" and "Russia's Defence Ministry" are one body
    out = " ".join(spellings.get(w, w) for w in out.split(" "))
    canonical = _canonical_names()
    bare = re.sub(r"\s+(?:agency|service|directorate|department)$", "", out, flags=re.I)
    return (
        canonical.get(out.lower())
        or canonical.get(bare.lower())
        or _national_aliases().get(out.lower())
        or out
    )


def canonical_name(name: str) -> str | None:
    """The alias table's own spelling of a body's name, if it knows the body: by its canonical
    name, or by a country's form of it ("Malawian army" is the Malawi Defence Force)."""
    return _canonical_names().get(name.lower()) or _national_aliases().get(name.lower())


@lru_cache(maxsize=1)
def _national_aliases() -> dict[str, str]:
    """Aliases that name a country's body by the country's word ("Kenyan military" -> "Kenya
    Defence Forces"), so a body the text names as "Kenya's military" finds its name too."""
    lex = load()
    return {
        alias.lower(): ca.canonical
        for alias, row in lex.claimant_aliases.items()
        for ca in row
        if " " in alias and ca.country and alias.split()[0] in lex.party_aliases
    }


@lru_cache(maxsize=1)
def _canonical_names() -> dict[str, str]:
    return {ca.canonical.lower(): ca.canonical for row in load().claimant_aliases.values() for ca in row}


def country_word(info: PartyInfo, body: str, context: str, *, possessive: bool = False) -> str:
    """The word a country's body is named with (claimant_forms.csv): its name ("Cameroon
    government"), its demonym ("Somali officials"), or the word its institutions go by ("Israeli
    military", but "Pakistan military": parties.csv's institution column). A body the text leaves
    without its country ("the government said") takes the article's own form when the article writes
    one elsewhere ("the Iraqi government"); a possessive ("Cameroon's government said") does not."""
    low = body.lower()
    if low.split()[-1] in ("source", "sources") and " " in low:
        low = low.rsplit(" ", 1)[0]  # "an army source": named as its army is
    forms = load().claimant_forms
    # (after a possessive only the body itself: "Sri Lanka's health authorities" keep the name)
    row = forms.get(low) or (None if possessive else forms.get(low.split()[-1]))
    form = (row or ("name", "name"))[0 if possessive else 1]
    if (
        not possessive
        and info.demonym
        and re.search(rf"\b{re.escape(info.demonym)}\s+{re.escape(low)}\b", context, re.I)
    ):
        return info.demonym
    if form == "institution":
        return info.institution or info.demonym or info.short
    if form == "demonym":
        return info.demonym or info.short
    return info.short


def _normalise_form(s: str, state: ClaimantState) -> str:
    lex = load()
    s = _strip_article(s.strip())
    m = _OF_COUNTRY_RE.match(s)
    if m and m.group("owner") in lex.party_aliases:
        party = lex.party_aliases[m.group("owner")].party
        return f"{_country_label(party)} {_strip_article(m.group('org'))}"
    m = _ROLE_FOR_RE.match(s)
    if m and m.group("owner") in lex.party_aliases:
        party = lex.party_aliases[m.group("owner")].party
        return f"{_country_label(party)} {m.group('org')} {m.group('role')}"
    m = _POSSESSIVE_RE.match(s)
    if m and re.fullmatch(rf"(?:(?:the|The)\s+)?{_TERRITORY}", m.group("owner")):
        place = _last_place(state)  # "the region's ethnic Armenian authorities"
        if place:
            return f"{place} {m.group('org')}"
    if m and m.group("owner") in lex.party_aliases and lex.party_aliases[m.group("owner")].role == "place":
        return f"{m.group('owner')} {m.group('org')}"  # "Gaza's health ministry": the place as written
    if m and m.group("owner") in lex.party_aliases:
        party = lex.party_aliases[m.group("owner")].party
        org = m.group("org")
        info = lex.party(party)
        if info is None:
            return f"{_country_label(party)} {org}"
        return f"{country_word(info, org, state.context, possessive=True)} {org}"
    m = _DEMONYM_BODY_RE.match(s)
    if m and m.group("dem") in lex.party_aliases and lex.party_aliases[m.group("dem")].role == "demonym":
        # "the Israeli justice ministry", "the Karabakh health ministry": ministries go by their country
        return f"{_country_label(lex.party_aliases[m.group('dem')].party)} {m.group('org')}"
    m = _IN_PLACE_RE.match(s)
    if m:
        return f"{m.group('place').strip()} {m.group('org').strip()}"
    m = _IN_TERRITORY_RE.match(s)
    place = _last_place(state) if m else None
    if m and place:  # "the health ministry in the Hamas-run territory": the place the article is about
        return f"{place} {m.group('org').strip()}"
    return s


def _finish(s: str, state: ClaimantState) -> Claimant:
    lex = load()
    s = re.sub(r"\bU\.S\.", "US", re.sub(r"\bU\.K\.", "UK", re.sub(r"\bU\.N\.", "UN", s or "")))
    s = re.sub(r"^United Nations (?=[a-z])", "UN ", s)  # "the United Nations human rights office"
    if not s:
        return Claimant(None, kind="anonymous")
    # "Seoul", "Islamabad", "Seoul and Washington": governments by their capitals
    parts = [p.strip() for p in re.split(r"\s*(?:,|\band\b)\s*", s) if p.strip()]
    lone = lex.party_aliases.get(parts[0]) if len(parts) == 1 else None
    if lone is not None and lone.role == "demonym" and " " in (full := full_name(parts[0], state) or ""):
        return Claimant(full, _leader_party(full, state), "person")  # "Danish said": Najib Danish, by surname
    if parts and all(p in lex.party_aliases and _licensed(lex.party_aliases[p], state) for p in parts):
        parties = [lex.party_aliases[p].party for p in parts]
        if len(parties) == 1:
            pa = lex.party_aliases[parts[0]]
            if pa.role == "leader" and " " in parts[0]:
                return Claimant(parts[0], pa.party, "person")
            if pa.role == "leader":
                return Claimant(full_name(parts[0], state) or parts[0], pa.party, "person")
            return Claimant(parties[0], parties[0], "country", specific=False)
        return Claimant(" and ".join(parties), None, "country")
    # people: strip titles, resolve surnames
    words = s.split()
    if all(w[:1].isupper() or w in ("al-", "bin", "de", "van", "von") or w.startswith("al-") for w in words):
        name_words: list[str] = []
        for w in reversed(words):
            if w in lex.titles or w.rstrip(".") in lex.titles:
                break
            name_words.insert(0, w)
        heads = lex.words("generic_head")
        is_org = any(
            w.lower() in heads or (w in lex.party_aliases and lex.party_aliases[w].role != "leader")
            for w in name_words
        ) or bool(_org_words_re().search(s))
        if name_words and not is_org and len(name_words) <= 4:
            if len(name_words) == 1:
                name = full_name(name_words[0], state) or name_words[0]
            else:
                name = " ".join(name_words)
            return Claimant(name, _leader_party(name, state), "person")
    if pattern(r"\b<<independent_source>>\b", re.I).search(s):
        # "researchers at Belgium's Ghent University": based in a country, not speaking for it
        return Claimant(s, None, "org")
    country = country_of(s, state)
    if country is None and state.dateline_country and _BARE_MINISTRY_RE.fullmatch(s):
        # "ANKARA - ... the National Defense Ministry said": a ministry no one owns is the dateline
        # country's
        return Claimant(f"{_country_label(state.dateline_country)} {s}", state.dateline_country, "org")
    return Claimant(s, country, "org")


_BARE_MINISTRY_RE = re.compile(r"(?:[A-Z][\w-]*\s+){1,3}Ministry|Ministry\s+of(?:\s+[A-Z][\w-]*){1,3}")


def _proper_name(s: str) -> bool:
    """A name of two to six words, capitalised apart from short particles ("Justice pour
    Barsalogho", "Doctors Without Borders"), that is not a person's name."""
    words = s.split()
    if not 2 <= len(words) <= 6 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    if not all(w[:1].isupper() or w in _NAME_PARTICLES for w in words):
        return False
    if words[0].endswith(("'s", "’s")):
        return False  # "Iran's ally in Lebanon": a description of the name beside it
    return person_name(s) is None or bool(_org_words_re().search(s))


_NAME_PARTICLES = frozenset(
    [
        "of",
        "for",
        "the",
        "and",
        "de",
        "du",
        "des",
        "la",
        "le",
        "pour",
        "sans",
        "al",
        "el",
        "wal",
        "in",
        "on",
        "y",
    ]
)


def person_name(s: str) -> str | None:
    """ "UN deputy spokesperson Farhan Haq" -> "Farhan Haq": a trailing run of capitalised
    words that is not an organisation, after titles or role words (or on its own)."""
    lex = load()
    words = s.split()
    run: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        inner = (
            run
            and i > 0
            and words[i - 1][:1].isupper()
            and words[i - 1] not in lex.titles
            and words[i - 1] not in lex.party_aliases  # ("Nigerian President Olusegun Obasanjo")
        )
        if not (w[:1].isupper() or w.startswith("al-")) or (
            (w in lex.titles or w.rstrip(".") in lex.titles) and not inner
        ):
            break  # (a title word between names is a name: "Ibrahim Sheikh Muhyadin")
        if w in ("The", "A", "An") or (len(w) > 1 and w.isupper()):
            return None  # "The UN", "the NIS": not a person
        run.insert(0, w)
    if len(run) < 2 or len(run) > 4:
        return None
    rest = words[: len(words) - len(run)]
    # "Police spokesman Abdifatah Adan Hassan", "African Union envoy Olusegun Obasanjo": whatever
    # comes before a lower-case role word is the role's organisation, not part of the name
    role_at = max(
        (i for i, w in enumerate(rest) if w.lower() in lex.person_roles and w.islower()), default=-1
    )
    if role_at >= 0:
        rest = rest[role_at:]
    if rest and not all(
        w in lex.titles
        or w.rstrip(".") in lex.titles
        or w.islower()
        or w.isupper()
        or w.endswith(("'s", "’s"))
        or (
            w in lex.party_aliases and lex.party_aliases[w].role in ("demonym", "name")
        )  # "Israeli Prime Minister"
        for w in rest
    ):
        return None
    name = " ".join(run)
    if _org_words_re().search(name):
        return None
    if any(names_a_party(w, i, run) for i, w in enumerate(run)):
        return None
    if name in lex.party_aliases and lex.party_aliases[name].role != "leader":
        return None
    if name in lex.claimant_aliases or name in lex.outlets:
        return None
    return name


_NAME_STARTERS = frozenset(
    ["the", "a", "an", "meanwhile", "then", "also", "later", "earlier", "when", "while", "if", "yet", "so"]
)


def plausible_name(name: str) -> bool:
    """A run of capitals that is a person's full name, not "On Tuesday Trump", "Meanwhile
    Trump" or "In March"."""
    return (
        person_name(name) == name
        and not any(w.lower() in _NP_STOP or w.lower() in _NAME_STARTERS for w in name.split())
        and not _month_or_day_re().search(name)
    )


def full_name(surname: str, state: ClaimantState) -> str | None:
    """ "Makuei said" in an article that introduced "information minister, Michael Makuei": the
    one full name ending in that surname, from the sources already quoted, the article's text,
    or the leaders' full names in the reference data ("Trump" is "Donald Trump")."""
    if surname in state.persons:
        return state.persons[surname]
    if surname in state.full_names:
        return state.full_names[surname]
    found = set()
    at = state.context.find(surname)
    while at >= 0:
        end = at + len(surname)
        if not state.context[end : end + 1].isalnum():
            before = re.split(r"[,.;:!?\"“”()—]", state.context[max(0, at - 60) : at])[-1].split()[-5:]
            name = person_name(" ".join([*before, surname]))
            if name and name.split()[-1] == surname and plausible_name(name):
                found.add(name)
        at = state.context.find(surname, end)
    full = found.pop() if len(found) == 1 else None
    if full is None and not found:
        leaders = _leader_full_names().get(surname, set())
        full = next(iter(leaders)) if len(leaders) == 1 else None
    if full is None and not found:
        # "Getachew said" after "TPLF spokesman Getachew Reda": a name given first, as Ethiopian,
        # Somali and Arabic usage shortens it
        given = {
            name
            for m in re.finditer(
                rf"\b{re.escape(surname)}\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", state.context
            )
            if (name := person_name(m.group(0))) and name.split()[0] == surname and plausible_name(name)
        }
        full = given.pop() if len(given) == 1 else None
    state.full_names[surname] = full
    return full


@lru_cache(maxsize=1)
def _leader_full_names() -> dict[str, set[str]]:
    """Leaders' full names in the reference data by surname: "Trump" -> {"Donald Trump"}."""
    out: dict[str, set[str]] = {}
    aliases = load().party_aliases
    for alias, pa in aliases.items():
        if pa.role == "leader" and " " in alias:
            surname = alias.split()[-1]
            short = aliases.get(surname)
            if short is not None and short.role == "leader" and short.party == pa.party:
                out.setdefault(surname, set()).add(alias)
    return out


def family_name_first(words: list[str]) -> bool:
    """A Korean name ("Shin Won-sik", "Lee Seong-kweun") puts the family name first: the one
    word before a hyphenated given name."""
    return len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]) is not None


def names_a_party(word: str, position: int, words: list[str]) -> bool:
    """A word of a name that is a party alias, so the words are no person's name; a surname
    that is also a town ("Ahmed Aden") does not count, unless the words before it name a party
    too ("Hamas-run Gaza"), and so does a country's name after a given name ("Amadou Togo")."""
    lex = load()
    pa = lex.party_aliases.get(word)
    if pa is None or pa.role == "leader":
        return False
    before = " ".join(words[:position])
    if pa.role in ("name", "demonym") and position > 0 and surname_before(f"{before} ", word):
        return False  # "Amadou Togo", "Najib Danish": a surname that is also a country or its adjective
    return not (pa.role == "place" and position > 0 and not lex.party_re.search(before))


_DESCRIPTOR_KIN = {"organisation": "group", "organization": "group", "ngo": "group", "charity": "group"}


def _described_body(head: str, state: ClaimantState) -> Claimant | None:
    """ "the group said" after "the electoral monitoring group Plataforma Decide said": the body
    last introduced by that description, unless an armed group was named after it."""
    kin = _DESCRIPTOR_KIN.get(head.lower(), head.lower())
    found = [(i, c) for i, word, c in state.described if word == kin and i <= state.current]
    if not found:
        return None
    at, body = found[-1]
    armed_later = any(at < i <= state.current for i, _ in state.group_mentions)
    return None if armed_later else body


def register(
    claimant: Claimant,
    subject: str,
    appositive: str,
    state: ClaimantState,
    order: int,
    country: str | None = None,
) -> None:
    """Remember a resolved source so later pronouns and "the ministry" can find it."""
    if not claimant.name or _document_subject_re().fullmatch(subject.strip()):
        return  # (a survey a speaker reports is no source a later "it" points to)
    state.history.append((order, claimant))
    if claimant.kind == "org" and claimant.name[:1].isupper():
        for phrase in (subject, appositive):
            dm = pattern(r"\b<<org_descriptor>>\b").search(phrase.replace(claimant.name, ""))
            if dm:  # "the NGO Humanity Purpose", "Emergency Lawyers, a rights group,"
                word = dm.group(0).lower()
                state.described.append((state.current, _DESCRIPTOR_KIN.get(word, word), claimant))
                break
    if claimant.kind == "person":
        parts = claimant.name.split()
        if len(parts) >= 2:
            state.persons.setdefault(parts[-1], claimant.name)
            if family_name_first(parts):
                state.persons.setdefault(parts[0], claimant.name)  # "Shin Won-sik" goes by "Shin"
        mm = _MINISTER_RE.search(subject)
        if mm:
            owner = country or state.dominant
            ministry = Claimant(
                f"{_country_label(owner) + ' ' if owner else ''}{mm.group(1)} Ministry", owner, "org"
            )
            state.ministries.append((order, ministry))


def fuller_name(claimant: Claimant, state: ClaimantState) -> Claimant:
    """A short form of a body the article named before ("the UN office" after "the UN human
    rights office") is that body. Only a two-word or longer form: a bare "the military" could
    be any of several."""
    if claimant.kind != "org" or not claimant.name:
        return claimant
    words = _name_words(claimant.name)
    if len(words) == 1 and claimant.name.lower() in load().words("named_body_noun"):
        # "the alliance said" after "the Three Brotherhood Alliance": the one body of that name
        names = {
            re.sub(r"^The\s+", "", m.group(0))
            for m in re.finditer(
                rf"(?:[A-Z][\w'’-]+\s+){{1,4}}{claimant.name.capitalize()}\b(?!\s+[A-Z])", state.context
            )
        }
        return Claimant(names.pop(), None, "org") if len(names) == 1 else claimant
    if len(words) < 2:
        return claimant
    for _, earlier in reversed(state.history):
        if (
            earlier.kind == "org"
            and earlier.name
            and len(earlier.name) > len(claimant.name)
            and words <= _name_words(earlier.name)
        ):
            return earlier
    return claimant


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in ("the", "of", "for", "s")}


def is_conduit(subject: str, appositive: str) -> bool:
    """A lawmaker or MP passing on someone else's briefing."""
    rx = load().conduit_re
    return bool(rx.search(subject) or rx.search(appositive))


def upgrade(
    claimant: Claimant, all_claimants: list[tuple[int, Claimant]], order: int, military: bool | None = None
) -> Claimant:
    """A bare government ("South Africa said") becomes the more specific body of the same
    country that the article names (its defence force), nearest first: a military body for a
    count of soldiers or weapons, a civil one for a count of civilians."""
    if claimant.kind != "country" or claimant.specific or not claimant.country:
        return claimant
    remote = load().words("remote_body")  # a justice ministry or prison service does not speak for the war
    armed = pattern(r"\b<<military_body>>\b", re.I)
    candidates = [
        (abs(o - order), o > order, c)
        for o, c in all_claimants
        if c.kind == "org"
        and c.country == claimant.country
        and c.name
        and not c.unreliable
        and not any(w in remote for w in c.name.lower().split())
        and (military is None or bool(armed.search(c.name)) == military)
    ]
    if not candidates:
        return claimant
    candidates.sort(key=lambda t: (t[1], t[0]))
    return candidates[0][2]
