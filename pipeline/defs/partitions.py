"""Static shards: each raw file belongs to one by a stable hash of its path (PIPELINE_SHARDS)."""

import dagster as dg

from pipeline.config import Settings
from pipeline.run import all_shards

shards = dg.StaticPartitionsDefinition(all_shards(Settings.from_env()))
