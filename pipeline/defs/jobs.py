"""The one job: build the tables (and run their checks) for the selected shards."""

import dagster as dg

from pipeline.defs.partitions import shards

build_tables = dg.define_asset_job(
    "build_tables",
    selection=dg.AssetSelection.groups("news"),
    partitions_def=shards,
    description="Process the raw files of the selected shards into the warehouse tables.",
)
