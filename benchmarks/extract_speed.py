"""Extraction speed against quantulum3 alone, on 1,000 generated wire-style articles.

    .venv/bin/python benchmarks/extract_speed.py [--articles 1000] [--seed 7]

Builds deterministic articles (1,500-4,000 characters) from templates of conflict news
prose — figures mixed with dates, ages, money, percentages, distances, designators and
plain sentences without numbers — then times, in the same process and after a warm-up,
`quantulum3.parser.parse(text)` on each whole article and `extract_figures(article)` on
each article. The target: extraction takes no more than twice quantulum3's time.
"""

from __future__ import annotations

import argparse
import random
import time
import warnings

FIGURE_SENTENCES = [
    "{qual} {n} {dem} soldiers have been killed since the offensive began, the {org} said on {day}.",
    "The {org} said {n} civilians had been killed and {n2} wounded in the strikes on {place}.",
    "{dem} forces destroyed {small} tanks and {small2} armoured vehicles near {place}, "
    "a military spokesman said.",
    "According to the {org}, {qual} {n} people are still missing after the attack on {place}.",
    "{country} has sent {qual} {n} troops to the border region, officials said.",
    "The aid package includes {small} howitzers, {n} artillery rounds and {small2} air defence systems.",
    "Hundreds of {dem} fighters were killed or wounded in the failed assault, the army said.",
    "Between {n} and {n3} people were wounded, the health ministry said, "
    "adding that {small} of them were children.",
    "Rebels said they had captured {small} soldiers and seized several dozen rifles.",
    "The death toll from the strike on {place} has risen to {small}, regional governor {name} said.",
    "{country} said it shot down {small} drones and {small2} cruise missiles overnight.",
    "More than {n} prisoners of war have been exchanged since the war began, the {org} said.",
]
DISTRACTORS = [
    "The talks, held in {place} on {day_date}, lasted {small} hours.",
    "The {ordinal} Brigade and the {ordinal2} Mechanised Battalion were moved to the front in {year}.",
    "Officials put the cost of reconstruction at ${money} billion, about {pct}% of annual output.",
    "A {age}-year-old teacher was among those who fled the town, {km} km from the front line.",
    "The convoy of {small} trucks carried food for {n} displaced people.",
    "T-90 tanks and Su-25 jets were seen near the city, along with F-16 fighters supplied last year.",
    "Inflation rose to {pct}% in {month}, the central bank said, the highest since {year}.",
]
PLAIN = [
    "Residents described a night of heavy shelling and said they had spent hours in basements.",
    "The foreign ministry summoned the ambassador and demanded an explanation.",
    "Analysts said the fighting showed how much both armies now depend on drones.",
    "The United Nations called for an immediate ceasefire and for humanitarian access to the area.",
    "Neither claim could be independently verified.",
    "The government has repeatedly denied targeting civilian infrastructure.",
    "Aid agencies warned that supplies of fuel and medicine were running low.",
    "The president spoke by phone with his counterpart and discussed further military support.",
    "Local media showed images of burned-out vehicles and damaged apartment blocks.",
    "Diplomats said a new round of negotiations could begin later this month.",
]
QUALS = ["about", "more than", "at least", "nearly", "some", "roughly", "up to", "an estimated", ""]
DEMS = [
    "Russian",
    "Ukrainian",
    "Sudanese",
    "Israeli",
    "Palestinian",
    "Malian",
    "Somali",
    "Ethiopian",
    "Yemeni",
]
COUNTRIES = ["Russia", "Ukraine", "Israel", "Sudan", "Ethiopia", "Somalia", "Myanmar", "Colombia", "Mali"]
PLACES = ["Kharkiv", "Gaza", "El Fasher", "Goma", "Mekelle", "Mogadishu", "Bamako", "Lashio", "Kherson"]
ORGS = ["defence ministry", "health ministry", "General Staff", "military", "interior ministry", "UN mission"]
NAMES = ["Oleh Syniehubov", "Ahmed Hassan", "Maria Lopez", "Ivan Fedorov", "Amina Yusuf"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def _fill(template: str, rng: random.Random) -> str:
    n = rng.choice([120, 250, 1_100, 2_700, 3_000, 10_000, 45_100, 390_000])
    return (
        template.format(
            qual=rng.choice(QUALS),
            n=f"{n:,}",
            n2=f"{rng.randint(10, 900):,}",
            n3=f"{n + rng.randint(10, 500):,}",
            small=rng.randint(2, 60),
            small2=rng.randint(2, 30),
            dem=rng.choice(DEMS),
            country=rng.choice(COUNTRIES),
            place=rng.choice(PLACES),
            org=rng.choice(ORGS),
            name=rng.choice(NAMES),
            day=rng.choice(DAYS),
            day_date=f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
            month=rng.choice(MONTHS),
            ordinal=f"{rng.randint(1, 150)}th",
            ordinal2=f"{rng.randint(1, 150)}th",
            year=rng.randint(1995, 2025),
            money=f"{rng.randint(1, 90)}.{rng.randint(1, 9)}",
            pct=rng.randint(2, 40),
            age=rng.randint(18, 80),
            km=rng.randint(3, 120),
        )
        .replace("  ", " ")
        .strip()
    )


def build_articles(count: int, seed: int) -> list[tuple[str, str]]:
    """(title, text) pairs, 1,500-4,000 characters of text each."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        target = rng.randint(1_500, 4_000)
        paragraphs: list[str] = []
        length = 0
        while length < target:
            pool = rng.choices([FIGURE_SENTENCES, DISTRACTORS, PLAIN], weights=[3, 2, 5], k=rng.randint(2, 3))
            para = " ".join(_fill(rng.choice(p), rng) for p in pool)
            if length + len(para) > 4_000:
                break
            paragraphs.append(para)
            length += len(para) + 2
        text = "\n\n".join(paragraphs)
        title = _fill(rng.choice(FIGURE_SENTENCES), rng).rstrip(".")
        out.append((title, text))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    warnings.simplefilter("ignore")
    from quantulum3 import parser

    from casualty_tracker.extraction import ArticleText, extract_figures
    from casualty_tracker.extraction.lexicon import load
    from casualty_tracker.extraction.numbers import warm_up

    articles = build_articles(args.articles, args.seed)
    sizes = [len(t) for _, t in articles]
    print(f"{len(articles)} articles, {min(sizes)}-{max(sizes)} chars (mean {sum(sizes) / len(sizes):.0f})")

    # warm-up: quantulum3 loads its data on first use; the lexicon is read once
    warm_up()
    load()
    for title, text in articles[:5]:
        parser.parse(text)
        extract_figures(ArticleText("warm", title, text))

    start = time.perf_counter()
    for _, text in articles:
        parser.parse(text)
    q_time = time.perf_counter() - start

    figures = 0
    start = time.perf_counter()
    for i, (title, text) in enumerate(articles):
        figures += len(extract_figures(ArticleText(str(i), title, text)))
    e_time = time.perf_counter() - start

    n = len(articles)
    for label, took in (("quantulum3 parser.parse", q_time), ("extract_figures", e_time)):
        print(f"{label:<24}: {took:8.2f} s  {n / took:8.1f} articles/s  {1000 * took / n:6.1f} ms/article")
    print(f"figures extracted       : {figures}")
    print(f"ratio extract/quantulum : {e_time / q_time:.2f} (target <= 2.00)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
