"""Shard processing end to end without Dagster: accounting, reuse of unchanged files, deletions."""

import json
import os
from functools import partial

import pandas as pd
import pytest

from pipeline.extract.nlp import load_model
from pipeline.run import all_shards, read_tables, refresh_duplicates, run_shards
from pipeline.tables.validate import accounting_failures, integrity_failures, offset_failures
from tests.conftest import MODEL, SEED

HOSTILE = {
    "empty.txt": b"",
    "blank.txt": b"   \n\n  ",
    "report.pdf.txt": b"%PDF-1.4 binary stuff",
    "photo.txt": b"\x89PNG\r\n\x1a\n....",
    "nul.txt": b"abc\x00\x00\x00def\x00",
    "broken.json": b'{"title": "x", ',
    "only_links.txt": b"https://example.com/a\n\nhttps://example.com/b\n",
}


def build(settings, calls=None):
    """Build every shard. With `calls`, model loads are counted (a closure: in-process runs only)."""
    def counted():
        calls.append(1)
        return load_model(MODEL)

    outcomes = run_shards(settings, all_shards(settings), partial(load_model, MODEL) if calls is None else counted)
    refresh_duplicates(settings)
    return outcomes


def write_raw(settings, files: dict[str, bytes]):
    for name, data in files.items():
        path = os.path.join(settings.raw_dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)


def library_stories(count: int) -> tuple[list[str], dict[str, bytes]]:
    """`count` short articles, each quoting its own mayor by surname: (the mayors, the files)."""
    names = [f"{first} {last}" for first in ("Anna", "Peter", "Maria", "John", "Laura", "David", "Sarah", "Tom")
             for last in ("Berg", "Walsh", "Novak", "Hughes", "Keller", "Moreau", "Silva", "Brandt", "Olsen", "Quinn")][:count]
    files = {f"town_{i:02d}.txt": (f"Town {i} opens a new library\n\nMayor {name} opened the library on Monday. "
                                   f"\"Reading matters to everyone here,\" {name.split()[1]} said.").encode()
             for i, name in enumerate(names)}
    return names, files


def test_every_file_is_an_article_or_a_reject(settings):
    feed = "\n".join([json.dumps({"title": "A", "text": "Alpha story text here."}), "not json", json.dumps({"title": "B", "text": "Beta story."})])
    write_raw(settings, {**HOSTILE, "seed.txt": SEED.read_bytes(), "feed.jsonl": feed.encode(), "notes.txt.swp": b"x"})
    build(settings)
    tables = read_tables(settings)
    paths = sorted({*HOSTILE, "seed.txt", "feed.jsonl"})
    assert accounting_failures(paths, tables["articles"], tables["rejects"]) == []
    codes = dict(zip(tables["rejects"]["source_path"], tables["rejects"]["reason_code"]))
    assert codes["empty.txt"] == "empty" and codes["report.pdf.txt"] == "binary" and codes["broken.json"] == "malformed_json"
    assert codes["only_links.txt"] == "no_article_text" and codes["nul.txt"] == "binary"
    assert tables["rejects"].loc[tables["rejects"]["source_path"] == "feed.jsonl", "record"].tolist() == [2]
    assert sorted(tables["articles"].loc[tables["articles"]["source_path"] == "feed.jsonl", "record"]) == [1, 3]
    assert integrity_failures(tables) == [] and offset_failures(tables["articles"], tables["quotes"]) == []


def test_rerun_with_nothing_changed_rewrites_nothing_and_skips_the_model(settings):
    write_raw(settings, {"seed.txt": SEED.read_bytes()})
    build(settings)
    before = read_tables(settings)
    stamps = {p: os.stat(p).st_mtime_ns for p in _parquet_files(settings)}
    calls = []
    outcomes = build(settings, calls)
    assert calls == [] and all(o.tables is None for o in outcomes.values())
    assert {p: os.stat(p).st_mtime_ns for p in _parquet_files(settings)} == stamps
    after = read_tables(settings)
    for table in before:
        pd.testing.assert_frame_equal(before[table], after[table])


def test_changed_file_keeps_ids_and_ingested_at_deleted_file_disappears(settings):
    write_raw(settings, {"seed.txt": SEED.read_bytes(), "other.txt": b"Title here\n\nA short story about nothing at all, told plainly."})
    build(settings)
    first = read_tables(settings)
    seed_row = first["articles"].set_index("source_path").loc["seed.txt"]
    quote_ids = set(first["quotes"]["quote_id"])
    os.remove(os.path.join(settings.raw_dir, "other.txt"))
    with open(os.path.join(settings.raw_dir, "seed.txt"), "ab") as handle:
        handle.write(b"\nA new closing paragraph was added later.\n")
    os.utime(os.path.join(settings.raw_dir, "seed.txt"), ns=(1, 1))
    build(settings)
    second = read_tables(settings)
    assert second["articles"]["source_path"].tolist() == ["seed.txt"]
    row = second["articles"].iloc[0]
    assert row["article_id"] == seed_row["article_id"] and row["ingested_at"] == seed_row["ingested_at"]
    assert row["content_sha256"] != seed_row["content_sha256"]
    assert quote_ids <= set(second["quotes"]["quote_id"])


def test_new_extraction_version_rebuilds_without_reading_stored_rows_and_keeps_ingested_at(settings, monkeypatch):
    import pipeline.process
    import pipeline.run
    import pipeline.tables.build

    write_raw(settings, {"seed.txt": SEED.read_bytes()})
    build(settings)
    first = read_tables(settings)["articles"].iloc[0]
    monkeypatch.setattr(pipeline.process, "EXTRACTION_VERSION", "next")
    monkeypatch.setattr(pipeline.tables.build, "EXTRACTION_VERSION", "next")
    monkeypatch.setattr(pipeline.run, "_previous_rows", lambda *_: pytest.fail("stored rows read for a full rebuild"))
    outcomes = build(settings)
    assert sum(o.processed_files for o in outcomes.values()) == 1
    again = read_tables(settings)["articles"].iloc[0]
    assert (again["extraction_version"], again["ingested_at"]) == ("next", first["ingested_at"])


def test_same_article_under_two_names_is_kept_twice_with_duplicate_of(settings):
    write_raw(settings, {"a.txt": SEED.read_bytes(), "copy/b.txt": SEED.read_bytes()})
    build(settings)
    articles = read_tables(settings)["articles"].set_index("source_path")
    assert pd.isna(articles.loc["a.txt", "duplicate_of"])
    assert articles.loc["copy/b.txt", "duplicate_of"] == articles.loc["a.txt", "article_id"]


def test_non_english_articles_get_no_english_extraction(settings):
    text = "Le gouvernement a annoncé mardi une réforme. « Nous allons agir », a déclaré le Premier ministre Jean Dupont à Paris."
    write_raw(settings, {"fr.txt": text.encode()})
    build(settings)
    tables = read_tables(settings)
    assert tables["articles"]["language"].tolist() == ["fr"]
    assert tables["quotes"].empty and tables["entities"].empty


def _parquet_files(settings):
    return sorted(os.path.join(d, f) for d, _, fs in os.walk(settings.warehouse_dir) for f in fs)


def test_an_article_whose_rows_break_the_model_is_rejected_not_the_shard(settings, monkeypatch):
    from pipeline.tables import build as build_module

    original = build_module.entity_rows

    def broken(article, entities, quotes):
        rows = original(article, entities, quotes)
        return rows + rows[:1] if article.source_path == "bad.txt" else rows  # a duplicate entity_id

    monkeypatch.setattr(build_module, "entity_rows", broken)
    write_raw(settings, {"bad.txt": SEED.read_bytes(), "good.txt": SEED.read_bytes()})
    build(settings)
    tables = read_tables(settings)
    assert tables["articles"]["source_path"].tolist() == ["good.txt"]
    assert tables["rejects"][["source_path", "reason_code"]].values.tolist() == [["bad.txt", "internal_error"]]


def test_warehouse_on_a_non_local_fsspec_filesystem(settings):
    """Object storage stand-in: fsspec's in-memory filesystem, the same code path as s3:// or gs://."""
    import fsspec

    remote = settings.__class__(raw_dir=settings.raw_dir, warehouse_dir="memory://news-warehouse", shards=settings.shards)
    write_raw(remote, {"seed.txt": SEED.read_bytes(), "empty.txt": b""})
    try:
        build(remote)
        tables = read_tables(remote)
        assert len(tables["articles"]) == 1 and len(tables["rejects"]) == 1 and len(tables["quotes"]) >= 7
        assert integrity_failures(tables) == [] and offset_failures(tables["articles"], tables["quotes"]) == []
        # What a user does: pandas straight on the URL.
        quotes = pd.read_parquet("memory://news-warehouse/quotes")
        assert sorted(quotes["quote_id"]) == sorted(tables["quotes"]["quote_id"])
        assert not os.path.exists(os.path.join(os.getcwd(), "news-warehouse"))
        calls = []
        build(remote, calls)
        assert calls == []  # manifests on the remote filesystem make the rerun a no-op
    finally:
        fsspec.filesystem("memory").rm("/news-warehouse", recursive=True)


def test_worker_processes_give_the_same_tables_as_one_process(settings, tmp_path):
    """Enough files to fork the workers (chunks of several shards in flight); same rows as in-process."""
    names, files = library_stories(30)
    write_raw(settings, {**files, "empty.txt": b""})
    serial = settings.__class__(raw_dir=settings.raw_dir, warehouse_dir=str(tmp_path / "serial"), shards=settings.shards, nlp_processes=1)
    build(settings)
    build(serial)
    forked, alone = read_tables(settings), read_tables(serial)
    assert len(forked["articles"]) == 30 and len(forked["quotes"]) == 30 and len(forked["rejects"]) == 1
    assert set(forked["quotes"]["speaker"]) == set(names)
    for table in ("quotes", "entities", "links", "rejects"):
        pd.testing.assert_frame_equal(forked[table], alone[table])
    drop = ["ingested_at"]
    pd.testing.assert_frame_equal(forked["articles"].drop(columns=drop), alone["articles"].drop(columns=drop))


def test_a_run_killed_mid_build_leaves_readable_tables_and_the_next_run_repairs(settings, tmp_path):
    """kill -9 while shards are being written: every stored table still reads, and the next run
    completes the shards the killed one did not finish."""
    import signal
    import subprocess
    import sys
    import time

    from pipeline.config import PROJECT_ROOT

    names, files = library_stories(80)
    write_raw(settings, files)
    env = {**os.environ, "PIPELINE_RAW_DIR": settings.raw_dir, "PIPELINE_WAREHOUSE_DIR": settings.warehouse_dir,
           "PIPELINE_SHARDS": str(settings.shards), "DAGSTER_HOME": str(tmp_path / "dagster_home")}
    run = subprocess.Popen([sys.executable, "-m", "pipeline", "build"], cwd=PROJECT_ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    manifests = os.path.join(settings.warehouse_dir, "_manifests")
    deadline = time.time() + 180
    while not (os.path.isdir(manifests) and os.listdir(manifests)):
        assert run.poll() is None and time.time() < deadline, "the build ended before any shard was written"
        time.sleep(0.02)
    os.killpg(run.pid, signal.SIGKILL)  # the build and its workers, mid-run
    run.wait()
    assert len(os.listdir(manifests)) < settings.shards  # killed before it finished

    for table in ("articles", "quotes", "entities", "links", "rejects"):
        folder = os.path.join(settings.warehouse_dir, table)
        if os.path.isdir(folder):
            pd.read_parquet(folder)  # readable: temporary files are hidden, complete files renamed
    build(settings)
    tables = read_tables(settings)
    assert len(tables["articles"]) == len(names) and set(tables["quotes"]["speaker"]) == set(names)
    assert integrity_failures(tables) == [] and len(os.listdir(manifests)) == settings.shards


def test_workers_die_on_sigterm_even_when_the_parent_handles_it(settings):
    """Dagster installs a SIGTERM handler in the run process; workers come from a clean fork
    server and must not inherit it (nor its threads' locks), or stopping them can hang the run."""
    import signal
    from datetime import datetime, timezone

    from pipeline.process import Extraction

    previous = signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        extraction = Extraction(None, settings, total_files=100, now=datetime.now(timezone.utc))
        assert extraction.pool is not None
        assert extraction.pool.apply(signal.getsignal, (signal.SIGTERM,)) == signal.SIG_DFL
        extraction.close(finished=False)
    finally:
        signal.signal(signal.SIGTERM, previous)
