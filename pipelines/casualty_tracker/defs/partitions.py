"""Daily partitions by publication date: a day can be re-run or backfilled alone."""

import os
from datetime import date

import dagster as dg

START_DATE = os.environ.get("CASUALTY_TRACKER_START_DATE", "2010-01-01")

publication_day = dg.DailyPartitionsDefinition(start_date=START_DATE, end_offset=1)


def partition_dates(context: dg.AssetExecutionContext) -> tuple[date, date]:
    """The first and last publication date of the run's partition range."""
    keys = context.partition_key_range
    return date.fromisoformat(keys.start), date.fromisoformat(keys.end)
