"""Regression: the extractor on the gold sets, scored with the evaluation's own matcher.

Fails when figure F1 or an attribute accuracy drops below the level the extractor reached
(minus 0.01). The evaluation kit (score.py, seed.jsonl, dev.jsonl) is read from
$CASUALTY_TRACKER_EVAL_DIR, else ../shared/eval beside the project, else the copy vendored
in tests/extraction/data/eval (so CI on a clean clone runs it too). `extra.jsonl`,
`later.jsonl`, `fresh.jsonl` and `gold_ho*.jsonl` are the project's own gold sets in the same
format (news prose written for testing by writers who saw only FORMAT.md, dev and seed; each
later set was scored unseen, in batches of eight articles, before any rule was written from
it: the first scores are in the commit messages and the README).
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from casualty_tracker.extraction import ArticleText, extract_figures
from casualty_tracker.paths import PROJECT_ROOT

DATA = Path(__file__).parent / "data"


def _eval_dir() -> Path:
    if os.environ.get("CASUALTY_TRACKER_EVAL_DIR"):
        return Path(os.environ["CASUALTY_TRACKER_EVAL_DIR"])
    shared = PROJECT_ROOT.parent / "shared" / "eval"
    return shared if (shared / "score.py").exists() else DATA / "eval"


EVAL_DIR = _eval_dir()
EXTRA = DATA / "extra.jsonl"
LATER = DATA / "later.jsonl"
FRESH = DATA / "fresh.jsonl"
HO15_18 = DATA / "gold_ho15_18.jsonl"
HO19_22 = DATA / "gold_ho19_22.jsonl"
HO23_26 = DATA / "gold_ho23_26.jsonl"
HO27_30 = DATA / "gold_ho27_30.jsonl"
HO31_34 = DATA / "gold_ho31_34.jsonl"
HO35_38 = DATA / "gold_ho35_38.jsonl"
HO39_42 = DATA / "gold_ho39_42.jsonl"
HO43_46 = DATA / "gold_ho43_46.jsonl"
HO47_50 = DATA / "gold_ho47_50.jsonl"
HO51_54 = DATA / "gold_ho51_54.jsonl"
HO55_58 = DATA / "gold_ho55_58.jsonl"
HO59_62 = DATA / "gold_ho59_62.jsonl"
HO63_66 = DATA / "gold_ho63_66.jsonl"
HO67_70 = DATA / "gold_ho67_70.jsonl"
HO71_74 = DATA / "gold_ho71_74.jsonl"
HO79_82 = DATA / "gold_ho79_82.jsonl"
HO83_86 = DATA / "gold_ho83_86.jsonl"
HO87_90 = DATA / "gold_ho87_90.jsonl"
HO91_94 = DATA / "gold_ho91_94.jsonl"
HO95_98 = DATA / "gold_ho95_98.jsonl"
HO99_102 = DATA / "gold_ho99_102.jsonl"
HO103_106 = DATA / "gold_ho103_106.jsonl"

# measured levels (see the report in the commit history); the test allows 0.01 below them.
# (Set at c0c19f9. At 534b207 nine party or claimant ratios fell by 0.001 to 0.007, on ho19_22, ho27_30,
# ho39_42, ho47_50, ho51_54, ho59_62, ho63_66 and ho67_70, because F1 rose: on every set the number of
# matched figures with the right side and with the right speaker rose or held, but some new matches
# carry a wrong one.)
# (Re-set at 6d8ea08. Four party ratios are lower than at c0c19f9, all from 64f1369, which names the
# Kurdish group "PKK" (gold 7 to 4): ho31_34 .880 -> .877, ho39_42 .858 -> .853, ho43_46 .867 -> .861 and
# ho67_70 .806 -> .803, whose gold spells out "Kurdistan Workers' Party".)
# (Re-set again at f960810 and 5c755a7. Ten party or claimant ratios are 0.002 to 0.004 below 6d8ea08's,
# on ho19_22, ho27_30, ho39_42, ho47_50, ho55_58, ho79_82 and ho91_94, because F1 rose there: the number of
# matched figures with the right side and with the right speaker rose or held on every set.)
# (Re-set at the fifth 2026-11-27 session's end. Three ratios are 0.002 or 0.003 below the levels before:
# ho31_34 party loses one figure, "frees up thousands of troops" after "the Donbas", now a place of Ukraine;
# ho39_42 claimant and ho95_98 party hold their counts of right speakers and sides while F1 rose; after
# the session's last kind rules ho43_46 and ho51_54 claimant are 0.003 lower for the same reason.)
# (Re-set at the 2026-11-28 session's end. ho83_86 party is 0.005 lower: its count of right sides held
# (262) while two more figures matched, and the Rio raid's dead, which its gold leaves to no side, now
# take Brazil, whose cities the lexicon learnt.)
LEVELS = {
    "seed": {"f1": 1.0, "bounds": 1.0, "qualifier": 1.0, "party": 1.0, "claimant": 1.0},
    "dev": {"f1": 1.0, "bounds": 1.0, "qualifier": 1.0, "party": 1.0, "claimant": 1.0},
    # party lowered at the DR Congo naming: the country is "DR Congo" in 14 gold articles and
    # "Democratic Republic of Congo" in 6, this set's among them (parties.csv)
    # two leaks this set's writer lists as non-figures where most others count them: "Russia, which
    # sent about 100 military instructors" (troops to ho33, ho45, ho68) and "arrested two suspects"
    # (captured in ten other articles: "troops detained 30 suspects", "76 suspects had been detained")
    "extra": {"f1": 0.995, "bounds": 1.0, "qualifier": 1.0, "party": 0.917, "claimant": 0.981, "leaks": 2},
    # (known leaks, e.g. "30 to 40 surgeons were operating" read as wounded after a quote about injuries)
    "later": {"f1": 0.977, "bounds": 1.0, "qualifier": 1.0, "party": 0.89, "claimant": 0.866, "leaks": 2},
    # party lowered at the DR Congo naming: the country is "DR Congo" in 14 gold articles and
    # "Democratic Republic of Congo" in 6, these sets's among them (parties.csv); claimant 0.893 -> 0.890
    # when an earlier event's toll in a relative clause became the article's voice (gold is split)
    "fresh": {"f1": 0.97, "bounds": 1.0, "qualifier": 1.0, "party": 0.854, "claimant": 0.891, "leaks": 5},
    "ho15_18": {
        "f1": 0.962,
        "bounds": 1.0,
        "qualifier": 1.0,
        "party": 0.916,
        "claimant": 0.913,
        "leaks": 2,
    },
    "ho19_22": {
        "f1": 0.969,
        "bounds": 0.994,
        "qualifier": 0.994,
        "party": 0.824,
        "claimant": 0.837,
        "leaks": 5,
    },
    # claimant 0.849 -> 0.843: two MENA figures matched gold ("MENA state news agency") only through the
    # fragment "state news agency MENA on Friday evening"; the time is now cut and the name is "MENA"
    "ho23_26": {
        "f1": 0.98,
        "bounds": 0.997,
        "qualifier": 0.997,
        "party": 0.917,
        "claimant": 0.843,
        "leaks": 5,
    },
    # claimant 0.810 -> 0.794 at the bare-"government" form: "Iraq's government said" and an
    # unqualified "the government" in Mali are spelt "Iraqi/Malian government" by this set's writer,
    # "Cameroon/Burkina Faso government" by most others (claimant_forms.csv)
    "ho27_30": {
        "f1": 0.971,
        "bounds": 0.994,
        "qualifier": 0.994,
        "party": 0.843,  # lowered at the DR Congo naming (see "extra")
        "claimant": 0.824,
        "leaks": 4,
    },
    # party 0.883 -> 0.880: the Houthis, now the speaker of "dozens of drones", no longer own them
    "ho31_34": {
        "f1": 0.967,
        "bounds": 1.0,
        "qualifier": 0.994,
        "party": 0.877,
        "claimant": 0.912,
        "leaks": 6,
    },
    "ho35_38": {
        "f1": 0.973,
        "bounds": 1.0,
        "qualifier": 0.997,
        "party": 0.792,
        "claimant": 0.859,
        "leaks": 2,
    },
    "ho39_42": {
        "f1": 0.964,
        "bounds": 1.0,
        "qualifier": 1.0,
        "party": 0.86,
        "claimant": 0.801,  # (0.806 once, 0.797 at 0f7365a; then an arrest newly matched
        # names "Colombian police in Cali" where gold says "Colombia National Police")
        "leaks": 11,
    },
    # (scored unseen at 25c56a8 and at the session's start c05a6c0, before the rules written from it)
    "ho43_46": {
        "f1": 0.975,
        "bounds": 0.994,
        "qualifier": 0.994,
        "party": 0.862,
        "claimant": 0.826,
        "leaks": 3,
    },
    # (scored unseen at 3a0a36d and at c05a6c0; its errors were read among all sets' from 1f1d36d on)
    "ho47_50": {
        "f1": 0.958,
        "bounds": 0.988,
        "qualifier": 0.983,
        "party": 0.872,
        "claimant": 0.862,
        "leaks": 10,
    },
    # (2014-2020 wars; ho51, ho52, ho54 read after scoring at 85592fc; ho53 scored unseen at
    # 85592fc and cde4721, its misses listed only after that)
    "ho51_54": {
        "f1": 0.932,
        "bounds": 0.994,
        "qualifier": 0.994,
        "party": 0.833,
        "claimant": 0.837,
        "leaks": 4,
    },
    # (scored unseen at 85592fc and cde4721; read for two rules after that)
    "ho55_58": {
        "f1": 0.945,
        "bounds": 0.997,
        "qualifier": 0.997,
        "party": 0.806,  # lowered at the DR Congo naming (see "extra")
        "claimant": 0.879,
        "leaks": 8,
    },
    # (scored unseen at 85592fc, 5d6d609 and 51031bc; read from 49ab2f2 on)
    "ho59_62": {
        "f1": 0.947,
        "bounds": 1.0,
        "qualifier": 0.997,
        "party": 0.88,
        "claimant": 0.749,
        "leaks": 9,
    },
    # (scored unseen at 12014b0: 0.911 / party 0.784 / claimant 0.811, and d2303dc: claimant 0.828;
    # rules written from it from 4493f34 on)
    "ho63_66": {
        "f1": 0.963,
        "bounds": 1.0,
        "qualifier": 1.0,
        "party": 0.829,
        "claimant": 0.883,
        "leaks": 3,
    },
    # (scored unseen at 12014b0 and after each rule of the session up to 4449f51: 0.949 / party
    # 0.792 / claimant 0.851 -> 0.953 / 0.794 / 0.860; no rule written from it; joined at 9252de0)
    "ho67_70": {
        "f1": 0.972,
        "bounds": 1.0,
        "qualifier": 1.0,
        "party": 0.821,
        "claimant": 0.897,
        "leaks": 8,
    },
    # (scored unseen at 12014b0: 0.933 / party 0.643 / claimant 0.773, and at bd378cb and 0f7365a:
    # 0.935 / 0.653 / 0.807; read from the DR Congo naming commit on)
    "ho71_74": {
        "f1": 0.986,
        "bounds": 1.0,
        "qualifier": 1.0,
        "party": 0.849,
        "claimant": 0.85,
        "leaks": 4,
    },
    # (scored unseen at e2c6633 and 711e0b9: 0.924 / party 0.772 / claimant 0.782; read from 95a9826 on)
    "ho79_82": {
        "f1": 0.964,
        "bounds": 1.0,
        "qualifier": 1.0,
        "party": 0.821,
        "claimant": 0.803,
        "leaks": 6,
    },
    # (scored unseen at e2c6633 .931/.730/.748 and at ab6bb99 .935/.732/.758; read from this commit on)
    "ho83_86": {
        "f1": 0.949,
        "bounds": 0.997,
        "qualifier": 0.997,
        "party": 0.759,
        "claimant": 0.805,
        "leaks": 9,
    },
    # (scored unseen at ab6bb99 and again after the next five rule commits (0cfc3da..bcbdf67), unchanged at
    # .906/.762/.779; read from this commit on)
    "ho87_90": {
        "f1": 0.938,
        "bounds": 0.994,
        "qualifier": 0.991,
        "party": 0.789,
        "claimant": 0.804,
        "leaks": 8,
    },
    # (written mid-way through the third 2026-11-27 session and scored unseen from ab6bb99 to 88ae131,
    # .929 -> .934 F1, party .729 -> .725, claimant .798 -> .792; read from this commit on)
    "ho91_94": {
        "f1": 0.943,
        "bounds": 0.994,
        "qualifier": 0.994,
        "party": 0.747,
        "claimant": 0.819,
        "leaks": 7,
    },
    # (written at the start of the fourth 2026-11-27 session and scored unseen at ed9e4df, .940/.825/.773,
    # and at 6d8ea08, .940/.831/.777; read from this commit on)
    "ho95_98": {
        "f1": 0.951,
        "bounds": 1.0,
        "qualifier": 0.997,
        "party": 0.849,
        "claimant": 0.795,
        "leaks": 10,
    },
    # (written in the fourth 2026-11-27 session and scored unseen at ed9e4df, .906/.735/.815, and at
    # 0cc0e6f, .907/.742/.819; read from the fifth session's start)
    "ho99_102": {
        "f1": 0.929,
        "bounds": 0.994,
        "qualifier": 0.994,
        "party": 0.769,
        "claimant": 0.833,
        "leaks": 6,
    },
    # (written in the fifth 2026-11-27 session and scored unseen at 0cc0e6f, .934/.681/.775, and at
    # de56bef, .943/.688/.766; read from the 2026-11-28 session's start)
    "ho103_106": {
        "f1": 0.969,
        "bounds": 1.0,
        "qualifier": 0.997,
        "party": 0.754,
        "claimant": 0.818,
        "leaks": 2,
    },
}


def _score_module():
    path = EVAL_DIR / "score.py"
    if not path.exists():
        pytest.skip(f"evaluation kit not found at {EVAL_DIR} (set CASUALTY_TRACKER_EVAL_DIR)")
    spec = importlib.util.spec_from_file_location("casualty_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(gold_path: Path) -> dict[str, float]:
    """The same numbers score.py prints, computed in-process with its functions."""
    score = _score_module()
    if not gold_path.exists():
        pytest.skip(f"gold file not found: {gold_path}")
    gold = score.load_jsonl(gold_path.read_text(encoding="utf-8"))
    tp = fp = fn = leaks = 0
    attr = {"bounds": [0, 0], "qualifier": [0, 0], "party": [0, 0], "claimant": [0, 0]}
    for art in gold:
        article = ArticleText(str(art["id"]), art.get("title") or "", art.get("text") or "")
        preds = [json.loads(json.dumps(f.to_record(), default=str)) for f in extract_figures(article)]
        pairs, miss, extra = score.match_article(art.get("figures") or [], preds)
        tp, fn, fp = tp + len(pairs), fn + len(miss), fp + len(extra)
        for g, p in pairs:
            attr["bounds"][0] += all(
                score.num(g.get(f)) == score.num(p.get(f)) for f in ("value", "low", "high")
            )
            attr["qualifier"][0] += g.get("qualifier") == p.get("qualifier")
            attr["party"][0] += score.same_name(g.get("party"), p.get("party"))
            for name in ("bounds", "qualifier", "party"):
                attr[name][1] += 1
            if not g.get("in_title"):
                attr["claimant"][0] += score.same_name(g.get("claimant"), p.get("claimant"))
                attr["claimant"][1] += 1
        non = [n.lower() for n in art.get("non_figures") or []]
        for p in extra:
            ev = str(p.get("evidence") or "").lower()
            if ev and any(n in ev or ev in n for n in non):
                leaks += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out = {"f1": round(f1, 3), "leaks": leaks}
    out.update({k: round(a / b, 3) if b else 0.0 for k, (a, b) in attr.items()})
    return out


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("seed", EVAL_DIR / "seed.jsonl"),
        ("dev", EVAL_DIR / "dev.jsonl"),
        ("extra", EXTRA),
        ("later", LATER),
        ("fresh", FRESH),
        ("ho15_18", HO15_18),
        ("ho19_22", HO19_22),
        ("ho23_26", HO23_26),
        ("ho27_30", HO27_30),
        ("ho31_34", HO31_34),
        ("ho35_38", HO35_38),
        ("ho39_42", HO39_42),
        ("ho43_46", HO43_46),
        ("ho47_50", HO47_50),
        ("ho51_54", HO51_54),
        ("ho55_58", HO55_58),
        ("ho59_62", HO59_62),
        ("ho63_66", HO63_66),
        ("ho67_70", HO67_70),
        ("ho71_74", HO71_74),
        ("ho79_82", HO79_82),
        ("ho83_86", HO83_86),
        ("ho87_90", HO87_90),
        ("ho91_94", HO91_94),
        ("ho95_98", HO95_98),
        ("ho99_102", HO99_102),
        ("ho103_106", HO103_106),
    ],
)
def test_gold_set_levels(name, path):
    result = evaluate(path)
    levels = dict(LEVELS[name])
    assert result["leaks"] <= levels.pop("leaks", 0), result
    for metric, level in levels.items():
        assert result[metric] >= level - 0.01, (name, metric, result)


def test_seed_is_perfect():
    assert evaluate(EVAL_DIR / "seed.jsonl")["f1"] == 1.0
