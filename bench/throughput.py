"""Throughput, memory and incremental cost on the 2,225 BBC articles, against spaCy's own ceiling.

    .venv/bin/pip install -r bench/requirements.txt   # psutil, for memory
    .venv/bin/python bench/throughput.py [--work /tmp/bench-throughput] [--scale 4]

In one run:
1. ceiling: spaCy `nlp.pipe` with the pipeline's model (same components, same settings), the same
   number of processes and batch size, over the same texts, doing nothing else;
2. the pipeline end to end (`python -m pipeline build`, through Dagster) on a fresh warehouse,
   with the peak memory of its whole process tree (sum of PSS: shared pages counted once);
3. the same build over `--scale` times as many articles (copies under new names), for memory;
4. incremental cost: one new article added to the built warehouse, against a fresh warehouse of
   that one article alone; and a no-op rerun.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
from common import CORPORA, PROJECT

from pipeline.config import Settings
from pipeline.extract.nlp import load_model

BBC = CORPORA / "bbc"


def bbc_files() -> list[Path]:
    return sorted(p for p in BBC.rglob("*.txt") if p.is_file())


def ceiling(texts: list[str], settings: Settings) -> float:
    nlp = load_model(settings.spacy_model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=settings.nlp_processes, batch_size=settings.nlp_batch_size):
        pass
    return len(texts) / (time.perf_counter() - started)


def tree_memory(process: psutil.Process) -> int:
    """PSS of a process and its children (RSS would count the forked model's shared pages twice)."""
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:  # a worker exited while its family was listed: the sampler must not die
        return 0
    for member in members:
        try:
            total += member.memory_full_info().pss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def build(raw: Path, warehouse: Path, fresh: bool = True) -> tuple[float, int]:
    """`python -m pipeline build`; returns (seconds, peak memory in bytes)."""
    if fresh and warehouse.exists():
        shutil.rmtree(warehouse)
    env = {**os.environ, "PIPELINE_RAW_DIR": str(raw), "PIPELINE_WAREHOUSE_DIR": str(warehouse),
           "DAGSTER_HOME": str(warehouse.parent / "dagster_home")}
    started = time.perf_counter()
    child = psutil.Popen([sys.executable, "-m", "pipeline", "build"], cwd=PROJECT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]

    def sample() -> None:
        while child.poll() is None:
            peak[0] = max(peak[0], tree_memory(child))
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = child.communicate()[0]
    seconds = time.perf_counter() - started
    sampler.join()
    if child.returncode != 0:
        print(output[-3000:])
        raise SystemExit("pipeline build failed")
    return seconds, peak[0]


def fill(raw: Path, files: list[Path], copies: int = 1) -> None:
    if raw.exists():
        shutil.rmtree(raw)
    raw.mkdir(parents=True)
    for copy in range(copies):
        for path in files:
            shutil.copy(path, raw / f"c{copy}_{path.parent.name}_{path.name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-throughput"))
    parser.add_argument("--scale", type=int, default=4)
    args = parser.parse_args()
    settings, work = Settings.from_env(), args.work
    files = bbc_files()
    texts = [path.read_bytes().decode("utf-8", "replace") for path in files]

    per_second_ceiling = ceiling(texts, settings)
    fill(work / "raw", files)
    seconds, memory = build(work / "raw", work / "warehouse")
    per_second = len(files) / seconds

    fill(work / "raw_scaled", files, args.scale)
    scaled_seconds, scaled_memory = build(work / "raw_scaled", work / "warehouse_scaled")
    shutil.rmtree(work / "raw_scaled")

    new_article = work / "raw" / "new_article.txt"
    new_article.write_text("Council approves new harbour plan\n\nThe council approved the plan on Monday, "
                           "its leader Jane Smith said. \"It is a good day for the town,\" she told reporters.\n", encoding="utf-8")
    incremental_seconds, _ = build(work / "raw", work / "warehouse", fresh=False)
    noop_seconds, _ = build(work / "raw", work / "warehouse", fresh=False)
    fill(work / "raw_one", [])
    shutil.copy(new_article, work / "raw_one" / new_article.name)
    alone_seconds, _ = build(work / "raw_one", work / "warehouse_one")

    gib = 1024 ** 3
    print(f"\n{len(files)} BBC articles, {settings.nlp_processes} NLP processes, batch {settings.nlp_batch_size}, {os.cpu_count()} cores")
    print(f"ceiling (spaCy nlp.pipe only)     {per_second_ceiling:8.1f} articles/s")
    print(f"pipeline end to end               {per_second:8.1f} articles/s  ({seconds:.0f} s)  = {per_second / per_second_ceiling:.2f} of the ceiling (target >= 0.85)")
    print(f"peak memory, {len(files)} articles       {memory / gib:8.2f} GiB (target <= 1.5)")
    print(f"peak memory, {args.scale}x ({len(files) * args.scale} articles)  {scaled_memory / gib:8.2f} GiB  = {scaled_memory / memory:.2f}x (target <= 1.2x); {scaled_seconds:.0f} s")
    print(f"add 1 article and rerun           {incremental_seconds:8.1f} s = {incremental_seconds / alone_seconds:.2f}x a fresh build of that article alone ({alone_seconds:.1f} s; target <= 3x)")
    print(f"no-op rerun                       {noop_seconds:8.1f} s (target <= 5)")


if __name__ == "__main__":
    main()
