"""HTML extraction on the Zyte article-extraction benchmark: the pipeline against trafilatura alone.

    .venv/bin/python bench/html_extraction.py [--work /tmp/bench-html]

(Not bench/html.py: a module named html in bench/ would shadow the standard library for every bench.)

Decompresses the 181 saved pages into a scratch raw folder, runs the whole pipeline over them
(python -m pipeline build) and scores `articles.body` against the ground-truth article bodies:
token-level precision, recall and F1 per page, averaged over pages (pages the pipeline rejects
count as empty). In the same run, trafilatura's own `extract` is scored on the same pages.
Speed compares like with like, in this process: the pipeline's reading stage (decode, parse,
normalise; no language model) against `trafilatura.extract`, in pages per second. Metadata:
for each field trafilatura finds on a page, whether the articles table kept it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path

import pandas as pd
from common import CORPORA, build_pipeline

from pipeline.ingest.decode import decode
from pipeline.ingest.readers import parse
from pipeline.normalize.article import normalize

BENCHMARK = CORPORA / "article-extraction-benchmark"
# trafilatura's metadata field -> the articles column that must keep it
METADATA = {"title": "title", "date": "published_date", "author": "authors", "sitename": "site", "url": "url"}


def tokens(text: str | None) -> Counter:
    return Counter(re.findall(r"\w+", (text or "").lower()))


def prf(predicted: str | None, gold: str) -> tuple[float, float, float]:
    pred, true = tokens(predicted), tokens(gold)
    common = sum((pred & true).values())
    precision = common / sum(pred.values()) if pred else 0.0
    recall = common / sum(true.values()) if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def averaged(predictions: dict[str, str | None], truth: dict[str, dict]) -> tuple[float, float, float]:
    rows = [prf(predictions.get(page), item["articleBody"]) for page, item in truth.items()]
    return tuple(sum(column) / len(rows) for column in zip(*rows))


def pages_per_second(function, pages: dict[str, str]) -> float:
    started = time.perf_counter()
    for name, html in pages.items():
        function(name, html)
    return len(pages) / (time.perf_counter() - started)


def pipeline_reading(name: str, html: str) -> None:
    for item in parse(f"{name}.html", decode(html.encode("utf-8"))):
        if not isinstance(item, Exception):
            normalize(item)


def main() -> None:
    import trafilatura

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-html"))
    args = parser.parse_args()
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {page: gzip.decompress((BENCHMARK / "html" / f"{page}.html.gz").read_bytes()).decode("utf-8") for page in truth}

    raw, warehouse = args.work / "raw", args.work / "warehouse"
    raw.mkdir(parents=True, exist_ok=True)
    for old in raw.iterdir():
        old.unlink()
    for page, html in pages.items():
        (raw / f"{page}.html").write_text(html, encoding="utf-8")
    seconds = build_pipeline(raw, warehouse)

    articles = pd.read_parquet(warehouse / "articles")
    articles["page"] = articles["source_path"].str.removesuffix(".html")
    bodies = dict(zip(articles["page"], articles["body"]))
    baseline = {page: trafilatura.extract(html) for page, html in pages.items()}

    print(f"\n{len(pages)} pages; {len(articles)} articles; whole pipeline build {seconds:.1f} s (with the language model)")
    print(f"{'system':<22}{'P':>7}{'R':>7}{'F1':>7}{'pages/s':>10}")
    for label, predictions, speed in [
        ("pipeline (articles)", bodies, pages_per_second(pipeline_reading, pages)),
        ("trafilatura.extract", baseline, pages_per_second(lambda _, html: trafilatura.extract(html), pages)),
    ]:
        precision, recall, f1 = averaged(predictions, truth)
        print(f"{label:<22}{precision:>7.3f}{recall:>7.3f}{f1:>7.3f}{speed:>10.1f}")

    print("\nmetadata trafilatura finds -> kept in articles")
    by_page = articles.set_index("page")
    found, kept = Counter(), Counter()
    for page, html in pages.items():
        metadata = trafilatura.bare_extraction(html, with_metadata=True)
        for field, column in METADATA.items():
            if getattr(metadata, field, None):
                found[field] += 1
                kept[field] += page in by_page.index and present(by_page.at[page, column])
    for field, column in METADATA.items():
        print(f"  {field:<9} {kept[field]:>4} of {found[field]:>4} pages -> {column}")


def present(value) -> bool:
    if value is None or isinstance(value, float) and pd.isna(value) or value is pd.NaT:
        return False
    return len(value) > 0 if hasattr(value, "__len__") else True

if __name__ == "__main__":
    main()
