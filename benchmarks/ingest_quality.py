"""HTML → text and HTML → date quality of our HTML reader, on the ../shared/data/ingest benchmarks.

    .venv/bin/python benchmarks/ingest_quality.py [--limit N]

1. Article extraction (Zyte benchmark, 181 pages), scored as the benchmark's evaluate.py does (written here):
   token 4-gram shingle counts per page → tp/fp/fn normalised per page → precision and recall per page, each
   averaged over the pages where it is defined; F1 is the harmonic mean of the two averages. Target ≥ 0.95.
2. Publication dates (htmldate benchmark, 995 pages with a gold date): day-level exact match. Target ≥ 0.90.

Both use the very functions ``volteface.ingest.read()`` uses for an HTML page.
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
from statistics import mean
from typing import Any

from volteface.ingest.html import extract_date, extract_text

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DATA = SHARED / "data" / "ingest"
TARGETS = {"extraction F1": 0.95, "date accuracy": 0.90}
PUBLISHED = {"extraction F1": "trafilatura 2.0.0: 0.958", "date accuracy": "htmldate 1.10.0 extensive: 0.903"}
_TOKEN = re.compile(r"\w+", re.UNICODE)  # the benchmark's tokens: case kept, punctuation dropped


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Counts of token n-grams; a text shorter than n is one short shingle (as the benchmark has it)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def page_scores(gold: str, predicted: str) -> tuple[float | None, float | None]:
    """(precision, recall) of one page; None where the benchmark leaves the page out of that average."""
    true, pred = shingles(gold), shingles(predicted)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    # A page with no predicted shingles has no precision, one with no gold shingles no recall: the benchmark
    # leaves such pages out of that average (its per-page normalisation by tp+fp+fn cancels in both ratios).
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return precision, recall


def rows(name: str, limit: int | None) -> Iterator[dict[str, Any]]:
    """Benchmark rows, read line by line from the gzip JSONL file."""
    with gzip.open(DATA / name, "rt", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def extraction(limit: int | None) -> dict[str, float]:
    """Zyte article-extraction benchmark with our extract_text."""
    precisions: list[float] = []
    recalls: list[float] = []
    pages = 0
    for row in rows("article_extraction_benchmark.jsonl.gz", limit):
        pages += 1
        text, _ = extract_text(row["html"], row.get("url"))
        precision, recall = page_scores(row.get("text") or "", text or "")
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
    p, r = mean(precisions), mean(recalls)
    return {"pages": pages, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def dates(limit: int | None) -> dict[str, float]:
    """htmldate benchmark with our extract_date: exact day over the pages that have a gold date."""
    right = total = found = 0
    for row in rows("htmldate_eval.jsonl.gz", limit):
        if not row.get("date"):
            continue
        total += 1
        day = extract_date(row["html"], row.get("url"))
        found += day is not None
        right += day is not None and day.isoformat() == row["date"]
    return {"pages": total, "found": found, "accuracy": right / total if total else 0.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="pages per benchmark (default: all)")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA.resolve()} not present (the benchmarks need ../shared beside the repository)")
        return 0
    start = time.perf_counter()
    ex = extraction(args.limit)
    mid = time.perf_counter()
    dt = dates(args.limit)
    end = time.perf_counter()
    results = [
        (
            "extraction F1",
            ex["f1"],
            f"{ex['pages']} pages, P {ex['precision']:.3f} R {ex['recall']:.3f}",
            mid - start,
        ),
        ("date accuracy", dt["accuracy"], f"{dt['pages']} pages, a date found for {dt['found']}", end - mid),
    ]
    print(f"{'metric':<15} {'score':>6} {'target':>7}  {'ok':<3} {'time':>6}  detail (published)")
    for name, score, detail, seconds in results:
        ok = "yes" if score >= TARGETS[name] else "NO"
        print(
            f"{name:<15} {score:>6.3f} {TARGETS[name]:>7.2f}  {ok:<3} {seconds:>5.0f}s  {detail} ({PUBLISHED[name]})"
        )
    return 0 if all(score >= TARGETS[name] for name, score, _, _ in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
