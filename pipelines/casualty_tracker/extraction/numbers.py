"""Numbers in a sentence: quantulum3's quantities, repaired, plus the lexicon's vague amounts.

Why: quantulum3 is the number finder, but news prose needs fixes around it — it misses
vague amounts ("several thousand", "hundreds of"), reads "a dozen" as one dozen, merges
"18 155mm" into 18155 mm, splits "two or three" into two numbers, drops "one" and
sometimes a trailing "million". Only sentences that can hold a number are parsed, one
sentence at a time, which is both faster and keeps offsets local.
"""

from __future__ import annotations

import logging
import re
import warnings

from .kinds import DESIGNATION, SINGLE_NATIONAL_RE
from .lexicon import load
from .model import Mention
from .sentences import Sentence

_parser = None

_SCALE = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SCALE_AFTER_RE = re.compile(r"\s+(thousand|million|billion)\b", re.IGNORECASE)
_DIGITS_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_MERGED_CALIBRE_RE = re.compile(r"^(\d[\d,]*)\s+(\d{2,3}(?:\.\d+)?)(\s*-?\s*mm)$", re.IGNORECASE)
_WEIGHT_UNIT = r"(?:pound|kilogram|kg|lb|tonne|ton)"
WEIGHT_MODIFIER_RE = re.compile(rf"\d[\d,]*(?:\.\d+)?-(?:pounder|{_WEIGHT_UNIT})\b", re.I)
_WORD_BEFORE_MEASURE_RE = re.compile(
    rf"(?<![\w-])([A-Za-z]+(?:-[a-z]+)?)\s+(?=\d[\d,]*(?:\.\d+)?(?:\s?-?\s?mm\b|-millimet|-{_WEIGHT_UNIT}\b))"
)
_LEADING_NUMBER_RE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)")
_CALIBRE_RE = re.compile(r"(?<![\w.])(\d{2,3}(?:\.\d+)?)(\s?-?\s?mm|-millimet(?:re|er))\b", re.IGNORECASE)
_RANGE_SPLIT_RE = re.compile(
    r"^(?:between\s+|from\s+)?(.+?)\s*(?:\bto\b|\band\b|-|–|—)\s*(.+)$", re.IGNORECASE
)
_INCH_CALIBRE_RE = re.compile(r"(?<![\w.])\.(\d{2,3})[- ]?calib(?:er|re)\b", re.IGNORECASE)
_GROUPED_RE = re.compile(r"(?<![\w.,$€£])\d{1,3}(?:,\d{3})+(?![\w,]|\.\d)")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_OR_GAP_RE = re.compile(r"^\s+or\s+$")
_TO_GAP_RE = re.compile(r"^\s*(?:to|-|–)\s*$")
_ONE_OK_RE = re.compile(
    r"\s+of\s+(?:its|their|his|her|our|the|them|those|these)\b(?!\s+\w+est\b|\s+most\b)|"
    # "five soldiers were wounded, one of whom lost a leg" (not "one of whom was identified as ...")
    r"\s+of\s+whom\s+(?:\w+\s+){0,3}?(?:killed|wounded|injured|hurt|lost|died|dead|captured|missing)\b|"
    # "four soldiers were killed and one was wounded", "one was still missing"
    r"\s+(?:was|is|had\s+been|has\s+been|remains|remained)\s+(?:still\s+|also\s+|later\s+)?"
    r"(?:wounded|injured|hurt|killed|missing|captured|dead|taken\s+prisoner)\b|"
    # "Five died at the scene, while one later succumbed to his wounds"
    r"\s+(?:later\s+|also\s+|subsequently\s+)?(?:died|succumbed)\b"
)
# a ranking: "one of the largest", "one of the states worst hit"
_ONE_BAD_RE = re.compile(
    r"\s+of\s+the\s+(?:\w+est|most|few|first|last|main|biggest|worst)\b|"
    r"\s+of\s+the\s+[\w-]+\s+(?:worst|best|most|least|hardest|deadliest|largest|biggest)\b",
    re.IGNORECASE,
)


def _quantulum():
    global _parser
    if _parser is None:
        warnings.filterwarnings("ignore", module=r"quantulum3.*")
        logging.getLogger("quantulum3").setLevel(logging.ERROR)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser

        _parser = parser
    return _parser


def warm_up() -> None:
    """Load quantulum3's data now (its first call takes over a second)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _quantulum().parse("5 soldiers")


def parse_number(text: str) -> float | None:
    """A number written in digits or words ("2,750", "1.2 million", "two hundred and seven")."""
    text = text.strip().strip("\"“”'").strip()
    if not text:
        return None
    lex = load()
    m = _DIGITS_RE.match(text)
    if m:
        try:
            value = float(m.group(0).replace(",", ""))
        except ValueError:
            return None
        rest = text[m.end() :].strip().lower()
        if rest in _SCALE:
            value *= _SCALE[rest]
        return value
    words = re.findall(r"[a-z]+", text.lower().replace("-", " "))
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w in ("and", "a"):
            if w == "a":
                current = current or 1
            continue
        v = lex.cardinals.get(w)
        if v is None:
            return None
        seen = True
        if v == 100:
            current = (current or 1) * 100
        elif v >= 1000:
            total += (current or 1) * v
            current = 0
        else:
            current += v
    return total + current if seen else None


def _mention(sent: Sentence, start: int, end: int, value, unit: str, source: str, **kw) -> Mention:
    return Mention(
        surface=sent.text[start:end],
        value=value,
        unit=unit,
        char_start=sent.start + start,
        char_end=sent.start + end,
        in_title=sent.in_title,
        source=source,
        **kw,
    )


def _from_quantity(sent: Sentence, q) -> list[Mention]:
    text = sent.text
    start, end = q.span
    start, end = max(0, start), min(len(text), end)  # quantulum3 reports -1 for a sentence-initial "Between"
    surface = text[start:end]
    if not surface.strip():
        return []
    unit = getattr(q.unit, "name", "dimensionless") or "dimensionless"
    entity = getattr(getattr(q.unit, "entity", None), "name", "") or ""
    value = q.value
    if unit == "millimetre":
        m = _MERGED_CALIBRE_RE.match(surface)
        if m:  # "18 155mm" -> count 18 + calibre 155
            count_end = start + len(m.group(1))
            cal_start = start + m.start(2)
            return [
                _mention(sent, start, count_end, parse_number(m.group(1)), "dimensionless", "quantulum3"),
                _mention(
                    sent, cal_start, end, None, "millimetre", "quantulum3", caliber_mm=float(m.group(2))
                ),
            ]
        return [_mention(sent, start, end, None, "millimetre", "quantulum3", caliber_mm=float(value))]
    mm = re.fullmatch(r"(\d+(?:\.\d+)?)\s?(m|bn)", surface)
    if unit in ("metre", "billion", "dimensionless") and mm and re.match(r"\s+[a-z]", text[end:]):
        scale = 1_000_000 if mm.group(2) == "m" else 1_000_000_000
        return [_mention(sent, start, end, float(mm.group(1)) * scale, "dimensionless", "quantulum3")]
    if unit == "dozen":
        return [_mention(sent, start, end, float(value) * 12, "dimensionless", "quantulum3")]
    joined = re.fullmatch(r"(\d[\d,]*)(\s+and\s+)([A-Za-z-]+)", surface) if unit == "dimensionless" else None
    word_value = parse_number(joined.group(3)) if joined else None
    if word_value is not None:
        # "on June 23 and one police officer succumbed": quantulum3 adds a date's day to the next
        # count (24); digits joined to a number word by "and" are two numbers
        second = start + joined.end(2)
        return [
            _mention(
                sent, start, start + len(joined.group(1)), parse_number(joined.group(1)), unit, "quantulum3"
            ),
            _mention(sent, second, end, word_value, unit, "quantulum3"),
        ]
    if (
        entity == "unknown"
        or unit == "set"
        or " to the " in unit
        or unit.startswith("per ")
        or _word_unit(text, surface, end)
    ):
        # "200 M113" or "11 Mi-17": quantulum read a model name as a unit; keep the count
        # ("7,600 pieces of heavy weaponry": "pieces" is a set, the noun phrase says of what)
        count = _leading_count(surface)
        if count is None:
            return []
        length, number = count
        return [_mention(sent, start, start + length, number, "dimensionless", "quantulum3")]
    low = high = None
    qualifier = None
    if unit == "dimensionless":
        rm = _RANGE_SPLIT_RE.match(surface)
        if rm and (" to " in surface or surface.lower().startswith("between") or "-" in surface[1:]):
            a, b = parse_number(rm.group(1)), parse_number(rm.group(2))
            if re.fullmatch(r"(?:19|20)\d\d", rm.group(1).strip()) and not re.fullmatch(
                r"(?:19|20)\d\d", rm.group(2).strip()
            ):
                # "since October 2023 to 46,913": a year, then the number
                second = start + rm.start(2)
                return [
                    _mention(sent, start, start + rm.end(1), a, unit, "quantulum3"),
                    _mention(sent, second, end, b, unit, "quantulum3"),
                ]
            if a is not None and b is not None and a < b:
                low, high, qualifier, value = a, b, "range", None
        if qualifier is None:
            sm = _SCALE_AFTER_RE.match(text, end)
            if sm and not re.search(r"(thousand|million|billion)\s*$", surface, re.IGNORECASE):
                value = float(value) * _SCALE[sm.group(1).lower()]
                end = sm.end()
    return [_mention(sent, start, end, value, unit, "quantulum3", low=low, high=high, qualifier=qualifier)]


_ONE_DESIGNATION_RE = re.compile(rf"\s+(?P<owner>[A-Z][\w'’-]*)\s+{DESIGNATION}(?![\w-])")


# the item before in a list of counts: "13 inmates and ", "two Filipinos and ", "11 Marines, "
_LIST_BEFORE_RE = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r"(?:\s+and|,)\s+$",
    re.IGNORECASE,
)
_ONE_NATIONAL_FATE_RE = re.compile(
    r"^[^.;]*?\b(?:were|was)\s+(?:\w+\s+){0,2}?(?:killed|dead|wounded|injured|missing|captured|among)\b|"
    r"^[^.;]*?\b(?:died|perished)\b"
)
_ANOTHER_ONE_RE = re.compile(
    r"(?<=\band\s)another(?=\s+(?:was\s+|had\s+been\s+)?(?:wounded|injured|hurt|killed|missing|captured)\b)"
)
_IRREGULAR_PLURAL = {"man": "men", "woman": "women", "child": "children", "person": "people"}


def _one_counts(after: str, before: str = "") -> bool:
    """ "one of its soldiers", "one civilian" count; "one of the largest", "one carried" do not."""
    if _ONE_BAD_RE.match(after) or re.search(r"\b(?:[Nn]o|[Nn]ot\s+a\s+single)\s*$", before):
        return False  # ("no one was hurt")
    if re.search(r"[A-Z][\w'’-]+,\s*$", before) and re.match(r"\s+of\s+the\b", after):
        return False  # "Omar Maute, one of the brothers who founded the group": who he is
    if _ONE_OK_RE.match(after):
        return True
    if re.match(
        r"\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:said|says|told|tells|added|stated)\b", after
    ) or re.search(r"[\"”]\s*(?:said|says|added)\s+$|\baccording\s+to\s+$", before):
        return False  # "..., one officer said", '"Nobody answered," said one soldier who ...': a speaker
    lex = load()
    nat = SINGLE_NATIONAL_RE.match(after)
    national = (
        bool(nat) and nat.group(1) in lex.party_aliases and lex.party_aliases[nat.group(1)].role == "demonym"
    )
    if (
        _LIST_BEFORE_RE.search(before)
        and re.match(r"\s+(?!of\b|in\b(?!\s+(?:the\s+)?[A-Z])|at\b)[A-Za-z]", after)
        and not national  # (a crew's "and one Russian" is its nationality, unless a fate follows: below)
    ):
        # "11 Marines, one Navy corpsman and ...", "two Indian nationals and one Pakistani", "two from the
        # Philippines and one from Vietnam", "one in Guayaquil and one in ..." (not "one in five")
        return True
    if re.match(r"\s+(?:dead|killed|wounded|injured)\b", after):
        return True  # "Fedorov reported one dead and three injured"
    if re.search(r"\b(?:killed|wounded|injured|captured|killing|wounding|injuring)\s+$", before) and re.match(
        r"\s*(?:[,.;]|and\b|$)", after
    ):
        return True  # "killed two militants and wounded one"
    rest = after.lstrip()
    lead = re.match(r"([a-z][\w-]*\s+)?([a-z][\w-]*\s+)?", rest)
    starts = [0] + [lead.end(g) for g in (1, 2) if lead.group(g)]
    for at in starts:  # "one soldier", "one naval infantryman", "one counterterrorism police officer"
        nm = lex.noun_re.match(rest, at)
        if nm and lex.noun_info(nm.group(0))[0] in ("person", "weapon"):
            return True
    if national and _ONE_NATIONAL_FATE_RE.search(after[:100]):
        # "four Cambodian peacekeepers and one Moroccan were killed" (not a crew "and one Russian")
        return True
    dm = _ONE_DESIGNATION_RE.match(after)
    if dm and dm.group("owner") in lex.party_aliases:
        # "shot down one Pakistani F-16": a side's model designation stands for its machine
        # (not "One C-17 took off": a flight)
        return True
    # "one Israeli officer", "one pilot", "one anti-ship ballistic missile": a singular head
    # after at most three modifiers
    for i, tm in enumerate(re.finditer(r"[^\W\d][\w'’-]*|[^\w\s]", after[:60])):
        w = tm.group(0).lower()
        if i > 3 or not w[:1].isalpha() or w in ("of", "was", "were", "is", "had", "has", "and", "or"):
            return False
        if w + "s" in lex.person_nouns or w in lex.weapons or _IRREGULAR_PLURAL.get(w) in lex.person_nouns:
            return True  # ("one man was killed": "men" is the listed noun)
    return False


_LONG_DIGITS_RE = re.compile(r"\d{16,}")
_CHUNK = 1500


_BEFORE = 12  # characters of context kept before a number ("between", "$", "about")
_AFTER = 24  # and after it ("million", "km", "-year-old", "to 12,000", "hundred and seven")


def _chunks(text: str, triggers: re.Pattern[str]) -> list[tuple[int, str]]:
    """The parts of a sentence quantulum3 must read: a window around each number, merged.

    quantulum3's cost grows with the length of what it reads (about 30 us a character, on
    top of a fixed cost per call), and a sentence is mostly words around its one or two
    numbers. So it reads only a window of words around each digit run or number word,
    windows that touch merged into one; digit runs too long to be counts are blanked (its
    regexes slow down sharply on them) and a window never exceeds _CHUNK characters.
    """
    text = _LONG_DIGITS_RE.sub(lambda m: " " * len(m.group(0)), text)
    spans: list[list[int]] = []
    for m in triggers.finditer(text):
        start = text.rfind(" ", 0, max(0, m.start() - _BEFORE)) + 1
        end = text.find(" ", min(len(text), m.end() + _AFTER))
        end = len(text) if end < 0 else end
        if spans and start <= spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    out = []
    for start, end in spans:
        while end - start > _CHUNK:
            cut = text.rfind(" ", start + _CHUNK // 2, start + _CHUNK)
            cut = cut if cut > start else start + _CHUNK
            out.append((start, text[start:cut]))
            start = cut
        out.append((start, text[start:end]))
    return out


_FUNCTION_WORDS = frozenset(
    [
        "at",
        "in",
        "a",
        "an",
        "to",
        "by",
        "or",
        "and",
        "of",
        "on",
        "as",
        "is",
        "it",
        "per",
        "for",
        "the",
        "from",
    ]
)


def _word_unit(text: str, surface: str, end: int) -> bool:
    """quantulum3 sometimes reads a word as a unit: "kill 43 at Congo" (ampere-turn),
    "40,000 U.S. troops" (atomic mass unit), "31 M1 Abrams tanks" (metres: a model name)."""
    count = _leading_count(surface)  # (a number word too: "Two U.S. soldiers")
    tail = surface[count[0] :].strip() if count else ""
    if not tail:
        return False
    if tail.lower() in _FUNCTION_WORDS:
        return True
    cut = end < len(text) and (text[end].isalnum() or text[end] == "-")
    if re.fullmatch(r"[A-Z]+-?\d[\w-]*", tail) or cut:
        return True  # the "unit" is the start of a designator ("M1", "T-72") or of a longer word
    return bool(re.fullmatch(r"[A-Z]", tail) and re.match(r"\.[A-Z]", text[end : end + 2]))


def _leading_count(surface: str) -> tuple[int, float] | None:
    """The count at the start of a surface like "200 M113" or "two Su-30": (length, value)."""
    m = _LEADING_NUMBER_RE.match(surface)
    if m:
        value = parse_number(m.group(1))
        return (m.end(), value) if value is not None else None
    words = list(re.finditer(r"\S+", surface))
    for k in range(len(words) - 1, 0, -1):
        value = parse_number(surface[: words[k - 1].end()])
        if value is not None:
            return words[k - 1].end(), value
    return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def calibre_mm(surface: str) -> float | None:
    """The calibre a calibre mention names, in mm: "155mm" -> 155, ".50-caliber" -> 12.7."""
    inch = _INCH_CALIBRE_RE.match(surface)
    if inch:
        return round(int(inch.group(1)) / 10 ** len(inch.group(1)) * 25.4, 2)
    num = re.match(r"(\d+(?:\.\d+)?)", surface)
    return float(num.group(1)) if num else None


def sentence_mentions(sent: Sentence) -> list[Mention]:
    """Every number in one sentence: quantulum3's, repaired, plus lexicon amounts."""
    lex = load()
    text = sent.text
    if not text or not lex.prefilter_re.search(text) or not lex.figure_cue_re.search(text):
        return []  # no number, or nothing a number here could count: quantulum3 need not read it
    found: list[Mention] = []
    for offset, chunk in _chunks(text, lex.prefilter_re):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                quantities = _quantulum().parse(chunk)
        except Exception:  # quantulum3 can trip over odd input; fall back to the lexicon alone
            quantities = []
        for q in quantities:
            try:
                if offset:
                    q.span = (q.span[0] + offset, q.span[1] + offset)
                found.extend(_from_quantity(sent, q))
            except Exception:
                continue
    # comma-grouped counts quantulum3 dropped with a year it could not join them to ("bringing the toll
    # since October 2023 to 1,928 killed" gives no quantity at all): never a date, so kept
    for m in _GROUPED_RE.finditer(text):
        span = (sent.start + m.start(), sent.start + m.end())
        if not any(_overlaps(span, (x.char_start, x.char_end)) for x in found):
            value = parse_number(m.group(0))
            found.append(_mention(sent, m.start(), m.end(), value, "dimensionless", "lexicon"))
    # calibres in hundredths of an inch (".50-caliber machine guns" are 12.7 mm): quantulum3 reads 0.5
    for m in _INCH_CALIBRE_RE.finditer(text):
        span = (sent.start + m.start(), sent.start + m.end())
        found = [x for x in found if not _overlaps(span, (x.char_start, x.char_end))]
        mm = calibre_mm(m.group(0))
        found.append(_mention(sent, m.start(), m.end(), None, "millimetre", "lexicon", caliber_mm=mm))
    # calibres quantulum3 missed ("152-millimetre")
    for m in _CALIBRE_RE.finditer(text):
        span = (sent.start + m.start(), sent.start + m.end())
        if not any(_overlaps(span, (x.char_start, x.char_end)) for x in found):
            found.append(
                _mention(
                    sent, m.start(), m.end(), None, "millimetre", "lexicon", caliber_mm=float(m.group(1))
                )
            )
    # a count word quantulum3 drops before a calibre or a weight: "three 155mm howitzers",
    # "two 500-kilogram bombs"
    for m in _WORD_BEFORE_MEASURE_RE.finditer(text):
        value = lex.cardinals.get(m.group(1).lower())
        span = (sent.start + m.start(1), sent.start + m.end(1))
        if value and not any(_overlaps(span, (x.char_start, x.char_end)) for x in found):
            found.append(_mention(sent, m.start(1), m.end(1), float(value), "dimensionless", "lexicon"))
    lexical: list[Mention] = []
    for m in lex.vague_re.finditer(text):
        phrase = m.group(0).lower()
        if phrase in ("scores", "a handful") and not text.startswith(" of", m.end()):
            continue
        low, high = lex.vague[phrase]
        lexical.append(
            _mention(
                sent,
                m.start(),
                m.end(),
                None,
                "dimensionless",
                "lexicon",
                low=low,
                high=high,
                qualifier="vague",
            )
        )
    for m in lex.number_word_re.finditer(text):
        word = m.group(0).lower()
        if word == "one" and not _one_counts(text[m.end() :], text[max(0, m.start() - 45) : m.start()]):
            continue
        lexical.append(
            _mention(sent, m.start(), m.end(), float(lex.number_words[word]), "dimensionless", "lexicon")
        )
    for m in _ANOTHER_ONE_RE.finditer(text):  # "one soldier was killed and another wounded"
        lexical.append(_mention(sent, m.start(), m.end(), 1.0, "dimensionless", "lexicon"))
    for lm in lexical:
        span = (lm.char_start, lm.char_end)
        if lm.qualifier == "vague":
            found = [x for x in found if not _overlaps(span, (x.char_start, x.char_end))]
            found.append(lm)
        else:
            overlapping = [x for x in found if _overlaps(span, (x.char_start, x.char_end))]
            if all(x.char_start >= lm.char_start and x.char_end <= lm.char_end for x in overlapping):
                found = [x for x in found if x not in overlapping]  # "half a million" over "a million"
                found.append(lm)
    found.sort(key=lambda x: x.char_start)
    return _merge_ranges(sent, found)


def _merge_ranges(sent: Sentence, found: list[Mention]) -> list[Mention]:
    """ "two or three aircraft", "10 to 12": two adjacent counts read as one range."""
    out: list[Mention] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            gap = sent.text[a.char_end - sent.start : b.char_start - sent.start]
            if (
                a.unit == b.unit == "dimensionless"
                and a.value is not None
                and b.value is not None
                and a.qualifier is None
                and b.qualifier is None
                and a.value < b.value
                and (_OR_GAP_RE.match(gap) or _TO_GAP_RE.match(gap))
                and not (_YEAR_RE.fullmatch(a.surface.strip()) and not _YEAR_RE.fullmatch(b.surface.strip()))
            ):
                out.append(
                    Mention(
                        surface=sent.text[a.char_start - sent.start : b.char_end - sent.start],
                        value=None,
                        unit="dimensionless",
                        char_start=a.char_start,
                        char_end=b.char_end,
                        in_title=a.in_title,
                        source=a.source,
                        low=a.value,
                        high=b.value,
                        qualifier="range",
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out
