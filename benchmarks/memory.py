"""Memory stays flat: peak resident memory of a full ``volteface run`` (the command and its worker processes,
summed) on the first 500 and the first 8,000 articles of the same corpus, in one run of this script.

    .venv/bin/python benchmarks/memory.py [--corpus PATH] [--small 500] [--large 8000] [--workers 2]

The resident sizes are read from /proc (Linux) four times a second, over the command's process and every
process below it, and the largest sum is kept. Prints both peaks and their ratio (target: within 10 %).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "reuters21578.jsonl"
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def _tree(pid: int) -> list[int]:
    """The process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # gone while we looked
        children.setdefault(parent, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo += children.get(current, [])
    return out


def _resident_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KB
        except (OSError, IndexError, ValueError):
            continue
    return total / 1024


def peak_of_run(corpus: Path, n: int, workers: int) -> tuple[float, float]:
    """Peak summed RSS (MB) and seconds of ``volteface run`` on the first ``n`` articles into a new store."""
    folder = Path(tempfile.mkdtemp())
    sample = folder / "sample.jsonl"
    with corpus.open(encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
        for line in src:
            if n <= 0:
                break
            record = json.loads(line)
            if not record.get("text", "").strip():
                continue
            dst.write(json.dumps({k: record.get(k) for k in ("id", "text", "date")}) + "\n")
            n -= 1
    command = [sys.executable, "-m", "volteface.cli", "run", str(sample), "--db", str(folder / "m.db")]
    command += ["--workers", str(workers)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _resident_mb(_tree(process.pid)))
        time.sleep(0.25)
    if process.returncode:
        raise SystemExit(f"volteface run failed on {n} articles (exit {process.returncode})")
    return peak, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--large", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"skipped: {args.corpus} not present (needs ../shared)")
        return
    small, small_s = peak_of_run(args.corpus, args.small, args.workers)
    large, large_s = peak_of_run(args.corpus, args.large, args.workers)
    print(f"{args.corpus.name}, {args.workers} workers")
    print(f"{args.small:>6} articles: peak {small:7.0f} MB in {small_s:6.0f} s")
    print(f"{args.large:>6} articles: peak {large:7.0f} MB in {large_s:6.0f} s")
    print(f"ratio {large / small:.3f} (target ≤ 1.10)")


if __name__ == "__main__":
    main()
