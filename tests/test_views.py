"""The analyst views and syndication linking, on figures written straight into a warehouse:
the gold figures of the seed and dev articles (what those articles say), plus hand-made
syndicated copies. The end-to-end versions through the real extractor are in
test_views_e2e.py."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import duckdb
import pytest

from casualty_tracker.storage.claims import rebuild_claims, refresh_claims
from claims_data import figure, gold_rows, load_rows
from support import gold

JCS = "South Korea Joint Chiefs of Staff"
NIS = "South Korea National Intelligence Service"
UKRAINE_INTEL = "Ukraine military intelligence"


@pytest.fixture
def gold_db(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    articles, figures = gold_rows(gold("seed.jsonl") + gold("dev.jsonl"))
    con = load_rows(tmp_path / "gold.duckdb", articles, figures).reader()
    yield con
    con.close()


def test_headline_and_body_are_one_claim(gold_db):
    # seed-001: "1100 casualties" in the headline and "about 1,100 casualties" in the body.
    rows = gold_db.execute(
        "SELECT value, low, figures, reports, qualifier, evidence FROM claims "
        "WHERE party = 'North Korea' AND kind = 'casualties' AND claimant = ? ORDER BY best DESC",
        [JCS],
    ).fetchall()
    assert rows == [
        (1100, None, 2, 1, "approx", "about 1,100 casualties"),
        (None, 1000, 1, 1, "at_least", "More than 1,000 North Korean soldiers"),
    ]


def test_claims_latest_by_claimant(gold_db):
    rows = gold_db.execute(
        "SELECT claimant, value, low, high, qualifier, published, outlet FROM claims_latest "
        "WHERE party = 'North Korea' AND kind = 'casualties' ORDER BY claimant"
    ).fetchall()
    assert rows == [
        (JCS, 1100, None, None, "approx", date(2024, 12, 23), "BGNES"),
        (NIS, None, 3000, None, "at_least", date(2025, 1, 13), "Channel NewsAsia"),
        ("US military official", None, 300, None, "vague", date(2024, 12, 19), "BBC News"),
        (UKRAINE_INTEL, None, 30, None, "at_least", date(2024, 12, 19), "BBC News"),
    ]
    # The NIS said ~300 killed on 13 January after "at least 100" in December: the latest wins.
    killed = gold_db.execute(
        "SELECT value, low, figure, title FROM claims_latest JOIN articles USING (article_id) "
        "WHERE party = 'North Korea' AND kind = 'killed' AND claimant = ?",
        [NIS],
    ).fetchall()
    assert killed == [
        (
            300,
            None,
            "~300",
            "Seoul says about 300 North Korean troops killed, 2,700 wounded fighting for Russia",
        )
    ]


def test_claims_disagreement_puts_claimants_side_by_side(gold_db):
    rows = gold_db.execute(
        "SELECT claimant, best, claimants, min_best, max_best, spread, ratio, days_behind "
        "FROM claims_disagreement WHERE party = 'North Korea' AND kind = 'casualties' ORDER BY best DESC"
    ).fetchall()
    assert rows == [
        (NIS, 3000, 4, 30, 3000, 2970, 100.0, 0),
        (JCS, 1100, 4, 30, 3000, 2970, 100.0, 21),
        ("US military official", 300, 4, 30, 3000, 2970, 100.0, 25),
        (UKRAINE_INTEL, 30, 4, 30, 3000, 2970, 100.0, 25),
    ]


def test_claims_disagreement_between_a_window(gold_db):
    # December 2024 only: the NIS claim of January is out, JCS vs Ukraine vs the US official.
    rows = gold_db.execute(
        "SELECT claimant, best, spread FROM claims_disagreement_between(DATE '2024-12-01', '2024-12-31') "
        "WHERE party = 'North Korea' AND kind = 'casualties' ORDER BY best DESC"
    ).fetchall()
    assert rows == [(JCS, 1100, 1070), ("US military official", 300, 1070), (UKRAINE_INTEL, 30, 1070)]
    # A subject with a single claimant is no disagreement.
    alone = gold_db.execute(
        "SELECT count(*) FROM claims_disagreement WHERE party = 'Palestine' AND kind = 'killed'"
    ).fetchone()
    assert alone == (0,)
    # Parameters bind like any value.
    # Parameters bind like any value: from January 2025 on, only troop numbers are disputed.
    bound = gold_db.execute(
        "SELECT kind, claimant, best, spread FROM claims_disagreement_between(?, ?) "
        "WHERE party = 'North Korea' ORDER BY best",
        [date(2025, 1, 1), None],
    ).fetchall()
    assert bound == [
        ("troops", "South Korea", 10000, 1000),
        ("troops", "Ukrainian and US officials", 11000, 1000),
    ]


def test_claims_timeline_of_the_gaza_toll(gold_db):
    rows = gold_db.execute(
        "SELECT first_reported, claimant, figure, qualifier, reports FROM claims_timeline "
        "WHERE party = 'Palestine' AND kind = 'killed' ORDER BY first_reported, best DESC"
    ).fetchall()
    assert rows == [
        (date(2024, 8, 15), "Gaza Health Ministry", "40,005", "exact", 1),
        (date(2024, 8, 15), "Gaza Health Ministry", "≥40,000", "at_least", 1),
        (date(2024, 8, 15), "Gaza Health Ministry", "40", "exact", 1),
    ]


def test_weapons_by_system_north_korea_by_calibre(gold_db):
    rows = gold_db.execute(
        "SELECT caliber_mm, weapon, claims, mentions_without_count, latest_count, claimants "
        "FROM weapons_by_system WHERE party = 'North Korea' AND action = 'supplied' ORDER BY caliber_mm DESC"
    ).fetchall()
    assert rows == [
        (240.0, "240-mm rocket launcher", 1, 1, None, [JCS]),
        (170.0, "170-mm self-propelled gun", 1, 1, None, [JCS]),
    ]
    counted = gold_db.execute(
        "SELECT weapon, caliber_mm, latest_count FROM weapons_by_system "
        "WHERE party = 'United States' AND caliber_mm = 155 ORDER BY weapon"
    ).fetchall()
    assert counted == [("155mm ammunition", 155.0, None), ("155mm howitzer", 155.0, 18)]


def test_figure_claims_maps_every_figure(gold_db):
    figures, mapped = gold_db.execute(
        "SELECT (SELECT count(*) FROM figures), (SELECT count(DISTINCT figure_id) FROM figure_claims)"
    ).fetchone()
    assert figures == mapped > 100


def _syndicated(tmp_path: Path, extra: list[dict]) -> duckdb.DuckDBPyConnection:
    base = [
        # One claim carried by three outlets over four days, gaps of at most three days.
        figure(
            "a1",
            "2024-12-19",
            "BBC News",
            0,
            kind="killed",
            party="North Korea",
            claimant=NIS,
            low=100,
            qualifier="at_least",
        ),
        figure(
            "a2",
            "2024-12-19",
            "Reuters",
            0,
            kind="killed",
            party="North Korea",
            claimant=NIS,
            low=100,
            qualifier="at_least",
        ),
        figure(
            "a3",
            "2024-12-22",
            "Yonhap",
            0,
            kind="killed",
            party="North Korea",
            claimant=NIS,
            low=100,
            qualifier="at_least",
        ),
        # The headline of a3 repeats it without saying who claims it.
        figure(
            "a3",
            "2024-12-22",
            "Yonhap",
            1,
            kind="killed",
            party="North Korea",
            claimant=None,
            low=100,
            qualifier="at_least",
            in_title=True,
        ),
        # The same figure repeated two weeks later: a new statement.
        figure(
            "a4",
            "2025-01-06",
            "Reuters",
            0,
            kind="killed",
            party="North Korea",
            claimant=NIS,
            low=100,
            qualifier="at_least",
        ),
        # Same number, other claimant: never merged.
        figure(
            "a2",
            "2024-12-19",
            "Reuters",
            1,
            kind="killed",
            party="North Korea",
            claimant=UKRAINE_INTEL,
            low=100,
            qualifier="at_least",
        ),
        # Null claimant and null party are values of their own.
        figure("a5", "2024-12-20", "AP", 0, kind="killed", party=None, claimant=None, value=13),
        figure("a6", "2024-12-21", "AFP", 0, kind="killed", party=None, claimant=None, value=13),
    ]
    return load_rows(tmp_path / "synd.duckdb", [], base + extra).reader()


def test_syndicated_reports_are_one_claim(tmp_path):
    con = _syndicated(tmp_path, [])
    rows = con.execute(
        "SELECT claimant, party, first_reported, last_reported, reports, outlets, figures, outlet_names "
        "FROM claims ORDER BY claimant NULLS LAST, first_reported"
    ).fetchall()
    assert rows == [
        (
            NIS,
            "North Korea",
            date(2024, 12, 19),
            date(2024, 12, 22),
            3,
            3,
            4,
            ["BBC News", "Reuters", "Yonhap"],
        ),
        (NIS, "North Korea", date(2025, 1, 6), date(2025, 1, 6), 1, 1, 1, ["Reuters"]),
        (UKRAINE_INTEL, "North Korea", date(2024, 12, 19), date(2024, 12, 19), 1, 1, 1, ["Reuters"]),
        (None, None, date(2024, 12, 20), date(2024, 12, 21), 2, 2, 2, ["AFP", "AP"]),
    ]
    # Every figure points at its claim, with the claim's reach.
    reach = con.execute(
        "SELECT count(*), count(DISTINCT claim_id), max(reports) FROM figure_claims "
        "WHERE claim_id IN (SELECT claim_id FROM claims WHERE claimant = ?)",
        [NIS],
    ).fetchone()
    assert reach == (5, 2, 3)
    latest = con.execute("SELECT published, reports FROM claims_latest WHERE claimant = ?", [NIS]).fetchall()
    assert latest == [(date(2025, 1, 6), 1)]


def test_refresh_follows_changes_and_removals(tmp_path):
    con = _syndicated(tmp_path, [])
    con.close()
    db = tmp_path / "synd.duckdb"
    from casualty_tracker.storage.warehouse import Warehouse

    with Warehouse(db).writer() as w:
        w.execute("BEGIN TRANSACTION")
        # a2 is withdrawn; a3 now names another claimant: the first claim splits and shrinks.
        w.execute("DELETE FROM casualty_figures WHERE article_id = 'a2'")
        w.execute("UPDATE casualty_figures SET claimant = 'Yonhap' WHERE article_id = 'a3' AND NOT in_title")
        result = refresh_claims(w)
        w.execute("COMMIT")
        assert result.reports > 0
        rows = w.execute(
            "SELECT claimant, first_reported, reports, figures FROM claims "
            "WHERE party = 'North Korea' ORDER BY claimant, first_reported"
        ).fetchall()
        assert rows == [
            (NIS, date(2024, 12, 19), 1, 1),
            (NIS, date(2025, 1, 6), 1, 1),
            ("Yonhap", date(2024, 12, 22), 1, 2),  # the headline follows its body's claimant
        ]
        w.execute("BEGIN TRANSACTION")
        assert refresh_claims(w).groups == 0  # nothing changed since
        w.execute("COMMIT")


def _claims_state(con: duckdb.DuckDBPyConnection) -> tuple[list, list]:
    claims = con.execute("SELECT * EXCLUDE (group_key, subject_key) FROM claims ORDER BY claim_id").fetchall()
    reports = con.execute("SELECT figure_id, claim_id FROM claim_reports ORDER BY figure_id").fetchall()
    return claims, reports


def test_incremental_refresh_equals_a_rebuild(tmp_path):
    """Random loads, edits and deletions: the incremental claims always equal a full rebuild."""
    rng = random.Random(6)
    parties, claimants = ["North Korea", "Russia", None], [NIS, JCS, None]
    con = duckdb.connect(str(tmp_path / "r.duckdb"))
    from casualty_tracker.storage.migrations import migrate

    migrate(con)
    for step in range(12):
        con.execute("BEGIN TRANSACTION")
        for _ in range(rng.randint(1, 6)):
            art = f"r{rng.randint(0, 30)}"
            con.execute("DELETE FROM casualty_figures WHERE article_id = ?", [art])
            day = date(2024, 12, 1).toordinal() + rng.randint(0, 20)
            for n in range(rng.randint(0, 3)):
                row = figure(
                    art,
                    date.fromordinal(day).isoformat(),
                    rng.choice(["AP", "AFP", "BBC"]),
                    n,
                    kind="killed",
                    party=rng.choice(parties),
                    claimant=rng.choice(claimants),
                    value=rng.choice([100, 300]),
                    qualifier="exact",
                    in_title=n == 2,
                )
                row["population"] = None
                con.execute(
                    "INSERT INTO casualty_figures BY NAME SELECT * FROM (SELECT unnest([?]::STRUCT("
                    + ", ".join(f'"{k}" {t}' for k, t in _TYPES.items())
                    + ")[], recursive := true))",
                    [{k: row.get(k) for k in _TYPES}],
                )
        if step % 4 == 3:
            con.execute("UPDATE casualty_figures SET claimant = 'Edited' WHERE article_id = 'r3'")
        refresh_claims(con)
        con.execute("COMMIT")
        incremental = _claims_state(con)
        rebuild_claims(con)
        assert _claims_state(con) == incremental, f"step {step}"
    assert incremental[0], "the random loads produced claims"


_TYPES = {
    "figure_id": "VARCHAR",
    "article_id": "VARCHAR",
    "kind": "VARCHAR",
    "party": "VARCHAR",
    "population": "VARCHAR",
    "claimant": "VARCHAR",
    "value": "BIGINT",
    "low": "BIGINT",
    "high": "BIGINT",
    "qualifier": "VARCHAR",
    "evidence": "VARCHAR",
    "sentence": "VARCHAR",
    "char_start": "INTEGER",
    "char_end": "INTEGER",
    "in_title": "BOOLEAN",
    "published": "DATE",
    "outlet": "VARCHAR",
}
