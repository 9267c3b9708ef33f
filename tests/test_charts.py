"""The claims timeline chart and the Dagster metadata of the figure tables, on the gold figures."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from casualty_tracker.analysis import AnalysisError
from casualty_tracker.charts import chart_data, claims_chart, timeline_rows
from casualty_tracker.defs.metadata import figure_table_metadata
from claims_data import gold_warehouse
from support import gold

NK_CLAIMANTS = {
    "South Korea Joint Chiefs of Staff",
    "South Korea National Intelligence Service",
    "US military official",
    "Ukraine military intelligence",
}


@pytest.fixture(scope="module")
def con(tmp_path_factory) -> duckdb.DuckDBPyConnection:
    path = tmp_path_factory.mktemp("charts") / "gold.duckdb"
    reader = gold_warehouse(path, gold("seed.jsonl") + gold("dev.jsonl")).reader()
    yield reader
    reader.close()


def test_spec_has_one_series_per_claimant_and_bands(con, tmp_path):
    path = claims_chart(con, "North Korea", "casualties", tmp_path / "nk.json")
    spec = json.loads(path.read_text(encoding="utf-8"))
    values = spec["datasets"][next(iter(spec["datasets"]))] if "datasets" in spec else spec["data"]["values"]
    assert {v["claimant"] for v in values} == NK_CLAIMANTS
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks == ["rule", "line", "point"]
    assert spec["layer"][1]["encoding"]["color"]["field"] == "claimant"
    by_claimant = {v["claimant"]: v for v in values if v["claimant"] != "South Korea Joint Chiefs of Staff"}
    # "at least 30": a band from 30 up to the chart's top edge, drawn as open-ended.
    ukraine = by_claimant["Ukraine military intelligence"]
    assert ukraine["band_low"] == 30 and ukraine["open_ended"] is True
    assert ukraine["band_high"] == spec["layer"][0]["encoding"]["y"]["scale"]["domain"][1] > 3000


def test_open_bounds_and_ranges(con):
    rows = timeline_rows(con, "Lebanon", "wounded")
    data, (bottom, top) = chart_data(rows)
    by_figure = {d["figure"]: d for d in data}
    assert by_figure["2,750–2,800"]["band_low"] == 2750 and by_figure["2,750–2,800"]["band_high"] == 2800
    assert by_figure["2,750–2,800"]["open_ended"] is False
    assert by_figure["~2,750"]["band_low"] is None  # a plain number has no band
    assert by_figure["≥2,000"]["band_high"] == top and bottom == 0
    below = chart_data([{**rows[0], "value": None, "low": None, "high": 500, "best": 500}])[0][0]
    assert below["band_low"] == 0 and below["band_high"] == 500 and below["open_ended"] is True


@pytest.mark.parametrize("suffix", [".svg", ".png", ".html"])
def test_chart_files(con, tmp_path, suffix):
    path = claims_chart(con, "north korea", "Casualties", tmp_path / f"nk{suffix}")
    data = path.read_bytes()
    if suffix == ".png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    elif suffix == ".svg":
        text = data.decode()
        assert text.lstrip().startswith("<svg")
        found = {t for t in re.findall(r">([^<>]+)</text>", text)}
        assert found >= NK_CLAIMANTS, found
    else:
        text = data.decode()
        assert "vegaEmbed" in text and "Ukraine military intelligence" in text
        assert "cdn.jsdelivr" not in text  # standalone: the JavaScript is bundled


def test_chart_refuses_what_does_not_exist(con, tmp_path):
    with pytest.raises(AnalysisError, match="unknown kind 'deaths'; known: captured"):
        claims_chart(con, "North Korea", "deaths", tmp_path / "x.png")
    with pytest.raises(AnalysisError, match="no claims with a number of kind 'troops' about 'Palestine'"):
        claims_chart(con, "Palestine", "troops", tmp_path / "x.png")


def test_figure_table_metadata(con):
    meta = figure_table_metadata(con, "casualty_figures")
    assert isinstance(meta["dagster/row_count"], dg.IntMetadataValue)
    total = con.execute("SELECT count(*) FROM casualty_figures").fetchone()[0]
    assert meta["dagster/row_count"].value == total
    assert meta["figures_by_kind"].data["casualties"] == 11
    assert meta["claims_by_kind"].data["casualties"] == 10  # seed headline + body are one claim
    newest = meta["newest_figures"].value
    assert newest.splitlines()[0].startswith("| published | party | kind | claimant | figure |")
    assert "| 2025-11-01 | Sudan | killed |" in newest.splitlines()[2]
    timeline = meta["claims_timeline"].value
    png = base64.b64decode(re.search(r"data:image/png;base64,([A-Za-z0-9+/=]+)\)", timeline).group(1))
    assert png[:4] == b"\x89PNG"
    weapons = figure_table_metadata(con, "weapon_figures")
    assert "claims_timeline" not in weapons
    assert (
        "| North Korea | 240-mm rocket launcher | 240.0 | supplied | 1 | 1 |"
        in weapons["weapons_by_system"].value
    )
    with pytest.raises(ValueError, match="not a figure table"):
        figure_table_metadata(con, "articles; drop table claims")


def test_example_chart_is_in_the_docs():
    png = Path(__file__).resolve().parents[1] / "docs" / "chart-example.png"
    assert png.read_bytes()[:4] == b"\x89PNG"
