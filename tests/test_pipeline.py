"""Real in-process materializations of every asset into a temporary DuckDB file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casualty_tracker.extraction import ArticleText, extract_figures
from casualty_tracker.storage.warehouse import Warehouse
from support import FIGURE_TABLES, gold, materialize_all, table_rows, write_jsonl_articles


def _casualties(db_path: Path) -> set[tuple]:
    with Warehouse(db_path).reader() as con:
        return set(
            con.execute(
                "SELECT kind, party, claimant, value, low, high, qualifier FROM casualty_figures"
            ).fetchall()
        )


def test_seed_materializes_into_the_figure_tables(db_path: Path, inbox: Path) -> None:
    materialize_all(db_path, inbox)
    rows = _casualties(db_path)
    jcs = "South Korea Joint Chiefs of Staff"
    assert ("casualties", "North Korea", jcs, None, 1000, None, "at_least") in rows
    assert ("casualties", "North Korea", jcs, 1100, None, None, "approx") in rows
    with Warehouse(db_path).reader() as con:
        troops = con.execute("SELECT party, low, qualifier, action FROM troop_figures").fetchall()
        weapons = con.execute(
            "SELECT weapon, caliber_mm, action, party FROM weapon_figures ORDER BY 2"
        ).fetchall()
        article = con.execute("SELECT title, outlet FROM articles").fetchall()
        evidence = [r[0] for r in con.execute("SELECT evidence FROM figures").fetchall()]
    assert ("North Korea", 3000, "vague", "deployed") in troops
    assert [(w[1], w[2], w[3]) for w in weapons] == [
        (170, "supplied", "North Korea"),
        (240, "supplied", "North Korea"),
    ]
    assert article == [("North Korean army has given 1100 casualties in Ukraine", "BGNES")]
    for not_a_figure in ("17 December", "February 2022", "two countries", "a third country"):
        assert not any(not_a_figure in ev for ev in evidence)


def test_materializing_again_leaves_identical_tables(db_path: Path, inbox: Path) -> None:
    materialize_all(db_path, inbox)
    first = {t: table_rows(db_path, t, "figure_id") for t in FIGURE_TABLES}
    articles = table_rows(db_path, "articles", "article_id")
    materialize_all(db_path, inbox)
    assert {t: table_rows(db_path, t, "figure_id") for t in FIGURE_TABLES} == first
    assert table_rows(db_path, "articles", "article_id") == articles
    assert sum(len(v) for v in first.values()) >= 6


def test_incremental_run_skips_articles_already_extracted(db_path: Path, inbox: Path) -> None:
    materialize_all(db_path, inbox, only_new=True)
    results = materialize_all(db_path, inbox, only_new=True)
    processed = [
        m.metadata["articles_processed"].value
        for r in results[1:]
        for m in r.asset_materializations_for_node("number_mentions")
    ]
    assert processed and all(n == 0 for n in processed)


def test_pipeline_figures_equal_what_extract_prints(db_path: Path, inbox: Path) -> None:
    """The assets (mentions stored in DuckDB, then classified) give exactly the extract command's figures."""
    articles = gold("dev.jsonl")
    write_jsonl_articles(inbox, articles)
    materialize_all(db_path, inbox, include_seeds=False)
    with Warehouse(db_path).reader() as con:
        rows = con.execute(
            "SELECT a.title, f.kind, f.value, f.low, f.high, f.qualifier, f.party, f.claimant, f.evidence, "
            "f.char_start, f.in_title FROM figures f JOIN articles a USING (article_id)"
        ).fetchall()
    stored: dict[str, set] = {}
    for title, *fields in rows:
        stored.setdefault(title, set()).add(tuple(fields))
    for a in articles:
        article = ArticleText(a["id"], a["title"], a["text"], date.fromisoformat(a["published"]), a["outlet"])
        expected = {
            (
                f.kind,
                f.value,
                f.low,
                f.high,
                f.qualifier,
                f.party,
                f.claimant,
                f.evidence,
                f.char_start,
                f.in_title,
            )
            for f in extract_figures(article)
        }
        assert stored.get(a["title"], set()) == expected, a["id"]


def test_many_articles_are_extracted_in_chunks_each_committed(
    db_path: Path, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More articles than one chunk: every chunk is classified and loaded, nothing twice."""
    import casualty_tracker.stages.extract as extract_stage

    monkeypatch.setattr(extract_stage, "CHUNK_ARTICLES", 4)
    articles = gold("dev.jsonl")[:10]
    write_jsonl_articles(inbox, articles, published="2025-01-13")
    materialize_all(db_path, inbox, include_seeds=False)
    with Warehouse(db_path).reader() as con:
        per_article = con.execute("SELECT count(DISTINCT article_id), count(*) FROM figures").fetchone()
        done = con.execute("SELECT count(*) FROM article_extractions WHERE stage = 'figures'").fetchone()[0]
    assert per_article[0] == 10 and done == 10
    expected = sum(
        len(extract_figures(ArticleText(a["id"], a["title"], a["text"], date(2025, 1, 13), a["outlet"])))
        for a in articles
    )
    assert per_article[1] == expected
