"""Process shards of raw files into table rows, reusing the rows of unchanged files.

This is the whole data flow of DESIGN in one place, free of Dagster: discover -> read ->
decode -> parse -> normalise -> analyse -> extract -> tabulate. A shard is planned (what
changed), its changed files are processed in chunks (`process_files`, in worker processes), and
it is finished (kept rows + new rows, validated once). Any failure of one file becomes a
`rejects` row; it never stops the shard.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import pandas as pd
import pandera.errors
from spacy.language import Language

from pipeline import EXTRACTION_VERSION
from pipeline.config import Settings
from pipeline.extract.entities import extract_entities
from pipeline.extract.links import extract_links
from pipeline.extract.nlp import analyse
from pipeline.extract.quotes import extract_quotes
from pipeline.ingest.decode import decode
from pipeline.ingest.discover import RawFile
from pipeline.ingest.errors import Rejected
from pipeline.ingest.read import read_bytes, sha256
from pipeline.ingest.readers import parse
from pipeline.normalize.article import Article, normalize
from pipeline.tables import build
from pipeline.tables.schemas import TABLES, empty

TABLE_NAMES = list(TABLES)


@dataclass
class ShardOutcome:
    tables: dict[str, pd.DataFrame] | None  # None: nothing changed, nothing to write
    manifest: dict
    processed_files: int = 0
    reused_files: int = 0
    removed_files: int = 0


def file_entry(raw: RawFile) -> dict:
    return {"size": raw.size, "mtime_ns": raw.mtime_ns}


def shard_manifest(files: list[RawFile]) -> dict:
    """What a shard was built from: the code version and each file's size and mtime."""
    return {"extraction_version": EXTRACTION_VERSION, "files": {f.rel_path: file_entry(f) for f in files}}


def is_up_to_date(files: list[RawFile], manifest: dict | None) -> bool:
    return manifest is not None and manifest == shard_manifest(files)


@dataclass
class ShardPlan:
    """What a shard's rebuild needs: its stored rows, which files to keep and which to process."""
    shard: str
    manifest: dict
    previous: dict[str, pd.DataFrame]
    unchanged: set[str]
    changed: list[RawFile]
    removed: set[str]
    ingested: dict[str, datetime]  # article_id -> when first stored, so that it survives edits


def changed_files(files: list[RawFile], manifest: dict | None) -> list[RawFile]:
    """The files whose rows must be (re)made: new or changed since the manifest, or all of
    them when the manifest was written by another extraction version."""
    if is_up_to_date(files, manifest):
        return []
    old_files = (manifest or {}).get("files", {})
    same_version = (manifest or {}).get("extraction_version") == EXTRACTION_VERSION
    return [f for f in files if not (same_version and old_files.get(f.rel_path) == file_entry(f))]


def plan_shard(
    shard: str,
    files: list[RawFile],
    changed: list[RawFile],
    previous_manifest: dict | None,
    load_previous: Callable[[], dict[str, pd.DataFrame] | None],
    load_ingested: Callable[[], dict[str, datetime]],
) -> ShardPlan | None:
    """None when the shard is up to date (nothing is read). The stored rows are read only when
    some of them are kept (unchanged files); a rebuild of the whole shard, such as after a new
    extraction version, reads just when each article was first stored. `load_previous` returns
    None when the stored rows cannot be read with the current schema: the shard is rebuilt.
    `changed` is `changed_files(files, previous_manifest)`, which the caller has already counted."""
    if is_up_to_date(files, previous_manifest):
        return None
    unchanged = {f.rel_path for f in files} - {f.rel_path for f in changed}
    previous = load_previous() if unchanged else None
    if previous is None:
        unchanged, previous = set(), {table: empty(table) for table in TABLE_NAMES}
        ingested = load_ingested()
    else:
        ingested = dict(zip(previous["articles"]["article_id"], previous["articles"]["ingested_at"]))
    return ShardPlan(
        shard=shard,
        manifest=shard_manifest(files),
        previous=previous,
        unchanged=unchanged,
        changed=changed if unchanged else files,
        removed=set((previous_manifest or {}).get("files", {})) - {f.rel_path for f in files},
        ingested=ingested,
    )


def chunks(files: list[RawFile], workers: int) -> list[list[RawFile]]:
    """Interleaved chunks of about ARTICLES_PER_CHUNK files, at least one per worker."""
    count = max(1, min(len(files), max(workers, -(-len(files) // ARTICLES_PER_CHUNK))))
    return [files[i::count] for i in range(count)]


def finish_shard(plan: ShardPlan, results: list[tuple[dict[str, list[dict]], list[dict]]]) -> ShardOutcome:
    """The shard's tables: kept rows of unchanged files plus the rows of its processed chunks."""
    rows: dict[str, list[dict]] = {table: [] for table in TABLE_NAMES}
    for chunk_rows, chunk_rejects in results:
        for table, table_rows in chunk_rows.items():
            rows[table].extend(table_rows)
        rows["rejects"].extend(chunk_rejects)
    try:
        tables = _shard_tables(rows, plan.previous, plan.unchanged)
    except pandera.errors.SchemaError:  # a bug on some article: find it, reject it, keep the rest
        tables = _shard_tables(_without_invalid_articles(rows), plan.previous, plan.unchanged)
    return ShardOutcome(
        tables, plan.manifest, processed_files=len(plan.changed), reused_files=len(plan.unchanged), removed_files=len(plan.removed)
    )


class Extraction:
    """Runs `process_files` on chunks of files: in `workers` processes that each load the model
    once (Docs never cross a process boundary), or in this process for small runs. Chunks of
    later shards keep the workers busy while this process writes earlier shards.

    Workers are forked from a clean "forkserver" process, never from the run's own process:
    that one has threads (Dagster's, pyarrow's), and a fork can copy a lock another thread holds
    into a worker that then hangs forever, and the run with it (seen on BBC and in CI)."""

    def __init__(self, load_nlp: Callable[[], Language], settings: Settings, total_files: int, now: datetime):
        state = (settings.nlp_batch_size, settings.max_file_bytes, now)
        parallel = settings.nlp_processes > 1 and total_files >= MIN_FILES_PER_WORKER * settings.nlp_processes
        self.workers = settings.nlp_processes if parallel else 1
        self.pool = None
        if parallel:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["pipeline.process"])  # imported once, shared by the workers
            self.pool = context.Pool(self.workers, initializer=_start_worker, initargs=(load_nlp, *state))
        else:
            _start_worker(load_nlp if total_files else None, *state)

    def submit(self, files: list[RawFile], ingested: dict[str, datetime]):
        if self.pool is not None:
            return self.pool.apply_async(process_files, (files, ingested))
        return _Later(files, ingested)

    def close(self, finished: bool = True) -> None:
        """Let the workers exit once every chunk is done; stop them at once if the run failed."""
        global _WORKER_STATE
        if self.pool is not None:
            if finished:
                self.pool.close()
            else:
                self.pool.terminate()
            self.pool.join()
        _WORKER_STATE = None


def _start_worker(load_nlp: Callable[[], Language] | None, batch_size: int, max_file_bytes: int, now: datetime) -> None:
    global _WORKER_STATE
    # A run started from a background shell ignores SIGINT, and Dagster gives SIGTERM the SIGINT
    # handler; a fork server started then passes "ignore SIGTERM" on. Workers must always stop on it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER_STATE = (load_nlp() if load_nlp else None, batch_size, max_file_bytes, now)


@dataclass
class _Later:
    """In-process stand-in for an AsyncResult: the chunk runs when its result is wanted."""
    files: list[RawFile]
    ingested: dict[str, datetime]

    def get(self):
        return process_files(self.files, self.ingested)


ARTICLES_PER_CHUNK = 100
MIN_FILES_PER_WORKER = 10  # below this, starting workers (and their models) costs more than it saves
_WORKER_STATE: tuple | None = None  # (model, batch size, size limit, now) of this process


def process_files(files: list[RawFile], ingested: dict[str, datetime]) -> tuple[dict[str, list[dict]], list[dict]]:
    """Rows of every table for the files (read, normalised, analysed, extracted), and rejects."""
    nlp, batch_size, max_file_bytes, now = _WORKER_STATE
    articles, rejects = _read_articles(files, max_file_bytes)
    rows: dict[str, list[dict]] = {table: [] for table in ("articles", "quotes", "entities", "links")}
    english = nlp is not None and any(a.language == "en" for a in articles)
    analysed = analyse(articles, nlp, batch_size) if english else ((article, None) for article in articles)
    for article, docs in analysed:
        try:
            entities = extract_entities(article, docs) if docs else []
            quotes = extract_quotes(article, docs, entities) if docs else []
            article_rows = {
                "articles": [build.article_row(article, ingested.get(article.article_id, now))],
                "quotes": build.quote_rows(article, quotes),
                "entities": build.entity_rows(article, entities, quotes),
                "links": build.link_rows(article, extract_links(article)),
            }
        except Exception as error:  # noqa: BLE001 - the article is reported, the shard goes on
            rejects.append(build.reject_row(article.source_path, Rejected(
                "internal_error", f"Extraction failed ({type(error).__name__}: {error}); please report it."
            ), 0, None, article.record))
            continue
        for table, table_rows in article_rows.items():
            rows[table].extend(table_rows)
    return rows, rejects


def _read_articles(files: list[RawFile], max_file_bytes: int) -> tuple[list[Article], list[dict]]:
    articles: list[Article] = []
    rejects: list[dict] = []
    for raw in files:
        digest = None
        try:
            data = read_bytes(raw, max_file_bytes)
            digest = sha256(data)
            text = decode(data)
            for item in parse(raw.rel_path, text):
                if isinstance(item, Rejected):
                    rejects.append(build.reject_row(raw.rel_path, item, raw.size, digest, item.record))
                    continue
                article = normalize(item)
                if not article.body:
                    rejects.append(build.reject_row(raw.rel_path, Rejected(
                        "no_article_text", "No story text remained once captions, credits and link lines were set apart."
                    ), raw.size, digest, item.record))
                    continue
                articles.append(article)
        except Rejected as rejected:
            rejects.append(build.reject_row(raw.rel_path, rejected, raw.size, digest))
        except Exception as error:  # noqa: BLE001 - one bad file must never stop the run
            rejects.append(build.reject_row(raw.rel_path, Rejected(
                "internal_error", f"The pipeline failed on this file ({type(error).__name__}: {error}); please report it."
            ), raw.size, digest))
    return articles, rejects


def _shard_tables(rows: dict[str, list[dict]], previous: dict[str, pd.DataFrame], unchanged: set[str]) -> dict[str, pd.DataFrame]:
    """Kept rows of unchanged files plus the new rows, validated once per table."""
    tables = {}
    for table in TABLE_NAMES:
        kept = _kept_rows(table, previous, unchanged)
        if len(kept):
            data = pd.concat([kept, pd.DataFrame(rows[table], columns=kept.columns)], ignore_index=True)
        else:
            data = rows[table]
        tables[table] = build.frame(table, data)
    return tables


def _without_invalid_articles(rows: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Validate article by article; an article whose rows break a table's model becomes a reject."""
    bad: dict[str, str] = {}
    for article in rows["articles"]:
        article_id = article["article_id"]
        for table in ("articles", "quotes", "entities", "links"):
            try:
                build.frame(table, [row for row in rows[table] if row["article_id"] == article_id])
            except pandera.errors.SchemaError as error:
                bad[article_id] = f"{table}: {str(error).splitlines()[0]}"
                break
    kept = {table: [row for row in rows[table] if row.get("article_id") not in bad] for table in TABLE_NAMES}
    for article in rows["articles"]:
        if article["article_id"] in bad:
            kept["rejects"].append(build.reject_row(article["source_path"], Rejected(
                "internal_error", f"The extracted rows failed validation ({bad[article['article_id']]}); please report it."
            ), 0, None, article["record"]))
    return kept


def _kept_rows(table: str, previous: dict[str, pd.DataFrame], unchanged: set[str]) -> pd.DataFrame:
    df = previous[table]
    if table in {"articles", "rejects"}:
        return df[df["source_path"].isin(unchanged)]
    kept_ids = previous["articles"].loc[previous["articles"]["source_path"].isin(unchanged), "article_id"]
    return df[df["article_id"].isin(kept_ids)]
