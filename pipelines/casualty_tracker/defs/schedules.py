"""The daily schedule: ingest, then re-extract the most recent publication days.

Recent days are where late articles and corrections land; re-extracting them whole
also applies any change of the extraction rules to the newest figures.
"""

from datetime import timedelta

import dagster as dg
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from .jobs import refresh_job

RECENT_DAYS = 3


@dg.schedule(
    job=refresh_job,
    cron_schedule="30 2 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description=f"Daily: ingest, then re-extract the last {RECENT_DAYS} publication days.",
)
def recent_days_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    end = context.scheduled_execution_time.date()
    start = end - timedelta(days=RECENT_DAYS - 1)
    return dg.RunRequest(
        run_key=f"recent-{end.isoformat()}",
        tags={
            ASSET_PARTITION_RANGE_START_TAG: start.isoformat(),
            ASSET_PARTITION_RANGE_END_TAG: end.isoformat(),
        },
    )
