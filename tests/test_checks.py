"""Asset checks: each one fails on the bad data it guards against, and blocks the load."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import dagster as dg
import pytest

import casualty_tracker.stages.extract as extract_stage
from casualty_tracker.defs.assets.extract import figure_tables, number_mentions
from casualty_tracker.defs.assets.ingest import ingested_articles
from casualty_tracker.extraction.model import Figure
from casualty_tracker.storage.audits import FIGURE_AUDITS, run_audits
from casualty_tracker.storage.warehouse import Warehouse
from support import resources

GOOD = {
    "figure_id": "f-good",
    "article_id": "a1",
    "kind": "killed",
    "value": 10,
    "low": None,
    "high": None,
    "qualifier": "exact",
    "population": None,
    "evidence": "10 killed",
}
AUDITS = {a.name: a for a in FIGURE_AUDITS}


def _audit_with_rows(db_path: Path, rows: list[dict], audit: str, table: str = "casualty_figures") -> int:
    """Insert rows for article a1 (published 2024-05-01) and run one audit over them."""
    wh = Warehouse(db_path)
    with wh.writer(publish=False) as con:
        con.execute(
            "INSERT INTO articles (article_id, title, published, content_sha256, ingested_at) "
            "VALUES ('a1', 't', DATE '2024-05-01', 'x', now()::TIMESTAMP)"
        )
        con.execute("CREATE TEMP TABLE staged_processed AS SELECT 'a1' AS article_id")
        for row in rows:
            full = {"char_start": 0, "char_end": 5, "in_title": False, "published": date(2024, 5, 1), **row}
            cols = ", ".join(full)
            con.execute(
                f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(full))})", list(full.values())
            )
        (result,) = run_audits(con, [AUDITS[audit]])
    return result.failures


@pytest.mark.parametrize(
    ("audit", "bad"),
    [
        ("figures_bounds_well_formed", {"value": 5, "low": 10}),
        ("figures_bounds_well_formed", {"value": None, "low": 500, "high": 100, "qualifier": "range"}),
        ("figures_allowed_values", {"qualifier": "probably"}),
        ("figures_allowed_values", {"kind": "troops"}),
        ("figures_allowed_values", {"qualifier": None}),
        ("figures_allowed_values", {"population": "combatant"}),
        ("figures_linked_to_articles", {"article_id": "a1", "published": date(2024, 5, 2)}),
    ],
)
def test_each_blocking_audit_catches_its_bad_row(db_path: Path, audit: str, bad: dict) -> None:
    assert _audit_with_rows(db_path, [GOOD], audit) == 0
    assert (
        _audit_with_rows(db_path.with_name("b.duckdb"), [GOOD, {**GOOD, "figure_id": "f-bad", **bad}], audit)
        == 1
    )


def test_duplicate_figure_ids_are_caught(db_path: Path) -> None:
    assert _audit_with_rows(db_path, [GOOD, {**GOOD, "value": 11}], "figures_unique_ids") == 1


def test_running_total_jump_is_flagged(db_path: Path) -> None:
    rows = [
        {**GOOD, "figure_id": f"f{i}", "party": "Sudan", "value": v, "published": date(2024, 5, 1)}
        for i, v in enumerate((120, 130, 150))
    ]
    assert _audit_with_rows(db_path, rows, "figures_running_total_jumps") == 0
    jump = {**GOOD, "figure_id": "f9", "party": "Sudan", "value": 2024}
    assert _audit_with_rows(db_path.with_name("j.duckdb"), [*rows, jump], "figures_running_total_jumps") == 1


def test_blocking_check_stops_bad_figures_reaching_the_tables(
    db_path: Path, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (inbox / "a.txt").write_text("Clashes in the north\n\nTwelve soldiers were killed, the army said.\n")
    res = resources(db_path, inbox, include_seeds=False)
    assert dg.materialize([ingested_articles], resources=res).success
    with Warehouse(db_path).reader() as con:
        (day,) = con.execute("SELECT published FROM articles").fetchone()

    def broken_extractor(article, mentions):
        # A classification bug: upper bound below the lower bound.
        return [Figure("killed", "Twelve soldiers", 0, 15, "s", low=12, high=3, qualifier="range")]

    monkeypatch.setattr(extract_stage, "figures_from_mentions", broken_extractor)
    result = dg.materialize(
        [ingested_articles, number_mentions, figure_tables],
        selection=[number_mentions, figure_tables],
        partition_key=day.isoformat(),
        resources=res,
        raise_on_error=False,
    )
    assert not result.success
    evaluations = {
        (e.asset_key.to_user_string(), e.check_name): e.passed for e in result.get_asset_check_evaluations()
    }
    assert evaluations[("casualty_figures", "figures_bounds_well_formed")] is False
    assert not result.asset_materializations_for_node("figure_tables")
    with Warehouse(db_path).reader() as con:
        assert con.execute("SELECT count(*) FROM casualty_figures").fetchone()[0] == 0
