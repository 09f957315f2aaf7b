"""Which direct quotes a change credits to a different speaker, judged against PolNeAR gold.

    .venv/bin/python bench/speaker_diff.py OLD.jsonl NEW.jsonl GOLD.jsonl

OLD and NEW are exports of two builds of the same articles (`export_predictions.py`, as
bench/quotes.py writes to its work folder), GOLD is `polnear_gold.py`'s output. Quotes are matched
to gold exactly as the shared scorer matches them (threshold 0.3); every gold quote whose speaker
went from wrong to right (FIXED) or right to wrong (BROKE) is printed with both answers, then the
totals. Use it on train splits to check a rule change quote by quote; dev is for measuring only.
"""

from __future__ import annotations

import json
import sys

from common import TOOLS

sys.path.insert(0, str(TOOLS))
from score_quotes import coverage, speaker_ok, words  # noqa: E402  (the shared scorer's own rules)

THRESHOLD = 0.3


def load(path: str) -> dict[str, list[dict]]:
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return {record["article"]: [q for q in record["quotes"] if q["kind"] == "direct"] for record in records}


def judged(gold: dict[str, list[dict]], predicted: dict[str, list[dict]]) -> dict[tuple[str, int], tuple[bool, dict, dict]]:
    """(article, gold index) -> (speaker right?, prediction, gold) for every matched gold quote."""
    out = {}
    for article, gold_quotes in gold.items():
        found = predicted.get(article, [])
        pairs = sorted(((coverage(words(p["text"]), words(g["text"])), i, j)
                        for i, g in enumerate(gold_quotes) for j, p in enumerate(found)), reverse=True)
        used_gold, used_found = set(), set()
        for overlap, i, j in pairs:
            if overlap < THRESHOLD:
                break
            if i in used_gold or j in used_found:
                continue
            used_gold.add(i)
            used_found.add(j)
            out[(article, i)] = (speaker_ok(found[j], gold_quotes[i].get("speaker")), found[j], gold_quotes[i])
    return out


def main(old_path: str, new_path: str, gold_path: str) -> None:
    gold = load(gold_path)
    old, new = judged(gold, load(old_path)), judged(gold, load(new_path))
    for key in sorted(set(old) | set(new)):
        before, after = old.get(key), new.get(key)
        if (before is not None and before[0]) == (after is not None and after[0]):
            continue
        reference = after or before
        answers = [f"{name}: {r[1].get('speaker')!r} / {r[1].get('speaker_mention')!r}" if r else f"{name}: unmatched"
                   for name, r in (("old", before), ("new", after))]
        print("FIXED" if after and after[0] else "BROKE", key[0][:45], f"| gold: {reference[2].get('speaker')!r} |",
              " | ".join(answers), "|", reference[2]["text"][:70])
    for name, result in (("old", old), ("new", new)):
        print(f"{name}: {sum(r[0] for r in result.values())} of {len(result)} matched quotes credit the gold speaker")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
