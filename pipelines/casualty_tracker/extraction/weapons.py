"""Weapon systems: the name as written (singular), the calibre, and what was done with them.

Why: "18 155mm howitzers" is 18 of a "155mm howitzer" with calibre 155; "200 M113
armoured personnel carriers" is the M113; "destroying a dozen tanks" destroys them.
Names are rebuilt from the noun phrase minus party words, the action comes from the
nearest verb in weapon_actions.csv.
"""

from __future__ import annotations

import re

from .kinds import MODEL_NUMBER_RE
from .lexicon import load


def weapon_name(np, calibre: str | None = None) -> str | None:
    """The weapon as named: modifiers kept (model names, "anti-tank"), party words and
    determiners dropped, head singular."""
    lex = load()
    if np.category == "model":
        return np.detail
    if np.category != "weapon":
        return None
    mods: list[str] = []
    for w in (np.modifiers or "").split():
        w = w.strip(',"“”')
        model_number = bool(mods) and mods[-1][:1].isupper() and MODEL_NUMBER_RE.fullmatch(w)
        if (
            not w
            or w.lower() in lex.words("weapon_drop_modifier")
            or (
                re.fullmatch(r"\d[\d,.]*", w) and not model_number  # "Challenger 2" keeps its number
            )
        ):
            continue
        if w in lex.party_aliases or re.sub(r"(?:'s|’s)$", "", w) in lex.party_aliases:
            continue
        if re.search(r"-(?:made|built|designed|supplied)$", w):
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?\s?-?mm|\.\d{2,3}-?calib(?:er|re)", w, re.I):
            continue  # (the calibre is named once, from its own mention)
        mods.append(w)
    # a demonym phrase like "Indian Air Force" is an owner, not a model
    text = " ".join(mods)
    text = re.sub(r"^(?:Air Force|Navy|Army)\s*", "", text)
    head = np.detail
    parts = [p for p in ((calibre or "").strip(), text, head) if p]
    return " ".join(parts) if parts else None


def action_near(text: str, lo: int, hi: int) -> str | None:
    """The nearest weapon verb in text[lo:hi] ("destroying", "supplied", "involved")."""
    lex = load()
    best = None
    for m in lex.weapon_action_re.finditer(text, lo, hi):
        best = lex.weapon_actions[m.group(0).lower()]
    return best


def action_after(text: str, pos: int) -> str | None:
    """A predicate right after the weapon phrase: "two or three aircraft had crashed"."""
    lex = load()
    m = re.match(
        rf"(?:\s+(?:have|has|had|were|was|are|is|been|being|also|reportedly|allegedly)\b)*\s+({lex.weapon_action_re.pattern})",
        text[pos : pos + 60],
        lex.weapon_action_re.flags,
    )
    if m:
        action = lex.weapon_actions.get(m.group(1).lower())
        passive = re.search(
            r"\b(?:were|was|been|being|are|is)\s+(?:\w+ly\s+)?$", text[pos : pos + m.start(1)]
        )
        if action == "destroyed" and not passive:
            return "deployed"  # "200 jets had struck targets": the jets did the striking
        return action
    return None
