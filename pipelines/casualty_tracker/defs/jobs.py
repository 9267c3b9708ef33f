"""Jobs: ingest (unpartitioned) and extract (by publication day)."""

from __future__ import annotations

import dagster as dg

ingest_job = dg.define_asset_job(
    "ingest_job",
    selection=dg.AssetSelection.groups("ingest"),
    description="Read new and changed sources into articles; quarantine unreadable ones.",
)

extract_job = dg.define_asset_job(
    "extract_job",
    selection=dg.AssetSelection.groups("extract", "figures"),
    description="Find numbers and classify figures for the articles of the selected publication days.",
)

refresh_job = dg.define_asset_job(
    "refresh_job",
    selection=dg.AssetSelection.groups("ingest", "extract", "figures"),
    description="Ingest new sources, then re-extract the selected publication days whole.",
)

claims_job = dg.define_asset_job(
    "claims_job",
    selection=dg.AssetSelection.assets("claims"),
    description="Link figures into claims (Parquet storage; single-file storage links them in each load).",
)
