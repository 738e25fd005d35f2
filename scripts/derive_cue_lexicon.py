"""Derive ``src/volteface/data/quote_cues.tsv`` — how often each verb lemma is an attribution cue — from the
PolNeAR train split (never dev or test).

    .venv/bin/python scripts/derive_cue_lexicon.py [../shared/data/quotes/polnear.train.jsonl]

For every verb with a subject we count whether the annotators marked it as a cue. The extractor treats a lemma
as a cue when its rate and count pass the thresholds in ``extract/quotes.py``. PolNeAR ships no licence file;
only these counts (word, number, number) are kept, no text.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "quotes" / "polnear.train.jsonl"
OUT = ROOT / "src" / "volteface" / "data" / "quote_cues.tsv"


def main() -> None:
    from volteface.nlp import load

    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    records = [json.loads(line) for line in source.open(encoding="utf-8")]
    nlp = load()
    seen: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    for record, doc in zip(records, nlp.pipe((r["text"] for r in records), batch_size=8), strict=True):
        starts = set()
        for quote in record["quotes"]:
            span = quote.get("cue_span")
            if span:
                starts.update(range(span[0], span[1]))
        for token in doc:
            if (
                token.pos_ not in ("VERB", "AUX")
                or not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            ) and not (token.pos_ == "VERB" and token.dep_ in ("xcomp", "advcl", "conj", "relcl")):
                continue
            lemma = token.lemma_.lower()
            seen[lemma] += 1
            cue[lemma] += token.idx in starts
    rows = sorted(((cue[lemma] / n, n, lemma) for lemma, n in seen.items() if cue[lemma] >= 2), reverse=True)
    lines = ["lemma\tcue_rate\tcount"] + [f"{lemma}\t{rate:.3f}\t{n}" for rate, n, lemma in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} lemmas → {OUT}")


if __name__ == "__main__":
    main()
