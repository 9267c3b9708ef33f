"""Helpers the tests share: real in-process materializations into a temporary DuckDB file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import dagster as dg
import pytest

from casualty_tracker.defs.assets.extract import figure_tables, number_mentions
from casualty_tracker.defs.assets.ingest import ingested_articles
from casualty_tracker.defs.resources import SourcesResource, WarehouseResource
from casualty_tracker.paths import PROJECT_ROOT
from casualty_tracker.storage.warehouse import Warehouse

# the shared evaluation kit beside the project, else its copy vendored in tests/ (a clean clone)
_SHARED = PROJECT_ROOT.parent / "shared" / "eval"
SHARED_EVAL = _SHARED if (_SHARED / "dev.jsonl").exists() else Path(__file__).parent / "extraction/data/eval"
FIGURE_TABLES = ("casualty_figures", "troop_figures", "weapon_figures")


def resources(db_path: Path, inbox: Path, include_seeds: bool = True) -> dict:
    return {
        "warehouse": WarehouseResource(db_path=str(db_path)),
        "sources": SourcesResource(inbox_dir=str(inbox), include_seeds=include_seeds),
    }


def materialize_all(db_path: Path, inbox: Path, include_seeds: bool = True, only_new: bool = False) -> list:
    """Ingest, then extract the publication days that hold articles, as real Dagster runs."""
    res = resources(db_path, inbox, include_seeds)
    results = [dg.materialize([ingested_articles], resources=res)]
    assert results[0].success
    with Warehouse(db_path).reader() as con:
        days = [r[0] for r in con.execute("SELECT DISTINCT published FROM articles ORDER BY 1").fetchall()]
    config = {"config": {"only_new": only_new}}
    for day in days:
        result = dg.materialize(
            [ingested_articles, number_mentions, figure_tables],
            selection=[number_mentions, figure_tables],
            partition_key=day.isoformat(),
            resources=res,
            run_config={"ops": {"number_mentions": config, "figure_tables": config}},
        )
        assert result.success
        results.append(result)
    return results


def table_rows(db_path: Path, table: str, order: str = "1") -> list[tuple]:
    with Warehouse(db_path).reader() as con:
        return con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()


def write_jsonl_articles(folder: Path, records: list[dict], published: str | None = None) -> None:
    """Write gold-format articles as plain-text files with a sidecar date, one file each.

    `published` puts every article on one day: one partition, one extraction run.
    """
    for rec in records:
        path = folder / f"{rec['id']}.txt"
        path.write_text(f"{rec['title']}\n\n{rec['text']} | {rec['outlet']}\n", encoding="utf-8")
        meta = {"published": published or rec["published"], "outlet": rec["outlet"]}
        (folder / f"{rec['id']}.txt.meta.json").write_text(json.dumps(meta), encoding="utf-8")


def gold(name: str) -> list[dict]:
    path = SHARED_EVAL / name
    if not path.exists():
        pytest.skip(f"{path} is absent (neither the shared eval folder nor its copy in tests/)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def as_date(text: str) -> date:
    return date.fromisoformat(text)
