"""Assembling figures: each surviving number becomes one claim with kind, bounds, party,
population, claimant, weapon and the exact evidence phrase.

Why: the single modules each answer one question; this one walks the article in order
(headline, then paragraphs and sentences) and keeps the discourse state the answers
depend on — the previous figure for "of them" and elliptical lists ("300 killed, 2,700
wounded"), the sources named so far for "the ministry said", the article's supplier and
main country for figures whose sentence names no party.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import claimants as cl
from .kinds import NounPhrase, left_partitive, left_trigger, nonfigure_cue, noun_phrase, right_predicate
from .lexicon import load
from .model import ArticleText, Figure, Mention
from .nonfigures import reject_reason
from .numbers import sentence_mentions
from .parties import PartyMention, is_agent, loyalists, party_mentions, population
from .qualifiers import bounds
from .sentences import Sentence, split
from .weapons import action_after, action_near, weapon_name

_COORD_GAP_RE = re.compile(
    r"^\s*(?:,\s*|\s+)(?:and\s+|or\s+)?(?:another\s+|a further\s+|an additional\s+)?$|^\s*,?\s*$"
)
_STRONG_AGGREGATE_RE = re.compile(
    r"\b(?:foreign|international|multinational|together|combined|both sides|all sides|countries|nations)\b",
    re.IGNORECASE,
)
_WEAK_AGGREGATE_RE = re.compile(r"\b(?:in total|in all|a total of|altogether|overall)\b", re.IGNORECASE)
_CAPTURE_CONTEXT_RE = re.compile(
    r"\b(?:prisoner swap|prisoner exchange|swap|exchanged?|freed|released|captivity|prisoners?)\b",
    re.IGNORECASE,
)
_SUPPLY_RE = re.compile(
    r"^(?:'s|’s)?\s+(?:new\s+)?(?:military\s+|security\s+|weapons\s+|arms\s+)?(?:aid|assistance)\b|"
    r"^(?:\s+\w+){0,3}?\s+(?:supplied|supplying|supplies|delivered|delivering|provided|providing|donated|"
    r"has committed|pledged)\b",
    re.IGNORECASE,
)
_QUANTIFIED_SUBJECT_RE = re.compile(
    r"^(?:about|some|several|many|most|all|both|around|nearly|more than|at least|\d)", re.IGNORECASE
)
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
    figures: list[_Work] = field(default_factory=list)


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


def _person_names(context: str) -> dict[str, str]:
    """Full names introduced with a title ("President William Ruto") by surname."""
    lex = load()
    rx = _TITLE_PERSON_CACHE.get("rx")
    if rx is None:
        titles = sorted((t for t in lex.titles if t[:1].isupper()), key=len, reverse=True)
        body = "|".join(re.escape(t) for t in titles)
        rx = re.compile(rf"\b(?:{body})\s+((?:[A-Z][\w'’\-]+)(?:\s+(?:al-|bin\s+)?[A-Z][\w'’\-]+){{1,3}})")
        _TITLE_PERSON_CACHE["rx"] = rx
    out: dict[str, str] = {}
    for m in rx.finditer(context):
        words = m.group(1).split()
        while words and (words[0] in lex.titles):
            words = words[1:]
        if len(words) >= 2 and not any(w in lex.titles for w in words):
            out.setdefault(words[-1], " ".join(words))
    for alias, pa in lex.party_aliases.items():
        if pa.role == "leader" and " " in alias and alias in context:
            out.setdefault(alias.split()[-1], alias)
    return out


def _prepare(article: ArticleText) -> _Ctx:
    lex = load()
    sentences = article_sentences(article)
    context = (article.title or "") + "\n" + (article.text or "")
    state = cl.ClaimantState(context=context)
    state.acronyms = cl.find_acronyms(context)
    state.persons = _person_names(context)
    pms = [party_mentions(s.text, context) for s in sentences]
    counts: Counter[str] = Counter()
    for s, plist in zip(sentences, pms, strict=True):
        for pm in plist:
            info = lex.party(pm.party)
            if info and info.type == "state" and not pm.modifier:
                counts[pm.party] += 2 if s.in_title else 1
    dominant = counts.most_common(1)[0][0] if counts else None
    state.dominant = dominant
    supplier = None
    for s, plist in zip(sentences, pms, strict=True):
        for pm in plist:
            if pm.recipient or pm.modifier:
                continue
            if _SUPPLY_RE.match(s.text[pm.end : pm.end + 60]):
                supplier = pm.party
                break
        if supplier:
            break
    attrs = [cl.attributions(s.text) for s in sentences]
    resolved: list[list[cl.Claimant]] = [[] for _ in sentences]
    all_claimants: list[tuple[int, cl.Claimant]] = []
    order = 0
    # body first so headline sources ("health minister says") can refer back
    indices = [i for i, s in enumerate(sentences) if not s.in_title] + [
        i for i, s in enumerate(sentences) if s.in_title
    ]
    for i in indices:
        s = sentences[i]
        row: list[cl.Claimant] = []
        for a in attrs[i]:
            order += 1
            if _QUANTIFIED_SUBJECT_RE.match(a.subject) or re.match(
                r"^the number\b", a.subject, re.IGNORECASE
            ):
                c = cl.Claimant(None, kind="anonymous")
            else:
                c = cl.resolve(a.subject, state, s.text[: a.start])
            if a.citing:
                cited = cl.resolve(a.citing, state, s.text[: a.start])
                if cited.name:
                    state.cited = cited
                    c = cited
            elif cl.is_conduit(a.subject, a.appositive) and state.cited is not None:
                c = state.cited
            cl.register(c, a.subject, a.appositive, state, order)
            all_claimants.append((order if not s.in_title else 10_000 + order, c))
            row.append(c)
        resolved[i] = row
    # positions in article order for upgrades
    pos_claimants: list[tuple[int, cl.Claimant]] = []
    for i in range(len(sentences)):
        for j, c in enumerate(resolved[i]):
            pos_claimants.append((i * 100 + j, c))
    return _Ctx(article, sentences, pms, attrs, resolved, state, pos_claimants, dominant, supplier)


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
        try:
            out.extend(_sentence_figures(ctx, i, s, ms))
        except Exception:  # never let one odd sentence sink the article
            continue
    return out


def _subject_spans(text: str, attrs: list[cl.Attribution]) -> list[tuple[int, int]]:
    spans = []
    for a in attrs:
        if a.type == "according":
            spans.append((a.start, a.end))
            continue
        idx = text.rfind(a.subject, 0, a.start + 1) if a.subject else -1
        if idx >= 0:
            spans.append((idx, idx + len(a.subject)))
    return spans


def _in_spans(pm: PartyMention, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pm.start and pm.end <= e for s, e in spans)


def _sentence_figures(ctx: _Ctx, si: int, s: Sentence, ms: list[Mention]) -> list[Figure]:
    text = s.text
    rel = [(m, m.char_start - s.start, m.char_end - s.start) for m in ms]
    reasons = [reject_reason(text, a, b, m) for m, a, b in rel]
    cal_spans = [(a, b) for (m, a, b) in rel if m.caliber_mm is not None]
    attrs = ctx.attrs[si]
    subj_spans = _subject_spans(text, attrs)
    pms = ctx.pms[si]
    sentence_figs: list[_Work] = []
    out: list[Figure] = []
    prev_end = 0
    for k, ((m, a, b), reason) in enumerate(zip(rel, reasons, strict=True)):
        lo = prev_end
        prev_end = b
        if reason:
            continue
        next_start = rel[k + 1][1] if k + 1 < len(rel) else len(text)
        work = _one_figure(
            ctx, si, s, m, a, b, lo, next_start, cal_spans, attrs, subj_spans, pms, sentence_figs
        )
        if work is None:
            continue
        sentence_figs.append(work)
        ctx.figures.append(work)
        out.append(work.figure)
    return out


def _antecedent(ctx: _Ctx, sentence_figs: list[_Work], si: int, paragraph: int) -> _Work | None:
    if sentence_figs:
        return sentence_figs[-1]
    for w in reversed(ctx.figures):
        if w.paragraph == paragraph and w.sentence >= si - 2:
            return w
        break
    return None


def _one_figure(ctx, si, s, m, a, b, lo, next_start, cal_spans, attrs, subj_spans, pms, sentence_figs):
    lex = load()
    text = s.text
    calibre_only = m.caliber_mm is not None
    caliber = None
    calibre_text = None
    if calibre_only:
        if re.search(r"\d[\d,]*\s*$", text[max(0, a - 8) : a]):
            return None  # "18 155mm": the calibre belongs to the count before it
        np = noun_phrase(text, b)
        if np.category != "weapon":
            return None
        caliber = m.caliber_mm
        calibre_text = text[a:b]
    else:
        np = noun_phrase(text, b, skip_spans=cal_spans, vague=m.qualifier == "vague")
        for cs, ce in cal_spans:
            if b <= cs and (np.head_start < 0 or ce <= np.head_start):
                mm_text = text[cs:ce]
                num = re.match(r"(\d+(?:\.\d+)?)", mm_text)
                caliber = float(num.group(1)) if num else None
                calibre_text = mm_text
    if np.category == "nonfigure":
        return None
    bd = bounds(text, a, b, m, calibre_only=calibre_only)
    if not calibre_only and nonfigure_cue(text, bd.start, b, np.ext_end):
        return None
    antecedent = _antecedent(ctx, sentence_figs, si, s.paragraph)
    prev = sentence_figs[-1] if sentence_figs else None
    coordinated = prev is not None and bool(_COORD_GAP_RE.match(text[prev.phrase_end : bd.start]))
    kind, action, kind_pop = _decide_kind(
        text, m, a, b, np, lo, bd.start, next_start, antecedent, prev, coordinated, calibre_only
    )
    if kind is None:
        return None
    if calibre_only:
        kind = "weapons"
    # bounds
    value, low, high, qualifier = bd.value, bd.low, bd.high, bd.qualifier
    if (
        qualifier == "exact"
        and bd.start == a
        and prev is not None
        and coordinated
        and prev.figure.qualifier == "approx"
    ):
        qualifier = "approx"  # "about 300 troops killed, 2,700 wounded"
    # weapons
    weapon = None
    if kind == "weapons":
        weapon = weapon_name(np, calibre_text)
        if weapon is None and antecedent is not None and antecedent.figure.kind == "weapons":
            weapon = antecedent.figure.weapon
    # claimant
    attr = cl.choose(attrs, a, ctx.state)
    claimant_obj = None
    if attr is not None:
        idx = attrs.index(attr)
        claimant_obj = ctx.resolved[si][idx] if idx < len(ctx.resolved[si]) else None
        if attr.type == "pledge" and attr.start > a:
            claimant_obj = None
    elif not attrs:
        claimant_obj = _carried_claimant(ctx, si, s)
    if claimant_obj is not None:
        claimant_obj = cl.upgrade(claimant_obj, ctx.all_claimants, si * 100)
    claimant = claimant_obj.name if claimant_obj is not None else None
    # party
    military_noun = (
        np.population == "military"
        or np.detail in ("troop", "fighter")
        or (np.category == "kind" and np.detail == "casualties")
    )
    party = _choose_party(
        ctx,
        s,
        si,
        kind,
        action,
        np,
        a,
        b,
        bd.start,
        antecedent,
        prev,
        coordinated,
        pms,
        subj_spans,
        attr,
        claimant_obj,
        military_noun,
    )
    # population
    ante_pop = antecedent.figure.population if antecedent is not None else None
    if kind in ("weapons",):
        pop = None
    else:
        pop = population(
            np, text, ante_pop if (np.partitive or coordinated or np.category in ("", "kind")) else None
        )
        if pop is None and kind_pop:
            pop = kind_pop
        if np.category == "" and not np.partitive and not coordinated and kind_pop is None:
            pop = None
    # evidence
    ev_start = bd.start
    ev_end = max(b, np.end)
    evidence = text[ev_start:ev_end].strip().strip(",")
    ev_start = text.index(evidence, ev_start) if evidence else ev_start
    if kind == "troops" and action is None and not _pledged(text, lo, bd.start):
        action = "deployed"
    if kind == "troops" and _pledged(text, lo, bd.start):
        action = None
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


def _sanity(fig: Figure) -> None:
    if fig.low is not None and fig.high is not None and fig.low > fig.high:
        fig.low, fig.high = fig.high, fig.low
    if fig.value is not None:
        if fig.low is not None and fig.value < fig.low:
            fig.value = None
        if fig.high is not None and fig.value is not None and fig.value > fig.high:
            fig.value = None


def _pledged(text: str, lo: int, hi: int) -> bool:
    return bool(re.search(r"\b(?:pledged|promised|committed|offered|vowed|plans?|will)\b", text[lo:hi]))


def _decide_kind(text, m, a, b, np, lo, q_start, next_start, antecedent, prev, coordinated, calibre_only):
    """(kind, action, population hint) from the most local evidence outward."""
    lex = load()
    if calibre_only:
        act = action_near(text, lo, a) or action_after(text, np.end)
        if act is None and prev is not None and coordinated and prev.figure.kind == "weapons":
            act = prev.figure.action
        return "weapons", act, None
    partitive_them = np.partitive in ("them", "those", "these", "whom") or left_partitive(text, q_start)
    if np.category in ("weapon", "model") or (
        partitive_them
        and antecedent is not None
        and antecedent.figure.kind == "weapons"
        and np.category == ""
    ):
        act = action_after(text, np.ext_end) or action_near(text, lo, q_start)
        if act is None and np.hyphen:
            act = action_near(text, np.end, min(len(text), np.end + 12))
        if act is None and prev is not None and coordinated and prev.figure.kind == "weapons":
            act = prev.figure.action
        if act is None and antecedent is not None and antecedent.figure.kind == "weapons" and partitive_them:
            act = antecedent.figure.action
        return "weapons", act, None
    if np.category == "model":
        return None, None, None
    pred = right_predicate(text, np.ext_end, lex.kind_trigger_re)
    if pred:
        kind, action = lex.kind_triggers[pred.group("trigger").lower()]
        if not (kind == "troops" and np.population == "civilian"):
            return kind, action or None, None
    if np.kind_adj:
        return np.kind_adj, None, None
    if np.category == "kind":
        return np.detail, None, None
    left = left_trigger(text, lo, q_start)
    if left:
        kind, action, pos = left
        if kind == "troops" and np.category == "person" and np.population == "civilian":
            pass
        else:
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
        coordinated
        and prev is not None
        and (np.category in ("", "demonym") or np.detail in ("other", "person", "member", "troop", "fighter"))
    ):
        return prev.figure.kind, prev.figure.action, None
    if np.category == "person" and np.detail in ("troop",):
        return "troops", "deployed", None
    if np.category in ("person", "demonym", ""):
        window_end = min(next_start, len(text))
        rm = lex.kind_trigger_re.search(text, np.ext_end, window_end)
        if rm:
            kind, action = lex.kind_triggers[rm.group(0).lower()]
            if kind != "troops":
                return kind, None, None
        if np.category in ("person", "demonym") and _CAPTURE_CONTEXT_RE.search(text):
            return "captured", None, None
        if np.category == "person" and np.detail == "other" and antecedent is not None:
            return antecedent.figure.kind, antecedent.figure.action, None
    return None, None, None


def _carried_claimant(ctx: _Ctx, si: int, s: Sentence) -> cl.Claimant | None:
    """A sentence without attribution continues the previous sentence's statement when
    that sentence (same paragraph) was attributed."""
    if si == 0 or s.in_title:
        return None
    p = ctx.sentences[si - 1]
    if p.in_title or p.paragraph != s.paragraph:
        return None
    attrs = ctx.attrs[si - 1]
    for a, c in zip(reversed(attrs), reversed(ctx.resolved[si - 1]), strict=False):
        if a.type in ("say", "according", "estimate") and c.name:
            return c
    return None


def _choose_party(
    ctx,
    s,
    si,
    kind,
    action,
    np,
    a,
    b,
    q_start,
    antecedent,
    prev,
    coordinated,
    pms,
    subj_spans,
    attr,
    claimant,
    military_noun,
):
    text = s.text
    # 1. the noun phrase names its owner: "North Korean soldiers", "members of Ukraine's forces"
    loyal = loyalists(np.extension) if np.extension else None
    if loyal:
        return loyal
    in_np = [pm for pm in pms if a <= pm.start and pm.end <= max(np.ext_end, np.end) and not pm.modifier]
    if in_np:
        return in_np[0].party
    # 2. "nine of its soldiers": the owner of "its" is the nearest party before it
    if np.partitive in ("its", "their", "its own", "their own", "his", "her"):
        before = [pm for pm in pms if pm.end <= a and not pm.modifier]
        if before:
            return before[-1].party
        if claimant is not None and claimant.country:
            return claimant.country
    # 3. "95 of those released", "among them 125 ...": the part shares the total's owner
    if (
        (np.partitive in ("them", "those", "these", "whom") or left_partitive(text, q_start))
        and antecedent is not None
        and antecedent.figure.party is not None
    ):
        return antecedent.figure.party
    if coordinated and prev is not None and prev.figure.party and prev.group == _group(kind):
        return prev.figure.party
    window = text[max(0, q_start - 40) : min(len(text), np.ext_end + 25)]
    strong = bool(_STRONG_AGGREGATE_RE.search(np.modifiers + " " + np.extension)) or bool(
        _STRONG_AGGREGATE_RE.search(text[max(0, q_start - 60) : q_start])
        and re.search(
            r"\b(?:foreign|countries|nations|together|international)\b", text[max(0, q_start - 60) : q_start]
        )
    )
    if strong:
        return None
    weak = bool(_WEAK_AGGREGATE_RE.search(window))
    usable = [pm for pm in pms if not pm.modifier]
    not_source = [pm for pm in usable if not _in_spans(pm, subj_spans)]
    if kind == "troops" or (kind == "weapons" and action == "supplied"):
        pool = usable if (attr is not None and attr.type == "pledge") else not_source
        senders = [pm for pm in pool if pm.end <= q_start and not pm.recipient and not pm.locative]
        if senders:
            return senders[-1].party
        if weak:
            return None
        if kind == "weapons" and ctx.supplier:
            return ctx.supplier
        return _fallback(ctx, si, kind, military_noun, claimant, exclude=set())
    if weak:
        return None
    agents = {pm.party for pm in not_source if is_agent(text, pm, a)}
    cands = [pm for pm in not_source if not is_agent(text, pm, a) and pm.party not in agents]
    if np.detail == "fighter":
        groups = [pm for pm in cands if pm.type == "group"]
        if groups:
            return min(groups, key=lambda pm: abs(pm.start - a)).party
        g = _last_group(ctx, si, s, a)
        if g and g not in agents:
            return g
    if not military_noun and kind != "weapons":
        states = [pm for pm in cands if pm.type == "state"]
        if states:
            cands = states
    before = [pm for pm in cands if pm.end <= q_start]
    after = [pm for pm in cands if pm.start >= np.ext_end and not _in_relative(text, np.ext_end, pm.start)]
    if before:
        clause = _clause_start(text, q_start)
        if _SUFFER_RE.search(text[clause:q_start]):
            # "North Korean soldiers who fought Ukrainian forces have suffered 1,100 casualties"
            in_clause = [pm for pm in before if pm.start >= clause]
            if in_clause:
                return in_clause[0].party
        return before[-1].party
    if after:
        return after[0].party
    return _fallback(ctx, si, kind, military_noun, claimant, exclude=agents)


_SUFFER_RE = re.compile(r"\b(?:suffered|suffering|sustained|incurred|lost|losing|has given|have given)\b")
_CLAUSE_START_RE = re.compile(r"\bthat\b|[;:\"“”]|,\s+(?:and|but|while)\b")


def _clause_start(text: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_START_RE.finditer(text, 0, pos):
        start = m.end()
    return start


def _in_relative(text: str, lo: int, hi: int) -> bool:
    return bool(re.search(r"\b(?:that|which|who)\b|[;]", text[lo:hi]))


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


def _fallback(ctx: _Ctx, si: int, kind: str, military_noun: bool, claimant, exclude: set[str]) -> str | None:
    lex = load()
    group = _group(kind)
    sentence = ctx.sentences[si]
    # the claimant's own country, for people its government or monitors count
    if (
        group == "casualty"
        and not military_noun
        and claimant is not None
        and claimant.country
        and claimant.country not in exclude
    ):
        return claimant.country
    same = [w for w in ctx.figures if w.group == group and w.figure.party]
    if sentence.in_title:
        same = []
    for w in reversed(same):
        if w.figure.party in exclude:
            continue
        info = lex.party(w.figure.party)
        if group == "casualty" and not military_noun and info is not None and info.type != "state":
            continue
        return w.figure.party
    for j in range(si - 1, -1, -1):
        for pm in reversed(ctx.pms[j]):
            if pm.type == "state" and not pm.modifier and pm.party not in exclude:
                return pm.party
    if ctx.dominant and ctx.dominant not in exclude:
        return ctx.dominant
    return None
