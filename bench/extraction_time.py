"""What the rules after spaCy cost: entities and quotes of BBC articles, next to spaCy's own parse
of the same articles in the same run (the baseline).

    .venv/bin/python bench/extraction_time.py [--articles 445]

The figure to watch is extraction as a share of spaCy: the pipeline can only be as fast as the
parse, so a rule change that raises the share eats into throughput (bench/throughput.py measures
the whole pipeline, with more noise). To compare two commits, run this file from a worktree of
each, on the same machine, one after the other:

    git worktree add /tmp/old <commit>
    (cd /tmp/old && PYTHONPATH=. /work/main/.venv/bin/python bench/extraction_time.py)
"""

from __future__ import annotations

import argparse
import time

from common import CORPORA

import pipeline
from pipeline.config import Settings
from pipeline.extract.entities import extract_entities
from pipeline.extract.nlp import analyse, load_model
from pipeline.extract.quotes import extract_quotes
from pipeline.ingest.raw_article import RawArticle
from pipeline.ingest.readers import parse
from pipeline.normalize.article import normalize

ROUNDS = 3  # extraction is timed best of three, spaCy once


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=445, help="the first N BBC articles, in path order")
    args = parser.parse_args()
    files = sorted(p for p in (CORPORA / "bbc").rglob("*.txt") if p.is_file())[: args.articles]
    articles = []
    for path in files:
        item = next(iter(parse(path.name, path.read_text(encoding="utf-8", errors="replace"))))
        if isinstance(item, RawArticle):
            articles.append(normalize(item))
    nlp = load_model(Settings().spacy_model)
    started = time.perf_counter()
    parsed = [(article, docs) for article, docs in analyse(articles, nlp) if docs is not None]
    spacy_seconds = time.perf_counter() - started
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for article, docs in parsed:
            extract_quotes(article, docs, extract_entities(article, docs))
        best = min(best, time.perf_counter() - started)
    print(f"code: {pipeline.__file__} (extraction version {pipeline.EXTRACTION_VERSION})")
    print(f"{len(parsed)} BBC articles, one process")
    print(f"spaCy parse (baseline)        {spacy_seconds:6.1f} s")
    print(f"entities + quotes, best of {ROUNDS}  {best:6.2f} s  = {best / spacy_seconds:.1%} of spaCy")


if __name__ == "__main__":
    main()
