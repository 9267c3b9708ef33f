"""Reference data (seeds/reference/*.csv) loaded once and compiled into lookups and regexes.

Why: every rule in the extractor is general linguistics plus *data* — which words are
demonyms, which nouns count people or weapons, which phrases bound a number. Keeping the
words in CSV lets analysts extend coverage without touching code, and compiling them once
keeps extraction fast.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from casualty_tracker.paths import REFERENCE_DIR


def _rows(name: str, directory: Path | None = None) -> list[dict[str, str]]:
    path = (directory or REFERENCE_DIR) / name
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def alternation(phrases: list[str], *, flags: int = 0) -> re.Pattern[str]:
    """A regex matching any phrase (longest first) on word boundaries."""
    parts = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not parts:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(p) for p in parts)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", flags)


@dataclass(frozen=True, slots=True)
class PartyInfo:
    name: str
    type: str  # state | group | alliance
    demonym: str
    plural: str
    short: str
    institution: str = ""  # the word before its army, military, police when not the demonym: "Pakistan"


@dataclass(frozen=True, slots=True)
class PartyAlias:
    alias: str
    party: str
    role: str  # name | demonym | plural | capital | place | leader | group
    requires: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClaimantAlias:
    alias: str
    canonical: str
    country: str
    requires: tuple[str, ...]


@dataclass(slots=True)
class Lexicon:
    parties: dict[str, PartyInfo] = field(default_factory=dict)
    party_aliases: dict[str, PartyAlias] = field(default_factory=dict)
    party_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    # an alias may name different bodies in different wars ("UN peacekeeping mission"): each
    # row's `requires` words say where it applies
    claimant_aliases: dict[str, tuple[ClaimantAlias, ...]] = field(default_factory=dict)
    claimant_alias_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    claimant_forms: dict[str, tuple[str, str]] = field(
        default_factory=dict
    )  # body -> its country's form (demonym or name) after "X's" and when the text leaves it out
    spellings: dict[str, str] = field(default_factory=dict)  # one spelling per body: "Defense" -> "Defence"
    outlets: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    title_roles: dict[str, str] = field(default_factory=dict)  # "Gen." -> "general"
    abbreviations: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    month_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    vague: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    vague_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    number_words: dict[str, int] = field(default_factory=dict)
    number_word_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    cardinals: dict[str, int] = field(default_factory=dict)
    cardinal_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]  # any number word
    qualifiers_before: dict[str, str] = field(default_factory=dict)
    qualifier_before_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    qualifiers_after: dict[str, str] = field(default_factory=dict)
    kind_triggers: dict[str, tuple[str, str]] = field(default_factory=dict)
    kind_trigger_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    weapon_actions: dict[str, str] = field(default_factory=dict)
    weapon_action_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    weapon_action_verbs: set[str] = field(default_factory=set)
    weapons: dict[str, str] = field(default_factory=dict)  # surface (lower) -> singular
    weapon_categories: dict[str, str] = field(default_factory=dict)  # singular -> munition, armour, ...
    weapon_systems: dict[str, str] = field(default_factory=dict)  # "Tomahawks" -> "Tomahawk"
    person_nouns: dict[str, tuple[str, str]] = field(default_factory=dict)  # noun -> (class, population)
    kind_nouns: dict[str, tuple[str, str]] = field(default_factory=dict)  # noun -> (kind, population)
    nonfigure_nouns: dict[str, str] = field(default_factory=dict)
    noun_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    nonfigure_cues: dict[str, str] = field(default_factory=dict)
    nonfigure_cue_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    speech_verbs: dict[str, str] = field(default_factory=dict)
    speech_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    conduit_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    agent_verb_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    person_roles: frozenset[str] = frozenset()
    group_words: frozenset[str] = frozenset()
    group_bases: dict[str, str] = field(default_factory=dict)  # armed group -> the country it is based in
    home_groups: frozenset[str] = frozenset()  # groups on their home country's side (not insurgents)
    # peacekeeping missions and blocs -> (organisation, whether the name needs a force word beside it)
    missions: dict[str, tuple[str, bool]] = field(default_factory=dict)
    mission_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    prefilter_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]
    # a word a sentence needs before any of its numbers can be a figure (skips quantulum3)
    figure_cue_re: re.Pattern[str] = field(default=None)  # type: ignore[assignment]

    def words(self, name: str) -> tuple[str, ...]:
        """A named word list from word_lists.csv (empty if the list is missing)."""
        return self.lists.get(name, ())

    def alt(self, name: str) -> str:
        """A regex alternation (longest first, escaped) of a named word list."""
        items = sorted(self.words(name), key=len, reverse=True)
        return "|".join(re.escape(w) for w in items) or "(?!x)x"

    def claimant_alias(self, alias: str, context: str) -> ClaimantAlias | None:
        """The body an alias names in an article: the first row whose required words it has."""
        for ca in self.claimant_aliases.get(alias, ()):
            if applies(ca.requires, context):
                return ca
        return None

    def party(self, name: str | None) -> PartyInfo | None:
        return self.parties.get(name or "")

    def noun_info(self, surface: str) -> tuple[str, str, str | None]:
        """(category, detail, population) for a matched counted noun, category in
        weapon | kind | person | nonfigure | demonym."""
        low = surface.lower()
        if surface in self.party_aliases and self.party_aliases[surface].role == "plural":
            # a people that is also a person noun keeps its population: "dozens of Rohingya" are civilians
            pop = self.person_nouns[low][1] if low in self.person_nouns else None
            return ("demonym", self.party_aliases[surface].party, pop or None)
        if low in self.nonfigure_nouns:
            return ("nonfigure", self.nonfigure_nouns[low], None)
        if surface in self.kind_nouns or low in self.kind_nouns:
            kind, pop = self.kind_nouns.get(surface) or self.kind_nouns[low]
            return ("kind", kind, pop or None)
        if low in self.person_nouns:
            cls, pop = self.person_nouns[low]
            return ("person", cls, pop or None)
        if surface in self.weapons or low in self.weapons:
            return ("weapon", self.weapons.get(surface) or self.weapons[low], None)
        if surface in self.weapon_systems:
            return ("weapon", self.weapon_systems[surface], None)
        return ("", "", None)


@lru_cache(maxsize=256)
def pattern(template: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a regex whose <<…>> slots name word lists filled from word_lists.csv (cached).

    Keeps the grammar (the regex) in code and the words in reference data."""
    lex = load()
    body = re.sub(r"<<(\w+)>>", lambda m: f"(?:{lex.alt(m.group(1))})", template)
    return re.compile(body, flags)


def applies(requires: tuple[str, ...], context: str) -> bool:
    """Whether an alias row applies in an article: one of its required words is there (if it
    names any), and none of its "!"-marked words ("!Israeli military": where the article calls
    the body so, the row naming it otherwise stands aside)."""
    wanted = [r for r in requires if not r.startswith("!")]
    if any(r[1:] in context for r in requires if r.startswith("!")):
        return False
    return not wanted or any(r in context for r in wanted)


def _split_requires(value: str) -> tuple[str, ...]:
    return tuple(x for x in value.split("|") if x) if value else ()


@lru_cache(maxsize=4)
def load(directory: str | None = None) -> Lexicon:
    """Load and compile all reference CSVs (cached: call freely)."""
    d = Path(directory) if directory else None
    lex = Lexicon()
    for r in _rows("parties.csv", d):
        info = PartyInfo(
            r["party"],
            r["type"],
            r["demonym"],
            r["plural"],
            r["short"] or r["party"],
            r.get("institution") or "",
        )
        lex.parties[info.name] = info
    aliases: dict[str, PartyAlias] = {}
    for info in lex.parties.values():
        aliases.setdefault(info.name, PartyAlias(info.name, info.name, "name", ()))
        if info.demonym:
            aliases.setdefault(info.demonym, PartyAlias(info.demonym, info.name, "demonym", ()))
        if info.plural:
            aliases[info.plural] = PartyAlias(info.plural, info.name, "plural", ())
    for r in _rows("party_aliases.csv", d):
        aliases[r["alias"]] = PartyAlias(r["alias"], r["party"], r["role"], _split_requires(r["requires"]))
        if r["alias"].startswith("the "):  # sentence-initial "The Kremlin"
            cap = "T" + r["alias"][1:]
            aliases[cap] = PartyAlias(cap, r["party"], r["role"], _split_requires(r["requires"]))
        if r["role"] == "place" and r["alias"].endswith(" State"):  # papers print "Niger state" too
            low = r["alias"][: -len("State")] + "state"
            aliases.setdefault(low, PartyAlias(low, r["party"], r["role"], _split_requires(r["requires"])))
    lex.party_aliases = aliases
    # case-sensitive: "US" is not "us"; possessive 's handled by callers
    lex.party_re = alternation(list(aliases))

    for r in _rows("claimant_aliases.csv", d):
        for alias in {r["alias"], "T" + r["alias"][1:] if r["alias"].startswith("the ") else r["alias"]}:
            row = ClaimantAlias(alias, r["canonical"], r["country"], _split_requires(r["requires"]))
            lex.claimant_aliases[alias] = (*lex.claimant_aliases.get(alias, ()), row)
    lex.claimant_alias_re = alternation(list(lex.claimant_aliases))
    lex.claimant_forms = {
        r["org"].lower(): (r["possessive"], r["bare"]) for r in _rows("claimant_forms.csv", d)
    }
    lex.spellings = {r["variant"]: r["canonical"] for r in _rows("spellings.csv", d)}
    lex.outlets = frozenset(r["outlet"] for r in _rows("outlets.csv", d))
    lex.missions = {
        r["name"]: (r["organisation"], r["needs_force_word"] == "yes") for r in _rows("missions.csv", d)
    }
    lex.mission_re = alternation(list(lex.missions))
    title_rows = _rows("titles.csv", d)
    lex.titles = frozenset(r["word"] for r in title_rows)
    lex.title_roles = {r["word"]: r["role"] for r in title_rows if r["role"]}
    lex.abbreviations = frozenset(r["abbrev"] for r in _rows("abbreviations.csv", d))
    lex.months = frozenset(r["month"] for r in _rows("months.csv", d))
    lex.month_re = alternation(sorted(lex.months))

    for r in _rows("vague_amounts.csv", d):
        lex.vague[r["phrase"].lower()] = (int(r["low"]), int(r["high"]) if r["high"] else None)
    lex.vague_re = alternation(list(lex.vague), flags=re.IGNORECASE)
    all_words = _rows("number_words.csv", d)
    lex.number_words = {r["word"].lower(): int(r["value"]) for r in all_words if r["mention"] == "yes"}
    lex.number_word_re = alternation(list(lex.number_words), flags=re.IGNORECASE)
    lex.cardinals = {r["word"].lower(): int(r["value"]) for r in all_words}
    lex.cardinal_re = alternation(list(lex.cardinals), flags=re.IGNORECASE)

    for r in _rows("qualifiers.csv", d):
        target = lex.qualifiers_before if r["position"] == "before" else lex.qualifiers_after
        target[r["phrase"].lower()] = r["qualifier"]
    # a qualifier phrase that ends right before the number (allowing "of" and quotes)
    body = "|".join(re.escape(p) for p in sorted(lex.qualifiers_before, key=len, reverse=True))
    lex.qualifier_before_re = re.compile(rf"(?<![\w-])({body})\s*[\"“]?\s*$", re.IGNORECASE)

    for r in _rows("kind_triggers.csv", d):
        lex.kind_triggers[r["phrase"].lower()] = (r["kind"], r["action"])
    lex.kind_trigger_re = alternation(list(lex.kind_triggers), flags=re.IGNORECASE)
    for r in _rows("weapon_actions.csv", d):
        lex.weapon_actions[r["phrase"].lower()] = r["action"]
        if r.get("pos") == "verb":
            lex.weapon_action_verbs.add(r["phrase"].lower())
    lex.weapon_action_re = alternation(list(lex.weapon_actions), flags=re.IGNORECASE)

    for r in _rows("weapons.csv", d):
        lex.weapons[r["singular"].lower()] = r["singular"]
        lex.weapons[r["plural"].lower()] = r["singular"]
        # acronyms keep their case too
        lex.weapons[r["singular"]] = r["singular"]
        lex.weapons[r["plural"]] = r["singular"]
        lex.weapon_categories[r["singular"]] = r["category"]
    for r in _rows("weapon_systems.csv", d):  # named systems, matched by their capitals: "59 Tomahawks"
        lex.weapon_systems[r["name"]] = r["name"]
        lex.weapon_systems[r["plural"]] = r["name"]
        lex.weapon_categories[r["name"]] = r["category"]
    for r in _rows("person_nouns.csv", d):
        lex.person_nouns[r["noun"].lower()] = (r["class"], r["population"])
    for r in _rows("kind_nouns.csv", d):
        lex.kind_nouns[r["noun"]] = (r["kind"], r["population"])
        lex.kind_nouns[r["noun"].lower()] = (r["kind"], r["population"])
    for r in _rows("nonfigure_nouns.csv", d):
        lex.nonfigure_nouns[r["noun"].lower()] = r["category"]
    nouns = list(lex.weapons) + list(lex.person_nouns) + list(lex.kind_nouns) + list(lex.nonfigure_nouns)
    lower_nouns = sorted({n.lower() for n in nouns} | {n for n in nouns}, key=len, reverse=True)
    plurals = sorted((a for a, pa in aliases.items() if pa.role == "plural"), key=len, reverse=True)
    body = "|".join(re.escape(n) for n in lower_nouns)
    pbody = "|".join(re.escape(n) for n in plurals)
    sbody = "|".join(re.escape(n) for n in sorted(lex.weapon_systems, key=len, reverse=True))
    # demonym plurals and named systems are case-sensitive; common nouns are matched case-insensitively
    lex.noun_re = re.compile(rf"(?:(?P<plural>{pbody})|(?P<system>{sbody})|(?i:(?P<noun>{body})))(?![\w-])")

    for r in _rows("nonfigure_cues.csv", d):
        lex.nonfigure_cues[r["cue"].lower()] = r["scope"]
    lex.nonfigure_cue_re = alternation(list(lex.nonfigure_cues), flags=re.IGNORECASE)
    for r in _rows("speech_verbs.csv", d):
        lex.speech_verbs[r["verb"].lower()] = r["type"]
    lex.speech_re = alternation(list(lex.speech_verbs))
    lists: dict[str, list[str]] = {}
    for r in _rows("word_lists.csv", d):
        lists.setdefault(r["list"], []).append(r["word"])
    lex.lists = {k: tuple(v) for k, v in lists.items()}
    lex.person_roles = frozenset(r["role"].lower() for r in _rows("person_roles.csv", d))
    lex.group_words = frozenset(r["word"] for r in _rows("group_words.csv", d))
    bases = _rows("group_bases.csv", d)
    lex.group_bases = {r["group"]: r["base"] for r in bases}
    lex.home_groups = frozenset(r["group"] for r in bases if r.get("stance") == "home")
    lex.agent_verb_re = alternation([r["verb"] for r in _rows("agent_verbs.csv", d)], flags=re.IGNORECASE)
    lex.conduit_re = alternation([r["noun"] for r in _rows("conduit_nouns.csv", d)], flags=re.IGNORECASE)

    words = list(lex.vague) + list(lex.cardinals)
    lex.prefilter_re = re.compile(r"\d|" + alternation(words, flags=re.IGNORECASE).pattern, re.IGNORECASE)
    cue_words = [r["phrase"] for r in _rows("kind_triggers.csv", d)]
    cue_words += [r["noun"] for r in _rows("kind_nouns.csv", d)] + [
        r["noun"] for r in _rows("person_nouns.csv", d)
    ]
    cue_words += [r["phrase"] for r in _rows("weapon_actions.csv", d)]
    cue_words += [w for r in _rows("weapons.csv", d) for w in (r["singular"], r["plural"])]
    cue_words += list(lex.weapon_systems)
    cue_words += [r["plural"] for r in _rows("parties.csv", d) if r.get("plural")]
    stems = sorted({r["stem"] for r in _rows("figure_cues.csv", d)}, key=len, reverse=True)
    lex.figure_cue_re = re.compile(
        alternation(cue_words, flags=re.IGNORECASE).pattern
        + r"|(?<![\w-])(?:"
        + "|".join(re.escape(x) for x in stems)
        + r")|\d\s?-?(?:mm|millimet)|\d-strong\b",  # calibres; "a 13,000-strong mission"
        re.IGNORECASE,
    )
    return lex
