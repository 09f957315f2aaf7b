"""Asset checks over the stored tables: pandera schema, agreement between tables, accounting."""


import dagster as dg

from pipeline.defs.resources import PipelineSettings
from pipeline.run import files_by_shard, read_tables
from pipeline.storage.warehouse import Warehouse
from pipeline.tables.schemas import TABLES
from pipeline.tables.validate import (
    accounting_failures,
    integrity_failures,
    link_offset_failures,
    offset_failures,
    schema_failures,
)


def _result(failures: list[str], passed: str) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        passed=not failures,
        metadata={"failures": len(failures), "examples": dg.MetadataValue.md("\n".join(f"- {f}" for f in failures) or passed)},
    )


def _schema_check(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=table, name="pandera_schema", description=f"Every row of `{table}` passes its pandera model.", blocking=True)
    def check(pipeline_settings: PipelineSettings) -> dg.AssetCheckResult:
        df = Warehouse(pipeline_settings.settings().warehouse_dir).read_table(table)
        return _result(schema_failures(table, df), f"{len(df)} rows valid")

    return check


@dg.asset_check(asset="quotes", name="tables_agree", description="Every quote, entity and link belongs to an article; every speaker_entity_id exists.")
def tables_agree(pipeline_settings: PipelineSettings) -> dg.AssetCheckResult:
    tables = read_tables(pipeline_settings.settings(), {
        "articles": ["article_id"], "quotes": ["article_id", "speaker_entity_id"],
        "entities": ["article_id", "entity_id"], "links": ["article_id"],
    })
    return _result(integrity_failures(tables), "all references resolve")


@dg.asset_check(asset="quotes", name="offsets_match_text", description="The quote's text is the body's text at its offsets (caption quotes: the caption's).")
def offsets_match_text(pipeline_settings: PipelineSettings) -> dg.AssetCheckResult:
    tables = read_tables(pipeline_settings.settings(), {
        "articles": ["article_id", "body", "caption"],
        "quotes": ["quote_id", "article_id", "location", "start_char", "end_char", "piece_starts", "piece_ends", "text"],
    })
    return _result(offset_failures(tables["articles"], tables["quotes"]), f"{len(tables['quotes'])} quotes match")


@dg.asset_check(asset="links", name="link_offsets_match_text", description="An inline link's offset points at its anchor text or its URL in the body.")
def link_offsets_match_text(pipeline_settings: PipelineSettings) -> dg.AssetCheckResult:
    tables = read_tables(pipeline_settings.settings(), {
        "articles": ["article_id", "body"],
        "links": ["link_id", "article_id", "url", "anchor_text", "start_char"],
    })
    return _result(link_offset_failures(tables["articles"], tables["links"]), f"{len(tables['links'])} links match")


@dg.asset_check(asset="rejects", name="every_file_accounted_for", description="Every raw file is one or more articles or a rejects row.")
def every_file_accounted_for(pipeline_settings: PipelineSettings) -> dg.AssetCheckResult:
    settings = pipeline_settings.settings()
    grouped, _ = files_by_shard(settings)
    paths = [raw.rel_path for files in grouped.values() for raw in files]
    tables = read_tables(settings, {"articles": ["source_path"], "rejects": ["source_path"]})
    return _result(accounting_failures(paths, tables["articles"], tables["rejects"]), f"{len(paths)} files accounted for")


asset_checks = [
    *(_schema_check(table) for table in TABLES), tables_agree, offsets_match_text, link_offsets_match_text,
    every_file_accounted_for,
]
