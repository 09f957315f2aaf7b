"""Notice new, changed and deleted raw files and build only the shards they belong to; redraw the
report after every successful table build."""


import dagster as dg

from pipeline.config import Settings
from pipeline.defs.jobs import build_report, build_tables
from pipeline.run import changed_shards


@dg.sensor(job=build_tables, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
def raw_folder_sensor(context: dg.SensorEvaluationContext):
    """Every 30 s: one run per shard whose raw files changed since it was last built."""
    settings = Settings.from_env()
    shards = changed_shards(settings)
    if not shards:
        return dg.SkipReason("no new, changed or deleted raw files")
    return [dg.RunRequest(run_key=f"{shard}:{fingerprint}", partition_key=shard) for shard, fingerprint in shards.items()]


@dg.run_status_sensor(
    run_status=dg.DagsterRunStatus.SUCCESS,
    monitored_jobs=[build_tables],
    request_job=build_report,
    default_status=dg.DefaultSensorStatus.RUNNING,
)
def report_after_build(context: dg.RunStatusSensorContext):
    """The report follows the tables: one redraw per successful build run."""
    return dg.RunRequest(run_key=context.dagster_run.run_id)
