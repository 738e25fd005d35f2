"""HTML → text and HTML → date quality of our HTML reader, on the ../shared/data/ingest benchmarks.

    .venv/bin/python benchmarks/ingest_quality.py [--limit N]

1. Article extraction (Zyte benchmark, 181 pages): token 4-gram shingle counts per page → precision and
   recall per page, each averaged over pages; F1 is the harmonic mean of the two averages (the benchmark's own
   metric, written here). Target ≥ 0.95.
2. Dates (htmldate benchmark, 995 pages with a gold date): day-level exact match. Target ≥ 0.90.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from volteface.ingest.html import extract_date, extract_text

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ingest"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def rows(name: str, limit: int | None) -> Iterator[dict]:
    with gzip.open(DATA / name, "rt", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                break
            yield json.loads(line)


def extraction(limit: int | None) -> dict[str, float]:
    precisions, recalls = [], []
    for row in rows("article_extraction_benchmark.jsonl.gz", limit):
        gold = shingles(row["text"] or "")
        text, _ = extract_text(row["html"], row.get("url"))
        pred = shingles(text or "")
        overlap = sum((gold & pred).values())
        precisions.append(overlap / sum(pred.values()) if pred else 0.0)
        recalls.append(overlap / sum(gold.values()) if gold else 0.0)
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return {"pages": len(precisions), "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def dates(limit: int | None) -> dict[str, float]:
    right = total = 0
    for row in rows("htmldate_eval.jsonl.gz", limit):
        if not row.get("date"):
            continue
        total += 1
        found = extract_date(row["html"], row.get("url"))
        right += found is not None and found.isoformat() == row["date"]
    return {"pages": total, "accuracy": right / total if total else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="pages per benchmark (default: all)")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} not present (needs ../shared)")
        return
    start = time.perf_counter()
    ex = extraction(args.limit)
    mid = time.perf_counter()
    dt = dates(args.limit)
    end = time.perf_counter()
    print(f"article extraction ({ex['pages']} pages): precision {ex['precision']:.3f} recall {ex['recall']:.3f} "
          f"F1 {ex['f1']:.3f}  (target >= 0.95; published trafilatura 2.0.0: 0.958)  [{mid - start:.0f} s]")
    print(f"publication dates ({dt['pages']} pages): accuracy {dt['accuracy']:.3f}  "
          f"(target >= 0.90; published htmldate extensive: 0.903)  [{end - mid:.0f} s]")


if __name__ == "__main__":
    main()
