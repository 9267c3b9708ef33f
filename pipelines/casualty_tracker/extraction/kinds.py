"""What a number counts: the noun phrase after it and the verbs around it.

Why: the same "300" is killed, wounded, captured, troops or tanks depending on its noun
("300 tanks"), its predicate ("300 soldiers have died"), the verb that governs it
("killing 300", "sent 300 troops") or the noun it measures ("the death toll rose to
300"). Rules are tried from the most local evidence outward, so a nearby word always
beats a distant one. All the words come from the reference CSVs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import load, pattern

_TOKEN_RE = re.compile(r"[\"“”‘’']?[A-Za-z\u00C0-\u024F0-9][\w'’\-\u00C0-\u024F.]*|[^\s\w]")
_PARTITIVE_RE = re.compile(
    r"\s+of\s+(them|those|these|its own|its|their own|their|his|her|our|the|whom|which)\b(?:\s+own\b)?",
    re.IGNORECASE,
)
_OF_NUMBER_RE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(\d[\d,]*|[a-z]+)(?=\s)")
OF_NUMBER_BEFORE_RE = re.compile(r"\b(\d[\d,]*|[a-z]+)\s+of\s+(?:the\s+|its\s+|their\s+)?$")
_VAGUE_OF_RE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?", re.IGNORECASE)
# closed-class words (auxiliaries, prepositions, determiners) that end a noun phrase
_STOP_WORDS = frozenset(
    [
        "had",
        "have",
        "has",
        "were",
        "was",
        "are",
        "is",
        "be",
        "been",
        "being",
        "will",
        "would",
        "may",
        "might",
        "could",
        "can",
        "in",
        "on",
        "at",
        "from",
        "to",
        "for",
        "with",
        "by",
        "since",
        "during",
        "after",
        "before",
        "over",
        "under",
        "into",
        "across",
        "near",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "whom",
        "as",
        "than",
        "while",
        "when",
        "where",
        "if",
        "because",
        "so",
        "of",
        "a",
        "an",
        "the",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "it",
        "they",
        "he",
        "she",
        "we",
        "said",
        "says",
        "told",
        "according",
        "including",
        "among",
        "alone",
        "each",
        "per",
    ]
)
_AUX = (
    r"(?:have|has|had|were|was|are|is|be|been|being|went|gone|found|may|might|could|would|will|also|now|"
    r"reportedly|all|already|officially|summarily|either|later|then|still|allegedly|feared|believed|thought|"
    r"confirmed|registered as|listed as|presumed|said to have been|said to be|to have been|to be|among those|"
    r"among the|so far|in total|"
    r"in all|on board|aboard|alone|each|altogether|apparently|subsequently|just|only|both|mostly|mainly|"
    r"in the fighting|in action|in combat|in battle|since then|since|so|too|as well|in that time|overall|"
    r"in the attack|in the strikes?|in the assault|among (?:the |those )?\w+|\w+ly|"
    r"among the (?:\w+ )?\d[\d,]*(?= ))"  # "were among the first 90 martyrs counted"
)
_CONJ = r"(?:before|after|while|when|as|and|or|but|that|which|who|until|since|because|where|if)"
_DASH_ASIDE_RE = re.compile(r"[—–][^—–]{1,160}[—–]|\s-{1,2}\s[^-]{1,160}\s-{1,2}\s")
_RELCLAUSE_RE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*,")
_ITEM_RELCLAUSE_RE = re.compile(r"\bwho\s+[^,;]*?(?=\s+(?:and|or)\s+$)")
_NP_AND_RE = re.compile(r"\s+(?:other\s+|allied\s+|affiliated\s+|foreign\s+|[a-z-]+ed\s+)?")
_MEASURE_TAIL_RE = re.compile(r"\b(?:to|at|reached|stood at|totall?ed)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# a troop noun that names another noun's owner ("police raid", "army operation", "troop convoy")
_TROOP_MODIFIER_OF = (
    r"\s+(?:<<attack_noun>>|operations?|stations?|posts?|bases?|convoys?|chiefs?|checkpoints?)\b"
)
_NUMBER_OF_RE = re.compile(r"\b(?:number|toll|total|count)\s+of\s+(?:[\w-]+\s+){0,2}?(?=\w+\s)", re.I)
_OF_THAT_TOTAL = r"\b(?:of|among)\s+(?:that|this|the|these)\s+(?:number|total|figure|toll|tally|count)s?"
_OF_THAT_TOTAL_RE = re.compile(_OF_THAT_TOTAL + r"\s*,?\s*$", re.I)
_LEFT_PARTITIVE_RE = re.compile(
    # ("including the group's two top commanders": the part may be the group's own)
    r"(?:\bamong them|\bincluding(?:\s+(?:the\s+)?[\w-]+(?:'s|’s))?|"
    r"\bof whom|\bof which|\bof them|\bof those|" + _OF_THAT_TOTAL + r")\s*,?\s*$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class NounPhrase:
    """The counted noun phrase that follows a number (offsets relative to the sentence)."""

    end: int  # end of the head noun (or of the number when bare)
    ext_end: int  # end including "of ..." / "loyal to ..." / "and other ..." extensions
    head: str | None = None
    category: str = ""  # weapon | kind | person | demonym | nonfigure | model | ""
    detail: str = ""  # weapon singular | kind | person class | party | nonfigure category
    population: str | None = None
    partitive: str | None = None
    modifiers: str = ""
    head_start: int = -1
    extension: str = ""
    hyphen: bool = False
    kind_adj: str | None = None


def force_strength(text: str, pos: int) -> re.Match[str] | None:
    """ "-strong peacekeeping mission" at text[pos]: the number before it is the size of a force."""
    return pattern(r"-strong\s+(?:[\w'’-]+\s+){0,3}?(?:<<force_noun>>)\b", re.I).match(text, pos)


# a weapon noun that only modifies the noun after it: "drone attacks", "tank battalions", "drone
# operators" (not "drone boats", which are weapons)
_COMPOUND_HEADS = {
    ("nonfigure", "event"),
    ("nonfigure", "unit"),
    ("nonfigure", "target"),
    ("person", "troop"),
}


def _inside_party_name(text: str, lo: int, nm: re.Match[str]) -> bool:
    """Is a capitalised noun part of a group's name ("five Jenin Brigade gunmen")?"""
    return any(
        m.start() < nm.start() and m.end() >= nm.end() for m in load().party_re.finditer(text, lo, nm.end())
    )


# a model designation ("F-16", "Su-34", "MiG-29", "KN-23") and a model number after a name
# ("Challenger 2", "Mirage 2000"); numbers.py and weapons.py read models with the same two
DESIGNATION = r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?"
MODEL_NUMBER_RE = re.compile(r"\d{1,4}")
_DESIGNATION_RE = re.compile(rf"\s+((?:[A-Z][\w'’-]*\s+)?)({DESIGNATION})(s?)(?![\w-])")


def noun_phrase(
    text: str, end: int, *, skip_spans: list[tuple[int, int]] = (), vague: bool = False
) -> NounPhrase:
    """Read the noun phrase after a number ending at text[end]."""
    lex = load()
    np = NounPhrase(end=end, ext_end=end)
    pos = end
    if text.startswith("-plus", pos):  # "1,000-plus fighters"
        pos += len("-plus")
    fm = force_strength(text, pos)
    if fm:  # "the UN's 13,000-strong peacekeeping mission": the strength of a force is its troops
        np.head, np.category, np.detail, np.hyphen = "strong", "person", "troop", True
        np.head_start = pos + 1
        np.modifiers = text[pos + len("-strong") : fm.end()].strip()
        np.end = np.ext_end = fm.end()
        return np
    # "48-vehicle column": a hyphenated count modifier
    hm = re.match(r"-([A-Za-z]+)", text[pos:])
    if hm:
        cat, detail, pop = lex.noun_info(hm.group(1))
        if cat == "weapon":
            np.head, np.category, np.detail, np.hyphen = hm.group(1), cat, detail, True
            np.head_start = pos + 1
            np.end = np.ext_end = pos + hm.end()
            return np
    if vague:
        vm = _VAGUE_OF_RE.match(text, pos)
        if vm:
            pos = vm.end()
            owner = re.search(r"\b(its|their)\s+$", vm.group(0), re.IGNORECASE)
            if owner:  # "thousands of its soldiers": "its" owns them as in "nine of its soldiers"
                np.partitive = owner.group(1).lower()
    else:
        pm = _PARTITIVE_RE.match(text, pos)
        om = _OF_NUMBER_RE.match(text, pos)
        if om and (om.group(1)[0].isdigit() or om.group(1).lower() in lex.cardinals):
            np.partitive = "number"  # "83 of 96 drones", "40 of its 120 soldiers": the same thing counted
            pos = om.end()
        elif pm:
            np.partitive = pm.group(1).lower()
            pos = pm.end()
    mod_start = pos
    last_tok = ""
    for _ in range(7):
        while pos < len(text) and text[pos] in ' \t\n"“”':
            pos += 1
        if pos >= len(text):
            break
        skipped = next((s for s in skip_spans if s[0] == pos), None)
        if skipped:  # a calibre inside the phrase: "18 155mm howitzers"
            pos = skipped[1]
            continue
        nm = lex.noun_re.match(text, pos)
        if nm and nm.group("plural") and text.startswith(" ", nm.end()):
            nxt = lex.noun_re.match(text, nm.end() + 1)
            if (
                nxt
                and not nxt.group("plural")
                and lex.noun_info(nxt.group(0))[0] in ("person", "kind", "weapon")
            ):
                # "1,500 French troops": a demonym that is also a plural ("the French") modifies the noun
                pos, last_tok = nm.end(), nm.group(0)
                continue
        named = nm is not None and nm.group(0)[:1].isupper() and _inside_party_name(text, mod_start, nm)
        if nm is not None and nm.group(0)[:1].isupper() and not named and text.startswith(" ", nm.end()):
            after = lex.noun_re.match(text, nm.end() + 1)  # "four Frontier Corps soldiers": a name's word
            named = after is not None and lex.noun_info(after.group(0))[0] in ("person", "weapon", "kind")
        if nm is not None and nm.group("system") and _common_weapon_after(text, nm.end()):
            nm = None  # "14 Leopard 2A6 tanks", "Javelin anti-tank missiles": the noun after is the head
        if (
            nm
            and not named
            and (nm.end() >= len(text) or not (text[nm.end()].isalnum() or text[nm.end()] == "-"))
        ):
            surface = nm.group(0)
            cat, detail, pop = lex.noun_info(surface)
            # "MiG-29 fighters": a model name turns fighters into aircraft
            if detail == "fighter" and re.search(r"[A-Z][\w]*-?\d", text[mod_start:pos]):
                cat, detail, pop = "weapon", "fighter jet", None
            compound = lex.noun_re.match(text, nm.end() + 1) if not nm.group("plural") else None
            if (
                compound
                and text.startswith(" ", nm.end())
                and lex.noun_info(compound.group(0))[:2] in _COMPOUND_HEADS
                and (cat == "weapon" or (cat == "person" and lex.noun_info(compound.group(0))[0] == "person"))
            ):  # "dozens of drone attacks", "12 drone operators", "two police reservists": the noun after
                nm, surface = compound, compound.group(0)
                cat, detail, pop = lex.noun_info(surface)
            np.head, np.category, np.detail, np.population = surface, cat, detail, pop
            np.head_start = pos
            np.modifiers = text[mod_start:pos].strip()
            np.end = np.ext_end = nm.end()
            variant = _SYSTEM_VARIANT_RE.match(text, nm.end()) if nm.group("system") else None
            if variant:  # "14 older Leopard 2A4s": the variant is part of the name
                np.end = np.ext_end = variant.end()
            break
        tm = _TOKEN_RE.match(text, pos)
        if not tm:
            break
        tok = tm.group(0).strip("\"“”‘’'")
        low = tok.lower()
        if low in ("and", "or") and np.head is None:
            cm = _NP_AND_RE.match(text, tm.end())
            if cm:
                nm2 = lex.noun_re.match(text, cm.end())
                if nm2 and lex.noun_info(nm2.group(0))[0] in ("person", "kind", "demonym"):
                    pos = cm.end()
                    continue
            nm2 = lex.noun_re.match(text, tm.end() + 1)
            if np.modifiers == "" and pos > mod_start and nm2 and lex.noun_info(nm2.group(0))[0] == "weapon":
                pos = tm.end()  # "18 ballistic and cruise missiles": coordinated modifiers of one head
                continue
        acronym = tok.isupper() and len(tok) > 1 and tok in lex.party_aliases  # "246 IS members" is no "is"
        if not tok or not tok[0].isalnum() or (low in _STOP_WORDS and not acronym):
            break
        model_number = last_tok[:1].isupper() and MODEL_NUMBER_RE.fullmatch(tok)
        if tok[0].isdigit() and not re.search(r"[A-Za-z]", tok) and not model_number:
            break  # a new number, unless it names a model: "14 Challenger 2 tanks", "12 Mirage 2000 jets"
        last_tok = tok
        pos = tm.end()
        if low.endswith("'s") or low.endswith("’s"):
            continue
    single = SINGLE_NATIONAL_RE.match(text, mod_start) if np.head is None else None
    if (
        single
        and single.group(1) in lex.party_aliases
        and lex.party_aliases[single.group(1)].role == "demonym"
    ):
        # "four Cambodian peacekeepers and one Moroccan were killed", "one Briton": a person of that nation
        np.head, np.category, np.detail = single.group(1), "demonym", lex.party_aliases[single.group(1)].party
        np.head_start, np.end, np.ext_end = single.start(1), single.end(1), single.end(1)
        return np
    if np.head is None:
        # a capitalised plural model name after a partitive: "three of them French-made Rafales"
        mm = re.match(r"\s*((?:[\w-]+\s+)?)([A-Z][A-Za-z]+s)\b", text[mod_start:])
        # a model designation standing for the machine: "shot down one Pakistani F-16", "two Su-34s"
        dm = _DESIGNATION_RE.match(text, mod_start)
        if dm and (
            (dm.group(1) and dm.group(1).strip() not in lex.party_aliases)
            or not (dm.group(1) or dm.group(3) or re.match(r"\s*(?:,|and\b|or\b)", text[dm.end() :]))
        ):  # a side's or several designations: "one Pakistani F-16", "two Su-34s", "14 MiG-29 and
            # Su-24 warplanes"; not a lone "One C-17 took off"
            dm = None
        if (np.partitive and mm) or dm:
            head = dm.group(2) if dm else mm.group(2)
            np.head = head
            np.category = "model"
            np.detail = head if dm else head[:-1]
            np.head_start = (dm or mm).start(2) if dm else mod_start + mm.start(2)
            np.modifiers = (dm.group(1) if dm else mm.group(1)).strip()
            np.end = np.ext_end = dm.end(3) if dm else mod_start + mm.end(2)
        else:
            if np.partitive and np.partitive != "number":
                end = np.end = np.ext_end = mod_start  # "at least 34 of them are dead": after "of them"
            # bare number: an adjacent kind word ("2,700 wounded", "nine dead")
            fm = re.match(r"\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", text[end:])
            if fm:  # "2,500 from Egypt"
                np.extension = fm.group(0)
                np.ext_end = end + fm.end()
            km = re.match(r"\s+(wounded|injured|dead|killed|missing)\b", text[end:])
            if km:
                np.head, np.category = km.group(1), "kind"
                np.detail = lex.kind_nouns.get(km.group(1), ("killed", ""))[0]
                np.head_start = end + km.start(1)
                np.end = np.ext_end = end + km.end()
            return np
    for word in np.modifiers.lower().split():
        info = lex.kind_nouns.get(word)
        if info and info[0] in ("killed", "wounded", "missing"):
            np.kind_adj = info[0]  # "107 injured people", "two missing soldiers"
        elif word in lex.words("capture_adjective") and np.category in ("person", "demonym"):
            np.kind_adj = "captured"  # "hundreds of surrendered government soldiers"
    _extend(text, np)
    return np


_EXT_OF_FORCES_RE = re.compile(  # (no verb inside: "soldiers in eastern Congo backing Kinshasa's forces")
    r"\s+(?:of|from|in)\s+(?:the\s+|its\s+|their\s+)?"
    # (nor another counted item: "members of the drug faction and one police officer were killed")
    r"(?:(?![\w'’\-]*ing\b|(?:when|while|after|before|as|where|which|who|that|since|until)\b|and\s+(?:\d|one\b))"
    r"[\w'’\-]+\s+){0,6}?"
    r"(?:armed forces|security forces|forces|army|military|navy|police|National Guard|Defence Forces|"
    r"Defense Forces)\b"
)
_EXT_OF_RE = re.compile(  # "fighters of the Volunteers for the Defence of the Homeland"
    r"\s+(?:of|from)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:[\w'’]+\s+)?[\w'’]+-(?:linked|backed|allied|affiliated|aligned)\s+)?"  # "the al Qaeda-linked ..."
    r"[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w'’\-]*)*"
)
_EXT_LOYAL_RE = re.compile(r"\s+loyal to\s+((?:[A-Z][\w'’\-]+\s*){1,4})")
_EXT_AND_RE = re.compile(r"\s+and\s+(?:other\s+|foreign\s+|international\s+)(?:[\w-]+\s+){0,2}?([a-z]+)\b")
_EXT_INCLUDING_RE = re.compile(r",?\s+including\s+([^.;]{0,80}?)(?:,\s+(?:were|had|have|are|was)\b|[.;]|$)")


def _extend(text: str, np: NounPhrase) -> None:
    """Attach "of Ukraine's armed forces", "loyal to Assad", "and foreign soldiers"."""
    lex = load()
    pos = np.end
    if np.category in ("person", "kind") and np.detail in (
        "member",
        "person",
        "other",
        "troop",
        "fighter",
        "captured",
    ):
        m = _EXT_OF_FORCES_RE.match(text, pos) or _EXT_OF_RE.match(text, pos)
        if m:
            np.extension = m.group(0)
            np.ext_end = m.end()
            return
    m = _EXT_LOYAL_RE.match(text, pos)
    if m:
        np.extension = m.group(0)
        np.ext_end = m.end()
        return
    m = _EXT_AND_RE.match(text, pos)
    if m and lex.noun_info(m.group(1))[0] == "person":
        np.extension = m.group(0)
        np.ext_end = m.end()
        return
    end = _coordinated_person_end(text, pos) if np.category == "person" else None
    if end is not None:  # "Fourteen soldiers and police officers also died": one count of both
        np.extension = text[pos:end]
        np.ext_end = end
        return
    m = _EXT_INCLUDING_RE.match(text, pos)
    if m:
        np.extension = m.group(0)


_AND_WORD_RE = re.compile(r"\s+(?:and|or)\s+")
_PLAIN_WORD_RE = re.compile(r"[a-z][a-z-]*\s+")


def _coordinated_person_end(text: str, pos: int) -> int | None:
    """End of an "and <people>" that shares the number before it ("soldiers and police
    officers", "soldiers and pro-government militiamen"), if no number or name intervenes."""
    lex = load()
    m = _AND_WORD_RE.match(text, pos)
    if not m:
        return None
    at = m.end()
    for _ in range(3):
        nm = lex.noun_re.match(text, at)
        if nm and (nm.end() >= len(text) or not text[nm.end()].isalnum()):
            return nm.end() if lex.noun_info(nm.group(0))[0] == "person" else None
        wm = _PLAIN_WORD_RE.match(text, at)
        word = wm.group(0).strip().lower() if wm else ""
        if (
            not wm
            or word in lex.cardinals
            or lex.number_word_re.match(text, at)
            or lex.vague_re.match(text, at)
        ):
            return None  # ("nine children and five women": a count of its own)
        if word in ("at", "about", "some", "more", "nearly", "around", "up", "another", "other"):
            return None
        at = wm.end()
    return None


def right_predicate(text: str, pos: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The verb right after a noun phrase ("have been killed", "were among those killed",
    "who had been stationed"), skipping auxiliaries, adverbs and one comma-delimited insertion."""
    rx = _predicate_re(pattern)
    return rx.match(text, pos)


_PRED_CACHE: dict[int, re.Pattern[str]] = {}
# a character of a comma-delimited insertion; a rank's full stop stays inside ("Cpl. Francisco Soria")
_INSERTED = r"(?:[^,;.]|(?-i:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3}))\.)"


def _predicate_re(pattern: re.Pattern[str]) -> re.Pattern[str]:
    key = id(pattern)
    rx = _PRED_CACHE.get(key)
    if rx is None:
        rx = re.compile(
            rf"(?:\s+more\b)?"  # "thousands more are missing"
            # an acronym after a name: "of the District Reserve Guard (DRG)"
            rf"(?:\s*\((?-i:[A-Z]{{2,8}})\))?"
            # one more person joined without a number: "Five soldiers and a coast guard member were
            # among the dead" (not "and a number of others were wounded")
            rf"(?:\s+and\s+(?:an?|one|another|his|her|their|its)(?:\s+(?!number\b|others?\b)[a-z][\w-]*){{1,3}}(?=\s+(?:were|had|have)\b))?"
            # the possessed name an "of" extension stopped short of: "Two commandos of the army's
            # Special Service Group were killed"
            rf"(?:['’]s(?:\s+(?-i:[A-Z][\w'’\-]*)){{1,4}}(?=\s+{_AUX}\b))?"
            # the head of a named group the noun phrase stopped short of:
            # "19 suspected members of the Sinaloa cartel had died"
            rf"(?:\s+(?:{load().alt('group_head')}|cartel|gang|army|party)(?=\s+{_AUX}\b))?"
            # one or two insertions: "one of its soldiers, Staff Sergeant X, 23, was killed"
            rf"(?:(?:\s*,{_INSERTED}{{1,120}}){{1,2}},)?"
            # an active relative clause: "Five police officers who fired on the truck ... were among",
            # "130 former FARC fighters who joined the peace process have been murdered"
            rf"(?:\s+(?:who|that|whose)\s+(?!(?:had|have|has|were|was|are|is)\b)[^,;.]{{1,120}}?(?=\s+(?:were|was|are|(?:have|has|had)\s+been)\s))?"
            # a passive relative clause: "1,500 French troops who had been stationed in Niger"
            rf"(?:\s+(?:who|that)\s+(?:(?:had|have|has)\s+been|were|was|are|is)(?=\s))?"
            # a reduced relative clause before the main verb: "seven captives held in the camp had been
            # killed", "three servicemen guarding the plant had been killed"
            # (not a verb of its own in a list: "five soldiers died in the fighting and 12 others were")
            rf"(?:\s+(?:(?!died\b)[a-z]+(?:ed|en)|(?!(?:being|saying|adding|telling|claiming|citing|noting|according)\b)[a-z]{{3,}}ing|held|kept|caught)\b"
            rf"(?:(?!\s(?:and|or|but|while|until|when|after|before|because|since|as|they|it|he|she|we)\s)"
            rf"[^,;.\d\"“”]){{0,80}}?"
            # (the main verb may follow an insertion: "600 people linked to the group, among them 243
            # fighters, had turned themselves in")
            rf"(?=(?:(?:\s*,{_INSERTED}{{1,120}}){{1,2}},)?\s+(?:had|have|has|were|was)\s))?"
            rf"(?:\s+(?:in|on|at|near|from|of)\s+(?:(?-i:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)|"
            rf"(?:the|a|an|this|that|its|their|his|her)(?:\s+(?!{_CONJ}\b)[\w'’\-]+){{1,2}}"
            # (and the name the phrase begins: "Two commandos of the army's Special Service Group were")
            rf"(?:\s+(?-i:[A-Z][\w'’\-]*)){{0,4}}))?"
            # an insertion after the place: "25 marines from a single battalion, the 3rd Battalion, 5th
            # Marines, were killed"
            rf"(?:(?:\s*,{_INSERTED}{{1,120}}){{1,2}},)?"
            rf"(?:\s+(?:the\s+)?(?:[\w'’\-]+\s+){{0,2}}?(?:says|say|said|believes|believe|believed|thinks))?"
            rf"(?:\s*\"?\s*{_AUX}\b)*\s*\"?\s*(?P<trigger>{pattern.pattern})",
            pattern.flags,
        )
        _PRED_CACHE[key] = rx
    return rx


_SYSTEM_VARIANT_RE = re.compile(r"\s+(?=[A-Z0-9-]*\d)[A-Z0-9-]+s?\b")  # "Leopard 2A4s", "Grad BM-21"
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
_NEW_PHRASE_RE = re.compile(
    r",\s+(?:in|during|after|with|as|when|while)\s+(?!.*\b(?:including|among|others)\b)"
)
_OTHER_OBJECT_RE = re.compile(r"\s+(?:power|control|the|a|an|its|their|his|her)\b")
_OWN_OBJECT_RE = re.compile(
    r"\s+(?:the|a|an|its|their|his|her)(?:\s+[\w-]+){0,2}\s*"
)  # "seized the remaining"


# a demonym standing alone for one person: "one Moroccan were killed", "one Briton and two Canadians"
SINGLE_NATIONAL_RE = re.compile(
    r"\s+([A-Z][a-z]+)(?=\s*(?:,|;|\.|\)|\band\b|\bor\b|\bwere\b|\bwas\b|\bhad\b|$))"
)


def _common_weapon_after(text: str, pos: int) -> bool:
    """A common weapon noun within three words after a named system: "Leopard 2A6 tanks"."""
    # (not past a preposition: "eight ATACMS at an ammunition depot")
    m = re.match(
        r"(?:\s+(?!(?:at|on|in|into|from|to|for|with|against|by|of|and|or)\b)[\w-]+){1,3}", text[pos:]
    )
    return bool(m) and any(w.lower() in load().weapons for w in m.group(0).split())


def left_trigger(text: str, lo: int, hi: int) -> tuple[str, str, int] | None:
    """The nearest kind trigger in text[lo:hi] (a verb like "killing", a noun like "death
    toll", or a troop noun like "personnel" measured by the number): (kind, action, pos)."""
    lex = load()
    # triggers inside a relative clause (", which deployed in 2023,") do not govern the number
    window = _RELCLAUSE_RE.sub(lambda m: " " * len(m.group(0)), text[lo:hi])
    # nor do words inside a dash parenthesis ("33 hostages — ... the sick and wounded — for 1,900")
    window = _DASH_ASIDE_RE.sub(lambda m: " " * len(m.group(0)), window)
    # nor does the relative clause of the list item before ("5,000 jihadists who surrendered and
    # 24,000 of their relatives": only the jihadists surrendered)
    window = _ITEM_RELCLAUSE_RE.sub(lambda m: " " * len(m.group(0)), window)
    best = None
    for m in lex.kind_trigger_re.finditer(window):
        kind, action = lex.kind_triggers[m.group(0).lower()]
        if (
            kind == "captured"
            and _PASSIVE_BEFORE_RE.search(window, 0, m.start())
            and _NEW_PHRASE_RE.search(window, m.end())
        ):
            # "Otoniel was captured in 2021 ..., in an operation involving more than 500 soldiers":
            # a passive capture took its subject, not a count further on
            continue
        if (
            kind == "captured"
            and _OTHER_OBJECT_RE.match(window, m.end())
            and not _OWN_OBJECT_RE.fullmatch(window, m.end())
        ):  # "the junta that seized power ... 5,100 troops", "seized the garrison ... thousands of
            # fighters": the verb took something else, not the people counted
            continue
        best = (kind, action, lo + m.start(), m.group(0))
    # a troop noun measured by the number: "the number of security personnel in Haiti to nearly 800"
    counted = _NUMBER_OF_RE.search(window)
    if counted and best is not None and best[2] >= lo + counted.end():
        # "The number of people killed in attacks on churches and police has risen to 22": the
        # trigger right after "number of" says what is counted, not a noun further on
        return best[0], best[1], best[2]
    if _MEASURE_TAIL_RE.search(window):
        for m in re.finditer(r"[A-Za-z]+", window):
            word = m.group(0).lower()
            info = lex.person_nouns.get(word)
            plural = word.endswith("s") or word in (
                "personnel",
                "police",
                "staff",
                "troop",
            )  # not "the commander"
            if info and info[0] == "troop" and plural and (best is None or lo + m.start() > best[2]):
                if pattern(_TROOP_MODIFIER_OF, re.I).match(window, m.end()):
                    continue  # "the death toll from a police raid has risen to 28": the raid's, not police
                best = ("troops", "deployed", lo + m.start(), m.group(0))
    if best is None:
        return None
    return best[0], best[1], best[2]


def left_partitive(text: str, start: int) -> bool:
    """ "among them 125 members", "including 30 children": a part of the previous total."""
    return bool(_LEFT_PARTITIVE_RE.search(text[max(0, start - 40) : start]))


def of_that_total(text: str, start: int) -> bool:
    """ "Of that number, 25,200 were killed": a part of the total the last sentence gave."""
    return bool(_OF_THAT_TOTAL_RE.search(text, max(0, start - 40), start))


def nonfigure_cue(text: str, lo: int, hi: int, np_end: int) -> str | None:
    """A displacement/training/population cue near the number ("displaced more than
    130,000", "is being trained", "a city of 1.8 million")."""
    lex = load()
    for m in lex.nonfigure_cue_re.finditer(text, max(0, lo - 30), lo):
        scope = lex.nonfigure_cues[m.group(0).lower()]
        # the cue must govern the number: nothing but an article between them
        if scope in ("near", "left") and re.fullmatch(r"\s*(?:(?:an?|the|some|to)\s+)?", text[m.end() : lo]):
            return m.group(0)
    pm = _predicate_re(lex.nonfigure_cue_re).match(text, np_end)
    noun = re.match(r"\s+([a-z]+)\b", text[pm.end() : pm.end() + 20]) if pm else None
    if noun and noun.group(1) in lex.person_nouns:
        pm = None  # "20 of the dead were displaced people from the camp": an adjective on a noun
    if pm and lex.nonfigure_cues.get(pm.group("trigger").lower()) in ("near", "right"):
        governed = re.search(rf"\b(?:{lex.kind_trigger_re.pattern})\s+$", text[max(0, lo - 40) : lo], re.I)
        # (not "kills dozens of Rohingya fleeing Maungdaw": the verb before counts them; but "sent
        # tens of thousands fleeing" sends no troops)
        if governed is None or lex.kind_triggers[governed.group(0).strip().lower()][0] == "troops":
            return pm.group("trigger")
    return None


_APPOSITIVE_PART_RE = re.compile(
    r",\s*(?:most|many|some|all|half|several|none|nearly all|almost all|mostly|among them|including)\b"
    r"[^,;.:]*(?=,)",
    re.IGNORECASE,
)
_SAID_INSERT_RE = re.compile(
    r",\s*(?:he|she|they|it|(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)\s+(?:said|says|added)\s*,\s*(?:as\s+well\s+as\s+)?"
)
_PLACE_PP_RE = re.compile(
    r"\s+(?:in|across|near|around|at|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*"
)


def clean_gap(gap: str) -> str:
    """The words between two noun phrases without a place ("in Lebanon") or an appositive part
    (", most of them civilians,"), so "1,200 people in Lebanon, most of them civilians, and 158
    Israelis" reads as a list."""
    gap = _SAID_INSERT_RE.sub(",", gap)  # "13 children, he said, as well as five doctors"
    return _PLACE_PP_RE.sub("", _APPOSITIVE_PART_RE.sub("", gap))


_VERBISH_RE = re.compile(
    r"\b(?:had|have|has|were|was|is|are|been|be|will|would|said|says|told|\w+ed|\w+ing)\b", re.IGNORECASE
)


def np_coordination(gap: str) -> bool:
    """Two noun phrases joined without a verb between them: "137 fighters from HTS and
    allied factions and 65 members of the army" — the second shares the first's predicate."""
    # ("killed 30 people on Monday and another 12 on Tuesday", "and a record 1,814 in 2019")
    gap = re.sub(r"\s(?:another|a\s+further|an\s+additional|a\s+record)\s*$", " ", clean_gap(gap))
    if re.search(r"[;:.]", gap) or not re.search(r"(?:\band|,)\s*$", gap):
        return False
    words = re.sub(r"\([^)]*\)", " ", gap).split()
    if len(words) > 5:
        return False
    return not any(
        _VERBISH_RE.fullmatch(w.strip(",")) and w.strip(",").lower() not in load().words("adjectival_ed")
        for w in words
    )
