"""The extraction stages for either storage: rows in the DuckDB file, or files per day.

Callers (the assets, the command line, the sensors) ask here, so they never branch on
the storage themselves.
"""

from __future__ import annotations

from datetime import date

from ..storage.warehouse import Warehouse
from . import extract, extract_files


def mentions_stage(
    warehouse: Warehouse, start: date, end: date, only_pending: bool, workers: int | None = None
) -> extract.StageSummary:
    if warehouse.files is not None:
        return extract_files.mentions_to_files(warehouse, start, end, only_pending, workers)
    return extract.run_mentions_stage(warehouse, start, end, only_pending, workers)


def figures_stage(
    warehouse: Warehouse, start: date, end: date, only_pending: bool, workers: int | None = None
) -> extract.StageSummary:
    if warehouse.files is not None:
        return extract_files.figures_to_files(warehouse, start, end, only_pending, workers)
    return extract.run_figures_stage(warehouse, start, end, only_pending, workers)


def pending_days(warehouse: Warehouse, published_only: bool = False) -> list[date]:
    """Publication days that still need extraction (new or changed articles, or a new extractor)."""
    if warehouse.files is not None:
        return extract_files.stale_days(warehouse)
    return extract.pending_dates(warehouse, published_only=published_only)
