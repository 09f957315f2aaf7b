"""Entities on CoNLL-2003 test: the pipeline's entities table against spaCy's raw doc.ents.

    .venv/bin/python bench/entities.py [--work /tmp/bench-entities]

Turns the CoNLL test set into raw article files with the shared converter, runs the whole
pipeline over them (python -m pipeline build), and scores the unique (surface form, label)
pairs per article with the shared scorer; in the same run, spaCy's own doc.ents from the same
model over the same files are scored the same way.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from common import CORPORA, build_pipeline, tool

from pipeline.config import Settings


def spacy_predictions(text_dir: Path, out: Path) -> None:
    import spacy

    nlp = spacy.load(Settings().spacy_model)
    paths = sorted(text_dir.glob("*.txt"))
    with out.open("w", encoding="utf-8") as handle:
        for path, doc in zip(paths, nlp.pipe(p.read_text(encoding="utf-8") for p in paths)):
            pairs = sorted({(ent.text, ent.label_) for ent in doc.ents})
            handle.write(json.dumps({"article": path.name, "entities": pairs}) + "\n")


def scores(gold: Path, predictions: Path) -> dict[str, dict]:
    output = tool("score_entities.py", str(gold), str(predictions))
    rows = {json.loads(line)["label"]: json.loads(line) for line in output.splitlines() if line.startswith("{")}
    total = re.search(r"P ([\d.]+) R ([\d.]+) F1 ([\d.]+)", output)
    rows["ALL"] = {"precision": float(total[1]), "recall": float(total[2]), "f1": float(total[3])}
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-entities"))
    args = parser.parse_args()
    work = args.work
    tool("conll_docs.py", str(CORPORA / "conll2003" / "test.txt"), str(work))
    text_dir, gold = work / "text", work / "gold.jsonl"
    seconds = build_pipeline(text_dir, work / "warehouse")
    ours = work / "pipeline_entities.jsonl"
    tool("export_predictions.py", str(work / "warehouse"), str(work / "pipeline_quotes.jsonl"), str(ours))
    baseline = work / "spacy_entities.jsonl"
    spacy_predictions(text_dir, baseline)
    ours_scores, base_scores = scores(gold, ours), scores(gold, baseline)

    print(f"\nCoNLL-2003 test: {len(list(text_dir.glob('*.txt')))} articles; pipeline build {seconds:.1f} s")
    print(f"{'label':<6} | {'pipeline P':>10}{'R':>7}{'F1':>7} | {'spaCy P':>10}{'R':>7}{'F1':>7}")
    for label in ("PER", "ORG", "LOC", "ALL"):
        a, b = ours_scores[label], base_scores[label]
        print(f"{label:<6} | {a['precision']:>10.3f}{a['recall']:>7.3f}{a['f1']:>7.3f} | {b['precision']:>10.3f}{b['recall']:>7.3f}{b['f1']:>7.3f}")


if __name__ == "__main__":
    main()
