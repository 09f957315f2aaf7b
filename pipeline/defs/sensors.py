"""Notice new, changed and deleted raw files and build only the shards they belong to."""


import dagster as dg

from pipeline.config import Settings
from pipeline.defs.jobs import build_tables
from pipeline.run import changed_shards


@dg.sensor(job=build_tables, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
def raw_folder_sensor(context: dg.SensorEvaluationContext):
    """Every 30 s: one run per shard whose raw files changed since it was last built."""
    settings = Settings.from_env()
    shards = changed_shards(settings)
    if not shards:
        return dg.SkipReason("no new, changed or deleted raw files")
    return [dg.RunRequest(run_key=f"{shard}:{fingerprint}", partition_key=shard) for shard, fingerprint in shards.items()]


