"""Notice new, changed and deleted raw files and build only the shards they belong to."""


import json
import time

import dagster as dg

from pipeline.config import Settings
from pipeline.defs.jobs import build_tables
from pipeline.ids import stable_id
from pipeline.process import is_up_to_date, shard_manifest
from pipeline.run import all_shards, files_by_shard
from pipeline.storage.warehouse import Warehouse

# A file modified more recently than this may still be being written: wait for the next tick.
SETTLE_SECONDS = 10


def changed_shards(settings: Settings, now: float | None = None) -> dict[str, str]:
    """Shards whose files differ from their manifests (new, changed, deleted files or new code),
    each with a fingerprint of its current files, so one change launches one run."""
    now = now if now is not None else time.time()
    grouped, _ = files_by_shard(settings)
    warehouse = Warehouse(settings.warehouse_dir)
    changed = {}
    for shard in all_shards(settings):
        files = grouped.get(shard, [])
        if any(now - raw.mtime_ns / 1e9 < SETTLE_SECONDS for raw in files):
            continue
        manifest = warehouse.read_manifest(shard)
        if (files or manifest is not None) and not is_up_to_date(files, manifest):
            changed[shard] = stable_id(json.dumps(shard_manifest(files), sort_keys=True))
    return changed


@dg.sensor(job=build_tables, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
def raw_folder_sensor(context: dg.SensorEvaluationContext):
    """Every 30 s: one run per shard whose raw files changed since it was last built."""
    settings = Settings.from_env()
    shards = changed_shards(settings)
    if not shards:
        return dg.SkipReason("no new, changed or deleted raw files")
    return [dg.RunRequest(run_key=f"{shard}:{fingerprint}", partition_key=shard) for shard, fingerprint in shards.items()]


