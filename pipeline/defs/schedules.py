"""A daily re-check of every shard; shards with nothing new finish in seconds without the model."""

import dagster as dg

from pipeline.defs.jobs import build_tables
from pipeline.defs.partitions import shards


@dg.schedule(job=build_tables, cron_schedule="0 3 * * *", default_status=dg.DefaultScheduleStatus.RUNNING)
def daily_recheck(context: dg.ScheduleEvaluationContext):
    return [dg.RunRequest(run_key=f"{key}:{context.scheduled_execution_time:%Y-%m-%d}", partition_key=key) for key in shards.get_partition_keys()]
