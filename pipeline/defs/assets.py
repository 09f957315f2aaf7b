"""The tables as Dagster assets (one multi-asset computes all five per shard, in one pass), and
the coverage report drawn from them.

The language model runs once per article for every table; each table is still its own asset
with its description, column schema and checks. Rows are written by the storage layer (atomic
per shard file), so the assets return metadata, not data.
"""


import base64

import dagster as dg

from pipeline import EXTRACTION_VERSION
from pipeline.defs.metadata import PREVIEW_ROWS, column_schema, preview
from pipeline.defs.partitions import shards
from pipeline.defs.resources import LanguageModel, PipelineSettings
from pipeline.run import refresh_duplicates, run_shards
from pipeline.storage.warehouse import Warehouse
from pipeline.tables.schemas import DESCRIPTIONS, TABLES

TABLE_SPECS = [
    dg.AssetSpec(
        table,
        description=DESCRIPTIONS[table],
        group_name="news",
        kinds={"parquet", "pandas"},
        code_version=EXTRACTION_VERSION,
        metadata={"dagster/column_schema": column_schema(table)},
    )
    for table in TABLES
]


@dg.multi_asset(
    specs=TABLE_SPECS,
    partitions_def=shards,
    backfill_policy=dg.BackfillPolicy.single_run(),
    can_subset=False,
)
def news_tables(context: dg.AssetExecutionContext, pipeline_settings: PipelineSettings, language_model: LanguageModel):
    """Read the raw files of the selected shards and write their rows to every table."""
    settings = pipeline_settings.settings()
    keys = context.partition_keys
    outcomes = run_shards(settings, keys, language_model.loader(), progress=context.log.info)
    if any(outcome.tables is not None for outcome in outcomes.values()):
        rewritten = refresh_duplicates(settings)
        context.log.info(f"duplicate_of refreshed in {rewritten} shard(s)")
    warehouse = Warehouse(settings.warehouse_dir)
    processed = sum(o.processed_files for o in outcomes.values())
    for table in TABLES:
        yield dg.MaterializeResult(
            asset_key=table,
            metadata={
                "dagster/row_count": warehouse.row_count(table),
                "files_processed": processed,
                "files_unchanged": sum(o.reused_files for o in outcomes.values()),
                "shards_written": sum(o.tables is not None for o in outcomes.values()),
                "preview": preview(warehouse.preview(table, PREVIEW_ROWS)),
                "path": f"{settings.warehouse_dir}/{table}",
            },
        )


@dg.asset(
    deps=[spec.key for spec in TABLE_SPECS],
    group_name="reports",
    kinds={"html", "matplotlib"},
    code_version=EXTRACTION_VERSION,
    description="Self-contained HTML page of charts over the tables: who is quoted, what is mentioned, which sources "
                "are cited, sites and months, and data quality. Refreshed after every table build.",
)
def coverage_report(pipeline_settings: PipelineSettings) -> dg.MaterializeResult:
    from pipeline.report.build import build_report  # matplotlib: loaded when drawing, not with the definitions

    figures, report, path = build_report(pipeline_settings.settings())
    chart = base64.b64encode(report.charts["speakers"]).decode("ascii")
    return dg.MaterializeResult(metadata={
        **{name: dg.MetadataValue.text(str(value)) if isinstance(value, str) else value for name, value in figures.headline.items()},
        **{f"quality: {name}": value for name, value in figures.quality.items()},
        "most_quoted_speakers": dg.MetadataValue.md(f"![most-quoted speakers](data:image/png;base64,{chart})"),
        "path": dg.MetadataValue.path(path),
    })
