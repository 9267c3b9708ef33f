"""A deterministic corpus of news-like conflict articles for benchmarks.

Articles mix figure sentences (killed, wounded, captured, troops, weapons, with
qualifiers and claimants) with distractor numbers (dates, ages, money, distances,
percentages, unit names, durations) and plain prose, at varied lengths, so both
the pre-filter and quantulum3 see realistic work.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

PARTIES = [
    ("Russian", "Russia"),
    ("Ukrainian", "Ukraine"),
    ("North Korean", "North Korea"),
    ("Sudanese", "Sudan"),
    ("Israeli", "Israel"),
    ("Palestinian", "Palestine"),
    ("Syrian", "Syria"),
    ("Malian", "Mali"),
    ("Somali", "Somalia"),
    ("Congolese", "DR Congo"),
    ("Yemeni", "Yemen"),
    ("Burmese", "Myanmar"),
]
CLAIMANTS = [
    "the defence ministry",
    "the General Staff",
    "a military spokesman",
    "the health ministry",
    "the UN human rights office",
    "local officials",
    "the army",
    "an intelligence agency",
    "the Red Cross",
    "a regional governor",
    "monitors",
    "the interior ministry",
]
OUTLETS = ["Reuters", "AP", "AFP", "BBC News", "Al Jazeera", "DW", "CNN", "The Guardian", "Kyiv Independent"]
QUALIFIERS = ["", "about ", "more than ", "at least ", "nearly ", "up to ", "some ", "roughly ", "over "]
VAGUE = ["dozens of", "hundreds of", "several thousand", "thousands of", "a few hundred"]
WEAPONS = [
    "tanks",
    "armoured vehicles",
    "artillery systems",
    "drones",
    "howitzers",
    "rocket launchers",
    "helicopters",
    "air defence systems",
    "Javelin missiles",
]
FILLER = [
    "The claim could not be independently verified.",
    "Residents described heavy shelling through the night and long queues at the few working shops.",
    "Diplomats met behind closed doors to discuss a possible ceasefire, without result.",
    "The region has seen intense fighting since the start of the offensive.",
    "Aid agencies said access to the area remained extremely limited.",
    "Officials urged civilians to stay in shelters until the all-clear.",
    "Satellite images reviewed by analysts showed damaged buildings along the main road.",
    "The government said it would respond in due course and called for calm.",
]


def _figure_sentence(rng: random.Random) -> str:
    adj, _ = rng.choice(PARTIES)
    claimant = rng.choice(CLAIMANTS)
    n = rng.choice([3, 7, 12, 25, 48, 120, 300, 1100, 2700, 15000, 45100, 250000])
    q = rng.choice(QUALIFIERS)
    form = rng.randrange(8)
    if form == 0:
        return f"{q.capitalize()}{n:,} {adj} soldiers have been killed, {claimant} said."
    if form == 1:
        return f"According to {claimant}, {q}{n:,} people were wounded in the strikes."
    if form == 2:
        return (
            f"{claimant.capitalize()} said {rng.choice(VAGUE)} {adj} troops had been deployed to the front."
        )
    if form == 3:
        return f"Forces destroyed {q}{n % 60 + 2} {rng.choice(WEAPONS)}, {claimant} said on Monday."
    if form == 4:
        return f"{q.capitalize()}{n:,} {adj} prisoners of war were exchanged, {claimant} told reporters."
    if form == 5:
        return f"The toll rose to {n:,} dead and {n * 2:,} injured, {claimant} said."
    if form == 6:
        return f"{q.capitalize()}{n:,} civilians remain missing, {claimant} said."
    return f"{claimant.capitalize()} said {n % 40 + 2} {rng.choice(WEAPONS)} had been supplied last month."


def _distractor_sentence(rng: random.Random) -> str:
    form = rng.randrange(7)
    if form == 0:
        return (
            f"The package, worth ${rng.randint(1, 900)} million, was announced on {rng.randint(1, 28)} March."
        )
    if form == 1:
        return (
            f"A {rng.randint(19, 70)}-year-old man was among those interviewed in {rng.randint(2014, 2025)}."
        )
    if form == 2:
        return (
            f"The convoy travelled {rng.randint(5, 300)} km along the highway over {rng.randint(2, 9)} days."
        )
    if form == 3:
        return f"Prices have risen {rng.randint(5, 80)}% since the {rng.randint(2, 150)}th Brigade arrived."
    if form == 4:
        return f"The T-{rng.choice([62, 72, 80, 90])} and F-16 deliveries were discussed at the summit."
    if form == 5:
        return f"More than {rng.randint(2, 10)} million people have been displaced, the agency said."
    return f"Talks resumed at {rng.randint(1, 11)} a.m. on the {rng.randint(2, 30)}th day of the truce."


def article(i: int, rng: random.Random, start: date, days: int) -> dict:
    paragraphs = []
    for _ in range(rng.randint(4, 14)):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            roll = rng.random()
            if roll < 0.25:
                sentences.append(_figure_sentence(rng))
            elif roll < 0.5:
                sentences.append(_distractor_sentence(rng))
            else:
                sentences.append(rng.choice(FILLER))
        paragraphs.append(" ".join(sentences))
    adj, party = rng.choice(PARTIES)
    return {
        "id": f"bench-{i:07d}",
        "title": f"{adj} losses mount as fighting continues in {party} (report {i})",
        "published": (start + timedelta(days=rng.randrange(days))).isoformat(),
        "outlet": rng.choice(OUTLETS),
        "text": "\n\n".join(paragraphs),
    }


def articles(n: int, seed: int = 7, start: date = date(2024, 1, 1), days: int = 60) -> Iterator[dict]:
    rng = random.Random(seed)
    for i in range(n):
        yield article(i, rng, start, days)


def write_corpus(folder: Path, n: int, per_file: int = 1000, seed: int = 7, days: int = 60) -> list[Path]:
    """Write n articles as JSON Lines exports of per_file articles each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    fh = None
    for i, rec in enumerate(articles(n, seed=seed, days=days)):
        if i % per_file == 0:
            if fh:
                fh.close()
            paths.append(folder / f"export-{i // per_file:05d}.jsonl")
            fh = open(paths[-1], "w", encoding="utf-8")  # noqa: SIM115 - closed below
        fh.write(json.dumps(rec) + "\n")
    if fh:
        fh.close()
    return paths
