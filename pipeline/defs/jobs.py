"""The jobs: build the tables (and run their checks) for the selected shards; redraw the report."""

import dagster as dg

# Partitioned by shard, like the assets it selects (Dagster infers it from them).
build_tables = dg.define_asset_job(
    "build_tables",
    selection=dg.AssetSelection.groups("news"),
    description="Process the raw files of the selected shards into the warehouse tables.",
)

build_report = dg.define_asset_job(
    "build_report",
    selection=dg.AssetSelection.assets("coverage_report"),
    description="Redraw the coverage report from the tables as they are.",
)
