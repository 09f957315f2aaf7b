"""Run shards against a warehouse: the unit of work that a Dagster partition materialises."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable
from contextlib import ExitStack
from datetime import datetime, timezone

import pandas as pd
from spacy.language import Language

from pipeline.config import Settings
from pipeline.ingest.discover import RawFile, discover, shard_name, shard_of
from pipeline.ids import stable_id
from pipeline.process import (
    TABLE_NAMES,
    Extraction,
    ShardOutcome,
    changed_files,
    chunks,
    finish_shard,
    is_up_to_date,
    plan_shard,
    shard_manifest,
)
from pipeline.storage.warehouse import Warehouse
from pipeline.tables.build import assign_duplicates, frame
from pipeline.tables.schemas import columns


def all_shards(settings: Settings) -> list[str]:
    return [shard_name(i) for i in range(settings.shards)]


def files_by_shard(settings: Settings) -> tuple[dict[str, list[RawFile]], list[str]]:
    discovery = discover(settings.raw_dir)
    grouped: dict[str, list[RawFile]] = defaultdict(list)
    for raw in discovery.files:
        grouped[shard_of(raw.rel_path, settings.shards)].append(raw)
    return grouped, discovery.skipped


# A file modified more recently than this may still be being written: wait for the next tick.
SETTLE_SECONDS = 10


def changed_shards(settings: Settings, now: float | None = None, settle_seconds: float = SETTLE_SECONDS) -> dict[str, str]:
    """Shards whose files differ from their manifests (new, changed, deleted files or new code),
    each with a fingerprint of its current files, so one change launches one run."""
    now = now if now is not None else time.time()
    grouped, _ = files_by_shard(settings)
    warehouse = Warehouse(settings.warehouse_dir)
    changed = {}
    for shard in all_shards(settings):
        files = grouped.get(shard, [])
        if any(now - raw.mtime_ns / 1e9 < settle_seconds for raw in files):
            continue
        manifest = warehouse.read_manifest(shard)
        if (files or manifest is not None) and not is_up_to_date(files, manifest):
            changed[shard] = stable_id(json.dumps(shard_manifest(files), sort_keys=True))
    return changed


def run_shards(
    settings: Settings,
    shards: list[str],
    load_nlp: Callable[[], Language],
    progress: Callable[[str], None] = lambda message: None,
) -> dict[str, ShardOutcome]:
    """Bring the given shards up to date. The changed files of every shard go to the workers at
    once; each shard is finished and written (manifest last) as soon as its chunks are done.
    `load_nlp` runs in each worker process, so it must pickle (`partial(load_model, name)`);
    it is not called when nothing changed."""
    warehouse = Warehouse(settings.warehouse_dir)
    grouped, _skipped = files_by_shard(settings)
    outcomes: dict[str, ShardOutcome] = {}
    with ExitStack() as stack:
        for shard in sorted(shards):  # every lock first, in one order: two runs never deadlock
            stack.enter_context(warehouse.lock(shard))
        manifests = {shard: warehouse.read_manifest(shard) for shard in shards}
        changed = {shard: changed_files(grouped.get(shard, []), manifests[shard]) for shard in shards}
        # The workers load the model while the shards are planned (which may read stored rows).
        extraction = Extraction(load_nlp, settings, sum(map(len, changed.values())), datetime.now(timezone.utc))
        stack.push(lambda error_type, *_: extraction.close(finished=error_type is None))  # before the locks are released
        plans = {}
        for shard in shards:
            files = grouped.get(shard, [])
            plan = plan_shard(
                shard, files, changed[shard], manifests[shard],
                lambda s=shard: _previous_rows(warehouse, s, progress), lambda s=shard: _first_ingested(warehouse, s),
            )
            if plan is None:
                outcomes[shard] = ShardOutcome(None, shard_manifest(files), reused_files=len(files))
            else:
                plans[shard] = plan
        total = sum(len(plan.changed) for plan in plans.values())
        progress(f"{len(plans)} of {len(shards)} shards changed: {total} files to process")
        pending = {shard: [extraction.submit(chunk, plan.ingested) for chunk in chunks(plan.changed, extraction.workers)]
                   for shard, plan in plans.items()}
        done_files = 0
        for number, shard in enumerate(shards, start=1):
            if shard in plans:
                outcome = finish_shard(plans.pop(shard), [result.get() for result in pending.pop(shard)])
                for table, df in outcome.tables.items():
                    warehouse.write_shard(table, shard, df)
                warehouse.write_manifest(shard, outcome.manifest)  # last: marks the shard complete
                outcomes[shard] = outcome
            outcome = outcomes[shard]
            done_files += outcome.processed_files
            progress(
                f"{shard} done ({number} of {len(shards)} shards; {done_files} of {total} files processed): "
                f"{outcome.processed_files} files processed, {outcome.reused_files} unchanged, {outcome.removed_files} removed"
            )
    return outcomes


def _previous_rows(warehouse: Warehouse, shard: str, progress: Callable[[str], None]) -> dict[str, pd.DataFrame] | None:
    """The shard's stored rows; None when written by an older schema (the shard is rebuilt)."""
    try:
        return {table: warehouse.read_shard(table, shard) for table in TABLE_NAMES}
    except Exception as error:  # noqa: BLE001 - unreadable or outdated: reprocess, never crash
        progress(f"{shard}: stored rows unreadable with the current schema ({type(error).__name__}); rebuilding the shard")
        return None


def _first_ingested(warehouse: Warehouse, shard: str) -> dict[str, datetime]:
    """When each stored article was first ingested (two columns), so that a rebuild keeps it."""
    try:
        articles = warehouse.read_shard("articles", shard, ["article_id", "ingested_at"])
    except Exception:  # noqa: BLE001 - unreadable: the articles count as new
        return {}
    return dict(zip(articles["article_id"], articles["ingested_at"]))


def refresh_duplicates(settings: Settings) -> int:
    """Set duplicate_of across all shards; rewrite only the shards whose values changed."""
    warehouse = Warehouse(settings.warehouse_dir)
    articles = warehouse.read_table("articles", ["article_id", "source_path", "record", "ingested_at", "title", "body_sha256", "duplicate_of"])
    if articles.empty:
        return 0
    wanted = assign_duplicates(articles)
    changed = articles["duplicate_of"].fillna("") != wanted.fillna("")
    shards = {shard_of(path, settings.shards) for path in articles.loc[changed, "source_path"]}
    for shard in sorted(shards):
        df = warehouse.read_shard("articles", shard, columns("articles"))  # as stored: frame() validates it
        df["duplicate_of"] = df["article_id"].map(dict(zip(articles["article_id"], wanted)))
        warehouse.write_shard("articles", shard, frame("articles", df))
    return len(shards)


def read_tables(settings: Settings, columns: dict[str, list[str]] | None = None) -> dict[str, pd.DataFrame]:
    """Every table (or the given columns of the given tables) as pandas reads them."""
    warehouse = Warehouse(settings.warehouse_dir)
    wanted = columns or {table: None for table in TABLE_NAMES}
    return {table: warehouse.read_table(table, cols) for table, cols in wanted.items()}
