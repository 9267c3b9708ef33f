"""The claim views on a database built by the real pipeline: the seed article plus the dev
articles of the shared eval set, through the Dagster assets and the extractor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from casualty_tracker.storage.warehouse import Warehouse
from support import gold, materialize_all, write_jsonl_articles


@pytest.fixture(scope="module")
def con(tmp_path_factory) -> duckdb.DuckDBPyConnection:
    folder = tmp_path_factory.mktemp("e2e")
    inbox = folder / "inbox"
    inbox.mkdir()
    write_jsonl_articles(inbox, gold("dev.jsonl"))
    db = folder / "casualties.duckdb"
    materialize_all(db, inbox)  # the figures load links claims in its own transaction
    reader = Warehouse(db).reader()
    yield reader
    reader.close()


def _claimants(rows: list[tuple]) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in rows}


def test_north_korean_casualties_side_by_side(con):
    rows = con.execute(
        "SELECT claimant, best, claimants, min_best, max_best, spread FROM claims_disagreement "
        "WHERE party = 'North Korea' AND kind = 'casualties' ORDER BY best DESC"
    ).fetchall()
    by = _claimants(rows)
    assert by["South Korea Joint Chiefs of Staff"][0] == 1100
    ukraine = [c for c in by if c.startswith("Ukraine military intelligence")]
    assert len(ukraine) == 1 and by[ukraine[0]][0] == 30
    assert {r[3:] for r in rows} == {(30, 3000, 2970)}  # spread from Ukraine's 30 to the NIS's 3,000


def test_latest_north_korean_casualties_by_claimant(con):
    rows = con.execute(
        "SELECT claimant, figure, published FROM claims_latest "
        "WHERE party = 'North Korea' AND kind = 'casualties'"
    ).fetchall()
    by = _claimants(rows)
    assert by["South Korea Joint Chiefs of Staff"][0] == "~1,100"  # not "more than 1,000", same day
    assert by["South Korea National Intelligence Service"] == ("≥3,000", date(2025, 1, 13))


def test_seed_headline_and_body_are_one_claim(con):
    rows = con.execute(
        "SELECT claimant, figures, reports FROM claims WHERE party = 'North Korea' AND kind = 'casualties' "
        "AND value = 1100"
    ).fetchall()
    assert rows == [("South Korea Joint Chiefs of Staff", 2, 1)]


def test_gaza_toll_timeline(con):
    rows = con.execute(
        "SELECT first_reported, figure FROM claims_timeline WHERE party = 'Palestine' AND kind = 'killed' "
        "ORDER BY first_reported, best DESC"
    ).fetchall()
    assert [r[1] for r in rows][:2] == ["40,005", "≥40,000"]
    assert {r[0].isoformat() for r in rows} == {"2024-08-15"}


def test_north_korea_supplied_weapons_by_calibre(con):
    rows = con.execute(
        "SELECT caliber_mm, claims, mentions_without_count FROM weapons_by_system "
        "WHERE party = 'North Korea' AND action = 'supplied' ORDER BY caliber_mm DESC"
    ).fetchall()
    assert rows == [(240.0, 1, 1), (170.0, 1, 1)]


def test_every_figure_is_linked(con):
    figures, linked, claims = con.execute(
        "SELECT (SELECT count(*) FROM figures), (SELECT count(*) FROM figure_claims), "
        "(SELECT count(*) FROM claims)"
    ).fetchone()
    assert figures == linked > claims > 50


def test_example_chart_from_the_pipeline(con, tmp_path: Path):
    from casualty_tracker.charts import claims_chart

    svg = claims_chart(con, "North Korea", "casualties", tmp_path / "nk.svg").read_text(encoding="utf-8")
    assert "South Korea Joint Chiefs of Staff" in svg and "South Korea National Intelligence Service" in svg
