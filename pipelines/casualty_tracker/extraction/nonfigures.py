"""Numbers that are never figures: dates, years, times, ages, ordinals, fractions, money,
percentages, measures, model and unit designators, ratios.

Why: quantulum3 returns every number; a news article is mostly dates, ages, money and
designators like "T-90", "Su-30", "Il-76" or "the 47th Brigade". These are rejected on
the mention's own shape and its immediate context, before any kind is guessed.
"""

from __future__ import annotations

import re

from .kinds import force_strength
from .lexicon import load, pattern
from .model import Mention
from .parties import outlet_spans, surname_before

_ORDINAL_AFTER_RE = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_ORDINAL_WORD_RE = re.compile(
    r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|\w+tieth|"
    r"hundredth|thousandth|millionth)$",
    re.IGNORECASE,
)
_TIME_BEFORE_RE = re.compile(r"\d[:.]$")
_TIME_AFTER_RE = re.compile(
    r"^(?::\d|\s*(?:a\.?m\b|p\.?m\b|GMT\b|UTC\b|hrs\b|local time\b|o'clock\b))", re.IGNORECASE
)
_AGE_AFTER_RE = re.compile(r"^(?:-|\s)(?:year|month|week|day)s?(?:-|\s)old\b", re.IGNORECASE)
_AGE_BEFORE_RE = re.compile(
    # ("aged 16 and 17", "aged between 16 and 17": the later ages of a list too)
    r"(?:\b(?:aged|age of|ages of)(?:\s+between)?(?:\s+\d+\s*(?:,|and|or|to|-|–))*|"
    r"\b(?:those|people|men|women|children|anyone|boys|girls)\s+(?:under|over|above|below))\s*$",
    re.IGNORECASE,
)
_NAME_AGE_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]+,\s*$")
_NAME_AGE_AFTER_RE = re.compile(r"^\s*(?:,|\)|$|\.|;)")
_DESIGNATOR_BEFORE_RE = re.compile(r"[A-Za-z]-?$|[A-Za-z]-\s?$")
_DESIGNATOR_AFTER_RE = re.compile(r"^[A-Za-z]{1,3}\b(?<!mm)")
_HYPHEN_COMPOUND_RE = re.compile(r"^-([A-Za-z]+)")
# a unit named with a cardinal: capitalised words up to the unit's head, and no counted noun after it
_UNIT_NAME_AFTER = r"^\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:<<designator_noun>>|Forces|Commando)\b(?!\s+[a-z]+s\b)"
_RATIO_BEFORE_RE = re.compile(
    r"\b(?:one|1)\s+(?:in|out of)\s+(?:every\s+)?$|\bin every\s+$|\bout of\s+$", re.IGNORECASE
)
_PERCENT_AFTER_RE = re.compile(r"^\s*(?:%|per ?cent\b|percent\b|percentage\b)", re.IGNORECASE)
_MONEY_BEFORE_RE = re.compile(r"(?:[$€£¥₴₽]|\bUS\$|\bUSD|\bEUR)\s*$")
_YEAR_CONTEXT_RE = re.compile(
    r"(?:\bin|\bsince|\bof|\bby|\buntil|\bfrom|\bbefore|\bafter|\bearly|\blate|\bmid|\bsummer|\bwinter|"
    r"\bspring|\bautumn|\bfall|\byear|\bend of|\bthrough|\bbetween|\band|–|-|,)\s*$",
    re.IGNORECASE,
)
_COUNT_UNITS = {"dimensionless"}


def reject_reason(text: str, start: int, end: int, mention: Mention) -> str | None:
    """Why the mention at text[start:end] is not a figure, or None if it may be one.

    `text` is the sentence (or title); offsets are relative to it."""
    lex = load()
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    surface = mention.surface
    if mention.caliber_mm is not None:
        return None
    if mention.unit not in _COUNT_UNITS:
        return f"unit:{mention.unit}"
    if _PERCENT_AFTER_RE.match(after):
        return "percentage"
    # ("$400 million", "50 million naira", "millions of naira")
    if _MONEY_BEFORE_RE.search(before) or pattern(r"^\s*(?:of\s+)?<<currency_word>>\b", re.IGNORECASE).match(
        after
    ):
        return "money"
    if mention.qualifier == "vague":
        return None
    if (
        not mention.in_title
        and surface[:1].isupper()
        and re.search(r"[\w,;]\s+$", before)
        and re.match(r"\s+[A-Z][a-z]", after)
    ):
        return "name"  # "the Three Brotherhood Alliance": a capitalised number word inside a name
    if re.fullmatch(
        r"(?:between\s+|from\s+)?(?:1[89]|20)\d\d\s*(?:-|–|to|and)\s*(?:1[89]|20)?\d\d", surface.strip(), re.I
    ):
        return "year"  # "the 1975-1990 civil war", "between 1985 and 2018"
    value = mention.value if mention.value is not None else mention.low
    if value is None:
        return "no value"
    if value < 1 or (mention.qualifier != "range" and value != int(value)):
        return "fraction"
    if _ORDINAL_AFTER_RE.match(after) or _ORDINAL_WORD_RE.match(surface.strip()):
        return "ordinal"
    if _TIME_BEFORE_RE.search(before) or _TIME_AFTER_RE.match(after):
        return "time"
    if _AGE_AFTER_RE.match(after) or _AGE_BEFORE_RE.search(before):
        return "age"
    if value < 120 and _NAME_AGE_BEFORE_RE.search(before) and _NAME_AGE_AFTER_RE.match(after):
        word = re.search(r"([A-Z][\w'’.-]+),\s*$", before)
        pa = lex.party_aliases.get(word.group(1)) if word else None
        if word and (
            pa is None or pa.role == "leader" or surname_before(before[: word.start()], word.group(1))
        ):
            return "age"  # "Ibrahim Traoré, 36,", "Amadou Togo, 64," (but not "Gaza, 12", "In Gaza, 12")
    if _is_date(before, after, lex, surface) or lex.month_re.search(surface):
        return "date"  # (and a range of days read as one number: "between June 13 and 21")
    if (re.fullmatch(r"(?:1[89]|20|21)\d\d", surface.strip()) and _YEAR_CONTEXT_RE.search(before)) or (
        re.fullmatch(r"(?:19|20)\d\d", surface.strip()) and not lex.noun_re.match(after.lstrip())
    ):
        return "year"
    if _DESIGNATOR_BEFORE_RE.search(before) and not before.endswith(" "):
        return "designator"
    if pattern(r"\b<<designator_noun>>(?:\s+[A-Z][\w'’-]*){0,2}\s+$").search(before):
        return "designator"  # "Operation 1027", "Resolution 2334", "Flight 752", "Operation Claw-Eagle 2"
    if _DESIGNATOR_AFTER_RE.match(after) and surface[-1:].isdigit():
        return "designator"
    if (
        surface.strip().isdigit()
        and re.search(r"\bthe\s+$", before)
        and pattern(_UNIT_NAME_AFTER).match(after)
    ):
        return "designator"  # "commandos of the 21 Para Special Forces", "the 3 Commando Brigade"
    if _model_number(before, after, value, lex, surface):
        return "designator"
    if any(s <= start and end <= e for s, e in outlet_spans(text)):
        return "designator"  # "told France 24": a number in an outlet's name
    hm = _HYPHEN_COMPOUND_RE.match(after)
    if (
        hm
        and hm.group(1).lower() != "plus"
        and not force_strength(after, 0)
        and lex.noun_info(hm.group(1))[0] != "weapon"
    ):
        return "compound"
    if _RATIO_BEFORE_RE.search(before):
        return "ratio"
    if re.match(r"^\s+(?:more|fewer|less|higher|lower)\s+than\b", after, re.IGNORECASE):
        return "difference"  # "1,000 more than the year before"
    return None


def _is_date(before: str, after: str, lex, surface: str = "") -> bool:
    # "January 24", "Feb. 24", "December 14 and 15", "24 February 2022", "the 5th of May"
    if re.search(rf"(?:{lex.month_re.pattern})\s*$", before):
        return True
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    days = rf"(?:{lex.month_re.pattern})\s+{day}(?:\s*(?:,|and|to|-|–)\s*{day})*"
    # (a day in a list is digits: "on June 23 and one police officer succumbed" counts a man)
    if not re.match(r"\s*[A-Za-z]", surface) and re.search(rf"{days}\s*(?:and|to|-|–)\s*$", before):
        return True
    if re.search(rf"{days}\s*,\s*$", before):
        # "December 14, 15 and 16" is a list of days; "On May 29, 14 servicemen were killed" is not
        return bool(re.match(r"^\s*(?:,|and\b|or\b|to\b|-|–)\s*\d", after))
    return bool(re.match(rf"^\s*(?:of\s+)?(?:{lex.month_re.pattern})", after))


_MODEL_WORD_BEFORE_RE = re.compile(r"(?<=[\w,;] )([A-Z][a-z]+) $")


def _model_number(before: str, after: str, value: float, lex, surface: str = "") -> bool:
    """ "Leopard 2 tanks", "Mirage 2000 jets": a number after a capitalised name (not a party,
    day, month or qualifier) and before a weapon noun is part of the model; a count that large
    would be written with a thousands comma."""
    m = _MODEL_WORD_BEFORE_RE.search(before)
    if (
        m
        and m.group(1) in lex.weapon_systems
        and not after.lstrip().startswith(lex.weapon_systems[m.group(1)])
    ):
        return True  # "an Elbit Hermes 900 being hit", "Leopard 2": a named system's model number
    if not m or (value >= 100 and not re.fullmatch(r"\d{3,4}", surface.strip())):
        return False
    word = m.group(1)
    if word in lex.party_aliases or word in lex.months or word.lower() in lex.qualifiers_before:
        return False
    if word.lower() in lex.cardinals or word.lower() in lex.words("weekday"):
        return False
    nm = lex.noun_re.match(after.lstrip())
    return bool(nm) and lex.noun_info(nm.group(0))[0] == "weapon"
