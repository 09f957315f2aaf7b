"""Quote extraction on PolNeAR dev: the pipeline against spaCy + textacy's direct_quotations.

    .venv/bin/pip install -r bench/requirements.txt   # textacy, for the baseline only
    .venv/bin/python bench/quotes.py [--split dev] [--work /tmp/bench-quotes]

Runs the whole pipeline (python -m pipeline build) over the split's articles, exports the quotes
table with the shared exporter, builds the gold with the shared PolNeAR reader, and scores both
systems with the shared scorer, printing them side by side.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from common import CORPORA, build_pipeline, copy_corpus, tool

from pipeline.config import Settings


def textacy_predictions(raw_dir: Path, out: Path) -> tuple[int, int]:
    """textacy.extract.triples.direct_quotations per article; returns (articles, errors)."""
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(Settings().spacy_model)
    errors = 0
    files = sorted(raw_dir.iterdir())
    with out.open("w", encoding="utf-8") as handle:
        for path in files:
            quotes = []
            try:
                doc = nlp(path.read_text(encoding="utf-8"))
                for dq in direct_quotations(doc):
                    text = " ".join(t.text for t in dq.content).strip("\"“” '")
                    speaker = " ".join(t.text for t in dq.speaker)
                    quotes.append({"text": text, "speaker": speaker, "speaker_mention": speaker, "kind": "direct"})
            except ValueError:  # textacy raises on an odd number of quote marks
                errors += 1
            handle.write(json.dumps({"article": path.name, "quotes": quotes}) + "\n")
    return len(files), errors


def scores(gold: Path, predictions: Path) -> dict[tuple[str, float], dict]:
    lines = [json.loads(line) for line in tool("score_quotes.py", str(gold), str(predictions)).splitlines() if line.startswith("{")]
    return {(row["kind"], row["threshold"]): row for row in lines if "kind" in row}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-quotes"))
    args = parser.parse_args()
    root = CORPORA / "polnear" / "data" / args.split
    work = args.work
    raw, warehouse = work / "raw", work / "warehouse"
    copy_corpus(sorted((root / "text").glob("*.txt")), raw)

    gold = work / "gold.jsonl"
    tool("polnear_gold.py", str(root), str(gold))
    seconds = build_pipeline(raw, warehouse)
    ours = work / "pipeline_quotes.jsonl"
    tool("export_predictions.py", str(warehouse), str(ours), str(work / "pipeline_entities.jsonl"))
    ours_scores = scores(gold, ours)

    baseline = work / "textacy_quotes.jsonl"
    try:
        articles, errors = textacy_predictions(raw, baseline)
        baseline_scores = scores(gold, baseline)
        note = f"textacy raised on {errors} of {articles} articles (counted as no quotes)"
    except ImportError:
        baseline_scores, note = {}, "textacy not installed: pip install -r bench/requirements.txt"

    print(f"\nPolNeAR {args.split}: {len(list(raw.iterdir()))} articles; pipeline build {seconds:.1f} s")
    print(f"{'kind':<9}{'thr':>5} | {'pipeline P':>10}{'R':>7}{'F1':>7}{'spk':>7} | {'textacy P':>10}{'R':>7}{'F1':>7}{'spk':>7}")
    for key in [("direct", 0.3), ("direct", 0.8), ("indirect", 0.3), ("indirect", 0.8)]:
        row = f"{key[0]:<9}{key[1]:>5} | " + _cells(ours_scores.get(key)) + " | " + _cells(baseline_scores.get(key))
        print(row)
    print(note)


def _cells(row: dict | None) -> str:
    if not row:
        return f"{'-':>10}{'-':>7}{'-':>7}{'-':>7}"
    return f"{row['precision']:>10.3f}{row['recall']:>7.3f}{row['f1']:>7.3f}{row.get('speaker_accuracy', 0):>7.3f}"


if __name__ == "__main__":
    main()
